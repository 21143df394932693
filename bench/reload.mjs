// What the browser fetches for the app on a first load and on a reload, over the network (bytes
// on the wire, headers included, as the stand-in's `--static` serves them: brotli, hashed files
// immutable, index.html revalidated). REST and the event socket are data, not the app: left out.
import { startServer, launchBrowser, newPage, signIn, waitConnected } from '../tests/e2e/harness.mjs';

const server = await startServer({ rate: 2 });
const browser = await launchBrowser();
try {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let fetched = new Map();
  const urls = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => urls.set(requestId, response));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = urls.get(requestId);
    if (!response) return;
    const { pathname } = new URL(response.url);
    if (pathname.startsWith('/v1.0/') || pathname.startsWith('/auth/')) return;
    // Nothing over the wire: the browser's cache answered.
    if (response.fromDiskCache || response.fromMemoryCache || encodedDataLength === 0) return;
    fetched.set(pathname, { bytes: encodedDataLength, status: response.status });
  });
  const report = (label) => {
    let total = 0;
    for (const [path, { bytes, status }] of fetched) {
      console.log(`  ${path.padEnd(52)} ${String(status).padStart(3)} ${String(bytes).padStart(9)} B`);
      total += bytes;
    }
    console.log(`${label.padEnd(8)} ${fetched.size} file(s) from the network, ${total} B on the wire`);
  };

  await signIn(page, server, 'agent1@demo');
  report('FIRST');
  fetched = new Map();
  await page.reload();
  await waitConnected(page);
  report('RELOAD');
  console.log('target: a reload fetches only the HTML');
} finally {
  await browser.close();
  await server.stop();
}
