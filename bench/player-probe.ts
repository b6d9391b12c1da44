/**
 * The in-page half of `npm run bench:player`. `installProbe` is injected into the page before
 * any of its scripts run (its source text is sent, so it must not use any outer name). It:
 * - records long tasks and long animation frames,
 * - wraps the transcript element's own per-frame work (`sync`) and its build of the turns
 *   (`rebuild`) with timers, when the element has them, so that the player's own cost is known,
 * - watches for the first turn painted,
 * - and offers the measurements the benchmark drives, as `window.__probe`.
 */
export function installProbe(): void {
  type Entry = { start: number; duration: number; blocking?: number; render?: number; styleLayout?: number; scripts?: string[] };
  const w = window as unknown as Record<string, unknown>;
  // tsx names functions with a helper the page does not have.
  w['__name'] ??= (f: unknown) => f;
  const longtasks: Entry[] = [];
  const loafs: Entry[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const f = e as unknown as {
          blockingDuration: number;
          renderStart: number;
          styleAndLayoutStart: number;
          scripts: { invoker: string; sourceFunctionName: string; duration: number; forcedStyleAndLayoutDuration: number }[];
        };
        loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: f.blockingDuration,
          // Where the time went: rendering (style, layout, paint) and the longest scripts.
          render: f.renderStart ? e.startTime + e.duration - f.renderStart : 0,
          styleLayout: f.styleAndLayoutStart ? e.startTime + e.duration - f.styleAndLayoutStart : 0,
          scripts: f.scripts
            .slice()
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 3)
            .map((x) => `${x.invoker}${x.sourceFunctionName ? ` ${x.sourceFunctionName}` : ''} ${Math.round(x.duration)} ms (forced style+layout ${Math.round(x.forcedStyleAndLayoutDuration)} ms)`),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* not supported */
  }

  const state = {
    syncTimes: [] as number[],
    recordSync: false,
    syncWrapped: false,
    syncDisabled: false,
    rebuilds: [] as { start: number; end: number; painted: number }[],
    firstTurnPainted: NaN,
    frames: 0,
    sampling: false,
    samples: [] as number[], // wall, media, wall, media…
  };

  const afterPaint = (cb: (t: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });

  // Wrap the transcript element's methods as soon as it is defined.
  const define = customElements.define.bind(customElements);
  customElements.define = (name: string, ctor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
    if (name === 'parley-transcript') {
      const proto = ctor.prototype as Record<string, unknown>;
      const sync = proto['sync'];
      if (typeof sync === 'function') {
        state.syncWrapped = true;
        proto['sync'] = function (this: unknown, ...args: unknown[]) {
          if (state.syncDisabled) return undefined;
          if (!state.recordSync) return sync.apply(this, args);
          const t0 = performance.now();
          const r = sync.apply(this, args);
          state.syncTimes.push(performance.now() - t0);
          return r;
        };
      }
      const rebuild = proto['rebuild'];
      if (typeof rebuild === 'function') {
        proto['rebuild'] = function (this: unknown, ...args: unknown[]) {
          const entry = { start: performance.now(), end: NaN, painted: NaN };
          const r = rebuild.apply(this, args);
          entry.end = performance.now();
          state.rebuilds.push(entry);
          afterPaint((t) => (entry.painted = t));
          return r;
        };
      }
    }
    return define(name, ctor, options);
  };

  const player = () => document.querySelector('parley-player') as (HTMLElement & Record<string, unknown>) | null;
  const transcriptEl = () => player()?.shadowRoot?.querySelector('parley-transcript') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
  const root = () => transcriptEl()?.shadowRoot ?? null;
  const media = () => (player()?.['mediaElement'] as HTMLMediaElement | null) ?? null;
  const turnEls = () => Array.from(root()?.querySelectorAll('[role="listitem"]') ?? []);

  // Every frame: count it, note the first frame with a turn in it, sample the media clock.
  const frame = () => {
    state.frames++;
    if (Number.isNaN(state.firstTurnPainted) && root()?.querySelector('[role="listitem"]')) {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (state.firstTurnPainted = performance.now());
      ch.port2.postMessage(0);
    }
    if (state.sampling) {
      const m = media();
      if (m) state.samples.push(performance.now(), m.currentTime);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

  /** Flat timing arrays of the transcript the player shows. */
  let timing: { wordStart: number[]; wordEnd: number[]; wordTurn: number[]; turnStart: number[]; turnOf: number[] } | null = null;
  const getTiming = () => {
    if (timing) return timing;
    const t = player()?.['transcript'] as { turns: { start: number | null; sentences: { words: { start: number | null; end: number | null; annotation?: boolean }[] }[] }[] } | null;
    const wordStart: number[] = [];
    const wordEnd: number[] = [];
    const wordTurn: number[] = [];
    const turnStart: number[] = [];
    const turnOf: number[] = [];
    const flat: number[] = []; // DOM word position of each timed word
    let pos = 0;
    t?.turns.forEach((turn, i) => {
      if (turn.start !== null) {
        turnStart.push(turn.start);
        turnOf.push(i);
      }
      for (const s of turn.sentences) {
        for (const word of s.words) {
          if (!word.annotation && word.start !== null && word.end !== null) {
            wordStart.push(word.start);
            wordEnd.push(word.end);
            wordTurn.push(i);
            flat.push(pos);
          }
          pos++;
        }
      }
    });
    timing = { wordStart, wordEnd, wordTurn, turnStart, turnOf };
    (timing as unknown as { flat: number[] }).flat = flat;
    return timing;
  };
  const lastAtOrBefore = (a: number[], x: number) => {
    let lo = 0;
    let hi = a.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid]! <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  /** What should show at media time x: the turn index and the DOM position of the word (-1 in a pause). */
  const expected = (x: number) => {
    const tm = getTiming();
    const ti = lastAtOrBefore(tm.turnStart, x);
    const turn = ti < 0 ? (tm.turnOf[0] ?? -1) : tm.turnOf[ti]!;
    const wi = lastAtOrBefore(tm.wordStart, x);
    const word = wi >= 0 && x < tm.wordEnd[wi]! ? (timing as unknown as { flat: number[] }).flat[wi]! : -1;
    return { turn, word };
  };
  /** DOM position of the first word of each sentence element. */
  let wordIndex: Map<Element, number> | null = null;
  let turnIndex: Map<Element, number> | null = null;
  const indexDom = () => {
    wordIndex = new Map();
    turnIndex = new Map();
    const r = root();
    const t = player()?.['transcript'] as { turns: { sentences: { words: unknown[] }[] }[] } | null;
    const counts = t?.turns.flatMap((turn) => turn.sentences.map((x) => x.words.length)) ?? [];
    let pos = 0;
    r?.querySelectorAll('.s').forEach((el, i) => {
      wordIndex!.set(el, pos);
      pos += counts[i] ?? 0;
    });
    turnEls().forEach((el, i) => turnIndex!.set(el, i));
  };
  /** DOM position of the word a highlight range covers. */
  const positionOf = (range: AbstractRange): number => {
    if (!wordIndex) indexDom();
    const sentence = (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement)?.closest('.s');
    const first = sentence ? wordIndex!.get(sentence) : undefined;
    if (first === undefined) return -2;
    const before = document.createRange();
    before.setStart(sentence!, 0);
    before.setEnd(range.startContainer, range.startOffset);
    return first + before.toString().split(' ').length - 1;
  };
  // The word highlight, made here so that each word change can be timed (the transcript finds it by name).
  const wordHighlight = typeof Highlight === 'function' ? new Highlight() : null;
  let onWordShown: ((range: AbstractRange) => void) | null = null;
  if (wordHighlight) {
    CSS.highlights.set('parley-word', wordHighlight);
    const add = wordHighlight.add.bind(wordHighlight);
    wordHighlight.add = (range: AbstractRange) => {
      onWordShown?.(range);
      return add(range);
    };
  }
  /** What shows now: the index of the turn with aria-current and of the highlighted word. */
  const shown = () => {
    const r = root();
    if (!wordIndex) indexDom();
    const t = r?.querySelector('[aria-current="true"]');
    let range: AbstractRange | null = null;
    for (const x of (CSS.highlights.get('parley-word') as unknown as Iterable<AbstractRange> | undefined) ?? []) range = x;
    return { turn: t ? (turnIndex!.get(t) ?? -2) : -1, word: range ? positionOf(range) : -1 };
  };
  const rand = (seed: number) => () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const startPlaying = async (rate: number) => {
    const m = media()!;
    m.playbackRate = rate;
    if (m.paused) await m.play();
    // Wait until the clock moves.
    const c0 = m.currentTime;
    for (let i = 0; i < 300 && m.currentTime === c0; i++) await sleep(10);
  };

  const probe = {
    state,
    longtasks,
    loafs,
    now: () => performance.now(),
    media: () => {
      const m = media();
      return m ? { duration: m.duration, currentTime: m.currentTime, paused: m.paused, readyState: m.readyState } : null;
    },
    turnCount: () => turnEls().length,
    /** Resolves when `turns` turns are in the page, the transcript's update is done and no long task came for `quietMs`. */
    async ready(turns: number, quietMs = 1000, timeoutMs = 30_000) {
      const t0 = performance.now();
      while (turnEls().length < turns) {
        if (performance.now() - t0 > timeoutMs) throw new Error(`only ${turnEls().length} of ${turns} turns after ${timeoutMs} ms`);
        await sleep(5);
      }
      const allTurns = performance.now();
      await transcriptEl()!.updateComplete;
      const updated = performance.now();
      const m = media();
      while (m && m.readyState < 1 && performance.now() - t0 < timeoutMs) await sleep(10);
      for (;;) {
        const last = [...longtasks, ...loafs.filter((l) => (l.blocking ?? 0) > 0)].reduce((a, e) => Math.max(a, e.start + e.duration), 0);
        if (performance.now() - Math.max(last, updated) >= quietMs || performance.now() - t0 > timeoutMs) {
          return { allTurns, updated, lastLongTaskEnd: last, interactive: Math.max(updated, last), firstTurnPainted: state.firstTurnPainted, rebuilds: state.rebuilds };
        }
        await sleep(50);
      }
    },
    startPlaying,
    pause: () => media()?.pause(),
    seek: (x: number) => {
      media()!.currentTime = x;
    },
    /** Plays at `rate` for `ms`; returns the player's sync times and the frames, long tasks and long frames in that time. */
    async playFor(rate: number, ms: number, options: { disableSync?: boolean } = {}) {
      await startPlaying(rate);
      state.syncTimes = [];
      state.syncDisabled = !!options.disableSync;
      state.recordSync = true;
      const f0 = state.frames;
      const t0 = performance.now();
      const c0 = media()!.currentTime;
      await sleep(ms);
      state.recordSync = false;
      state.syncDisabled = false;
      const t1 = performance.now();
      return {
        wall: t1 - t0,
        media: media()!.currentTime - c0,
        frames: state.frames - f0,
        syncTimes: state.syncTimes.slice(),
        longtasks: longtasks.filter((e) => e.start >= t0 && e.start < t1),
        loafs: loafs.filter((e) => e.start >= t0 && e.start < t1),
      };
    },
    /**
     * Plays at `rate` for `ms` and notes when each word highlight was applied and the media
     * clock at each frame, to tell how late each highlight came.
     */
    async lateness(rate: number, ms: number) {
      await startPlaying(rate);
      indexDom();
      const marks: number[] = []; // wall, word position
      onWordShown = (range) => marks.push(performance.now(), positionOf(range));
      state.samples = [];
      state.sampling = true;
      const f0 = state.frames;
      const t0 = performance.now();
      await sleep(ms);
      state.sampling = false;
      onWordShown = null;
      const tm = getTiming();
      const flat = (tm as unknown as { flat: number[] }).flat;
      // The words whose start the clock crossed during the run, by DOM position, with their start.
      const s = state.samples;
      const m0 = s[1]!;
      const m1 = s[s.length - 1]!;
      const crossed: [number, number][] = [];
      for (let i = lastAtOrBefore(tm.wordStart, m0) + 1; i < tm.wordStart.length && tm.wordStart[i]! <= m1; i++) crossed.push([flat[i]!, tm.wordStart[i]!]);
      return { rate, wall: performance.now() - t0, frames: state.frames - f0, samples: s.slice(), marks, crossed };
    },
    /** Sets the time to the middle of `n` random words while playing; frames and ms until the right turn and word show. */
    async seekLatency(n: number, seed: number) {
      await startPlaying(1);
      indexDom();
      const tm = getTiming();
      const next = rand(seed);
      const out: { ms: number; frames: number }[] = [];
      for (let k = 0; k < n; k++) {
        const wi = Math.floor(next() * tm.wordStart.length);
        const x = tm.wordStart[wi]! + 0.3 * (tm.wordEnd[wi]! - tm.wordStart[wi]!);
        await nextFrame();
        const t0 = performance.now();
        media()!.currentTime = x;
        let frames = 0;
        for (;;) {
          const atFrame = await new Promise<{ now: number; ok: boolean }>((resolve) =>
            requestAnimationFrame(() => {
              const tFrame = media()!.currentTime;
              const ch = new MessageChannel();
              ch.port1.onmessage = () => {
                const s = shown();
                const ok = (e: { turn: number; word: number }) => e.turn === s.turn && e.word === s.word;
                resolve({ now: performance.now(), ok: ok(expected(tFrame)) || ok(expected(media()!.currentTime)) });
              };
              ch.port2.postMessage(0);
            }),
          );
          frames++;
          if (atFrame.ok) {
            out.push({ ms: atFrame.now - t0, frames });
            break;
          }
          if (frames > 120) {
            out.push({ ms: Infinity, frames: Infinity });
            break;
          }
        }
        await sleep(150);
      }
      return out;
    },
    /** `n` seeks to random times spread over `ms` while playing; long tasks and frames in that time. */
    async seekStorm(n: number, ms: number, seed: number) {
      await startPlaying(1);
      const m = media()!;
      const next = rand(seed);
      const t0 = performance.now();
      const f0 = state.frames;
      for (let k = 0; k < n; k++) {
        m.currentTime = next() * (m.duration - 10);
        await sleep(ms / n);
      }
      await sleep(500);
      const t1 = performance.now();
      const s = shown();
      const e = expected(m.currentTime);
      return {
        wall: t1 - t0,
        frames: state.frames - f0,
        longtasks: longtasks.filter((x) => x.start >= t0 && x.start < t1),
        loafs: loafs.filter((x) => x.start >= t0 && x.start < t1),
        inStepAfter: s.turn === e.turn,
      };
    },
    /** Counts nodes (elements and text) in the document, shadow roots included. */
    countNodes() {
      let n = 0;
      let transcript = 0;
      const walk = (node: Node, inTranscript: boolean) => {
        n++;
        if (inTranscript) transcript++;
        const sr = (node as Element).shadowRoot;
        if (sr) walk(sr, inTranscript || (node as Element).localName === 'parley-transcript');
        for (let c = node.firstChild; c; c = c.nextSibling) walk(c, inTranscript);
      };
      walk(document, false);
      return { all: n, transcript };
    },
    /** Runs the every-word check (its source is passed in) against the turns' words. */
    checkWords(checkSource: string, turns: string[][]) {
      const list = root()?.querySelector('[role="list"]') ?? root();
      const check = new Function(`return (${checkSource})`)() as (root: Node, turns: string[][]) => unknown;
      const hidden = turnEls().filter((el) => !(el as HTMLElement).checkVisibility()).length;
      return { result: check(list!, turns), hiddenTurns: hidden, turnsInPage: turnEls().length };
    },
    /** Words per turn of the transcript the player shows. */
    turnWords() {
      const t = player()?.['transcript'] as { turns: { sentences: { words: { text: string }[] }[] }[] } | null;
      return t?.turns.map((turn) => turn.sentences.flatMap((s) => s.words.flatMap((x) => x.text.split(/\s+/).filter(Boolean)))) ?? [];
    },
  };
  w['__probe'] = probe;
}
