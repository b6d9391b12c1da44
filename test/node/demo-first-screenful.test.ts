/**
 * The demo page as `vite build` makes it: its first screenful answers before the player's code,
 * through `parley-first.js` written into the page, and its Content-Security-Policy allows that one
 * inline script by its hash. The site is built into a temporary folder and opened in Chromium with
 * every request for the player's code (its scripts; the page's stylesheet still loads) refused, as on a slow
 * connection before it arrives.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
// @ts-expect-error: a JavaScript module without types
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the built demo page before the player\'s code has arrived', () => {
  let out = '';
  let html = '';
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'parley-demo-'));
    await build({ root, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    html = readFileSync(join(out, 'index.html'), 'utf8');
    server = await preview({ root, logLevel: 'error', build: { outDir: out }, preview: { port: 0, host: '127.0.0.1' } });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(server.resolvedUrls!.local[0]!);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.httpServer.close(resolve));
    rmSync(out, { recursive: true, force: true });
  });

  it('holds parley-first.js as its one inline script, allowed by its hash and by nothing that allows any other', () => {
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    assert.equal(inline.length, 1, 'one inline script');
    assert.ok(!html.includes('src="parley-first.js"'), 'the script element was replaced');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
    const hash = createHash('sha256').update(inline[0]!).digest('base64');
    assert.ok(scriptSrc.split(/\s+/).includes(`'sha256-${hash}'`), `${scriptSrc} lacks the script's hash`);
    assert.ok(!scriptSrc.includes("'unsafe-inline'"));
  });

  it('has no axe violations before the player\'s code has arrived', async () => {
    // In a page of its own that bypasses the policy, which would refuse axe's script.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const audit = await context.newPage();
    await audit.route('**/assets/*.js', (route) => route.abort());
    await audit.goto(server.resolvedUrls!.local[0]!);
    await audit.waitForSelector('[data-parley-wired]');
    await audit.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await audit.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    await context.close();
    assert.deepEqual(violations, []);
  });

  it('plays a turn chosen in the first screenful and marks it current, with no violation of its policy', async () => {
    const turn = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: '0:01 Foreign Minister Lavrov' }) });
    await turn.getByRole('button', { name: '0:01 Foreign Minister Lavrov' }).click();
    await page.waitForFunction(() => {
      const audio = document.querySelector('parley-player > audio') as HTMLAudioElement;
      return !audio.paused && audio.currentTime > 1;
    }, null, { timeout: 10_000 });
    assert.equal(await turn.getAttribute('aria-current'), 'true');
    // The player's code never arrived: what answered was the first screenful.
    assert.equal(await page.evaluate(() => customElements.get('parley-player')), undefined);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
  });
});
