// Stand-in frame sent -> played in the page. The stand-in (`--media-stamps`) follows each
// media-stream frame with a text frame {seq, sent_ms}; a WebSocket wrapper in the page keeps
// those stamps, and the desk's AudioWorklet reports ({ played: seq }) when it starts playing a
// frame: that report's arrival on the main thread, in wall-clock ms, minus sent_ms. The
// frames' numbering is the desk's (every binary frame on the socket), which the wrapper counts
// the same way. The AudioContext's own output latency (what the device adds after the worklet)
// is printed beside it.
import { startServer, launchBrowser, fakeMediaArgs, newPage, signIn, eventually } from '../tests/e2e/harness.mjs';
import { percentiles, fmt } from './metrics.mjs';

const FRAMES = Number(process.env.FRAMES ?? 500);
const AGENT = 'agent1@demo';
const server = await startServer({ rate: 0, seed: 5, args: ['--media-stamps'] });
const browser = await launchBrowser({ args: fakeMediaArgs() });
try {
  const agentPage = await newPage(browser);
  await signIn(agentPage, server, AGENT, { phone: true });
  await agentPage.locator('[data-testid="phone-status"][data-state="registered"]').waitFor({ timeout: 20_000 });
  const agentId = (await server.api('/v1.0/service_agents/me', { as: AGENT })).id;
  await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: AGENT });
  const placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId, case: false } });
  await agentPage.getByTestId('answer-call').click({ timeout: 10_000 });
  await agentPage.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 8_000 });

  const page = await newPage(browser);
  await page.addInitScript(() => {
    const now = () => performance.timeOrigin + performance.now();
    window.__sent = new Map();
    window.__played = [];
    const NativeWs = window.WebSocket;
    window.WebSocket = function (url, protocols) {
      const ws = new NativeWs(url, protocols);
      if (String(url).includes('/media_stream')) {
        ws.addEventListener('message', (e) => {
          if (typeof e.data === 'string') { const s = JSON.parse(e.data); window.__sent.set(s.seq, s.sent_ms); }
        });
      }
      return ws;
    };
    window.WebSocket.prototype = NativeWs.prototype;
    Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
    const NativeNode = window.AudioWorkletNode;
    window.AudioWorkletNode = function (context, name, options) {
      const node = new NativeNode(context, name, options);
      window.__context = context;
      node.port.addEventListener('message', (e) => { if (e.data.played !== undefined) window.__played.push([e.data.played, now()]); });
      return node;
    };
    window.AudioWorkletNode.prototype = NativeNode.prototype;
  });
  await signIn(page, server, 'manager@demo');
  await page.goto(`${server.url}/dashboard`);
  await page.locator(`[data-testid="active-calls"] [data-testid="listen-call"][data-call-id="${placed.call_id}"]`).click({ timeout: 10_000 });
  await page.locator('[data-testid="listen-panel"][data-state="listening"]').waitFor({ timeout: 5_000 });
  await eventually(() => page.evaluate((n) => window.__played.length >= n, FRAMES + 10), { timeout: FRAMES * 20 + 15_000, message: `${FRAMES} frames played` });
  const { delays, latency } = await page.evaluate(() => ({
    delays: window.__played.filter(([seq]) => window.__sent.has(seq)).map(([seq, at]) => at - window.__sent.get(seq)),
    latency: { base: window.__context.baseLatency * 1000, output: (window.__context.outputLatency ?? 0) * 1000 },
  }));
  // The first frames wait for the jitter buffer's start; the steady state is what is heard.
  const p = percentiles(delays.slice(10, 10 + FRAMES));
  console.log(`media frame sent by the stand-in -> played by the desk's worklet: median ${fmt(p.p50)} ms, p95 ${fmt(p.p95)} ms, max ${fmt(p.max)} ms (n=${p.n}; goal p95 <= 150 ms)`);
  console.log(`the AudioContext adds after the worklet: base ${fmt(latency.base)} ms, output ${fmt(latency.output)} ms`);
  await page.getByTestId('listen-stop').click();
} finally {
  await browser.close();
  await server.stop();
}
