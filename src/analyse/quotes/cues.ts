import { CUE_WORDS, WEAK_CUE_WORDS } from './lexicon.js';

/**
 * The cue words of attribution (`said`, `according to`, `as X put it`): finding them in a clause, telling a strong
 * cue from a weak one, and a cue used as a verb of speech from the same word used as a noun or in an aside.
 * Separate because every other clause reader starts from the cues it finds. Offsets are relative to the string given.
 */

export interface Cue {
  word: string;
  start: number;
  end: number;
}

/** Cue words that may open a sentence with a capital (`According to X,`, `Said X: …`). */
const CAPITALISED_CUES = new Set(['According', 'Said', 'Says', 'Asked', 'Added', 'Told', 'Writing', 'Speaking']);

/** A word of the literal alternatives as a prefix tree, so that the RegExp tries each letter once. */
interface PrefixTree {
  children: Map<string, PrefixTree>;
  isWord: boolean;
}

function prefixTreePattern(words: Iterable<string>): string {
  const root: PrefixTree = { children: new Map(), isWord: false };
  for (const word of words) {
    let node = root;
    for (const letter of word) {
      let child = node.children.get(letter);
      if (!child) {
        child = { children: new Map(), isWord: false };
        node.children.set(letter, child);
      }
      node = child;
    }
    node.isWord = true;
  }
  const patternOf = (node: PrefixTree): string => {
    const branches = [...node.children].map(([letter, child]) => letter + patternOf(child));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    // A word may end here or go on: the longer branch is tried first, the word boundary settles it.
    return node.isWord ? `(?:${group})?` : group;
  };
  return patternOf(root);
}

/**
 * Any cue word as a whole ASCII word (`[A-Za-z0-9_]` runs), not the second half of a compound
 * (`so-called`): lower case, or capitalised when it may open a sentence (`According to X,`, `Said X: …`).
 * A capitalised word that is not one of those is a name (`Liz Yelling`, `Ken Said`). One RegExp pass finds
 * them all: this runs on every clause read, and a scan by hand spent its time on the words that are no cue.
 */
const CUE_FORMS = [
  ...CUE_WORDS,
  'according',
  ...[...CAPITALISED_CUES].filter((word) => CUE_WORDS.has(word.toLowerCase()) || word === 'According'),
];
const CUE_FORM_PATTERN = `(?:${prefixTreePattern(CUE_FORMS)})(?![A-Za-z0-9_])`;
// `\b` rather than a lookbehind: the RegExp then skips ahead to the letters a cue can start with. A word
// after a hyphen is a match that `findCues` drops.
const CUE = new RegExp(`\\b${CUE_FORM_PATTERN}`, 'g');
/** A cue word that starts right here, even inside a word (see `findCues`). */
const CUE_HERE = new RegExp(CUE_FORM_PATTERN, 'y');

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Cue verbs that a particle (`up`, `off`) turns into another verb. */
const PARTICLE_VERB_AT = /^(?:snap|snaps|snapped|snapping|call|calls|called|calling|add|adds|added|adding)$/;

/** ` the life of`, ` responsibility`, ` victory`: what `claimed` takes when it says nothing. */
const CLAIMED_WITHOUT_WORDS = /^\s+(?:(?:the|their|his|her|its)\s+)?(?:lives?|life|responsibility|victory|credit|asylum|benefits?|seats?|titles?|the\s+title)\b/;

/** ` media`, `-run`, ` television`: what follows `state` when it is the state that runs something. */
const STATE_RUN_AT = /^(?:-run|-owned|\s(?:media|television|TV|radio|news|broadcaster|newspaper|agency|run|owned))\b/;

/** ` and they`, ` unabated`, ` until 2019`: what follows `continued` when it says that something went on, not that someone spoke. */
const LASTING_CONTINUATION_AT = /^\s+(?:and|or|but|until|unabated|apace|through|throughout|into|for|despite|amid)\b/;
/** `echoed`, `panned`: cue words only right after a quotation. */
const ECHO_OR_PAN = /^(?:echo|pan)/;
/** `found`, `finds`: the verb of what a study or an inquiry found. */
const FINDING = /^(?:find|finds|found|finding)$/;
/** `,” `, `?" `: a quotation's closing mark (or its no-break blank), then a space; or nothing but a space, the text after a quotation. */
const CLOSED_QUOTATION_BEFORE = /(?:^|[”"\u00a0])[\s,]*$/;

/** Cue words of a text in order; `according to` and `as X put it` count as cues. */
export function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  CUE.lastIndex = 0;
  for (let match = CUE.exec(text); match !== null; match = CUE.exec(text)) {
    const start = match.index;
    // `so-called`, `much-vaunted`: part of a compound, not a verb; nor `counter-protesters`, `call-in`.
    if (start > 0 && text.charCodeAt(start - 1) === 45) continue;
    if (text.charCodeAt(start + match[0].length) === 45) continue;
    const word = match[0].toLowerCase();
    // `snapped up`, `called off`, `added up`: with its particle, the verb says nothing.
    if (PARTICLE_VERB_AT.test(word) && /^\s+(?:up|off)\b/.test(text.slice(start + word.length, start + word.length + 5))) continue;
    // `violence claimed the life of`, `claimed responsibility for`: a claim that takes, not one that says.
    if (word.startsWith('claim') && CLAIMED_WITHOUT_WORDS.test(text.slice(start + word.length, start + word.length + 20))) continue;
    // `North Korean state media`, `state-run television`: the state that runs something, not a verb.
    if (word === 'state' && STATE_RUN_AT.test(text.slice(start + 5, start + 20))) continue;
    // (`the relationship between the UK and US continued and they stood`: `continued` that another clause or a
    // span of time follows says only that something went on.)
    if (word.startsWith('continu') && LASTING_CONTINUATION_AT.test(text.slice(start + word.length, start + word.length + 24))) continue;
    // (`BT will begin enforcing`, `the talks began in May`: only `began` with nothing after it but a stop or a comma speaks.)
    if (word === 'began' && !/^[,.:;]/.test(text.slice(start + 5, start + 6))) continue;
    // (`“…,” investigators found.`, `the study finds:`: what an inquiry found is its words only with nothing after
    // the verb; `his team found “numerous” pellets`, `found the girl`, `helped found the party` say what was found.)
    if (FINDING.test(word) && !/^[,.:;]/.test(text.slice(start + word.length, start + word.length + 1))) continue;
    // (`“…,” echoed Sean Nelson`, `“…?” panned Scott Huffman`: an echo or a pan is speech only right after the
    // quotation; `echoed McIntyre's sentiments` is not.)
    // (The quotation may stand blanked, or the text start right after it.)
    if (ECHO_OR_PAN.test(word) && !CLOSED_QUOTATION_BEFORE.test(text.slice(0, start))) continue;
    if (word !== 'according') {
      cues.push({ word, start, end: start + word.length });
      continue;
    }
    if (!/^\s+to\b/.test(text.slice(start + 9, start + 13))) continue;
    cues.push({ word: 'according to', start, end: start + 12 });
    // The words read next start twelve characters on, which is inside a word after `according  to`
    // (two spaces): a cue that starts there counts, as it always has.
    CUE.lastIndex = start + 12;
    if (isAsciiWordChar(text.charCodeAt(start + 11)) && isAsciiWordChar(text.charCodeAt(start + 12))) {
      CUE_HERE.lastIndex = start + 12;
      const inner = CUE_HERE.exec(text);
      if (inner) {
        const innerWord = inner[0].toLowerCase();
        cues.push({ word: innerWord, start: start + 12, end: start + 12 + innerWord.length });
        CUE.lastIndex = CUE_HERE.lastIndex;
      }
    }
  }
  return cues;
}

export function isWeakCue(word: string): boolean {
  return WEAK_CUE_WORDS.has(word);
}

/** Whether a text holds a cue that is not weak (`said`, not `called`): one that says somebody speaks there. */
export function hasStrongCue(text: string): boolean {
  return findCues(text).some((cue) => !isWeakCue(cue.word));
}

/** `again `, `also `, `quickly `: an adverb that may open a participle's aside (`, again putting himself …,`). */
export const ASIDE_ADVERB = String.raw`(?:again|also|once\s+again|still|now|then|[a-z]+ly)`;

/** A cue in `, writing in …, said`: a participle after a comma, whose phrase a comma closes before `cue`. */
export function isAsideCue(head: string, aside: Cue, cue: Cue): boolean {
  // (`Netanyahu, again putting himself into conflict with Washington, had said`: an auxiliary or an adverb
  // may stand between the aside's comma and the cue, and an adverb before the participle.)
  if (!ASIDE_CLOSED_BEFORE_CUE.test(head.slice(aside.end, cue.start))) return false;
  // (`Mr Barber, who said the “…”, called for`: so is a relative clause's cue.)
  // (`Trump, when asked by reporters whether he still “loves” WikiLeaks, said`: and a question put to the subject.)
  if (aside.word === 'asked' && ASKED_ASIDE_OPENING.test(head.slice(Math.max(0, aside.start - 24), aside.start))) return true;
  return /ing$/.test(aside.word) ? PARTICIPLE_ASIDE_OPENING.test(head.slice(Math.max(0, aside.start - 20), aside.start)) : WHO_BEFORE_CUE.test(head.slice(Math.max(0, aside.start - 24), aside.start));
}

/** `, ` or `, had `, `, has also `: the comma that closes an aside, perhaps with an auxiliary or adverb before the cue. */
const ASIDE_CLOSED_BEFORE_CUE = /,\s*(?:(?:had|has|have|also|later|then|once)\s+){0,2}$/;
/** `, ` or `, again `: the comma that opens a participle's aside, perhaps with an adverb. */
const PARTICIPLE_ASIDE_OPENING = new RegExp(`,\\s*(?:${ASIDE_ADVERB}\\s+)?$`);

/** `, when `, `, if `, `, after being `: what opens an aside of a question put to the subject, before `asked`. */
const ASKED_ASIDE_OPENING = /,\s*(?:when\s+|if\s+|(?:after|upon|on)\s+being\s+)?$/;

/** `, who `, `, who has `: a relative clause opening just before a cue. */
const WHO_BEFORE_CUE = /,\s+who\s+(?:(?:has|had|also|later|then|once|previously)\s+)?$/;

export const NOUN_LIKE_CUE = /^(?:order|demand|claim|call|comment|plea|promise|pledge|vow|boast|reply|remark|note|report|answer|request|question|concern|charge|threat|warning|suggestion|estimate|forecast|verdict|quote|statement|term|challenge|concession|complaint|insistence|admission|assertion|post|tweet|chant|cry|shout|yell|scream|whisper|quip|joke|retort|rant)$/;
/**
 * `the extra demand`, `a fresh warning`: a cue that is also a noun, after a determiner and one word that is
 * not a plural, is the noun (unlike `the workers demand`).
 */
const DETERMINER_AND_WORD_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Aa]ny|[Nn]o)\s+(?:[a-z\d-]+\s+)?[a-z\d-]+[^s\s]\s+$/;
/** `An FBI report`, `a White House statement`: a document after an article and the name, none of its words a plural, that issued it (not `a Twitter post`, where a name is where it was put). */
const DOCUMENT_CUE = /^(?:report|statement|note)$/;
const ARTICLE_AND_NAME_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}&.-]*[^s\s]\s+){0,2}\p{Lu}[\p{L}&.-]*[^s\s]\s+$/u;

/** ` on Trump’s `, ` by Ryan's `: a preposition, then a name in the possessive, right before a noun. */
const PREPOSITION_AND_OWNER_BEFORE = /\s(?:to|of|on|about|with|at|over|by)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+$/u;

/**
 * Whether a cue is a noun, someone's words after a preposition: before more words (`heartened by Ryan’s
 * comments and asked him …`, `less focused on Trump’s tweets and more concerned with “…”`), not what they say, or after a cue
 * (`Short responded to Lieu's comments:`, what is answered); not right before the quotation it names
 * (`even with Prime Minister Hazem Elbeblawi's pledge “…”`).
 */
export function ownersWordsAfterPreposition(head: string, cues: readonly Cue[], index: number, after: string): boolean {
  const cue = cues[index] as Cue;
  if (!(NOUN_LIKE_CUE.test(cue.word) || PLURAL_NOUN_LIKE_CUE.test(cue.word))) return false;
  const owner = PREPOSITION_AND_OWNER_BEFORE.exec(head.slice(Math.max(0, cue.start - 60), cue.start));
  if (!owner) return false;
  // (Not before what the words say: `on Donald Trump’s claim that there have been “…”`, `Mr Blair's promise to produce an “…”`.)
  if (!/^[\s,:]*$/.test(after)) return !/^\s+(?:that|to)\s/.test(after);
  const previous = cues[index - 1];
  return previous !== undefined && /^\s*$/.test(head.slice(previous.end, cue.start - owner[0].length));
}

export const PLURAL_NOUN_LIKE_CUE = /^(?:order|demand|claim|call|comment|plea|promise|pledge|vow|boast|repl|remark|note|report|answer|request|question|concern|charge|threat|warning|suggestion|estimate|forecast|verdict|quote|statement|tweet)(?:s|ies)$/;

/** Whether a cue word is one news also uses as a noun for what was said (`claim`, `remarks`, `tweets`). */
export function isNounLikeCue(word: string): boolean {
  return NOUN_LIKE_CUE.test(word) || PLURAL_NOUN_LIKE_CUE.test(word);
}

/** Whether a cue word stands as a noun where it is (`its report`, `to welcome`, `the 20-page report`). */
export function usedAsNoun(head: string, cue: Cue): boolean {
  return (
    NOUN_OR_INFINITIVE_BEFORE.test(head.slice(Math.max(0, cue.start - 24), cue.start)) ||
    (NOUN_LIKE_CUE.test(cue.word) && DETERMINER_AND_WORD_BEFORE.test(head.slice(Math.max(0, cue.start - 30), cue.start))) ||
    // (`an apparent reference to`, `a swing state that`: a verb's base form after `a` or `an` and a word is a noun,
    // since one described in the singular would take the verb in -s or the past.)
    (isBaseForm(cue.word) && INDEFINITE_AND_WORD_BEFORE.test(head.slice(Math.max(0, cue.start - 30), cue.start))) ||
    (DOCUMENT_CUE.test(cue.word) && ARTICLE_AND_NAME_BEFORE.test(head.slice(Math.max(0, cue.start - 40), cue.start))) ||
    // (`called the racial claims “ridiculous”`, `the new demands`: a plural after a determiner and an adjective;
    // not `the union claims`, a body and its verb.)
    (PLURAL_NOUN_LIKE_CUE.test(cue.word) && DETERMINER_AND_ADJECTIVE_BEFORE.test(head.slice(Math.max(0, cue.start - 30), cue.start)))
  );
}

/** `the racial `, `these new `, `his latest `: a determiner and an adjective, by the endings adjectives have. */
const DETERMINER_AND_ADJECTIVE_BEFORE =
  /(?:^|\s)(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Aa]ny|[Nn]o|[Ss]uch)\s+(?:[a-z-]+(?:al|ic|ive|ous|ful|less|ary|ent|ant|ible|able)|new|old|latest|recent|same|false|wild|baseless|earlier|repeated|other)\s+$/;

/**
 * Words before a cue that show it is a noun (`the claims`, `to welcome`), not a verb of speech (`California
 * and other states “threatens …”`: so is a quantifier's), or a participle right before it; not a noun in -ing
 * after a determiner (`…,” a diplomat who was at the Hill meeting said`).
 */
export const NOUN_OR_INFINITIVE_BEFORE =
  /(?:^|\s)(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|of|to|in|on|under|[Tt]hese|[Tt]hose|[Tt]his|that|whose|[Mm]any|[Ss]ome|any|no|[Ss]uch|other|several)|(?<!\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s(?:\S+\s)?)[a-z]+ing)\s*$/;

/** `a` or `an` and one or two words in lower case, the last no plural, ending the text: the words before a noun. */
export const INDEFINITE_AND_WORD = String.raw`[Aa]n?\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]*[^s\s]\s+$`;
/** ` an apparent `, ` a clear `, ` a swing `: the same, after a blank or at the start. */
const INDEFINITE_AND_WORD_BEFORE = new RegExp(String.raw`(?:^|\s)${INDEFINITE_AND_WORD}`, 'u');

/** A verb's past or other forms that end in no `-s`, `-ed` or `-ing`, and `put` and `read`, their own past (`a BBC statement read`). */
const IRREGULAR_NOT_BASE = /^(?:said|told|wrote|written|swore|sworn|sang|sung|began|spelt|put|read)$/;

/** Whether a cue word is a verb's base form only (`reference`, `state`, `warn`), which no subject in the singular takes. */
export function isBaseForm(word: string): boolean {
  return /^[a-z]+$/.test(word) && !/(?:s|ed|ing)$/.test(word) && !IRREGULAR_NOT_BASE.test(word);
}
