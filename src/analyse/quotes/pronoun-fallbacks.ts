import { reportedJustBefore } from './attributions.js';
import type { ResolvedSpeaker } from './extract.js';
import { PRONOUN_GENDER } from './lexicon.js';
import { actsAsSubject } from './mention-grammar.js';
import type { NameMention } from './name-mention.js';
import type { ArticlePerson } from './people.js';
import { startsWithPronoun } from './pronoun-candidates.js';
import { type ArticleReading, countWordsUpTo, LEAD_PARAGRAPHS } from './reading.js';

/**
 * Whom `he` or `she` stands for when no person the article names fits as `resolvePronoun` reads back: the unnamed
 * person who spoke last (`a spokeswoman … ¶ she said`), a spokesperson or reporter brought in by a role just before,
 * a full name no list knows acting just before, or a person the sentence goes on to name; with the words that
 * describe an unnamed speaker (`DESCRIBED_PERSON_HEAD`, `UNNAMED_ACTOR`). Separate from `pronouns.ts`:
 * `speakerOfPronoun` tries these beside it, and none of them reads a pronoun back through the article's people.
 */

/**
 * `He` or `she` for the unnamed person who spoke last, in the next paragraph: the gender fits the description
 * (`a spokeswoman` is `she`), and no person named since acts. (Or later, across paragraphs that go on about them
 * as `he`, naming no one else it could be: `“…,” the official said. ¶ He said England supported … ¶ “…,” he said`.)
 */
export function describedSpeakerFor(reading: ArticleReading, pronoun: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const { paragraphs, people, mentionsByParagraph, lastDescribed } = reading;
  if (!lastDescribed || paragraph - lastDescribed.paragraph > 3) return undefined;
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  if (gender !== 'm' && gender !== 'f') return undefined;
  const text = lastDescribed.speaker.text;
  if (genderContradicts(text, gender)) return undefined;
  // (A paragraph between that is about anyone else, `Overwhelmed with fear …, the moderator … quit his job`, ends
  // the unnamed speaker's turn.)
  for (let index = lastDescribed.paragraph + 1; index < paragraph; index++) if (!startsWithPronoun(paragraphs[index] as string, 0, pronoun)) return undefined;
  let namedSince = false;
  for (let index = lastDescribed.paragraph; index <= paragraph; index++) {
    for (const mention of mentionsByParagraph[index] ?? []) {
      if (mention.inQuote || (index === lastDescribed.paragraph && mention.start < lastDescribed.offset)) continue;
      if (index === paragraph && mention.start >= offset) break;
      const person = people.byMention.get(mention);
      if (person?.person !== 'yes' || (person.gender && person.gender !== gender)) continue;
      // …or is brought in: `Adam Thomas, an analyst at Informa, believes … “…,” he said`.
      if (person.mentions[0] === mention || actsAsSubject(paragraphs[index] as string, mention)) return undefined;
      namedSince = true;
    }
    // `Mr Hilton on Tuesday said … He said …`: a sentence about someone as `he` in between leaves it open.
    // (`“…,” the official said. ¶ He said England supported … ¶ “…,” he said`: unless no one else it could be
    // has been named since the unnamed speaker, whom it goes on with.)
    const text = paragraphs[index] as string;
    const from = index === lastDescribed.paragraph ? lastDescribed.offset : 0;
    const to = index === paragraph ? offset : text.length;
    if (namedSince && /(?:^|[.!?]\s+)(?:He|She)\s/.test(text.slice(from, to))) return undefined;
  }
  return lastDescribed.speaker;
}

/** `a spokeswoman` is not `he`, nor `a spokesman` `she`. */
export function genderContradicts(description: string, gender: 'm' | 'f'): boolean {
  return (gender === 'm' && /woman$/.test(description)) || (gender === 'f' && /(?<!wo)man$/.test(description));
}

/**
 * `A Home Office spokesman said the system had been tightened. He added: “…”`: a `He` or `She` that
 * opens the sentence after reported speech by an unnamed person is that person.
 */
export function reporterJustBefore(reading: ArticleReading, pronoun: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const { paragraphs } = reading;
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  const sentenceStart = reading.sentenceStartAt(paragraph, offset);
  // The pronoun opens its sentence, or follows only the quotation that does (`“…?” he asked.`).
  const lead = (paragraphs[paragraph] as string).slice(sentenceStart, offset).trim();
  if ((gender !== 'm' && gender !== 'f') || (lead !== '' && !ONLY_A_QUOTATION.test(lead))) return undefined;
  let reported = reportedJustBefore(reading, paragraph, sentenceStart);
  // (`… an undocumented agriculture worker who spoke with CNN said the community there is terrified. He said he's
  // planning to hunker down …. ¶ “…,” he said`: reported speech by the same pronoun goes on with whom that one
  // stood for, read back from it.)
  const subject = reported?.attribution.subject;
  if (reported && subject?.kind === 'pronoun' && subject.text.toLowerCase() === pronoun.toLowerCase()) {
    reported = reportedJustBefore(reading, reported.paragraph, reported.base);
  }
  let described = reported?.attribution.subject.kind === 'description' ? reported.attribution.subject.text : undefined;
  // `… and, according to an ntl spokesman, are in a better position.`
  if (!described) {
    const before = reading.sentenceJustBefore(paragraph, sentenceStart);
    if (before) described = ACCORDING_TO_DESCRIBED.exec((paragraphs[before.where] as string).slice(before.start, before.end))?.[1];
  }
  // `An Investment Ministry official has told Reuters … The official said …`: the one an indefinite
  // description brought in just before.
  if (described && /^the\s/i.test(described) && DESCRIBED_PERSON_HEAD.test(described)) described = introducedAs(reading, described, paragraph, sentenceStart);
  // Only someone unnamed (`a spokesman`): `the Tory spokesman` is someone the article has named.
  if (!described || !/^(?:an?|one|another)\s/i.test(described) || !DESCRIBED_PERSON_HEAD.test(described)) return undefined;
  if (genderContradicts(described, gender)) return undefined;
  return { kind: 'description', text: described };
}

/** A quotation alone, perhaps with the comma after it: `“Will 8Mbps be enough?”`. */
const ONLY_A_QUOTATION = /^["“][^"“”]*["”][\s,]*$/;
/** `according to an ntl spokesman`: an unnamed person as a source. */
const ACCORDING_TO_DESCRIBED = /\baccording to ((?:an?|the|one)\s[^,.;]*?(?:spokes(?:man|woman|person)|official|source|aide))\b/;

/**
 * The indefinite description (`An Investment Ministry official`) that brought in whom a definite one
 * (`The official`) names, within two paragraphs before an offset, if one has the same head noun.
 */
function introducedAs(reading: ArticleReading, definite: string, paragraph: number, offset: number): string | undefined {
  const { paragraphs } = reading;
  const head = DESCRIBED_HEAD_NOUN.exec(definite)?.[1];
  if (!head) return undefined;
  const introduced = new RegExp(String.raw`\b((?:An?|One|an?|one)\s(?:[\p{L}'’-]+\s){0,4}?${head})\b`, 'gu');
  for (let index = paragraph; index >= Math.max(0, paragraph - 2); index--) {
    const text = (paragraphs[index] as string).slice(0, index === paragraph ? offset : undefined);
    const last = [...text.matchAll(introduced)].at(-1)?.[1];
    if (last) return last;
  }
  return undefined;
}

/** Words for the person in an unnamed speaker's description. */
const DESCRIBED_HEAD_WORDS = 'spokes(?:man|woman|person)|official|source|aide|executive|director|adviser|analyst|lawyer|officer|manager|insider|diplomat|lawmaker|legislator|senator|congressman|congresswoman';
/** The word for the person in an unnamed speaker's description: `spokesman` in `The BPI spokesman`. */
export const DESCRIBED_HEAD_NOUN = new RegExp(String.raw`\b(${DESCRIBED_HEAD_WORDS})\b`);
/** `the diplomat`, `the senior official`: an unnamed speaker called by `the`, a word or two in lower case and such a word. */
export const DEFINITE_DESCRIBED_PERSON = new RegExp(String.raw`^[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:${DESCRIBED_HEAD_WORDS})$`);
/**
 * An unnamed speaker who is one person (`a spokeswoman`, `the Ofcom spokesman`, `a senior official`); not an
 * office (`the minister`), whose holder the article has usually named; or one person by what they are,
 * perhaps with a relative clause (`a young Turkish coachwoman who came to the United States …`), or with the town
 * and state they are from set off by commas (`a Boonville, New York, resident`).
 */
export const DESCRIBED_PERSON_HEAD =
  /(?:spokes(?:man|woman|person)|official|source|aide)(?:\s+(?:for|of|at|from|with)\s.+)?$|^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s.*(?:executive|director|chief|adviser|analyst|lawyer|officer|manager|insider|member)(?:\s+(?:for|of|at|from|with)\s.+)?$|^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s(?:[A-Za-z'’.,-]+\s+){0,4}?[a-z-]*(?:man|woman|driver|resident|witness|worker|passenger|neighbou?r|tourist|visitor|guard|doctor|nurse|teacher|student|parent|soldier|trader|diplomat|lawmaker|pilot|firefighter|paramedic|farmer|engineer|scientist|employee|representative|legislator|senator|prosecutor|activist|protester|voter|supporter|strategist|economist|consultant|lobbyist|staffer|operative|expert|researcher)(?:\s+(?:who|from)\s.+)?$/;

/**
 * `Tony Blair's official spokesman declined to say … He said:`: someone's spokesman, the subject of the
 * sentence just before, is who the pronoun stands for, not the one whose spokesman he is.
 */
export function spokespersonJustBefore(reading: ArticleReading, pronoun: string, paragraph: number, offset: number, opening = POSSESSED_SPOKESPERSON_OPENING): ResolvedSpeaker | undefined {
  const { paragraphs } = reading;
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  if (gender !== 'm' && gender !== 'f') return undefined;
  let before = reading.sentenceBeforeOffset(paragraph, offset, true);
  // (`A Labour Party spokesman told the BBC … But that did not happen for “voter identification” calls.
  // “…,” he said.`: the reported speech may go on one sentence that names no one, quoting a few words.)
  for (let back = 0; before && back < 2; back++) {
    const text = (paragraphs[before.where] as string).slice(before.start, before.end);
    const spokesperson = opening.exec(text)?.[1];
    if (spokesperson) return genderContradicts(spokesperson, gender) ? undefined : { kind: 'description', text: spokesperson };
    const { where, start, end } = before;
    // (`The moderator said that others …. Facebook complies with the US state department’s designation …. “…,” he
    // said`: a body named on the way is no one the pronoun could stand for.)
    const couldBe = (mention: NameMention): boolean => {
      const person = reading.people.byMention.get(mention);
      // (A lone word no person has claimed, `Facebook`, is mostly a place's or a thing's.)
      if (person === undefined) return mention.person === 'yes';
      return person.person !== 'no' && (person.gender === undefined || person.gender === gender);
    };
    if ((reading.mentionsByParagraph[where] ?? []).some((mention) => mention.start >= start && mention.start < end && couldBe(mention))) return undefined;
    before = reading.sentenceJustBefore(where, start, true);
  }
  return undefined;
}

/** `On Monday, Tony Blair's official spokesman declined …`, `But a spokesman for the Home Office defended …`: a sentence opening with someone's spokesperson, acting. */
const POSSESSED_SPOKESPERSON_OPENING =
  /^\s*(?:(?:On|In|At|But|And|Later|Earlier)\b[^,]{0,40},\s*|But\s+|And\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+(?:[a-z-]+\s+)?spokes(?:man|woman|person)|[Aa]n?\s+(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}spokes(?:man|woman|person)(?:\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+)*\p{Lu}[\p{L}'’.&-]*)?)\s+(?:also\s+|later\s+)?(?:[a-z]+ed|said|says|told|was|is|has|had)\b/u;

/** Words for someone a story may keep unnamed throughout (`the moderator`, `the whistleblower`). */
const UNNAMED_ACTOR_NOUNS = 'moderator|whistleblower|contractor|employee|worker|patient|victim|witness|survivor|defector|informant|insider';
/**
 * `Overwhelmed with fear …, the moderator, who first came to Ireland as a child, quit his job`: someone the
 * story keeps unnamed, by a word for what they do, acting at a sentence's start (after an opening phrase
 * and a relative clause set off by commas, or one that says which of them is meant: `The moderator who fled
 * Ireland was unsatisfied`).
 */
export const UNNAMED_ACTOR_OPENING = new RegExp(
  String.raw`^\s*(?:\p{Lu}[^,]{0,100},\s*)?([Tt]he\s+(?:[a-z-]+\s+){0,2}(?:${UNNAMED_ACTOR_NOUNS}))(?:,\s+who\s[^;!?“”"]{1,160}?,|\s+who\s[^,;.!?“”"]{1,60}?)?\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|said|says|told|was|is|has|had|quit|left|went|fled|spoke|wrote|kept|felt|took|gave|came)\b`,
  'u',
);
/** Such a person as a quotation's speaker, whom `he` or `she` goes on with. */
export const UNNAMED_ACTOR = new RegExp(String.raw`^[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:${UNNAMED_ACTOR_NOUNS})$`);

/** `The Trafford Centre spokeswoman said`: a body's spokesperson named by `the`, acting at a sentence's start. */
export const DEFINITE_SPOKESPERSON_OPENING =
  /^\s*(?:But\s+|And\s+)?([Tt]he\s+(?:\p{Lu}[\p{L}'’.&-]*\s+){1,3}spokes(?:man|woman|person))\s+(?:also\s+|later\s+)?(?:[a-z]+ed|said|says|told|was|is|has|had)\b/u;

/**
 * `Shami Chakrabarti, from human rights group Liberty, joined calls … She said:`: when no one known to be
 * a person fits a pronoun, a full name with a first name the lists lack, the subject of the sentence
 * just before, is the one meant (and a person from then on).
 */
export function unfamiliarSubjectJustBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): ArticlePerson | undefined {
  const before = reading.namesInSentenceJustBefore(paragraph, sentenceStart);
  if (!before) return undefined;
  const { text } = before;
  const { people } = reading;
  for (const mention of before.mentions) {
    const words = mention.bare.split(' ').length;
    if (mention.person !== 'maybe' || mention.hasTitle || words < 2 || words > 3 || countWordsUpTo(text.slice(before.start, mention.start), 3) > 2) continue;
    const person = people.byMention.get(mention);
    if (person?.person !== 'maybe' || person.gender !== undefined || !actsAsSubject(text, mention)) continue;
    person.person = 'yes';
    return person;
  }
  return undefined;
}

/** ` The `, `/`: what stands before a title's words, not a person's name. */
const TITLE_WORDS_BEFORE = /(?:\b[Tt]he\s|\/)$/;

/**
 * The last full name of unknown or this gender, a person's as far as the article says, acting as a subject in
 * this paragraph (before `offset`) or the two before: a last resort further back than `unfamiliarSubjectJustBefore`.
 */
export function unfamiliarActorBefore(reading: ArticleReading, paragraph: number, offset: number, gender: 'm' | 'f'): ArticlePerson | undefined {
  const { paragraphs, mentionsByParagraph, people } = reading;
  for (let index = paragraph; index >= Math.max(0, paragraph - 2); index--) {
    const text = paragraphs[index] as string;
    const mentions = mentionsByParagraph[index] ?? [];
    for (let at = mentions.length - 1; at >= 0; at--) {
      const mention = mentions[at] as NameMention;
      if (mention.inQuote || (index === paragraph && mention.start >= offset) || !mention.bare.includes(' ')) continue;
      const person = people.byMention.get(mention);
      if (!person || person.person === 'no' || (person.gender !== undefined && person.gender !== gender)) continue;
      // (Not a title's words, `Speakerboxxx/The Love Below, which saw …`.)
      if (actsAsSubject(text, mention) && !TITLE_WORDS_BEFORE.test(text.slice(Math.max(0, mention.start - 5), mention.start))) return person;
    }
  }
  return undefined;
}

/**
 * `He called it his “masochism strategy” … and now Tony Blair has signed up`: a pronoun no one before it
 * fits may point ahead, to the person its sentence goes on to name.
 */
export function namedLaterInSentence(reading: ArticleReading, pronoun: string, paragraph: number, offset: number): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  // Only a story's opening points ahead so; later, an unresolved pronoun is someone not recognised before.
  if ((gender !== 'm' && gender !== 'f') || paragraph > LEAD_PARAGRAPHS) return undefined;
  const text = paragraphs[paragraph] as string;
  const ends = reading.endsOf(paragraph);
  const end = ends.find((at) => at > offset) ?? text.length;
  // (`… he insisted during stormy Lords exchanges. Lord Goldsmith said …`: or the one who opens the next.)
  const nextEnd = ends.find((at) => at > end) ?? text.length;
  for (const mention of mentionsByParagraph[paragraph] ?? []) {
    if (mention.inQuote || mention.start <= offset || mention.start >= nextEnd) continue;
    const person = people.byMention.get(mention);
    const opensNext = mention.start >= end && countWordsUpTo(text.slice(end, mention.start), 3) <= 1 && actsAsSubject(text, mention);
    if (person?.person === 'yes' && (!person.gender || person.gender === gender) && (mention.start < end || opensNext)) return person;
  }
  return undefined;
}
