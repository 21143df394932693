// The agent's contacts page as a plain agent (agent1@demo): loaded on first visit, searched on
// the device (VoIPBIN's list has no search), a contact opened with its timeline, edited in place.
// And the ring's notice: shown only while the browser really holds the audio back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer, launchBrowser, newPage, signIn, eventually, pageErrors } from './harness.mjs';

const AGENT = 'agent1@demo';
let server, browser;

before(async () => {
  server = await startServer({ rate: 0, seed: 31 });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

test('contacts: search on the device, open one with its timeline, edit it in place', { timeout: 60_000 }, async () => {
  await server.api('/v1.0/service_agents/contacts', {
    method: 'POST', as: AGENT,
    body: { first_name: 'Katherine', last_name: 'Johnson', company: 'Langley', addresses: [{ type: 'tel', target: '+15554440101', is_primary: true }] },
  });
  const page = await newPage(browser);
  await signIn(page, server, AGENT);
  await page.getByRole('link', { name: 'Contacts' }).click();
  await page.getByTestId('contacts-page').waitFor({ timeout: 15_000 });
  const rows = page.getByTestId('contact-row');
  await eventually(async () => (await rows.count()) > 1, { message: 'contacts listed (seeded ones and ours)' });
  await page.getByTestId('contacts-search').fill('langley 4440101');
  await eventually(async () => (await rows.count()) === 1, { message: 'one match' });
  await rows.first().locator('button').click();
  const detail = page.locator('.contact-detail');
  await detail.getByText('Katherine Johnson').waitFor();
  await detail.getByRole('button', { name: 'Edit' }).click();
  await detail.getByTestId('contact-form').locator('input[name="job_title"]').fill('Mathematician');
  await detail.getByTestId('contact-save').click();
  await eventually(async () => {
    const found = await server.api(`/v1.0/service_agents/contacts/lookup?phone=${encodeURIComponent('+15554440101')}`, { as: AGENT });
    return found.job_title === 'Mathematician';
  }, { message: 'the edit saved on the server' });
  assert.deepEqual(pageErrors(page), []);
});

test('the ring notice shows only while the browser holds audio back', { timeout: 60_000 }, async () => {
  // launchBrowser allows autoplay (as many contact centres do by policy): no notice.
  const allowed = await newPage(browser);
  await signIn(allowed, server, 'agent2@demo', { phone: true });
  await allowed.locator('[data-testid="phone-status"][data-state="registered"]').waitFor({ timeout: 20_000 });
  await new Promise((r) => setTimeout(r, 1_000));
  assert.equal(await allowed.getByTestId('enable-sound').count(), 0, 'no notice where autoplay is allowed');
  // Chromium's default policy holds audio until a gesture: the notice shows, and a click clears it.
  const strict = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      '--autoplay-policy=document-user-activation-required'],
  });
  try {
    const page = await newPage(strict);
    await page.goto(`${server.url}/signin`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, server, 'agent3@demo', { phone: true });
    const notice = page.getByTestId('enable-sound');
    await page.reload();
    await notice.waitFor({ timeout: 15_000 });
    await notice.getByRole('button', { name: 'Turn on the ring' }).click();
    await notice.waitFor({ state: 'detached', timeout: 5_000 });
  } finally {
    await strict.close();
  }
});
