// The supervisor dashboard against the real stand-in: after a stretch of brisk generated traffic
// the numbers on screen equal the server's own state (its REST lists and /v1.0/sim/truth),
// compared at quiet moments once the traffic generator is stopped. Also: rows are updated in
// place (the same DOM node stays), the service-level threshold persists, and nothing panics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, waitConnected, eventually, pageErrors } from './harness.mjs';

const TRAFFIC_MS = Number(process.env.DASHBOARD_TRAFFIC_MS ?? 75_000);
const RATE = Number(process.env.DASHBOARD_RATE ?? 40);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let server, browser, page;
before(async () => {
  server = await startServer({ rate: RATE, seed: 11 });
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await signIn(page, server, 'admin@demo');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByTestId('dashboard').waitFor();
  await waitConnected(page);
});
after(async () => { await browser?.close(); await server?.stop(); });

/** Every item of a paged REST list. */
async function listAll(pathname) {
  const items = [];
  let token = '';
  for (let i = 0; i < 100; i++) {
    const sep = pathname.includes('?') ? '&' : '?';
    const page = await server.api(`${pathname}${sep}page_size=100${token ? `&page_token=${encodeURIComponent(token)}` : ''}`);
    items.push(...(page.result ?? []));
    token = page.next_page_token ?? '';
    if (!token || !(page.result ?? []).length) break;
  }
  return items;
}

/** The figures the dashboard must show, from the server's own state. */
async function expected() {
  const { truth } = await server.truth();
  const calls = (await listAll('/v1.0/calls')).filter((c) => c.status !== 'hangup');
  const byStatus = (s) => truth.agents.filter((a) => a.status === s).length;
  const sum = (k) => truth.queues.reduce((n, q) => n + q[k], 0);
  return {
    activeCalls: calls.map((c) => c.id).sort(),
    waiting: truth.stats.waiting_calls,
    available: byStatus('available'),
    onCall: byStatus('busy') + byStatus('ringing'),
    away: byStatus('away'),
    offline: byStatus('offline'),
    serviced: sum('total_serviced_count'),
    abandoned: sum('total_abandoned_count'),
    queues: Object.fromEntries(truth.queues.map((q) => [q.id, {
      waiting: q.wait_queuecall_ids.length, inService: q.service_queuecall_ids.length,
      serviced: q.total_serviced_count, abandoned: q.total_abandoned_count,
    }])),
    agents: Object.fromEntries(truth.agents.map((a) => [a.id, a.status])),
  };
}

/** A fingerprint of the server state that the dashboard shows (changes when any figure does). */
async function fingerprint() {
  const { truth } = await server.truth();
  return JSON.stringify({
    calls: truth.calls.map((c) => [c.call_id, c.status, c.stage, c.leg_id, c.consult_leg_id]),
    queues: truth.queues.map((q) => [q.wait_queuecall_ids, q.service_queuecall_ids, q.total_serviced_count, q.total_abandoned_count]),
    agents: truth.agents.map((a) => a.status),
  });
}

/** What the dashboard shows. */
async function shown() {
  return page.evaluate(() => {
    const tile = (id) => Number(document.querySelector(`[data-testid="tile-${id}"]`)?.dataset.value);
    const cell = (row, col) => Number(row.querySelector(`[data-col="${col}"]`)?.textContent);
    return {
      activeCalls: [...document.querySelectorAll('[data-testid="active-calls"] tbody tr[data-call-id]')].map((r) => r.dataset.callId).sort(),
      activeTile: tile('active-calls'),
      waiting: tile('waiting'),
      available: tile('available'),
      onCall: tile('busy'),
      away: tile('away'),
      offline: tile('offline'),
      serviced: tile('serviced'),
      abandoned: tile('abandoned'),
      queues: Object.fromEntries([...document.querySelectorAll('[data-testid="queue-stats"] tbody tr[data-queue-id]')].map((r) => [r.dataset.queueId, {
        waiting: cell(r, 'waiting'), inService: cell(r, 'in-service'), serviced: cell(r, 'serviced'), abandoned: cell(r, 'abandoned'),
      }])),
      agents: Object.fromEntries([...document.querySelectorAll('[data-testid="agents-board"] li[data-agent-id]')].map((a) => [a.dataset.agentId, a.dataset.status])),
    };
  });
}

test('after brisk traffic the dashboard equals the server at a quiet moment', { timeout: TRAFFIC_MS + 240_000 }, async (t) => {
  // Every row on screen, so the table can be compared with the server's whole list.
  await page.getByRole('button', { name: 'Show all' }).click({ timeout: 30_000 }).catch(() => {});
  const started = Date.now();
  let peak = 0;
  while (Date.now() - started < TRAFFIC_MS) {
    await sleep(5_000);
    const n = Number(await page.getByTestId('tile-active-calls').getAttribute('data-value'));
    peak = Math.max(peak, n);
  }
  const before = await server.truth();
  assert.ok(before.stats.calls_started > 20, `traffic ran (${before.stats.calls_started} calls started)`);
  assert.ok(peak > 5, `the dashboard showed the traffic (peak ${peak} active calls)`);
  await server.setRate(0);
  // "Show all" may have appeared only once the table outgrew a page.
  await page.getByRole('button', { name: 'Show all' }).click({ timeout: 2_000 }).catch(() => {});

  // Stopping the generator lets running calls finish, so events keep coming for a while. Compare
  // whenever the server has been still for a moment (long enough for the desk's throttled
  // redraw), and require the server to be unchanged across the whole comparison.
  let last = 'no quiet moment yet';
  let compared = 0;
  let matched;
  const quietStart = Date.now();
  await eventually(async () => {
    const a = await fingerprint();
    await sleep(900);
    if ((await fingerprint()) !== a) { last = 'server busy'; return false; }
    const want = await expected();
    const got = await shown();
    if ((await fingerprint()) !== a) { last = 'server changed during the comparison'; return false; }
    compared++;
    const { activeTile, ...gotFigures } = got;
    try {
      assert.equal(activeTile, want.activeCalls.length, 'active calls tile');
      assert.deepEqual(gotFigures, want);
      matched = want;
      return true;
    } catch (e) {
      last = e.message.slice(0, 2000);
      return false;
    }
  }, { timeout: 180_000, interval: 300, message: 'the dashboard to equal the server' }).catch((e) => {
    throw new Error(`${e.message}\ncomparisons made: ${compared}\nlast difference: ${last}`);
  });
  t.diagnostic(`traffic: ${before.stats.calls_started} calls started, peak ${peak} active on screen; ` +
    `matched after ${((Date.now() - quietStart) / 1000).toFixed(1)} s and ${compared} comparison(s): ` +
    `${matched.activeCalls.length} active calls, ${matched.waiting} waiting, agents ${matched.available}/${matched.onCall}/${matched.away}/${matched.offline}, ` +
    `serviced ${matched.serviced}, abandoned ${matched.abandoned}`);
  assert.deepEqual(pageErrors(page), []);
});

test('rows are updated in place, not re-created', { timeout: 90_000 }, async () => {
  await server.setRate(RATE);
  // Agent cards never leave the board: the same element must carry every status change.
  const card = page.locator('[data-testid="agents-board"] li[data-agent-id]').first();
  const id = await card.getAttribute('data-agent-id');
  await page.evaluate((agentId) => {
    window.__card = document.querySelector(`li[data-agent-id="${agentId}"]`);
  }, id);
  const statuses = new Set();
  const start = Date.now();
  while (Date.now() - start < 20_000) {
    statuses.add(await page.evaluate(() => window.__card.dataset.status));
    await sleep(200);
  }
  const same = await page.evaluate((agentId) => window.__card.isConnected && document.querySelector(`li[data-agent-id="${agentId}"]`) === window.__card, id);
  assert.ok(same, 'the agent card is the same element after 20 s of traffic');

  // A call row keeps its element while its status and duration change.
  // Picked and held in one step in the page: between two steps the call may end (a flaky failure).
  await page.locator('[data-testid="active-calls"] tbody tr[data-call-id]').first().waitFor();
  const rowId = await page.evaluate(() => {
    window.__row = document.querySelector('[data-testid="active-calls"] tbody tr[data-call-id]');
    window.__cell = window.__row?.querySelector('[data-col="duration"]').textContent;
    return window.__row?.dataset.callId;
  });
  assert.ok(rowId, 'a call row to follow');
  await sleep(2_500);
  const row = await page.evaluate((callId) => {
    const now = document.querySelector(`tr[data-call-id="${callId}"]`);
    return { present: Boolean(now), same: now === window.__row, ticked: now ? now.querySelector('[data-col="duration"]').textContent !== window.__cell : null };
  }, rowId);
  if (row.present) {
    assert.ok(row.same, 'the call row is the same element');
    assert.ok(row.ticked, 'its duration ticks');
  }
  assert.deepEqual(pageErrors(page), []);
});

test('filter, sort and the service-level threshold', { timeout: 60_000 }, async () => {
  const rows = page.locator('[data-testid="active-calls"] tbody tr[data-call-id]');
  await eventually(async () => (await rows.count()) > 2, { timeout: 30_000, message: 'a few active calls' });
  // Filter by one caller's number: every remaining row mentions it. Traffic pauses meanwhile, and
  // a caller who hangs up before the filter is seen (calls still end at rate 0: a flaky failure
  // seen in CI) is replaced by another.
  await server.setRate(0);
  let filtered = false, number = '';
  for (let attempt = 0; attempt < 5 && !filtered; attempt++) {
    await page.getByTestId('calls-filter').fill('');
    await eventually(async () => (await rows.count()) > 0, { timeout: 20_000, message: 'an active call to filter by' });
    const from = (await rows.first().locator('[data-col="from"]').textContent()).trim();
    number = /\+\d+/.exec(from)?.[0] ?? from;
    await page.getByTestId('calls-filter').fill(number);
    filtered = await eventually(async () => {
      const texts = await rows.allTextContents();
      if (texts.length === 0) return 'gone';
      return texts.every((t) => t.includes(number)) && 'matched';
    }, { message: `rows filtered to ${number}` }) === 'matched';
  }
  assert.ok(filtered, `rows filtered to ${number}`);
  await page.getByTestId('calls-filter').fill('');
  await server.setRate(RATE);

  // Sorting by "From" ascending: the From column is in order.
  await page.locator('button.sort[data-sort="from"]').click();
  await eventually(async () => (await page.locator('th[aria-sort="ascending"]').count()) === 1, { message: 'sorted ascending' });

  // The threshold survives a reload.
  await page.getByTestId('sl-threshold').fill('45');
  await page.getByTestId('sl-threshold').press('Enter');
  await page.getByTestId('sl-threshold').blur();
  await page.reload();
  await page.getByTestId('dashboard').waitFor();
  assert.equal(await page.getByTestId('sl-threshold').inputValue(), '45');
  await waitConnected(page);
  assert.deepEqual(pageErrors(page), []);
});

test('an agent is told the dashboard needs a supervisor', async () => {
  const agentPage = await newPage(browser);
  await signIn(agentPage, server, 'agent1@demo');
  await agentPage.goto(`${server.url}/dashboard`);
  await agentPage.getByTestId('dashboard-forbidden').waitFor();
  assert.match(await agentPage.getByTestId('dashboard-forbidden').textContent(), /admins and managers/);
  await agentPage.context().close();
});
