// Shared pieces of the end-to-end suite: the real stand-in server (spawned binary on a free
// port, serving the release build at the same origin), real headless Chromium, and helpers.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const STANDIN_BIN = process.env.STANDIN_BIN
  ?? path.join(process.env.NATIVE_TARGET_DIR ?? path.join(ROOT, 'target'), 'debug', 'voipbin-standin');
export const DIST = process.env.DESK_DIST ?? path.join(ROOT, 'dist');
export const PASSWORD = 'demo';

/** Starts `voipbin-standin serve` on 127.0.0.1:0 and waits for its READY line. */
export async function startServer({ dialect = 'documented', rate = 2, seed = 7, scale, args = [] } = {}) {
  const argv = ['serve', '--listen', '127.0.0.1:0', '--dialect', dialect, '--seed', String(seed),
    '--rate', String(rate), '--static', DIST, ...(scale ? ['--scale', scale] : []), ...args];
  const proc = spawn(STANDIN_BIN, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn' } });
  const output = [];
  const lines = createInterface({ input: proc.stdout });
  const errs = createInterface({ input: proc.stderr });
  errs.on('line', (l) => output.push(l));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stand-in did not start:\n${output.join('\n')}`)), 30_000);
    lines.on('line', (line) => {
      output.push(line);
      const m = /^READY (http:\/\/\S+)/.exec(line);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`stand-in exited ${code}:\n${output.join('\n')}`)); });
  });
  const server = {
    url, proc, output,
    async stop() {
      if (proc.exitCode === null) { proc.kill('SIGTERM'); await once(proc, 'exit').catch(() => {}); }
    },
    /** A token for `username` straight from the server (the test's own oracle access). */
    async token(username = 'admin@demo') {
      const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      return (await res.json()).token;
    },
    /** Calls the server's REST API as admin (or `as`), returning parsed JSON. */
    async api(pathname, { method = 'GET', body, as = 'admin@demo' } = {}) {
      const token = await server.token(as);
      const sep = pathname.includes('?') ? '&' : '?';
      const res = await fetch(`${url}${pathname}${sep}token=${encodeURIComponent(token)}`, {
        method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      if (!res.ok) { const err = new Error(`${method} ${pathname}: ${res.status} ${text}`); err.status = res.status; throw err; }
      return text ? JSON.parse(text) : null;
    },
    fault(fault, extra = {}) { return server.api('/v1.0/sim/faults', { method: 'POST', body: { fault, ...extra } }); },
    setRate(eventsPerS) { return server.api('/v1.0/sim/rate', { method: 'PUT', body: { events_per_s: eventsPerS } }); },
    truth() { return server.api('/v1.0/sim/truth'); },
    /** Makes `--static` refuse the app's files whose names start with one of `prefixes` ([] ends it). */
    refuseStatic(prefixes) { return server.api('/v1.0/sim/static', { method: 'POST', body: { refuse: prefixes } }); },
  };
  return server;
}

/** Debian's Chromium, headless, with the flags this closed network needs; `args` adds more
 *  (e.g. {@link fakeMediaArgs}). */
export async function launchBrowser({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', ...args],
  });
}

/** Chromium flags for a granted fake microphone/camera; with `audioFile` (16-bit PCM wav) the
 *  microphone plays that file in a loop instead of the default occasional beep. */
export function fakeMediaArgs({ audioFile } = {}) {
  return ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    ...(audioFile ? [`--use-file-for-fake-audio-capture=${audioFile}`] : [])];
}

/** 16-bit PCM mono wav: a steady two-partial tone at -15 dBFS RMS (440 + 660 Hz), for the fake microphone. */
export function toneWav({ seconds = 2, rate = 48_000 } = {}) {
  const samples = seconds * rate;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const t = i / rate;
    const v = 0.22 * Math.sin(2 * Math.PI * 440 * t) + 0.11 * Math.sin(2 * Math.PI * 660 * t);
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0); header.writeUInt32LE(36 + data.length, 4); header.write('WAVE', 8);
  header.write('fmt ', 12); header.writeUInt32LE(16, 16); header.writeUInt16LE(1, 20); header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24); header.writeUInt32LE(rate * 2, 28); header.writeUInt16LE(2, 32); header.writeUInt16LE(16, 34);
  header.write('data', 36); header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A fresh page that fails the test on any uncaught page error (a wasm panic shows up here). */
export async function newPage(browser, { viewport = { width: 1400, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console: ${m.text()}`); });
  return page;
}

/** Signs in through the real form and waits until the desk is connected and synced. With
 *  `phone: false` (the default) the agent says this browser is not its phone, so calls routed to
 *  it are answered by the simulation as before the softphone; `phone: true` makes the desk the
 *  agent's phone (tests/e2e/phone_desk.test.mjs). */
export async function signIn(page, server, username = 'admin@demo', { password = PASSWORD, phone = false, phoneServer = '' } = {}) {
  await page.goto(`${server.url}/signin`);
  await page.getByTestId('signin-no-phone').setChecked(!phone);
  await page.getByTestId('signin-phone-server').fill(phoneServer);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await waitConnected(page);
}

export async function waitConnected(page, timeout = 20_000) {
  await page.locator('[data-testid="connection-status"][data-state="connected"][data-synced="true"]').waitFor({ timeout });
}

/** Polls `fn` until it returns a truthy value or `timeout` ms pass. */
export async function eventually(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out waiting for ${typeof message === 'function' ? message() : message}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
}

/** What the split loader logs when a chunk does not arrive (expected where a test refuses one). */
export const CHUNK_LOAD_ERROR = /WebAssembly|instantiate|Failed to fetch|HTTP status/;

/** Errors the page reported, minus the expected noise of a dropped socket. */
export function pageErrors(page) {
  return page.errors.filter((e) => !/WebSocket|ERR_CONNECTION|net::|Failed to load resource/.test(e));
}
