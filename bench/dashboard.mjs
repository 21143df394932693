// Dashboard under load: --scale large at 500 events/s (the stand-in starts warm: ~1,000 calls
// from the first event); with `--scale 5000`, the stand-in's xl floor (5,000 live calls, 1,000
// agents, 100 queues) at 1,000 events/s, issue 26's scale target. After WARMUP seconds connected (default 600: the desk's bounded
// histories of ended calls, recordings and conversations take about 8 minutes to fill at this
// load, tests/store_retention.rs), records frame times and long tasks for DURATION seconds,
// sampling memory (after a GC) every 10 s. Targets: p95 frame <= 16 ms, no long task > 50 ms,
// memory flat.
// Chromium is driven over a bare DevTools pipe (bench/cdp.mjs): Playwright's Network domain would
// make the browser serialize every frame to the driver, work an agent's browser does not do.
import { startServer } from '../tests/e2e/harness.mjs';
import { launchBare, signInBare } from './cdp.mjs';
import { startRecording, readRecording, memory, fmt } from './metrics.mjs';

/** `--scale 1000` (the default) or `--scale 5000`: live calls on the floor. */
const SCALES = {
  1000: { standin: 'large', rate: 500 },
  5000: { standin: 'xl', rate: 1000 },
};
const scaleArg = process.argv.indexOf('--scale');
const CALLS = scaleArg < 0 ? 1000 : Number(process.argv[scaleArg + 1]);
const SCALE = SCALES[CALLS];
if (!SCALE) throw new Error(`--scale ${process.argv[scaleArg + 1]}: one of ${Object.keys(SCALES).join(', ')}`);
const RATE = Number(process.env.RATE ?? SCALE.rate);
const SECONDS = Math.max(60, Number(process.env.DURATION ?? 60));
const WARMUP = Number(process.env.WARMUP ?? 600);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = await startServer({ scale: SCALE.standin, rate: RATE, seed: 3 });
const browser = await launchBare();
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await signInBare(page, server, '/dashboard');
  await page.waitFor('[data-testid="dashboard"]');
  // Events the desk's store took in (src/state.rs).
  const taken = () => page.evaluate(() => window.__deskApplied?.events ?? 0);
  await sleep(WARMUP * 1000);

  const figures = () => page.evaluate(() => ({
    activeCalls: Number(document.querySelector('[data-testid="tile-active-calls"]')?.dataset.value),
    waiting: Number(document.querySelector('[data-testid="tile-waiting"]')?.dataset.value),
    rows: document.querySelectorAll('[data-testid="active-calls"] tbody tr').length,
    activeCount: Number(document.querySelector('[data-testid="active-calls-count"]')?.textContent),
    agents: document.querySelectorAll('[data-testid="agents-board"] li[data-agent-id]').length,
    queues: document.querySelectorAll('[data-testid="queue-stats"] tbody tr').length,
    domNodes: document.getElementsByTagName('*').length,
  }));
  const serverStats = async () => (await server.truth()).stats;

  const startFigures = await figures();
  const startMem = await memory(page);
  const startServerStats = await serverStats();
  const startTaken = await taken();
  const t0 = Date.now();
  const floor = (await server.truth()).stats;
  console.log(`stand-in --scale ${SCALE.standin}: ${floor.active_calls} active calls (${floor.waiting_calls} waiting, ` +
    `${floor.calls_in_service} in service), ${floor.queues.length} queues`);
  console.log(`after ${WARMUP} s warm-up: ${startFigures.activeCalls} active calls (${startFigures.rows} rows shown), ` +
    `${startFigures.waiting} waiting, ${startFigures.agents} agents, ${startFigures.queues} queues, ${startFigures.domNodes} DOM nodes`);
  console.log(`memory at start: JS heap ${startMem.jsHeapMB} MB, wasm ${startMem.wasmMB} MB`);

  await startRecording(page);
  const samples = [];
  for (let s = 10; s <= SECONDS; s += 10) {
    await sleep(10_000);
    // Memory is read without pausing the recording; the GC it forces shows up as one frame.
    samples.push({ s, ...(await memory(page)) });
  }
  const rec = await readRecording(page);
  const elapsed = (Date.now() - t0) / 1000;
  const endServerStats = await serverStats();
  const endFigures = await figures();
  const endTaken = await taken();
  const endMem = samples.at(-1);

  const published = endServerStats.events_published - startServerStats.events_published;
  console.log(`\nload: server published ${(published / elapsed).toFixed(0)} events/s; the desk took in ` +
    `${((endTaken - startTaken) / elapsed).toFixed(0)} events/s (target rate ${RATE})`);
  console.log(`end: ${endFigures.activeCalls} active calls (${endFigures.rows} rows shown), ${endFigures.waiting} waiting, ${endFigures.domNodes} DOM nodes`);
  const p = rec.frameTimes;
  console.log(`\nframe time over ${SECONDS} s (${p.n} frames): p50 ${fmt(p.p50)} ms, p95 ${fmt(p.p95)} ms, p99 ${fmt(p.p99)} ms, max ${fmt(p.max)} ms   target p95 <= 16.7 ms`);
  console.log(`frames that missed a refresh (> 20 ms): ${rec.late} (${fmt((100 * rec.late) / Math.max(1, p.n))}%)`);
  console.log(`long tasks > 50 ms: ${rec.longTasksOver50} (longest ${fmt(rec.longestTask)} ms)   target 0`);
  console.log('memory (after GC):');
  console.log(`  start   JS heap ${startMem.jsHeapMB} MB, wasm ${startMem.wasmMB} MB`);
  for (const m of samples) console.log(`  +${String(m.s).padStart(3)} s  JS heap ${m.jsHeapMB} MB, wasm ${m.wasmMB} MB`);
  const growth = (endMem.jsHeapMB + (endMem.wasmMB ?? 0)) - (startMem.jsHeapMB + (startMem.wasmMB ?? 0));
  console.log(`  growth ${growth.toFixed(2)} MB over ${SECONDS} s (wasm memory never shrinks: it is the high-water mark)`);
  const errors = page.errors.filter((e) => !/WebSocket|net::/.test(e));
  if (errors.length) console.log(`page errors: ${errors.slice(0, 5).join(' | ')}`);
} finally {
  await browser.close();
  await server.stop();
}
