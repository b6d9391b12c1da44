// Screenshots of the navigation elements (question list, search with matches, help dialog), light
// and dark, 320 px wide. Run: node test/components/navigation/screenshots.mjs [outDir]  (serves the repository with Vite).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';

const out = process.argv[2] ?? 'tmp/screenshots/nav';
mkdirSync(out, { recursive: true });
const server = await createServer({ server: { port: 5187, host: '127.0.0.1', strictPort: true }, logLevel: 'error', clearScreen: false });
await server.listen();
const url = 'http://127.0.0.1:5187/test/components/navigation/pages/navigation.html';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

async function open(scheme, width) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ colorScheme: scheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => {
    const t = document.querySelector('parley-player')?.shadowRoot?.querySelector('parley-transcript');
    return (t?.shadowRoot?.querySelectorAll('.turn').length ?? 0) > 0 && document.querySelector('parley-navigation')?.shadowRoot?.querySelector('parley-questions')?.shadowRoot?.querySelector('nav');
  }, null, { timeout: 30000 });
  return { page, errors };
}

async function shot(name, scheme, width, act) {
  const { page, errors } = await open(scheme, width);
  const target = await act(page);
  await page.waitForTimeout(400);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (target) await page.locator(target).screenshot({ path: `${out}/${name}.png` });
  else await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${name}: page scrollWidth ${scrollWidth} (viewport ${width})${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
  await page.close();
}

for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1024]) {
    const tag = `${scheme}-${width}`;
    await shot(`questions-${tag}`, scheme, width, async (page) => {
      // Play inside question 3 so that its entry shows as current.
      await page.evaluate(() => {
        const p = document.querySelector('parley-player');
        const t = p.transcript.turns[14].start + 2;
        p.seek(t, { play: true });
      });
      await page.waitForTimeout(800);
      await page.evaluate(() => document.querySelector('parley-player').pause());
      return 'parley-questions';
    });
    await shot(`search-${tag}`, scheme, width, async (page) => {
      await page.locator('parley-search input').fill('');
      await page.locator('parley-search input').pressSequentially('Gabala');
      await page.waitForTimeout(400);
      await page.locator('parley-search input').press('Enter');
      await page.waitForTimeout(800);
      await page.evaluate(() => document.querySelector('parley-navigation').shadowRoot.querySelector('parley-search').scrollIntoView());
      return null;
    });
    await shot(`transcript-matches-${tag}`, scheme, width, async (page) => {
      await page.locator('parley-search input').pressSequentially('Gabala');
      await page.waitForTimeout(1000);
      return 'parley-player >> parley-transcript';
    });
    await shot(`help-${tag}`, scheme, width, async (page) => {
      await page.locator('parley-search input').focus();
      await page.keyboard.press('Tab');
      await page.evaluate(() => document.querySelector('parley-player').shadowRoot.querySelector('parley-transcript').focusTurn(0));
      await page.keyboard.press('?');
      return null;
    });
    await shot(`filter-${tag}`, scheme, width, async (page) => {
      await page.locator('parley-speaker-filter').getByLabel('Moderator').click();
      return 'parley-speaker-filter';
    });
  }
}
await browser.close();
await server.close();
