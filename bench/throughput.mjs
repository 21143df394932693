// Steps the stand-in's event rate with the dashboard open and reports, per step: events/s the
// server published and sent, events/s that reached the page, frame-time percentiles and long
// tasks. The highest step where the page got (nearly) everything sent, p95 frame time <= 17.5 ms
// (one 60 Hz frame plus timer jitter) and no task ran over 50 ms is the sustained maximum.
//
// Events reaching the page are counted inside it: a wrapper around `WebSocket`, installed before
// the app's scripts, counts the event frames whose `message` event the page's main thread
// dispatched (the app decodes and queues each in that same dispatch, and applies the queue on the
// next animation frame). The app also exposes `window.__deskApplied.events` (events its store
// took in, src/state.rs); where present, that count is reported. Chromium is driven over a bare DevTools pipe (bench/cdp.mjs) that never
// enables the Network domain: Playwright enables it on every page, and Chromium then serializes
// every frame to the driver, which costs the browser as much as the page's own work at these
// rates. DRIVER=playwright (Playwright's launch, also counting its `framereceived` events, the
// old method) or DRIVER=playwright-cdp (connectOverCDP to a Chromium started here) measure the
// same thing under Playwright, and DRIVER=cdp-network with the bare driver plus Network.enable,
// to compare.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launchBrowser, newPage, signIn, waitConnected } from '../tests/e2e/harness.mjs';
import { launchBare, signInBare, CHROMIUM_FLAGS } from './cdp.mjs';
import { startRecording, readRecording, fmt } from './metrics.mjs';

const STEPS = (process.env.STEPS ?? '500,1000,2000,5000,10000,15000').split(',').map(Number);
const SECONDS = Number(process.env.SECONDS ?? 10);
const PAGE = process.env.PAGE ?? 'dashboard';
const DRIVER = process.env.DRIVER ?? 'cdp';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installed in every document before its scripts: counts what the page's sockets deliver. */
function countSocketFrames() {
  const counts = { frames: 0, events: 0 };
  Object.defineProperty(window, '__deskSocketCounts', { value: counts });
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        counts.frames += 1;
        // Documented event envelopes start with their event type (acks, pongs and errors don't).
        if (typeof e.data === 'string' && e.data.startsWith('{"event_type"')) counts.events += 1;
      });
    }
  };
}

/** The browser and a signed-in page on `/${PAGE}`, driven the way DRIVER says. */
async function openPage(server) {
  if (DRIVER === 'cdp' || DRIVER === 'cdp-network') {
    const browser = await launchBare();
    const page = await browser.newPage();
    // The control: the same bare driver with the one domain Playwright adds that matters here.
    if (DRIVER === 'cdp-network') await page.send('Network.enable');
    await page.addInitScript(countSocketFrames);
    await signInBare(page, server, `/${PAGE}`);
    return { browser, page, driverFrames: () => null, driverMessages: () => browser.conn.messages };
  }
  let browser;
  let close;
  if (DRIVER === 'playwright') {
    browser = await launchBrowser();
    close = () => browser.close();
  } else if (DRIVER === 'playwright-cdp') {
    const launched = await launchWithPort();
    browser = await chromium.connectOverCDP(launched.endpoint);
    close = async () => { await browser.close().catch(() => {}); await launched.stop(); };
  } else {
    throw new Error(`DRIVER must be cdp, cdp-network, playwright or playwright-cdp, not ${DRIVER}`);
  }
  const page = await newPage(browser);
  await page.addInitScript(countSocketFrames);
  let frames = 0;
  page.on('websocket', (ws) => ws.on('framereceived', () => { frames += 1; }));
  await signIn(page, server, 'admin@demo');
  await page.goto(`${server.url}/${PAGE}`);
  await waitConnected(page);
  return { browser: { close }, page, driverFrames: () => frames, driverMessages: () => null };
}

/** Chromium with a DevTools port, for Playwright's connectOverCDP. */
async function launchWithPort() {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'desk-cdp-'));
  const proc = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--headless', '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`, ...CHROMIUM_FLAGS, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    createInterface({ input: proc.stderr }).on('line', (line) => {
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`chromium exited ${code}`)));
  });
  return {
    endpoint,
    async stop() {
      if (proc.exitCode === null) { proc.kill('SIGTERM'); await new Promise((r) => proc.once('exit', r)); }
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

// The floor starts warm at the first step's rate (the default scale starts empty otherwise, and
// an empty floor takes seconds to give the rate any progress events to spend).
const server = await startServer({ rate: STEPS[0], args: ['--warm-up', '300'] });
const { browser, page, driverFrames, driverMessages } = await openPage(server);
try {
  // The page's own connection (the newest one): the hub's totals also take in, when it closes
  // late, what the sign-in page's socket had queued and dropped.
  const hub = async (id) => {
    const s = await server.api('/v1.0/sim/stats');
    const conns = s.per_connection.filter((c) => (id === undefined ? c.username === 'admin@demo' : c.id === id));
    const conn = conns.reduce((a, b) => (b.id > a.id ? b : a));
    return { id: conn.id, events: s.events_published, sent: conn.frames_sent, dropped: conn.frames_dropped, at: Date.now() };
  };
  // Events the app's store took in (`window.__deskApplied`, see the header), and event frames
  // its socket delivered.
  const inPage = () => page.evaluate(() => ({ ...window.__deskSocketCounts, applied: window.__deskApplied?.events }));
  let best = 0;
  console.log(`page /${PAGE}, driver ${DRIVER}, ${SECONDS} s per step`);
  for (const rate of STEPS) {
    await server.setRate(rate);
    await sleep(2000);
    const [h0, p0, d0, m0] = [await hub(), await inPage(), driverFrames(), driverMessages()];
    await startRecording(page);
    await sleep(SECONDS * 1000);
    const rec = await readRecording(page);
    const [p1, h1, d1, m1] = [await inPage(), await hub(h0.id), driverFrames(), driverMessages()];
    const secs = (h1.at - h0.at) / 1000;
    const published = (h1.events - h0.events) / secs;
    const sent = (h1.sent - h0.sent) / secs;
    const dropped = h1.dropped - h0.dropped;
    const applied = p1.applied !== undefined;
    const received = (applied ? p1.applied - p0.applied : p1.events - p0.events) / secs;
    // 60 Hz frames measure 16.7 ± 0.1 ms: allow that jitter, nothing more.
    const smooth = rec.frameTimes.p95 <= 17.5 && rec.longTasksOver50 === 0;
    const kept = received >= 0.97 * published && dropped === 0;
    if (smooth && kept) best = Math.max(best, received);
    const driver = d0 === null ? (m0 === null ? '' : `; driver got ${fmt((m1 - m0) / secs)} CDP messages/s`)
      : `; Playwright framereceived ${fmt((d1 - d0) / secs)}/s`;
    console.log(`rate ${rate}/s: server published ${fmt(published)} events/s, sent ${fmt(sent)} frames/s, ${dropped} dropped; ` +
      `page ${applied ? 'applied' : 'received'} ${fmt(received)} events/s${driver}; frame p50 ${fmt(rec.frameTimes.p50)} p95 ${fmt(rec.frameTimes.p95)} ` +
      `p99 ${fmt(rec.frameTimes.p99)} ms, long tasks >50 ms: ${rec.longTasksOver50} (longest ${fmt(rec.longestTask)} ms) ` +
      `${smooth ? 'smooth' : 'DROPS FRAMES'}${kept ? '' : ', FALLS BEHIND'}`);
  }
  await server.setRate(0);
  const errors = page.errors.filter((e) => !/WebSocket|net::/.test(e));
  if (errors.length) console.log(`page errors: ${errors.slice(0, 5).join(' | ')}`);
  console.log(`max sustained without dropped frames: ${fmt(best)} events/s   target >= 10000`);
} finally {
  await browser.close();
  await server.stop();
}
