/**
 * The styles of the first screenful written into a page (first-screenful.ts): the page's own CSS,
 * since the turns are in the page's DOM, not in the player's shadow tree. They repeat the
 * transcript's (transcript.styles.ts) and the theme's defaults (theme.ts), so that the player's
 * own turns, when they replace these, come at the same place and look the same: a change there
 * must be made here too (test/components/prerender/first-screenful.test.ts compares where the first turn's parts sit and how they are drawn, before and after the take-over).
 *
 * Until the player's code has run, the player is an unknown element: it is made a block here, as
 * its own styles make it, and its small-screen rule (no height limit on the turns' box under
 * 38rem) is a container query. Panels that arrive before the player (a `<parley-navigation>`
 * defined first) wait for it: in the page's flow they would push the turns down.
 */
export const FIRST_SCREENFUL_CSS = `
parley-player:has(> [data-parley-prerendered]){display:block;container-type:inline-size}
parley-player:not(:defined)>[slot=panels]{display:none}
[data-parley-prerendered]{
--_pf-border:var(--parley-border-color,light-dark(#8a8f96,#6b7078));
--_pf-muted:var(--parley-muted-color,light-dark(#595959,#b8b8b8));
--_pf-current:var(--parley-current-background,light-dark(#fff4c2,#3d3312));
--_pf-accent:var(--parley-current-accent,light-dark(#9a6700,#f5c211));
--_pf-word:var(--parley-word-background,light-dark(#ffd75e,#7a5d00));
--_pf-speaker:var(--parley-speaker-color,light-dark(#1f3a5f,#b7d3f5));
--_pf-focus:var(--parley-focus-color,light-dark(#1a5fb4,#99c1f1));
display:block;color:var(--parley-color,CanvasText);background:var(--parley-background,Canvas);
font-family:var(--parley-font-family,inherit);font-size:var(--parley-font-size,inherit);min-width:0}
@container (width < 38rem){[data-parley-prerendered]{--parley-transcript-max-height:none}}
[data-parley-prerendered] .region{display:flex;flex-direction:column;gap:.5rem}
[data-parley-prerendered] h2{margin:0;font-size:1.25rem;line-height:inherit}
[data-parley-prerendered] button{font:inherit;color:inherit}
[data-parley-prerendered] .scroller{max-height:var(--parley-transcript-max-height,70vh);overflow-y:auto;overscroll-behavior:contain;border:1px solid var(--_pf-border);border-radius:4px;padding:.25rem .5rem}
[data-parley-prerendered] .turns{display:block}
[data-parley-prerendered] .turn{padding:.5rem .5rem .25rem .75rem;margin:.25rem 0;border-radius:4px;line-height:1.6;overflow-wrap:break-word}
[data-parley-prerendered] .chunk{contain:layout style}
[data-parley-prerendered] :focus-visible{outline:var(--parley-focus-width,3px) solid var(--_pf-focus);outline-offset:2px}
[data-parley-prerendered] .turn:focus-visible{outline-offset:-3px}
[data-parley-prerendered] .turn[aria-current=true]{background:var(--_pf-current);box-shadow:inset 5px 0 0 var(--_pf-accent)}
[data-parley-prerendered] .turn-heading{margin:.25rem 0 .5rem;font-size:1.05em;line-height:1.3}
[data-parley-prerendered] .turn-heading.chapter{font-size:1.15em;padding-bottom:.25rem;border-bottom:1px solid var(--_pf-border)}
[data-parley-prerendered] .head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .5rem}
[data-parley-prerendered] .stamp{display:inline-flex;flex-wrap:wrap;gap:.5rem;align-items:baseline;padding:.1rem .35rem;margin-left:-.35rem;border:0;border-radius:4px;background:transparent;cursor:pointer;text-align:start}
@media (pointer:coarse){[data-parley-prerendered] .stamp{min-height:2.75rem}}
@container (width < 38rem){[data-parley-prerendered] .stamp{min-height:2.75rem}}
[data-parley-prerendered] .stamp:hover .time{text-decoration:underline}
[data-parley-prerendered] .time{font-variant-numeric:tabular-nums;color:var(--_pf-muted)}
[data-parley-prerendered] .speaker{font-weight:700;color:var(--_pf-speaker)}
[data-parley-prerendered] .turn-note,[data-parley-prerendered] .n{color:var(--_pf-muted);font-style:italic}
[data-parley-prerendered] .para{margin:.25rem 0 .5rem}
[data-parley-prerendered] .s{cursor:pointer}
[data-parley-prerendered] .s>.n{cursor:auto}
::highlight(parley-first-word){background-color:var(--parley-word-background,light-dark(#ffd75e,#7a5d00));text-decoration:underline .15em}
@media (forced-colors:active){
[data-parley-prerendered] .scroller{border-color:CanvasText}
[data-parley-prerendered] .turn[aria-current=true]{outline:3px solid Highlight;outline-offset:-3px}
::highlight(parley-first-word){background-color:Mark;color:MarkText}}
`.trim();
