// Headless Chromium driven over a bare Chrome DevTools Protocol pipe, for measurements that
// Playwright would skew. Playwright enables the Network domain on every page it drives, so
// Chromium serializes each WebSocket frame (payload included) to the driver; at thousands of
// frames/s that is main-thread and IPC work the page would not do on its own. This driver only
// uses the Target, Page, Runtime, Input, Emulation and HeapProfiler domains, never Network.
//
// const browser = await launchBare(); const page = await browser.newPage();
// await page.goto(url); await page.evaluate(() => document.title); await browser.close();
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PASSWORD, startServer } from '../tests/e2e/harness.mjs';

const SYNCED = '[data-testid="connection-status"][data-state="connected"][data-synced="true"]';

/** Signs in through the real form, then opens `path` (e.g. `/dashboard`) and waits until synced. */
export async function signInBare(page, server, path, username = 'admin@demo') {
  await page.goto(`${server.url}/signin`);
  await page.fill('[data-testid="signin-username"]', username);
  await page.fill('[data-testid="signin-password"]', PASSWORD);
  await page.click('[data-testid="signin-submit"]');
  await page.waitFor(SYNCED);
  await page.goto(`${server.url}${path}`);
  await page.waitFor(SYNCED, { timeout: 60_000 });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A page under load, for the profiling benches: the stand-in at `scale` (`'default'`: none given)
 * at `fillRate` events/s for `fill` seconds with `path` open at 1920x1080, then `rate` events/s
 * for 15 s to settle. The caller closes `browser` and stops `server`.
 */
export async function openUnderLoad({ scale, fill, fillRate, rate, path }) {
  const server = await startServer({ ...(scale === 'default' ? {} : { scale }), rate: fillRate, seed: 3 });
  let browser;
  try {
    browser = await launchBare();
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await signInBare(page, server, path);
    await sleep(fill * 1000);
    await server.setRate(rate);
    await sleep(15_000);
    return { server, browser, page };
  } catch (e) {
    await browser?.close();
    await server.stop();
    throw e;
  }
}

/** The flags tests/e2e/harness.mjs gives Chromium, plus no throttling of timers and frames. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--autoplay-policy=no-user-gesture-required', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding'];

/** Starts headless Chromium with `--remote-debugging-pipe` (fd 3: commands in, fd 4: out). */
export async function launchBare({ executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args = [] } = {}) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'desk-cdp-'));
  const proc = spawn(executablePath, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`,
    ...CHROMIUM_FLAGS, ...args, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const stderr = [];
  proc.stderr.on('data', (d) => { stderr.push(String(d)); if (stderr.length > 50) stderr.shift(); });
  const conn = new Connection(proc.stdio[3], proc.stdio[4]);
  proc.on('exit', () => conn.closed(new Error(`chromium exited: ${stderr.join('').slice(-2000)}`)));
  await conn.send('Browser.getVersion');
  return {
    conn,
    async newPage({ viewport = { width: 1400, height: 900 } } = {}) {
      const { targetId } = await conn.send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await conn.send('Target.attachToTarget', { targetId, flatten: true });
      const page = new BarePage(conn, sessionId);
      await page.init(viewport);
      return page;
    },
    async close() {
      await conn.send('Browser.close').catch(() => {});
      if (proc.exitCode === null) await new Promise((r) => { proc.once('exit', r); setTimeout(r, 5000); });
      if (proc.exitCode === null) proc.kill('SIGKILL');
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Messages are JSON, each ended by a NUL byte. */
class Connection {
  constructor(writable, readable) {
    this.writable = writable;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map();
    this.messages = 0;
    let buffered = [];
    readable.on('data', (chunk) => {
      let start = 0;
      for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
        buffered.push(chunk.subarray(start, end));
        this.dispatch(JSON.parse(Buffer.concat(buffered).toString('utf8')));
        buffered = [];
        start = end + 1;
      }
      if (start < chunk.length) buffered.push(chunk.subarray(start));
    });
  }

  send(method, params = {}, sessionId) {
    const id = this.nextId++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      if (this.error) { reject(this.error); return; }
      this.pending.set(id, { resolve, reject, method });
      this.writable.write(`${JSON.stringify(message)}\0`);
    });
  }

  /** Calls `fn` with the params of each `method` event of the session; returns an unsubscriber. */
  on(method, sessionId, fn) {
    const key = `${sessionId ?? ''}|${method}`;
    if (!this.listeners.has(key)) this.listeners.set(key, []);
    this.listeners.get(key).push(fn);
    return () => this.listeners.set(key, this.listeners.get(key).filter((f) => f !== fn));
  }

  dispatch(message) {
    this.messages += 1;
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!call) return;
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result);
      return;
    }
    for (const fn of this.listeners.get(`${message.sessionId ?? ''}|${message.method}`) ?? []) fn(message.params);
  }

  closed(error) {
    this.error = error;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}

/** One tab: enough of Playwright's Page for the bench scripts (evaluate, goto, fill, click). */
class BarePage {
  constructor(conn, sessionId) {
    this.conn = conn;
    this.sessionId = sessionId;
    this.errors = [];
  }

  send(method, params) {
    return this.conn.send(method, params, this.sessionId);
  }

  async init(viewport) {
    this.conn.on('Runtime.exceptionThrown', this.sessionId, ({ exceptionDetails: d }) =>
      this.errors.push(d.exception?.description ?? d.text));
    this.conn.on('Runtime.consoleAPICalled', this.sessionId, ({ type, args }) => {
      if (type === 'error') this.errors.push(`console: ${args.map((a) => a.value ?? a.description).join(' ')}`);
    });
    await this.send('Page.enable');
    await this.send('Runtime.enable');
    await this.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false });
  }

  /** Runs `source` in every document this page loads, before its own scripts. */
  addInitScript(fn, arg) {
    return this.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${fn})(${JSON.stringify(arg)});` });
  }

  /** Like Playwright's: `fn` is serialized and called in the page with `arg`; the result is JSON. */
  async evaluate(fn, arg) {
    const expression = typeof fn === 'function' ? `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})` : String(fn);
    const { result, exceptionDetails } = await this.send('Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`evaluate: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  /** Navigates and waits for the load event. */
  async goto(url) {
    let off;
    const loaded = new Promise((resolve) => { off = this.conn.on('Page.loadEventFired', this.sessionId, resolve); });
    try {
      const { errorText } = await this.send('Page.navigate', { url });
      if (errorText) throw new Error(`goto ${url}: ${errorText}`);
      await loaded;
    } finally {
      off();
    }
  }

  async waitFor(selector, { timeout = 20_000 } = {}) {
    const start = Date.now();
    while (Date.now() - start < timeout) {
      if (await this.evaluate((s) => !!document.querySelector(s), selector)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${selector}`);
  }

  /** Focuses the field, selects its text and types over it (Input.insertText, as Playwright). */
  async fill(selector, text) {
    await this.waitFor(selector);
    await this.evaluate((s) => { const el = document.querySelector(s); el.focus(); el.select?.(); }, selector);
    await this.send('Input.insertText', { text });
  }

  async click(selector) {
    await this.waitFor(selector);
    await this.evaluate((s) => document.querySelector(s).click(), selector);
  }

  /** JS heap in use after a GC, in MB. */
  async jsHeapMB() {
    await this.send('HeapProfiler.collectGarbage').catch(() => {});
    const { usedSize } = await this.send('Runtime.getHeapUsage');
    return +(usedSize / 1048576).toFixed(2);
  }
}
