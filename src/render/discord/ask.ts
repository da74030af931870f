import type { AskAnswer, QuestionType } from '../../answer/types.js';
import { cutText, DISCORD_LIMITS, graphemePrefix } from '../limits.js';
import { pageButtons } from './buttons.js';
import { COLOURS, footerText, invalidInputReply, listDescription, roomPerItem } from './common.js';
import { boldName, highlighted, pagingText, safeInline, safeWithCode, sourceParts } from './markdown.js';
import { type DiscordReply, reply } from './payload.js';

export interface PagedRenderOptions {
  /** Short id of the stored request, for the Previous/Next buttons; no buttons without one. */
  pageId?: string;
}

const ANSWER_LABEL: Record<QuestionType, string> = { who: 'Who', where: 'Where', when: 'When', 'how-many': 'How many',
  'how-much': 'How much',
};

/** An /ask answer: the one-line answer in the message, the passages with their sources in an embed. */
export function renderAsk(answer: AskAnswer, options: PagedRenderOptions = {}): DiscordReply {
  if (answer.kind === 'invalid-input') return invalidInputReply('ask', answer);
  const question = safeInline(answer.query, 200);
  if (answer.kind === 'no-match') {
    const lines = [`Nothing in the corpus answers “${question}”.`];
    if (answer.suggestion) {
      const suggestion = graphemePrefix(answer.suggestion, 200).replace(/[`\s]+/g, ' ').trim();
      lines.push(`Did you mean ${boldName(suggestion)}? ${safeWithCode(`Try \`/ask ${suggestion}\`.`)}`);
    }
    for (const hint of answer.hints) lines.push(safeWithCode(hint));
    return reply({
      embeds: [{ title: 'No match', description: cutText(lines.join('\n'), DISCORD_LIMITS.embedDescription), color: COLOURS.empty }],
    });
  }
  const room = roomPerItem(answer.results.length);
  const items = answer.results.map((result) => ({ text: highlighted(result.text, result.highlights, room), source: sourceParts(result) }));
  const short = answer.answer;
  const content = short
    ? cutText(`**${ANSWER_LABEL[short.type]}:** ${safeInline(short.text)}`, DISCORD_LIMITS.content)
    : undefined;
  const footer = footerText([pagingText(answer.paging, answer.results.length)]);
  return reply({
    ...(content ? { content } : {}),
    embeds: [
      {
        title: cutText(`“${question}”`, DISCORD_LIMITS.embedTitle),
        description: listDescription('', items, answer.paging.offset + 1),
        color: COLOURS.answer,
        ...(footer ? { footer } : {}),
      },
    ],
    components: pageButtons('ask', options.pageId, answer.paging, answer.results.length),
  });
}
