// The benchmark page's script: the player's code. The page's HTML (index.html) already holds the
// <parley-player> with its native <audio>, as a page that uses Parley writes it.
import '../../src/components/player/player.js';
