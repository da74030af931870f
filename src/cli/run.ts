import { createInterface } from 'node:readline';
import { answerAsk } from '../answer/ask.js';
import { answerQuote } from '../answer/quote.js';
import { answerTown } from '../answer/town.js';
import { checkCorpusDir } from '../config.js';
import type { Desk } from '../desk.js';
import { type CorpusReader, describeProblem, openDesk } from '../desk-open.js';
import { renderAskText } from '../render/text/ask.js';
import { renderQuoteText } from '../render/text/quote.js';
import { styleFor } from '../render/text/style.js';
import { renderTownText } from '../render/text/town.js';
import { askJson, placeMentionsJson, quotationsJson } from './export.js';
import { CLI_USAGE, type CliOptions, parseCliArgs, UsageError } from './options.js';
import { progressReporter } from './progress.js';
import { stderrLogger } from './stderr-logger.js';

type OutStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  /** For tests: a corpus reader other than src/corpus/load.ts. */
  reader?: CorpusReader;
}

const DEFAULT_LIMIT = { ask: 3, quote: 20, town: 20 } as const;

/** Run one `newsdesk` command line. Returns the exit code: 0 done, 1 failed, 2 mistyped. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`newsdesk: ${error.message}\nRun "newsdesk --help" for the commands and options.\n`);
      return 2;
    }
    throw error;
  }
  if (options.help || options.command === 'help') {
    io.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }

  const corpusDir = options.corpus ?? nonEmpty(io.env.CORPUS_DIR) ?? 'corpus';
  const corpusProblem = checkCorpusDir(corpusDir);
  if (corpusProblem) {
    const setting = options.corpus ? '--corpus' : 'CORPUS_DIR';
    const hint = options.corpus ? '' : ' Or pass --corpus DIR.';
    io.stderr.write(`newsdesk: ${setting}: ${corpusProblem}${hint}\n`);
    return 1;
  }
  const desk = await loadDesk(corpusDir, options, io);

  switch (options.command) {
    case 'ask':
      return options.hasText ? askOne(desk, options, io) : askFromStdin(desk, options, io);
    case 'quote': {
      const answer = answerQuote(desk, {
        speaker: options.text,
        ...(options.about ? { about: options.about } : {}),
        offset: 0,
        limit: options.limit ?? DEFAULT_LIMIT.quote,
      });
      io.stdout.write(
        options.json
          ? `${JSON.stringify(answer)}\n`
          : `${renderQuoteText(answer, textOptions(io, 'Use --limit N to show more.'))}\n`,
      );
      return 0;
    }
    case 'town': {
      const answer = answerTown(desk, { name: options.text, offset: 0, limit: options.limit ?? DEFAULT_LIMIT.town });
      io.stdout.write(
        options.json
          ? `${JSON.stringify(answer)}\n`
          : `${renderTownText(answer, textOptions(io, 'Use --limit N to show more.'))}\n`,
      );
      return 0;
    }
    case 'quotes':
      writeLines(
        io.stdout,
        quotationsJson(desk),
        options.json,
        (quote) => `${quote.speaker ?? '(unattributed)'}: “${quote.text}” (${quote.articleId} ¶${quote.paragraph})`,
      );
      return 0;
    case 'places':
      writeLines(io.stdout, placeMentionsJson(desk), options.json, (mention) => {
        const where = [mention.place, mention.country].filter(Boolean).join(', ');
        return `${mention.name} → ${where} (${mention.articleId} ¶${mention.paragraph})`;
      });
      return 0;
    default:
      return 0;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

function textOptions(io: CliIO, moreHint: string) {
  return { style: styleFor(io.stdout), width: Math.min(io.stdout.columns || 100, 120), moreHint };
}

async function loadDesk(corpusDir: string, options: CliOptions, io: CliIO): Promise<Desk> {
  const progress = progressReporter(io.stderr);
  const logger = stderrLogger(io.stderr, progress.done);
  const cacheDir = options.noCache
    ? undefined
    : (options.cacheDir ?? nonEmpty(io.env.NEWSDESK_CACHE_DIR) ?? '.newsdesk-cache');
  try {
    const { desk } = await openDesk(corpusDir, {
      ...(cacheDir ? { cacheDir } : {}),
      onProgress: progress.onProgress,
      logger,
      ...(io.reader ? { reader: io.reader } : {}),
    });
    progress.done();
    for (const problem of desk.problems) io.stderr.write(`newsdesk: skipped ${describeProblem(problem)}\n`);
    return desk;
  } finally {
    progress.done();
  }
}

function askOne(desk: Desk, options: CliOptions, io: CliIO): number {
  const answer = answerAsk(desk, options.text, { offset: 0, limit: options.limit ?? DEFAULT_LIMIT.ask });
  io.stdout.write(
    options.json
      ? `${JSON.stringify(askJson(answer))}\n`
      : `${renderAskText(answer, textOptions(io, 'Use --limit N to show more.'))}\n`,
  );
  return 0;
}

/** One question a line in, one JSON line out, all answered from the one Desk built above. */
async function askFromStdin(desk: Desk, options: CliOptions, io: CliIO): Promise<number> {
  if (io.stdin.isTTY) io.stderr.write('Type one question a line; Ctrl-D to finish.\n');
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const question = line.trim();
    if (question === '') continue;
    const answer = answerAsk(desk, question, { offset: 0, limit: options.limit ?? DEFAULT_LIMIT.ask });
    io.stdout.write(`${JSON.stringify(askJson(answer))}\n`);
  }
  return 0;
}

function writeLines<T>(stdout: OutStream, items: Iterable<T>, json: boolean, asText: (item: T) => string): void {
  // Batched, because one write per line is slow for the tens of thousands of lines of a large corpus.
  let batch: string[] = [];
  for (const item of items) {
    batch.push(json ? JSON.stringify(item) : asText(item));
    if (batch.length >= 1000) {
      stdout.write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) stdout.write(`${batch.join('\n')}\n`);
}
