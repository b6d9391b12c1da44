/**
 * Where the alignment development set comes from: Debian packages fetched at set-up time (never
 * committed), each with its licence. Speech from synthesizers other than eSpeak-NG gives word or
 * sentence times as truth; real human speech ships with its exact text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Source {
  id: string;
  label: string;
  /** Debian packages whose files are unpacked into the cache (not installed). */
  unpack?: string[];
  /** Debian packages installed (programs that must run from their usual places). */
  install?: string[];
  licence: string;
  /** What the truth is: the synthesizer's own word times, or phrase onsets measured in each clip. */
  truth: 'word' | 'phrase';
  human: boolean;
}

export const SOURCES: Source[] = [
  {
    id: 'festival',
    label: 'Festival 2.5 (voices kal_diphone, ked_diphone, cmu_us_slt_arctic_hts)',
    install: ['festival', 'festvox-kallpc16k', 'festvox-kdlpc16k', 'festvox-us-slt-hts'],
    licence: 'Festival: BSD-style (University of Edinburgh); festvox voices: free use and redistribution (CSTR / CMU ARCTIC licence)',
    truth: 'word',
    human: false,
  },
  {
    id: 'flite',
    label: 'Flite 2.2 (voices awb, rms, slt, kal16)',
    install: ['flite'],
    licence: 'BSD-style (Carnegie Mellon University)',
    truth: 'phrase',
    human: false,
  },
  {
    id: 'allison',
    label: 'Asterisk core sounds, English, read by Allison Smith (human, 8 kHz)',
    unpack: ['asterisk-core-sounds-en', 'asterisk-core-sounds-en-wav'],
    licence: 'CC-BY-SA-3.0 (Allison Smith / Digium)',
    truth: 'phrase',
    human: true,
  },
  {
    id: 'june',
    label: 'Asterisk core sounds, French (Canada), read by June Wallack (human, 8 kHz; added after tuning in an earlier round, since scored in several rounds)',
    unpack: ['asterisk-core-sounds-fr', 'asterisk-core-sounds-fr-wav'],
    licence: 'CC-BY-SA-3.0 (June Wallack / Digium)',
    truth: 'phrase',
    human: true,
  },
  {
    id: 'librivox',
    label: 'LibriVox clips of "Sense and Sensibility" from pocketsphinx-testdata (human, 16 kHz)',
    unpack: ['pocketsphinx-testdata'],
    licence: 'BSD-2-Clause (pocketsphinx test data; the LibriVox recording is in the public domain)',
    truth: 'phrase',
    human: true,
  },
  {
    id: 'ivrvoice',
    label: 'Asterisk core sounds, Russian, read by the female speaker of IVRvoice.ru (human, 8 kHz; added after tuning, scored once)',
    unpack: ['asterisk-core-sounds-ru', 'asterisk-core-sounds-ru-wav'],
    licence: 'CC-BY-3.0 (Maxim Topal, IVRvoice.ru)',
    truth: 'phrase',
    human: true,
  },
  {
    id: 'carlo',
    label: 'Asterisk core sounds, Italian, read by Carlo Flora (human, male, 8 kHz; added after the refusal test of its round was tuned, scored once)',
    unpack: ['asterisk-core-sounds-it', 'asterisk-core-sounds-it-wav'],
    licence: 'CC-BY-3.0 (Carlo Flora, segreterietelefoniche.it)',
    truth: 'phrase',
    human: true,
  },
  {
    id: 'allison-es',
    label: 'Asterisk core sounds, Spanish (Mexico), read by Allison Smith, the speaker of the English source (human, 8 kHz; a new language for a tuned voice; added after the refusal test of its round was tuned, scored once)',
    unpack: ['asterisk-core-sounds-es', 'asterisk-core-sounds-es-wav'],
    licence: 'CC-BY-SA-3.0 (Allison Smith / Digium)',
    truth: 'phrase',
    human: true,
  },
];

/**
 * The peer, echogarden (GPL-3.0), measured in the same run. It is not a devDependency: one of its
 * own dependencies (onnxruntime-node) runs an install script that downloads, which fails where
 * there is no network but the registries and would break `npm ci`; and its dependencies would
 * replace versions Parley itself uses. So it goes into a folder of its own, without scripts; its
 * `dtw` engine needs nothing more (eSpeak-NG in WebAssembly).
 */
export const PEER = 'echogarden@2.10.1';

/** Installs the peer into `folder` (once) and returns the path of its entry module. */
export function installPeer(folder: string, log: (line: string) => void): string {
  const entry = join(folder, 'node_modules/echogarden/dist/api/API.js');
  if (existsSync(entry)) return entry;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
  log(`Installing ${PEER} for the comparison (npm, no scripts, in a folder of its own)…`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', PEER], { cwd: folder, stdio: 'inherit' });
  return entry;
}

/** Unpacks (or installs) every source's packages; returns the folder holding the unpacked files. */
export function fetchSources(cache: string, log: (line: string) => void): string {
  const debs = join(cache, 'debs');
  const root = join(cache, 'root');
  mkdirSync(debs, { recursive: true });
  mkdirSync(root, { recursive: true });
  const missing = SOURCES.flatMap((s) => s.install ?? []).filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length) {
    log(`Installing ${missing.join(', ')} (apt-get)…`);
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit' });
  }
  for (const pkg of SOURCES.flatMap((s) => s.unpack ?? [])) {
    // Unpacked once; a package whose download was kept but not unpacked is unpacked now.
    const marker = join(root, `.unpacked-${pkg}`);
    if (existsSync(marker)) continue;
    if (!readdirSync(debs).some((f) => f.startsWith(`${pkg}_`))) {
      log(`Fetching ${pkg} (apt-get download)…`);
      execFileSync('apt-get', ['download', pkg], { cwd: debs, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const deb = readdirSync(debs).find((f) => f.startsWith(`${pkg}_`));
    if (!deb) throw new Error(`apt-get download ${pkg} gave no file`);
    execFileSync('dpkg', ['-x', join(debs, deb), root]);
    writeFileSync(marker, `${deb}\n`);
  }
  if (!existsSync(join(root, 'usr/share/asterisk/sounds/en_US_f_Allison'))) throw new Error('the Asterisk English sounds were not unpacked');
  return root;
}
