import type { QuoteAnswer, SpeakerSummary } from '../../answer/types.js';
import { jointNote } from '../joint.js';
import { pagingLine, resolveOptions, sourceLine, type TextRenderOptions } from './source.js';
import { cleanText, highlight, type TextStyle, wrap } from './style.js';

export interface QuoteTextOptions extends TextRenderOptions {
  moreHint?: string;
}

function speakerHeading(speaker: SpeakerSummary, style: TextStyle): string {
  const role = speaker.role ? `, ${cleanText(speaker.role)}` : '';
  return `${style.bold(cleanText(speaker.name))}${role}`;
}

/** A /quote answer as terminal text: the speaker, then each quotation in their words with its source. */
export function renderQuoteText(answer: QuoteAnswer, options: QuoteTextOptions = {}): string {
  const { style, width } = resolveOptions(options);
  switch (answer.kind) {
    case 'invalid-input':
      return `Cannot look that up: ${cleanText(answer.reason)}`;
    case 'unknown-speaker': {
      const lines = [`Nobody called “${cleanText(answer.query)}” is quoted or mentioned in the corpus.`];
      if (answer.closest.length > 0) lines.push(`Closest names: ${answer.closest.map(cleanText).join(', ')}`);
      return lines.join('\n');
    }
    case 'no-quotes-about':
      return `${speakerHeading(answer.speaker, style)} is quoted ${answer.speaker.quoteCount} ${plural(answer.speaker.quoteCount, 'time')}, but never about “${cleanText(answer.about)}”.`;
    case 'mentioned-not-quoted': {
      const lines = [
        `${speakerHeading(answer.speaker, style)} is mentioned in ${answer.mentionCount} ${plural(answer.mentionCount, 'passage')} but never quoted directly.`,
        '',
      ];
      for (const passage of answer.passages) {
        lines.push(wrap(highlight(passage.text, passage.highlights, style), width));
        lines.push(style.dim(wrap(`— ${sourceLine(passage)}`, width, '   ')), '');
      }
      return finish(lines, pagingLine(answer.paging, answer.passages.length, options.moreHint));
    }
    case 'quotes': {
      const about = answer.about ? ` about “${cleanText(answer.about)}”` : '';
      const count = answer.paging.total;
      const lines = [`${speakerHeading(answer.speaker, style)}: ${count} ${plural(count, 'quotation')}${about}`, ''];
      for (const quote of answer.quotes) {
        lines.push(wrap(`“${cleanText(quote.text)}”`, width, '  '));
        const joint = jointNote(quote.with);
        lines.push(style.dim(wrap(`— ${joint ? `${cleanText(joint)} · ` : ''}${sourceLine(quote, quote.endParagraph)}`, width, '   ')), '');
      }
      return finish(lines, pagingLine(answer.paging, answer.quotes.length, options.moreHint));
    }
  }
}

function finish(lines: string[], paging: string | undefined): string {
  if (paging) lines.push(paging);
  else if (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
