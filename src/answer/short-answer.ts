import { termOf, termsOf, wordsOf } from '../search/text.js';
import type { Highlight, QuestionType, ShortAnswer } from './types.js';

/**
 * The one-line answer above /ask's passages, read off a passage only when the question asks who, where,
 * when or how many/much and the passage says it plainly next to the question's own words. Precision over
 * recall: when in doubt there is no short answer, and the passages speak for themselves.
 */

interface PassageText {
  text: string;
  highlights: Highlight[];
  score?: number;
}

/**
 * Read the best passage, and the next ones only while they score nearly as well: a span read off a
 * clearly weaker passage is a guess.
 */
const PASSAGES_TO_READ = 3;
const MIN_SCORE_SHARE = 0.9;
/**
 * The best passage must lead the next by this share of its score: when two passages score alike, the
 * ranking is unsure which holds the answer, and on the BBC questions a span read then was wrong about a
 * third of the time (with the lead, about one time in ten).
 */
const MIN_LEAD = 0.05;
/** How far (in characters) a span may stand from the question's words in its sentence. */
const MAX_DISTANCE = 70;

export function questionTypeOf(question: string): QuestionType | undefined {
  const lower = question.toLowerCase();
  const quantity = /\bhow\s+(many|much)\b/.exec(lower)?.[1];
  if (quantity) return quantity === 'much' ? 'how-much' : 'how-many';
  const first = /\b(who|whom|where|when)\b/.exec(lower)?.[1];
  if (first === 'who' || first === 'whom') return 'who';
  if (first === 'where') return 'where';
  if (first === 'when' || /\bwhat\s+(?:year|day|date|month|time)\b/.test(lower)) return 'when';
  return undefined;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

interface Sentence extends Span {
  highlights: Highlight[];
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st col gen capt lt sgt maj cpl rev prof sen rep gov jr sr no co corp inc ltd vs etc jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

function sentencesOf(passage: PassageText): Sentence[] {
  const { text } = passage;
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const before = /(\p{L}+)\.?["”’)]*$/u.exec(text.slice(Math.max(start, match.index - 12), match.index + 1));
    const word = before?.[1] ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    const end = match.index + match[0].trimEnd().length;
    sentences.push({ start, end, text: text.slice(start, end), highlights: [] });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start), highlights: [] });
  for (const highlight of passage.highlights) {
    sentences.find((sentence) => highlight.start >= sentence.start && highlight.end <= sentence.end)?.highlights.push(highlight);
  }
  return sentences;
}

/**
 * Distance in characters from a span to the nearest highlighted word of the same sentence. News puts the
 * answer after the verb ("stopped for the night at Ajdabiya", "jumped 76%"), so a span before the
 * question's words counts as twice as far.
 */
function distanceToHighlights(span: Span, highlights: Highlight[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const highlight of highlights) {
    const distance =
      highlight.end <= span.start ? span.start - highlight.end : highlight.start >= span.end ? 2 * (highlight.start - span.end) : 0;
    best = Math.min(best, distance);
  }
  return best;
}

/** True when any word of the span is one of the question's own words: an answer adds what was not asked. */
function repeatsQuestion(span: string, questionTerms: ReadonlySet<string>): boolean {
  return wordsOf(span).some((word) => {
    const term = termOf(word);
    return term !== null && questionTerms.has(term);
  });
}

// ---- names (who) -------------------------------------------------------------------------------------

const TITLES = new Set(
  'mr mrs ms miss dr sir dame lord lady col colonel gen general capt captain lt sgt maj major rev prof president chancellor senator sen rep gov'.split(' '),
);
const NAME_PARTICLES = new Set(['el', 'al', 'bin', 'ibn', 'de', 'del', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'la']);
const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);
/** Capitalised words that start sentences or questions without being names. */
const NOT_NAME_WORDS = new Set(
  'the a an but and or so yet if when while as after before although though however meanwhile he she it they we i you his her their its this that these those there here in on at by for from of with to one two three'.split(' '),
);

interface RawWord {
  start: number;
  end: number;
  word: string;
  /** The name cannot go on past this word (a comma, full stop or possessive follows it). */
  closes: boolean;
}

function rawWordsOf(sentence: Span): RawWord[] {
  const words: RawWord[] = [];
  for (const match of sentence.text.matchAll(/\S+/g)) {
    const raw = match[0];
    const lead = /^["“‘(]*/.exec(raw)?.[0].length ?? 0;
    let body = raw.slice(lead);
    const trail = /[,.;:!?"”’)]*$/.exec(body)?.[0] ?? '';
    body = body.slice(0, body.length - trail.length);
    let closes = trail.length > 0;
    const possessive = /['’]s$/.exec(body);
    if (possessive) {
      body = body.slice(0, -2);
      closes = true;
    }
    if (body.length === 0) continue;
    const lowerBody = body.toLowerCase();
    // "Col." and "C. J." keep going: their full stop is an abbreviation's.
    if (trail === '.' && (TITLES.has(lowerBody) || /^\p{Lu}$/u.test(body))) closes = false;
    const start = sentence.start + match.index + lead;
    words.push({ start, end: start + body.length, word: body, closes });
  }
  return words;
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !CALENDAR_WORDS.has(word.toLowerCase());
}

/** Runs of capitalised words (with particles such as `el-` or `bin`), titles and sentence openers dropped. */
function namesIn(sentence: Span, text: string): Span[] {
  const words = rawWordsOf(sentence);
  const names: Span[] = [];
  let run: RawWord[] = [];
  const flush = () => {
    let first = 0;
    while (first < run.length) {
      const lower = (run[first] as RawWord).word.toLowerCase();
      if (!TITLES.has(lower) && !NOT_NAME_WORDS.has(lower)) break;
      first++;
    }
    let last = run.length;
    while (last > first && NAME_PARTICLES.has((run[last - 1] as RawWord).word.toLowerCase())) last--;
    const kept = run.slice(first, last);
    if (kept.length > 0) {
      const start = (kept[0] as RawWord).start;
      const end = (kept[kept.length - 1] as RawWord).end;
      names.push({ start, end, text: text.slice(start, end) });
    }
    run = [];
  };
  for (const word of words) {
    const lower = word.word.toLowerCase();
    const particle = NAME_PARTICLES.has(lower.split('-')[0] ?? '') && (run.length > 0 || lower.includes('-'));
    if (isNameWord(word.word) || (particle && !lower.endsWith('-'))) {
      run.push(word);
      if (word.closes) flush();
    } else {
      flush();
    }
  }
  flush();
  return names;
}

/** Words allowed between a name and the question's verb that follows it ("X has been …", "X, a ROLE, said"). */
const NAME_THEN_VERB = /^\s*(?:,[^,.;]{1,80},\s*|,\s*)?(?:(?:has|had|have|was|were|is|are|also|then|later|reportedly|been|being|who|which|would|will|could)\s+)*$/u;
/** Words allowed between the question's words and a name after them ("the defection of X", "mayor X"). */
const VERB_THEN_NAME = /^\s*(?:(?:of|by|from|named|called|as|is|was|the|\p{Ll}+|\p{Lu}\p{Ll}+)\s+){0,3}$/u;

/** Verbs of saying and thinking: whoever the sentence quotes is its speaker, not who did the deed asked about. */
const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|hopes?|believes?|insist(?:s|ed)?|admit(?:s|ted)?|added|claim(?:s|ed)?|warn(?:s|ed)?|thinks?|argued?|argues)\b/i;
/** A question in the present or future ("When is…", "When will…"): a past date does not answer it. */
const ASKS_ABOUT_NOW_OR_LATER = /^\s*when\s+(?:is|are|will|does|do)\b/i;

function whoAnswer(
  sentence: Sentence,
  text: string,
  questionTerms: ReadonlySet<string>,
  skipSpeakers: boolean,
): Span | undefined {
  let best: { span: Span; distance: number } | undefined;
  for (const name of namesIn(sentence, text)) {
    if (skipSpeakers && SPEECH_VERB.test(text.slice(name.end, name.end + 12).split(/[,.;]/)[0] ?? '')) continue;
    if (wordsOf(name.text).length < 2 || repeatsQuestion(name.text, questionTerms)) continue;
    // "Moscow-backed", "London-based", "the Christian Brothers'": a describing word, not who.
    if (/-\p{Ll}/u.test(name.text) || /['’]$/u.test(name.text)) continue;
    for (const highlight of sentence.highlights) {
      let distance: number | undefined;
      if (highlight.start >= name.end) {
        const between = text.slice(name.end, highlight.start).replace(/^['’]s\b/, '');
        if (NAME_THEN_VERB.test(between)) distance = highlight.start - name.end;
      } else if (highlight.end <= name.start) {
        const between = text.slice(highlight.end, name.start);
        if (!/[,.;:()]/.test(between) && VERB_THEN_NAME.test(between)) distance = name.start - highlight.end;
      }
      if (distance !== undefined && distance <= MAX_DISTANCE && (!best || distance < best.distance)) {
        best = { span: name, distance };
      }
    }
  }
  if (!best) return undefined;
  return withApposition(best.span, text);
}

/** "Moussa Koussa, the foreign minister," → the name with its role. */
function withApposition(name: Span, text: string): Span {
  const rest = text.slice(name.end);
  const apposition = /^,\s+((?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s[^,.;:“”"()]{2,60}?)(?=,|\.|;)/u.exec(rest);
  if (!apposition) return name;
  const end = name.end + apposition[0].length;
  return { start: name.start, end, text: text.slice(name.start, end) };
}

// ---- dates (when) ------------------------------------------------------------------------------------

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE_PATTERNS = [
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?\\b`,
  `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s+\\d{4})?\\b`,
  `\\b${MONTH}\\s+\\d{4}\\b`,
  `\\b(?:the\\s+)?(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\\s+of\\s+(?:\\d{4}|${MONTH}|next\\s+year|this\\s+year|last\\s+year)\\b`,
  `\\b(?:last|next|this|on|early|late)\\s+${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
  `\\b${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
  `\\b(?:in|since|until|by|from|before|after)\\s+(?:${MONTH}\\s+)?(?:19|20)\\d{2}\\b`,
  `\\b(?:last|next|earlier\\s+this|later\\s+this)\\s+(?:week|month|year)\\b`,
];
const DATE = new RegExp(DATE_PATTERNS.join('|'), 'gu');

// ---- places (where) ----------------------------------------------------------------------------------

const PLACE =
  /\b(?:(?:in|at|from|near|to|into|across)\s+|(?:city|town|port|village|region|province|state|county|capital)\s+of\s+)((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:(?:,\s+|\s+and\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*)/gu;

function placeSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of sentence.text.matchAll(PLACE)) {
    const place = (match[1] ?? '').replace(/[.’']+$/, '');
    const firstWord = (place.replace(/^the\s+/, '').split(/\s+/)[0] ?? '').replace(/\.$/, '').toLowerCase();
    if (TITLES.has(firstWord) || CALENDAR_WORDS.has(firstWord) || NOT_NAME_WORDS.has(firstWord)) continue;
    const start = sentence.start + (match.index ?? 0) + match[0].length - (match[1] ?? '').length;
    // A possessive ("in Libya's east") or a name run into a person ("to Mr X") is not a place answer.
    if (/^['’]s\b/.test(text.slice(start + place.length))) continue;
    spans.push({ start, end: start + place.length, text: place });
  }
  return spans;
}

// ---- quantities (how many, how much) -----------------------------------------------------------------

const QUALIFIER = '(?:(?:[Mm]ore|[Ll]ess|[Ff]ewer)\\s+than|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Oo]ver|[Uu]nder|[Uu]p\\s+to|[Aa]t\\s+least|[Ss]ome|[Rr]oughly)\\s+';
const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\\s+dozen|dozens|hundreds|thousands|millions|half|a\\s+quarter|a\\s+third)';
const SCALE = '(?:\\s?(?:bn|m|k|million|billion|trillion|thousand|hundred))?';
/** Money ($1.13bn, £600m, HK$327m, 86.7bn Swiss francs) and shares (76%, 2 per cent): what "how much" asks. */
const AMOUNT = new RegExp(
  [
    `(?:${QUALIFIER})?(?<![\\w$£€¥])(?:[A-Z]{1,3})?[£$€¥]\\s?\\d[\\d,]*(?:\\.\\d+)?${SCALE}\\b`,
    `(?:${QUALIFIER})?\\b\\d[\\d,]*(?:\\.\\d+)?${SCALE}\\s+(?:[A-Z]\\w+\\s+)?(?:dollars|pounds|euros|francs|yen|yuan|rupees)\\b`,
    `(?:${QUALIFIER})?\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|per\\s?cent\\b|percent\\b)`,
  ].join('|'),
  'gu',
);
/** A count with its unit (464,000 subscribers, five million households, four times): what "how many" asks. */
const COUNT = new RegExp(
  `(?:${QUALIFIER})?\\b(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD})(?:\\s+(?:million|billion|thousand|hundred))?\\s+(?!of\\b|to\\b|in\\b|and\\b|or\\b|the\\b|a\\b)\\p{Ll}[\\p{Ll}-]+`,
  'gu',
);

function quantitySpans(sentence: Sentence, question: string): Span[] {
  const pattern = /\bhow\s+much\b/i.test(question) ? AMOUNT : COUNT;
  const spans: Span[] = [];
  for (const match of sentence.text.matchAll(pattern)) {
    const found = match[0];
    // A bare year ("in 2004") is a date, not an amount.
    if (/^(?:19|20)\d{2}\s/.test(found) && !/[£$€%]/.test(found)) continue;
    const digits = /\d[\d,.]*/.exec(found)?.[0];
    if (digits && question.includes(digits)) continue;
    // "$1.5m (£799,000)": the bracketed figure is a conversion of the one before it.
    if (sentence.text.charAt((match.index ?? 0) - 1) === '(') continue;
    const start = sentence.start + (match.index ?? 0);
    spans.push({ start, end: start + found.length, text: found });
  }
  return spans;
}

/**
 * The span nearest the question's words. Spans that repeat the question are skipped for names and places;
 * a count may end in the question's own unit ("how many households" → "five million households").
 */
function nearest(spans: Span[], sentence: Sentence, questionTerms: ReadonlySet<string>, avoidQuestionWords: boolean): Span | undefined {
  let best: { span: Span; distance: number } | undefined;
  for (const span of spans) {
    if (avoidQuestionWords && repeatsQuestion(span.text, questionTerms)) continue;
    if (sentence.highlights.some((highlight) => highlight.start === span.start)) continue;
    const distance = distanceToHighlights(span, sentence.highlights);
    if (distance <= MAX_DISTANCE && (!best || distance < best.distance)) best = { span, distance };
  }
  return best?.span;
}

/**
 * A sentence is worth reading an answer from when it holds at least two of the question's words (or the
 * only one the question has) and at least half of them; two thirds for "who", where a name near the
 * question's words is most often someone else's when the sentence is about something else.
 */
const SENTENCE_COVERAGE: Record<QuestionType, number> = { who: 2 / 3, where: 0.5, when: 0.5, 'how-many': 0.5, 'how-much': 0.5 };

function coveredSentences(passage: PassageText, questionTermCount: number, type: QuestionType): Sentence[] {
  const needed = Math.max(Math.min(2, questionTermCount), Math.ceil(SENTENCE_COVERAGE[type] * questionTermCount - 1e-9));
  return sentencesOf(passage).filter((sentence) => {
    const terms = new Set(sentence.highlights.map((highlight) => termOf(passage.text.slice(highlight.start, highlight.end))));
    return terms.size >= needed;
  });
}

/** A figure of any kind: digits, a number word, a percentage. */
const ANY_NUMBER = new RegExp(`\\d|\\b${NUMBER_WORD}\\b|\\bper\\s?cent\\b`, 'u');
const AGE = /\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|\b\d{1,3},\s/u;

/**
 * Questions that ask for a name without saying who ("Which network…", "What is the robot called?"): the
 * passage should name something the question does not.
 */
const ASKS_FOR_A_NAME =
  /^\s*which\b|^\s*what\s+(?:company|firm|group|film|band|team|club|network|studio|country|city|party|product|show)\b|\bcalled\??\s*$|\bname\b/i;
/** How far, how fast, by what score, what percentage…: the answer is a figure. */
const ASKS_FOR_A_FIGURE =
  /\bhow\s+(?:far|fast|big|high|long|large|old|tall|heavy|often)\b|\bby\s+what\b|\bwhat\s+(?:score|percentage|share|price|rate|age)\b/i;

/** Whether the text has a capitalised word, not opening a sentence, that the question does not have. */
function namesSomethingNew(text: string, questionTerms: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}-]+/gu)) {
    if (CALENDAR_WORDS.has(match[0].toLowerCase())) continue;
    const term = termOf(match[0]);
    if (term !== null && !questionTerms.has(term)) return true;
  }
  return false;
}

/**
 * A quick test of whether a paragraph could answer the question's type at all (a date for "when", money
 * for "how much", a two-word name for "who"), for ranking; undefined for questions of no such type.
 */
export function answerCueOf(question: string): ((text: string) => boolean) | undefined {
  const type = questionTypeOf(question);
  if (type === 'when') return (text) => new RegExp(DATE.source, 'u').test(text);
  if (type === 'how-many' || type === 'how-much') {
    const pattern = new RegExp((type === 'how-much' ? AMOUNT : COUNT).source, 'u');
    return (text) => pattern.test(text);
  }
  if (type === 'where') {
    const pattern = new RegExp(PLACE.source, 'u');
    return (text) => pattern.test(text);
  }
  if (type === 'who') {
    // A name of two capitalised words that the question does not already give.
    const questionTerms = new Set(termsOf(question));
    return (text) => {
      for (const match of text.matchAll(/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/gu)) {
        if (wordsOf(match[0]).some((word) => !questionTerms.has(termOf(word) ?? ''))) return true;
      }
      return false;
    };
  }
  if (/\bhow\s+old\b/i.test(question)) return (text) => AGE.test(text);
  if (ASKS_FOR_A_FIGURE.test(question)) return (text) => ANY_NUMBER.test(text);
  if (ASKS_FOR_A_NAME.test(question)) {
    const questionTerms = new Set(termsOf(question));
    return (text) => namesSomethingNew(text, questionTerms);
  }
  return undefined;
}

export function shortAnswerOf(question: string, passages: readonly PassageText[]): ShortAnswer | undefined {
  const type = questionTypeOf(question);
  if (type === undefined) return undefined;
  const questionTerms = new Set(termsOf(question));
  if (questionTerms.size === 0) return undefined;
  const topScore = passages[0]?.score ?? 0;
  const runnerUp = passages[1]?.score;
  if (runnerUp !== undefined && topScore > 0 && topScore - runnerUp < MIN_LEAD * topScore) return undefined;
  const toRead = passages
    .slice(0, PASSAGES_TO_READ)
    .filter((passage) => passage.score === undefined || passage.score >= MIN_SCORE_SHARE * topScore);
  for (const [from, passage] of toRead.entries()) {
    for (const sentence of coveredSentences(passage, questionTerms.size, type)) {
      let span: Span | undefined;
      if (type === 'who') span = whoAnswer(sentence, passage.text, questionTerms, !SPEECH_VERB.test(question));
      else if (type === 'when') {
        const asksAhead = ASKS_ABOUT_NOW_OR_LATER.test(question);
        const dates = [...sentence.text.matchAll(DATE)].flatMap((match) => {
          // "last year" cannot answer "When is the marathon?"
          if (asksAhead && /^(?:last|earlier)\b/i.test(match[0])) return [];
          const start = sentence.start + (match.index ?? 0);
          return [{ start, end: start + match[0].length, text: match[0] }];
        });
        span = nearest(dates, sentence, questionTerms, false);
      } else if (type === 'where') span = nearest(placeSpans(sentence, passage.text), sentence, questionTerms, true);
      else span = nearest(quantitySpans(sentence, question), sentence, questionTerms, false);
      if (span) return { type, text: span.text.trim(), from };
    }
  }
  return undefined;
}
