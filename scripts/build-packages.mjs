// Builds the two packages under packages/ from src/:
//
//   packages/player  parley-player: every module a page uses, compiled one file each to ES2022 with
//                    the decorators lowered (Lit stays an import, so a page's bundler keeps one copy of
//                    it however many entries it imports), .d.ts types, custom-elements.json from the doc
//                    comments, and parley.js: everything in one file for a plain <script> tag.
//   packages/cli     parley-cli: the `parley` command compiled to JavaScript for Node.
//
// Usage: node scripts/build-packages.mjs [player|cli]   (both when no name is given)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** The folders of src/ each package is made of. */
const PLAYER_SOURCES = ['index.ts', 'navigation.ts', 'components', 'model', 'formats', 'nav', 'prerender'];
/**
 * Left out of the player: `<parley-aligner>` runs the aligner and eSpeak-NG (GPL-3.0) in workers, so
 * it belongs to the demo page, never to the MIT player package.
 */
const PLAYER_EXCLUDED = ['components/aligner'];
const CLI_SOURCES = ['cli', 'node', 'align', 'speech', 'audio', 'formats', 'model', 'media-gen'];

/** Only the TypeScript modules of `entries` (files or folders of src/), declaration files and `excluded` left out. */
function modules(entries, excluded = []) {
  const out = [];
  const skip = new Set(excluded.map((entry) => join(src, entry)));
  const walk = (path) => {
    if (skip.has(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  };
  for (const entry of entries) walk(join(src, entry));
  return out.sort();
}

/** esbuild options shared by both packages: ES2022, the standard decorators lowered as Lit expects. */
const COMPILE = {
  outbase: src,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } },
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Fails when the compiled code imports a package that `dir`'s package.json does not list among its
 * dependencies: a page or a command installed from the tarball would not find it.
 */
function checkDependencies(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const listed = new Set(Object.keys(pkg.dependencies ?? {}));
  const missing = new Map();
  const walk = (path) => {
    if (statSync(path).isDirectory()) return readdirSync(path).forEach((name) => walk(join(path, name)));
    if (!path.endsWith('.js')) return;
    const code = readFileSync(path, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([@a-z0-9][\w@/.-]*)["']/gm)) {
      if (specifier.startsWith('node:')) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!listed.has(name)) missing.set(name, relative(dir, path));
    }
  };
  walk(join(dir, 'dist'));
  if (missing.size) {
    const list = [...missing].map(([name, file]) => `${name} (imported by ${file})`).join(', ');
    throw new Error(`${pkg.name}: package.json does not list ${list} among its dependencies`);
  }
}

function copyShared(dir) {
  copyFileSync(join(root, 'LICENSE'), join(dir, 'LICENSE'));
}

async function buildPlayer() {
  const dir = join(root, 'packages', 'player');
  const dist = join(dir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  // One JavaScript module per source module: imports of Lit, wavesurfer.js and webvtt-parser stay
  // bare, for the page's bundler to resolve once.
  await build({ ...COMPILE, entryPoints: modules(PLAYER_SOURCES, PLAYER_EXCLUDED), outdir: dist, platform: 'browser', bundle: false });
  run(bin('tsc'), ['-p', join(dir, 'tsconfig.json')]);

  // One self-contained file for pages without a bundler: the elements, the navigation, Lit and the
  // transcript readers (loaded on first use in the package, inlined here).
  await build({
    ...COMPILE,
    // The reading settings, the download menu and the compact bar, which the player loads on first
    // use, are defined at once here, so that a page can also place them itself.
    stdin: {
      contents: "import './index.ts';\nimport './navigation.ts';\nimport './components/settings/settings.ts';\nimport './components/download/download.ts';\nimport './components/compact-bar/compact-bar.ts';\n",
      resolveDir: src,
      sourcefile: 'parley.ts',
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    platform: 'browser',
    legalComments: 'eof',
    outfile: join(dir, 'parley.js'),
  });

  // parley-first.js: the small classic script that makes a first screenful written into a page's
  // HTML (firstScreenfulHtml of parley-player/prerender) answer before the player's code arrives.
  await build({ ...COMPILE, entryPoints: [join(src, 'prerender', 'first-script.ts')], bundle: true, minify: true, format: 'iife', platform: 'browser', outfile: join(dir, 'parley-first.js') });

  // custom-elements.json from the doc comments, with the paths of the published JavaScript.
  run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/**/*.styles.ts', ...PLAYER_EXCLUDED.flatMap((entry) => ['--exclude', `src/${entry}/**`]), '--outdir', relative(root, dir), '--quiet']);
  const manifestPath = join(dir, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8').replace(/"src\/([^"]+)\.ts"/g, '"dist/$1.js"'));
  // A base class such as ParleyPanel is listed for its members, which its elements inherit, but it
  // is no element of its own: it has no tag.
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  checkDependencies(dir);
  copyShared(dir);
}

async function buildCli() {
  const dir = join(root, 'packages', 'cli');
  const dist = join(dir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  await build({ ...COMPILE, entryPoints: modules(CLI_SOURCES), outdir: dist, platform: 'node', bundle: false });
  checkDependencies(dir);
  copyShared(dir);
}

const which = process.argv[2];
if (which && which !== 'player' && which !== 'cli') {
  console.error(`build-packages: unknown package "${which}" (player or cli)`);
  process.exit(2);
}
if (!which || which === 'player') await buildPlayer();
if (!which || which === 'cli') await buildCli();
if (!existsSync(join(root, 'packages', 'player', 'dist', 'index.js'))) process.exit(1);
