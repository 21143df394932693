// Team talk between two desks over real sockets (the stand-in in the DEPLOYED dialect, which
// publishes every talk event on two topics per participant): agent1@demo and manager@demo start
// a direct chat and write both ways, each message shown within 1 s and once; a reaction and a
// thread reply show on both; an image upload shows its progress and previews on both, and a
// file over 30 MB is refused before any byte goes out; a reload keeps the history and the unread
// count; a message written while the socket is down is queued visibly and arrives once after the
// reconnect; and talk frames that come before the talk runtime's chunk (fetched after connect) wait
// for it, none lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, waitConnected, eventually, pageErrors, CHUNK_LOAD_ERROR } from './harness.mjs';
import { openTeam, openChat, messages, unread } from './team_ui.mjs';

let server, browser, agentPage, managerPage, managerId, agentId, chatId;

/** The smallest valid PNG (1×1, opaque). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Sends `text` from `from` and returns ms until `to` shows it (asserting it shows once). */
async function sendAndTime(from, to, text) {
  await from.getByTestId('team-input').fill(text);
  const shown = to.waitForFunction((t) => [...document.querySelectorAll('[data-testid="team-message"]')]
    .some((m) => m.textContent.includes(t)), text, { polling: 'raf', timeout: 10_000 });
  const started = Date.now();
  await from.getByTestId('team-send').click();
  await shown;
  const took = Date.now() - started;
  // Duplicates arrive on the second topic and in the send's answer: still shown once.
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(await messages(to, text).count(), 1, `"${text}" shown once on the reader`);
  assert.equal(await messages(from, text).count(), 1, `"${text}" shown once on the writer`);
  return took;
}

before(async () => {
  server = await startServer({ dialect: 'deployed', rate: 0, seed: 41 });
  const agents = (await server.api('/v1.0/agents?page_size=100')).result;
  managerId = agents.find((a) => a.username === 'manager@demo').id;
  agentId = agents.find((a) => a.username === 'agent1@demo').id;
  browser = await launchBrowser();
  agentPage = await newPage(browser);
  managerPage = await newPage(browser);
  await signIn(agentPage, server, 'agent1@demo');
  await signIn(managerPage, server, 'manager@demo');
});
after(async () => { await browser?.close(); await server?.stop(); });

test('agent and manager start a direct chat and write both ways, each message once within 1 s', async () => {
  await openTeam(agentPage);
  await agentPage.getByTestId('team-new-direct').click();
  const member = agentPage.locator(`[data-testid="team-member"][data-agent-id="${managerId}"]`);
  await member.waitFor({ timeout: 10_000 });
  assert.ok(await member.getAttribute('data-status'), 'the teammate shows a status');
  await member.click();
  const conversation = agentPage.getByTestId('team-conversation');
  await conversation.waitFor();
  chatId = await conversation.getAttribute('data-chat-id');

  // The manager's desk learns of the chat from the socket and opens it.
  await openChat(managerPage, chatId);
  const times = [];
  times.push(await sendAndTime(agentPage, managerPage, 'Who handles refunds? <b>not bold</b>'));
  times.push(await sendAndTime(managerPage, agentPage, 'Refunds: Dana, see https://example.com/refunds.'));
  for (const t of times) assert.ok(t < 1_000, `shown after ${t} ms`);
  // Text stays text; links are links, only http(s).
  assert.equal(await managerPage.locator('[data-testid="team-message"] b').count(), 0);
  const link = agentPage.locator('[data-testid="team-message"] a[href="https://example.com/refunds"]');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow');
  // A second "new chat" with the same person is the same chat.
  await agentPage.getByTestId('team-new-direct').click();
  await agentPage.locator(`[data-testid="team-member"][data-agent-id="${managerId}"]`).click();
  await agentPage.locator(`[data-testid="team-conversation"][data-chat-id="${chatId}"]`).waitFor();
  assert.equal(await agentPage.locator('[data-testid="team-chat"][data-kind="direct"]').count(), 1);
  console.log(`team: shown after ${times.join(', ')} ms`);
});

test('a reaction and a thread reply show on both desks', async () => {
  const asked = (page) => messages(page, 'Who handles refunds?');
  await asked(managerPage).locator('[data-testid="team-react"][data-emoji="👍"]').click();
  for (const page of [agentPage, managerPage]) {
    const reaction = asked(page).locator('[data-testid="team-reaction"][data-emoji="👍"]');
    await reaction.waitFor({ timeout: 2_000 });
    assert.match(await reaction.textContent(), page === agentPage ? /Manager|manager/i : /You/);
  }
  await asked(agentPage).getByTestId('team-thread-open').click();
  await agentPage.getByTestId('team-thread-close').waitFor();
  await agentPage.getByTestId('team-input').fill('Thanks, thread reply');
  await agentPage.getByTestId('team-send').click();
  await messages(agentPage, 'Thanks, thread reply').waitFor({ timeout: 2_000 });
  const threadButton = asked(managerPage).getByTestId('team-thread-open');
  await eventually(async () => (await threadButton.getAttribute('data-replies')) === '1', { timeout: 2_000, message: 'the reply counted on the manager' });
  await threadButton.click();
  await messages(managerPage, 'Thanks, thread reply').waitFor({ timeout: 2_000 });
  await managerPage.getByTestId('team-thread-close').click();
  await agentPage.getByTestId('team-thread-close').click();
});

test('an image upload shows its progress and previews on both; a file over 30 MB is refused first', async () => {
  const uploads = [];
  agentPage.on('request', (r) => { if (r.url().includes('/service_agents/files') && r.method() === 'POST') uploads.push(r.url()); });
  await agentPage.getByTestId('team-attach').setInputFiles({ name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(30 * 1024 * 1024 + 1) });
  await agentPage.getByTestId('team-attach-error').waitFor();
  assert.match(await agentPage.getByTestId('team-attach-error').textContent(), /30 MB/);
  assert.equal(uploads.length, 0, 'nothing sent');

  await agentPage.getByTestId('team-attach').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: PNG });
  const progress = agentPage.getByTestId('team-upload-progress');
  await progress.waitFor();
  await eventually(async () => (await progress.getAttribute('data-done')) === 'true', { timeout: 5_000, message: 'the upload done' });
  assert.equal(await progress.getAttribute('data-progress'), '1.00');
  assert.equal(uploads.length, 1);
  await agentPage.getByTestId('team-input').fill('the caller’s screenshot');
  await agentPage.getByTestId('team-send').click();
  for (const page of [agentPage, managerPage]) {
    const image = messages(page, 'the caller’s screenshot').getByTestId('team-image');
    await image.waitFor({ timeout: 3_000 });
    await eventually(() => image.evaluate((img) => img.complete && img.naturalWidth === 1), { timeout: 3_000, message: 'the preview loaded' });
  }
});

test('a reload keeps the history and the unread count', async () => {
  await managerPage.getByTestId('team-close').click();
  await sendUnseen(agentPage, ['unread one', 'unread two']);
  await eventually(async () => (await unread(managerPage)) === 2, { timeout: 3_000, message: 'two unread' });
  assert.match(await managerPage.title(), /^\(2\) /);
  await managerPage.reload();
  await waitConnected(managerPage);
  await eventually(async () => (await unread(managerPage)) === 2, { timeout: 5_000, message: 'two unread after the reload' });
  await openChat(managerPage, chatId);
  for (const text of ['Who handles refunds?', 'Refunds: Dana', 'unread one', 'unread two']) {
    assert.equal(await messages(managerPage, text).count(), 1, `${text} kept`);
  }
  await eventually(async () => (await unread(managerPage)) === 0, { timeout: 3_000, message: 'read once open' });
});

async function sendUnseen(page, texts) {
  for (const text of texts) {
    await page.getByTestId('team-input').fill(text);
    await page.getByTestId('team-send').click();
    await messages(page, text).waitFor();
  }
}

test('a message written while the socket is down is queued, then arrives once', { timeout: 60_000 }, async () => {
  await server.fault('restart', { secs: 4 });
  await agentPage.locator('[data-testid="connection-status"]:not([data-state="connected"])').waitFor({ timeout: 5_000 });
  await agentPage.getByTestId('team-input').fill('sent while offline');
  await agentPage.getByTestId('team-send').click();
  await agentPage.locator('[data-testid="team-outgoing"][data-state="queued"]').waitFor({ timeout: 2_000 });
  await waitConnected(agentPage, 20_000);
  await waitConnected(managerPage, 20_000);
  await messages(managerPage, 'sent while offline').waitFor({ timeout: 5_000 });
  await messages(agentPage, 'sent while offline').waitFor({ timeout: 5_000 });
  await new Promise((r) => setTimeout(r, 1_000));
  assert.equal(await messages(managerPage, 'sent while offline').count(), 1);
  assert.equal(await messages(agentPage, 'sent while offline').count(), 1);
  assert.equal(await agentPage.getByTestId('team-outgoing').count(), 0);
  const listed = (await server.api(`/v1.0/service_agents/talk_messages?chat_id=${chatId}&page_size=100`, { as: 'agent1@demo' })).result;
  assert.equal(listed.filter((m) => m.text === 'sent while offline').length, 1, 'posted once');
  assert.deepEqual(pageErrors(agentPage), []);
  assert.deepEqual(pageErrors(managerPage), []);
});

test('talk frames wait for the talk runtime, which is not in the first load, and none is lost', { timeout: 60_000 }, async () => {
  // The runtime (decoding talk frames, the resync, the outbox) is a chunk fetched after connect
  // (src/live/talk_chunk.rs): refused here, the desk still runs and keeps the frames.
  await server.refuseStatic(['split_talk']);
  const page = await newPage(browser);
  const fetched = [];
  page.on('request', (r) => { if (/split_talk/.test(r.url())) fetched.push(r.url()); });
  try {
    await signIn(page, server, 'agent1@demo');
    await eventually(async () => fetched.length > 0, { timeout: 5_000, message: 'asked for after connect' });
    const before = await unread(page);
    await managerPage.getByTestId('team-input').fill('while the runtime is away');
    await managerPage.getByTestId('team-send').click();
    await messages(managerPage, 'while the runtime is away').waitFor();
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(await unread(page), before, 'not decoded without the runtime');
    await waitConnected(page);

    await server.refuseStatic([]);
    await managerPage.getByTestId('team-input').fill('and one more');
    await managerPage.getByTestId('team-send').click();
    await eventually(async () => (await unread(page)) === before + 2, { timeout: 5_000, message: 'both kept, then applied' });
    await openChat(page, chatId);
    for (const text of ['while the runtime is away', 'and one more']) {
      assert.equal(await messages(page, text).count(), 1, `${text} shown once`);
    }
    const unexpected = pageErrors(page).filter((e) => !CHUNK_LOAD_ERROR.test(e));
    assert.deepEqual(unexpected, [], 'no panic, nothing but the refused fetch');
  } finally {
    await server.refuseStatic([]);
    await page.context().close();
  }
});
