/**
 * schema.json and the Parley JSON reader agree: every field the schema requires, the reader
 * requires too (removing it is an error naming its path), and the constants match.
 */
import { expect } from '@open-wc/testing';
import { PARLEY_FORMAT, PARLEY_VERSION, readParleyJson, writeParleyJson } from '../../../src/formats/json/index.js';
import { TranscriptReadError } from '../../../src/formats/index.js';
import { fixture } from './fixture.js';

interface Schema {
  required: string[];
  properties: Record<string, { const?: unknown }>;
  $defs: Record<string, { required?: string[] }>;
}

/** Where, in a document written from the fixture, one instance of each definition sits. */
const INSTANCES: Record<string, (d: Record<string, any>) => Record<string, unknown>> = {
  speaker: (d) => d.speakers[0],
  turn: (d) => d.turns[0],
  sentence: (d) => d.turns[0].sentences[0],
  word: (d) => d.turns[0].sentences[0].words[0],
  question: (d) => d.questions[0],
  chapter: (d) => d.chapters[0],
};

describe('Parley JSON schema', () => {
  let schema: Schema;
  before(async () => {
    schema = (await (await fetch(new URL('../../../src/formats/json/schema.json', import.meta.url))).json()) as Schema;
  });

  it('names the same format and version as the reader', () => {
    expect(schema.properties['format']!.const).to.equal(PARLEY_FORMAT);
    expect(schema.properties['version']!.const).to.equal(PARLEY_VERSION);
  });

  it('every required field is required by the reader too', () => {
    const checked: string[] = [];
    const cases: [string, (d: Record<string, any>) => Record<string, unknown>][] = [['(top level)', (d) => d]];
    for (const [name, def] of Object.entries(schema.$defs)) {
      if (def.required) {
        expect(INSTANCES[name], `an instance of ${name}`).to.not.equal(undefined);
        cases.push([name, INSTANCES[name]!]);
      }
    }
    for (const [name, locate] of cases) {
      const required = name === '(top level)' ? schema.required : schema.$defs[name]!.required!;
      for (const field of required) {
        const doc = JSON.parse(writeParleyJson(fixture())) as Record<string, any>;
        delete locate(doc)[field];
        expect(() => readParleyJson(JSON.stringify(doc)), `${name}.${field}`).to.throw(TranscriptReadError);
        checked.push(`${name}.${field}`);
      }
    }
    expect(checked.length).to.equal(12);
  });
});
