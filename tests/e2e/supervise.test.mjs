// The supervisor's dashboard against the stand-in in the DEPLOYED dialect, which sends no queue
// events (as deployed VoIPBIN: bin-queue-manager publishes queue_updated inside the platform only):
// the queue figures still move (polled queues merged with queuecall events), with their age shown;
// a manager sets an agent's status from its card and the agent's own desk reads it; an agent busy
// with no call for over a minute is flagged and made available in one click; a plain agent never
// sees these controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, eventually, pageErrors } from './harness.mjs';

let server, browser, page;
/** Every frame the manager's desk received, parsed. */
const frames = [];
let agents;
/** Agent2 is set busy with no call at the start; the last test checks the stuck-busy flag. */
let stuckSince;
const idOf = (username) => agents.find((a) => a.username === username).id;
const statusOf = async (id) => (await server.api(`/v1.0/agents/${id}`)).status;
const setStatus = (id, status) => server.api(`/v1.0/agents/${id}/status`, { method: 'PUT', body: { status } });

before(async () => {
  // No generated traffic: the test places its own callers, so every figure it reads is its own.
  server = await startServer({ dialect: 'deployed', rate: 0, seed: 23 });
  agents = (await server.api('/v1.0/agents?page_size=100')).result;
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1600, height: 1000 } });
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => {
    try { frames.push(JSON.parse(String(payload))); } catch { frames.push({ unparsed: String(payload).slice(0, 80) }); }
  }));
  await signIn(page, server, 'manager@demo');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByTestId('dashboard').waitFor();
});
after(async () => { await browser?.close(); await server?.stop(); });

const isQueueFrame = (f) => /^queue[._]/.test(f.type ?? f.event_type ?? '')
  || 'wait_queuecall_ids' in (f.data ?? f) || 'total_incoming_count' in (f.data ?? f);
const isQueuecallFrame = (f) => 'duration_waiting' in (f.data ?? f) || 'service_agent_id' in (f.data ?? f);

test('queue figures move with no queue event on the wire, and their age is shown', async () => {
  const agent2 = idOf('agent2@demo');
  // Agent2's stuck-busy check runs at the end: it needs a minute of busy without a call.
  await setStatus(agent2, 'busy');
  stuckSince = Date.now();

  // Every agent away but agent2 (busy): callers wait in their queue.
  for (const a of agents) if (a.id !== agent2) await setStatus(a.id, 'away');
  const { result: queues } = await server.api('/v1.0/queues');
  const queue = queues[0];
  const row = page.locator(`[data-testid="queue-stats"] tr[data-queue-id="${queue.id}"]`);
  await row.waitFor();
  const waitingShown = async () => Number(await row.getAttribute('data-waiting'));
  const before = await waitingShown();

  const age = page.getByTestId('queue-figures-age');
  const firstAge = await eventually(async () => (await age.getAttribute('data-age-ms')) && age.textContent(), { message: 'a first poll' });

  const placed = [];
  for (let i = 0; i < 3; i++) placed.push(await server.api('/v1.0/sim/calls', { method: 'POST', body: { queue_id: queue.id } }));
  const t0 = Date.now();
  await eventually(async () => (await waitingShown()) === before + 3, { timeout: 15_000, message: 'three callers waiting' });
  const joinedMs = Date.now() - t0;
  const truth = (await server.api('/v1.0/queues')).result.find((q) => q.id === queue.id);
  assert.equal(truth.wait_queuecall_ids.length, before + 3, 'the server agrees');

  // The others come back (agent1 and agent2 stay out, for the tests below): callers are served
  // and the waiting count drops.
  for (const a of agents) if (![agent2, idOf('agent1@demo')].includes(a.id)) await setStatus(a.id, 'available');
  await eventually(async () => (await waitingShown()) < before + 3, { timeout: 15_000, message: 'a caller taken' });

  await eventually(async () => (await age.textContent()) !== firstAge, { timeout: 8_000, message: 'the age indicator to move' });
  const ageMs = Number(await age.getAttribute('data-age-ms'));
  assert.ok(ageMs >= 0 && ageMs < 7_000, `figures read within a poll period (${ageMs} ms)`);

  const queueFrames = frames.filter(isQueueFrame);
  assert.equal(queueFrames.length, 0, `no queue frame reached the socket: ${JSON.stringify(queueFrames[0])}`);
  assert.ok(frames.filter(isQueuecallFrame).length > 0, 'queuecall events did');
  assert.ok(frames.filter(isQueuecallFrame).every((f) => !(f.data ?? f).queue_id), 'queuecalls name no queue');
  console.log(`deployed dialect: ${frames.length} frames, 0 queue frames; 3 placed callers shown waiting in ${joinedMs} ms`);
  assert.equal(placed.length, 3);
});

test('a manager sets agent1 available from its card; agent1 reads it on its desk', async () => {
  const agent1 = idOf('agent1@demo');
  await setStatus(agent1, 'away');
  const agentPage = await newPage(browser);
  await signIn(agentPage, server, 'agent1@demo');
  const mine = agentPage.getByTestId('agent-status');
  await eventually(async () => (await mine.getAttribute('data-status')) === 'away', { timeout: 10_000, message: "agent1's desk to show away" });

  // A plain agent has no status control for others, on the desk or the dashboard.
  assert.equal(await agentPage.getByTestId('set-agent-status').count(), 0);
  await agentPage.goto(`${server.url}/dashboard`);
  await agentPage.getByTestId('dashboard-forbidden').waitFor();
  assert.equal(await agentPage.getByTestId('set-agent-status').count(), 0);
  await agentPage.goto(`${server.url}/`);
  await mine.waitFor();

  const card = page.locator(`.agent-card[data-agent-id="${agent1}"]`);
  await eventually(async () => (await card.getAttribute('data-status')) === 'away', { message: 'the card to show away' });
  const control = page.locator(`[data-testid="set-agent-status"][data-agent-id="${agent1}"]`);
  await control.selectOption('available');
  await eventually(async () => (await statusOf(agent1)) === 'available', { message: 'GET /v1.0/agents/{id} available' });
  const me = await server.api('/v1.0/service_agents/me', { as: 'agent1@demo' });
  assert.equal(me.status, 'available', "agent1's own read says available");
  await eventually(async () => (await card.getAttribute('data-status')) === 'available', { message: 'the card to turn available' });
  // The desk reads its own status every 30 s (a plain agent gets no agent events).
  const t0 = Date.now();
  await eventually(async () => (await mine.getAttribute('data-status')) === 'available', { timeout: 40_000, message: "agent1's desk to read available" });
  console.log(`agent1's desk showed the manager's change after ${Date.now() - t0} ms`);

  // A custom status is any word VoIPBIN stores.
  await control.selectOption('custom…');
  await page.getByTestId('custom-agent-status').fill('training');
  await page.getByTestId('custom-agent-status').press('Enter');
  await eventually(async () => (await statusOf(agent1)) === 'training', { message: 'a custom status' });
  await setStatus(agent1, 'away');
  assert.deepEqual(pageErrors(agentPage), []);
  await agentPage.context().close();
});

test('an agent busy with no call for over a minute is flagged and set available in one click', async () => {
  const agent2 = idOf('agent2@demo');
  const flag = page.locator(`[data-testid="agent-stuck-busy"][data-agent-id="${agent2}"]`);
  assert.ok(stuckSince, 'agent2 was set busy by the first test');
  if (Date.now() - stuckSince < 55_000) assert.equal(await flag.count(), 0, 'not flagged before a minute');
  await flag.waitFor({ timeout: 80_000 });
  assert.ok(Date.now() - stuckSince >= 60_000, 'flagged only after a minute');
  await flag.click();
  await eventually(async () => (await statusOf(agent2)) === 'available', { message: 'agent2 available' });
  await flag.waitFor({ state: 'detached' });
  assert.deepEqual(pageErrors(page), []);
});

test('the queues table headers are whole words at 1600 and 1920 px wide', async () => {
  const dir = process.env.SCREENSHOT_DIR ?? '/tmp';
  for (const width of [1600, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    const table = page.getByTestId('queue-stats');
    await table.waitFor();
    const cut = await table.evaluate((t) => [...t.querySelectorAll('thead th:not(.visually-hidden)')]
      .filter((th) => th.scrollWidth > th.clientWidth + 1)
      .map((th) => `${th.textContent} (${th.scrollWidth}>${th.clientWidth})`));
    assert.deepEqual(cut, [], `headers cut at ${width} px`);
    await page.locator('.dash-queues').screenshot({ path: `${dir}/queues-${width}.png` });
    await page.locator('.dash-agents').screenshot({ path: `${dir}/agents-${width}.png` });
  }
});
