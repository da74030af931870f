import { eng as englishStopWords } from 'stopword';
import { US_STATE_ABBREVIATIONS } from '../places/words.js';
import { possessiveLength } from '../possessive.js';
import { isKnownFirstName } from './given-names.js';
import { FIRST_PERSON_CONTRACTIONS, LEADING_FILLER, NATIONAL_NOUNS, NON_PERSON_WORDS, ORGANISATION_HEAD, PERSON_TITLES } from './lexicon.js';

/**
 * The classes of capitalised words that the name scan, and the quotation readers after it, test a word
 * against: titles, words that name no person, sentence openers, nationalities and peoples, days and months,
 * US states, and the small patterns read at an offset around a name (`matchAt`). Separate so that each reading
 * of a name, one word or a run, and the modules outside the scan share one definition of each class.
 */

// (The stop list lacks `she` and a few of her forms.)
// (Nor a number opening the sentence: `Two Clinton donors tell ABC News`.)
export const SKIPPED_OPENERS = new Set([
  ...englishStopWords,
  ...LEADING_FILLER,
  'she',
  'her',
  // (`I'm in a band`: the pronoun `I` with a verb is no one's name.)
  ...FIRST_PERSON_CONTRACTIONS,
  'hers',
  'herself',
  ...'one two three four five six seven eight nine ten eleven twelve twenty dozens hundreds thousands'.split(' '),
  // (`Several Trump advisers`: nor a word for how many, which the stop list leaves out.)
  ...'several few various numerous multiple'.split(' '),
  // (`Unlike Conyers' former district`, `Whether Victorino picks up his keys`, `Further, Rubio is calling`: a
  // preposition or a conjunction opening the sentence is no given name.)
  ...'unlike whether further amid among amongst throughout toward towards via aboard atop beyond within across around behind below beneath upon unless until whereas'.split(' '),
  // (`a sign that read, "No Trump, No KKK"`: nor `No`.)
  'no',
  // (`Says Paine:`: nor a verb of speech whose subject follows it.)
  'says',
  'adds',
]);
/** The openers as they stand at the start of a sentence (`The`, `But`), checked before lower-casing. */
export const CAPITALISED_OPENERS = new Set([...SKIPPED_OPENERS].map((word) => word.charAt(0).toUpperCase() + word.slice(1)));
/** `West Brom`, `North Korea`, `South Africa`: a point of the compass opening a name opens a place's or a club's, though `West` is a first name too. */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West']);
/** Whether a word is a point of the compass (`North`), which opens a place's name more often than it is anyone's given name. */
export function isCompassPoint(word: string): boolean {
  return COMPASS_POINTS.has(word);
}

/**
 * A person's role in lower case right before a name: `rapper `, `hip-hop star `, `guitarist `. Only words
 * for people: `operator`, `producer` or `leader` also stand before firms (`rail operator Network Rail`).
 */
export const ROLE_WORDS_BEFORE_NAME: ReadonlySet<string> = new Set(
  `star singer actor actress rapper comedian musician drummer presenter novelist author player striker midfielder
  defender goalkeeper coach manager boss minister secretary director president executive editor founder adviser
  advisor lawyer chief winger forward keeper captain skipper fly-half scrum-half full-back centre prop flanker
  batsman bowler spinner all-rounder sprinter hurdler athlete runner boxer golfer swimmer jockey trainer physio
  champion veteran youngster teenager debutant chancellor leader host producer designer writer poet composer
  conductor dancer model photographer film-maker filmmaker screenwriter playwright broadcaster newsreader
  correspondent critic historian campaigner professor judge officer commander inspector detective chef surgeon
  doctor teacher tycoon billionaire entrepreneur owner governor senator ambassador envoy commissioner mayor
  candidate analyst winner rookie medallist medalist skier driver quarterback pitcher netminder goaltender`.split(/\s+/),
);

/** Whether the word that ends one space before `start` is such a role (`rapper `, `hip-hop star `, `guitarist `). */
export function roleBeforeName(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  // Walked back by hand: `lastIndexOf('(')` would scan the whole paragraph when it holds no bracket.
  let wordStart = start - 1;
  while (wordStart > 0 && text.charCodeAt(wordStart - 1) !== 32 && text.charCodeAt(wordStart - 1) !== 40) wordStart--;
  const word = text.slice(wordStart, start - 1);
  return ROLE_WORDS_BEFORE_NAME.has(word) || /^[a-z]+(?:ist|man|woman)$/.test(word);
}
export const POST_NOMINALS = new Set(['MP', 'MPs', 'MEP', 'MSP', 'AM', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'PhD']);
export const NOT_NAME_WORDS = new Set(['i', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd", 'i’ll', "i'll", 'ok', 'tv', 'ceo']);

export function titleKey(word: string): string {
  return word.replace(/\.$/, '').toLowerCase();
}

/**
 * Every way a lower-case word may be written in a name (`mr`, `Mr`, `MR`, `Mr.`): one lookup in a small set,
 * where a cache keyed by each word seen grew large and slow.
 */
function writtenForms(words: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const word of words) {
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    for (const form of [word, capitalised, word.toUpperCase()]) {
      forms.add(form);
      forms.add(`${form}.`);
    }
  }
  return forms;
}

// (`President-elect Joe Biden`, `Governor-elect`: an office about to be held is a title too.)
// (`Senators Elizabeth Warren and Bernie Sanders`: a title in the plural, before the first of those it names.)
// (`Del. Eleanor Holmes Norton`, a delegate, only with its stop: `del` is the particle of `Guillermo del Toro`.)
const TITLE_FORMS = writtenForms([...PERSON_TITLES.keys(), 'senators', 'representatives', 'governors'].flatMap((title) => [title, `${title}-elect`])).add('Del.');
export function isTitle(word: string): boolean {
  return TITLE_FORMS.has(word);
}

/**
 * Lower case of a word. A cache keyed by the word cost more than it saved (hashing each fresh slice of the
 * paragraph), and lower-casing a short ASCII word is cheap.
 */
export function lowerOf(word: string): string {
  return word.toLowerCase();
}

const NON_PERSON_FORMS = writtenForms(NON_PERSON_WORDS);
export function isNonPersonWord(word: string): boolean {
  return NON_PERSON_FORMS.has(word) || (word.length <= 24 && hasInnerCapital(word) && NON_PERSON_WORDS.has(lowerOf(word).replace(/\.$/, '')));
}

/** A word of letters with a capital first and no other: `West`, `Press`. */
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Words for a kind of body or medium that end many bodies' names (`Haqqani Network`, `Boston Globe`). */
const BODY_KIND_LAST_WORD = /^(?:Group|Company|Corporation|Corp|Network|Team|Media|Radio|Television|Channel|Magazine|Journal|Gazette|Herald|Telegraph|Tribune|Mail|Chronicle|Globe|Review|Press|Post|Times|Exchange|Market|Capital|Government|Administration|Cabinet|Army|Navy|Force|Police)$/;

/**
 * `Kanye West`, `Frank Ocean`, `Oliver North`: two words, the second a thing's word (so the scan reads the name as a
 * body's or a place's) and the first none (or a first name). Such a name may be a person's all the same: only what
 * the article says of it tells.
 */
export function surnamedByThingWord(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return false;
  const first = name.slice(0, space);
  const last = name.slice(space + 1);
  return (
    PLAIN_CAPITALISED.test(first) &&
    PLAIN_CAPITALISED.test(last) &&
    isNonPersonWord(last) &&
    // (Not `Fox News`, `Establishment Republicans`, `Haqqani Network`: a plural, or a word for a kind of body.)
    !last.endsWith('s') &&
    !ORGANISATION_HEAD.test(last) &&
    !BODY_KIND_LAST_WORD.test(last) &&
    (!isNonPersonWord(first) || isKnownFirstName(first)) &&
    !COMPASS_POINTS.has(first) &&
    !isNationalityWord(first)
  );
}

/** A capital A-Z after the first character. */
const INNER_CAPITAL = /.[A-Z]/s;

/** `McCain`, `iPhone`: a word whose case no written form covers. A RegExp test, not a loop over its letters. */
function hasInnerCapital(word: string): boolean {
  return INNER_CAPITAL.test(word);
}

export function dropPossessive(word: string): string {
  // Most words have no apostrophe: then the word itself, without a new string.
  const length = possessiveLength(word);
  return length === 0 ? word : word.slice(0, -length);
}

/** A generational suffix after a name: `Jr.`, `III`. */
export const GENERATION = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/** `the 22-year-old Scot`: a nationality after an age is an epithet, not a name. */
export const NATIONALITY = new RegExp(`(?:ian|ean|can|ese|ish)$|^(?:${NATIONAL_NOUNS})$`);
export const THE_BEFORE = /(?:^|\s)[Tt]he\s$/;
/** The days of the week, as alternatives for a pattern. */
export const WEEKDAY_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** The months' names, as alternatives for a pattern. */
export const MONTH_WORDS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A day of the week, as a capitalised word that is never a name's (`Mike Friday` aside: see `flushRun`). */
export const WEEKDAY = new RegExp(`^(?:${WEEKDAY_WORDS})$`);
/** A member of an American party, as an epithet's last word (`the Wisconsin Republican`). */
export const PARTY_MEMBER = /^(?:Republican|Democrat)$/;

/** Peoples and faiths in the plural (`Kurds`, `Hindus`), or a nation's people (`Americans`). */
export const PEOPLES =
  /^(?:Kurds|Hindus|Muslims|Christians|Jews|Sikhs|Shiites|Shias|Sunnis|Arabs|Catholics|Protestants|Buddhists|Alawites|Yazidis|Pashtuns|Tamils|Uighurs|Uyghurs|Copts|Evangelicals|Mormons|Hispanics|Latinos|Berbers|Bedouins|Druze|Rohingya|Hutus|Tutsis|Serbs|Croats|Albanians|(?!Republicans$)\p{Lu}\p{Ll}+(?:ians|eans|cans))$/u;

/** `American` in `American Davenport`: a word for a nationality that no list gives as a first name. */
export function isNationalityWord(word: string): boolean {
  return NATIONALITY.test(word) && /^\p{Lu}\p{Ll}/u.test(word) && !isKnownFirstName(word);
}

/**
 * A sticky pattern tried at an offset of a paragraph. These run after every name of the corpus, so they
 * read the paragraph in place rather than a slice of it.
 */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** US states by name (`Virginia`, `New Mexico`), which after `Springfield, ` name a place. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATE_ABBREVIATIONS.values());

/** A US state's name or its AP abbreviation (`Virginia`, `Mo.`). */
export function isUsState(words: string): boolean {
  return US_STATE_NAMES.has(words) || US_STATE_ABBREVIATIONS.has(words);
}

/** ` said`, ` had told`, ` also argues`: a verb of speech right after a word, with no aside between. */
export const SPEECH_VERB_AT =
  /\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|tells|added|adds|noted|notes|insisted|insists|explained|explains|argued|argues|stressed|warned|warns|wrote|writes)\b/y;

/** A verb right after a name: `EMI said`, `EMI has cut`, `EMI warned`, `NATO issued`. */
export const VERB_AFTER_AT = /\s+(?:also\s+|has\s+|had\s+|will\s+|would\s+)?(?:said|says|told|tells|added|adds|warns|announces|reports|expects|confirms|is|was|has|had|will|would|[a-z]{2,}ed)\b/y;

/** Whether an offset starts its paragraph or follows a sentence's end (`. `, `." `). */
export function opensSentence(text: string, at: number): boolean {
  // (`“Knowing Chinese military officials …`: so does a quotation's opening mark.)
  return /(?:^|[.!?]["”’]?\s+|(?:^|\s)[“"‘])$/.test(text.slice(Math.max(0, at - 3), at));
}

export const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘']);
