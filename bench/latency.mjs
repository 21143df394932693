// Event-to-screen latency. The stand-in stamps every documented envelope with `sent_ms` (its
// clock at publish). In the page, a wrapper around `WebSocket` (installed before the app's
// scripts, so its listener runs before the app's) records each call's first `sent_ms`, and a
// MutationObserver stamps when that call's row appears in the dashboard's active calls. Same
// machine, same clock. Chromium is driven over the bare DevTools pipe (bench/cdp.mjs): under
// Playwright, its Network domain serializes every frame to the driver and adds its own delay.
import { startServer } from '../tests/e2e/harness.mjs';
import { launchBare, signInBare } from './cdp.mjs';
import { percentiles, fmt } from './metrics.mjs';

const RATE = Number(process.env.RATE ?? 200);
const SECONDS = Number(process.env.SECONDS ?? 30);

/** Installed in every document before its scripts: each call's first `sent_ms`, by call id. */
function recordSentTimes() {
  const sent = {};
  Object.defineProperty(window, '__sentMs', { value: sent });
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', ({ data }) => {
        // Documented names are `call.created`, `call.status`, …; `call_` is accepted as well.
        if (typeof data !== 'string' || !/^\{"event_type":"call[._]/.test(data)) return;
        try {
          const f = JSON.parse(data);
          const id = f?.data?.id;
          if (f.sent_ms && id && !(id in sent)) sent[id] = f.sent_ms;
        } catch {}
      });
    }
  };
}

const server = await startServer({ rate: 0 });
const browser = await launchBare();
try {
  const page = await browser.newPage();
  await page.addInitScript(recordSentTimes);
  await signInBare(page, server, '/dashboard');
  // Newest calls first, so a new call's row is never cut off below the table's visible rows.
  const ascending = 'th[aria-sort="ascending"] button.sort[data-sort="duration"]';
  for (let i = 0; i < 2 && !(await page.evaluate((s) => !!document.querySelector(s), ascending)); i++) {
    await page.click('button.sort[data-sort="duration"]');
  }
  const observedFrom = Date.now();
  await page.evaluate(() => {
    window.__seen = {};
    new MutationObserver((records) => {
      const t = performance.timeOrigin + performance.now();
      for (const r of records) for (const n of r.addedNodes) {
        const rows = n.nodeType === 1 ? [n, ...n.querySelectorAll('tr[data-call-id]')] : [];
        for (const row of rows) { const id = row.dataset?.callId; if (id && !(id in window.__seen)) window.__seen[id] = t; }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await server.setRate(RATE);
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  await server.setRate(0);
  await new Promise((r) => setTimeout(r, 500));
  const { seen, sent } = await page.evaluate(() => ({ seen: window.__seen, sent: window.__sentMs }));
  const latencies = [];
  // Only calls that began while the page was watching.
  for (const [id, t] of Object.entries(seen)) if (sent[id] > observedFrom) latencies.push(t - sent[id]);
  if (page.errors.length) console.log(`page errors: ${page.errors.slice(0, 5).join(' | ')}`);
  const p = percentiles(latencies);
  console.log(`event-to-screen at ${RATE} events/s for ${SECONDS} s: p50 ${fmt(p.p50)} ms, p99 ${fmt(p.p99)} ms, max ${fmt(p.max)} ms (n=${p.n} new calls)   target p99 <= 16 ms`);
} finally {
  await browser.close();
  await server.stop();
}
