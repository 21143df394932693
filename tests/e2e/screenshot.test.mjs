// README's pictures, taken from the real app in headless Chromium with live traffic from the
// stand-in: the agent desk and the supervisor dashboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, newPage, signIn, eventually, pageErrors, ROOT } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer({ rate: 20, seed: 3 }); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('the desk and the dashboard with live traffic', { timeout: 90_000 }, async () => {
  const page = await newPage(browser, { viewport: { width: 1440, height: 1300 } });
  await signIn(page, server, 'admin@demo');
  // A supervisor's desk: callers waiting in every queue, and a call on the floor opened with its
  // live transcript and customer context.
  await page.getByRole('button', { name: 'Not now' }).click().catch(() => {});
  await page.getByLabel('Alert me for callers in every queue').check();
  await page.getByTestId('floor-calls').locator('summary').click();
  const tab = page.getByTestId('floor-calls').getByTestId('call-tab').first();
  await tab.waitFor({ timeout: 30_000 });
  await tab.click();
  await eventually(async () => (await page.getByTestId('transcript-line').count()) >= 3, { timeout: 45_000, message: 'transcript lines' });
  await page.locator('[data-testid="queue-alert"]').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: path.join(ROOT, 'docs', 'desk.png') });
  await page.goto(`${server.url}/dashboard`);
  await page.getByTestId('dashboard').waitFor();
  await eventually(async () => (await page.locator('[data-testid="active-calls"] tr[data-call-id]').count()) >= 2, { timeout: 30_000, message: 'active calls' });
  await new Promise((r) => setTimeout(r, 2_000));
  await page.screenshot({ path: path.join(ROOT, 'docs', 'dashboard.png') });
  assert.deepEqual(pageErrors(page), []);
});
