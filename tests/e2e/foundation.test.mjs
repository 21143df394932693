// The foundation: the release build loads, signs in against the real stand-in server, opens the
// WebSocket, subscribes, and shows an event the server pushed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, eventually, pageErrors } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer({ rate: 5 }); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('signs in, subscribes and shows a call the server pushed', async () => {
  const page = await newPage(browser);
  const sockets = [];
  page.on('websocket', (ws) => {
    const sent = [];
    ws.on('framesent', (f) => sent.push(String(f.payload)));
    sockets.push({ url: ws.url(), sent });
  });
  await signIn(page, server, 'admin@demo');
  assert.equal(sockets.length, 1, 'one socket');
  assert.match(sockets[0].url, /\/v1\.0\/ws\?token=/);
  const subscribe = JSON.parse(sockets[0].sent[0]);
  assert.equal(subscribe.type, 'subscribe');
  assert.ok(subscribe.topics.some((t) => /^customer_id:[0-9a-f-]{36}:call:\*$/.test(t)), 'customer call topic');

  // A call the traffic generator starts from now on must appear on the dashboard.
  await page.goto(`${server.url}/dashboard`);
  const truthCall = await eventually(async () => {
    const calls = (await server.api('/v1.0/calls?page_size=100')).result.filter((c) => c.status !== 'hangup');
    return calls[0];
  }, { message: 'an active call on the server' });
  await page.locator(`[data-call-id="${truthCall.id}"]`).first().waitFor({ timeout: 10_000 });
  assert.deepEqual(pageErrors(page), []);
});
