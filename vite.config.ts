import { defineConfig, type Plugin } from 'vite';
import { transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

// The demo page (index.html), the element reference (reference.html) and the player bundle. `media/` is served as static files in dev
// (the recording, its transcripts and peaks) and copied into `dist/` by the build.
export default defineConfig({
  publicDir: false,
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  plugins: [lowerDecorators(), copyDemoMedia(), playerPackageFiles()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    rollupOptions: { input: { main: 'index.html', reference: 'reference.html' } },
  },
});
