// A page for screenshots of the navigation elements: the demo press conference with synthetic
// times and a silent recording, in the real player, with <parley-navigation> in its panels slot as
// a demo page would place it.
import '../../../../src/components/player/player.js';
import '../../../../src/components/navigation/navigation.js';
import type { ParleyPlayer } from '../../../../src/components/player/player.js';
import { demoTranscript, withSyntheticTimes, durationOf, silentWav } from '../../../helpers/demo.js';

const player = document.querySelector<ParleyPlayer>('#player')!;
const transcript = withSyntheticTimes(await demoTranscript());
player.src = silentWav(Math.ceil(durationOf(transcript)));
player.transcript = transcript;
player.append(Object.assign(document.createElement('parley-navigation'), { slot: 'panels' }));
document.body.dataset.ready = 'true';
