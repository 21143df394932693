// Measuring a page from inside: frame times (requestAnimationFrame deltas), long tasks
// (PerformanceObserver), JS heap (CDP) and the wasm memory's size. Shared by the bench scripts.

/** Starts recording in the page; call `read(page)` later for the figures since then. */
export async function startRecording(page) {
  await page.evaluate(() => {
    const rec = { frames: [], longTasks: [], last: performance.now() };
    window.__bench = rec;
    const tick = (t) => { rec.frames.push(t - rec.last); rec.last = t; if (window.__bench === rec) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => { for (const e of list.getEntries()) rec.longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: false });
  });
}

export async function readRecording(page) {
  const { frames, longTasks } = await page.evaluate(() => {
    const rec = window.__bench;
    window.__bench = null;
    return { frames: rec.frames.slice(1), longTasks: rec.longTasks };
  });
  // A frame over 20 ms missed at least one 60 Hz refresh (16.7 ms, read as 16.6-16.8 at the
  // 0.1 ms the page's clock gives).
  const late = frames.filter((d) => d > 20).length;
  return { frameTimes: percentiles(frames), frames: frames.length, late, longTasksOver50: longTasks.filter((d) => d > 50).length, longestTask: Math.max(0, ...longTasks) };
}

export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN, n: sorted.length };
}

/** JS heap used (after a GC, so the figure is the live set) and the wasm linear memory, in MB. */
export async function memory(page) {
  const jsHeapMB = page.jsHeapMB ? await page.jsHeapMB() : await playwrightHeapMB(page);
  const wasmBytes = await page.evaluate(() => {
    const w = window.wasmBindings;
    const mem = w?.__wasm?.memory ?? w?.memory ?? globalThis.__desk_wasm_memory;
    return mem?.buffer?.byteLength ?? null;
  });
  return { jsHeapMB, wasmMB: wasmBytes == null ? null : +(wasmBytes / 1048576).toFixed(2) };
}

/** A Playwright page's JS heap after a GC (bench/cdp.mjs pages measure their own). */
async function playwrightHeapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return +(usedSize / 1048576).toFixed(2);
}

export const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : String(n));
