import type { AskAnswer, QuestionType } from '../../answer/types.js';
import { pagingLine, resolveOptions, sourceLine, type TextRenderOptions } from './source.js';
import { cleanText, highlight, wrap } from './style.js';

export interface AskTextOptions extends TextRenderOptions {
  /** What to tell the user to type for the next page; none in a one-shot CLI. */
  moreHint?: string;
}

const ANSWER_LABEL: Record<QuestionType, string> = {
  who: 'Who',
  where: 'Where',
  when: 'When',
  'how-many': 'How many',
  'how-much': 'How much',
};

/** An /ask answer as terminal text: the one-line answer, then each passage with its source. */
export function renderAskText(answer: AskAnswer, options: AskTextOptions = {}): string {
  const { style, width } = resolveOptions(options);
  if (answer.kind === 'invalid-input') {
    return `Cannot ask that: ${cleanText(answer.reason)}`;
  }
  if (answer.kind === 'no-match') {
    const lines = [`Nothing in the corpus answers “${cleanText(answer.query)}”.`];
    if (answer.suggestion) lines.push(`Did you mean: ${style.bold(cleanText(answer.suggestion))}?`);
    // Hints are written for Discord, where `/town X` shows as code; a terminal shows the bare command.
    for (const hint of answer.hints) lines.push(cleanText(hint.replace(/`([^`]*)`/g, '$1')));
    return lines.join('\n');
  }
  const lines: string[] = [];
  if (answer.answer) {
    lines.push(`${style.bold(`${ANSWER_LABEL[answer.answer.type]}:`)} ${cleanText(answer.answer.text)}`, '');
  }
  answer.results.forEach((result, index) => {
    const number = `${answer.paging.offset + index + 1}.`;
    lines.push(wrap(`${number} ${highlight(result.text, result.highlights, style)}`, width));
    lines.push(style.dim(wrap(`— ${sourceLine(result)}`, width, '   ')), '');
  });
  const paging = pagingLine(answer.paging, answer.results.length, options.moreHint);
  if (paging) lines.push(paging);
  else if (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}
