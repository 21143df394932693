// The desk is the agent's phone: signed in as a plain agent (agent1@demo, permission 16) in
// headless Chromium with a fake microphone, the desk registers the agent's extension with the
// stand-in's phone system, rings for a caller, answers with WebRTC, and the stand-in measures what
// it hears; keypad, hold, hang-up both ways, decline, abandon, a dropped SIP socket, two tabs and
// an outbound call, all with the agent's own permissions (no REST call control, no 403).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, fakeMediaArgs, newPage, signIn, eventually, toneWav, pageErrors } from './harness.mjs';

const AGENT = 'agent1@demo';
let server, browser, context, page, tmp, agentId;
const requests = [];

async function legs() { return (await server.api('/v1.0/sim/phone')).legs.filter((l) => l.agent_id === agentId); }
async function registrations() { return (await server.api('/v1.0/sim/phone')).registrations.filter((r) => r.agent_id === agentId); }
async function waitLeg(find, what, timeout = 8_000) {
  let last;
  return eventually(async () => { last = await legs(); return find(last); }, { timeout, message: () => `${what}; legs: ${JSON.stringify(last)}` });
}
const phoneState = (p = page) => p.getByTestId('phone-status').getAttribute('data-state');
async function setAvailable(status = 'available') {
  await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status }, as: AGENT });
}
async function placeCaller() { return server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId } }); }
async function noPhoneCall(p = page) { await p.getByTestId('phone-call').waitFor({ state: 'detached', timeout: 8_000 }); }
/** Answers the ringing call from the desk and waits until the stand-in's leg carries the agent's audio. */
async function answerAndHear() {
  await page.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  await page.getByTestId('answer-call').click();
  await page.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 8_000 });
  return waitLeg((ls) => ls.find((l) => l.state !== 'ended' && l.packets_received > 20 && l.level_dbfs > -50), 'the agent\'s audio at the stand-in');
}

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'desk-phone-'));
  const wav = path.join(tmp, 'tone.wav');
  await writeFile(wav, toneWav());
  server = await startServer({ rate: 0, seed: 21 });
  browser = await launchBrowser({ args: fakeMediaArgs({ audioFile: wav }) });
  page = await newPage(browser);
  context = page.context();
  // The connections the desk makes, so the test can read what the page hears (getStats).
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    window.__pcs = [];
    window.RTCPeerConnection = function (...args) { const pc = new Native(...args); window.__pcs.push(pc); return pc; };
    window.RTCPeerConnection.prototype = Native.prototype;
  });
  page.on('response', (r) => { if (r.url().includes('/v1.0/')) requests.push({ url: r.url().replace(/token=[^&]+/, 'token=…'), status: r.status() }); });
  agentId = (await server.api('/v1.0/service_agents/me', { as: AGENT })).id;
  await signIn(page, server, AGENT, { phone: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('the desk registers the agent\'s extension and shows it', { timeout: 20_000 }, async () => {
  let state;
  await eventually(async () => (state = await phoneState()) === 'registered', { message: () => `phone-status registered, is ${state}` });
  const regs = await registrations();
  assert.equal(regs.length, 1, `one registration: ${JSON.stringify(regs)}`);
  assert.match(regs[0].user_agent, /VoIPBIN-Desk/);
});

test('a caller rings within 1 s; Answer connects audio both ways; keypad, hold, hang-up from the desk', { timeout: 60_000 }, async () => {
  await setAvailable();
  const placedAt = Date.now();
  const placed = await placeCaller();
  await page.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  const ringMs = Date.now() - placedAt;
  console.log(`POST /v1.0/sim/calls -> incoming-call shown: ${ringMs} ms`);
  assert.ok(ringMs < 1_000, `rings within 1 s (${ringMs} ms)`);
  const leg = await answerAndHear();
  console.log(`stand-in leg after answer: ${JSON.stringify(leg)}`);

  // The page's own stats show the caller's audio arriving.
  const quality = page.getByTestId('call-quality');
  await eventually(async () => Number(await quality.getAttribute('data-packets-received')) > 50, { message: 'inbound packets in the page\'s stats' });
  console.log(`call-quality: ${await quality.textContent()} (grade ${await quality.getAttribute('data-grade')})`);
  // ...and it is sound, not silence: the level of the caller's audio as the page plays it.
  let heard = null;
  await eventually(async () => {
    heard = await page.evaluate(async () => {
      const pc = window.__pcs.at(-1);
      for (const s of (await pc.getStats()).values()) {
        if (s.type === 'inbound-rtp' && s.kind === 'audio' && s.audioLevel > 0) return 20 * Math.log10(s.audioLevel);
      }
      return null;
    });
    return heard !== null && heard > -50;
  }, { message: () => `the caller's audio above -50 dBFS in the page (last ${heard})` });
  console.log(`caller audio in the page: ${heard.toFixed(1)} dBFS`);

  // A plain agent sees only what works for it: no REST call controls.
  for (const id of ['hangup', 'transfer', 'record', 'hold', 'mute']) {
    assert.equal(await page.getByTestId(id).count(), 0, `no REST control "${id}" for a plain agent`);
  }

  for (const key of ['1', '2', '3', '#']) await page.locator(`[data-testid="dialpad"] [data-key="${key}"]`).click();
  await waitLeg((ls) => ls.find((l) => l.call_id === leg.call_id && l.dtmf === '123#'), 'DTMF 123# at the stand-in');

  await page.getByTestId('phone-hold').click();
  await page.locator('[data-testid="phone-call"][data-held="true"]').waitFor({ timeout: 5_000 });
  await waitLeg((ls) => ls.find((l) => l.call_id === leg.call_id && l.held), 'leg held');
  await page.getByTestId('phone-hold').click();
  await page.locator('[data-testid="phone-call"][data-held="false"]').waitFor({ timeout: 5_000 });
  await waitLeg((ls) => ls.find((l) => l.call_id === leg.call_id && !l.held), 'leg resumed');

  await page.getByTestId('phone-hangup').click();
  await noPhoneCall();
  await waitLeg((ls) => ls.find((l) => l.call_id === leg.call_id && l.state === 'ended'), 'leg ended');
  await eventually(async () => (await server.api(`/v1.0/calls/${placed.call_id}`)).status === 'hangup', { message: 'caller hung up' });
});

test('the caller hangs up: the call leaves the desk', { timeout: 30_000 }, async () => {
  await setAvailable();
  const placed = await placeCaller();
  await answerAndHear();
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' });
  await noPhoneCall();
});

test('a caller who gives up stops the ring', { timeout: 30_000 }, async () => {
  await setAvailable();
  const placed = await placeCaller();
  await page.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' });
  await page.getByTestId('incoming-call').waitFor({ state: 'detached', timeout: 5_000 });
});

test('decline sends the caller to the next agent', { timeout: 40_000 }, async () => {
  const { truth } = await server.truth();
  const queue = truth.queues.find((q) => q.agent_ids.includes(agentId) && q.agent_ids.length >= 2);
  assert.ok(queue, 'a queue agent1 shares with another agent');
  const others = queue.agent_ids.filter((id) => id !== agentId);
  for (const id of others) await server.api(`/v1.0/agents/${id}/status`, { method: 'PUT', body: { status: 'away' } });
  await setAvailable();
  const placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { queue_id: queue.id } });
  await page.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  // Someone else can take it now; agent1 declines.
  await server.api(`/v1.0/agents/${others[0]}/status`, { method: 'PUT', body: { status: 'available' } });
  await page.getByTestId('decline-call').click();
  await page.getByTestId('incoming-call').waitFor({ state: 'detached', timeout: 5_000 });
  let calls;
  await eventually(async () => {
    calls = (await server.truth()).truth.calls.filter((c) => c.call_id === placed.call_id);
    return calls.some((c) => c.agent_id === others[0]);
  }, { timeout: 15_000, message: () => `the caller reached ${others[0]}; placed ${placed.call_id}: ${JSON.stringify(calls)}` });
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' }).catch(() => {});
});

test('a dropped SIP socket: the desk registers again and is rung again', { timeout: 45_000 }, async () => {
  await setAvailable();
  await server.fault('drop_sip');
  await eventually(async () => (await phoneState()) !== 'registered', { timeout: 5_000, message: 'the drop seen' }).catch(() => {});
  await eventually(async () => (await phoneState()) === 'registered' && (await registrations()).length === 1, { timeout: 20_000, message: 'registered again' });
  const placed = await placeCaller();
  await page.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' });
  await page.getByTestId('incoming-call').waitFor({ state: 'detached', timeout: 5_000 });
});

test('two tabs: one registration, one ring; the other tab can take the phone', { timeout: 45_000 }, async () => {
  const second = await context.newPage();
  await signIn(second, server, AGENT, { phone: true });
  await eventually(async () => (await phoneState(second)) === 'elsewhere', { message: 'second tab elsewhere' });
  assert.equal((await registrations()).length, 1, 'still one registration');
  await setAvailable();
  const placed = await placeCaller();
  await page.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  assert.equal(await second.getByTestId('incoming-call').count(), 0, 'the second tab does not ring');
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' });
  await page.getByTestId('incoming-call').waitFor({ state: 'detached', timeout: 5_000 });

  await second.getByTestId('phone-take-over').click();
  await eventually(async () => (await phoneState(second)) === 'registered' && (await phoneState()) === 'elsewhere', { timeout: 15_000, message: 'taken over by the second tab' });
  await eventually(async () => (await registrations()).length === 1, { timeout: 10_000, message: 'one registration after the take-over' });
  await second.close();
  // The first tab was waiting for the lock: it takes the phone back when the other tab closes.
  await eventually(async () => (await phoneState()) === 'registered', { timeout: 15_000, message: 'back in the first tab' });
});

test('without Web Locks (an insecure origin) the tabs still share one phone, over BroadcastChannel', { timeout: 45_000 }, async () => {
  const first = await newPage(browser);
  await first.context().addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
  await signIn(first, server, AGENT, { phone: true });
  assert.equal(await first.evaluate(() => navigator.locks), undefined, 'no Web Locks in this browser');
  await eventually(async () => (await phoneState(first)) === 'registered', { timeout: 15_000, message: 'first tab registered' });
  const second = await first.context().newPage();
  await signIn(second, server, AGENT, { phone: true });
  await eventually(async () => (await phoneState(second)) === 'elsewhere', { message: 'second tab elsewhere' });
  // One registration for this browser, beside the main test browser's own.
  assert.equal((await registrations()).length, 2);
  await second.getByTestId('phone-take-over').click();
  await eventually(async () => (await phoneState(second)) === 'registered' && (await phoneState(first)) === 'elsewhere', { timeout: 15_000, message: 'taken over by the second tab' });
  await eventually(async () => (await registrations()).length === 2, { timeout: 10_000, message: 'still one registration for this browser after the take-over' });
  await second.close();
  await eventually(async () => (await phoneState(first)) === 'registered', { timeout: 15_000, message: 'back in the first tab when the other closes' });
  assert.deepEqual(first.errors, []);
  await first.context().close();
  await eventually(async () => (await registrations()).length === 1, { timeout: 15_000, message: 'the closed browser unregistered' });
});

test('an outbound call to +E164 connects with audio', { timeout: 40_000 }, async () => {
  await page.getByTestId('dial-input').fill('+15551234567');
  await page.getByTestId('dial-call').click();
  await page.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 12_000 });
  const leg = await waitLeg((ls) => ls.find((l) => l.direction === 'outgoing' && l.state !== 'ended' && l.packets_received > 20), 'the outbound leg with the agent\'s audio');
  await eventually(async () => Number(await page.getByTestId('call-quality').getAttribute('data-packets-received')) > 20, { message: 'the customer\'s audio in the page' });
  await page.getByTestId('phone-hangup').click();
  await noPhoneCall();
  await waitLeg((ls) => ls.find((l) => l.call_id === leg.call_id && l.state === 'ended'), 'outbound leg ended');
});

test('from the keyboard: A answers, typed digits are tones, H hangs up', { timeout: 40_000 }, async () => {
  await setAvailable();
  await placeCaller();
  await page.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  await page.locator('body').press('a');
  await page.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 8_000 });
  const leg = await waitLeg((ls) => ls.find((l) => l.state !== 'ended' && l.connected), 'the answered leg');
  for (const key of ['4', '5', '#']) await page.locator('body').press(key);
  await waitLeg((ls) => ls.find((l) => l.call_id === leg.call_id && l.dtmf.endsWith('45#')), 'typed digits at the stand-in');
  // "4" is also the shortcut for Offline: during a call it must only be a tone.
  assert.notEqual(await page.getByTestId('agent-status').getAttribute('data-status'), 'offline', 'the digit key did not change the status');
  await page.locator('body').press('h');
  await noPhoneCall();
});

test('the microphone check hears the microphone', { timeout: 20_000 }, async () => {
  await page.locator('[data-testid="device-settings"] summary').click();
  await page.getByTestId('mic-check').click();
  await page.locator('[data-testid="mic-check-result"][data-heard="true"]').waitFor({ timeout: 10_000 });
  console.log(`mic check: ${await page.getByTestId('mic-check-result').innerText()}`);
  await page.getByTestId('mic-check').click();
  await page.locator('[data-testid="device-settings"] summary').click();
});

test('a phone server that cannot be reached: not registered, not set available, then set away', { timeout: 60_000 }, async () => {
  const other = await newPage(browser);
  await signIn(other, server, 'agent2@demo', { phone: true, phoneServer: 'ws://127.0.0.1:9/sip' });
  let state;
  await eventually(async () => (state = await phoneState(other)) === 'unregistered', { timeout: 10_000, message: () => `unregistered, is ${state}` });
  assert.match(await other.getByTestId('phone-status').getAttribute('title'), /cannot be reached/);
  await other.getByTestId('status-available').click();
  await eventually(async () => /Not set available/.test(await other.getByTestId('agent-status').innerText()), { message: 'going available refused' });
  // Made available behind the desk's back (another device, a supervisor): the desk sets it away.
  await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: 'agent2@demo' });
  await eventually(async () => (await server.api('/v1.0/service_agents/me', { as: 'agent2@demo' })).status === 'away', { timeout: 50_000, message: 'agent2 set away' });
  await other.getByTestId('phone-notice').waitFor({ timeout: 5_000 });
  await other.context().close();
});

test('in normal use a plain agent meets no 403 and no page error', () => {
  const refused = requests.filter((r) => r.status === 403);
  assert.deepEqual(refused, [], 'no request was refused');
  assert.equal(pageErrors(page).length, 0, pageErrors(page).join('\n'));
});
