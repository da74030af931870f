import { NATIONAL_NOUNS } from './lexicon.js';
import { matchAt } from './name-words.js';
import type { ArticlePerson } from './people.js';
import type { ArticleReading } from './reading.js';

/**
 * The shapes a described subject takes (`the lawmaker`, `the three judges`, `New Jersey's governor`, `a White House
 * spokesman`, `America's top public health expert`, `Birchfield Harrier`) and the plain finders of the person such a
 * description may name (set off in apposition, introduced ahead by the same word, named as the sentence before
 * closes). Separate so that `speakerOfDescription` and `speakerOfName` in `speakers.ts`, which the recursion of
 * `resolveSpeaker` keeps there, read as their steps; nothing here resolves a subject.
 */

/**
 * The person named right after these words (and perhaps a comma) anywhere in the article; with `inApposition`, only a
 * person named between commas after them, whatever the case of their first letter (`her mother, Christian Curry,`).
 */
export function namedAfterSameWords(reading: ArticleReading, words: string, inApposition = false): ArticlePerson | undefined {
  const { paragraphs, mentionsByParagraph, people } = reading;
  const forms = inApposition ? new Set([`${words.charAt(0).toUpperCase()}${words.slice(1)}`, `${words.charAt(0).toLowerCase()}${words.slice(1)}`]) : new Set([words]);
  const between = inApposition ? /^, $/ : /^,?\s$/;
  for (let index = 0; index < paragraphs.length; index++) {
    const text = paragraphs[index] as string;
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        const mention = (mentionsByParagraph[index] ?? []).find((found) => found.start > end && found.start <= end + 2 && between.test(text.slice(end, found.start)));
        if (inApposition && mention && text.charCodeAt(mention.end) !== 44) continue;
        const person = mention ? people.byMention.get(mention) : undefined;
        if (person?.person === 'yes' || (!inApposition && person?.name.includes(' '))) return person;
      }
    }
  }
  return undefined;
}

/** `the person`, `this person`, `the source`: a word that fits any one described before. */
export const ANY_ONE_DESCRIBED = /^(?:[Tt]he|[Tt]his|[Tt]hat) (?:person|individual|source)$/;

/** `a Boonville, New York, resident`, `one official`: someone described, not named, with an article of their own. */
export const UNNAMED_ONE = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/;

/** `the president`, `the senator`: an office alone, with nothing to say whose (not `the judge`, `the mayor` or `the prime minister`, whose holder is more often someone else than whom the sentence before is about, a deputy or a defendant, as the tests of those show). */
export const OFFICE_EPITHET = /^[Tt]he\s+(?:president|senator)$/;

/** `The head of the Addiction Policy Forum`, `the general secretary of Unite`: the one who heads a body named in capitals. */
export const BODY_HEAD = /^[Tt]he\s+(?:head|leader|president|chair|chairman|chairwoman|general\s+secretary)\s+of\s+(?:the\s+)?\p{Lu}/u;

/** `President`, `CEO`, `Chairwoman`: a title that heads a body, right before a name (a pattern for `namedAheadAs`). */
export const HEAD_TITLE = '(?:president|ceo|chief\\s+executive|chairman|chairwoman|chair|head|leader)';

/** The person whose name closes the sentence just before a position (`… trade unionists like Ray Holden.`). */
export function namedClosingSentenceBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): ArticlePerson | undefined {
  const before = reading.namesInSentenceJustBefore(paragraph, sentenceStart);
  const last = before?.mentions.at(-1);
  if (!before || !last || !/^[.!]?\s*$/.test(before.text.slice(last.end, sentenceStart === 0 ? before.text.length : sentenceStart).replace(/^[.!]/, ''))) return undefined;
  // (A first name no list knows leaves a full name a person all the same: `Len McCluskey`.)
  const person = reading.people.byMention.get(last);
  return person && person.person !== 'no' && person.name.includes(' ') ? person : undefined;
}

/** ` says she’s`, ` has said he`: a cue right after a subject, then `he` or `she` opening what it reports. */
export const PRONOUN_AFTER_CUE = /^\s+(?:has\s+|had\s+)?(?:said|says|told\s+\p{Ll}+|insists|insisted|added|adds)\s+(?:that\s+)?([Ss]he|[Hh]e)\b/u;

/** `the judges`, `The justices`, `the three judges`, `the three-judge panel`: the judges of a court, together, who rule as it. */
export const MEMBERS_OF_COURT = /^[Tt]he\s+(?:(?:(?:two|three|five|nine|appeals|appellate|federal|high\s+court)\s+)?(?:judges|justices)|[a-z]+-judge\s+panel)$/;

/** `the MPs`, `The MSPs`, `the committee members`: members of a parliament together, unnamed, as a committee of it speaks. */
export const MEMBERS_OF_COMMITTEE = /^[Tt]he\s+(?:MPs|MSPs|MEPs|AMs|peers|committee\s+members)$/;

/** `the lawmaker`, `the legislator`: a word for any member of a legislature. */
export const LAWMAKER = /^(?:lawmaker|legislator)$/;
/** The members a lawmaker may be: `senator`, `congressman`. */
export const LEGISLATOR_HEADS = /^(?:lawmaker|legislator|senator|congressman|congresswoman)$/;

/** `New Jersey's governor`: a capitalised name in the possessive, then an office in lower case. */
export const PLACE_POSSESSIVE_OFFICE = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})['’]s\s+(governor|mayor|senator|president|premier|prime minister|leader|attorney general)$/u;

/** `Birchfield Harrier`, `New Zealander`: capitalised words ending in a word for a person of a place or club. */
export const CAPITALISED_EPITHET = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}\p{Ll}+(?:er|ian)$/u;

/** Titles of papers and magazines shaped like such an epithet (`the Daily Mirror`, `the New Yorker`). */
export const NEWSPAPER_NAME = /(?:Mirror|Observer|Examiner|Register|Reporter|Monitor|Courier|Leader|Yorker|Ledger|Guardian|Minister)$/;

/** `American`, `Frenchman`, `Spaniard`, `Scot`: a word for a person of a nation (`Vatican` is a place). */
export const PERSON_OF_A_NATION = new RegExp(`^(?!Vatican$)(?:[A-Z][a-z]+(?:ian|ean|ican|man|ard|ese)|${NATIONAL_NOUNS})$`);

/** `The Archbishop of Canterbury`, `The Mayor of London`: an office in capitals, named by its place or body. */
export const CAPITALISED_OFFICE = /^The\s(?:\p{Lu}\p{Ll}+\s){1,2}of\s(?:the\s)?\p{Lu}/u;

/** `adviser` in `a top White House economic adviser`, `lawyer` in `the top lawyer for the family`: the last word, in lower case, before any `of`, `to` or `for`. */
export const ROLE_HEAD_WORD = /(\p{Ll}[\p{Ll}-]+)(?:\s+(?:of|to|for|at|in|on)\s[^,;:]*)?$/u;

/** `a White House spokesman`, `an administration official`: one unnamed, by a word for a speaker that ends the description (the word the group). */
export const UNNAMED_LEAD_SPEAKER = /^[Aa]n?\s+(?:[\p{L}.'’-]+\s+){0,4}?(spokesman|spokeswoman|spokesperson|official|aide|adviser|advisor)$/u;

/**
 * `, ranking member `, `, `: the comma that opens an apposition, and perhaps a role in lower case before its name (not
 * `, chaired by `: a participle's phrase names someone else).
 */
const APPOSITION_OPENING_AT = /,\s+(?:(?!(?:by|of|for|with|from|to|and|or|the|an?)\s)[a-z][\w-]*(?<!ed)\s+){0,3}/y;
/** `,`, ` (D-Calif.)`, `, R-Ga.,`: what closes a name in apposition, perhaps a party's tag first. */
const APPOSITION_CLOSING_AT = /(?:,\s+[DRI]-[A-Z][A-Za-z.]*)?,|\s+\([^()]{1,12}\),?/y;

/** The person whose full name stands in apposition right after an offset (`her mother, Christian Curry, told`), if one does. */
export function namedInApposition(reading: ArticleReading, paragraph: number, end: number): ArticlePerson | undefined {
  const text = reading.paragraphs[paragraph] as string;
  if (text.charCodeAt(end) !== 44 || !matchAt(APPOSITION_OPENING_AT, text, end)) return undefined;
  const mention = reading.mentionAt(paragraph, APPOSITION_OPENING_AT.lastIndex);
  if (!mention || mention.inQuote || mention.start !== APPOSITION_OPENING_AT.lastIndex || !matchAt(APPOSITION_CLOSING_AT, text, mention.end)) return undefined;
  const person = reading.people.byMention.get(mention) ?? (mention.person === 'yes' ? reading.people.add(mention) : undefined);
  return person?.person === 'yes' && person.name.includes(' ') ? person : undefined;
}

/**
 * The person named within three paragraphs after an offset by a word (`spokesman Raj Shah`, `Raj Shah, a
 * spokesman for …`), if one is.
 */
export function namedAheadAs(reading: ArticleReading, head: string, paragraph: number, offset: number): ArticlePerson | undefined {
  // (`That judge, Emmet Sullivan,`: the role alone, set off by a comma, but not `The Tory finance spokesman, Brian
  // Monteith`, a role of its own; `Judge Paul Friedman`: or the title the name opens with.)
  const before = new RegExp(`(?:\\b${head}|\\b(?:that|the|this)\\s+${head},)\\s+$`, 'i');
  const titled = new RegExp(`^${head}\\s`, 'i');
  const after = new RegExp(`^,\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}?${head}\\b`, 'iu');
  for (let index = paragraph; index < Math.min(reading.paragraphs.length, paragraph + 4); index++) {
    const text = reading.paragraphs[index] as string;
    for (const mention of reading.mentionsByParagraph[index] ?? []) {
      if (mention.inQuote || (index === paragraph && mention.start <= offset)) continue;
      if (!before.test(text.slice(Math.max(0, mention.start - 24), mention.start)) && !titled.test(mention.text) && !after.test(text.slice(mention.end, mention.end + 60))) continue;
      const person = reading.people.byMention.get(mention);
      if (person && person.person !== 'no' && person.name.includes(' ')) return person;
    }
  }
  return undefined;
}

/**
 * An office named in full as a speaker: a country's (`France's finance minister`) or one of several words
 * (`the Trade and Industry Secretary`). `The prime minister` or `the chancellor` alone is left to the
 * article's roles: the holder often goes unnamed, and the next name is someone else's.
 */
export const OFFICE_HOLDER =
  /^(?:(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}]+['’]s?\s+(?:[\p{L}-]+\s+){0,3}|[Tt]he\s+(?:[\p{L}-]+\s+){2,4}|[Aa]n?\s+(?:[\p{L}-]+\s+){1,3})(?:minister|secretary|general|commissioner|ambassador|envoy|prosecutor|attorney|Minister|Secretary|General|Commissioner|Ambassador|MP|MEP|MSP|peer|backbencher)(?:\s+(?:to|for|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?$/u;

/** The words for a person's trade or role that a definite description may end in. */
const PERSON_ROLE_NOUNS = `(?:agent|spokes(?:man|woman|person)|lawyer|solicitor|barrister|adviser|advisor|analyst|economist|campaigner|founder|owner|manager|coach|boss|director|executive|chairman|chairwoman|chief|presenter|singer|star|actor|actress|player|author|writer|producer|designer|developer|researcher|scientist|expert|professor|doctor|teacher|organiser|promoter|official|broadcaster|journalist|novelist|comedian|rapper|musician|artist|designer|chef|composer|lawmaker|legislator|congressman|congresswoman|politician|candidate|activist|attorney|strategist|aide|diplomat|pollster|commentator)`;

/**
 * `the vice-president`, `the secretary general`, `the general secretary`, `the chief`: the head of a body or its deputy, in lower
 * case and whole, with nothing to say which body (not `the inspector general`, whom news often names only later).
 */
export const UNGIVEN_OFFICE = /^[Tt]he\s+(?:former\s+)?(?:vice[- ]president|(?:secretary|director)[- ]general|general secretary|chief)$/;
/**
 * `America’s top public health expert`, `The top nuclear commander in the US`, `a top White House economic adviser`:
 * the one at the top of a trade or a service, whom a lead describes so and names in the sentences after it.
 */
export const TOP_ONE_BY_ROLE = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}]+['’]s?|[Tt]he|[Aa])\s+(?:[\p{L}-]+\s+){0,2}?top\s+(?:[\p{L}-]+\s+){0,3}?(?:${PERSON_ROLE_NOUNS}|commander|negotiator|officer|general|judge|prosecutor|envoy|cop)(?:\s+(?:in|at|for|of|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$`,
  'u',
);

/**
 * `Trump’s campaign manager`, `a federal judge`, `a spokeswoman for Secretary of State John Kerry`, `The judge`: one
 * person by a word for their role (the first group), perhaps with what the role is for or of.
 */
export const ONE_BY_ROLE = new RegExp(
  String.raw`^(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?!spokes|executive|chief)(${PERSON_ROLE_NOUNS}|judge|official|officer)(?:\s+(?:for|of|at|to|with)\s+[^,;:]{1,60})?$`,
  'u',
);

/**
 * `the agent`, `the spokesman`, `the feminist writer and broadcaster`: one person, named by a word for what they do. Offices held by one person
 * at a time (`the prime minister`, `the chancellor`) are left to the article's roles.
 */
export const DEFINITE_PERSON = new RegExp(
  // (`the former cabinet secretary`: a former office is no longer one holder's, so whoever the article just
  // reported is the one meant.)
  String.raw`^[Tt]he\s+(?:(?:[a-z][a-z-]*\s+){0,2}${PERSON_ROLE_NOUNS}(?:\s+and\s+${PERSON_ROLE_NOUNS})?|former\s+(?:[\p{L}-]+\s+){0,2}[a-z][a-z-]*)$`,
  'u',
);

/** `Dipo Alli`: two or three capitalised words, as a person's name is written. */
export const PLAIN_FULL_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’-]+){1,2}$/u;
/** `Stars In Their Eyes`: small words capitalised inside a name make it a title. */
export const NAME_OF_A_WORK = /\s(?:In|Of|The|Their|And|For|On|At|To|A|An|His|Her|Its|Our|My|Your|With|From)\s/;

/** A suit as the subject of a verb of speech (`The lawsuit said`, `the suit claims`). */
export const LAWSUIT = /^[Tt]he\s+(?:civil\s+)?(?:lawsuit|suit|complaint|legal action)$/;
