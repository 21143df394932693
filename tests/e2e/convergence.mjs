// Comparing what the desk shows with the server's own truth, for the chaos and scale tests.
import { eventually } from './harness.mjs';

/** Active call ids the dashboard lists (rows carry data-call-id; so do their listen buttons), all of them. */
export async function shownActiveCalls(page) {
  // The table shows 50 rows at first: list them all.
  const showAll = page.locator('.table-foot:has([data-testid="calls-shown"]) button', { hasText: 'Show all' });
  if (await showAll.count()) await showAll.click().catch(() => {});
  return page.$$eval('[data-testid="active-calls"] tr[data-call-id]', (rows) => rows.map((r) => r.dataset.callId).sort());
}

/** Active (not hung up) call ids on the server, from its REST API. */
export async function serverActiveCalls(server) {
  const ids = [];
  let token = '';
  for (let page = 0; page < 50; page++) {
    const list = await server.api(`/v1.0/calls?page_size=100${token ? `&page_token=${encodeURIComponent(token)}` : ''}`);
    for (const c of list.result ?? []) if (c.status !== 'hangup') ids.push(c.id);
    token = list.next_page_token ?? '';
    if (!token || (list.result ?? []).length === 0) break;
  }
  return ids.sort();
}

/**
 * Stops traffic, then waits until the dashboard's active calls equal the server's. Returns the
 * ms it took. The caller restores the rate.
 */
export async function convergence(page, server, { timeout = 5_000 } = {}) {
  const start = Date.now();
  let last = {};
  await eventually(async () => {
    const [shown, truth] = await Promise.all([shownActiveCalls(page), serverActiveCalls(server)]);
    last = { shown: shown.length, truth: truth.length };
    return JSON.stringify(shown) === JSON.stringify(truth);
  }, { timeout, interval: 50, message: () => `dashboard = server truth (${JSON.stringify(last)})` });
  return Date.now() - start;
}
