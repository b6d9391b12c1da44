// Screenshots of the demo page's aligner in every state (idle, confirm download, in progress,
// done, error), light and dark, and at 320 px. Run after `npm run build`:
//   node test/align/screenshots.mjs <recording> <untimed transcript> [outDir] [recording of other speech]
// (serves dist/ with `vite preview`; an error is shown by aligning the transcript to a file of noise; with a
// recording of other speech, its refusal and the result of "Align anyway", with its warnings, too).
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const [media, transcript, out = 'tmp/screenshots-aligner', other] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const junk = join(out, 'junk.mp3');
writeFileSync(junk, Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 251)));
const server = await preview({ preview: { port: 4184, host: '127.0.0.1' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

async function states(name, { width = 1280, scheme = 'light' } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto('http://127.0.0.1:4184/');
  const section = page.locator('section[aria-labelledby="open-heading"]');
  const shot = async (state) => {
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(out, `${name}-${state}.png`) });
  };
  await page.setInputFiles('#media-file', media);
  await page.setInputFiles('#transcript-file', transcript);
  await page.getByRole('button', { name: 'Align the transcript to the recording' }).click({ timeout: 30_000 }).catch(() => {});
  await page.getByRole('button', { name: 'Not now' }).click();
  await shot('idle');
  await page.getByRole('button', { name: 'Align the transcript to the recording' }).click();
  await shot('confirm');
  await page.getByRole('button', { name: /and align$/ }).click();
  await page.waitForFunction(() => (document.querySelector('parley-aligner')?.shadowRoot?.querySelector('progress')?.value ?? 0) >= 20, null, { timeout: 120_000 });
  await shot('progress');
  await page.locator('parley-aligner').getByRole('button', { name: 'Download transcript' }).waitFor({ timeout: 300_000 });
  await shot('done');
  await page.setInputFiles('#media-file', junk);
  await page.getByRole('button', { name: 'Align the transcript to the recording' }).click();
  await page.locator('parley-aligner').getByRole('alert').waitFor({ timeout: 120_000 });
  await shot('error');
  if (other) {
    await page.setInputFiles('#media-file', other);
    await page.getByRole('button', { name: 'Align the transcript to the recording' }).click();
    await page.getByRole('button', { name: 'Align anyway' }).waitFor({ timeout: 120_000 });
    await shot('refused');
    await page.getByRole('button', { name: 'Align anyway' }).click();
    await page.locator('parley-aligner').getByRole('button', { name: 'Download transcript' }).waitFor({ timeout: 300_000 });
    await shot('done-warnings');
  }
  await page.close();
}

try {
  await states('light');
  await states('dark', { scheme: 'dark' });
  await states('320', { width: 320 });
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
