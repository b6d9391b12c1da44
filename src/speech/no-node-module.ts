/**
 * Stands in for Node's `module` in the browser: the eSpeak-NG script imports it only when it runs
 * in Node, but a bundler must resolve the import wherever it appears.
 */
export function createRequire(): never {
  throw new Error('Node modules are not available in a browser');
}
