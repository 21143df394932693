import { startServer, launchBrowser, newPage, signIn, waitConnected } from './harness.mjs';
const scale = process.env.SCALE; const rate = Number(process.env.RATE ?? 30); const wait = Number(process.env.WAIT ?? 20000);
const server = await startServer({ rate, scale, seed: 5 });
const browser = await launchBrowser();
try {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await signIn(page, server, 'admin@demo');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByTestId('dashboard').waitFor();
  await waitConnected(page);
  await new Promise((r) => setTimeout(r, wait));
  await page.screenshot({ path: '/tmp/shots/dash-light.png' });
  await page.getByRole('button', { name: 'Switch theme' }).click();
  await new Promise((r) => setTimeout(r, 1500));
  await page.screenshot({ path: '/tmp/shots/dash-dark.png' });
  await page.screenshot({ path: '/tmp/shots/dash-dark-full.png', fullPage: true });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByTestId('webhook-uri').waitFor();
  await new Promise((r) => setTimeout(r, 1500));
  await page.screenshot({ path: '/tmp/shots/settings-dark.png', fullPage: true });
  console.log('errors', page.errors);
} finally { await browser.close(); await server.stop(); }
