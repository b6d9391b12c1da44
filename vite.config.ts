import { defineConfig, type Plugin } from 'vite';
import { build as esbuild, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playerCodeAfterInteractive } from './src/prerender/priority.js';

/**
 * Lit's standard decorators (`@property() accessor x`) must be lowered for browsers; Vite 8's own
 * TypeScript transform (Oxc) leaves them as written. esbuild lowers them, in dev and in the build
 * alike, as it does for the tests.
 */
function lowerDecorators(): Plugin {
  return {
    name: 'parley:lower-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.ts$/.test(id.split('?')[0]!) || id.includes('/node_modules/')) return null;
      const out = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } },
      });
      return { code: out.code, map: out.map };
    },
  };
}

/**
 * The styles of the elements are CSS in `css\`…\`` templates, which no minifier touches: their
 * comments and indentation would ship as they are written. The build drops the comments and
 * folds each run of white space to one space (CSS reads both the same; quoted strings in
 * Parley's styles hold no runs of spaces).
 */
export function minifyCssTemplates(code: string): string {
  return code.replace(/\bcss`((?:\\[\s\S]|[^`\\])*)`/g, (_, body: string) => {
    const folded = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1');
    return `css\`${folded.trim()}\``;
  });
}

function minifyStyles(): Plugin {
  return {
    name: 'parley:minify-styles',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id.split('?')[0]!) || id.includes('/node_modules/') || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

/** The files of `media/` the demo page opens; copied into `dist/media/` by the build. */
const DEMO_MEDIA = /^(press-conference-2007-10-12\.(mp3|json|vtt|md|peaks\.json)|test-video\.(webm|vtt|json))$/;

function copyDemoMedia(): Plugin {
  let outDir = 'dist';
  return {
    name: 'parley:copy-demo-media',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (!existsSync('media')) return;
      mkdirSync(join(outDir, 'media'), { recursive: true });
      for (const name of readdirSync('media')) {
        if (DEMO_MEDIA.test(name)) cpSync(join('media', name), join(outDir, 'media', name));
      }
    },
  };
}

/**
 * Files of the player package the reference page (reference.html) uses: the manifest it renders and
 * parley.js, which runs its live examples.
 */
const PACKAGE_FILES = { 'custom-elements.json': 'application/json', 'parley.js': 'text/javascript' } as const;

function readPackageFile(name: keyof typeof PACKAGE_FILES): string {
  const path = join('packages/player', name);
  // `npm install` and `npm run build` make them; a plain `vite` or `vite build` makes them here if missing.
  if (!existsSync(path)) spawnSync(process.execPath, ['scripts/build-packages.mjs', 'player'], { stdio: 'inherit' });
  return readFileSync(path, 'utf8');
}

/** Serves the package's manifest and parley.js beside the pages in dev, and puts them into the built site. */
function playerPackageFiles(): Plugin {
  return {
    name: 'parley:player-package-files',
    configureServer(server) {
      for (const [name, type] of Object.entries(PACKAGE_FILES)) {
        server.middlewares.use(`/${name}`, (_req, res) => {
          res.setHeader('content-type', type);
          res.end(readPackageFile(name as keyof typeof PACKAGE_FILES));
        });
      }
    },
    generateBundle() {
      for (const name of Object.keys(PACKAGE_FILES) as (keyof typeof PACKAGE_FILES)[]) {
        this.emitFile({ type: 'asset', fileName: name, source: readPackageFile(name) });
      }
    },
  };
}

/**
 * Writes into the page the number of bytes its first alignment downloads, so that the page can say
 * it before downloading (see ALIGN_DOWNLOAD_BYTES in src/components/aligner/aligner.ts): every file
 * of the alignment workers' builds (the workers, eSpeak-NG and its voice data, the audio decoder
 * core) except the codecs, of which a recording needs one, counted at the largest of the common
 * ones (MP3, WAV, FLAC, Opus, Vorbis, AAC, WebM).
 */
function alignDownloadSize(): Plugin {
  const PLACEHOLDER = '__PARLEY_ALIGN_DOWNLOAD_BYTES__';
  const COMMON_CODECS = /^assets\/decode-(mp3|wav|flac|opus|vorbis|aac|mp4|webm)-/;
  return {
    name: 'parley:align-download-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const size = (f: (typeof bundle)[string]) => (f.type === 'asset' ? (typeof f.source === 'string' ? Buffer.byteLength(f.source) : f.source.length) : 0);
      // The workers' own builds reach this bundle as assets; the page's chunks are chunks.
      const workerFiles = Object.values(bundle).filter((f) => f.type === 'asset' && /^assets\/.*\.(js|data)$/.test(f.fileName));
      const codecs = workerFiles.filter((f) => /^assets\/decode-/.test(f.fileName));
      const bytes =
        workerFiles.filter((f) => !codecs.includes(f)).reduce((n, f) => n + size(f), 0) +
        Math.max(0, ...codecs.filter((f) => COMMON_CODECS.test(f.fileName)).map(size));
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.code.includes(PLACEHOLDER)) file.code = file.code.split(PLACEHOLDER).join(String(bytes));
      }
      this.info(`first alignment downloads ${bytes} bytes`);
    },
  };
}

/**
 * A page that shows a transcript needs the code that reads it (`src/formats/load.ts`) and, most
 * often, the Parley JSON reader; a page with a first screenful in its HTML imports the player's
 * elements themselves on demand, once that screenful answers. Both are chunks loaded on demand, so without a hint the browser
 * asks for them only once the player's own chunk has arrived and run: a second round trip before
 * the transcript can show. This lists them (and what they import) as `<link rel="modulepreload">`
 * in every page whose script may load them, so that they download beside the page's own chunk.
 * Another format's reader costs one small request more, as before.
 */
function preloadTranscriptReader(): Plugin {
  const READER_MODULES = [
    /\/src\/formats\/load\.ts$/,
    /\/src\/formats\/json\/index\.ts$/,
    // A page with a first screenful in its HTML imports the player's elements once that screenful
    // answers (src/prerender/after-first-screenful.ts): their code downloads at once all the same.
    /\/src\/components\/player\/player\.ts$/,
    /\/src\/components\/navigation\/navigation\.ts$/,
  ];
  let base = '/';
  return {
    name: 'parley:preload-transcript-reader',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return;
        const chunk = (file: string) => {
          const c = bundle[file];
          return c?.type === 'chunk' ? c : null;
        };
        /** Every chunk reached from `files` by static imports (and by dynamic ones too when `dynamic`). */
        const reach = (files: string[], dynamic: boolean): Set<string> => {
          const seen = new Set<string>();
          const walk = (file: string) => {
            const c = chunk(file);
            if (!c || seen.has(file)) return;
            seen.add(file);
            for (const f of c.imports) walk(f);
            if (dynamic) for (const f of c.dynamicImports) walk(f);
          };
          files.forEach(walk);
          return seen;
        };
        const mayLoad = reach([entry.fileName], true);
        const loadedAnyway = reach([entry.fileName], false);
        const readers = Object.values(bundle)
          .filter((c) => c.type === 'chunk' && mayLoad.has(c.fileName) && READER_MODULES.some((m) => m.test(c.facadeModuleId ?? '')))
          .map((c) => c.fileName);
        const files = [...reach(readers, false)].filter((f) => !loadedAnyway.has(f));
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/** The first script of a page with a first screenful in its HTML (src/prerender/wire.ts), as one classic script. */
export async function firstScript(): Promise<string> {
  const out = await esbuild({
    entryPoints: [fileURLToPath(new URL('src/prerender/first-script.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

/**
 * The demo page's first screenful: the press conference's first turns, written into index.html
 * where it says `<!-- parley:first-screenful -->` (in dev and in the build), from the same JSON the
 * player reads, and `parley-first.js`, the small script that makes them answer before the player's
 * code has arrived, written into the page in place of its `<script src="parley-first.js">`, its
 * hash added to the page's Content-Security-Policy (inlineFirstScript).
 */
function firstScreenful(): Plugin {
  const MARKER = '<!-- parley:first-screenful -->';
  const TRANSCRIPT = 'media/press-conference-2007-10-12.json';
  return {
    name: 'parley:first-screenful',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(MARKER)) return html;
        const { readTranscript, firstScreenfulHtml, inlineFirstScript } = await import('./src/prerender/index.js');
        const inlined = await inlineFirstScript(html, await firstScript());
        if (!existsSync(TRANSCRIPT)) return inlined.replace(MARKER, '');
        const { transcript } = readTranscript(readFileSync(TRANSCRIPT, 'utf8'), { fileName: TRANSCRIPT });
        return inlined.replace(MARKER, firstScreenfulHtml(transcript));
      },
    },
  };
}

function firstScreenfulFirst(): Plugin {
  return { name: 'parley:first-screenful-first', transformIndexHtml: { order: 'post', handler: playerCodeAfterInteractive } };
}

/**
 * Imports that the aligner's dependencies make only where a page never goes: a codec audio-decode
 * names but does not install, and Node's `module` in eSpeak-NG's script. The test runner maps
 * them to the same stand-ins (web-test-runner.config.mjs).
 */
const ALIGNER_STAND_INS = {
  '@audio/decode-ape': fileURLToPath(new URL('src/audio/missing-decoder.ts', import.meta.url)),
  module: fileURLToPath(new URL('src/speech/no-node-module.ts', import.meta.url)),
};

// The demo page (index.html), the element reference (reference.html) and the player bundle. `media/` is served as static files in dev
// (the recording, its transcripts and peaks) and copied into `dist/` by the build.
export default defineConfig({
  // public/ holds the demo page's classic preload script (the CSP allows no inline script), served and copied as is.
  publicDir: 'public',
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  plugins: [minifyStyles(), lowerDecorators(), copyDemoMedia(), playerPackageFiles(), alignDownloadSize(), preloadTranscriptReader(), firstScreenful(), firstScreenfulFirst()],
  resolve: { alias: ALIGNER_STAND_INS },
  // The alignment workers load their parts (decoders, eSpeak-NG) as chunks of their own.
  worker: { format: 'es', plugins: () => [lowerDecorators()] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    rollupOptions: { input: { main: 'index.html', reference: 'reference.html' } },
  },
});
