/**
 * The element reference built with the site: the player package is built (its manifest and
 * parley.js), the site is built into a temporary folder, and reference.html opens in Chromium.
 * Every element of the manifest has its section with what the manifest says of it, and a live
 * example whose player loads the demo transcript; axe reports nothing on the page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
// @ts-expect-error: a JavaScript module without types
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  events?: { name: string }[];
}

describe('the element reference page', () => {
  let out = '';
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let elements: Declaration[] = [];

  before(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-packages.mjs'), 'player'], { cwd: root, stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(join(root, 'packages/player/custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
    out = mkdtempSync(join(tmpdir(), 'parley-site-'));
    await build({ root, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    server = await preview({ root, logLevel: 'error', build: { outDir: out }, preview: { port: 0, host: '127.0.0.1' } });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.resolvedUrls!.local[0]}reference.html`);
    await page.locator('#elements > section').first().waitFor();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.httpServer.close(resolve));
    rmSync(out, { recursive: true, force: true });
  });

  it('has a section per element of the manifest, listing its attributes, events, parts and custom properties', async () => {
    assert.ok(elements.length >= 9, `${elements.length} elements in the manifest`);
    for (const element of elements) {
      const section = page.locator(`section[aria-labelledby="${element.tagName}"]`);
      const text = await section.innerText();
      for (const item of [...(element.attributes ?? []), ...(element.events ?? []), ...(element.cssParts ?? []), ...(element.cssProperties ?? [])]) {
        assert.ok(text.includes(item.name), `${element.tagName}: "${item.name}" is not on the page`);
      }
      assert.ok((element.cssParts ?? []).length > 0, `${element.tagName} documents no parts`);
    }
  });

  it('runs a live example of every element, each loading the transcript', async () => {
    for (const element of elements) {
      const frame = page.frameLocator(`section[aria-labelledby="${element.tagName}"] iframe`);
      await page.locator(`section[aria-labelledby="${element.tagName}"] iframe`).scrollIntoViewIfNeeded();
      await frame.getByRole('region', { name: 'Transcript' }).getByRole('listitem').first().waitFor({ timeout: 20_000 });
      // The example shows the element it documents.
      const tag = element.tagName!;
      assert.equal(await frame.locator(tag).count(), 1, `the ${tag} example holds one ${tag}`);
    }
  });

  it('has no axe violations', async () => {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    });
    assert.deepEqual(violations, []);
  });
});
