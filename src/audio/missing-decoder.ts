/**
 * Stands in for an audio-decode codec package that audio-decode names but does not install
 * (`@audio/decode-ape`): bundlers must resolve every import, and such a file is then reported as
 * a recording Parley cannot decode.
 */
export async function decoder(): Promise<never> {
  throw new Error('no decoder for this format is installed');
}
