import { createInterface } from 'node:readline';
import { answerAsk } from '../answer/ask.js';
import { answerQuote, suggestSpeakers } from '../answer/quote.js';
import { answerTown, suggestPlaces } from '../answer/town.js';
import type { Paging } from '../answer/types.js';
import type { DeskSource } from '../desk-source.js';
import { renderAskText } from '../render/text/ask.js';
import { renderQuoteText } from '../render/text/quote.js';
import { styleFor, type TextStyle } from '../render/text/style.js';
import { renderTownText } from '../render/text/town.js';
import { CONSOLE_HELP, type ConsoleCommand, parseConsoleLine } from './slash-command.js';

/** How many items a page holds in the console: /ask's three best passages, as in Discord. */
export const CONSOLE_PAGE = { ask: 3, quote: 5, town: 5 } as const;

const MORE_HINT = 'Type /more for the next page.';

type PagedCommand = Extract<ConsoleCommand, { name: 'ask' | 'quote' | 'town' }>;

export interface ConsoleReply {
  text: string;
  quit?: boolean;
}

/**
 * One console user's state: the command that /more pages through. Answers come from the DeskSource on
 * every line, so a rebuilt corpus is used as soon as it is swapped in.
 */
export class ConsoleSession {
  private last: { command: PagedCommand; offset: number; total: number } | undefined;

  constructor(
    private readonly desks: DeskSource,
    private readonly options: { style: TextStyle; width?: number },
  ) {}

  handle(line: string): ConsoleReply {
    const command = parseConsoleLine(line);
    switch (command.name) {
      case 'empty':
        return { text: '' };
      case 'help':
        return { text: CONSOLE_HELP };
      case 'quit':
        return { text: '', quit: true };
      case 'unknown':
        return { text: `Unknown command ${command.command}. Type /help for the list.` };
      case 'more': {
        const last = this.last;
        if (!last) return { text: 'Nothing to page through yet: ask something first.' };
        const limit = CONSOLE_PAGE[last.command.name];
        if (last.offset + limit >= last.total) return { text: 'No more results.' };
        return { text: this.answer(last.command, last.offset + limit) };
      }
      default:
        return { text: this.answer(command, 0) };
    }
  }

  /**
   * Tab completion, like Discord's autocomplete: command names after `/`, speakers after `/quote `,
   * places after `/town `, each completed to the name as the corpus writes it.
   */
  complete(line: string): [string[], string] {
    if (/^\/\S*$/.test(line)) {
      const commands = ['/ask ', '/quote ', '/town ', '/more', '/help', '/quit'];
      return [commands.filter((command) => command.startsWith(line.toLowerCase())), line];
    }
    const match = /^\/(quote|town)\s+(?:(?:speaker|name)\s*:\s*)?(.*)$/i.exec(line);
    if (!match?.[1] || /(?:^|\s)(?:about\s*:|--about)/i.test(match[2] ?? '')) return [[], line];
    const command = match[1].toLowerCase();
    const partial = match[2] ?? '';
    const desk = this.desks.current();
    let names: string[];
    if (command === 'quote') {
      const byId = new Map(desk.quotes.speakers.map((speaker) => [speaker.id, speaker.name]));
      names = suggestSpeakers(desk, partial, 10).map((choice) => byId.get(choice.value) ?? choice.name);
    } else {
      const byId = new Map(desk.places.places.map((place) => [place.id, place.name]));
      names = suggestPlaces(desk, partial, 10).map((choice) => byId.get(choice.value) ?? choice.name);
    }
    const completions = [...new Set(names)].map((name) => `/${command} ${name}`);
    // readline replaces the line with the candidates' common prefix. Names are matched anywhere and
    // with typos (`Ba` → `Ahmed Bani`), so with several candidates the typed line is kept among them:
    // the list is shown and nothing typed is lost.
    if (completions.length > 1 && !completions.every((completion) => completion.startsWith(line))) {
      completions.unshift(line);
    }
    return [completions, line];
  }

  private answer(command: PagedCommand, offset: number): string {
    const desk = this.desks.current();
    const render = { style: this.options.style, width: this.options.width ?? 100, moreHint: MORE_HINT };
    const limit = CONSOLE_PAGE[command.name];
    let paging: Paging | undefined;
    let text: string;
    if (command.name === 'ask') {
      const answer = answerAsk(desk, command.question, { offset, limit });
      if (answer.kind === 'results') paging = answer.paging;
      text = renderAskText(answer, render);
    } else if (command.name === 'quote') {
      const answer = answerQuote(desk, { speaker: command.speaker, about: command.about, offset, limit });
      if (answer.kind === 'quotes' || answer.kind === 'mentioned-not-quoted') paging = answer.paging;
      text = renderQuoteText(answer, render);
    } else {
      const answer = answerTown(desk, { name: command.place, offset, limit });
      if (answer.kind === 'town') paging = answer.paging;
      text = renderTownText(answer, render);
    }
    this.last = paging ? { command, offset, total: paging.total } : undefined;
    return text;
  }
}

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * The local console: a prompt that answers slash commands until /quit, Ctrl-D or `close()`. A command
 * that throws is reported and the prompt goes on.
 */
export function startConsole(
  desks: DeskSource,
  io: ConsoleIO = { input: process.stdin, output: process.stdout },
  onError: (error: unknown) => void = () => {},
): { closed: Promise<void>; close(): void; notify(text: string): void } {
  const session = new ConsoleSession(desks, {
    style: styleFor(io.output),
    width: Math.min(io.output.columns || 100, 120),
  });
  const readline = createInterface({
    input: io.input,
    output: io.output,
    terminal: Boolean(io.output.isTTY),
    completer: (line: string) => {
      try {
        return session.complete(line);
      } catch (error) {
        onError(error);
        return [[], line];
      }
    },
  });
  const closed = new Promise<void>((resolve) => readline.once('close', resolve));
  // Ctrl-C drops a half-typed line, as a shell does; on an empty line it leaves (readline would
  // otherwise only pause).
  readline.on('SIGINT', () => {
    if (readline.line === '') {
      readline.close();
      return;
    }
    readline.write(null, { ctrl: true, name: 'e' });
    readline.write(null, { ctrl: true, name: 'u' });
    io.output.write('^C\n');
    readline.prompt();
  });
  readline.setPrompt('newsdesk> ');
  io.output.write('Newsdesk console. Type /help for the commands, /quit to leave.\n');
  readline.prompt();
  readline.on('line', (line) => {
    let reply: ConsoleReply;
    try {
      reply = session.handle(line);
    } catch (error) {
      onError(error);
      reply = { text: 'Something went wrong answering that; it has been logged. Try another command.' };
    }
    if (reply.text) io.output.write(`${reply.text}\n\n`);
    if (reply.quit) {
      readline.close();
      return;
    }
    readline.prompt();
  });
  return {
    closed,
    close: () => readline.close(),
    // A message from elsewhere (the corpus was re-indexed) goes above the prompt, and what the user
    // was typing is drawn again below it.
    notify: (text) => {
      io.output.write(io.output.isTTY ? `\r\u001b[2K${text}\n` : `${text}\n`);
      if (io.output.isTTY) readline.prompt(true);
    },
  };
}
