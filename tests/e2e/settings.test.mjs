// Admin settings: the customer webhook round-trips through the real stand-in, bad values are
// explained before anything is sent, deliveries reach a receiver this test runs and carry a
// signature that verifies with the secret the page shows, and managers and agents see the
// settings read-only with the server's refusals explained.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import crypto from 'node:crypto';
import { startServer, launchBrowser, newPage, signIn, eventually, pageErrors } from './harness.mjs';

let server, browser, receiver;
const received = [];

before(async () => {
  server = await startServer({ rate: 4 });
  browser = await launchBrowser();
  receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

const hookUrl = () => `http://127.0.0.1:${receiver.address().port}/voipbin/events`;

async function openSettings(page, user) {
  await signIn(page, server, user);
  await page.goto(`${server.url}/settings`);
  await page.getByTestId('settings').waitFor();
}

test('an admin saves the webhook, and it is the same after a reload', async () => {
  const page = await newPage(browser);
  await openSettings(page, 'admin@demo');
  await page.getByTestId('webhook-uri').waitFor();
  await page.getByTestId('webhook-uri').fill(hookUrl());
  await page.getByTestId('webhook-method').fill('put');
  await page.getByTestId('webhook-save').click();
  await page.locator('[data-testid="webhook-status"][data-outcome="saved"]').waitFor();

  const customer = await server.api('/v1.0/customer');
  assert.equal(customer.webhook_uri, hookUrl());
  assert.equal(customer.webhook_method, 'PUT', 'normalised to upper case');

  await page.reload();
  await page.getByTestId('webhook-uri').waitFor();
  await eventually(async () => (await page.getByTestId('webhook-uri').inputValue()) === hookUrl(), { message: 'uri after reload' });
  assert.equal(await page.getByTestId('webhook-method').inputValue(), 'PUT');
  assert.equal(await page.getByTestId('webhook-state').getAttribute('data-state'), 'on');
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('the other customer fields are sent back unchanged', async () => {
  const before = await server.api('/v1.0/customer');
  const page = await newPage(browser);
  await openSettings(page, 'admin@demo');
  await page.getByTestId('webhook-method').fill('POST');
  await page.getByTestId('webhook-save').click();
  await page.locator('[data-testid="webhook-status"][data-outcome="saved"]').waitFor();
  const after = await server.api('/v1.0/customer');
  for (const key of ['name', 'detail', 'email', 'phone_number', 'address', 'webhook_uri', 'webhook_secret']) {
    assert.equal(after[key], before[key], key);
  }
  assert.equal(after.webhook_method, 'POST');
  await page.context().close();
});

test('bad values are explained and nothing is sent', async () => {
  const page = await newPage(browser);
  const puts = [];
  page.on('request', (r) => { if (r.method() === 'PUT' && r.url().includes('/v1.0/customer')) puts.push(r.url()); });
  await openSettings(page, 'admin@demo');
  await page.getByTestId('webhook-uri').fill('ftp://files.example.com/hook');
  await page.getByTestId('webhook-save').click();
  await eventually(async () => /ftp:\/\//.test(await page.getByTestId('webhook-uri-error').textContent()), { message: 'scheme error' });
  assert.equal(await page.getByTestId('webhook-uri').getAttribute('aria-invalid'), 'true');

  await page.getByTestId('webhook-uri').fill('https://hooks.example.com/x');
  await page.getByTestId('webhook-method').fill('PATCH');
  await page.getByTestId('webhook-save').click();
  await eventually(async () => /PATCH/.test(await page.getByTestId('webhook-method-error').textContent()), { message: 'method error' });
  assert.equal(await page.getByTestId('webhook-uri-error').textContent(), '', 'the fixed address is no longer marked');
  assert.equal(await page.getByTestId('webhook-status').getAttribute('data-outcome'), 'failed');
  assert.deepEqual(puts, [], 'no PUT reached the server');
  assert.equal((await server.api('/v1.0/customer')).webhook_uri, hookUrl(), 'unchanged on the server');
  await page.context().close();
});

test('deliveries reach the receiver signed with the secret the page shows', async () => {
  const page = await newPage(browser);
  await openSettings(page, 'admin@demo');
  await page.getByTestId('webhook-secret-reveal').click();
  const secret = (await page.getByTestId('webhook-secret').textContent()).trim();
  assert.match(secret, /^\S{8,}$/, 'a revealed secret');
  assert.equal((await server.api('/v1.0/customer')).webhook_secret, secret);

  received.length = 0;
  await page.getByTestId('webhook-test').click();
  await eventually(async () => /sent/i.test(await page.getByTestId('webhook-test-status').textContent()), { message: 'test sent' });
  const test = await eventually(() => received.find((r) => JSON.parse(r.body.toString()).type === 'webhook_test'), { message: 'the test event at the receiver' });
  // The generated traffic is delivered too.
  const event = await eventually(() => received.find((r) => JSON.parse(r.body.toString()).type !== 'webhook_test'), { timeout: 20_000, message: 'a traffic event' });
  for (const r of [test, event]) {
    const expected = `sha256=${crypto.createHmac('sha256', secret).update(r.body).digest('hex')}`;
    assert.equal(r.headers['x-voipbin-signature'], expected, 'signature verifies with the shown secret');
    assert.equal(r.method, 'POST');
    assert.equal(r.url, '/voipbin/events');
    assert.match(r.headers['content-type'] ?? '', /application\/json/);
    const body = JSON.parse(r.body.toString());
    assert.ok(typeof body.type === 'string' && body.data, 'the webhook envelope');
  }
  // The log shows the deliveries, the test one included.
  await eventually(async () => (await page.locator('[data-testid="webhook-deliveries"] tbody tr').count()) > 0, { message: 'log rows' });
  assert.ok((await page.getByTestId('webhook-deliveries').textContent()).includes('webhook_test'));
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('turning delivery off stores an empty address', async () => {
  const page = await newPage(browser);
  await openSettings(page, 'admin@demo');
  await page.getByTestId('webhook-disable').click();
  await page.locator('[data-testid="webhook-state"][data-state="off"]').waitFor();
  assert.equal((await server.api('/v1.0/customer')).webhook_uri, '');
  assert.equal(await page.getByTestId('webhook-uri').inputValue(), '');
  await page.context().close();
});

test('a manager sees the webhook read-only and why the log is not shown', async () => {
  const page = await newPage(browser);
  await openSettings(page, 'manager@demo');
  await page.getByTestId('settings-readonly').waitFor();
  assert.match(await page.getByTestId('settings-readonly').textContent(), /Only an admin/);
  assert.equal(await page.getByTestId('webhook-uri').getAttribute('readonly'), '');
  assert.equal(await page.getByTestId('webhook-save').count(), 0, 'no save button');
  assert.equal(await page.getByTestId('webhook-test').count(), 0, 'no test button');
  // The delivery log is admin-only on the server: the 403 is explained, not swallowed.
  await page.getByTestId('webhook-deliveries-refused').waitFor();
  assert.match(await page.getByTestId('webhook-deliveries-refused').textContent(), /403/);
  // And the server does refuse a manager's change.
  const customer = await server.api('/v1.0/customer', { as: 'manager@demo' });
  await assert.rejects(server.api('/v1.0/customer', { method: 'PUT', as: 'manager@demo', body: { ...customer, webhook_uri: 'https://x.example' } }), (e) => e.status === 403);
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('an agent sees the settings without the secret', async () => {
  const page = await newPage(browser);
  await openSettings(page, 'agent1@demo');
  await page.getByTestId('webhook-secret-missing').waitFor();
  assert.equal(await page.getByTestId('webhook-secret').count(), 0);
  assert.match(await page.getByTestId('settings-readonly').textContent(), /agent/);
  await page.context().close();
});
