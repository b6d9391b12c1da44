// Screenshots of the demo page on phones and on a desktop: 320, 375 and 600 px and 1280 px, light
// and dark; idle, playing, searching, a panel unfolded, reading settings open. Prints where the
// transcript starts and how wide the page is, so that a layout that breaks shows in the log too.
// Run: node test/e2e/phone-screenshots.mjs [outDir]  (serves the repository with Vite).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const out = process.argv[2] ?? 'tmp/screenshots/phones';
mkdirSync(out, { recursive: true });
const server = await createServer({ server: { port: 5188, host: '127.0.0.1', strictPort: true }, logLevel: 'error', clearScreen: false });
await server.listen();
const base = 'http://127.0.0.1:5188/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

/** Height of a phone screen for each width (iPhone SE, iPhone 8, a small tablet on its side). */
const HEIGHTS = { 320: 568, 375: 667, 600: 800, 1280: 900 };

const inPlayer = (page, fn, arg) => page.evaluate(fn, arg);

async function shot(name, { width, scheme = 'light', act = async () => {} }) {
  const page = await browser.newPage({ viewport: { width, height: HEIGHTS[width] } });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => {
    const t = document.querySelector('parley-player')?.shadowRoot?.querySelector('parley-transcript');
    return (t?.shadowRoot?.querySelectorAll('.turn').length ?? 0) > 0;
  }, null, { timeout: 30000 });
  await act(page);
  await page.waitForTimeout(400);
  const facts = await inPlayer(page, () => {
    const t = document.querySelector('parley-player').shadowRoot.querySelector('parley-transcript');
    const first = t.shadowRoot.querySelector('.turn').getBoundingClientRect();
    return { firstTurnTop: Math.round(first.top + window.scrollY), scrollWidth: document.documentElement.scrollWidth };
  });
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${name}: first turn at ${facts.firstTurnTop} px of a ${HEIGHTS[width]} px screen; page ${facts.scrollWidth} px wide${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
  await page.close();
}

const clickIn = async (page, text) => {
  const handle = await page.evaluateHandle((t) => {
    const root = document.querySelector('parley-player').shadowRoot;
    return [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === t);
  }, text);
  await handle.asElement().click();
};
const play = async (page) => {
  await page.evaluate(() => document.querySelector('parley-player').play());
  await page.waitForTimeout(2500);
  await page.evaluate(() => window.scrollBy(0, 700));
};
const searchFor = async (page, text, narrow) => {
  if (narrow) await clickIn(page, 'Search');
  await page.evaluate(() => document.querySelector('parley-search').focus());
  await page.waitForTimeout(100);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
};
const openSettings = async (page, narrow) => {
  if (narrow) await clickIn(page, 'Controls');
  // The panel loads on first use, and opens.
  await clickIn(page, 'Reading settings');
  await page.waitForFunction(() => document.querySelector('parley-player').shadowRoot.querySelector('parley-settings')?.shadowRoot);
};

const only = process.env.ONLY;
for (const width of only ? [] : [320, 375, 600, 1280]) {
  const narrow = width < 1000;
  for (const scheme of ['light', 'dark']) {
    await shot(`${width}-${scheme}`, { width, scheme });
    await shot(`${width}-${scheme}-playing`, { width, scheme, act: play });
    await shot(`${width}-${scheme}-searching`, { width, scheme, act: (p) => searchFor(p, 'missile defense', narrow) });
    await shot(`${width}-${scheme}-settings`, { width, scheme, act: (p) => openSettings(p, narrow) });
  }
}
await shot('print', { width: 1280, act: (p) => p.emulateMedia({ media: 'print' }) });
await shot('320-light-questions-over-transcript', { width: 320, act: async (p) => { await play(p); await clickIn(p, 'Questions'); } });
await shot('320-light-controls-open', { width: 320, act: (p) => clickIn(p, 'Controls') });
await browser.close();
await server.close();
