// `npm test`: the browser suite (web-test-runner in headless Chromium), then the Node-only suite
// (node --test through tsx), then one closing line with the counts of both.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

// Find (or, as root on Debian, install) Chromium before anything starts, so that a missing
// browser ends with the one command that installs it rather than a launcher stack trace.
try {
  process.env.CHROME_PATH = chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// Counts go to a folder of this run's own, so that other runs at the same time cannot mix in.
const results = mkdtempSync(join(tmpdir(), 'parley-test-'));
process.on('exit', () => rmSync(results, { recursive: true, force: true }));
// `--only=browser` or `--only=node` runs one half; anything else is passed to web-test-runner.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const extra = process.argv.slice(2).filter((a) => !a.startsWith('--only='));

const browser = only === 'node' ? { status: 0 } : spawnSync('node_modules/.bin/web-test-runner', ['--config', 'web-test-runner.config.mjs', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, PARLEY_TEST_RESULTS: join(results, 'browser.json') },
});

function nodeTestFiles(dir) {
  let out = [];
  try {
    statSync(dir);
  } catch {
    return out;
  }
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(nodeTestFiles(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

const nodeFiles = only === 'browser' ? [] : nodeTestFiles('test/node');
const node = nodeFiles.length
  ? spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-summary-reporter.mjs', `--test-reporter-destination=${join(results, 'node.json')}`, ...nodeFiles], {
      stdio: 'inherit',
    })
  : { status: 0 };

let b = { passed: 0, failed: 0, skipped: 0 };
let n = { passed: 0, failed: 0, skipped: 0 };
try { b = JSON.parse(readFileSync(join(results, 'browser.json'), 'utf8')); } catch { b.failed = browser.status ? 1 : 0; }
try { n = JSON.parse(readFileSync(join(results, 'node.json'), 'utf8')); } catch { n.failed = node.status ? 1 : 0; }

const failedRuns = (browser.status !== 0 ? 1 : 0) + (node.status !== 0 ? 1 : 0);
const failed = b.failed + n.failed || failedRuns;
console.log(`\nBrowser: ${b.passed} passed, ${b.failed} failed, ${b.skipped} skipped; Node: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped`);
console.log(`Tests: ${b.passed + n.passed} passed, ${failed} failed, ${b.skipped + n.skipped} skipped`);
process.exit(failedRuns ? 1 : 0);
