// Time from navigation start to `desk:subscribed` (the subscribe frame is on the open socket) and
// to `desk:synced` (REST snapshots merged), over 20 loads of an already signed-in tab.
import { startServer, launchBrowser, newPage, signIn } from '../tests/e2e/harness.mjs';
import { percentiles, fmt } from './metrics.mjs';

const LOADS = Number(process.env.LOADS ?? 20);
const server = await startServer({ rate: 5 });
const browser = await launchBrowser();
try {
  const page = await newPage(browser);
  await signIn(page, server, 'admin@demo');
  const subscribed = [], synced = [];
  for (let i = 0; i < LOADS; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('desk:synced').length > 0, null, { timeout: 20_000 });
    const marks = await page.evaluate(() => ['desk:subscribed', 'desk:synced'].map((n) => performance.getEntriesByName(n)[0]?.startTime));
    subscribed.push(marks[0]); synced.push(marks[1]);
  }
  const s = percentiles(subscribed), y = percentiles(synced);
  console.log(`navigation -> subscribed: median ${fmt(s.p50)} ms (p95 ${fmt(s.p95)}, n=${s.n})   target <= 150 ms`);
  console.log(`navigation -> synced:     median ${fmt(y.p50)} ms (p95 ${fmt(y.p95)}, n=${y.n})`);
} finally {
  await browser.close();
  await server.stop();
}
