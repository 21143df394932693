import { startServer, launchBrowser, newPage, signIn, waitConnected } from './harness.mjs';
import { shownActiveCalls, serverActiveCalls } from './convergence.mjs';
const server = await startServer({ rate: 20, seed: 11 });
const browser = await launchBrowser();
try {
  const page = await newPage(browser);
  await signIn(page, server, 'admin@demo');
  await page.goto(`${server.url}/dashboard`);
  await waitConnected(page);
  for (let round = 0; round < 4; round++) {
    await server.setRate(20);
    await new Promise((r) => setTimeout(r, 2000));
    await server.fault(process.env.KIND ?? 'duplicate');
    await server.setRate(0);
    await new Promise((r) => setTimeout(r, 3000));
    const shown = await shownActiveCalls(page), truth = await serverActiveCalls(server);
    const extra = shown.filter((x) => !truth.includes(x)), missing = truth.filter((x) => !shown.includes(x));
    console.log('round', round, 'shown', shown.length, 'truth', truth.length, 'extra', extra, 'missing', missing);
    for (const id of extra) {
      try { const c = await server.api(`/v1.0/calls/${id}`); console.log('server has', id, c.status, c.tm_update, c.tm_hangup); } catch (e) { console.log('server', e.message); }
      console.log(await page.$eval(`[data-call-id="${id}"]`, (r) => r.outerHTML));
    }
  }
  console.log('errors', page.errors);
} finally { await browser.close(); await server.stop(); }
