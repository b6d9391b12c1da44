// Used when a page is built (vite.config.ts, the benchmark's pages, a site generator): Node or a page.
import { PRERENDERED_ATTR } from './first-screenful.js';

/** The template that holds the preloads of the player's code until the page is interactive (see after-first-screenful.ts). */
export const LATER_ATTR = 'data-parley-after-interactive';

/**
 * In a page whose HTML holds a first screenful, what the page needs to be interactive comes first:
 * parley-first.js and the recording's metadata. Over HTTP/1.1 a browser opens six connections to a
 * host, and the recording's request waited about 240 ms behind the player's code (bench:player,
 * demo); and the transcript's and peaks' preloads, even at a low priority, made the recording's
 * metadata arrive later as the transcript grew (1 hour: 272 against 152 ms without them, medians of
 * 15 loads; 10 hours: 604 ms, where the peer's page took 470). So the `<link rel="modulepreload">` of the player's code
 * and the `<link rel="preload" as="fetch">` of its data are kept in a `<template>` until the page is
 * interactive; `afterFirstScreenful` then adds them all at once (the transcript still downloads in
 * parallel with the code that reads it: no waterfall) and imports the player. The page's module
 * scripts are `fetchpriority="low"`.
 */
export function playerCodeAfterInteractive(html: string): string {
  if (!html.includes(PRERENDERED_ATTR)) return html;
  const later: string[] = [];
  const rest = html
    .replace(/[ \t]*<link rel="(?:modulepreload|preload" as="fetch)"[^>]*>\n?/g, (link) => {
      later.push(link.trim());
      return '';
    })
    .replace(/<script type="module"(?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low"');
  return later.length ? rest.replace('</head>', `  <template ${LATER_ATTR}>${later.join('')}</template>\n  </head>`) : rest;
}
