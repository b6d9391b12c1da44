// Browser tests: every test/**/*.test.ts except test/node/ runs in headless Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { a11yTreePlugin } from './scripts/a11y-tree-plugin.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  // a11y-tree: the accessibility tree as the browser gives it to assistive technology.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11yTreePlugin()],
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
