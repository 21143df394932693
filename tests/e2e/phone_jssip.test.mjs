// A standard browser SIP stack that nobody here wrote (JsSIP from npm), in headless Chromium with
// a fake microphone, against the stand-in's phone system: it registers with the credentials from
// /v1.0/service_agents/extensions, is rung by a pinned caller, answers, and audio flows both ways
// (the browser's RTP stats and the stand-in's measurements); DTMF, hold/resume and hang-up from
// each side reach the stand-in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startServer, launchBrowser, fakeMediaArgs, newPage, eventually, toneWav, ROOT } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const AGENT = 'agent1@demo';

/** JsSIP's browser bundle, built the way its own release build does (iife, global `JsSIP`). */
async function jssipBundle() {
  const result = await build({
    entryPoints: [path.join(ROOT, 'node_modules/jssip/lib/JsSIP.js')],
    bundle: true, format: 'iife', globalName: 'JsSIP', platform: 'browser', write: false, logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let server, browser, page, tmp, pageServer;
let agentId, extension, aor;
const pageLog = [];

/** The stand-in's view of agent1's phone legs (admin sim endpoint). */
async function simPhone() { return server.api('/v1.0/sim/phone'); }
async function legOf(callId) {
  const legs = (await simPhone()).legs.filter((l) => l.agent_id === agentId);
  return callId ? legs.find((l) => l.call_id === callId) : legs.at(-1);
}
const phoneLog = () => page.evaluate(() => phone.log);
async function waitPhoneEvent(name, { since = 0, timeout = 10_000 } = {}) {
  let log = [];
  return eventually(async () => (log = await phoneLog()).find((e, i) => i >= since && e.event === name), {
    timeout, message: () => `JsSIP event ${name}; JsSIP log: ${JSON.stringify(log.slice(since))}\npage console:\n${pageLog.slice(-10).join('\n')}\nserver:\n${server.output.slice(-20).join('\n')}`,
  });
}
/** Polls agent1's leg `callId` until `ok(leg)`; the failure names the leg as last seen. */
async function waitLeg(callId, ok, what, timeout = 5_000) {
  let last;
  return eventually(async () => { last = await legOf(callId); return ok(last) && last; }, {
    timeout, message: () => `${what}; leg: ${JSON.stringify(last)}`,
  });
}
async function callStatus(id) { return (await server.api(`/v1.0/calls/${id}`)).status; }

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jssip-e2e-'));
  const wav = path.join(tmp, 'tone.wav');
  await writeFile(wav, toneWav());
  const [bundle, html, driver] = await Promise.all([
    jssipBundle(), readFile(path.join(here, 'jssip/phone.html')), readFile(path.join(here, 'jssip/phone.js')),
  ]);
  server = await startServer({ rate: 0, seed: 15 });
  browser = await launchBrowser({ args: fakeMediaArgs({ audioFile: wav }) });
  page = await newPage(browser);
  page.on('console', (m) => pageLog.push(`${m.type()}: ${m.text()}`));
  // The page comes from a real loopback server: http://127.0.0.1 is a secure context (getUserMedia
  // works), and Chromium's local network access checks let a loopback page open the stand-in's
  // loopback WebSocket (they block it from a page Playwright fulfils itself).
  const files = { '/phone.html': [html, 'text/html'], '/jssip.js': [bundle, 'text/javascript'], '/phone.js': [driver, 'text/javascript'] };
  pageServer = http.createServer((req, res) => {
    const [body, contentType] = files[req.url] ?? ['', 'text/plain'];
    res.writeHead(files[req.url] ? 200 : 404, { 'content-type': contentType }).end(body);
  });
  await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${pageServer.address().port}/phone.html`);
  assert.equal(await page.evaluate(() => typeof JsSIP.UA), 'function', 'JsSIP loaded');

  agentId = (await server.api('/v1.0/service_agents/me', { as: AGENT })).id;
  const listed = await server.api('/v1.0/service_agents/extensions', { as: AGENT });
  const extensions = Array.isArray(listed) ? listed : listed.result;
  assert.equal(extensions.length, 1, `agent1 owns one extension: ${JSON.stringify(listed)}`);
  [extension] = extensions;
  assert.ok(extension.username && extension.password, `credentials present: ${JSON.stringify(extension)}`);
  aor = `sip:${extension.username}@${extension.customer_id}.registrar.voipbin.test`;
});

after(async () => {
  await page?.evaluate(() => phone.stop()).catch(() => {});
  await browser?.close();
  await server?.stop();
  pageServer?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('JsSIP registers with the agent\'s extension credentials', { timeout: 20_000 }, async () => {
  const wsUrl = server.url.replace(/^http/, 'ws') + '/sip';
  const started = Date.now();
  // JsSIP retries a socket that fails forever; give it 10 s.
  const registering = page.evaluate((o) => phone.register(o), { wsUrl, uri: aor, password: extension.password });
  const limit = new Promise((_, reject) => setTimeout(() => reject(new Error('not registered in 10 s')), 10_000));
  await Promise.race([registering, limit]).catch(async (e) => {
    throw new Error(`${e.message}; JsSIP log: ${JSON.stringify(await phoneLog())}\npage console:\n${pageLog.slice(-10).join('\n')}\nserver:\n${server.output.slice(-20).join('\n')}`);
  });
  console.log(`registered in ${Date.now() - started} ms as ${aor}`);
  let registrations;
  await eventually(async () => {
    registrations = (await simPhone()).registrations;
    return registrations.some((c) => c.agent_id === agentId && c.username === extension.username && /JsSIP/.test(c.user_agent));
  }, { timeout: 5_000, message: () => `agent1's JsSIP registration in /v1.0/sim/phone; registrations: ${JSON.stringify(registrations)}` });
  console.log(`sim/phone registrations: ${JSON.stringify(registrations)}`);
});

test('rung by a caller, answers; audio both ways, DTMF, hold/resume, hang-up from the phone', { timeout: 45_000 }, async () => {
  await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: AGENT });
  const since = (await phoneLog()).length;
  const placedAt = Date.now();
  const placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId } });
  const rung = await waitPhoneEvent('newRTCSession', { since, timeout: 10_000 });
  assert.equal(rung.originator, 'remote', 'an incoming call');
  console.log(`POST /v1.0/sim/calls -> JsSIP newRTCSession: ${rung.at - placedAt} ms`);

  await page.evaluate(() => phone.answer());
  const confirmed = await waitPhoneEvent('confirmed', { since, timeout: 10_000 });
  console.log(`answer -> confirmed: ${confirmed.at - rung.at} ms`);

  // Audio both ways over ~2 s: the browser receives the caller's RTP and the stand-in receives
  // and measures the agent's (the fake microphone's tone).
  const leg = await waitLeg(undefined, (l) => l && l.state !== 'ended', 'agent1\'s live leg in /v1.0/sim/phone');
  const first = { browser: await eventually(async () => (await page.evaluate(() => phone.stats()))?.inbound, { timeout: 5_000, message: 'inbound-rtp stats' }), leg };
  await new Promise((r) => setTimeout(r, 2_000));
  let seen;
  const later = await eventually(async () => {
    seen = { stats: await page.evaluate(() => phone.stats()), leg: await legOf(leg.call_id) };
    return seen.stats.inbound.packetsReceived > first.browser.packetsReceived + 50
      && seen.leg.packets_received > first.leg.packets_received + 50 && seen.leg.level_dbfs > -50 && seen;
  }, { timeout: 8_000, message: () => `audio both ways (50+ packets each way, level > -50 dBFS); seen: ${JSON.stringify(seen)}` });
  console.log(`browser inbound-rtp: ${JSON.stringify(later.stats.inbound)}; outbound-rtp: ${JSON.stringify(later.stats.outbound)}`);
  console.log(`stand-in leg: ${JSON.stringify(later.leg)}`);
  assert.ok(later.stats.inbound.totalSamplesReceived > 0, 'decoded samples of the caller\'s audio');
  const heard = 20 * Math.log10(later.stats.inbound.meanAudioLevel);
  console.log(`caller's audio as decoded by the browser: ${heard.toFixed(1)} dBFS mean`);
  assert.ok(heard > -40, `the caller's audio is a signal, not silence: ${heard} dBFS`);
  assert.notEqual(later.leg.state, 'ended');
  assert.equal(later.leg.held, false);

  await page.evaluate(() => phone.sendDTMF('123#'));
  await waitLeg(leg.call_id, (l) => l.dtmf === '123#', 'DTMF 123# measured', 6_000);

  await page.evaluate(() => phone.hold());
  await waitLeg(leg.call_id, (l) => l.held === true, 'leg held');
  await page.evaluate(() => phone.unhold());
  await waitLeg(leg.call_id, (l) => l.held === false, 'leg resumed');

  await page.evaluate(() => phone.hangup());
  await waitPhoneEvent('ended', { since, timeout: 5_000 });
  const ended = await waitLeg(leg.call_id, (l) => l.state === 'ended', 'leg ended');
  console.log(`stand-in leg at the end: ${JSON.stringify(ended)}`);
  for (const id of new Set([placed.call_id, leg.call_id])) {
    let status;
    await eventually(async () => (status = await callStatus(id)) === 'hangup', { timeout: 5_000, message: () => `call ${id} hung up, is ${status}` });
  }
  const failures = (await phoneLog()).filter((e, i) => i >= since && e.event === 'failed');
  assert.deepEqual(failures, [], 'no JsSIP failure');
});

test('the far end hangs up: JsSIP sees the call ended by the remote side', { timeout: 25_000 }, async () => {
  // A call the previous test left up (when it failed) would keep agent1 busy.
  await page.evaluate(() => { if (phone.session && !phone.session.isEnded()) phone.session.terminate(); });
  await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: AGENT });
  const since = (await phoneLog()).length;
  const earlierLegs = new Set((await simPhone()).legs.map((l) => l.call_id));
  const placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId } });
  await waitPhoneEvent('newRTCSession', { since, timeout: 10_000 });
  await page.evaluate(() => phone.answer());
  await waitPhoneEvent('confirmed', { since, timeout: 10_000 });
  // An admin hangs up the caller's call: the stand-in must send BYE to the phone.
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' });
  const ended = await waitPhoneEvent('ended', { since, timeout: 5_000 });
  assert.equal(ended.originator, 'remote', `ended by the remote side: ${JSON.stringify(ended)}`);
  let leg;
  await eventually(async () => {
    leg = (await simPhone()).legs.find((l) => l.agent_id === agentId && !earlierLegs.has(l.call_id));
    return leg?.state === 'ended';
  }, { timeout: 5_000, message: () => `the new leg ended; leg: ${JSON.stringify(leg)}` });
});
