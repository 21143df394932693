// The live connection against the real stand-in: the deployed dialect (prefix topics, bare
// frames, every event twice) converges to the server's truth; an error reply reaches the user;
// reconnect attempts follow the backoff schedule while the server refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, waitConnected, eventually, pageErrors } from './harness.mjs';
import { convergence, shownActiveCalls } from './convergence.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** An admin's dashboard on `server`, connected; `prefixes()` lists the prefix topics it subscribed. */
async function dashboardWatchingTopics(server) {
  const page = await newPage(browser);
  const sent = [];
  page.on('websocket', (ws) => ws.on('framesent', (f) => sent.push(JSON.parse(String(f.payload)))));
  await signIn(page, server, 'admin@demo');
  await page.goto(`${server.url}/dashboard`);
  await waitConnected(page);
  const prefixes = () => sent.filter((m) => m.type === 'subscribe').flatMap((m) => m.topics).filter((t) => !t.includes('*'));
  return { page, prefixes };
}

test('the deployed dialect: prefix topics, duplicates dropped, equal to the server after a drop', { timeout: 90_000 }, async () => {
  const server = await startServer({ dialect: 'deployed', rate: 20, seed: 31 });
  try {
    const { page, prefixes } = await dashboardWatchingTopics(server);
    // The desk starts in the documented dialect; with no ack in 1.5 s it subscribes by prefix.
    await eventually(() => prefixes().some((t) => /^customer_id:[0-9a-f-]{36}:call$/.test(t)), { timeout: 10_000, message: () => `a customer call prefix: ${prefixes()}` });

    for (const fault of [null, 'drop_all']) {
      await server.setRate(20);
      if (fault) { await server.fault(fault); await new Promise((r) => setTimeout(r, 300)); await waitConnected(page, 20_000); }
      await new Promise((r) => setTimeout(r, 3_000));
      await server.setRate(0);
      const ms = await convergence(page, server, { timeout: 5_000 });
      const rows = await shownActiveCalls(page);
      assert.ok(rows.length > 0, 'traffic shown');
      assert.equal(new Set(rows).size, rows.length, 'no duplicated rows from the double copies');
      assert.ok(ms <= 2_000, `converged in ${ms} ms`);
    }
    assert.deepEqual(pageErrors(page), []);
  } finally { await server.stop(); }
});

// Fixed bug: the deployed server sends nothing for the wildcard topics the desk tries first, and
// a change made in those 1.5 s stayed unseen until the next reconnect.
test('the deployed dialect: a change made while the desk probes for acks is shown once it subscribes by prefix', { timeout: 60_000 }, async () => {
  const server = await startServer({ dialect: 'deployed', rate: 0, seed: 34 });
  try {
    const { page, prefixes } = await dashboardWatchingTopics(server);
    const agent = (await server.api('/v1.0/agents?page_size=100')).result.find((a) => a.username === 'agent1@demo');
    const card = page.locator(`[data-testid="agents-board"] li[data-agent-id="${agent.id}"]`);
    await eventually(async () => (await card.getAttribute('data-status')) === agent.status, { message: 'the first resync shows the agent' });
    const status = agent.status === 'away' ? 'available' : 'away';
    await server.api(`/v1.0/agents/${agent.id}/status`, { method: 'PUT', body: { status }, as: 'agent1@demo' });
    assert.deepEqual(prefixes(), [], 'the change fell in the probe window');
    await eventually(() => prefixes().length > 0, { timeout: 5_000, message: 'subscribed by prefix' });
    let shown;
    await eventually(async () => (shown = await card.getAttribute('data-status')) === status, {
      timeout: 3_000, message: () => `agent shown as ${status}, not ${shown}`,
    });
    assert.deepEqual(pageErrors(page), []);
  } finally { await server.stop(); }
});

test('a REST answer that never comes is reported after 10 s instead of holding the resync', { timeout: 60_000 }, async () => {
  const server = await startServer({ rate: 0, seed: 35 });
  try {
    const { page } = await dashboardWatchingTopics(server);
    await server.fault('stall_rest', { secs: 60 });
    await server.fault('drop_all');
    const started = Date.now();
    const notice = page.getByTestId('notices');
    await notice.waitFor({ timeout: 20_000 });
    const waited = Date.now() - started;
    assert.match(await notice.innerText(), /resync: \/v1\.0\/\w+: cannot reach the server: no answer in 10 s/);
    assert.ok(waited >= 9_000, `reported after ${waited} ms, not before the 10 s limit`);
    await server.fault('resume');
    assert.deepEqual(pageErrors(page), []);
  } finally { await server.stop(); }
});

test('an error reply from the server is explained to the user', async () => {
  const server = await startServer({ rate: 0, seed: 32 });
  try {
    const page = await newPage(browser);
    await signIn(page, server, 'agent1@demo');
    const me = (await server.api('/v1.0/agents?page_size=100')).result.find((a) => a.username === 'agent1@demo');
    await server.api('/v1.0/sim/inject', { method: 'POST', body: { frames: [JSON.stringify({
      type: 'error', code: 'PERMISSION_DENIED', message: 'not allowed',
      topics: [`customer_id:${me.customer_id}:call:*`] })] } });
    const notice = page.getByTestId('notices');
    await notice.waitFor({ timeout: 5_000 });
    const text = await notice.innerText();
    assert.match(text, /may not receive these events/);
    assert.match(text, /PERMISSION_DENIED: not allowed/);
    assert.deepEqual(pageErrors(page), []);
  } finally { await server.stop(); }
});

test('while the server refuses, attempts back off 1 s, 2 s, 4 s, 8 s (±20%), then reconnect', { timeout: 90_000 }, async () => {
  const server = await startServer({ rate: 0, seed: 33 });
  try {
    const page = await newPage(browser);
    const attempts = [];
    page.on('websocket', () => attempts.push(Date.now()));
    await signIn(page, server, 'admin@demo');
    await new Promise((r) => setTimeout(r, 10_500)); // a stable connection resets the schedule
    const before = attempts.length;
    const faultAt = Date.now();
    await server.fault('restart', { secs: 9 });
    await eventually(() => attempts.length >= before + 4, { timeout: 30_000, interval: 50, message: 'four attempts' });
    await waitConnected(page, 20_000);
    const times = [faultAt, ...attempts.slice(before)];
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    console.log(`reconnect attempts after the restart, gaps in ms: ${gaps.join(', ')}`);
    [1000, 2000, 4000, 8000].forEach((base, i) => {
      assert.ok(gaps[i] >= base * 0.8 - 50 && gaps[i] <= base * 1.2 + 400, `attempt ${i + 1}: ${gaps[i]} ms for ${base} ms ±20%`);
    });
    assert.equal(attempts.length, before + 4, 'connected on the fourth attempt, no extra sockets');
    assert.deepEqual(pageErrors(page), []);
  } finally { await server.stop(); }
});
