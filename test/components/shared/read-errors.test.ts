import { expect } from '@open-wc/testing';
import { LANGUAGES, readErrorText } from '../../../src/components/shared/read-errors.js';
import { READ_ERRORS, TranscriptReadError, type ReadErrorCode } from '../../../src/formats/diagnostics.js';
import { readTranscript } from '../../../src/formats/index.js';

const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('reader problems in other languages', () => {
  it('every language says every problem, with only the parameters the reader gives', () => {
    for (const [lang, strings] of Object.entries(LANGUAGES)) {
      for (const code of Object.keys(READ_ERRORS) as ReadErrorCode[]) {
        const english = names(READ_ERRORS[code]);
        // `{literal}` goes with `{value}`: the same value as written rather than described in English.
        const given = english.includes('value') ? [...english, 'literal'] : english;
        expect(strings.errors[code], `${lang} ${code}`).to.be.a('string');
        for (const name of names(strings.errors[code])) expect(given, `${lang} ${code} {${name}}`).to.include(name);
      }
    }
  });

  it('leaves English and problems without a code as the reader said them', () => {
    let error: unknown;
    try {
      readTranscript('WEBVTT\n\n', { fileName: 'x.vtt' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TranscriptReadError);
    expect(readErrorText(error, 'en', 'x.vtt')).to.equal((error as Error).message);
    expect(readErrorText(error, 'ru-RU', 'x.vtt')).to.equal('x.vtt: WebVTT: строка 1: в файле нет реплик');
    expect(readErrorText(new Error('HTTP 500'), 'ru', 'x.vtt')).to.equal('HTTP 500');
  });
});
