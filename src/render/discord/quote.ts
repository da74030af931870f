import type { QuoteAnswer, SpeakerSummary } from '../../answer/types.js';
import { jointNote } from '../joint.js';
import { cutText, DISCORD_LIMITS, graphemePrefix } from '../limits.js';
import type { PagedRenderOptions } from './ask.js';
import { pageButtons } from './buttons.js';
import { COLOURS, footerText, invalidInputReply, listDescription, roomPerItem } from './common.js';
import { boldName, highlighted, pagingText, safeInline, safeText, sourceParts } from './markdown.js';
import { type DiscordReply, reply } from './payload.js';

/** "**Col. Ahmaed Omar Bani**, a senior rebel officer" */
function speakerHeading(speaker: SpeakerSummary, midSentence = false): string {
  if (!speaker.role) return boldName(speaker.name);
  // An apposition in the middle of a sentence closes with a comma: "Bani, a rebel officer, is …".
  return `${boldName(speaker.name)}, ${safeInline(speaker.role, 300)}${midSentence ? ',' : ''}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** A quotation in the speaker's words; paragraphs it runs over become one quoted block. */
function quotedText(text: string, room: number): string {
  const head = graphemePrefix(text, room + 40);
  const paragraphs = head
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => safeText(paragraph, room));
  // Shown only in part: say so even if joining the paragraphs made it short enough to escape the cut.
  return `“${paragraphs.join(' … ')}${head.length < text.length ? ' …' : ''}”`;
}

/** A /quote answer: the speaker and role, then each quotation with its source, paged with buttons. */
export function renderQuote(answer: QuoteAnswer, options: PagedRenderOptions = {}): DiscordReply {
  switch (answer.kind) {
    case 'invalid-input':
      return invalidInputReply('quote', answer);
    case 'unknown-speaker': {
      const lines = [`Nobody called “${safeInline(answer.query, 200)}” is quoted or mentioned in the corpus.`];
      if (answer.closest.length > 0) {
        lines.push(`Closest names: ${answer.closest.slice(0, 10).map((name) => boldName(name, 100)).join(', ')}`);
      }
      return reply({
        embeds: [{ title: 'Unknown speaker', description: cutText(lines.join('\n'), DISCORD_LIMITS.embedDescription), color: COLOURS.empty }],
      });
    }
    case 'no-quotes-about': {
      const count = answer.speaker.quoteCount;
      const description = cutText(
        `${speakerHeading(answer.speaker, true)} is quoted ${count} ${plural(count, 'time')}, but never about “${safeInline(answer.about, 200)}”. Leave out \`about\` to see every quotation.`,
        DISCORD_LIMITS.embedDescription,
      );
      return reply({ embeds: [{ title: safeInline(answer.speaker.name, DISCORD_LIMITS.embedTitle), description, color: COLOURS.empty }] });
    }
    case 'mentioned-not-quoted': {
      const count = answer.mentionCount;
      const header = `${speakerHeading(answer.speaker, true)} is mentioned in ${count} ${plural(count, 'passage')} but never quoted directly.`;
      const room = roomPerItem(answer.passages.length);
      const items = answer.passages.map((passage) => ({ text: highlighted(passage.text, passage.highlights, room), source: sourceParts(passage) }));
      const footer = footerText([pagingText(answer.paging, answer.passages.length)]);
      return reply({
        embeds: [
          {
            title: safeInline(answer.speaker.name, DISCORD_LIMITS.embedTitle),
            description: listDescription(header, items, answer.paging.offset + 1),
            color: COLOURS.empty,
            ...(footer ? { footer } : {}),
          },
        ],
        components: pageButtons('quote', options.pageId, answer.paging, answer.passages.length),
      });
    }
    case 'quotes': {
      const total = answer.paging.total;
      const about = answer.about ? ` about “${safeInline(answer.about, 200)}”` : '';
      const header = `${speakerHeading(answer.speaker)}: ${total} ${plural(total, 'quotation')}${about}`;
      const items = answer.quotes.map((quote) => ({
        text: quotedText(quote.text, roomPerItem(answer.quotes.length)),
        source: sourceParts(quote, { endParagraph: quote.endParagraph, ...(quote.with ? { note: jointNote(quote.with) } : {}) }),
      }));
      const footer = footerText([pagingText(answer.paging, answer.quotes.length)]);
      return reply({
        embeds: [
          {
            title: cutText(`Quotes by ${safeInline(answer.speaker.name)}`, DISCORD_LIMITS.embedTitle),
            description: listDescription(header, items, answer.paging.offset + 1),
            color: COLOURS.answer,
            ...(footer ? { footer } : {}),
          },
        ],
        components: pageButtons('quote', options.pageId, answer.paging, answer.quotes.length),
      });
    }
  }
}
