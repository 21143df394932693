// Accessibility of the agent desk with real content on it (an alert, a call with its transcript,
// an open thread): axe-core finds no serious or critical violation, in both themes; and the desk
// can be driven from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, newPage, signIn, eventually, ROOT } from './harness.mjs';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
let server, browser, page;

before(async () => {
  server = await startServer({ rate: 40, seed: 31 });
  browser = await launchBrowser();
  page = await newPage(browser);
  await signIn(page, server, 'admin@demo');
  await page.getByTestId('desk').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function axe(p) {
  await p.addScriptTag({ path: AXE });
  const result = await p.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Puts real content on the desk: every queue's callers alert, a floor call and a thread open. */
async function fillDesk(p) {
  await p.getByTestId('watch-all').check();
  await p.getByTestId('queue-alert').first().waitFor({ timeout: 90_000 });
  await p.getByTestId('floor-calls').locator('summary').click();
  const tab = p.getByTestId('floor-calls').getByTestId('call-tab').first();
  await tab.waitFor({ timeout: 90_000 });
  await tab.click();
  await eventually(async () => (await p.getByTestId('transcript-line').count()) > 0, { timeout: 45_000, message: 'a transcript line' });
  const thread = p.getByTestId('message-thread').first();
  await thread.waitFor({ timeout: 90_000 });
  await thread.click();
  await p.getByTestId('quick-reply').first().waitFor();
}

test('the desk has no serious or critical axe violations, light and dark', async () => {
  await fillDesk(page);
  const light = await axe(page);
  assert.deepEqual(light, [], JSON.stringify(light, null, 2));
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  const dark = await axe(page);
  assert.deepEqual(dark, [], JSON.stringify(dark, null, 2));
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
});

test('landmarks, labels and a keyboard path through the desk', async () => {
  assert.equal(await page.locator('main#main').count(), 1);
  assert.ok(await page.locator('aside[aria-labelledby="context-title"]').count() === 1, 'customer context is an aside');
  assert.ok(await page.locator('nav[aria-label="Conversations"]').count() === 1);
  // The reply box is reachable by its shortcut and labelled.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'reply-input');
  assert.ok((await page.getByLabel(/Reply to/).count()) >= 1, 'the reply box has a label');
  await page.keyboard.press('Escape');
  // J moves between threads without a mouse.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  const before = await page.locator('[data-testid="message-thread"][aria-current="true"]').getAttribute('data-thread-id');
  const count = await page.getByTestId('message-thread').count();
  if (count > 1) {
    await page.keyboard.press('j');
    await eventually(async () => (await page.locator('[data-testid="message-thread"][aria-current="true"]').getAttribute('data-thread-id')) !== before,
      { message: 'J selects the next thread' });
  }
  // Tab reaches the alert's Accept/Dismiss and the call controls, each with a visible focus ring.
  const reached = new Set();
  await page.locator('.skip-link').focus();
  for (let i = 0; i < 160; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : null;
      return { id: el?.dataset?.testid ?? '', outline: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 : false };
    });
    if (info.id) {
      reached.add(info.id);
      assert.ok(info.outline, `${info.id} shows focus`);
    }
  }
  for (const id of ['dismiss-alert', 'call-tab', 'message-thread', 'quick-reply', 'reply-input']) {
    assert.ok(reached.has(id), `Tab reaches ${id} (reached: ${[...reached].join(', ')})`);
  }
  // The call's controls, unless the call ended meanwhile (then only Close is live).
  assert.ok(reached.has('hangup') || reached.has('close-call'), `Tab reaches the call controls (reached: ${[...reached].join(', ')})`);
});

test('reduced motion: no flashing title, no animation', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1400, height: 900 } });
  const p = await context.newPage();
  await signIn(p, server, 'admin@demo');
  await p.getByTestId('watch-all').check();
  await p.getByTestId('queue-alert').first().waitFor({ timeout: 90_000 });
  // Flashing would swap the title every second; sample 4 s and count swaps.
  const titles = [];
  for (let i = 0; i < 16; i++) {
    titles.push(await p.title());
    await p.waitForTimeout(250);
  }
  assert.ok(titles.some((t) => t.startsWith('●')), `the title says a caller waits: ${titles.join(' | ')}`);
  // Flashing shows as the page's own title between two alert titles.
  const flips = titles.filter((t, i) => t === 'VoIPBIN Desk' && titles[i - 1]?.startsWith('●') && titles[i + 1]?.startsWith('●')).length;
  assert.equal(flips, 0, `the title does not flash: ${titles.join(' | ')}`);
  const animation = await p.locator('.qa-pulse').first().evaluate((el) => getComputedStyle(el).animationName);
  assert.equal(animation, 'none');
  await context.close();
});
