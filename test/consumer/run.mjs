// The consumer test: Parley as a web developer installs it, from the packed tarballs.
//
//  1. Builds and packs both packages (`npm pack`).
//  2. A Vite vanilla TypeScript app (test/consumer/vite-app, a copy of the template) installs the
//     player tarball, imports the player and the navigation as two entries, and builds with the
//     template's own `tsc && vite build`. Checks: no eSpeak in its dependency tree, one copy of Lit.
//  3. A static folder holds only parley.js (from the tarball), an HTML page and the recording.
//  4. Both pages open in headless Chromium: the transcript loads, the word being spoken is the one
//     highlighted, the questions list fills, and axe-core reports nothing, paused and playing.
//  5. The CLI tarball, installed in an empty folder, runs --help, convert, media and align.
//
// The page's markup, the module imports and the script tag are the README's embed snippets, word for
// word. Needs the npm registry (the app installs Vite and TypeScript) and Chromium.
// Usage: node test/consumer/run.mjs [--keep]   (--keep leaves the work folder and prints its path)
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'parley-consumer-'));
const failures = [];
let passed = 0;

function sh(command, args, cwd, options = {}) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}
function npm(args, cwd) {
  return sh('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], cwd);
}
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`  ✗ ${name}\n    ${String(error?.stderr || error?.message || error).trim().split('\n').join('\n    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The fenced code block that follows `<!-- embed:NAME -->` in README.md. */
export function readmeSnippet(readme, name) {
  const match = readme.match(new RegExp(`<!-- embed:${name} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``));
  if (!match) throw new Error(`README.md has no snippet marked <!-- embed:${name} -->`);
  return match[1];
}

// ---- 1. Pack -----------------------------------------------------------------------------------
console.log('consumer: building and packing the packages');
sh(process.execPath, [join(root, 'scripts', 'build-packages.mjs')], root, { stdio: 'inherit' });
const tarballs = {};
for (const name of ['player', 'cli']) {
  const out = JSON.parse(npm(['pack', '--json', '--pack-destination', work], join(root, 'packages', name)));
  tarballs[name] = join(work, out[0].filename);
  const files = out[0].files.map((f) => f.path);
  console.log(`  ${out[0].filename}: ${files.length} files, ${out[0].size} bytes packed`);
  if (name === 'player') {
    await check('the player tarball leaves out media, tests, benchmarks and sources', () => {
      const stray = files.filter((f) => /^(media|test|bench|src)\/|\.(mp3|webm|ts)$/.test(f) && !f.endsWith('.d.ts'));
      assert(stray.length === 0, `unexpected files: ${stray.join(', ')}`);
      for (const f of ['parley.js', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/navigation.js', 'LICENSE']) {
        assert(files.includes(f), `${f} missing`);
      }
    });
  }
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const markup = readmeSnippet(readme, 'markup');
const moduleCode = readmeSnippet(readme, 'module');
const scriptTag = readmeSnippet(readme, 'script');
const install = readmeSnippet(readme, 'install').trim();
await check('the player package\'s README shows the same markup and imports as the README', () => {
  const packageReadme = readFileSync(join(root, 'packages', 'player', 'README.md'), 'utf8');
  assert(packageReadme.includes(markup) && packageReadme.includes(moduleCode.split('\n\n')[0]), 'packages/player/README.md differs');
});

/** The files the snippets name: the demo recording under the names the README uses. */
function copyMedia(into) {
  const base = join(root, 'media', 'press-conference-2007-10-12');
  for (const [from, to] of [['.mp3', 'talk.mp3'], ['.json', 'talk.json'], ['.peaks.json', 'talk.peaks.json'], ['.vtt', 'talk.vtt']]) {
    cpSync(base + from, join(into, to));
  }
}
const fill = (template, parts) => Object.entries(parts).reduce((text, [name, value]) => text.replace(`<!-- parley:${name} -->`, value.trimEnd()), template);

// ---- 2. The Vite app -------------------------------------------------------------------------------
console.log('consumer: a Vite vanilla TypeScript app');
const app = join(work, 'app');
cpSync(join(here, 'vite-app'), app, { recursive: true });
rmSync(join(app, 'README.md'));
writeFileSync(join(app, 'index.html'), fill(readFileSync(join(app, 'index.html'), 'utf8'), { markup }));
mkdirSync(join(app, 'src'), { recursive: true });
writeFileSync(join(app, 'src', 'main.ts'), moduleCode);
mkdirSync(join(app, 'public'));
copyMedia(join(app, 'public'));
npm(['install', '--prefer-offline'], app);
await check(`"${install}" installs the player`, () => {
  assert(/^npm install parley-player$/.test(install), `the README says "${install}"`);
  npm(['install', '--prefer-offline', tarballs.player], app);
});
await check('parley-player/prerender writes a first screenful in Node, and parley-first.js ships', () => {
  // A site generator's use: read the transcript, write its first turns into the page's HTML.
  const script = [
    "import { readFileSync } from 'node:fs';",
    "import { readTranscript, firstScreenfulHtml } from 'parley-player/prerender';",
    "const { transcript } = readTranscript(readFileSync('public/talk.json', 'utf8'), { fileName: 'talk.json' });",
    "transcript.turns[0].sentences[0].words[0].text = '<script>x</script>';",
    "process.stdout.write(firstScreenfulHtml(transcript));",
  ].join('\n');
  const html = sh(process.execPath, ['--input-type=module', '-e', script], app);
  assert(html.includes('data-parley-prerendered') && html.includes('role="list"'), html.slice(0, 300));
  assert(html.includes('&lt;script&gt;x&lt;/script&gt;') && !html.includes('<script>x'), 'a word\'s text was not escaped');
  assert(existsSync(join(app, 'node_modules', 'parley-player', 'parley-first.js')), 'parley-first.js is not in the package');
  // The README's next step: write parley-first.js into the page, its hash into the page's policy.
  const inline = [
    "import { readFileSync } from 'node:fs';",
    "import { inlineFirstScript } from 'parley-player/prerender';",
    "const page = `<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\"><script src=\"parley-first.js\"></script>`;",
    "process.stdout.write(await inlineFirstScript(page, readFileSync('node_modules/parley-player/parley-first.js', 'utf8')));",
  ].join('\n');
  const inlined = sh(process.execPath, ['--input-type=module', '-e', inline], app);
  assert(/script-src 'self' 'sha256-[A-Za-z0-9+\/]+=*'/.test(inlined) && /<script>\S/.test(inlined) && !inlined.includes('src="parley-first.js"'), inlined.slice(0, 300));
});
await check('no eSpeak anywhere in the app\'s dependency tree', () => {
  const tree = npm(['ls', '--all', '--parseable'], app);
  assert(!/espeak/i.test(tree), tree.split('\n').filter((l) => /espeak/i.test(l)).join('\n'));
});
await check('the template\'s strict tsc and vite build pass', () => {
  npm(['run', 'build'], app);
});
await check('the app\'s bundle holds one copy of Lit although the navigation is a separate import', () => {
  const assets = join(app, 'dist', 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  for (const marker of ['litHtmlVersions', 'litElementVersions']) {
    const count = js.split(marker).length - 1;
    assert(count === 1, `${marker} appears ${count} times`);
  }
});

// ---- 3. The static folder ------------------------------------------------------------------------
const site = join(work, 'static');
mkdirSync(site);
sh('tar', ['-xzf', tarballs.player, '-C', work, 'package/parley.js']);
cpSync(join(work, 'package', 'parley.js'), join(site, 'parley.js'));
writeFileSync(join(site, 'index.html'), fill(readFileSync(join(here, 'static', 'index.html'), 'utf8'), { script: scriptTag, markup }));
copyMedia(site);

// ---- 4. Both pages in Chromium -------------------------------------------------------------------
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.mp3': 'audio/mpeg', '.vtt': 'text/vtt', '.css': 'text/css' };
/** A static server with byte ranges, as a web host serves a recording. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith('/') || (existsSync(path) && statSync(path).isDirectory()) ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'accept-ranges': 'bytes' };
    const range = /bytes=(\d*)-(\d*)/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : size - Number(range[2]);
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      createReadStream(file, { start, end }).pipe(res);
    } else {
      res.writeHead(200, { ...headers, 'content-length': size });
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'], headless: true });

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** The text of the highlighted words, and the word the recording's timing says is spoken now. */
function highlighted(page) {
  return page.evaluate(async () => {
    const media = document.querySelector('parley-player audio, parley-player video');
    const transcript = await (await fetch('talk.json')).json();
    const t = media.currentTime;
    const spoken = transcript.turns.flatMap((turn) => turn.sentences.flatMap((s) => s.words))
      .find((w) => w.start !== null && w.start <= t && t < w.end);
    // The transcript view is inside the player's shadow root.
    const find = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName === 'parley-transcript') return el;
        if (el.shadowRoot) {
          const inner = find(el.shadowRoot);
          if (inner) return inner;
        }
      }
      return null;
    };
    const view = find(document);
    // The spoken word is painted with the CSS Custom Highlight "parley-word".
    const ranges = [...(CSS.highlights.get('parley-word') ?? [])].filter((r) => view?.shadowRoot?.contains(r.startContainer));
    const turn = view?.shadowRoot?.querySelector('[aria-current="true"]');
    const words = ranges.map((r) => r.toString());
    const inCurrentTurn = ranges.length > 0 && ranges.every((r) => !!turn && turn.contains(r.startContainer));
    return { time: t, words, spoken: spoken?.text ?? null, inCurrentTurn };
  });
}

for (const [label, dir] of [['Vite app', join(app, 'dist')], ['static page with parley.js', site]]) {
  console.log(`consumer: ${label} in Chromium`);
  const server = await serve(dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A browser asks for /favicon.ico by itself; any other failed request is an error.
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await check(`${label}: the transcript and the questions load`, async () => {
    await page.getByRole('region', { name: 'Transcript' }).getByRole('listitem').first().waitFor({ timeout: 20_000 });
    const questions = page.getByRole('navigation', { name: 'Questions' });
    await questions.getByRole('link').first().waitFor({ timeout: 10_000 });
    const links = await questions.getByRole('link').count();
    assert(links >= 5, `${links} links in the questions list`);
  });
  await check(`${label}: axe reports nothing before playing`, async () => {
    const v = await axe(page);
    assert(v.length === 0, v.join('\n'));
  });
  await check(`${label}: playing highlights the word being spoken`, async () => {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => (document.querySelector('parley-player audio')?.currentTime ?? 0) > 2, null, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    // Paused inside a word: after a frame the highlight matches the recording's timing.
    let state = await highlighted(page);
    for (let i = 0; i < 20 && !state.spoken; i++) {
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.waitForTimeout(150);
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      state = await highlighted(page);
    }
    await page.waitForTimeout(100);
    state = await highlighted(page);
    assert(state.spoken, `no word is spoken at ${state.time}`);
    const bare = (w) => w.replace(/[^\p{L}\p{N}]/gu, '');
    assert(state.words.map(bare).includes(bare(state.spoken)), `at ${state.time.toFixed(2)} s "${state.words.join(' ')}" is highlighted, "${state.spoken}" is spoken`);
    assert(state.inCurrentTurn, 'the highlighted word is not in the turn marked aria-current');
  });
  await check(`${label}: axe reports nothing after playing`, async () => {
    const v = await axe(page);
    assert(v.length === 0, v.join('\n'));
  });
  await check(`${label}: axe reports nothing in forced colours`, async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    assert(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours not emulated');
    const v = await axe(page);
    assert(v.length === 0, v.join('\n'));
    await page.emulateMedia({ forcedColors: 'none' });
  });
  await check(`${label}: no errors in the console`, () => {
    assert(errors.length === 0, errors.join('\n'));
  });
  await page.close();
  server.close();
}
await browser.close();

// ---- 5. The CLI -----------------------------------------------------------------------------------
console.log('consumer: the CLI tarball in an empty folder');
const cli = join(work, 'cli');
mkdirSync(cli);
writeFileSync(join(cli, 'package.json'), '{ "name": "transcripts", "private": true }\n');
cpSync(join(here, 'cli', 'briefing.md'), join(cli, 'briefing.md'));
await check('npm install parley-cli (the tarball)', () => {
  npm(['install', '--prefer-offline', tarballs.cli], cli);
});
const parley = (...args) => sh('npx', ['--no-install', 'parley', ...args], cli);
await check('parley --help', () => {
  assert(/Usage: parley <command>/.test(parley('--help')), 'no usage text');
});
await check('parley convert', () => {
  parley('convert', 'briefing.md', '-o', 'briefing.json');
  const json = JSON.parse(readFileSync(join(cli, 'briefing.json'), 'utf8'));
  assert(json.turns.length === 2, `${json.turns.length} turns`);
});
await check('parley media (eSpeak-NG) then parley align', () => {
  parley('media', '-i', 'briefing.md', '-o', 'spoken');
  const spoken = readdirSync(join(cli, 'spoken')).find((f) => f.endsWith('.mp3'));
  parley('align', join('spoken', spoken), 'briefing.md', '-o', 'aligned.vtt');
  const vtt = readFileSync(join(cli, 'aligned.vtt'), 'utf8');
  assert(/^WEBVTT/.test(vtt) && /<\d\d:\d\d:\d\d\.\d\d\d>/.test(vtt), 'no timed WebVTT written');
});
await check('the CLI runs without tsx', () => {
  assert(!existsSync(join(cli, 'node_modules', 'tsx')), 'tsx was installed');
});

if (keep) console.log(`consumer: work folder kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`\nConsumer: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
