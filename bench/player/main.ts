// The benchmark page: one <parley-player> for the recording, transcript and peaks named in the
// query (`?media=…&transcript=…&peaks=…`), exactly as a page that uses Parley would mount it.
import '../../src/components/player/player.js';

const query = new URLSearchParams(location.search);
const player = document.createElement('parley-player');
player.setAttribute('src', query.get('media') ?? '');
player.setAttribute('transcript-src', query.get('transcript') ?? '');
const peaks = query.get('peaks');
if (peaks) player.setAttribute('peaks-src', peaks);
document.getElementById('player')!.append(player);
