/**
 * What the `parley` commands share: reading their arguments (a mistake is one line that points
 * to --help), and reading and writing the user's files with messages that say what went wrong.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A problem the user can fix, shown as one line; the command exits with status 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command's options and positionals; or, when the arguments cannot be parsed (said on one line
 * that points to --help) or --help was asked for (the help printed), the exit status.
 */
export function commandArgs<O extends Options>(command: string, help: string, argv: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } } });
  } catch (error) {
    process.stderr.write(`parley ${command}: ${(error as Error).message.split('\n')[0]} (see parley ${command} --help)\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  return parsed;
}

/** Why a file of the user's cannot be read, as a UsageError: `cannot read the recording "talk.mp3": no such file`. */
export function unreadable(error: unknown, path: string, what = ''): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return new UsageError(`cannot read ${what ? `the ${what} ` : ''}"${path}": ${reason}`);
}

/** The bytes of a file the user named (`what` says which, when a command takes several). */
export async function readUserFile(path: string, what = ''): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw unreadable(error, path, what);
  }
}

/** Writes the output file the user named. */
export async function writeUserFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write "${path}": ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message}`);
  }
}
