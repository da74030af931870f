import type { Desk } from '../desk.js';
import { highlightsOf } from '../search/highlight.js';
import type { PassageIndex, SearchOptions, SearchPage } from '../search/passage-index.js';
import { normaliseWord, STOP_WORDS, termsOf, wordsOf } from '../search/text.js';
import { answerCueOf, shortAnswerOf } from './short-answer.js';
import { passageOf } from './source.js';
import type { AskAnswer, InvalidInput, ScoredPassage } from './types.js';

export interface AskOptions {
  offset?: number;
  limit?: number;
}

export const MAX_QUESTION_LENGTH = 300;
export const DEFAULT_ASK_LIMIT = 3;
/** A page never holds more than this, whatever a caller asks (a Discord reply has room for about 10). */
const MAX_ASK_LIMIT = 10;

/** Why a question cannot be searched as typed, or undefined when it can. */
export function invalidQuestion(question: string): InvalidInput | undefined {
  const query = question.trim();
  const invalid = (reason: string): InvalidInput => ({ kind: 'invalid-input', query, reason });
  if (query.length === 0) return invalid('The question is empty: ask something, e.g. `/ask who defected`.');
  if (query.length > MAX_QUESTION_LENGTH) {
    return invalid(`The question is ${query.length} characters long; keep it under ${MAX_QUESTION_LENGTH}.`);
  }
  const words = wordsOf(query);
  if (words.length === 0) return invalid('The question has no words, only punctuation or symbols.');
  if (words.every((word) => STOP_WORDS.has(normaliseWord(word)))) {
    return invalid('The question has only common words (like "who", "the", "is"): add what it is about.');
  }
  return undefined;
}

/**
 * Runs of capitalised words in the question (`Time Warner`, `Bani`): names that /town or /quote may know
 * better than a passage search does. Sentence-initial question words are not names.
 */
function namesIn(question: string): string[] {
  const names: string[] = [];
  for (const match of question.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
    const words = match[0].split(/\s+/).filter((word) => !STOP_WORDS.has(normaliseWord(word)));
    if (words.length > 0) names.push(words.join(' '));
  }
  return names;
}

function noMatchHints(question: string): string[] {
  const hints = namesIn(question).map((name) => `Looking for a place or a person? Try \`/town ${name}\` or \`/quote ${name}\`.`);
  hints.push('Try fewer or other words: the search looks for the words of the question in the articles.');
  return hints;
}

/**
 * The passage search behind /ask (also what `npm run eval:ask` measures): the index's ranking, with the
 * question's type as a cue ("when" favours paragraphs that hold a date).
 */
export function searchQuestion(passages: PassageIndex, question: string, options: SearchOptions = {}): SearchPage {
  const answerCue = answerCueOf(question);
  return passages.searchPage(question, { ...options, ...(answerCue ? { answerCue } : {}) });
}

/** `/ask question`: the best passages, a one-line answer when one can be read off, or why there is none. */
export function answerAsk(desk: Desk, question: string, options: AskOptions = {}): AskAnswer {
  const invalid = invalidQuestion(question);
  if (invalid) return invalid;
  const query = question.trim();
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = Math.min(MAX_ASK_LIMIT, Math.max(1, Math.floor(options.limit ?? DEFAULT_ASK_LIMIT)));

  const page = searchQuestion(desk.passages, query, { offset, limit });
  if (page.total === 0) {
    const suggestion = desk.passages.suggest(query);
    const answer: AskAnswer = { kind: 'no-match', query, hints: noMatchHints(query) };
    // Every word of a suggestion is in the index, so it finds something.
    if (suggestion !== undefined) answer.suggestion = suggestion;
    return answer;
  }

  const queryTerms = new Set(termsOf(query));
  const results: ScoredPassage[] = page.hits.flatMap((hit) => {
    const article = desk.articleById.get(hit.articleId);
    if (!article) return [];
    const passage = passageOf(article, hit.paragraph);
    return [{ ...passage, highlights: highlightsOf(passage.text, queryTerms), score: hit.score }];
  });
  const answer = offset === 0 ? shortAnswerOf(query, results) : undefined;
  return {
    kind: 'results',
    query,
    ...(answer ? { answer } : {}),
    results,
    paging: { offset, limit, total: page.total },
  };
}
