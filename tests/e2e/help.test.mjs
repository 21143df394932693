// "Ask for help" (issues 25 and 26) in headless Chromium over real sockets: agent1@demo answers
// a caller with the desk as its phone and asks for help; manager@demo's dashboard shows the
// request within a second, takes it ("on it" in its thread), and agent1 sees it taken; the
// request's Listen starts listening to the call; the call ends and the request shows ended.
// Everything travels as team talk in the public "Help" channel of the stand-in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, fakeMediaArgs, newPage, signIn, eventually, pageErrors } from './harness.mjs';

const AGENT = 'agent1@demo';
let server, browser, agentPage, page, agentId, placed;

const request = () => page.locator(`[data-testid="help-request"][data-call-id="${placed.call_id}"]`);
async function requestState(state, timeout = 8_000) {
  let last;
  await eventually(async () => (last = await request().getAttribute('data-state').catch(() => 'absent')) === state,
    { timeout, message: () => `help-request ${state}, is ${last}` });
}
async function pendingState(state, timeout = 8_000) {
  let last;
  await eventually(async () => (last = await agentPage.getByTestId('help-pending').getAttribute('data-state').catch(() => 'absent')) === state,
    { timeout, message: () => `help-pending ${state}, is ${last}` });
}
const helpChannel = async (as) => (await server.api('/v1.0/service_agents/talk_channels', { as })).result
  .filter((c) => c.name === 'Help');

before(async () => {
  server = await startServer({ rate: 0, seed: 25 });
  browser = await launchBrowser({ args: fakeMediaArgs() });
  agentId = (await server.api('/v1.0/service_agents/me', { as: AGENT })).id;

  page = await newPage(browser);
  await signIn(page, server, 'manager@demo');
  await page.goto(`${server.url}/dashboard`);
  await page.getByTestId('help-requests').waitFor({ timeout: 15_000 });

  agentPage = await newPage(browser);
  await signIn(agentPage, server, AGENT, { phone: true });
  await agentPage.locator('[data-testid="phone-status"][data-state="registered"]').waitFor({ timeout: 10_000 });
  await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: AGENT });
  placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId } });
  await agentPage.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  await agentPage.getByTestId('answer-call').click();
  await agentPage.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 8_000 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a plain agent sees no dashboard controls; the manager\'s dashboard made and joined the Help channel', { timeout: 20_000 }, async () => {
  for (const id of ['help-requests', 'help-take', 'listen-call']) {
    assert.equal(await agentPage.getByTestId(id).count(), 0, `no "${id}" on a plain agent's desk`);
  }
  let channels;
  await eventually(async () => (channels = await helpChannel(AGENT)).length === 1,
    { message: () => `one Help channel, got ${JSON.stringify(channels)}` });
  assert.equal(channels[0].type, 'talk');
});

test('Ask for help shows on the dashboard within a second, with the call\'s context as text', { timeout: 30_000 }, async () => {
  const reason = 'Caller <b>wants</b> a refund over the limit';
  await agentPage.getByTestId('ask-help').waitFor({ timeout: 8_000 });
  await agentPage.getByTestId('ask-help-reason').fill(reason);
  const pressed = Date.now();
  await agentPage.getByTestId('ask-help').click();
  await requestState('open', 3_000);
  const shownMs = Date.now() - pressed;
  console.log(`ask-help click -> help-request on the dashboard: ${shownMs} ms`);
  assert.ok(shownMs <= 1_000, `shown within 1 s (${shownMs} ms)`);
  await pendingState('pending');

  const text = await request().locator('.help-text').innerText();
  assert.match(text, /Caller: /);
  assert.match(text, new RegExp(`Listen: .*/dashboard\\?listen=${placed.call_id}`));
  assert.ok(text.includes(reason), `the reason as typed, as text: ${text}`);
  assert.equal(await request().locator('b b, .help-text b').count(), 0, 'no HTML from the reason');
  assert.equal(await request().getAttribute('data-agent-id'), agentId);
  await page.locator(`.agent-card[data-agent-id="${agentId}"] [data-testid="raised-hand"]`).waitFor({ timeout: 3_000 });
  // Oldest first, and only one request for this call.
  assert.equal(await request().count(), 1);
});

test('Take answers in the thread: taken for everyone, the agent sees it, the hand goes down', { timeout: 30_000 }, async () => {
  await request().getByTestId('help-take').click();
  await requestState('taken');
  const taken = Date.now();
  await pendingState('taken');
  console.log(`help-take click -> agent1 sees taken: ${Date.now() - taken} ms after the dashboard`);
  await page.locator(`.agent-card[data-agent-id="${agentId}"] [data-testid="raised-hand"]`).waitFor({ state: 'detached', timeout: 3_000 });
  const id = await request().getAttribute('data-request-id');
  const thread = (await server.api(`/v1.0/service_agents/talk_messages?chat_id=${(await helpChannel(AGENT))[0].id}`, { as: AGENT })).result
    .filter((m) => m.parent_id === id);
  assert.equal(thread.length, 1, `one reply in the thread: ${JSON.stringify(thread)}`);
  assert.match(thread[0].text, /^On it/);
  assert.equal(await request().getByTestId('help-take').isDisabled(), true);
});

test('the request\'s Listen starts listening to the agent\'s call', { timeout: 30_000 }, async () => {
  await request().getByTestId('listen-call').click();
  let last;
  await eventually(async () => (last = await page.getByTestId('listen-panel').getAttribute('data-state').catch(() => 'absent')) === 'listening',
    { timeout: 8_000, message: () => `listen-panel listening, is ${last}` });
  assert.equal(await page.getByTestId('listen-panel').getAttribute('data-call-id'), placed.call_id);
  await page.getByTestId('listen-stop').click();
});

test('the call ends: the desk says so in the thread and the request shows ended everywhere', { timeout: 30_000 }, async () => {
  // A reload loses the desk's memory, not its requests (kept in the browser): it still says so.
  await agentPage.reload();
  await agentPage.getByTestId('desk').waitFor({ timeout: 10_000 });
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' }).catch(() => {});
  await requestState('ended');
  await pendingState('ended');
  const id = await request().getAttribute('data-request-id');
  let thread;
  await eventually(async () => {
    thread = (await server.api(`/v1.0/service_agents/talk_messages?chat_id=${(await helpChannel(AGENT))[0].id}`, { as: AGENT })).result
      .filter((m) => m.parent_id === id);
    return thread.some((m) => m.owner_id === agentId && /ended/.test(m.text));
  }, { message: () => `the desk's "ended" in the thread: ${JSON.stringify(thread)}` });
  assert.equal(thread.filter((m) => m.owner_id === agentId).length, 1, 'said once');
});

test('a message typed in the Help channel that merely looks like a request breaks nothing', { timeout: 20_000 }, async () => {
  const chatId = (await helpChannel(AGENT))[0].id;
  const before = await page.getByTestId('help-request').count();
  for (const text of [`[help:v1 call=${placed.call_id} agent=${agentId}]`, '[help:v1 ended]', '<img src=x onerror=alert(1)>\n[help:v1']) {
    await server.api('/v1.0/service_agents/talk_messages', { method: 'POST', as: 'manager@demo', body: { chat_id: chatId, type: 'normal', text } });
  }
  await page.waitForTimeout(1_000);
  assert.equal(await page.getByTestId('help-request').count(), before, 'a marker posted by someone else is no request');
  assert.equal(await request().getAttribute('data-state'), 'ended');
  assert.deepEqual(pageErrors(page), []);
  assert.deepEqual(pageErrors(agentPage), []);
});

test('G asks for help by keyboard; the request\'s link opens the dashboard listening to the call', { timeout: 40_000 }, async () => {
  await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: AGENT });
  placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId } });
  await agentPage.getByTestId('incoming-call').waitFor({ timeout: 5_000 });
  await agentPage.getByTestId('answer-call').click();
  await agentPage.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 8_000 });
  await agentPage.locator(`[data-testid="call-panel"] [data-testid="ask-help"]:not([disabled])`).waitFor({ timeout: 8_000 });
  await agentPage.locator('body').click({ position: { x: 2, y: 2 } });
  await agentPage.keyboard.press('g');
  await requestState('open', 3_000);
  await pendingState('pending');
  const link = (await request().locator('.help-text').innerText()).match(/Listen: (\S+)/)[1];
  assert.ok(link.startsWith(server.url), `an absolute link to the desk: ${link}`);
  await page.goto(link);
  let last;
  await eventually(async () => (last = await page.getByTestId('listen-panel').getAttribute('data-state').catch(() => 'absent')) === 'listening',
    { timeout: 10_000, message: () => `listen-panel listening from the link, is ${last}` });
  assert.equal(await page.getByTestId('listen-panel').getAttribute('data-call-id'), placed.call_id);
  await page.getByTestId('listen-stop').click();
  await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' });
  await requestState('ended');
});
