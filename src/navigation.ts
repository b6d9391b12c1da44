// The navigation entry point: the questions list, search, speaker filter, "where am I", the
// keyboard shortcuts, and <parley-navigation>, which holds them all. A page imports it beside the player (or on its own, next to a player that
// another bundle defined); it shares Lit and the player's context with the root entry.
import './components/questions/questions.js';
import './components/search/search.js';
import './components/speaker-filter/speaker-filter.js';
import './components/shortcuts/shortcuts.js';
import './components/where-am-i/where-am-i.js';
import './components/navigation/navigation.js';

export { ParleyQuestions } from './components/questions/questions.js';
export { ParleySearch } from './components/search/search.js';
export { ParleySpeakerFilter } from './components/speaker-filter/speaker-filter.js';
export { ParleyShortcuts } from './components/shortcuts/shortcuts.js';
export { ParleyWhereAmI } from './components/where-am-i/where-am-i.js';
export { ParleyNavigation } from './components/navigation/navigation.js';
