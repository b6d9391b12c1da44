// Browser tests: every test/**/*.test.ts except test/node/ runs in headless Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { a11yTreePlugin } from './scripts/a11y-tree-plugin.mjs';
import { execFile } from 'node:child_process';

/**
 * `executeServerCommand('parley-align-fixture', { kind })`: a short recording and transcript and
 * what `parley align` made of them (see test/helpers/align-cli-fixture.ts), for the page's
 * alignment tests to compare with. Made once per kind and run; `{ pending: true }` while making.
 */
function alignFixtures() {
  const made = new Map();
  const make = (kind) =>
    new Promise((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', 'test/helpers/align-cli-fixture.ts', kind], { maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`align fixture "${kind}": ${stderr || error.message}`));
        else resolve(JSON.parse(stdout));
      });
    });
  return {
    name: 'parley-align-fixtures',
    async executeCommand({ command, payload }) {
      if (command !== 'parley-align-fixture') return undefined;
      if (!made.has(payload.kind)) made.set(payload.kind, make(payload.kind));
      // A command must answer within 20 s: on a busy machine the test asks again until it is made.
      return Promise.race([made.get(payload.kind), new Promise((resolve) => setTimeout(() => resolve({ pending: true }), 15_000))]);
    },
  };
}

/**
 * Imports the aligner's dependencies make only where the page never goes (a codec audio-decode
 * does not install; Node's `module` in eSpeak-NG's script): the same stand-ins as the build.
 */
function alignerStandIns() {
  const standIns = { '@audio/decode-ape': '/src/audio/missing-decoder.ts', module: '/src/speech/no-node-module.ts' };
  return {
    name: 'parley-aligner-stand-ins',
    resolveImport({ source }) {
      return standIns[source];
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  // /__stall/…: a server that accepts the request and never answers (the player's stall timeout is tested on it).
  middleware: [
    async (ctx, next) => {
      if (!ctx.path.startsWith('/__stall/')) return next();
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        setTimeout(resolve, 60_000);
      });
      ctx.status = 204;
    },
  ],
  // a11y-tree: the accessibility tree as the browser gives it to assistive technology
  // (roles, text, and the outline of headings and names the reading tests walk).
  plugins: [alignFixtures(), alignerStandIns(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11yTreePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Parley tests</title></head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
};
