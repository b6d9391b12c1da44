/**
 * Reading a transcript in a page, loading only the reader its format needs: the demo's Parley
 * JSON needs a few kilobytes, not every reader Parley has (WebVTT's parser, SRT, the
 * press-release reader). The format is recognised by the same table and rule as everywhere
 * (`catalog.ts`), so a format the page registered is read here too.
 */
import type { Transcript } from '../model/transcript.js';
import type { ReadResult } from './diagnostics.js';
import { fallbackEntry, formatEntries, formatEntry, loadFormat, recognise, type FormatEntry } from './catalog.js';
import { hasUnfoundQuestions, inputText, readAs, unrecognised, UNNAMED, type TranscriptInput } from './reading.js';

/** For the page: start loading the reader a file name suggests while the file downloads. */
export { prepareReader } from './catalog.js';

/** The format the text is in, loading the code of each format the recognising needs. */
async function recogniseLoading(text: string, fileName?: string): Promise<FormatEntry | undefined> {
  const steps = recognise(text, fileName);
  let step = steps.next();
  while (!step.done) step = steps.next(await loadFormat(step.value));
  return step.value;
}

/**
 * Reads a transcript in any format Parley reads, loading just that reader. Given bytes (a
 * fetched file's), it recognises their encoding first, and warns when it had to guess.
 */
export async function loadTranscript(input: TranscriptInput, options: { fileName?: string; format?: string } = {}): Promise<ReadResult<Transcript>> {
  const where = options.fileName || UNNAMED;
  const { body, warning } = inputText(input, where);
  const entry = (options.format ? formatEntry(options.format) : undefined) ?? (await recogniseLoading(body, options.fileName)) ?? fallbackEntry();
  const format = entry?.reads ? await loadFormat(entry) : undefined;
  if (!format?.read) throw unrecognised(where, formatEntries().filter((f) => f.reads));
  const result = readAs(format, body, where);
  const t = result.transcript;
  if (hasUnfoundQuestions(t)) t.questions = (await import('./press-release/questions.js')).findQuestions(t);
  if (warning) result.warnings.unshift(warning);
  return result;
}
