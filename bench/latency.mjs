// Event-to-screen latency. The stand-in stamps every documented envelope with `sent_ms` (its
// clock at publish). The test records, from the socket, each call's first `sent_ms`, and in the
// page a MutationObserver stamps when that call's row appears in the dashboard's active calls.
// Same machine, same clock.
import { startServer, launchBrowser, newPage, signIn, waitConnected } from '../tests/e2e/harness.mjs';
import { percentiles, fmt } from './metrics.mjs';

const RATE = Number(process.env.RATE ?? 200);
const SECONDS = Number(process.env.SECONDS ?? 30);
const server = await startServer({ rate: 0 });
const browser = await launchBrowser();
try {
  const page = await newPage(browser);
  // Listen before the socket opens (sign-in and the dashboard load each open one).
  const sent = new Map();
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => {
    try {
      const f = JSON.parse(String(payload));
      const id = f?.data?.id;
      if (f.sent_ms && id && /^call/.test(f.event_type ?? '') && !sent.has(id)) sent.set(id, f.sent_ms);
    } catch {}
  }));
  await signIn(page, server, 'admin@demo');
  await page.goto(`${server.url}/dashboard`);
  await waitConnected(page);
  // Newest calls first, so a new call's row is never cut off below the table's visible rows.
  for (let i = 0; i < 2 && !(await page.locator('th[aria-sort="ascending"] button.sort[data-sort="duration"]').count()); i++) {
    await page.locator('button.sort[data-sort="duration"]').click();
  }
  const observedFrom = Date.now();
  await page.evaluate(() => {
    window.__seen = {};
    new MutationObserver((records) => {
      const t = performance.timeOrigin + performance.now();
      for (const r of records) for (const n of r.addedNodes) {
        const rows = n.nodeType === 1 ? [n, ...n.querySelectorAll('[data-call-id]')] : [];
        for (const row of rows) { const id = row.dataset?.callId; if (id && !(id in window.__seen)) window.__seen[id] = t; }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await server.setRate(RATE);
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  await server.setRate(0);
  await new Promise((r) => setTimeout(r, 500));
  const seen = await page.evaluate(() => window.__seen);
  const latencies = [];
  // Only calls that began while the page was watching.
  for (const [id, t] of Object.entries(seen)) if (sent.has(id) && sent.get(id) > observedFrom) latencies.push(t - sent.get(id));
  const p = percentiles(latencies);
  console.log(`event-to-screen at ${RATE} events/s for ${SECONDS} s: p50 ${fmt(p.p50)} ms, p99 ${fmt(p.p99)} ms, max ${fmt(p.max)} ms (n=${p.n} new calls)   target p99 <= 16 ms`);
} finally {
  await browser.close();
  await server.stop();
}
