// parley-first.js: the first script of a page with a first screenful in its HTML (see wire.ts).
// A plain script placed right after the <parley-player>: it runs as soon as the first screenful is
// parsed, before the page's modules (a deferred script would run after them).
import { wireFirstScreenfuls } from './wire.js';

wireFirstScreenfuls(document);
