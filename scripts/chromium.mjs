// Finds a Chromium for the browser tests and benchmarks, or installs Debian's package when
// that is possible without asking (root on Debian). Test tools here never download a browser.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

/** Flags that Chromium needs here: headless as root, autoplay in tests, no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--mute-audio',
];

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

function isDebian() {
  try {
    return readFileSync('/etc/os-release', 'utf8').includes('ID=debian') || existsSync('/etc/debian_version');
  } catch {
    return false;
  }
}

/** The path of a Chromium executable; installs Debian's package when root on Debian; else throws. */
export function chromiumPath() {
  const path = found();
  if (path) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebian()) {
    console.error('No Chromium found: installing Debian\'s chromium package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    `No Chromium found for the browser tests. Install one and try again:\n  ${INSTALL}\n` +
      'or point CHROME_PATH at a Chromium or Chrome executable.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(chromiumPath());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
