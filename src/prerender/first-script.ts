// parley-first.js: the first script of a page with a first screenful in its HTML (see wire.ts).
// Loaded with `defer`, it runs once the HTML is parsed, before the player's module.
import { wireFirstScreenfuls } from './wire.js';

wireFirstScreenfuls(document);
