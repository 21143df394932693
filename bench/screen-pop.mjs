// Ring -> caller's name: the stand-in stamps each INVITE it sends (`invited_at_ms` in
// /v1.0/sim/phone); a MutationObserver in the page stamps the moment the screen-pop shows the
// contact's name inside the ring. One contact (made over REST as the agent) calls every time.
import { startServer, launchBrowser, fakeMediaArgs, newPage, signIn, eventually } from '../tests/e2e/harness.mjs';
import { percentiles, fmt } from './metrics.mjs';

const CALLS = Number(process.env.CALLS ?? 20);
const AGENT = 'agent1@demo';
const NUMBER = '+15557770123';
const server = await startServer({ rate: 0, seed: 5 });
const browser = await launchBrowser({ args: fakeMediaArgs() });
try {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const name = document.querySelector('[data-testid="incoming-call"] [data-testid="screen-pop-name"]');
      if (name && !window.__popAt) window.__popAt = performance.timeOrigin + performance.now();
      if (!document.querySelector('[data-testid="incoming-call"]')) window.__popAt = 0;
    }).observe(document, { childList: true, subtree: true });
  });
  await server.api('/v1.0/service_agents/contacts', {
    method: 'POST', as: AGENT,
    body: { first_name: 'Bench', last_name: 'Caller', company: 'Latency Ltd', addresses: [{ type: 'tel', target: NUMBER, is_primary: true }] },
  });
  await signIn(page, server, AGENT, { phone: true });
  await page.locator('[data-testid="phone-status"][data-state="registered"]').waitFor({ timeout: 20_000 });
  const agentId = (await server.api('/v1.0/service_agents/me', { as: AGENT })).id;
  const pop = [];
  for (let i = 0; i < CALLS; i++) {
    await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: AGENT });
    const before = new Set((await server.api('/v1.0/sim/phone')).legs.map((l) => l.sip_call_id));
    const placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId, from: NUMBER, case: false } });
    await page.locator('[data-testid="incoming-call"] [data-testid="screen-pop-name"]').waitFor({ timeout: 10_000 });
    const popAt = await eventually(() => page.evaluate(() => window.__popAt), { message: 'the pop stamp' });
    const leg = await eventually(async () => (await server.api('/v1.0/sim/phone')).legs.find((l) => l.agent_id === agentId && !before.has(l.sip_call_id)), { message: 'the new leg' });
    pop.push(popAt - leg.invited_at_ms);
    // Answered and hung up at once; Done ends the wrap-up, so the next call starts clean.
    await page.getByTestId('answer-call').click();
    await page.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 8_000 });
    await page.getByTestId('phone-hangup').click();
    await page.getByTestId('wrap-up-done').click({ timeout: 8_000 });
    await page.getByTestId('wrap-up').waitFor({ state: 'detached', timeout: 8_000 });
    await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' }).catch(() => {});
  }
  const p = percentiles(pop);
  console.log(`ring (INVITE sent) -> caller's name shown: median ${fmt(p.p50)} ms, p95 ${fmt(p.p95)} ms, max ${fmt(p.max)} ms (n=${p.n}; goal p95 <= 150 ms)`);
} finally {
  await browser.close();
  await server.stop();
}
