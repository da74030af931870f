/**
 * The console's command line: the same slash commands as in Discord, typed as text. Options can be
 * written the way Discord shows them (`/quote speaker: Bani about: weapons`) or shortly
 * (`/quote Bani about: weapons`, `/quote Bani --about weapons`). A line without a slash is a question.
 */
export type ConsoleCommand =
  | { name: 'ask'; question: string }
  | { name: 'quote'; speaker: string; about?: string }
  | { name: 'town'; place: string }
  | { name: 'more' }
  | { name: 'help' }
  | { name: 'quit' }
  | { name: 'empty' }
  | { name: 'unknown'; command: string };

export const CONSOLE_HELP = [
  'Commands (the same as in Discord):',
  '  /ask QUESTION               the passages that answer a question, e.g. /ask who defected',
  '  /quote NAME [about: WORDS]  what a person is quoted as saying, e.g. /quote Bani about: weapons',
  '  /town NAME                  where a place is and the passages that name it, e.g. /town Brega',
  '  /more                       the next page of the last answer',
  '  /help                       this list',
  '  /quit                       leave (or Ctrl-D)',
  'A line without a slash is asked as a question.',
].join('\n');

export function parseConsoleLine(line: string): ConsoleCommand {
  const text = line.trim();
  if (text === '') return { name: 'empty' };
  if (!text.startsWith('/')) {
    if (/^(quit|exit)$/i.test(text)) return { name: 'quit' };
    return { name: 'ask', question: text };
  }
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(text);
  const command = (match?.[1] ?? '').toLowerCase();
  const rest = (match?.[2] ?? '').trim();
  switch (command) {
    case 'ask':
      return { name: 'ask', question: stripOptionName(rest, 'question') };
    case 'quote':
      return parseQuote(rest);
    case 'town':
      return { name: 'town', place: stripOptionName(rest, 'name') };
    case 'more':
    case 'next':
      return { name: 'more' };
    case 'help':
    case '?':
      return { name: 'help' };
    case 'quit':
    case 'exit':
    case 'q':
      return { name: 'quit' };
    default:
      return { name: 'unknown', command: `/${command}` };
  }
}

// `question: who defected` → `who defected`: the form Discord displays a filled-in option.
function stripOptionName(text: string, option: string): string {
  const prefix = new RegExp(`^${option}\\s*:\\s*`, 'i');
  return text.replace(prefix, '').trim();
}

function parseQuote(rest: string): ConsoleCommand {
  // The `about` option starts at `about:` or `--about`, wherever it is.
  const aboutMatch = /(?:^|\s)(?:about\s*:|--about(?:=|\s))\s*/i.exec(rest);
  let speakerPart = rest;
  let about: string | undefined;
  if (aboutMatch) {
    speakerPart = rest.slice(0, aboutMatch.index);
    about = rest.slice(aboutMatch.index + aboutMatch[0].length).trim();
  }
  const speaker = stripOptionName(speakerPart, 'speaker');
  return about ? { name: 'quote', speaker, about } : { name: 'quote', speaker };
}
