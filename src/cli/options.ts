import { parseArgs } from 'node:util';
import { z } from 'zod';

export const CLI_COMMANDS = ['ask', 'quote', 'quotes', 'town', 'places', 'help'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

export const CLI_USAGE = `Usage: newsdesk COMMAND [ARGUMENTS] [OPTIONS]

Commands:
  ask "QUESTION"     the passages that best answer a question
  ask                read one question a line from standard input; write one JSON line per question
  quote NAME         what a person is quoted as saying (--about WORDS to filter)
  quotes             every quotation in the corpus
  town NAME          where a place is and the passages that name it
  places             every place mention in the corpus
  help               this text

Options:
  --corpus DIR       the folder of articles (default: CORPUS_DIR from .env, else ./corpus)
  --limit N          how many passages or quotations to show (ask: 3; quote, town: 20)
  --about WORDS      quote: only quotations about these words
  --json             write JSON instead of text (quotes and places: one JSON line per item)
  --cache-dir DIR    where the index snapshot is kept (default: NEWSDESK_CACHE_DIR, else ./.newsdesk-cache)
  --no-cache         neither load nor save a snapshot; always index from scratch
  -h, --help         this text

Examples:
  npx newsdesk ask "who defected"
  npx newsdesk ask "who defected" --json --limit 5
  printf 'who defected\\nwhere is Brega\\n' | npx newsdesk ask
  npx newsdesk quote Bani --about weapons
  npx newsdesk places --json --corpus ../articles > places.jsonl`;

/** A mistake in how the command was typed: shown with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  command: CliCommand;
  /** The words after the command (the question, the name). */
  text: string;
  /** Whether any words were given, even empty ones (`ask ""` asks an empty question; `ask` reads stdin). */
  hasText: boolean;
  corpus?: string;
  limit?: number;
  about?: string;
  json: boolean;
  cacheDir?: string;
  noCache: boolean;
  help: boolean;
}

const limitSchema = z
  .string()
  .regex(/^\d+$/, { message: 'must be a whole number, e.g. --limit 5' })
  .transform(Number)
  .pipe(z.number().int().min(1, { message: 'must be at least 1' }).max(10_000, { message: 'must be at most 10000' }));

const textOption = (name: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .refine((value) => value !== '', { message: `needs a value, e.g. ${name} corpus` });

// Which options each command takes; anything else is a mistake worth pointing out.
const ALLOWED: Record<CliCommand, readonly string[]> = {
  ask: ['limit', 'json'],
  quote: ['limit', 'json', 'about'],
  quotes: ['json'],
  town: ['limit', 'json'],
  places: ['json'],
  help: [],
};

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseRaw>;
  try {
    parsed = parseRaw(argv);
  } catch (error) {
    // node:util's messages already name the option ("Unknown option '--lmit'").
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (first === undefined) {
    return { command: 'help', text: '', hasText: false, json: false, noCache: false, help: true };
  }
  if (!(CLI_COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`Unknown command "${first}". Commands: ${CLI_COMMANDS.join(', ')}.`);
  }
  const command = first as CliCommand;
  const options: CliOptions = {
    command,
    text: rest.join(' ').trim(),
    hasText: rest.length > 0,
    json: values.json ?? false,
    noCache: values['no-cache'] ?? false,
    help: values.help ?? false,
  };
  for (const name of ['limit', 'about'] as const) {
    if (values[name] !== undefined && !ALLOWED[command].includes(name)) {
      throw new UsageError(`--${name} does not apply to "newsdesk ${command}".`);
    }
  }
  if (values.limit !== undefined) options.limit = checkOption('--limit', limitSchema, values.limit);
  if (values.about !== undefined) options.about = checkOption('--about', textOption('--about'), values.about);
  if (values.corpus !== undefined) options.corpus = checkOption('--corpus', textOption('--corpus'), values.corpus);
  if (values['cache-dir'] !== undefined) {
    options.cacheDir = checkOption('--cache-dir', textOption('--cache-dir'), values['cache-dir']);
  }
  if ((command === 'quote' || command === 'town') && options.text === '' && !options.help) {
    const example = command === 'quote' ? 'newsdesk quote Bani' : 'newsdesk town Brega';
    throw new UsageError(`"newsdesk ${command}" needs a name, e.g. ${example}`);
  }
  if ((command === 'quotes' || command === 'places') && options.text !== '') {
    throw new UsageError(`"newsdesk ${command}" takes no arguments; did you mean "newsdesk ${command.slice(0, -1)} ${options.text}"?`);
  }
  return options;
}

function parseRaw(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      corpus: { type: 'string' },
      limit: { type: 'string' },
      about: { type: 'string' },
      json: { type: 'boolean' },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function checkOption<T>(name: string, schema: z.ZodType<T, string>, value: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new UsageError(`${name}: ${result.error.issues[0]?.message ?? 'invalid value'} (got "${value}").`);
}
