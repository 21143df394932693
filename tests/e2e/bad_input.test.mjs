// The bad-input corpus: whatever arrives on the socket, the desk shows it as text or reports it in
// the inspector, and keeps working. Frames are pushed to the page's real socket by the stand-in
// (`POST /v1.0/sim/inject`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, signIn, waitConnected, eventually, pageErrors } from './harness.mjs';

const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">x</a>',
];

let server, browser, customerId, agentId;
before(async () => {
  server = await startServer({ rate: 0, seed: 5 });
  browser = await launchBrowser();
  const me = await server.api('/v1.0/service_agents/me');
  customerId = me.customer_id;
  agentId = me.id;
});
after(async () => { await browser?.close(); await server?.stop(); });

const now = () => new Date().toISOString().replace('Z', '000Z').replace(/\.(\d{3})000Z$/, '.$1000Z');
const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const envelope = (type, data) => JSON.stringify({ event_type: type, timestamp: now(), topic: `customer_id:${customerId}:${type.split('_')[0]}:${data.id}`, data });
const inject = (frames) => server.api('/v1.0/sim/inject', { method: 'POST', body: { frames } });

function hostileEvents() {
  const events = [];
  XSS.forEach((payload, i) => {
    const callId = uuid(100 + i);
    events.push(envelope('call_progressing', {
      id: callId, customer_id: customerId, status: 'progressing', direction: 'incoming', tm_create: now(), tm_update: now(),
      source: { type: 'tel', target: `+1555000${i}`, target_name: `caller ${payload}` },
      destination: { type: 'tel', target: '+15550000000', target_name: payload },
    }));
    events.push(envelope('queue_updated', { id: uuid(200 + i), customer_id: customerId, name: `queue ${payload}`, tm_update: now() }));
    events.push(envelope('agent_updated', { id: uuid(300 + i), customer_id: customerId, name: `agent ${payload}`, username: `x${i}@demo`, status: 'available', tm_update: now() }));
    events.push(envelope('transcript_created', { id: uuid(400 + i), customer_id: customerId, transcribe_id: uuid(500 + i), direction: 'in', message: `said ${payload}`, tm_transcript: now() }));
    events.push(envelope('conversation_message_created', { id: uuid(600 + i), customer_id: customerId, conversation_id: uuid(700), direction: 'incoming', status: 'done', text: `wrote ${payload}`, tm_create: now(), tm_update: now(), source: { type: 'tel', target: '+15551112222' } }));
  });
  return events;
}

function malformedFrames() {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  return [
    'not json at all',
    '',
    '{"event_type":',
    'x'.repeat(2 * 1024 * 1024), // oversized
    deep, // deep JSON
    JSON.stringify({ event_type: 'call_updated', data: { id: 42, status: ['hangup'], source: 'nope', tm_update: { a: 1 } } }),
    JSON.stringify({ event_type: 'queuecall_waiting', data: { id: uuid(1), duration_waiting: 'long', position: -1e308 } }),
    JSON.stringify({ type: 'agent_status_updated', data: { id: uuid(2), status: 12, permission: 'admin', addresses: 'x' } }),
    JSON.stringify({ event_type: 'brand_new_event_kind', data: { id: uuid(3), anything: true } }),
    JSON.stringify({ type: 'error', code: 'SOMETHING_NEW', topics: 7 }),
    JSON.stringify({ type: 'ack', topics: [null, 3] }),
    JSON.stringify([1, 2, 3]),
    'null',
    JSON.stringify({ event_type: 'call_hangup', data: null }),
    JSON.stringify({ id: uuid(4), status: 'ringing', direction: 'incoming', source: { target: '\u0000\u202e' } }),
  ];
}

test('hostile text renders as text, malformed frames are reported, the desk keeps working', { timeout: 120_000 }, async () => {
  const page = await newPage(browser);
  await signIn(page, server, 'admin@demo');
  await page.goto(`${server.url}/dashboard`);
  await waitConnected(page);

  await inject(malformedFrames());
  await inject(hostileEvents());

  // The hostile call rows show the payload literally: as a text node (textContent, because rows
  // scrolled out of the table's view are not rendered, so innerText leaves them out).
  await eventually(() => page.locator('[data-testid="active-calls"]').textContent().then((t) => t.includes('caller <img src=x onerror=')),
    { message: 'hostile caller name shown as text' });
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing executed');
  // A call whose id is not a VoIPBIN id (a number here) never becomes a phantom row.
  assert.equal(await page.locator('[data-call-id="42"]').count(), 0, 'no row for a malformed id');
  assert.equal(await page.locator('[data-testid="active-calls"] img, [data-testid="active-calls"] script, [data-testid="active-calls"] svg[onload]').count(), 0);

  // The inspector lists the malformed frames as invalid, and still counts the good ones.
  await page.goto(`${server.url}/inspector`);
  await waitConnected(page);
  // The inspector record is per page load: inject again now that the inspector is open.
  await inject(malformedFrames());
  await inject(hostileEvents());
  const counts = page.getByTestId('inspector-counts');
  await eventually(async () => Number(await counts.locator('[data-type="invalid"] b').innerText().catch(() => '0')) >= 5,
    { message: 'invalid frames counted' });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // Still live: a normal event after the storm of garbage is applied and shown.
  await server.setRate(20);
  await page.goto(`${server.url}/dashboard`);
  await waitConnected(page);
  await eventually(async () => (await page.locator('[data-testid="active-calls"] tr[data-call-id]').count()) > 4, { timeout: 15_000, message: 'new traffic shown' });
  assert.equal(await page.locator('[data-testid="connection-status"]').getAttribute('data-state'), 'connected');
  assert.deepEqual(pageErrors(page), []);
});
