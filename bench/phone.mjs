// Ring latency and answer-to-first-audio for the desk's softphone, measured from outside the
// product: the stand-in stamps each INVITE it sends (`invited_at_ms` in /v1.0/sim/phone); the page
// is watched with a MutationObserver for the ring and with the RTCPeerConnection's own getStats
// (an init script records the connections the desk makes) for the first audio packet.
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, fakeMediaArgs, newPage, signIn, eventually, toneWav } from '../tests/e2e/harness.mjs';
import { percentiles, fmt } from './metrics.mjs';

const CALLS = Number(process.env.CALLS ?? 20);
const AGENT = 'agent1@demo';
const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-phone-'));
const wav = path.join(tmp, 'tone.wav');
await writeFile(wav, toneWav());
const server = await startServer({ rate: 0, seed: 5 });
const browser = await launchBrowser({ args: fakeMediaArgs({ audioFile: wav }) });
try {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    window.__pcs = [];
    window.RTCPeerConnection = function (...args) { const pc = new Native(...args); window.__pcs.push(pc); return pc; };
    window.RTCPeerConnection.prototype = Native.prototype;
    // The wall-clock time the ring appeared (performance.timeOrigin + now: same clock as the stand-in's).
    new MutationObserver(() => {
      const shown = document.querySelector('[data-testid="incoming-call"]');
      if (shown && !window.__ringAt) window.__ringAt = performance.timeOrigin + performance.now();
      if (!shown) window.__ringAt = 0;
    }).observe(document, { childList: true, subtree: true });
  });
  await signIn(page, server, AGENT, { phone: true });
  await page.locator('[data-testid="phone-status"][data-state="registered"]').waitFor({ timeout: 20_000 });
  const agentId = (await server.api('/v1.0/service_agents/me', { as: AGENT })).id;
  const ring = [], audio = [];
  for (let i = 0; i < CALLS; i++) {
    await server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status: 'available' }, as: AGENT });
    const before = new Set((await server.api('/v1.0/sim/phone')).legs.map((l) => l.sip_call_id));
    const placed = await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId } });
    await page.getByTestId('incoming-call').waitFor({ timeout: 10_000 });
    const ringAt = await page.evaluate(() => window.__ringAt);
    const leg = await eventually(async () => (await server.api('/v1.0/sim/phone')).legs.find((l) => l.agent_id === agentId && !before.has(l.sip_call_id)), { message: 'the new leg' });
    ring.push(ringAt - leg.invited_at_ms);
    const pcsBefore = await page.evaluate(() => window.__pcs.length);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByTestId('answer-call').click();
    const firstAudio = await page.evaluate(async ({ pcsBefore }) => {
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline) {
        const pc = window.__pcs[pcsBefore];
        if (pc) {
          const stats = await pc.getStats();
          for (const s of stats.values()) if (s.type === 'inbound-rtp' && s.kind === 'audio' && s.packetsReceived > 0) return performance.now();
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      return null;
    }, { pcsBefore });
    if (firstAudio === null) throw new Error(`call ${i}: no caller audio within 10 s`);
    audio.push(firstAudio - clickedAt);
    await page.getByTestId('phone-hangup').click();
    await page.getByTestId('phone-call').waitFor({ state: 'detached', timeout: 8_000 });
    await server.api(`/v1.0/calls/${placed.call_id}/hangup`, { method: 'POST' }).catch(() => {});
  }
  const r = percentiles(ring), a = percentiles(audio);
  console.log(`ring latency (INVITE sent -> ring shown): median ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms (n=${r.n})`);
  console.log(`answer -> first caller audio packet:     median ${fmt(a.p50)} ms, p95 ${fmt(a.p95)} ms (n=${a.n})`);
} finally {
  await browser.close();
  await server.stop();
  await rm(tmp, { recursive: true, force: true });
}
