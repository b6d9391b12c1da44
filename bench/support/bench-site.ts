/**
 * The benchmark page (bench/player/index.html) built with the project's Vite configuration, as
 * `bench:player` and `bench:heap` open it, with the large inputs (bench/data) linked as /data.
 */
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DATA_DIR } from '../large/write-data.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the page into `outDir` (emptied first). */
export async function buildBenchSite(outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: { bench: join(ROOT, 'bench/player/index.html') } } },
  });
  symlinkSync(DATA_DIR, join(outDir, 'data'));
  // The build copies the demo's media itself; link the folder when it did not.
  if (!existsSync(join(outDir, 'media'))) symlinkSync(join(ROOT, 'media'), join(outDir, 'media'));
}
