// Send pressed in one context -> message in the other's DOM. Both pages stamp wall-clock time
// (performance.timeOrigin + now(), one machine): the writer as it clicks Send, the reader from a
// MutationObserver the moment the message's element appears. Sends are paced (one at a time,
// each waited for) so every figure is one message's trip: REST, the talk event on the socket,
// the store, the view.
import { startServer, launchBrowser, newPage, signIn, eventually } from '../tests/e2e/harness.mjs';
import { percentiles, fmt } from './metrics.mjs';

const MESSAGES = Number(process.env.MESSAGES ?? 50);
const server = await startServer({ dialect: 'deployed', rate: 0, seed: 9 });
const browser = await launchBrowser();
try {
  const agents = (await server.api('/v1.0/agents?page_size=100')).result;
  const managerId = agents.find((a) => a.username === 'manager@demo').id;
  const writer = await newPage(browser);
  const reader = await newPage(browser);
  await signIn(writer, server, 'agent1@demo');
  await signIn(reader, server, 'manager@demo');

  await writer.getByTestId('team-open').click();
  await writer.getByTestId('team-new-direct').click();
  await writer.locator(`[data-testid="team-member"][data-agent-id="${managerId}"]`).click({ timeout: 10_000 });
  const chatId = await writer.getByTestId('team-conversation').getAttribute('data-chat-id');
  await reader.getByTestId('team-open').click();
  await reader.locator(`[data-testid="team-chat"][data-chat-id="${chatId}"]`).click({ timeout: 10_000 });
  await reader.getByTestId('team-conversation').waitFor();
  await reader.evaluate(() => {
    window.__seen = new Map();
    const now = () => performance.timeOrigin + performance.now();
    new MutationObserver(() => {
      for (const m of document.querySelectorAll('[data-testid="team-message"]')) {
        const text = m.querySelector('.text')?.textContent ?? '';
        if (text.startsWith('bench ') && !window.__seen.has(text)) window.__seen.set(text, now());
      }
    }).observe(document.body, { childList: true, subtree: true });
  });

  const delays = [];
  for (let i = 0; i < MESSAGES + 3; i++) {
    const text = `bench ${i}`;
    await writer.getByTestId('team-input').fill(text);
    const sentAt = await writer.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      document.querySelector('[data-testid="team-send"]').click();
      return at;
    });
    const seenAt = await eventually(() => reader.evaluate((t) => window.__seen.get(t), text), { timeout: 10_000, interval: 20, message: text });
    // The first few warm the connection pool and the views.
    if (i >= 3) delays.push(seenAt - sentAt);
  }
  const p = percentiles(delays);
  console.log(`team message, Send pressed -> shown in the other desk: median ${fmt(p.p50)} ms, p95 ${fmt(p.p95)} ms, max ${fmt(p.max)} ms (n=${p.n}; goal p95 <= 100 ms)`);
} finally {
  await browser.close();
  await server.stop();
}
