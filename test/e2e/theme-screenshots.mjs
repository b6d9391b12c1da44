// Screenshots of the player on two sites a newsroom might have, each in a light- and a dark-mode
// browser, plus forced colours: a light site that declares no colour scheme (it must stay light), and
// a dark site that declares `color-scheme: dark` (the player follows it). Uses the built package:
// run `npm run build:packages` first, then: node test/e2e/theme-screenshots.mjs [outDir]
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const out = process.argv[2] ?? 'tmp/screenshots';
mkdirSync(out, { recursive: true });
const FILES = {
  '/parley.js': 'packages/player/parley.js',
  '/talk.mp3': 'media/press-conference-2007-10-12.mp3',
  '/talk.json': 'media/press-conference-2007-10-12.json',
  '/talk.peaks.json': 'media/press-conference-2007-10-12.peaks.json',
};
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.mp3': 'audio/mpeg', '.html': 'text/html' };

const player = `
  <parley-player id="talk" src="talk.mp3" transcript-src="talk.json" transcript="talk.json" peaks-src="talk.peaks.json" peaks="talk.peaks.json" hide="offset">
    <audio controls src="talk.mp3"></audio>
    <a href="talk.json">Read the transcript</a>
    <div slot="panels"><parley-search></parley-search><parley-questions></parley-questions></div>
  </parley-player>`;
const SITES = {
  // A cream newspaper page that says nothing about colour schemes.
  'light-site': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Ledger</title>
    <style>body { margin: 0; background: #fbf7ee; color: #222; font: 17px/1.5 Georgia, serif; }
    header { background: #7a1e1e; color: #fff; padding: 0.5rem 1.5rem; } main { max-width: 70rem; margin: auto; padding: 1rem; }
    parley-player { --parley-background: #fffdf7; padding: 1rem; border: 1px solid #d8cfbd; }</style>
    <script type="module" src="parley.js"></script></head>
    <body><header><strong>The Ledger</strong></header><main><h1>Rice and Gates in Moscow</h1>${player}</main></body></html>`,
  // A dark site that declares its scheme: the player follows it.
  'dark-site': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night Desk</title>
    <style>:root { color-scheme: dark; } body { margin: 0; background: #14171c; color: #e6e6e6; font: 16px/1.5 system-ui, sans-serif; }
    header { background: #0b0d10; padding: 0.5rem 1.5rem; } main { max-width: 70rem; margin: auto; padding: 1rem; }
    parley-player { --parley-background: #1b1f26; --parley-accent: #7cc4a4; padding: 1rem; border-radius: 8px; }</style>
    <script type="module" src="parley.js"></script></head>
    <body><header><strong>Night Desk</strong></header><main><h1>Rice and Gates in Moscow</h1>${player}</main></body></html>`,
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'], headless: true });
for (const [site, page0] of Object.entries(SITES)) {
  for (const [mode, media] of [['light-browser', { colorScheme: 'light' }], ['dark-browser', { colorScheme: 'dark' }], ['forced-colors', { forcedColors: 'active' }]]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia(media);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('http://site.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: page0 });
      const file = FILES[path];
      if (!file) return route.fulfill({ status: 404 });
      return route.fulfill({ contentType: TYPES[extname(path)], body: readFileSync(file) });
    });
    await page.goto('http://site.test/');
    await page.getByRole('region', { name: 'Transcript' }).getByRole('listitem').first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('parley-player audio').readyState >= 1);
    // Two seconds played, then paused inside a word: the current turn and word show.
    await page.evaluate(() => document.querySelector('parley-player audio').play());
    await page.waitForTimeout(2500);
    await page.evaluate(() => document.querySelector('parley-player audio').pause());
    await page.waitForTimeout(300);
    const name = `theme-${site}-${mode}`;
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(`${name}${errors.length ? `: errors: ${errors.join('; ')}` : ''}`);
    await page.close();
  }
}
await browser.close();
