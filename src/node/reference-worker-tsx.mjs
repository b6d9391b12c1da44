// Entry of the reference worker thread when Parley runs from its TypeScript sources (through
// tsx, as `parley` and the tests do): worker threads do not inherit the parent's loader hooks,
// so this registers tsx in the worker before loading the worker's TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./reference-worker.ts');
