import { stemmer } from 'stemmer';
import { eng as standardEnglishStopWords } from 'stopword';

/**
 * The text pipeline shared by the index, the query and the highlighter: every place that turns words into
 * index terms goes through `termOf`, so a highlighted word is always one the index matched.
 */

/**
 * Words that carry no topic in a question. The `stopword` package's English list, plus the function words
 * it lacks that the usual English lists (NLTK's, for one) have — question words such as `when` and `why`,
 * negations, auxiliaries, reflexive pronouns — and the stray letters left by `Libya's` and `don't` once
 * apostrophes split words. Content words that some lists drop (`own`, `off`, `may`, `against`) are kept:
 * in news they carry meaning ("sent off", "in May").
 */
const QUESTION_AND_FUNCTION_WORDS = (
  'when why whom whose whether what which not no nor yes does doing done will shall having am ' +
  'ours yours hers theirs itself herself themselves ourselves yourself yourselves myself until upon ' +
  'onto just once again further according isn aren wasn weren hasn haven hadn doesn didn wouldn ' +
  'shouldn couldn mustn s t d ll re ve m'
).split(' ');

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...standardEnglishStopWords,
  ...QUESTION_AND_FUNCTION_WORDS,
]);

/**
 * Past forms of common irregular verbs, mapped to the base form before stemming: Porter leaves `rose` and
 * `rise` apart, and a question ("how much did profits rise?") is usually in the base form while news is in
 * the past ("profits rose"). Forms that are also everyday nouns or adjectives (`left`, `saw`, `lay`,
 * `found`, `felt`) are left out.
 */
const IRREGULAR_PAST = new Map(
  (
    'arose:arise arisen:arise ate:eat eaten:eat beaten:beat became:become began:begin begun:begin bent:bend ' +
    'bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break bred:breed brought:bring built:build ' +
    'burnt:burn bought:buy caught:catch chose:choose chosen:choose clung:cling dealt:deal drew:draw drawn:draw ' +
    'drank:drink drunk:drink drove:drive driven:drive fought:fight fled:flee flew:fly flown:fly ' +
    'forbade:forbid forgave:forgive forgiven:forgive forgot:forget forgotten:forget froze:freeze frozen:freeze ' +
    'gave:give given:give went:go gone:go grew:grow grown:grow hid:hide hidden:hide held:hold kept:keep ' +
    'knew:know known:know led:lead lent:lend lost:lose meant:mean met:meet paid:pay rode:ride ridden:ride ' +
    'rang:ring rung:ring rose:rise risen:rise ran:run sought:seek sold:sell sent:send shook:shake shaken:shake ' +
    'shone:shine shot:shoot shrank:shrink sang:sing sung:sing sank:sink sunk:sink slept:sleep slid:slide ' +
    'spoke:speak spoken:speak spent:spend spun:spin sprang:spring stood:stand stole:steal stolen:steal ' +
    'stuck:stick stung:sting struck:strike strove:strive swore:swear sworn:swear swept:sweep swam:swim ' +
    'swum:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear told:tell thought:think ' +
    'threw:throw thrown:throw understood:understand woke:wake woken:wake wore:wear worn:wear wept:weep ' +
    'won:win withdrew:withdraw withdrawn:withdraw wrote:write written:write overtook:overtake ' +
    'overtaken:overtake undertook:undertake undertaken:undertake upheld:uphold fell:fall fallen:fall ' +
    'sped:speed spat:spit'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Letters and digits in a row; apostrophes, hyphens and other punctuation split words. */
const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

export interface Token {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

/** Every word of `text` with its UTF-16 offsets. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The words of `text`, for MiniSearch's `tokenize`. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case without accents, so `Café` and `cafe` meet. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Only decompose when there is something outside ASCII: it is the hot path of indexing.
  return /[^ -~]/.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower;
}

/**
 * Words repeat (a news corpus of a million words has some fifty thousand distinct ones), so terms are
 * remembered: indexing and highlighting then stem each distinct word once. Bounded, for unusual input.
 */
const TERM_CACHE_LIMIT = 200_000;
const termCache = new Map<string, string | null>();

/** The index term of a word (Porter stem of its normalised form), or null for a stop word. */
export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const normalised = normaliseWord(word);
  const term =
    normalised.length === 0 || STOP_WORDS.has(normalised) ? null : stemmer(IRREGULAR_PAST.get(normalised) ?? normalised);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

/** The distinct index terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(text)) {
    const term = termOf(word);
    if (term !== null) terms.add(term);
  }
  return [...terms];
}

/**
 * Generic news vocabulary that readers and reporters word differently ("profits rise" / "earnings jumped"),
 * plus derivations Porter leaves apart (grow/growth, die/death). Each group is a set of words that can
 * stand for each other in a question; none is specific to a story. Query-side only: the index is unchanged.
 */
const RELATED_WORD_GROUPS = [
  'profit earnings',
  'rise increase jump climb grow growth expand gain',
  'fall drop decline slump cut reduce decrease',
  'buy bought takeover acquire acquisition purchase',
  'sell sale',
  'sack fire dismiss oust',
  'win victory beat',
  'lose defeat',
  'die death dead kill killed',
  'chief head boss leader',
  'lead leader',
  'coach manager',
  'film movie',
  'company firm',
  'job employ employee staff worker',
  'price cost',
  'plan propose proposal',
  'ban banned suspend suspension',
  'resign quit',
  'old age aged',
  'release launch',
  'elect election',
  'score scored goal',
  'phone mobile handset',
  'sue lawsuit',
  'music song single',
  'spokesman spokeswoman',
].map((group) => group.split(' '));

/** For each index term, the index terms of the words related to it (see `RELATED_WORD_GROUPS`). */
const RELATED_TERMS: ReadonlyMap<string, readonly string[]> = (() => {
  const related = new Map<string, Set<string>>();
  for (const group of RELATED_WORD_GROUPS) {
    const terms = group.flatMap((word) => termOf(word) ?? []);
    for (const term of terms) {
      const set = related.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) set.add(other);
      related.set(term, set);
    }
  }
  return new Map([...related].map(([term, set]) => [term, [...set]]));
})();

/** Index terms related to `term` in general news usage (empty when none). */
export function relatedTermsOf(term: string): readonly string[] {
  return RELATED_TERMS.get(term) ?? [];
}

/**
 * A fingerprint of the pipeline's word lists: a snapshot made with other lists holds other terms, so it is
 * refused and rebuilt (FNV-1a over the sorted words).
 */
export const PIPELINE_FINGERPRINT: string = (() => {
  let hash = 0x811c9dc5;
  const words = [...[...STOP_WORDS].sort(), '|', ...[...IRREGULAR_PAST].map((pair) => pair.join(':')).sort()];
  for (const char of words.join(' ')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
})();

