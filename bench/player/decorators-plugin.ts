/**
 * Vite 8 transforms TypeScript with Oxc, which lowers only legacy (experimental) decorators: the
 * standard decorators the components use (`@customElement`, `@property() accessor …`) reach the
 * bundle unchanged, and Chromium rejects the file ("Invalid or unexpected token"). This plugin
 * lowers them with esbuild first, for files that have any.
 */
import { transformWithEsbuild, type Plugin } from 'vite';

const DECORATED = /^\s*@[A-Za-z_$][\w$]*\(/m;

export function standardDecorators(): Plugin {
  return {
    name: 'parley-standard-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.ts$/.test(id.split('?')[0]!) || !DECORATED.test(code)) return null;
      const result = await transformWithEsbuild(code, id, {
        loader: 'ts',
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, experimentalDecorators: false } },
      });
      return { code: result.code, map: result.map };
    },
  };
}
