// Screenshots of the demo page in headless Chromium: light, dark, 320 px, playing, video, forced colors.
// Run after `npm run build`: node test/e2e/screenshots.mjs [outDir]  (serves dist/ with `vite preview`).
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { mkdirSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const out = process.argv[2] ?? 'tmp/screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 4179, host: '127.0.0.1' }, logLevel: 'error' });
const base = 'http://127.0.0.1:4179/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

async function shot(name, { width = 1280, height = 900, scheme = 'light', forced = 'none', url = '', play = 0, scrollAway = false, word = -1 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.emulateMedia({ colorScheme: scheme, forcedColors: forced });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + url);
  await page.waitForFunction(() => {
    const p = document.querySelector('parley-player');
    const t = p?.shadowRoot?.querySelector('parley-transcript');
    return (t?.shadowRoot?.querySelectorAll('.turn').length ?? 0) > 0;
  }, null, { timeout: 15000 });
  if (play) {
    await page.evaluate(() => document.querySelector('parley-player').play());
    await page.waitForTimeout(play);
  }
  if (word >= 0) {
    // Paused inside a word: the word and its turn are highlighted.
    await page.evaluate((w) => {
      const p = document.querySelector('parley-player');
      p.seek(p.timeIndex.words.starts[w] + 0.05);
    }, word);
  }
  if (scrollAway) {
    // A reader scrolls the transcript away from the current turn: following pauses.
    const box = await page.evaluateHandle(() =>
      document.querySelector('parley-player').shadowRoot.querySelector('parley-transcript').shadowRoot.querySelector('.scroller'));
    await box.evaluate((el) => el.scrollIntoView());
    const r = await box.evaluate((el) => { const b = el.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + 100 }; });
    await page.mouse.move(r.x, r.y);
    await page.mouse.wheel(0, 2500);
  }
  await page.waitForTimeout(500);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  console.log(`${name}: page scrollWidth ${scrollWidth} (viewport ${width})${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
  await page.close();
}

await shot('light');
await shot('dark', { scheme: 'dark' });
await shot('narrow-320', { width: 320, height: 800 });
await shot('playing', { play: 6000 });
await shot('forced-colors', { forced: 'active', word: 12 });
await shot('following-paused', { play: 3000, scrollAway: true });
await shot('dark-320-playing', { width: 320, height: 900, scheme: 'dark', play: 3000, scrollAway: true });
await shot('video', { url: '?media=media/test-video.webm&transcript=media/test-video.vtt', play: 4000 });
await browser.close();
await new Promise((r) => server.httpServer.close(r));
