#!/usr/bin/env node
// The `parley` command. It runs the TypeScript sources directly through tsx, so that
// `npx parley …` works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/parley.ts');
process.exitCode = await main(process.argv.slice(2));
