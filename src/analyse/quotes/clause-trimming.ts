import { findCues } from './cues.js';
import { isNonPersonWord, isUsState } from './name-words.js';
import { type ClauseAttribution, QUANTITY_OR_DAY } from './subject-of-part.js';

/**
 * Steps that tidy a clause around its reading: party tags, a town's state, a source set off as an aside, a place
 * before `who` and a condition after `that` blanked to spaces (offsets kept), and a day or a quantity read as a
 * name dropped. Separate because the readers before and after a quotation both apply them.
 */

/** The words of a text, from `start`, that a phrase read with some of them blanked stands for: up to its last word (the phrase itself if not found). */
export function unblanked(text: string, phrase: string, start: number): string {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  const end = start < 0 ? -1 : text.indexOf(last, start);
  return end < 0 || !text.startsWith(phrase.slice(0, phrase.indexOf(' ')), start) ? phrase : text.slice(start, end + last.length);
}

/**
 * `When Erdogan called on a reporter, according to several people in the room, Graham leaned over and told`: a
 * source set off as an aside between a sentence's opening clause and its subject is blanked to spaces (offsets
 * kept), so the subject is read past it; only where another cue follows, whose speaker the aside is not (not
 * `The claims were false, according to statements by … in Fairfax, Virginia, the latest case …`).
 */
export function withoutSourceAside(text: string): string {
  if (text.indexOf('according to ') < 0 || !OPENING_CLAUSE_WORD.test(text)) return text;
  return text.replace(SOURCE_ASIDE_BEFORE_SUBJECT, (aside, offset: number) =>
    findCues(text.slice(offset + aside.length)).some((cue) => cue.word !== 'according to') ? ' '.repeat(aside.length) : aside,
  );
}

/** `When `, `After `: a sentence opening with a clause or a phrase before its subject. */
const OPENING_CLAUSE_WORD = /^\s*(?:When|While|As|After|Before|Once|If|Although|Though|Because|Since|In|On|At|During)\s/;
/** `according to several people in the room, ` after a comma, before a capitalised subject. */
const SOURCE_ASIDE_BEFORE_SUBJECT = /(?<=,\s)according to [^,;:“”"]{1,60},\s(?=\p{Lu})/gu;

/**
 * `Rep. Adam Schiff of California who said`: where a person is from, between the name and `who`, is blanked
 * to spaces (offsets kept), so the name is the relative clause's antecedent, as it is with a comma.
 */
export function withoutPlaceBeforeWho(text: string): string {
  return text.indexOf(' who ') < 0 ? text : text.replace(PLACE_BEFORE_WHO, (place) => ' '.repeat(place.length));
}

/**
 * `Steffen Seibert said Monday that if U.N. inspectors confirm the use of chemical weapons, `: a condition
 * between `that` and the quotation is blanked to spaces (offsets kept), so its verb is not read as the cue.
 */
export function withoutConditionAfterThat(text: string): string {
  return text.indexOf('that ') < 0 ? text : text.replace(CONDITION_AFTER_THAT_AT_END, (condition) => ' '.repeat(condition.length));
}

/** `if … , `, `when … , ` right after `that ` and up to the end. */
const CONDITION_AFTER_THAT_AT_END = /(?<=\bthat\s)(?:if|when|unless|once|because|although|though|while|after|before|until)\s[^,;:“”"]{1,140},\s*$/;

/** ` of California` after a name that is no body's word (`University of California who` keeps it), before ` who `. */
const PLACE_BEFORE_WHO =
  /(?<=\s\p{Lu}[\p{L}'’.-]*\s(?!(?:University|Department|Ministry|Bank|College|School|Institute|Office|Board|Council|Committee|Court|Church|Museum|State|Secretary|Center|Centre|Chamber)\b)\p{Lu}[\p{L}'’-]+)\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*(?=\s+who\s)/gu;

/**
 * `Sen. Klobuchar, D-Minn., spoke`, `Sen. Charles Schumer, D- N.Y., said`: a party tag set off by commas is
 * no part of who spoke, nor a name of its own; blanked to spaces, which keep the offsets.
 */
export function withoutPartyTags(text: string): string {
  const untagged = text.indexOf('-') < 0 ? text : text.replace(PARTY_TAG, (tag) => ' '.repeat(tag.length));
  // (`Michelle Barnes, the Golden, Colo., woman who …, wrote`: a town's state, set off by commas before the noun
  // the town describes, splits no phrase; nor before a paper named after the town, `Scranton, Pa., Times-Tribune columnist`.)
  if (untagged.indexOf('.,') < 0) return untagged;
  // (`in Washington, D.C., the justice quipped`: the District after its city is no part of the phrase either.)
  return untagged.replace(STATE_OF_TOWN_BEFORE_NOUN, (state) => ' '.repeat(state.length)).replace(DISTRICT_AFTER_WASHINGTON, (district) => ' '.repeat(district.length));
}

/**
 * `The Mandan, North Dakota, police chief, Jason Ziegler,`: a US state written out after a town, before the noun
 * the town describes, blanked to spaces (offsets kept) before a cue, as `withoutPartyTags` blanks an abbreviated one.
 */
export function withoutStateOfTown(text: string): string {
  return text.indexOf(', ') < 0 ? text : text.replace(FULL_STATE_OF_TOWN_BEFORE_NOUN, (whole, state: string) => (isUsState(state) ? ' '.repeat(whole.length) : whole));
}

/** `, North Dakota,` after a town and before a noun in lower case: a US state written out, inside a description (the state the first group). */
const FULL_STATE_OF_TOWN_BEFORE_NOUN =
  /(?<=\p{Lu}\p{Ll}+),\s((?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+),(?=\s(?!(?:and|but|or|the|a|an|who|which|where|when|as|while|after|before|to)\s)\p{Ll}[\p{Ll}-]*\s+\p{Ll})/gu;

/** `, D.C.` after `Washington` and before a comma. */
const DISTRICT_AFTER_WASHINGTON = /(?<=Washington),\s+D\.C\.(?=,)/g;

/** `, Colo.,` after a town and before a noun in lower case (or a capitalised word and one): the AP's state abbreviation, inside a description. */
const STATE_OF_TOWN_BEFORE_NOUN =
  /(?<=\p{Lu}\p{Ll}+),\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.,(?=\s\p{Ll}|\s\p{Lu}[\p{L}-]*\s+\p{Ll})(?!\s\p{Lu}[\p{L}-]*\s+(?:[a-z]+ed|said|says|told|tells|has|had|was|is|will|would)\b)/gu;

/** `, D-Minn.`, `, D- N.Y.`: a party's letter, a hyphen and a state, set off by a comma. */
const PARTY_TAG_SOURCE = String.raw`,\s*[DRI]-\s?[A-Z][A-Za-z.]*`;
// (The comma after the tag is kept: `said Sen. John Cornyn, R-Texas, an advocate of …` still sets off a role.)
// (`D-New York`: a state of two words.)
const PARTY_TAG = new RegExp(String.raw`${PARTY_TAG_SOURCE}(?:\s[A-Z][a-z.]+)?(?=,|\s|$)`, 'g');
/** The same, with the comma that closes it: inside a subject's parts, where it closes nothing. */
const PARTY_TAG_WITH_COMMAS = new RegExp(`${PARTY_TAG_SOURCE},?`, 'g');

/** A text with each party tag and the comma closing it blanked to spaces, offsets kept (`, R-Texas,`). */
export function withPartyTagsBlanked(text: string): string {
  return text.indexOf('-') < 0 ? text : text.replace(PARTY_TAG_WITH_COMMAS, (tag) => ' '.repeat(tag.length));
}

/**
 * `Pence's spokesperson on Saturday dismissed …, saying`, `On Monday Trump said`: a day or a quantity
 * read as the subject's name, or as its first word, is no one's; the name after it, if any, is.
 */
export function withoutDayOrQuantity(found: ClauseAttribution | null): ClauseAttribution | null {
  if (found?.subject.kind !== 'name') return found;
  const space = found.subject.text.indexOf(' ');
  const first = space < 0 ? found.subject.text : found.subject.text.slice(0, space);
  // (`the Sunday Telegraph report added`: a paper's name may open with a day.)
  if (!QUANTITY_OR_DAY.test(first)) return found;
  if (space < 0) return null;
  if (isNonPersonWord(found.subject.text.slice(found.subject.text.lastIndexOf(' ') + 1))) return found;
  return { ...found, subject: { ...found.subject, text: found.subject.text.slice(space + 1), start: found.subject.start + space + 1 } };
}
