#!/usr/bin/env node
// The installed `parley` command: runs the compiled JavaScript in dist/ (built from the
// repository's src/ by scripts/build-packages.mjs), so no TypeScript loader is needed.
import { main } from '../dist/cli/parley.js';

process.exitCode = await main(process.argv.slice(2));
