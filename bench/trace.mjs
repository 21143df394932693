// What the dashboard's long tasks are made of (see bench/trace): a Chrome trace of the renderer's
// main thread, each task over 50 ms broken down by the self time of what ran inside it (script,
// style, layout, paint, garbage collection), and the same for the whole window.
import { writeFileSync } from 'node:fs';
import { openUnderLoad } from './cdp.mjs';

const FILL = Number(process.env.FILL ?? 60);
const TRACE = Number(process.env.TRACE ?? 20);
const TOP = Number(process.env.TOP ?? 15);
const SCALE = process.env.SCALE ?? 'xl';
const FILL_RATE = Number(process.env.FILL_RATE ?? 1000);
const RATE = Number(process.env.RATE ?? 1000);
const PAGE = process.env.PAGE ?? 'dashboard';
const LONG_US = 50_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { server, browser } = await openUnderLoad({ scale: SCALE, fill: FILL, fillRate: FILL_RATE, rate: RATE, path: `/${PAGE}` });
try {
  const events = [];
  browser.conn.on('Tracing.dataCollected', undefined, ({ value }) => events.push(...value));
  const complete = new Promise((r) => browser.conn.on('Tracing.tracingComplete', undefined, r));
  await browser.conn.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink',
      'disabled-by-default-devtools.timeline.invalidationTracking'] },
  });
  await sleep(TRACE * 1000);
  await browser.conn.send('Tracing.end');
  await complete;
  // SAVE=file keeps the raw trace (Chrome DevTools' Performance panel opens it).
  if (process.env.SAVE) writeFileSync(process.env.SAVE, JSON.stringify({ traceEvents: events }));
  report(events);
} finally {
  await browser.close();
  await server.stop();
}

function report(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer: the main thread with the most task time.
  const taskTime = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask')
    .reduce((t, e) => t + (e.dur ?? 0), 0);
  const main = mains.map((m) => [m, taskTime(m)]).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const spans = toSpans(events.filter((e) => e.pid === main.pid && e.tid === main.tid));
  const tasks = spans.filter((s) => s.name === 'RunTask' && s.depth === 0);
  const long = tasks.filter((t) => t.dur > LONG_US);
  const busy = tasks.reduce((t, s) => t + s.dur, 0);
  console.log(`/${PAGE}, ${SCALE} floor, ${RATE} events/s: ${TRACE} s traced, main thread busy ${(busy / 1e6).toFixed(1)} s; ` +
    `${long.length} tasks over 50 ms (${long.map((t) => (t.dur / 1000).toFixed(0)).join(', ')} ms)`);
  printSelf('in tasks over 50 ms', spans.filter((s) => long.includes(s.root)));
  printSelf('in all tasks', spans);
}

/** Complete spans with their nesting: depth, root task and self time (duration less children's). */
function toSpans(threadEvents) {
  const open = new Map();
  const spans = [];
  for (const e of threadEvents.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0 });
    else if (e.ph === 'B') open.set(e.name, [...(open.get(e.name) ?? []), e.ts]);
    else if (e.ph === 'E' && open.get(e.name)?.length) {
      const ts = open.get(e.name).pop();
      spans.push({ name: e.name, ts, dur: e.ts - ts });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const s of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= s.ts) stack.pop();
    const parent = stack.at(-1);
    s.depth = stack.length;
    s.root = parent ? parent.root : s;
    s.self = s.dur;
    if (parent) parent.self -= Math.min(s.dur, parent.ts + parent.dur - s.ts);
    stack.push(s);
  }
  return spans;
}

function printSelf(title, spans) {
  const self = new Map();
  for (const s of spans) self.set(s.name, (self.get(s.name) ?? 0) + Math.max(0, s.self));
  console.log(`self ms ${title}`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${name}`);
  }
}
