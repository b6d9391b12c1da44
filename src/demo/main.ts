/**
 * The demo page: the 2007 press conference, any recording and transcript named in the address
 * (`?media=URL&transcript=URL&peaks=URL`), or local files chosen with the file pickers (played from
 * object URLs: nothing leaves the device). A chosen recording with an untimed transcript can be
 * aligned in the page; the aligner's element, its worker and eSpeak-NG load only then.
 */
import type { ParleyPlayer } from '../components/player/player.js';
import { afterFirstScreenful } from '../prerender/after-first-screenful.js';
import { decodeUriSafely, refusedUrlMessage, safeUrl } from '../nav/safe-url.js';

// The page's player holds <parley-navigation> (questions, search, speaker filter, "where am I",
// keyboard shortcuts) and follows #t= deep links (its deep-links attribute).
const player = document.querySelector<ParleyPlayer>('#player')!;
const params = new URLSearchParams(location.search);

/** True when `url` answers with a file (the dev server answers unknown paths with the page itself). */
async function exists(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD' });
    return response.ok && !(response.headers.get('content-type') ?? '').includes('text/html');
  } catch {
    return false;
  }
}

function isVideo(name: string, type = ''): boolean {
  return type.startsWith('video/') || /\.(mp4|m4v|webm|mov|ogv|mkv)$/i.test(name);
}

function showOwn(title: string): void {
  document.querySelector('#title')!.textContent = title;
  document.querySelector('#lede')!.textContent = 'Your recording with its transcript. Choose any turn, sentence or word to play from there.';
  document.title = `Parley — ${title}`;
}

/**
 * Says, in the page's own live region, which addresses from the query were not used. The
 * player reports its own faults; these never reach it.
 */
function refuse(messages: string[]): void {
  if (!messages.length) return;
  const region = document.querySelector('#page-alert')!;
  region.replaceChildren(...messages.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
}

const given = { recording: params.get('media'), transcript: params.get('transcript'), peaks: params.get('peaks') };
// Only http(s), blob and relative addresses reach the player and the link: never javascript:.
const media = safeUrl(given.recording);
const transcript = safeUrl(given.transcript);
const peaks = safeUrl(given.peaks);

/** The page's title for the addresses given, at once (before the player's code is defined). */
function showRequest(): void {
  if (given.recording || given.transcript) showOwn(decodeUriSafely((media ?? transcript ?? '').split(/[?#]/)[0]!.split('/').pop() || 'Recording'));
}

async function start(): Promise<void> {
  if (given.recording || given.transcript) {
    refuse(
      (Object.entries(given) as [string, string | null][])
        .filter(([, address]) => address && !safeUrl(address))
        .map(([what, address]) => refusedUrlMessage(what, address!)),
    );
    player.mediaType = media && isVideo(media) ? 'video' : 'audio';
    player.peaksSrc = peaks ?? '';
    if (media) player.src = media;
    else if (given.recording) {
      // Not the press conference's recording either: the person asked for another one.
      const native = player.querySelector('audio');
      native?.removeAttribute('src');
      native?.load();
      player.src = '';
    }
    const link = document.querySelector<HTMLAnchorElement>('#transcript-link')!;
    if (transcript) {
      player.transcriptSrc = transcript;
      link.href = transcript;
    } else if (given.transcript) {
      player.transcriptSrc = '';
      // The press conference's text is not this recording's transcript: no link rather than a wrong one.
      link.closest('p')!.hidden = true;
    }
    return;
  }
  // The timed Parley JSON when it exists, else the official (untimed) text.
  const json = player.getAttribute('transcript-src') ?? '';
  if (!(await exists(json))) player.transcriptSrc = 'media/press-conference-2007-10-12.md';
}

let mediaUrl = '';
let transcriptUrl = '';
let mediaFile: File | null = null;
let transcriptFile: File | null = null;

/**
 * Once a recording and a transcript are chosen, hands them to the aligner, which offers itself
 * when the transcript has no times. Its element loads now, as a chunk of its own; the aligner
 * itself only when alignment starts.
 */
async function offerAlignment(): Promise<void> {
  if (!mediaFile || !transcriptFile) return;
  await import('../components/aligner/aligner.js');
  const aligner = document.querySelector('parley-aligner')!;
  aligner.media = mediaFile;
  aligner.transcriptFile = transcriptFile;
}

document.querySelector('parley-aligner')?.addEventListener('parley-aligned', (event) => {
  // The aligned transcript replaces the untimed one in the player.
  player.transcript = event.detail.transcript;
});

document.querySelector<HTMLInputElement>('#media-file')!.addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  if (mediaUrl) URL.revokeObjectURL(mediaUrl);
  mediaUrl = URL.createObjectURL(file);
  showOwn(file.name);
  player.peaksSrc = '';
  player.mediaType = isVideo(file.name, file.type) ? 'video' : 'audio';
  player.src = mediaUrl;
  mediaFile = file;
  void offerAlignment();
});

document.querySelector<HTMLInputElement>('#transcript-file')!.addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  if (transcriptUrl) URL.revokeObjectURL(transcriptUrl);
  transcriptUrl = URL.createObjectURL(file);
  // An object URL has no file name: the name tells the format when the content does not.
  player.transcriptName = file.name;
  player.transcript = null;
  player.transcriptSrc = transcriptUrl;
  transcriptFile = file;
  void offerAlignment();
});

// The press conference's first turns are in the page's HTML and answer before the player's code
// (parley-first.js): the elements are defined once the page is interactive, their code already
// downloaded beside it.
showRequest();
void afterFirstScreenful()
  .then(() => Promise.all([import('../components/player/player.js'), import('../components/navigation/navigation.js')]))
  .then(start);
