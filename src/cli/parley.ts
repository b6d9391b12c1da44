/**
 * The `parley` command-line program: a table of subcommands, each loaded only when it runs
 * (so that `parley convert` never loads the aligner), with `--help` and `--version`.
 *
 * To add a command: write `src/cli/<name>.ts` exporting `help: string` and
 * `run(argv: string[]): Promise<number>` (the exit code), and add one line to COMMANDS.
 */
import { readFile } from 'node:fs/promises';

export interface CommandModule {
  /** Usage text shown by `parley <command> --help`. */
  help: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

export interface Command {
  name: string;
  /** One line for the program's help. */
  summary: string;
  load: () => Promise<CommandModule>;
}

export const COMMANDS: Command[] = [
  { name: 'convert', summary: 'Convert a transcript between formats (WebVTT, SRT, Podcasting 2.0 JSON, Parley JSON, text, HTML)', load: () => import('./convert.js') },
  { name: 'media', summary: 'Make the demo recording of a transcript with synthetic voices', load: () => import('./demo-media.js') },
  { name: 'peaks', summary: 'Write the waveform peaks of a recording (audiowaveform JSON) for the player', load: () => import('./peaks.js') },
  { name: 'align', summary: 'Time a transcript against its recording, word by word', load: () => import('./align.js') },
];

/** What a user sees for `parley --help`. */
export function programHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: parley <command> [options]',
    '',
    'Parley: an accessible transcript player, and tools for the transcripts it plays.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     Show this help, or a command\'s help: parley <command> --help',
    '  -v, --version  Show the version',
    '',
  ].join('\n');
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the program; resolves to the exit code. Errors become one line on stderr, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0]) return main([rest[0], '--help']);
    process.stdout.write(programHelp());
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`parley ${await version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    process.stderr.write(`parley: unknown command "${first}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see parley --help)\n`);
    return 2;
  }
  try {
    const module = await command.load();
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(module.help.endsWith('\n') ? module.help : `${module.help}\n`);
      return 0;
    }
    return await module.run(rest);
  } catch (error) {
    process.stderr.write(`parley ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
