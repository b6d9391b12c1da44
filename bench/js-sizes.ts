import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript files a built page loads at first (its script tags and their static imports,
 * not the chunks it imports on demand), with their gzip -9 sizes. `dir` is the build's folder.
 */
export function jsSizes(html: string, dir: string): { files: { file: string; bytes: number; gzip: number }[]; gzip: number; bytes: number } {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const files: { file: string; bytes: number; gzip: number }[] = [];
  while (queue.length) {
    const file = queue.shift()!.replace(/^\.?\//, '');
    if (seen.has(file)) continue;
    seen.add(file);
    const body = readFileSync(join(dir, file));
    files.push({ file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    // Static imports of other chunks.
    for (const m of body.toString('utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${m[1]!}`);
  }
  return { files, gzip: files.reduce((a, f) => a + f.gzip, 0), bytes: files.reduce((a, f) => a + f.bytes, 0) };
}
