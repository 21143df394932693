// The desk in every language (src/i18n, locales/): each view walked in each language fails on any
// visible text still in English, on any message a catalogue lacks, and on text that overflows its
// box at the desk's smallest supported width. Arabic mirrors the layout with no new axe finding;
// switching language live keeps the call, the draft note and the connection.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, fakeMediaArgs, newPage, signIn, eventually, pageErrors, ROOT } from './harness.mjs';

const LANGUAGES = ['en', 'ko', 'ja', 'zh-CN', 'es', 'pt-BR', 'de', 'fr', 'ar'];
/** The desk's smallest supported width (README, "Languages"): an agent's narrowest window. */
const SMALLEST = { width: 360, height: 800 };
const AGENT = 'agent1@demo';
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let server, browser, agentPage, adminPage, agentId;
let nextNumber = 15558000100;

/** Latin-script words a language's own catalogue uses (brand names, codes): allowed on its pages. */
function catalogueWords(tag) {
  const dir = path.join(ROOT, 'locales', tag);
  const words = new Set();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      const value = line.includes('=') && !/^\s/.test(line) ? line.slice(line.indexOf('=') + 1) : line.replace(/^\s*\*?\[[^\]]*\]/, '');
      for (const w of value.replace(/\{[^}]*\}/g, ' ').match(/[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*/g) ?? []) words.add(w.toLowerCase());
    }
  }
  return words;
}

/** What a person reads on the page now: text outside server data (`translate="no"`), the chosen
 *  option of each select, and the placeholder, title and aria-label attributes. */
const readableTexts = (page) => page.evaluate(() => {
  const skip = (el) => !el || el.closest('[translate="no"], script, style, noscript');
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent.replace(/\s+/g, ' ').trim();
    if (!text || skip(el) || el.closest('select') || !shown(el)) continue;
    out.push({ text, where: el.closest('[data-testid]')?.dataset.testid ?? el.tagName });
  }
  for (const select of document.querySelectorAll('select')) {
    const option = select.selectedOptions[0];
    if (option && !skip(option) && shown(select)) out.push({ text: option.textContent.trim(), where: select.dataset.testid ?? 'select' });
  }
  for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
    if (skip(el) || !shown(el)) continue;
    for (const name of ['placeholder', 'title', 'aria-label']) {
      const text = el.getAttribute(name)?.trim();
      if (text) out.push({ text, where: `${el.dataset.testid ?? el.tagName}@${name}` });
    }
  }
  // Server data shown elsewhere on the page (names, queues) may also sit inside a sentence or an
  // attribute, where it cannot be marked: its words are not English left over.
  const data = [...document.querySelectorAll('[translate="no"]')].map((el) => el.textContent).join(' ');
  return { texts: out, dataWords: data.match(/[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*/g) ?? [] };
});

/** Controls and headings whose text does not fit their box, and anything off the side of the page. */
const overflows = (page) => page.evaluate(() => {
  const bad = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) bad.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
  for (const el of document.querySelectorAll('button, a, label, legend, summary, h1, h2, h3, th, .chip, .status-pill, .badge')) {
    // Server data may be long; what is hidden on purpose (for screen readers, the skip link) is not seen.
    if (el.closest('[translate="no"], .visually-hidden, .skip-link') || !el.getClientRects().length || el.clientWidth === 0) continue;
    const r = el.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.className}] "${el.textContent.trim().slice(0, 40)}"`;
    if (el.scrollWidth > el.clientWidth + 1) bad.push(`${what}: ${el.scrollWidth} px of text in ${el.clientWidth}`);
    else if (r.right > width + 1 || r.left < -1) bad.push(`${what}: off the page (${Math.round(r.left)}–${Math.round(r.right)})`);
  }
  return bad;
});

/** English's message ids in the order build.rs packs them (its files in src/i18n/pack.rs's
 *  `PARTS` order): the desk names a missing message by its place in this list (`fr:#12`), the
 *  download having no ids. */
const ENGLISH_IDS = (() => {
  const dir = path.join(ROOT, 'locales', 'en');
  const parts = fs.readFileSync(path.join(ROOT, 'src', 'i18n', 'pack.rs'), 'utf8')
    .split('pub const PARTS')[1].split('];')[0];
  return [...parts.matchAll(/&\[([^\]]*)\]/g)].flatMap((m) => [...m[1].matchAll(/"([\w-]+)"/g)].map((f) => f[1]))
    .filter((name) => fs.existsSync(path.join(dir, `${name}.ftl`)))
    .flatMap((file) => [...fs.readFileSync(path.join(dir, `${file}.ftl`), 'utf8').matchAll(/^([A-Za-z][\w-]*) *=/gm)].map((m) => m[1]));
})();

const missingMessages = async (page) => (await page.evaluate(() => [...(window.__deskI18nMissing ?? [])]))
  .map((entry) => entry.replace(/#(\d+)/, (place, n) => ENGLISH_IDS[Number(n)] ?? place));

/** Texts seen in English, per view: a text seen there and again in another language is untranslated. */
const english = new Map();

/** What a walk found wrong, per view: all of it is reported at the end of the language's walk. */
let problems = [];

async function checkView(page, lang, view, { overflow = true } = {}) {
  const { texts, dataWords } = await readableTexts(page);
  if (lang === 'en') {
    english.set(view, new Set(texts.map((t) => t.text)));
  } else {
    const allowed = catalogueWords(lang);
    for (const w of dataWords) allowed.add(w.toLowerCase());
    const latin = !['ko', 'ja', 'zh-CN', 'ar'].includes(lang);
    const seenInEnglish = english.get(view) ?? new Set();
    const left = texts.filter(({ text }) => {
      const words = text.match(/[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*/g) ?? [];
      const foreign = words.filter((w) => w.length > 1 && !allowed.has(w.toLowerCase()));
      if (foreign.length === 0) return false;
      return latin ? seenInEnglish.has(text) : true;
    });
    for (const { text, where } of left) problems.push(`${view}: still in English at ${where}: "${text}"`);
  }
  for (const id of await missingMessages(page)) problems.push(`${view}: missing message ${id}`);
  if (overflow) for (const o of await overflows(page)) problems.push(`${view}: at ${page.viewportSize().width} px, ${o}`);
}

const me = () => server.api('/v1.0/service_agents/me', { as: AGENT });
const setStatus = (status) => server.api('/v1.0/service_agents/me/status', { method: 'PUT', body: { status }, as: AGENT });

/** Switches `page` to `lang` through the settings page and comes back to where it was, in-app. */
async function switchLanguage(page, lang) {
  const back = new URL(page.url()).pathname;
  await page.locator('a[href="/settings"]').first().click();
  await page.getByTestId('language-select').selectOption(lang);
  await eventually(() => page.evaluate((l) => document.documentElement.lang === l, lang), { message: `<html lang="${lang}">` });
  if (back !== '/settings') await page.locator(`a[href="${back}"]`).first().click();
}

async function ringAnswerHangUp(page, lang) {
  await setStatus('available');
  await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId, from: `+${nextNumber++}`, case: true } });
  await page.getByTestId('incoming-call').waitFor({ timeout: 8_000 });
  await checkView(page, lang, 'ringing');
  await page.getByTestId('answer-call').click();
  await page.locator('[data-testid="phone-call"][data-state="active"]').waitFor({ timeout: 8_000 });
  await checkView(page, lang, 'in a call');
  await page.getByTestId('phone-hangup').click();
  await page.getByTestId('wrap-up').waitFor({ timeout: 8_000 });
  await checkView(page, lang, 'wrap-up');
  await page.getByTestId('wrap-up-done').click();
  await page.getByTestId('wrap-up').waitFor({ state: 'detached', timeout: 8_000 });
}

before(async () => {
  server = await startServer({ rate: 0, seed: 27 });
  browser = await launchBrowser({ args: fakeMediaArgs() });
  agentId = (await me()).id;
  agentPage = await newPage(browser, { viewport: SMALLEST });
  await signIn(agentPage, server, AGENT, { phone: true });
  await agentPage.locator('[data-testid="phone-status"][data-state="registered"]').waitFor({ timeout: 20_000 });
  adminPage = await newPage(browser);
  await signIn(adminPage, server, 'admin@demo');
});

after(async () => {
  for (const page of [agentPage, adminPage]) assert.deepEqual(pageErrors(page ?? { errors: [] }), [], 'no page errors');
  await browser?.close();
  await server?.stop();
});

for (const lang of LANGUAGES) {
  test(`every view in ${lang}`, { timeout: 120_000 }, async () => {
    problems = [];
    // Sign-in, chosen there, before anyone signs in.
    const signInPage = await newPage(browser, { viewport: SMALLEST });
    await signInPage.goto(`${server.url}/signin`);
    await signInPage.getByTestId('language-select').selectOption(lang);
    await eventually(() => signInPage.evaluate((l) => document.documentElement.lang === l, lang), { message: `sign-in in ${lang}` });
    await checkView(signInPage, lang, 'sign-in');
    await signInPage.context().close();

    // The agent's desk at its smallest width: idle, ringing, in a call, wrap-up, the team.
    await switchLanguage(agentPage, lang);
    await checkView(agentPage, lang, 'settings (agent)');
    await agentPage.locator('a[href="/"]').first().click();
    await agentPage.getByTestId('desk').waitFor();
    await checkView(agentPage, lang, 'desk idle');
    await ringAnswerHangUp(agentPage, lang);
    await agentPage.getByTestId('team-open').click();
    await agentPage.getByTestId('team-panel').waitFor({ timeout: 10_000 });
    await checkView(agentPage, lang, 'team');
    await agentPage.getByTestId('team-close').click();
    await agentPage.getByTestId('team-panel').waitFor({ state: 'detached' });

    // The supervisor's pages on a wide screen.
    await switchLanguage(adminPage, lang);
    await checkView(adminPage, lang, 'settings');
    await adminPage.locator('a[href="/dashboard"]').first().click();
    await adminPage.getByTestId('tile-active-calls').waitFor({ timeout: 10_000 });
    await checkView(adminPage, lang, 'dashboard');
    await adminPage.locator('a[href="/inspector"]').first().click();
    await adminPage.getByTestId('inspector-counts').waitFor({ timeout: 10_000 });
    await checkView(adminPage, lang, 'inspector');
    assert.deepEqual(problems, [], `${lang}: ${problems.length} problems`);
  });
}

async function axeFindings(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await axe.run(document, { resultTypes: ['violations'] })).violations);
  return new Set(violations.map((v) => `${v.id} (${v.impact})`));
}

test('Arabic: right to left, the desk columns mirror, and axe finds nothing new', { timeout: 60_000 }, async () => {
  const page = adminPage;
  await switchLanguage(page, 'en');
  await page.locator('a[href="/"]').first().click();
  await page.getByTestId('desk').waitFor();
  const columns = () => page.evaluate(() => ['.desk-calls', '.desk-context', '.desk-messages']
    .map((s) => Math.round(document.querySelector(s).getBoundingClientRect().left)));
  const ltr = await columns();
  const inEnglish = await axeFindings(page);
  await switchLanguage(page, 'ar');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  await page.getByTestId('desk').waitFor();
  const rtl = await columns();
  assert.ok(ltr[0] < ltr[1] && ltr[1] < ltr[2], `left to right in English: ${ltr}`);
  assert.ok(rtl[0] > rtl[1] && rtl[1] > rtl[2], `right to left in Arabic: ${rtl}`);
  const inArabic = await axeFindings(page);
  assert.deepEqual([...inArabic].filter((f) => !inEnglish.has(f)), [], 'axe findings in Arabic that English has not');
  await switchLanguage(page, 'en');
});

test('switching language live keeps the call, the draft note and the connection', { timeout: 60_000 }, async () => {
  const page = agentPage;
  await switchLanguage(page, 'en');
  await page.locator('a[href="/"]').first().click();
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await setStatus('available');
  await server.api('/v1.0/sim/calls', { method: 'POST', body: { to_agent: agentId, from: `+${nextNumber++}`, case: true } });
  await page.getByTestId('answer-call').click();
  const active = page.locator('[data-testid="phone-call"][data-state="active"]');
  await active.waitFor({ timeout: 8_000 });
  const callId = await active.getAttribute('data-call-id');

  await switchLanguage(page, 'de');
  await active.waitFor({ timeout: 2_000 });
  assert.equal(await active.getAttribute('data-call-id'), callId, 'the same call, still up');
  await page.getByTestId('phone-hangup').click();
  await page.getByTestId('wrap-up').waitFor({ timeout: 8_000 });
  await page.getByTestId('wrap-up-note').fill('Entwurf: Rückruf morgen');

  await switchLanguage(page, 'ja');
  await page.getByTestId('wrap-up').waitFor({ timeout: 5_000 });
  assert.equal(await page.getByTestId('wrap-up-note').inputValue(), 'Entwurf: Rückruf morgen', 'the draft note stays');
  assert.deepEqual(sockets, [], 'no socket was opened again');
  assert.equal(await page.locator('[data-testid="connection-status"][data-state="connected"]').count(), 1);
  await page.getByTestId('wrap-up-done').click();
  await switchLanguage(page, 'en');
});
