// One simulated hour at 100 events/s = 360,000 events. Accelerated by SPEEDUP (default 10: 1,000
// events/s for 6 real minutes): the desk applies the same events and keeps the same bounded
// histories; only wall-clock timers (ticking durations) see less time. Memory is read after a GC.
import { startServer, launchBrowser, newPage, signIn, waitConnected } from '../tests/e2e/harness.mjs';
import { memory } from './metrics.mjs';

const SPEEDUP = Number(process.env.SPEEDUP ?? 10);
const MINUTES = Number(process.env.MINUTES ?? 60);
// Which view is open: the dashboard by default; another one tells the views' share from the store's.
const PAGE = process.env.PAGE ?? 'dashboard';
const server = await startServer({ rate: 0 });
const browser = await launchBrowser();
try {
  const page = await newPage(browser);
  await signIn(page, server, 'admin@demo');
  await page.goto(`${server.url}/${PAGE}`);
  await waitConnected(page);
  await server.setRate(100 * SPEEDUP);
  const samples = [];
  for (let minute = 1; minute <= MINUTES; minute++) {
    await new Promise((r) => setTimeout(r, 60_000 / SPEEDUP));
    const m = await memory(page);
    samples.push(m);
    console.log(`simulated minute ${String(minute).padStart(2)}: JS heap ${m.jsHeapMB} MB, wasm ${m.wasmMB} MB`);
  }
  await server.setRate(0);
  const warm = samples[Math.min(9, samples.length - 1)];
  const end = samples.at(-1);
  const growth = (end.jsHeapMB + (end.wasmMB ?? 0)) - (warm.jsHeapMB + (warm.wasmMB ?? 0));
  console.log(`growth after warm-up (minute 10 to ${MINUTES}): ${growth.toFixed(2)} MB   target within 10 MB`);
} finally {
  await browser.close();
  await server.stop();
}
