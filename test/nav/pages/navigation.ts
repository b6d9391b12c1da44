// A page for screenshots of the navigation elements: the demo press conference with synthetic
// times and a silent recording, in the real player, with addNavigation() as a demo page would call it.
import '../../../src/components/player/player.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { addNavigation } from '../../../src/components/nav-common/navigation.js';
import { demoTranscript, withSyntheticTimes, durationOf, silentWav } from '../fixtures.js';

const player = document.querySelector<ParleyPlayer>('#player')!;
const transcript = withSyntheticTimes(await demoTranscript());
player.src = silentWav(Math.ceil(durationOf(transcript)));
player.transcriptData = transcript;
addNavigation(player);
document.body.dataset.ready = 'true';
