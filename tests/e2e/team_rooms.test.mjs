// Team talk beyond a direct chat, over real sockets (the stand-in in the DEPLOYED dialect):
// agent1@demo makes a group with manager@demo, which reaches the manager's desk with its
// messages; joins the public channel Random; pages a long history back by scrolling, each message
// once; keeps a draft per chat through a reload; sees a message its author deleted shown as
// deleted; and is notified of a message while the desk is hidden (headless Chromium shows no
// notification, so the page's Notification records what the desk asked for).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, eventually, pageErrors } from './harness.mjs';
import { openTeam, openChat, messages, unread } from './team_ui.mjs';

let server, browser, agentPage, managerPage, managerId, directId;

const post = (as, chatId, text) => server.api('/v1.0/service_agents/talk_messages', {
  method: 'POST', as, body: { chat_id: chatId, type: 'normal', text },
});

/** A Notification that records what the desk shows, and a visibility the test sets. */
const NOTIFICATIONS = () => {
  window.__notified = [];
  window.__hidden = false;
  function RecordedNotification(title, options) {
    window.__notified.push({ title, body: options?.body ?? '' });
    return { close() {}, onclick: null };
  }
  Object.defineProperty(RecordedNotification, 'permission', { get: () => 'granted' });
  RecordedNotification.requestPermission = async () => 'granted';
  window.Notification = RecordedNotification;
  Object.defineProperty(document, 'hidden', { get: () => window.__hidden });
  Object.defineProperty(document, 'visibilityState', { get: () => (window.__hidden ? 'hidden' : 'visible') });
};

before(async () => {
  server = await startServer({ dialect: 'deployed', rate: 0, seed: 43 });
  const agents = (await server.api('/v1.0/agents?page_size=100')).result;
  managerId = agents.find((a) => a.username === 'manager@demo').id;
  browser = await launchBrowser();
  agentPage = await newPage(browser);
  await agentPage.addInitScript(NOTIFICATIONS);
  managerPage = await newPage(browser);
  await signIn(agentPage, server, 'agent1@demo');
  await signIn(managerPage, server, 'manager@demo');
});
after(async () => { await browser?.close(); await server?.stop(); });

test('a group made on one desk reaches the other, and so do its messages', async () => {
  await openTeam(agentPage);
  await agentPage.getByTestId('team-new-group').click();
  await agentPage.getByTestId('team-group-name').fill('Refunds desk');
  await agentPage.locator(`[data-testid="team-group-member"][data-agent-id="${managerId}"]`).check({ timeout: 10_000 });
  await agentPage.getByTestId('team-group-create').click();
  const conversation = agentPage.getByTestId('team-conversation');
  await conversation.waitFor();
  const groupId = await conversation.getAttribute('data-chat-id');
  assert.equal(await agentPage.locator(`[data-testid="team-chat"][data-chat-id="${groupId}"]`).getAttribute('data-kind'), 'group');

  await openChat(managerPage, groupId);
  await agentPage.getByTestId('team-input').fill('Group hello');
  await agentPage.getByTestId('team-send').click();
  await messages(managerPage, 'Group hello').waitFor({ timeout: 2_000 });
  const chat = await server.api(`/v1.0/service_agents/talk_chats/${groupId}`, { as: 'manager@demo' });
  assert.equal(chat.name, 'Refunds desk');
});

test('a public channel is browsed and joined', async () => {
  await openTeam(agentPage);
  await agentPage.getByTestId('team-channels').click();
  const random = agentPage.locator('.team-channel', { hasText: 'Random' }).getByTestId('team-channel-join');
  await random.waitFor({ timeout: 10_000 });
  const channelId = await random.getAttribute('data-chat-id');
  assert.equal(await agentPage.locator(`[data-testid="team-chat"][data-chat-id="${channelId}"]`).count(), 0, 'not a member yet');
  await random.click();
  await agentPage.locator(`[data-testid="team-conversation"][data-chat-id="${channelId}"]`).waitFor({ timeout: 5_000 });
  await agentPage.locator(`[data-testid="team-chat"][data-chat-id="${channelId}"]`).waitFor({ timeout: 5_000 });
  const mine = (await server.api('/v1.0/service_agents/talk_chats?page_size=100', { as: 'agent1@demo' })).result;
  assert.ok(mine.some((c) => c.id === channelId), 'the server lists the agent in Random');
});

test('history pages back as the agent scrolls up, each message once', { timeout: 60_000 }, async () => {
  await openTeam(agentPage);
  await agentPage.getByTestId('team-new-direct').click();
  await agentPage.locator(`[data-testid="team-member"][data-agent-id="${managerId}"]`).click({ timeout: 10_000 });
  const conversation = agentPage.getByTestId('team-conversation');
  await conversation.waitFor();
  directId = await conversation.getAttribute('data-chat-id');
  // More than two of the desk's pages (50), written before the agent looks.
  await agentPage.getByTestId('team-close').click();
  for (let i = 1; i <= 120; i++) await post('manager@demo', directId, `history ${String(i).padStart(3, '0')}`);
  await agentPage.reload();
  await openChat(agentPage, directId);
  await messages(agentPage, 'history 120').waitFor({ timeout: 5_000 });
  assert.equal(await messages(agentPage, 'history 001').count(), 0, 'the oldest is not read yet');
  const list = agentPage.locator('.team-messages');
  await eventually(async () => {
    await list.evaluate((l) => { l.scrollTop = 0; l.dispatchEvent(new Event('scroll')); });
    return (await messages(agentPage, 'history 001').count()) === 1;
  }, { timeout: 15_000, message: 'scrolled back to the first message' });
  const texts = await agentPage.locator('[data-testid="team-message"]').allTextContents();
  for (let i = 1; i <= 120; i++) {
    const text = `history ${String(i).padStart(3, '0')}`;
    assert.equal(texts.filter((t) => t.includes(text)).length, 1, `${text} once`);
  }
  assert.equal(await agentPage.getByTestId('team-older').count(), 0, 'nothing older left');
});

test('drafts are kept per chat, through a reload', async () => {
  const groupId = await agentPage.locator('[data-testid="team-chat"][data-kind="group"]').getAttribute('data-chat-id');
  await openChat(agentPage, directId);
  await agentPage.getByTestId('team-input').fill('draft for the manager');
  await openChat(agentPage, groupId);
  assert.equal(await agentPage.getByTestId('team-input').inputValue(), '', 'another chat, its own draft');
  await agentPage.getByTestId('team-input').fill('draft for the group');
  await openChat(agentPage, directId);
  assert.equal(await agentPage.getByTestId('team-input').inputValue(), 'draft for the manager');
  await agentPage.reload();
  await openChat(agentPage, groupId);
  assert.equal(await agentPage.getByTestId('team-input').inputValue(), 'draft for the group');
  await openChat(agentPage, directId);
  assert.equal(await agentPage.getByTestId('team-input').inputValue(), 'draft for the manager');
  await agentPage.getByTestId('team-input').fill('');
});

test('a message deleted by its author shows as deleted', async () => {
  await openChat(agentPage, directId);
  const sent = await post('manager@demo', directId, 'sent by mistake');
  const shown = agentPage.locator(`[data-testid="team-message"][data-message-id="${sent.id}"]`);
  await shown.waitFor({ timeout: 2_000 });
  await server.api(`/v1.0/service_agents/talk_messages/${sent.id}`, { method: 'DELETE', as: 'manager@demo' });
  await shown.getByTestId('team-message-deleted').waitFor({ timeout: 2_000 });
  assert.ok(!(await shown.textContent()).includes('sent by mistake'), 'the text is gone');
});

test('a message while the desk is hidden raises a notification', async () => {
  await openChat(agentPage, directId);
  await agentPage.evaluate(() => {
    window.__hidden = true;
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await post('manager@demo', directId, 'are you there?');
  await eventually(() => agentPage.evaluate(() => window.__notified.some((n) => n.body.includes('are you there?'))),
    { timeout: 3_000, message: 'notified' });
  const notified = await agentPage.evaluate(() => window.__notified.find((n) => n.body.includes('are you there?')));
  // A direct chat has no name of its own (VoIPBIN's direct chats are unnamed).
  assert.equal(notified.title, 'Team message');
  assert.ok((await unread(agentPage)) >= 1, 'unread while hidden');
  await agentPage.evaluate(() => {
    window.__hidden = false;
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await eventually(async () => (await unread(agentPage)) === 0,
    { timeout: 3_000, message: 'read once seen' });
  assert.deepEqual(pageErrors(agentPage), []);
  assert.deepEqual(pageErrors(managerPage), []);
});
