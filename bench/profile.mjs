// The dashboard's CPU profile with a full store (see bench/profile): self time per function.
import { writeFileSync } from 'node:fs';
import { openUnderLoad } from './cdp.mjs';

const FILL = Number(process.env.FILL ?? 150);
const PROFILE = Number(process.env.PROFILE ?? 30);
const TOP = Number(process.env.TOP ?? 30);
// The profiled load: e.g. SCALE=default FILL=5 RATE=8000 for the per-event cost at high rates.
const SCALE = process.env.SCALE ?? 'large';
const FILL_RATE = Number(process.env.FILL_RATE ?? 2000);
const RATE = Number(process.env.RATE ?? 500);
const PAGE = process.env.PAGE ?? 'dashboard';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { server, browser, page } = await openUnderLoad({ scale: SCALE, fill: FILL, fillRate: FILL_RATE, rate: RATE, path: `/${PAGE}` });
try {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  const appliedBefore = await page.evaluate(() => window.__deskApplied);
  await page.send('Profiler.enable');
  await page.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.send('Profiler.start');
  await sleep(PROFILE * 1000);
  const { profile } = await page.send('Profiler.stop');
  const longTasks = await page.evaluate(() => window.__longTasks);
  // SAVE=file keeps the raw profile (Chrome DevTools' Performance panel opens it).
  if (process.env.SAVE) writeFileSync(process.env.SAVE, JSON.stringify(profile));

  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Rust symbols keep their crate hashes: drop them for reading.
  const nameOf = (id) => {
    const frame = nodes.get(id).callFrame;
    return (frame.functionName || `(${frame.url.split('/').pop()})`).replace(/\[[0-9a-f]{12,16}\]/g, '');
  };
  const self = new Map();
  // Inclusive: the sample's time goes to every function on its stack, once per function.
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + us);
    const onStack = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) onStack.add(nameOf(n));
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  });
  const idle = self.get('(idle)') ?? 0;
  const appliedAfter = await page.evaluate(() => window.__deskApplied);
  const applied = { events: appliedAfter.events - appliedBefore.events, batches: appliedAfter.batches - appliedBefore.batches };
  console.log(`/${PAGE}, ${SCALE} floor: ${PROFILE} s at ${RATE} events/s after ${FILL} s at ${FILL_RATE}/s: main thread busy ${((total - idle) / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s; ` +
    `long tasks > 50 ms: ${longTasks.filter((d) => d > 50).length} (longest ${Math.max(0, ...longTasks).toFixed(0)} ms); ` +
    `applied ${applied.events} events in ${applied.batches} batches`);
  // Long tasks as the profile sees them: runs of busy samples (idle gaps under 1 ms ignored) over
  // 50 ms, and what those runs spent their time in.
  const inLong = new Map();
  const runs = [];
  let run = [];
  let gap = 0;
  const closeRun = () => {
    const busy = run.reduce((t, [, us]) => t + us, 0);
    if (busy > 50_000) {
      runs.push(busy / 1000);
      for (const [id, us] of run) {
        const onStack = new Set();
        for (let n = id; n !== undefined; n = parent.get(n)) onStack.add(nameOf(n));
        for (const name of onStack) inLong.set(name, (inLong.get(name) ?? 0) + us);
      }
    }
    run = [];
    gap = 0;
  };
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    if (nameOf(id) === '(idle)') {
      gap += us;
      if (gap >= 1000) closeRun();
    } else {
      gap = 0;
      run.push([id, us]);
    }
  });
  closeRun();
  console.log(`busy runs over 50 ms in the profile: ${runs.length} (${runs.map((r) => r.toFixed(0)).join(', ')} ms)`);
  for (const [title, times] of [['self', self], ['inclusive', inclusive], ['inclusive, in busy runs over 50 ms', inLong]]) {
    if (!times.size) continue;
    console.log(`${title} ms  function`);
    for (const [name, us] of [...times].filter(([n]) => !['(idle)', '(root)', '(program)'].includes(n)).sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${name.slice(0, 160)}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
