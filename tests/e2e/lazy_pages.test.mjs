// Route splitting (scripts/split-build): the dashboard, settings and inspector are wasm chunks
// fetched on the first visit to their page, not with the desk, and so is the pages' stylesheet
// (src/views/page_style.rs). A chunk or stylesheet the server refuses shows a message and
// "Try again" while the desk keeps running, and the retry loads the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, waitConnected, eventually, pageErrors, CHUNK_LOAD_ERROR } from './harness.mjs';

const PAGES = [
  { link: 'Dashboard', chunk: 'split_dashboard', ready: 'tile-active-calls' },
  { link: 'Settings', chunk: 'split_settings', ready: 'settings' },
  { link: 'Inspector', chunk: 'split_inspector', ready: 'inspector-counts' },
];

let server, browser;
before(async () => {
  server = await startServer({ rate: 5, seed: 17 });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

/** The names of every file with this extension that the page requests, in order. */
function requests(page, extension) {
  const names = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.endsWith(extension)) names.push(name);
  });
  return names;
}
const wasmRequests = (page) => requests(page, '.wasm');
const isPagesCss = (name) => /^pages-[0-9a-f]+\.css$/.test(name);

/** The computed background of a desk-styled recording dot, and the desk's --bad colour. */
const deskRecDot = (page) => page.evaluate(() => {
  const list = document.createElement('ul');
  list.className = 'recordings';
  list.innerHTML = '<li><span class="rec-dot"></span></li>';
  document.querySelector('[data-testid="desk"]').append(list);
  const probe = document.createElement('span');
  probe.style.color = 'var(--bad)';
  list.append(probe);
  const got = { dot: getComputedStyle(list.querySelector('.rec-dot')).backgroundColor, bad: getComputedStyle(probe).color };
  list.remove();
  return got;
});


test('a supervisor fetches each page chunk on the first visit to it, and the page works', async () => {
  const page = await newPage(browser);
  const wasm = wasmRequests(page);
  const css = requests(page, '.css');
  await signIn(page, server, 'manager@demo');
  await page.getByTestId('desk').waitFor();
  assert.ok(!/^(split|chunk)_/.test(wasm[0]), `the desk's module is the main one: ${wasm[0]}`);
  // Once connected, team talk's runtime (src/live/talk_chunk.rs) and its shared chunks: no page's.
  await eventually(() => wasm.some((n) => n.startsWith('split_talk-')), { timeout: 5_000, message: `talk's runtime fetched: ${wasm}` });
  const afterConnect = wasm.slice(1);
  assert.ok(afterConnect.every((n) => /^(split_talk-|chunk_)/.test(n) && !PAGES.some((p) => n.startsWith(`${p.chunk}-`))),
    `after connect only team talk's runtime: ${afterConnect}`);
  assert.ok(css.length >= 3 && !css.some(isPagesCss), `the desk's stylesheets only: ${css}`);
  const deskDot = await deskRecDot(page);
  assert.equal(deskDot.dot, deskDot.bad, 'a recording dot on the desk is red');

  for (const { link, chunk, ready } of PAGES) {
    const before = wasm.length;
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.getByTestId(ready).waitFor({ timeout: 10_000 });
    const fetched = wasm.slice(before);
    assert.ok(fetched.some((n) => n.startsWith(`${chunk}-`)), `${link}: ${chunk} fetched (got ${fetched})`);
    assert.ok(fetched.every((n) => /^(split|chunk)_/.test(n)), `${link}: only chunks fetched (got ${fetched})`);
    assert.ok(!fetched.some((n) => PAGES.some((p) => p.chunk !== chunk && n.startsWith(`${p.chunk}-`))),
      `${link}: no other page's chunk (got ${fetched})`);
    assert.equal(css.filter(isPagesCss).length, 1, `${link}: the pages' stylesheet, fetched once (got ${css})`);
  }
  // The stylesheet applies: the dashboard lays out as a grid.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByTestId('tile-active-calls').waitFor();
  assert.equal(await page.getByTestId('dashboard').evaluate((e) => getComputedStyle(e).display), 'grid');
  // And it does not restyle the desk: pages.css once turned the desk's recording dot grey.
  await page.getByRole('link', { name: 'Desk', exact: true }).click();
  await page.getByTestId('desk').waitFor();
  const dot = await deskRecDot(page);
  assert.equal(dot.dot, dot.bad, 'with pages.css in, a recording dot on the desk is still red');
  // The dashboard's figures are live: its tiles carry values.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByTestId('tile-active-calls').waitFor();
  assert.match(await page.getByTestId('tile-active-calls').getAttribute('data-value'), /^\d+$/);
  // A second visit fetches nothing more.
  const count = wasm.length;
  for (const { link, ready } of PAGES) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.getByTestId(ready).waitFor();
  }
  assert.equal(wasm.length, count, 'chunks are fetched once');
  await waitConnected(page);
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('a chunk the server refuses shows a message and a retry, and the desk keeps running', async () => {
  const agents = (await server.api('/v1.0/agents?page_size=100')).result;
  const manager = agents.find((a) => a.username === 'manager@demo');
  assert.ok(manager, 'manager exists');
  await server.refuseStatic(['split_dashboard']);
  const page = await newPage(browser);
  try {
    await signIn(page, server, 'manager@demo');
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    const failed = page.getByTestId('page-load-failed');
    await failed.waitFor({ timeout: 10_000 });
    assert.match(await failed.innerText(), /could not be loaded/);
    assert.equal(await page.getByTestId('dashboard').count(), 0);

    // Still live: a status change made on the server reaches this page over its socket.
    await server.api(`/v1.0/agents/${manager.id}/status`, { method: 'PUT', body: { status: 'busy' } });
    await page.locator('[data-testid="agent-status"][data-status="busy"]').waitFor({ timeout: 10_000 });
    await waitConnected(page);
    // And the app still navigates: the desk, then the dashboard again (refused again).
    await page.getByRole('link', { name: 'Desk', exact: true }).click();
    await page.getByTestId('desk').waitFor();
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await failed.waitFor({ timeout: 10_000 });

    await server.refuseStatic([]);
    await page.getByTestId('page-retry').click();
    await page.getByTestId('tile-active-calls').waitFor({ timeout: 10_000 });
    await waitConnected(page);
    const unexpected = pageErrors(page).filter((e) => !CHUNK_LOAD_ERROR.test(e));
    assert.deepEqual(unexpected, [], 'no panic, nothing but the failed fetches');
  } finally {
    await server.refuseStatic([]);
    await page.context().close();
  }
});

test('a refused pages stylesheet fails the page like its chunk, and the retry styles it', async () => {
  await server.refuseStatic(['pages-']);
  const page = await newPage(browser);
  const css = requests(page, '.css');
  try {
    await signIn(page, server, 'manager@demo');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByTestId('page-load-failed').waitFor({ timeout: 10_000 });
    assert.equal(await page.getByTestId('settings').count(), 0, 'no unstyled page');
    assert.equal(await page.locator('link[data-page-style]').count(), 0, 'the failed link is gone');

    await server.refuseStatic([]);
    await page.getByTestId('page-retry').click();
    await page.getByTestId('settings').waitFor({ timeout: 10_000 });
    assert.equal(css.filter(isPagesCss).length, 2, `tried, then fetched again (got ${css})`);
    assert.equal(await page.getByTestId('settings').evaluate((e) => getComputedStyle(e).display), 'grid');
    await waitConnected(page);
    const unexpected = pageErrors(page).filter((e) => !CHUNK_LOAD_ERROR.test(e));
    assert.deepEqual(unexpected, [], 'no panic, nothing but the failed fetch');
  } finally {
    await server.refuseStatic([]);
    await page.context().close();
  }
});
