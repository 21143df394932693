// The agent desk against the real stand-in and its generated traffic: the queue alert appears and
// clears everywhere, status, hang-up, transfer, replies with live delivery, the live transcript,
// and hostile message text rendered as text.
//
// Two servers: on the first only agent1 is available (every call of its queues rings it); the
// second runs the whole floor for the supervisor's views.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, eventually, pageErrors, CHUNK_LOAD_ERROR } from './harness.mjs';

let solo, floor, browser, agent1;
const pages = [];

before(async () => {
  [solo, floor, browser] = await Promise.all([
    startServer({ rate: 30, seed: 21 }),
    startServer({ rate: 40, seed: 22 }),
    launchBrowser(),
  ]);
  const agents = (await solo.api('/v1.0/agents?page_size=100')).result;
  agent1 = agents.find((a) => a.username === 'agent1@demo');
  assert.ok(agent1, 'agent1 exists');
  // agent1 starts away (nothing rings before the status test makes it available); the others
  // stay away, so every caller of agent1's queues rings agent1.
  for (const a of agents) {
    if (a.username.startsWith('agent')) {
      await solo.api(`/v1.0/agents/${a.id}/status`, { method: 'PUT', body: { status: 'away' } });
    }
  }
});

after(async () => {
  for (const p of pages) await p.context().close().catch(() => {});
  await browser?.close();
  await Promise.all([solo?.stop(), floor?.stop()]);
});

/** The .wasm files each desk fetched, by page (the transfer dialog is a chunk of its own). */
const wasmFetched = new Map();
const fetchedTransferChunk = (page) => wasmFetched.get(page).some((n) => n.startsWith('split_transfer-'));

async function openDesk(server, username) {
  const page = await newPage(browser);
  pages.push(page);
  wasmFetched.set(page, []);
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) wasmFetched.get(page).push(name);
  });
  await signIn(page, server, username);
  await page.getByTestId('desk').waitFor();
  return page;
}

/** Every item of a VoIPBIN list, following its pages. */
async function listAll(server, path) {
  const items = [];
  let token = '';
  for (let i = 0; i < 50; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await server.api(`${path}${sep}page_size=100${token ? `&page_token=${encodeURIComponent(token)}` : ''}`);
    items.push(...(page.result ?? []));
    token = page.next_page_token ?? '';
    if (!token || !page.result?.length) break;
  }
  return items;
}

const alertOn = (page) => page.locator('[data-testid="queue-alert"]').first();
const attr = (page, selector, name) => page.locator(selector).first().getAttribute(name);

/** Waits for the desk to show a connected call and returns its caller's call id. */
async function connectedCall(page, timeout = 120_000) {
  const panel = page.locator('[data-testid="call-panel"][data-phase="Connected"]');
  await panel.waitFor({ timeout });
  return panel.getAttribute('data-call-id');
}

let p1, p2, p3;

test('status changes reach the server and come back', async () => {
  [p1, p2, p3] = await Promise.all([openDesk(solo, 'agent1@demo'), openDesk(solo, 'agent1@demo'), openDesk(solo, 'agent1@demo')]);
  await p1.locator('[data-testid="agent-status"][data-status="away"]').waitFor({ timeout: 10_000 });
  await p1.getByTestId('status-busy').click();
  await p1.locator('[data-testid="agent-status"][data-status="busy"]').waitFor({ timeout: 10_000 });
  await eventually(async () => (await solo.api(`/v1.0/agents/${agent1.id}`)).status === 'busy', { message: 'server: busy' });
  await p1.locator('body').press('1');
  await p1.locator('[data-testid="agent-status"][data-status="available"]').waitFor({ timeout: 10_000 });
  await eventually(async () => (await solo.api(`/v1.0/agents/${agent1.id}`)).status === 'available', { message: 'server: available' });
  assert.deepEqual(pageErrors(p1), []);
});

test('a call ringing for the agent raises the alert, which clears on every desk once it is taken', async () => {
  await alertOn(p1).waitFor({ timeout: 120_000 });
  const legId = await alertOn(p1).getAttribute('data-alert-id');
  for (const p of [p2, p3]) await p.locator(`[data-testid="queue-alert"][data-alert-id="${legId}"]`).waitFor({ timeout: 10_000 });

  // The server agrees: a leg owned by agent1, ringing, from the caller the alert names.
  const leg = await solo.api(`/v1.0/calls/${legId}`);
  assert.equal(leg.owner_id, agent1.id);
  assert.ok(['ringing', 'dialing'].includes(leg.status), `leg is ${leg.status}`);
  const text = await alertOn(p1).innerText();
  assert.ok(text.includes(leg.source.target_name || leg.source.target), `alert names the caller: ${text}`);
  assert.match(await alertOn(p1).getByTestId('alert-wait').innerText(), /^\d+:\d\d$/);
  assert.equal(await attr(p1, '[data-testid="queue-alerts"]', 'data-ringing'), 'true');
  assert.match(await p1.getByTestId('alert-announcement').innerText(), /ringing for you/i);

  // Accept (mouse) on one desk, dismiss (key X) on another, nothing on the third.
  await alertOn(p1).getByTestId('accept-call').click();
  await eventually(async () => /pick up on your phone/i.test(await alertOn(p1).innerText()), { message: 'accept explains the phone' });
  assert.equal(await attr(p1, '[data-testid="queue-alerts"]', 'data-ringing'), 'false', 'accepted: the ring stops');
  await p3.locator('body').press('x');
  await p3.locator('[data-testid="queue-alert"]').waitFor({ state: 'detached', timeout: 5_000 });
  assert.equal(await attr(p3, '[data-testid="queue-alerts"]', 'data-ringing'), 'false');

  // The agent picks up on the phone (the stand-in answers the leg): gone everywhere, ring off.
  for (const p of [p1, p2, p3]) {
    await p.locator(`[data-testid="queue-alert"][data-alert-id="${legId}"]`).waitFor({ state: 'detached', timeout: 20_000 });
  }
  assert.equal(await attr(p2, '[data-testid="queue-alerts"]', 'data-ringing'), 'false', 'no phantom ringing');
  await eventually(async () => (await p2.title()) === 'VoIPBIN Desk', { message: 'title restored' });
  // The call panel shows the caller's call (not the leg), connected.
  await p1.locator(`[data-testid="call-panel"][data-call-id="${leg.master_call_id}"][data-phase="Connected"]`).waitFor({ timeout: 20_000 });
  await p3.context().close();
  assert.deepEqual(pageErrors(p1), []);
});

// On VoIPBIN, REST call controls (hang-up, transfer, hold, mute, recording) are for admins and
// managers only: a plain agent acts through its phone, so its desk shows none of them and says
// so; agent1 is then made a team lead (agent and manager), signs in again, and `lead` uses them.
let lead;

test('a plain agent sees no REST call controls; a team lead hangs up', async () => {
  const callId = await connectedCall(p1);
  for (const id of ['hangup', 'transfer', 'record', 'hold', 'mute']) {
    assert.equal(await p1.getByTestId(id).count(), 0, `no REST control "${id}" on a plain agent's desk`);
  }
  assert.match(await p1.getByTestId('phone-controls-hint').innerText(), /phone/i);
  assert.ok(!fetchedTransferChunk(p1), `a plain agent never downloads the transfer dialog (${wasmFetched.get(p1)})`);

  await solo.api(`/v1.0/agents/${agent1.id}/permission`, { method: 'PUT', body: { permission: 16 | 64 } });
  lead = await openDesk(solo, 'agent1@demo');
  assert.equal(await connectedCall(lead, 20_000), callId, 'the new desk shows the same call');
  await lead.getByTestId('hangup').click();
  await lead.locator(`[data-testid="call-panel"][data-call-id="${callId}"][data-phase="Ended"]`).waitFor({ timeout: 10_000 });
  const call = await solo.api(`/v1.0/calls/${callId}`);
  assert.equal(call.status, 'hangup');
  // The agent's other desks follow.
  for (const p of [p1, p2]) {
    await p.locator(`[data-testid="call-panel"][data-call-id="${callId}"][data-phase="Ended"]`).waitFor({ timeout: 10_000 });
  }
  assert.deepEqual(pageErrors(lead), []);
});

test('a blind transfer to a typed number takes the call off the desk', async () => {
  await alertOn(lead).waitFor({ timeout: 120_000 });
  await lead.locator('body').press('a');
  const callId = await connectedCall(lead, 30_000);
  assert.ok(!fetchedTransferChunk(lead), 'the dialog is fetched when first opened, not with the desk');
  await lead.locator('body').press('t');
  await lead.getByTestId('transfer-dialog').waitFor();
  assert.ok(fetchedTransferChunk(lead), `opening it fetched its chunk (${wasmFetched.get(lead)})`);
  await lead.getByTestId('transfer-number').fill('+1 555 010 0999');
  await lead.getByTestId('transfer-submit').click();
  await eventually(async () => /transferred/i.test(await lead.getByTestId('transfer-status').innerText().catch(() => '')) ||
    (await lead.locator(`[data-testid="call-panel"][data-call-id="${callId}"][data-phase="Ended"]`).count()) > 0,
  { message: 'transfer confirmed', timeout: 10_000 });
  await lead.locator(`[data-testid="call-panel"][data-call-id="${callId}"][data-phase="Ended"]`).waitFor({ timeout: 10_000 });
  const truth = (await solo.truth()).truth.calls.find((c) => c.call_id === callId);
  assert.ok(truth, 'the caller is still on the line (with the transferee)');
  assert.notEqual(truth.agent_id, agent1.id, 'no longer with agent1');
  assert.match(await lead.getByTestId('call-panel').innerText(), /transferred/i);
  assert.deepEqual(pageErrors(lead), []);
});

test('a transfer the server refuses is reported, not swallowed; so is a dialog that does not arrive', async () => {
  // VoIPBIN left agent1 busy after the transferred call: its wrap-up's Done puts it back in the
  // queue (else the wrap-up's 30 s would).
  await lead.getByTestId('wrap-up-done').click({ timeout: 10_000 });
  await alertOn(lead).waitFor({ timeout: 120_000 });
  const callId = await connectedCall(lead, 30_000);

  // A desk that has not loaded the dialog yet, its chunk refused: a message and a retry, the
  // call and the desk untouched.
  await solo.refuseStatic(['split_transfer']);
  const fresh = await openDesk(solo, 'agent1@demo');
  try {
    assert.equal(await connectedCall(fresh, 20_000), callId);
    await fresh.getByTestId('transfer').click();
    await fresh.getByTestId('transfer-load-failed').waitFor({ timeout: 10_000 });
    assert.equal(await fresh.getByTestId('transfer-dialog').count(), 0);
    assert.equal(await fresh.locator(`[data-testid="call-panel"][data-call-id="${callId}"][data-phase="Connected"]`).count(), 1);
    await solo.refuseStatic([]);
    await fresh.getByTestId('transfer-retry').click();
    await fresh.getByTestId('transfer-number').waitFor({ timeout: 10_000 });
    const unexpected = pageErrors(fresh).filter((e) => !CHUNK_LOAD_ERROR.test(e));
    assert.deepEqual(unexpected, [], 'no panic, nothing but the failed fetch');
  } finally {
    await solo.refuseStatic([]);
    await fresh.context().close();
  }

  await lead.getByTestId('transfer').click();
  await lead.getByTestId('transfer-number').fill('9999'); // an extension nobody has
  await lead.getByTestId('transfer-submit').click();
  await eventually(async () => (await lead.getByTestId('transfer-error').innerText()).length > 0, { message: 'an error shown' });
  assert.match(await lead.getByTestId('transfer-error').innerText(), /could not transfer/i);
  await lead.keyboard.press('Escape');
  await lead.getByTestId('transfer-dialog').waitFor({ state: 'detached' });
  await lead.getByTestId('hangup').click();
  await lead.locator(`[data-testid="call-panel"][data-call-id="${callId}"][data-phase="Ended"]`).waitFor({ timeout: 10_000 });
});

// ----- supervisor views on a busy floor -------------------------------------------------------

let admin;
const PAYLOAD = 'Hi <img src=x onerror=window.__pwned=1> <script>window.__pwned=1</script> & "ok"';

test('a reply is sent, delivered live, and hostile text stays text', async () => {
  admin = await openDesk(floor, 'admin@demo');
  const thread = admin.getByTestId('message-thread').first();
  await thread.waitFor({ timeout: 90_000 });
  // Pinned by id before the click: live messages reorder the list, and `.first()` resolves anew.
  const conversationId = await thread.getAttribute('data-thread-id');
  await admin.locator(`[data-testid="message-thread"][data-thread-id="${conversationId}"]`).click();
  await admin.locator(`[data-testid="thread-view"][data-thread-id="${conversationId}"]`).waitFor();
  await admin.getByTestId('reply-input').fill(PAYLOAD);
  await admin.getByTestId('send-reply').click();
  assert.equal(await admin.getByTestId('reply-input').inputValue(), '', 'the box clears on send');

  // Watch the delivery state change in place until it is final.
  const seen = [];
  const mine = admin.locator('[data-testid="message"]').filter({ hasText: 'onerror=window.__pwned' });
  await mine.first().waitFor({ timeout: 10_000 });
  const final = await eventually(async () => {
    const state = await mine.first().getAttribute('data-delivery');
    if (seen.at(-1) !== state) seen.push(state);
    return ['delivered', 'failed'].includes(state) && state;
  }, { timeout: 30_000, interval: 50, message: 'a final delivery state' });
  assert.ok(seen.length >= 2, `delivery changed live: ${seen.join(' → ')}`);

  // The desk shows what the server says about that SMS.
  const sms = (await listAll(floor, '/v1.0/messages')).find((m) => m.text === PAYLOAD);
  assert.ok(sms, 'the server sent it');
  const status = sms.targets[0].status;
  assert.equal(final, status === 'delivered' ? 'delivered' : 'failed', `server says ${status}`);

  // Text, not markup: the literal characters are on screen and nothing ran.
  assert.equal(await mine.first().locator('.msg-text').textContent(), PAYLOAD);
  assert.equal(await admin.locator('.messages img, .thread img').count(), 0);
  assert.equal(await admin.locator('.messages script').count(), 0);
  assert.equal(await admin.evaluate(() => window.__pwned), undefined);
  await admin.getByText(PAYLOAD).first().waitFor();
  assert.deepEqual(pageErrors(admin), []);
});

test('a reply that cannot be sent says so, and Retry sends it', async () => {
  // The network fails for this one request.
  const pattern = /\/v1\.0\/service_agents\/conversations\/[^/]+\/messages/;
  await admin.route(pattern, (route) => (route.request().method() === 'POST' ? route.abort('failed') : route.continue()));
  await admin.getByTestId('reply-input').fill('Retry me please');
  await admin.getByTestId('reply-input').press('Enter');
  const failed = admin.locator('[data-testid="outbox-message"][data-state="failed"]');
  await failed.waitFor({ timeout: 10_000 });
  assert.match(await failed.innerText(), /not sent/i);
  await admin.unroute(pattern);
  await failed.getByTestId('retry-send').click();
  await admin.locator('[data-testid="outbox-message"]').waitFor({ state: 'detached', timeout: 10_000 });
  await admin.locator('[data-testid="message"]').filter({ hasText: 'Retry me please' }).first().waitFor();
});

test('the live transcript of a call on the floor follows the conversation', async () => {
  await admin.getByTestId('floor-calls').locator('summary').click();
  const tab = admin.getByTestId('floor-calls').getByTestId('call-tab').first();
  await tab.waitFor({ timeout: 90_000 });
  const callId = await tab.getAttribute('data-call-id');
  await tab.click();
  await admin.locator(`[data-testid="call-panel"][data-call-id="${callId}"]`).waitFor();
  const lines = admin.getByTestId('transcript-line');
  await eventually(async () => (await lines.count()) >= 2, { timeout: 45_000, message: 'two transcript lines' });

  const transcribe = (await listAll(floor, '/v1.0/transcribes')).find((t) => t.reference_id === callId);
  assert.ok(transcribe, 'the server transcribes the call');
  const server = await listAll(floor, `/v1.0/transcripts?transcribe_id=${transcribe.id}`);
  const shown = await lines.evaluateAll((els) => els.map((el) => ({ speaker: el.dataset.speaker, text: el.querySelector('.said').textContent })));
  for (const line of shown) {
    const match = server.find((s) => s.message === line.text);
    assert.ok(match, `"${line.text}" is a server transcript line`);
    assert.equal(line.speaker, match.direction === 'in' ? 'caller' : 'agent');
  }
  assert.deepEqual(pageErrors(admin), []);
});
