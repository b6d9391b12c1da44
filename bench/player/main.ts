// The benchmark page's script: the player's code. The page's HTML already holds the <parley-player>
// with its native <audio> (and, in the pages per input, the first screenful of the transcript,
// which answers before this runs: the player's code is evaluated once that page is interactive).
import { afterFirstScreenful } from '../../src/prerender/after-first-screenful.js';

await afterFirstScreenful();
await import('../../src/components/player/player.js');
