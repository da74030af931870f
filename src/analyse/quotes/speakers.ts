import { type Located, reportedJustBefore } from './attributions.js';
import { findCues } from './cues.js';
import { ANY_ONE_DESCRIBED, BODY_HEAD, CAPITALISED_EPITHET, CAPITALISED_OFFICE, DEFINITE_PERSON, HEAD_TITLE, LAWMAKER, LAWSUIT, LEGISLATOR_HEADS, MEMBERS_OF_COMMITTEE, MEMBERS_OF_COURT, NAME_OF_A_WORK, NEWSPAPER_NAME, namedAfterSameWords, namedAheadAs, namedClosingSentenceBefore, namedInApposition, OFFICE_EPITHET, OFFICE_HOLDER, ONE_BY_ROLE, PERSON_OF_A_NATION, PLACE_POSSESSIVE_OFFICE, PLAIN_FULL_NAME, PRONOUN_AFTER_CUE, ROLE_HEAD_WORD, TOP_ONE_BY_ROLE, UNGIVEN_OFFICE, UNNAMED_LEAD_SPEAKER, UNNAMED_ONE } from './described-subjects.js';
import { describedPerson, introducedAhead, namedWithOffice, placeOfficeHolders, subjectJustBefore } from './descriptions.js';
import type { ResolvedSpeaker } from './extract.js';
import { isKnownFirstName } from './given-names.js';
import { groupNamedBefore, pluralGroupNoun } from './groups.js';
import { CUE_WORDS, DOCUMENT_NOUNS, ISSUED_DOCUMENTS, PERSON_TITLES, PRONOUN_GENDER, partyName, SPEAKING_PAPERS } from './lexicon.js';
import type { QuotePiece } from './marks.js';
import { hasTitle, NEXT_WORD_AT } from './mention-grammar.js';
import type { NameMention } from './name-mention.js';
import { matchAt } from './name-words.js';
import { BODY_BY_HEAD, BODY_DESCRIPTION, bodyActedJustBefore, bodyNamedByHead, courtOfJudges, describedOpeningJustBefore, documentIssuers, groupBefore, type IssuerEvent, introducedByKind, isCitedMedium, issuerNamedIn, latestActingOrganisation, latestParty, MEDIUM_KIND, mediumCitedBefore, NEWSPAPER_DESCRIPTION, newspaperBefore, ORGANISATION_BY_KIND, OUTLET_DESCRIPTION, outletBefore, PEOPLE_ISSUER, paragraphOrganisation, plaintiffBefore, spokespersonsBody, storyBodyBefore } from './organisations.js';
import type { ArticlePerson } from './people.js';
import { DEFINITE_SPOKESPERSON_OPENING, DESCRIBED_HEAD_NOUN, describedSpeakerFor, genderContradicts, namedLaterInSentence, reporterJustBefore, spokespersonJustBefore, UNNAMED_ACTOR_OPENING, unfamiliarActorBefore, unfamiliarSubjectJustBefore } from './pronoun-fallbacks.js';
import { NOBODY, namedInside, type PronounReading, resolvePronoun } from './pronouns.js';
import { type ArticleReading, LEAD_PARAGRAPHS, type SentencePlace } from './reading.js';
import { sentenceSubject } from './sentence-subject.js';
import type { Subject } from './subject-of-part.js';

/**
 * Who an attribution names: the subject of a quotation's located attribution (a name, a pronoun, a document, a
 * description), resolved to a person of the article or kept as a description. The readers of each kind of subject
 * stay together here because those of a document and of a description resolve the subject they find inside it
 * through `resolveSpeaker` again; setting the result on a quotation, and the voice around a quotation with no cue
 * of its own, are in `quotation-speakers.ts`; the shapes of a described subject, in `described-subjects.ts`.
 */

/** What a located attribution says: who speaks (if anyone is found), the words that name them, and any role it gives. */
export interface ResolvedAttribution {
  speaker?: ResolvedSpeaker;
  mention: string;
  role?: string;
  /** An office a pronoun was read back to, for the corpus to settle (see `PronounReading`). */
  office?: string;
  /** Who else speaks with the speaker (`they` for `Gina Anderson and Rebecca Fredrickson`). */
  with?: ArticlePerson[];
}

/**
 * The speaker a located attribution names, resolved to a person of the article where one fits, with the
 * words that name them and the role the attribution gives them. `pieces` are the quotation's own.
 */
export function resolveSpeaker(reading: ArticleReading, located: Located, pieces: readonly QuotePiece[] = []): ResolvedAttribution {
  const read: Subject = located.attribution.subject;
  // A lone capitalised word read as a name may be a sentence's `He` or `She`: a pronoun all the same.
  const subject: Subject = read.kind === 'name' && /^(?:He|She)$/.test(read.text) ? { kind: 'pronoun', text: read.text, start: read.start } : read;
  // (`… and I say get over it!` in a paragraph whose quote marks were lost: the writer's `I` is no one the
  // article quotes, so the quotation goes on with whoever spoke before.)
  if (subject.kind === 'name' && subject.text === 'I') return { mention: subject.text };
  const offset = located.base + subject.start;
  if (subject.kind === 'pronoun') return speakerOfPronoun(reading, located, subject, offset, pieces);
  const resolved =
    subject.kind === 'name'
      ? speakerOfName(reading, located, subject, offset)
      : subject.kind === 'document'
        ? speakerOfDocument(reading, located, subject, offset)
        : speakerOfDescription(reading, located, subject, offset);
  // (`said the pope’s letter`: a document no issuer was found for is its owner's too.)
  const unresolved = resolved.speaker === undefined && subject.kind === 'document' ? subject.text : undefined;
  const description = resolved.speaker?.kind === 'description' ? resolved.speaker.text : unresolved;
  return description ? (ownerOfThing(reading, located, offset, description, resolved) ?? resolved) : resolved;
}

/**
 * `NOAA's research plan said`, `Politico’s article now reads`, `the Eric Trump Foundation’s website says`: a thing of
 * someone named, speaking, is its owner's voice; so is one of someone described (`the pope’s letter`, `the
 * organization’s website`), the one the description stands for. Not a person or a group of theirs (`Moore’s wife`,
 * `Trump’s lawyers`, `McConnell’s office`), who speaks for themselves.
 */
function ownerOfThing(reading: ArticleReading, located: Located, offset: number, description: string, resolved: ResolvedAttribution): ResolvedAttribution | undefined {
  const { paragraph } = located;
  const named = OWNERS_THING.exec(description);
  const described = named ? null : DESCRIBED_OWNERS_THING.exec(description);
  const thing = (named ?? described)?.[2]?.toLowerCase();
  // (After `the`, only a paper or a page, whose words are plainly issued, or the press office that speaks for the
  // owner (`the network’s communications department`): `The political reform group's general secretary` is someone
  // of the group's, speaking for themselves. A document's word that reads like an agent's,
  // `letter`, `order`, is still a thing.)
  const definite = /^[Tt]he\s/.test(description);
  if (!thing || (definite ? !OWNED_PAPER.test(thing) && !PRESS_OFFICE.test(description) : OWNERS_PEOPLE.test(thing) && !ISSUED_DOCUMENTS.test(thing) && !DOCUMENT_NOUNS.test(thing))) return undefined;
  const ownerText = (named ?? described)?.[1] as string;
  if (described) {
    // (Whom `the pope` stands for, read as if it spoke itself; not the description left as it is.)
    const subject: Subject = { kind: 'description', text: `the ${ownerText}`, start: located.attribution.subject.start };
    const owner = resolveSpeaker(reading, { ...located, attribution: { ...located.attribution, subject } }).speaker;
    return owner?.kind === 'person' ? { ...resolved, speaker: owner } : undefined;
  }
  const ownerStart = description.indexOf(ownerText);
  const mention = reading.mentionAt(paragraph, offset + ownerStart) ?? reading.mentionWithin(paragraph, offset, offset + ownerStart + ownerText.length);
  if (mention?.inQuote) return undefined;
  // (`NOAA’s`: initials the name scan leaves to the corpus pass are the body they abbreviate, or those initials
  // where the article never spells them out.)
  const owner = mention ? reading.people.add(mention) : reading.people.byAcronym(ownerText);
  if (owner) return { ...resolved, speaker: { kind: 'person', person: owner } };
  return INITIALS_ONLY.test(ownerText) ? { ...resolved, speaker: { kind: 'description', text: ownerText } } : undefined;
}

/** `NOAA's research plan`, `the Eric Trump Foundation’s website`: a capitalised owner (the first group), then a thing in one to three lower-case words (the second). */
const OWNERS_THING = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?:\s+(?:now|then|also|again|later|too))?$/u;
/**
 * `the pope’s letter`, `the organization’s website`, `the group's Twitter account`: an owner described in lower case (the
 * first group), then a thing in one to three words, the last in lower case (the second).
 */
const DESCRIBED_OWNERS_THING = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)['’]s\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}-]+)$/u;

/** `communications department`, `press office`, `media team`: the staff who speak to the press for a body, in its name. */
const PRESS_OFFICE = /\b(?:communications|press|media|public\s+relations|PR)\s+(?:department|office|team|staff|shop)$/;
/** People or a body of the owner's, who speak for themselves: kin, staff, a campaign, an office. */
const OWNERS_PEOPLE =
  /^(?:[a-z-]*(?:er|or|ist|ian|man|men|woman|women|ant|ent|ee|ess)s?|wife|husband|son|sons|daughter|daughters|mother|father|brother|sister|family|families|kids|children|parents|spouse|widow|uncle|aunt|nephew|niece|cousin|friend|friends|staff|aides?|allies|ally|critics|team|office|watchdog|campaign|camp|administration|government|party|people|side|counsel|colleagues|rivals|fans|base|voters|cabinet|circle|associates|representatives?|officials?|spokesperson|chief|deputy|heir|successor|predecessor|doctors|attorneys?|counsels?|ministry|department|agency|regime|army|military|police|embassy|committee|council|court|company|firm|board|union|club|movement|group|coalition|organi[sz]ation|institute|foundation|university|school|network|channel|media|press|newspaper|lab|bank|authorities)$/;

/** A name: the person of the article it names, or the one a capitalised epithet or office stands for. */
function speakerOfName(reading: ArticleReading, located: Located, subject: Extract<Subject, { kind: 'name' }>, offset: number): ResolvedAttribution {
  const { paragraphs, people } = reading;
  // The clause may take a word before the name into it (`Republican Donald Trump`): then the name
  // mention starts inside the subject rather than at it.
  const text = paragraphs[located.paragraph] as string;
  // `The MP, who is consulting his lawyers, told …`: one capitalised word after `the` may be a role.
  const afterThe = /\b[Tt]he\s+$/.test(text.slice(Math.max(0, offset - 4), offset));
  // `said the Birchfield Harrier`, `said the New Zealander`: a capitalised epithet for a person.
  const epithet = afterThe && subject.text.includes(' ') && CAPITALISED_EPITHET.test(subject.text) && !NEWSPAPER_NAME.test(subject.text);
  // `The Foreign Secretary told the BBC`: an office in capitals is a role, held by someone named before.
  const office = afterThe && subject.text.includes(' ') && PERSON_TITLES.has(subject.text.slice(subject.text.lastIndexOf(' ') + 1).toLowerCase());
  // `said the American`: a nationality alone is an epithet for someone named before, as `the Scot` is.
  const nationality = afterThe && PERSON_OF_A_NATION.test(subject.text);
  const described =
    (afterThe && !subject.text.includes(' ')) || epithet || office
      ? describedPerson(reading, `the ${subject.text}`, located.paragraph, offset, epithet || nationality)
      : undefined;
  if (described) return { speaker: { kind: 'person', person: described }, mention: `the ${subject.text}` };
  // (`India's Ministry of Home Affairs said`: the body a possessive names, not the place or the body it is of.)
  const possessed = POSSESSED_NAME.exec(subject.text);
  const owned = possessed?.[1] ? reading.mentionAt(located.paragraph, offset + possessed[0].length - possessed[1].length) : undefined;
  const mention = owned ?? reading.mentionAt(located.paragraph, offset) ?? reading.mentionWithin(located.paragraph, offset, offset + subject.text.length);
  if (mention) {
    const person = people.add(mention);
    if (person.person === 'maybe') person.person = 'yes';
    // Built without a spread: an object spread is slow before the JIT compiles this.
    const named: { speaker: ResolvedSpeaker; mention: string; role?: string } = { speaker: { kind: 'person', person }, mention: subject.text };
    if (subject.role) named.role = subject.role;
    return named;
  }
  // A name the scan passed over (`May`, a month too) is still the person already named so.
  const known = subject.text.includes(' ') ? undefined : people.latestWithSurname(subject.text);
  if (known?.person === 'yes') return { speaker: { kind: 'person', person: known }, mention: subject.text };
  const abbreviated = people.byAcronym(subject.text);
  if (abbreviated) return { speaker: { kind: 'person', person: abbreviated }, mention: subject.text };
  return { speaker: { kind: 'description', text: subject.text }, mention: subject.text };
}

/** `India's Ministry of Home Affairs`: a name's possessive, then the capitalised name of what it has. */
const POSSESSED_NAME = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’.-]*))*)$/u;

/**
 * Who the pronoun cannot stand for: those the quotation names (`“I feel for Nigel Worthington,” he said`),
 * and the one the pronoun's own cue is said to (`She told McCain that she didn't consider herself a
 * “conservative”`).
 */
function notThePronoun(reading: ArticleReading, paragraph: number, offset: number, pieces: readonly QuotePiece[]): ReadonlySet<ArticlePerson> {
  const inside = pieces.length > 0 ? namedInside(reading, pieces) : NOBODY;
  const told = TOLD_SOMEONE_AT.exec((reading.paragraphs[paragraph] as string).slice(offset, offset + 40));
  const addressed = told ? reading.mentionAt(paragraph, offset + told[0].length) : undefined;
  const person = addressed && !addressed.inQuote ? reading.people.byMention.get(addressed) : undefined;
  return person ? new Set([...inside, person]) : inside;
}

/** `She told `, `he also asked `: a pronoun and a cue whose object comes next. */
const TOLD_SOMEONE_AT = /^(?:He|She|he|she)\s+(?:also\s+|later\s+|then\s+)?(?:told|tells|asked|asks|warned|reminded|assured|informed|urged)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep)\.?\s+)?/;

/** Someone the sentence before keeps unnamed (`the moderator … quit his job`), when the article gives no one that role. */
function unnamedActorJustBefore(reading: ArticleReading, pronoun: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const actor = spokespersonJustBefore(reading, pronoun, paragraph, offset, UNNAMED_ACTOR_OPENING);
  if (actor?.kind !== 'description' || describedPerson(reading, actor.text, paragraph, offset)) return undefined;
  return actor;
}

/**
 * `Spencer, he said, is “…”`: the words before a pronoun and its cue set off by commas, the clause's
 * subject, are what the quotation is about, not who says it.
 */
function asideTopic(reading: ArticleReading, paragraph: number, offset: number): { paragraph: number; from: number; to: number } | undefined {
  const text = reading.paragraphs[paragraph] as string;
  const from = reading.sentenceStartAt(paragraph, offset);
  if (!NAME_ALONE_SET_OFF.test(text.slice(from, offset)) || !PRONOUN_CUE_ASIDE_AT.test(text.slice(offset, offset + 40))) return undefined;
  return { paragraph, from, to: offset };
}

/** `For Washington Post columnist Charles Krauthammer, `: whom the sentence is about, opening it. */
const FOR_SOMEONE_OPENING = /^\s*For\s+(?:[\p{L}'’.-]+\s+){0,4}\p{Lu}[\p{L}'’-]+,/u;

/** `Spencer, `, `Mr. Trump, `: a name alone opening the sentence, then a comma. */
const NAME_ALONE_SET_OFF = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s*$/u;
/** `he said, `, `she added, `: a pronoun and its cue, then the comma that closes the aside. */
const PRONOUN_CUE_ASIDE_AT = /^(?:he|she)\s+[a-z]+,\s/;

/** `he`, `she` or `they`: whom the pronoun stands for, read back from it. */
function speakerOfPronoun(reading: ArticleReading, located: Located, subject: Extract<Subject, { kind: 'pronoun' }>, offset: number, pieces: readonly QuotePiece[]): ResolvedAttribution {
  const { paragraphs, lastSpeaker } = reading;
  const firstHere = located.from === 'after' ? pieces.find((piece) => piece.paragraph === located.paragraph) : undefined;
  const topicFrom = firstHere ? reading.sentenceStartAt(located.paragraph, firstHere.start) : 0;
  const lead = firstHere ? (paragraphs[located.paragraph] as string).slice(topicFrom, firstHere.start) : '';
  // …unless the words before the quotation introduce it (`McCaskill scolded him: “…” she said`).
  const topic =
    firstHere && lead.trim() !== '' && !/[:,]\s*$/.test(lead) && findCues(lead).length === 0 && !FOR_SOMEONE_OPENING.test(lead)
      ? { paragraph: located.paragraph, from: topicFrom, to: firstHere.start }
      : asideTopic(reading, located.paragraph, offset);
  if (/^they$/i.test(subject.text)) {
    const pair = pairBefore(reading, located.paragraph, offset);
    if (pair) return { speaker: { kind: 'person', person: pair[0] }, with: [pair[1]], mention: subject.text };
    const group = groupBefore(reading, located.paragraph, offset);
    if (group) return { speaker: group, mention: subject.text };
    // (`A source close to Johnson said: “…” ¶ … They added that …`: with no group or pair to stand for, one who
    // spoke just before, unless the article has made that one a man or a woman.)
    const { previousAccepted } = reading;
    const previous = previousAccepted && located.paragraph - previousAccepted.paragraph <= 1 ? previousAccepted.quotation.speaker : undefined;
    return previous && !(previous.kind === 'person' && previous.person.gender) ? { speaker: previous, mention: subject.text } : { mention: subject.text };
  }
  // `“…,” a spokeswoman said. She added …`: the unnamed person who spoke last, unless a person has acted since.
  const described =
    describedSpeakerFor(reading, subject.text, located.paragraph, offset) ??
    reporterJustBefore(reading, subject.text, located.paragraph, offset) ??
    spokespersonJustBefore(reading, subject.text, located.paragraph, offset) ??
    unnamedActorJustBefore(reading, subject.text, located.paragraph, offset);
  if (described) return { speaker: described, mention: subject.text };
  const read: PronounReading = {};
  const person =
    resolvePronoun(reading, subject.text, located.paragraph, offset, lastSpeaker, notThePronoun(reading, located.paragraph, offset, pieces), topic, read) ??
    unfamiliarSubjectJustBefore(reading, located.paragraph, reading.sentenceStartAt(located.paragraph, offset)) ??
    namedLaterInSentence(reading, subject.text, located.paragraph, offset);
  if (person) {
    const gender = PRONOUN_GENDER.get(subject.text.toLowerCase());
    if (!person.gender && (gender === 'm' || gender === 'f')) person.gender = gender;
    const attribution: ResolvedAttribution = { speaker: { kind: 'person', person }, mention: subject.text };
    if (read.office) attribution.office = read.office;
    return attribution;
  }
  // `The Trafford Centre spokeswoman said …. “…,” she added.`: with no person to stand for, a body's
  // spokesperson the sentence before was about (`the Tory spokesman`, a role, is someone named: read above).
  const spokesperson = spokespersonJustBefore(reading, subject.text, located.paragraph, offset, DEFINITE_SPOKESPERSON_OPENING);
  if (spokesperson) return { speaker: spokesperson, mention: subject.text };
  const unnamed = unnamedReporterBefore(reading, subject.text, located.paragraph, offset);
  if (unnamed) return { speaker: unnamed, mention: subject.text };
  // (`Fergie Cautious When Traveling` … `She explained: “…”`: with no one before it to stand for, `she` is
  // whom the title names.)
  const gender = PRONOUN_GENDER.get(subject.text.toLowerCase());
  const titled = gender === 'm' || gender === 'f' ? reading.titlePersonFitting(gender) : undefined;
  // (The guess gives the person no gender: `Trump ups the ante` over `… the Texan's wife … when she referred`
  // made Trump a woman, and every bare `Trump` of the article Melania.)
  if (titled) return { speaker: { kind: 'person', person: titled }, mention: subject.text };
  // (`“…,” Pelosi declared after the vote. She called it “…”`: one known only by a surname, who spoke last and
  // lately, is whom `he` or `she` goes on with when no one else can be.)
  const surnameOnly = lastSpeaker && lastSpeaker.person !== 'no' && !lastSpeaker.name.includes(' ') && !lastSpeaker.gender;
  if (surnameOnly && (gender === 'm' || gender === 'f') && reading.lastSpeakerAt.paragraph >= located.paragraph - 3) {
    return { speaker: { kind: 'person', person: lastSpeaker }, mention: subject.text };
  }
  // (`Élfido García sat in the scorching sun …. ¶ The migrant worker from Guatemala says he …. ¶ “…,” he said`:
  // with no one else at all, a full name no list knows, acting in the two paragraphs before, of no other gender.)
  const actor = gender === 'm' || gender === 'f' ? unfamiliarActorBefore(reading, located.paragraph, offset, gender) : undefined;
  if (actor) return { speaker: { kind: 'person', person: actor }, mention: subject.text };
  return { mention: subject.text };
}

/** How many sentences back an unnamed reporter is looked for. */
const SENTENCES_BACK = 8;

/**
 * `…, a spokesman for one of Spain's major sunflower oil producers said. ¶ He told Reuters … ¶ “…,” he
 * said.`: with no named person for `he` to stand for, the unnamed person whose report came last, however
 * many sentences about them (`He told`, `He said`) stand between.
 */
function unnamedReporterBefore(reading: ArticleReading, pronoun: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  if (gender !== 'm' && gender !== 'f') return undefined;
  let where = paragraph;
  let start = reading.sentenceStartAt(paragraph, offset);
  for (let step = 0; step < SENTENCES_BACK; step++) {
    const before = reading.sentenceJustBefore(where, start, true);
    if (!before) return undefined;
    const sentence = (reading.paragraphs[before.where] as string).slice(before.start, before.end);
    // (`…, a spokesman for one of Spain's major sunflower oil producers said.`: the report may close its sentence.)
    const closed = UNNAMED_REPORTER_CLOSING.exec(sentence);
    const closing = closed?.[1] ?? closed?.[2];
    const reported = closing ? undefined : reportedJustBefore(reading, where, start, true);
    const subject = reported?.attribution.subject;
    const described = closing ?? (subject?.kind === 'description' ? subject.text : undefined);
    if (described && UNNAMED_PERSON.test(described) && !genderContradicts(described, gender)) return { kind: 'description', text: described };
    // (`Google has not commented.`, `John Smith has not commented.` before `she`: a body, or someone of the other
    // gender, who speaks between is no one the pronoun can be; the search goes on past them.)
    if (subject?.kind === 'name' && reported && !cannotBe(reading, reported.paragraph, reported.base + subject.start, gender)) return undefined;
    where = before.where;
    start = before.start;
  }
  return undefined;
}

/** Whether the one named at an offset is a body, or a person of the other gender, whom a pronoun cannot stand for. */
function cannotBe(reading: ArticleReading, paragraph: number, offset: number, gender: 'm' | 'f'): boolean {
  const mention = reading.mentionAt(paragraph, offset);
  const named = mention ? reading.people.byMention.get(mention) : undefined;
  return named !== undefined && (named.person === 'no' || (named.gender !== undefined && named.gender !== gender));
}

/** A sentence closed by an unnamed reporter (`…, a spokesman for … said.`). */
// (`“…,” said a spokeswoman for the group.`: or after the cue.)
const UNNAMED_REPORTER_CLOSING = /,["”]?\s+(?:((?:a|an|one|another)\s[^,.;:!?“”"]{1,100}?)\s+(?:said|says|told\s+\p{Lu}[\p{L}.]*)|(?:said|says)\s+((?:a|an|one|another)\s[^,.;:!?“”"]{1,100}?))\.?\s*$/u;

/** `a spokesman for …`, `one senior official`: an unnamed person, by what they do. */
// (`One nurse at the hospital said …`: or anyone brought in by a word for a person, when no one named can be the
// pronoun; not `The migrant worker`, one the article already knows.)
const UNNAMED_PERSON =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|source|aide|executive|analyst|dealer|trader|banker|diplomat|economist|lawyer|adviser|advisor|woman|man|nurse|doctor|teacher|student|resident|worker|employee|officer|mother|father|wife|husband|daughter|son|patient|witness|neighbou?r|owner|driver|farmer|voter|protester|activist|mechanic|guard|soldier|pilot|engineer|scientist|researcher|professor|manager)\b/u;

/**
 * `a ministry statement`, `the department's report`, `a police statement`, `an army statement`: a document, and before
 * it the kind of body that issued it (the first group).
 */
const BODY_KINDS = 'ministry|department|agency|commission|committee|council|embassy|court|police|army|military|government|company|firm|campaign|party|club|university|hospital|union';
const BODY_KIND_DOCUMENT = new RegExp(String.raw`^(?:[Tt]he|[Aa]n?)\s+(${BODY_KINDS})(?:['’]s)?\s+(?:statement|report|release|letter|memo|filing)$`);
/**
 * ` from the ministry`, ` issued by the Russian defence ministry`: after a document, the body that issued it described
 * by its kind in lower case, perhaps after a nation or a field (the first group); not the kind of a name that follows
 * (`from the law firm Walsh, Wilkins`).
 */
const BODY_KIND_AFTER_DOCUMENT = new RegExp(
  String.raw`^\s+(?:(?:issued|released|sent|signed|posted)\s+)?(?:from|by)\s+(the\s+(?:[\p{L}-]+\s+){0,2}?(?:${BODY_KINDS}))(?![\p{L}'’-]|\s+\p{Lu})`,
  'u',
);
/** `court`: a kind whose document is mostly another's, filed with it (`a court filing`), so never read as `the court`. */
const FILED_WITH_KIND = /^court$/;

/** A document's words without its article, lower-cased: `the statement` and `The statement` are one. */
function documentWords(description: string): string {
  return description.replace(/^(?:the|this)\s+/i, '').toLowerCase();
}

/** `the report`, `his statement`, `it`: who issued the document, or the body `it` stands for. */
function speakerOfDocument(reading: ArticleReading, located: Located, subject: Extract<Subject, { kind: 'document' }>, offset: number): ResolvedAttribution {
  const { lastSpeaker, previousAccepted } = reading;
  // (`according to a statement from the ministry`, `said a letter from the Russian defence ministry`: a body described
  // after the document speaks through it as it would by itself, `the ministry said`; not a nation's word before the
  // kind, `Russian`, read as a name.)
  const documentEnd = offset + subject.text.length;
  const describedAfter = BODY_KIND_AFTER_DOCUMENT.exec((reading.paragraphs[located.paragraph] as string).slice(documentEnd));
  const describedBody = describedAfter?.[1] ? speakerAsDescribed(reading, located, describedAfter[1], subject.start, documentEnd + describedAfter[0].length) : undefined;
  if (describedBody) return { speaker: describedBody, mention: subject.text };
  const named = issuerNamedIn(reading, subject.text, located.paragraph, offset);
  if (named) return { speaker: named, mention: subject.text };
  // (`Japan's Ministry of Defense said …. “…,” a ministry statement said`: a body's kind before the document
  // names the body of that kind named last.)
  const kind = BODY_KIND_DOCUMENT.exec(subject.text)?.[1];
  const ofKind = kind ? bodyNamedByHead(reading, kind, located.paragraph, offset) : undefined;
  if (ofKind) return { speaker: { kind: 'person', person: ofKind }, mention: subject.text };
  // (`“…,” a police statement said`, `a company statement said`: else the kind speaks through its document as it
  // would by itself, `the police said`, `the company said`: the body the description stands for, or the description.)
  const kindBody = kind && !FILED_WITH_KIND.test(kind) ? speakerAsDescribed(reading, located, `the ${kind}`, subject.start, offset + subject.text.length) : undefined;
  if (kindBody) return { speaker: kindBody, mention: subject.text };
  // (`Huawei issued a statement …. “…,” the statement said. ¶ … ¶ The Chinese Embassy in Ottawa said her rights were
  // violated …. ¶ “…,” the statement said.`, `Scott Cameron … responded by citing …. The letter also said`: a
  // statement or letter no one is said to have issued, after someone named spoke in the sentence just before, since
  // the last quotation, is theirs, not the one's who issued a statement or was quoted paragraphs back.)
  const spokeSince = STATEMENT_WORDS.test(subject.text) ? namedSpeakerJustBefore(reading, located.paragraph, offset) : undefined;
  if (spokeSince && (!previousAccepted || spokeSince.paragraph > previousAccepted.paragraph)) return { speaker: { kind: 'person', person: spokeSince.speaker }, mention: subject.text };
  // (`“…,” the statement continued.` ¶ another paragraph ¶ `“…,” the statement concluded.`: the document quoted
  // last goes on being whoever it was read as.)
  const quotedLast = previousAccepted && located.paragraph - previousAccepted.paragraph <= 3 ? previousAccepted.quotation : undefined;
  if (quotedLast?.speaker && quotedLast.mention && documentWords(quotedLast.mention) === documentWords(subject.text) && /^(?:the|this)\s/i.test(subject.text)) {
    return { speaker: quotedLast.speaker, mention: subject.text };
  }
  // (Read once: much of what follows is for `it`, the body or document a pronoun stands for, which the sentence just
  // before may name.)
  const pronounIt = /^it$/i.test(subject.text);
  const sentenceBefore = pronounIt ? reading.sentenceBeforeOffset(located.paragraph, offset, true) : undefined;
  // (`The senators’ lawsuit cited …. ¶ “…,” it stated.`: `it` goes on with the document that opened the
  // sentence just before, and so with whoever issued it.)
  const opening = sentenceBefore ? documentOpening(reading, located, sentenceBefore) : undefined;
  if (opening?.speaker && !(opening.speaker.kind === 'description' && opening.speaker.text === opening.mention)) return { ...opening, mention: subject.text };
  // (`The FBI's San Francisco field office put out a statement on Wednesday. ¶ “…,” it said.`: or with the one
  // who issued a document in that sentence.)
  const issuing = sentenceBefore ? issuerOpening(reading, located, sentenceBefore) : undefined;
  if (issuing) return { speaker: issuing, mention: subject.text };
  // (`Saudi Arabia's account of Khashoggi's fate has not been consistent. First it said`: or with the body whose
  // thing opened that sentence.)
  const owning = sentenceBefore ? ownerOpening(reading, sentenceBefore) : undefined;
  if (owning) return { speaker: { kind: 'person', person: owning }, mention: subject.text };
  // `his report said`: the one `he` stands for issued it.
  const owner = /^(?:his|her|His|Her)\s/.exec(subject.text)?.[0].trim();
  const author = owner ? resolvePronoun(reading, owner.toLowerCase() === 'his' ? 'he' : 'she', located.paragraph, offset, lastSpeaker) : undefined;
  if (author) return { speaker: { kind: 'person', person: author }, mention: subject.text };
  const before = (event: IssuerEvent): boolean => located.paragraph - event.paragraph <= 3 && (event.paragraph < located.paragraph || (event.paragraph === located.paragraph && event.offset < offset));
  // (`a fact-check column from The Washington Post …. That column debunked an earlier Obama ad …. “…,” the column
  // said`: the document of the same word, though another was issued since.)
  const word = documentWords(subject.text);
  const issuer = issuedDocuments(reading).findLast((event) => before(event) && event.document === word) ?? issuedDocuments(reading).findLast(before);
  if (issuer) {
    // (Up to three paragraphs back: `… said in a statement Saturday that …` ¶ two paragraphs on other things ¶ `“…,” the statement read.`)
    // An unnamed issuer (`the club said in its statement`) is the body the description stands for, or the
    // story's body (Manchester United), unless the description names a body of its own (`the US military`).
    const described =
      issuer.issuer.kind === 'description'
        ? (describedPerson(reading, issuer.issuer.text, issuer.paragraph, issuer.offset, true) ??
          (/^[Tt]he\s+[^A-Z]*$/.test(issuer.issuer.text) && !PEOPLE_ISSUER.test(issuer.issuer.text) ? storyBodyBefore(reading, issuer.offset, issuer.paragraph) : undefined))
        : undefined;
    if (described) return { speaker: { kind: 'person', person: described }, mention: subject.text };
    // (`“…,” the company said in a statement. “…,” the statement continued.`: else whom that description
    // was read as, for the quotation just before.)
    const readAs = issuer.issuer.kind === 'description' && previousAccepted?.quotation.mention === issuer.issuer.text ? previousAccepted.quotation.speaker : undefined;
    return { speaker: readAs ?? issuer.issuer, mention: subject.text };
  }
  // `Ban Ki-moon said in a new report …` and, paragraphs on, `the report stated`: the one report the
  // article gave an issuer is the one it goes on quoting.
  const sole = soleIssuerOf(issuedDocuments(reading), subject.text, located.paragraph, offset);
  if (sole) return { speaker: sole, mention: subject.text };
  // `…,” the report stated. ¶ “…,” it added.`: `it` goes on with the document quoted just before.
  const documentBefore = previousAccepted && located.paragraph - previousAccepted.paragraph <= 1 ? previousAccepted.quotation : undefined;
  if (pronounIt && documentBefore?.speaker && ISSUED_DOCUMENTS.test(documentBefore.mention?.split(' ').at(-1) ?? '')) {
    return { speaker: documentBefore.speaker, mention: subject.text };
  }
  // `Turkcell said the ruling would … “…,” it warned`: `it` is the organisation last seen acting.
  // `…, the committee added. “Major problems” are expected …, it said.`: the body that spoke just before.
  const previous = previousAccepted && located.paragraph === previousAccepted.paragraph ? previousAccepted.quotation.speaker : undefined;
  // (`… North Korean state media explained Tuesday. “…,” it added.`: a country's media too; and whom a document
  // that spoke was by, `A statement by the organisers said … “…,” it said.`)
  const documentBy = previousAccepted && located.paragraph === previousAccepted.paragraph && DOCUMENT_BY_DESCRIBED.test(previousAccepted.quotation.mention ?? '');
  if (pronounIt && previous?.kind === 'description' && (BODY_DESCRIPTION.test(previous.text) || MEDIA_DESCRIPTION.test(previous.text) || documentBy)) {
    return { speaker: previous, mention: subject.text };
  }
  // `…, the OECD said. “…,” it added.`, `said the magazine. ¶ “…,” it concluded.`: a body that gave the
  // quotation before, in this paragraph or the one before, goes on speaking as `it`.
  // (`In its actual report, the UN refers to “…” ¶ It notes that “…”`: a body by its initials too, read as no
  // one's name.)
  const recent = previousAccepted && located.paragraph - previousAccepted.paragraph <= 1 ? previousAccepted.quotation.speaker : undefined;
  if (pronounIt && recent?.kind === 'description' && INITIALS_ONLY.test(recent.text)) return { speaker: recent, mention: subject.text };
  if (pronounIt && recent?.kind === 'person' && recent.person.person === 'no') return { speaker: recent, mention: subject.text };
  const organisation = pronounIt ? latestActingOrganisation(reading, located.paragraph, offset) : undefined;
  if (organisation) return { speaker: { kind: 'person', person: organisation }, mention: subject.text };
  // (`State television said Thursday that …. It said the delegation will also try and meet the “urgent needs”`:
  // a country's press described, not named, that opened the sentence before.)
  const press = pronounIt ? describedOpeningJustBefore(reading, located.paragraph, offset, MEDIA_DESCRIPTION) : undefined;
  if (press) return { speaker: { kind: 'description', text: press }, mention: subject.text };
  // `the report said` in a story whose lead gives the report to a body (`… the Asian Development Bank
  // (ADB) has said`), with no other issuer named: the story's body issued it.
  const storyBody = /^(?:the\s|it$)/i.test(subject.text) ? storyBodyBefore(reading, offset, located.paragraph) : undefined;
  // (`But it said it continued to oppose …`: so is `it`, when that body gave the quotation before; else
  // `It argues` may well be a motion's words.)
  const saidBefore = previousAccepted?.quotation.speaker?.kind === 'person' && previousAccepted.quotation.speaker.person === storyBody;
  // (`The company also unveiled plans … It added that …`: or when the sentence before was the body's.)
  if (storyBody && (!pronounIt || saidBefore || bodyActedJustBefore(reading, located.paragraph, offset))) {
    return { speaker: { kind: 'person', person: storyBody }, mention: subject.text };
  }
  // (`“…,” police said. ¶ Police said the pair told the group to leave. ¶ “…,” the statement read.`: a statement,
  // letter or tweet no one is said to have issued is the body's that gave the quotation just before.)
  const bodyBefore = previousAccepted && located.paragraph - previousAccepted.paragraph <= 2 ? previousAccepted.quotation.speaker : undefined;
  if (STATEMENT_WORDS.test(subject.text) && bodyBefore && isBodySpeaker(bodyBefore)) return { speaker: bodyBefore, mention: subject.text };
  // (`Every Republican on the House Intelligence Committee demanded …. ¶ “…,” the letter stated.`: else the body
  // last seen acting, within two paragraphs, not a newspaper it was cited from or told something.)
  const actingBody = STATEMENT_WORDS.test(subject.text) ? latestActingOrganisation(reading, located.paragraph, offset, (body) => isCitedMedium(reading, body) || onlyToldBefore(reading, body)) : undefined;
  if (actingBody) return { speaker: { kind: 'person', person: actingBody }, mention: subject.text };
  // (`The second document obtained by the paper states`: a document no one is known to have issued speaks for itself.)
  // (Not `the family’s statement`, whose owner the caller still looks for.)
  if (/^[Tt]he\s/.test(subject.text) && !/['’]s\s/.test(subject.text)) return { speaker: { kind: 'description', text: subject.text }, mention: subject.text };
  // (`The indictment describes …, but it describes`: so does the one `it` goes on with.)
  if (opening?.speaker) return { speaker: opening.speaker, mention: subject.text };
  return { mention: subject.text };
}

/**
 * Who a body described by its kind (`the ministry`, ending at `end`) is when it speaks through a document, as it would
 * by itself (`the ministry said`): the body the description stands for, or the description.
 */
function speakerAsDescribed(reading: ArticleReading, located: Located, body: string, start: number, end: number): ResolvedSpeaker | undefined {
  return speakerOfDescription(reading, located, { kind: 'description', text: body, start }, end - body.length).speaker;
}

/** The one named as the subject of the sentence just before an offset, where they speak (`The Chinese Embassy in Ottawa said …`), and that sentence's paragraph. */
function namedSpeakerJustBefore(reading: ArticleReading, paragraph: number, offset: number): { speaker: ArticlePerson; paragraph: number } | undefined {
  const before = reading.sentenceBeforeOffset(paragraph, offset);
  if (!before) return undefined;
  const text = reading.paragraphs[before.where] as string;
  const subject = sentenceSubject(text.slice(before.start, before.end));
  if (subject?.kind !== 'name') return undefined;
  const mention = reading.subjectMention(before.where, before.start + subject.start, subject.text.length);
  const speaker = mention && !mention.inQuote ? reading.people.byMention.get(mention) : undefined;
  // (`The Chinese Embassy in Ottawa said`: where a body is may stand before its cue.)
  const cueAt = mention ? mention.end + (PLACE_AFTER_BODY.exec(text.slice(mention.end, mention.end + 40))?.[0].length ?? 0) : 0;
  return speaker && CUE_WORDS.has(matchAt(NEXT_WORD_AT, text, cueAt)?.[1] ?? '') ? { speaker, paragraph: before.where } : undefined;
}

/** ` in Ottawa`, ` in New Delhi`: where a body is, right after its name. */
const PLACE_AFTER_BODY = /^\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?(?=\s)/u;

/** `the statement`, `the press release`, `the letter`, `the tweet`: a document a body puts out in its own voice. */
const STATEMENT_WORDS = /^[Tt]he\s+(?:(?:news|press|written)\s+)?(?:statement|release|letter|tweet)$/;

/** Whether a body is named only as whom others spoke to (`CBP told The Associated Press`), never as a speaker. */
function onlyToldBefore(reading: ArticleReading, body: ArticlePerson): boolean {
  return body.mentions.every((mention) => /\btold\s+$/.test((reading.paragraphs[mention.paragraph] as string).slice(Math.max(0, mention.start - 12), mention.start)));
}

/** A body, by name (`the FBI`) or described (`police`, `the ministry`), not a person. */
function isBodySpeaker(speaker: ResolvedSpeaker): boolean {
  return speaker.kind === 'person' ? speaker.person.person === 'no' : BODY_DESCRIPTION.test(speaker.text) || /^(?:the\s+)?police$/i.test(speaker.text);
}

/**
 * The speaker of the document that opens a sentence (`The letter, dated Jan. 29, argues …`), read as if it spoke
 * the quotation itself, if the sentence opens with one.
 */
function documentOpening(reading: ArticleReading, located: Located, before: SentencePlace): ResolvedAttribution | undefined {
  const text = reading.paragraphs[before.where] as string;
  const opening = DOCUMENT_OPENING_SENTENCE.exec(text.slice(before.start, before.end));
  const document = opening?.[1];
  if (!opening || !document) return undefined;
  const start = before.start + opening[0].length - document.length;
  const subject: Subject = { kind: 'description', text: document, start };
  const resolved = resolveSpeaker(reading, { ...located, paragraph: before.where, base: 0, attribution: { ...located.attribution, subject } });
  return resolved.speaker ? resolved : undefined;
}

/**
 * Who opens a sentence by issuing something (`The Pacific island's homeland security agency issued a fact sheet`):
 * the body or person named there, or the description.
 */
function issuerOpening(reading: ArticleReading, located: Located, before: SentencePlace): ResolvedSpeaker | undefined {
  const text = reading.paragraphs[before.where] as string;
  const issuing = ISSUING_SENTENCE.exec(text.slice(before.start, before.end));
  const issuer = issuing?.[1];
  // (`Now they've put out another statement`: a pronoun anywhere in it names no one; `Officials said the firm
  // issued a …`: words with a cue or a clause of their own are no subject.)
  if (!issuing || !issuer || issuer.split(/\s+/).some((word) => SUBJECT_PRONOUN.test(word) || CUE_WORDS.has(word) || CLAUSE_WORD.test(word))) return undefined;
  const start = before.start + (issuing.indices?.[1]?.[0] ?? 0);
  const named = reading.mentionsByParagraph[before.where]?.find((mention) => !mention.inQuote && mention.start >= start && mention.start <= start + 4 && mention.end === start + issuer.length);
  if (named) return { kind: 'person', person: reading.people.byMention.get(named) ?? reading.people.add(named) };
  // (`“…,” the agency said. ¶ The agency released another statement`: the description just read as someone.)
  const { previousAccepted } = reading;
  const readAs = previousAccepted && before.where - previousAccepted.paragraph <= 2 && documentWords(previousAccepted.quotation.mention ?? '') === documentWords(issuer) ? previousAccepted.quotation.speaker : undefined;
  if (readAs) return readAs;
  const subject: Subject = { kind: 'description', text: issuer, start };
  return resolveSpeaker(reading, { ...located, paragraph: before.where, base: 0, attribution: { ...located.attribution, subject } }).speaker ?? { kind: 'description', text: issuer };
}

/** The body whose name, in the possessive, opens a sentence (`Fox News’s argument is …`), if one does. */
function ownerOpening(reading: ArticleReading, before: SentencePlace): ArticlePerson | undefined {
  const text = reading.paragraphs[before.where] as string;
  // (`China's booming economy … would help world economic recovery, the OECD said.`: a sentence someone reports
  // is that one's, whoever's thing opens it.)
  if (findCues(text.slice(before.start, before.end)).length > 0) return undefined;
  const opening = /^\s*(?:[Tt]he\s+)?/.exec(text.slice(before.start))?.[0].length ?? 0;
  const mention = reading.mentionsByParagraph[before.where]?.find((found) => found.start === before.start + opening);
  if (!mention || mention.inQuote || mention.person === 'yes' || !OWNER_OF_THING_AT.test(text.slice(mention.end, mention.end + 24))) return undefined;
  const owner = reading.people.byMention.get(mention) ?? reading.people.add(mention);
  // (Whatever else the article made of the name: one no title, gender or first name makes a person's.)
  return owner.gender || hasTitle(owner) || isKnownFirstName(mention.bare.split(' ')[0] ?? '') ? undefined : owner;
}

/** `'s account of`, `’s argument is`: a possessive, then a thing in lower case. */
const OWNER_OF_THING_AT = /^['’]s?\s+\p{Ll}/u;

/**
 * `On Friday, Istanbul Pride Week organizers issued a declaration`, `The National Rifle Association posted a tweet`:
 * a sentence whose subject (the first group), after a day or a time, issues a document, whatever its word.
 */
const ISSUING_SENTENCE =
  /^\s*(?:(?:And|But|Then|Later|Earlier|Meanwhile),?\s+)?(?:(?:[Oo]n|[Ll]ast|[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+(?:[\p{L}\d]+\s+){0,2}?[\p{L}\d]+,\s+)?((?:[Tt]he\s+)?(?:[\p{L}\p{N}'’.&+()-]+\s+){0,8}?[\p{L}\p{N}'’.&+()-]+)\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?(?:(?:on|last|this|early|late)\s+\p{Lu}\p{Ll}+\s+)?(?:issued|released|put\s+out|posted|published|sent\s+out)\s+(?:a|an|its|their|another)\s/du;

/** `that`, `who`, `is`: a word that opens or holds a clause, never a subject's own. */
const CLAUSE_WORD = /^(?:that|who|which|whose|when|after|before|because|is|are|was|were|has|have|had|will|would)$/;

/** A pronoun, perhaps with its verb, which names no one: `He`, `they've`. */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|this|that)(?:['’][a-z]+)?$/i;

/** `letter`, `website`, `brief`: a paper, or a page on the web, whose words are its owner's. */
const OWNED_PAPER = new RegExp(`^(?:${SPEAKING_PAPERS}|website|site|page|brief|plan|biography|bio|profile|account)$`);

/** `The order signed on Tuesday`, `The campaign's statement`, `A statement by …`: a document opening a sentence, as its subject. */
const DOCUMENT_OPENING_SENTENCE = new RegExp(String.raw`^\s*(?:(?:But|And|Still|However|Meanwhile),?\s+)?((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${SPEAKING_PAPERS}))(?![\p{L}'’])`, 'u');

/** `A statement by the organisers`: a document, then whom it is by, described in lower case. */
// (`A statement from the Russian defence ministry`: a nation's word may come first.)
const DOCUMENT_BY_DESCRIBED = /^(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:statement|letter|report|release|post|tweet)\s+(?:by|from)\s+((?:the|its|their)\s+(?:\p{Lu}[\p{L}-]*\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)$/u;

/** `North Korean state media`, `the state news agency`: a description of a country's press. */
const MEDIA_DESCRIPTION = /\b(?:media|news agency|television|TV|radio|broadcaster)$/;

/** `UN`, `NATO`, `the EU`: a body's initials, perhaps after `the`. */
const INITIALS_ONLY = /^(?:the\s+)?\p{Lu}{2,6}$/u;

/** Words for one report, which an article may use in turn (`the document`, `the report`). */
const REPORT_WORDS: ReadonlySet<string> = new Set(['report', 'document', 'memo', 'bulletin', 'advisory', 'briefing']);

/** Who drew up or filed the last complaint, draft or order of this word before an offset, within three paragraphs, or else the one author the article gave such papers. */
function filedDocumentAuthor(reading: ArticleReading, word: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  reading.filedIssuers ??= documentIssuers(reading, 'filed');
  // (Only a person or a body by name: `The three entities charged in the indictment` are whom it is about.)
  const ofWord = reading.filedIssuers.filter((event) => event.document === word && event.issuer.kind === 'person');
  const last = ofWord.findLast((event) => event.paragraph < paragraph || (event.paragraph === paragraph && event.offset < offset));
  if (last && paragraph - last.paragraph <= 3) return last.issuer;
  // (`“…,” the complaint states. ¶ Flynn eventually … filed the whistleblower complaint.`: or the one author
  // the article gives it anywhere.)
  return soleIssuerOf(ofWord, word, Number.POSITIVE_INFINITY, 0);
}

/** The one issuer the article gave documents of this kind before an offset (`the report` → `report`), if one. */
function soleIssuerOf(events: readonly IssuerEvent[], document: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const word = document.slice(document.lastIndexOf(' ') + 1).toLowerCase();
  // (`an intelligence document from the Department of Homeland Security` … `the report said`: a report goes by
  // any of the words for one.)
  const kind = REPORT_WORDS.has(word) ? REPORT_WORDS : undefined;
  let sole: ResolvedSpeaker | undefined;
  for (const event of events) {
    if (event.paragraph > paragraph || (event.paragraph === paragraph && event.offset >= offset) || (event.document !== word && !kind?.has(event.document))) continue;
    if (sole && !sameSpeaker(sole, event.issuer)) return undefined;
    sole = event.issuer;
  }
  return sole;
}

function sameSpeaker(a: ResolvedSpeaker, b: ResolvedSpeaker): boolean {
  return a.kind === 'person' ? b.kind === 'person' && a.person === b.person : b.kind === 'description' && a.text === b.text;
}

/** A description: someone or some body of the article it stands for, or else the description itself. */
function speakerOfDescription(reading: ArticleReading, located: Located, subject: Extract<Subject, { kind: 'description' }>, offset: number): ResolvedAttribution {
  const { lastDescribed } = reading;
  // (`Nadler's Republican counterpart, ranking member Doug Collins, R-Ga., tweeted`, `her mother, Christian Curry, told`:
  // one described, then named in apposition, is that person.)
  const apposed = namedInApposition(reading, located.paragraph, offset + subject.text.length);
  if (apposed) return { speaker: { kind: 'person', person: apposed }, mention: subject.text };
  // (`A statement by the organisers said …`: whom a document is by, described, speaks through it.)
  // (`A statement from the company said` after `Boeing …`: as that description would by itself, `the company said`.)
  const by = DOCUMENT_BY_DESCRIBED.exec(subject.text)?.[1];
  if (by) {
    const asBody = by === subject.text ? undefined : speakerAsDescribed(reading, located, by, subject.start, offset + subject.text.length);
    return { speaker: asBody ?? { kind: 'description', text: by }, mention: subject.text };
  }
  // (`the Judicial Watch complaint reads`: a law or a filing too, by whoever the words before it name.)
  const lastWord = subject.text.slice(subject.text.lastIndexOf(' ') + 1);
  const issued = ISSUED_DOCUMENTS.test(lastWord);
  if (issued || DOCUMENT_NOUNS.test(lastWord)) {
    const named = issuerNamedIn(reading, subject.text, located.paragraph, offset, !issued);
    if (named) return { speaker: named, mention: subject.text };
  }
  // (`Flynn … filed the whistleblower complaint. “…,” the complaint states`: a paper the article gave an author
  // before speaks for that author.)
  const filed = /^(?:[Tt]he|[Tt]his)\s/.test(subject.text) ? filedDocumentAuthor(reading, lastWord.toLowerCase(), located.paragraph, offset) : undefined;
  if (filed) return { speaker: filed, mention: subject.text };
  // `The Labour party has committed itself to …`: a party speaks for itself, whoever was written about before.
  const party = partyName(subject.text);
  if (party) return { speaker: { kind: 'description', text: party }, mention: subject.text };
  // (`One farm lobbyist said …. “…,” this person said.`: a demonstrative points back as `the` does.)
  const definite = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s/.test(subject.text);
  const personHead = definite ? DESCRIBED_HEAD_NOUN.exec(subject.text)?.[1] : undefined;
  // (`One Republican senator called … “…,” said the lawmaker`: a senator or a congressman is a lawmaker.)
  const sameOne = (other: string): boolean => {
    const otherHead = DESCRIBED_HEAD_NOUN.exec(other)?.[1];
    return otherHead !== undefined && (otherHead === personHead || (personHead !== undefined && LAWMAKER.test(personHead) && LEGISLATOR_HEADS.test(otherHead)));
  };
  // (`Another Republican senator … said Trump’s numbers are likely to go up. ¶ “…,” the lawmaker said.`: one
  // described anew in the reported speech just before, before the one who spoke last.)
  const anyOne = ANY_ONE_DESCRIBED.test(subject.text);
  if (personHead || anyOne) {
    let report = reportedJustBefore(reading, located.paragraph, reading.sentenceStartAt(located.paragraph, offset));
    // (`One Democratic senator, who requested anonymity, said …. ¶ The lawmaker said Schumer is urging …. ¶ “…,” the
    // lawmaker said`: past a report that the same words open, the one it goes on from, whoever it names.)
    if (report?.attribution.subject.kind === 'description' && report.attribution.subject.text.toLowerCase() === subject.text.toLowerCase()) {
      report = reportedJustBefore(reading, report.paragraph, reading.sentenceStartAt(report.paragraph, report.base));
    }
    const reported = report?.attribution.subject;
    if (reported?.kind === 'description' && UNNAMED_ONE.test(reported.text) && (anyOne || sameOne(reported.text))) return { speaker: { kind: 'description', text: reported.text }, mention: subject.text };
  }
  if (lastDescribed && located.paragraph - lastDescribed.paragraph <= 2 && definite) {
    // `A spokesman for the British Phonographic Industry (BPI) said … The BPI spokesman described …`: the
    // same unnamed person, by the same word.
    if (personHead && sameOne(lastDescribed.speaker.text)) return { speaker: lastDescribed.speaker, mention: subject.text };
    // (`…, a Boonville, New York, resident wrote in the email. “…,” the person wrote.`: `the person`, `this person`
    // or `the source` is any one described just before.)
    if (anyOne && UNNAMED_ONE.test(lastDescribed.speaker.text)) return { speaker: lastDescribed.speaker, mention: subject.text };
  }
  // `his son said`, `said the coach`, `said the Gloucester fly-half`: a definite description stands for
  // someone named before, by the role the article gave them or, for an epithet, as the one just written about.
  // (`New Jersey's governor said`: a place's office is `the New Jersey governor`.)
  const placeOffice = PLACE_POSSESSIVE_OFFICE.exec(subject.text);
  // (`the Massachusetts senator says she’s “not worried”`: the pronoun that opens what the description says is its own.)
  const pronoun = PRONOUN_AFTER_CUE.exec((reading.paragraphs[located.paragraph] as string).slice(offset + subject.text.length, offset + subject.text.length + 40))?.[1];
  const clauseGender = pronoun === undefined ? undefined : pronoun.toLowerCase() === 'she' ? 'f' : 'm';
  const described = describedPerson(reading, placeOffice ? `the ${placeOffice[1]} ${placeOffice[2]}` : subject.text, located.paragraph, offset, true, clauseGender);
  // (`Iran's president said` in a story on `US President Donald Trump`, who later quotes `Iranian President Hassan
  // Rouhani`: the office is the one the article titles with that place, wherever it does, and no other place's.)
  const holders = placeOffice ? placeOfficeHolders(reading, placeOffice[1] as string, placeOffice[2] as string, described) : undefined;
  if (holders?.held) return { speaker: { kind: 'person', person: holders.held }, mention: subject.text };
  if (described && !holders?.other) return { speaker: { kind: 'person', person: described }, mention: subject.text };
  // (`Trump used a joint appearance with …. “…,” the president said.`: an office no one in the article is given
  // is held by the one the sentence before is about.)
  if (OFFICE_EPITHET.test(subject.text)) {
    const holder = subjectJustBefore(reading, located.paragraph, reading.sentenceStartAt(located.paragraph, offset));
    if (holder) return { speaker: { kind: 'person', person: holder }, mention: subject.text };
  }
  if (CAPITALISED_OFFICE.test(subject.text)) {
    // `the Archbishop of Canterbury, Dr Rowan Williams, will preside … The Archbishop of Canterbury said`.
    const holder = namedWithOffice(reading, subject.text.slice(4), located.paragraph, offset);
    if (holder) return { speaker: { kind: 'person', person: holder }, mention: subject.text };
  }
  // `China's ambassador to Britain accused … ¶ China's ambassador to Britain Liu Xiaming has said`: the
  // same words, elsewhere in the article, right before the holder's name.
  const holder = OFFICE_HOLDER.test(subject.text) ? namedAfterSameWords(reading, subject.text) : undefined;
  if (holder) return { speaker: { kind: 'person', person: holder }, mention: subject.text };
  if (located.paragraph <= LEAD_PARAGRAPHS && (OFFICE_HOLDER.test(subject.text) || TOP_ONE_BY_ROLE.test(subject.text))) {
    // `France's finance minister has said … Herve Gaymard said he would …`: a news story opens with the
    // office and names its holder in the next sentence.
    // (`A top White House economic adviser on Friday predicted … ¶ … ¶ …, senior White House adviser Kevin Hassett told`:
    // one named later by the description's own word for a trade goes before whoever the next sentence brings in. Not
    // for an office, which the words before its noun make: `Scotland's justice minister` is not `First Minister Jack McConnell`.)
    const head = OFFICE_HOLDER.test(subject.text) ? undefined : ROLE_HEAD_WORD.exec(subject.text)?.[1];
    const named = (head ? namedAheadAs(reading, head, located.paragraph, offset) : undefined) ?? introducedAhead(reading, located.paragraph, offset);
    if (named) {
      named.role ??= subject.text.replace(/^(?:The|the)\s+/, '');
      return { speaker: { kind: 'person', person: named }, mention: subject.text };
    }
  }
  // (`…,” a White House spokesman said on Thursday. ¶ …, spokesman Raj Shah told reporters`: a lead's unnamed
  // speaker, named within three paragraphs by the same word for what they are.)
  const leadHead = located.paragraph <= LEAD_PARAGRAPHS ? UNNAMED_LEAD_SPEAKER.exec(subject.text)?.[1] : undefined;
  const namedLater = leadHead ? namedAheadAs(reading, leadHead, located.paragraph, offset) : undefined;
  if (namedLater) return { speaker: { kind: 'person', person: namedLater }, mention: subject.text };
  if (DEFINITE_PERSON.test(subject.text)) {
    // `But Alli insists the player is worth more … “…,” the agent added.`: someone named only by a role
    // the article never gave anyone goes on with the reported speech just before.
    // (`Lord Butler said the government could “bring in bad Bills”. The former cabinet secretary said:`: the
    // report just before may quote some words of its own.)
    const reported = reportedJustBefore(reading, located.paragraph, reading.sentenceStartAt(located.paragraph, offset), true);
    const reporter = reported?.attribution.subject.kind === 'name' ? resolveSpeaker(reading, reported).speaker : undefined;
    // Only someone a first name or a title shows to be a person: a speaker read from a clause may be a show.
    const person = reporter?.kind === 'person' ? reporter.person : undefined;
    const known =
      person !== undefined &&
      !NAME_OF_A_WORK.test(person.name) &&
      (person.gender !== undefined || person.mentions.some((mention) => mention.hasTitle) || PLAIN_FULL_NAME.test(person.name)) &&
      !(person.gender && genderContradicts(subject.text, person.gender));
    if (reporter && known) return { speaker: reporter, mention: subject.text };
  }
  if (LAWSUIT.test(subject.text)) {
    // `Bruce Willis is suing Revolution Studios … The lawsuit said`: a suit speaks for whoever brought it.
    const plaintiff = plaintiffBefore(reading, located.paragraph, offset);
    if (plaintiff) return { speaker: plaintiff, mention: subject.text };
  }
  if (/^[Tt]he party$/.test(subject.text)) {
    // `The Lib Dems would allow … The plan would boost energy conservation, says the party`.
    const party = latestParty(reading, located.paragraph, offset);
    if (party) return { speaker: { kind: 'description', text: party }, mention: subject.text };
  }
  // (`According to the Daily Mail, HHS “…” The outlet noted, “…”`, `her biography on the Ropes & Gray's website …
  // “…,” the site adds`: a medium is the one last cited for news, or whose site was named.)
  const outletKind = OUTLET_DESCRIPTION.exec(subject.text)?.[1];
  const outlet = outletKind ? outletBefore(reading, outletKind, located.paragraph, offset, offset + subject.text.length) : undefined;
  if (outlet) return { speaker: { kind: 'person', person: outlet }, mention: subject.text };
  if (NEWSPAPER_DESCRIPTION.test(subject.text)) {
    // `The paper said` after `the Financial Times reported`, `the paper says` after `Spanish daily ABC`.
    const paper = newspaperBefore(reading, located.paragraph, offset);
    if (paper) return { speaker: { kind: 'person', person: paper }, mention: subject.text };
    // (`China released a policy paper …. “…,” the paper said`, `a study published by … “…,” the paper concluded`: with
    // no newspaper named, a paper is a document, and speaks for whoever issued it, if the article says who issued one.)
    const issuedOne = issuedDocuments(reading).some((event) => event.paragraph <= located.paragraph && located.paragraph - event.paragraph <= 3 && (event.paragraph < located.paragraph || event.offset < offset));
    const issued = issuedOne ? speakerOfDocument(reading, located, { kind: 'document', text: subject.text, start: subject.start }, offset).speaker : undefined;
    if (issued && !(issued.kind === 'description' && issued.text === subject.text)) return { speaker: issued, mention: subject.text };
  }
  if (ORGANISATION_BY_KIND.test(subject.text)) {
    // `said the firm` after `Macrovision says …`: the organisation last seen acting is the one meant,
    // unless the paragraph is about another one, named twice before (`Kraft's new policy … Kraft's label.
    // But the firm said`).
    // (…else the body the story is about: `the company added` in a story on EMI.)
    // (`by US magazine Mobile PC … said the magazine`: first the body the story named with that word.)
    const kind = ORGANISATION_BY_KIND.exec(subject.text)?.[1] ?? '';
    // (`… the Hill reports. ¶ The group said`: a body that is a medium of news is no group, firm or agency.)
    const passOver = MEDIUM_KIND.test(kind) ? undefined : (body: ArticlePerson): boolean => isCitedMedium(reading, body);
    // (`… according to CNN. ¶ RealClearPolitics, though, shows … ¶ “…,” the network reported`: a word for a medium
    // goes on with the medium cited, not with a body that acted since; a website is rather its owner's.)
    const organisation =
      introducedByKind(reading, kind, located.paragraph, offset) ??
      (MEDIUM_KIND.test(kind) && kind !== 'website' ? mediumCitedBefore(reading, located.paragraph, offset) : undefined) ??
      paragraphOrganisation(reading, located.paragraph, offset, passOver) ??
      spokespersonsBody(reading, located.paragraph, offset) ??
      latestActingOrganisation(reading, located.paragraph, offset, passOver) ??
      storyBodyBefore(reading, offset, located.paragraph, passOver);
    if (organisation) return { speaker: { kind: 'person', person: organisation }, mention: subject.text };
  }
  const head = BODY_BY_HEAD.exec(subject.text)?.[1];
  const body = head ? bodyNamedByHead(reading, head, located.paragraph, offset) : undefined;
  if (body) return { speaker: { kind: 'person', person: body }, mention: subject.text };
  // `Shares in Elan and Biogen Idec plunged … “…,” the two firms said`: those last named together.
  const groupNoun = pluralGroupNoun(subject.text);
  const group = groupNoun ? groupNamedBefore(reading, groupNoun, located.paragraph, offset) : undefined;
  if (group) return { speaker: { kind: 'description', text: group }, mention: subject.text };
  // (`a three-judge panel from the U.S. District Court … “…,” the judges wrote`: judges the article did not name
  // speak for their court.)
  const court = MEMBERS_OF_COURT.test(subject.text) ? courtOfJudges(reading, located.paragraph, offset) : undefined;
  if (court) return { speaker: { kind: 'person', person: court }, mention: subject.text };
  // (`… said the Constitutional Affairs Select Committee. … “…,” the MPs said`: members of parliament the article
  // did not name, together, speak for the committee named last, whose report they give.)
  const committee = MEMBERS_OF_COMMITTEE.test(subject.text) ? bodyNamedByHead(reading, 'committee', located.paragraph, offset) : undefined;
  if (committee) return { speaker: { kind: 'person', person: committee }, mention: subject.text };
  // (`… her mother, Christian Curry, told KSDK-TV. “…,” her mother said`: a description the article wrote before a name
  // in apposition, word for word, is that name's.)
  const sameWords = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s/.test(subject.text) ? namedAfterSameWords(reading, subject.text, true) : undefined;
  if (sameWords) return { speaker: { kind: 'person', person: sameWords }, mention: subject.text };
  // (`Trump’s campaign manager called … “…,” campaign manager Brad Parscale said`, `a federal judge said … That judge,
  // Emmet Sullivan,`: one described by a role that no one before holds, named by the same word soon after.)
  const roleHead = ONE_BY_ROLE.exec(subject.text)?.[1];
  const namedSoon = roleHead ? namedAheadAs(reading, roleHead.toLowerCase(), located.paragraph, offset) : undefined;
  if (namedSoon) return { speaker: { kind: 'person', person: namedSoon }, mention: subject.text };
  // (`UN chief Ban Ki-moon suggested …. ¶ “…,” the secretary general told reporters`, `Roessler reversed course …. ¶ “…,”
  // the chief said`: the head of a body that the article gave no one that title stands, as `the president` does, for the
  // one the sentence before has act.)
  if (UNGIVEN_OFFICE.test(subject.text)) {
    const holder = subjectJustBefore(reading, located.paragraph, reading.sentenceStartAt(located.paragraph, offset));
    if (holder && !(holder.gender && genderContradicts(subject.text, holder.gender))) return { speaker: { kind: 'person', person: holder }, mention: subject.text };
  }
  // (`During a speech …, the head of the Democratic National Committee called Ernst “…” Rep. Debbie Wasserman Schultz,
  // D-Fla., added`, `The head of the Recovery Alliance said … ¶ “…,” the statement from President and CEO Dana Pruitt
  // added`, `… trade unionists like Ray Holden. The general secretary of Unite, …, accused`: the head of a body named,
  // whom no one before was made, is whom the text names just around the description: one it brings in next, one it
  // names next with a title that heads a body, or one named to close the sentence before.)
  if (BODY_HEAD.test(subject.text)) {
    const sentenceStart = reading.sentenceStartAt(located.paragraph, offset);
    // (One titled ahead must be new to the text there: not `President Trump`, named before.)
    const titled = namedAheadAs(reading, HEAD_TITLE, located.paragraph, offset);
    const first = titled?.mentions[0];
    const newlyTitled = first && (first.paragraph > located.paragraph || (first.paragraph === located.paragraph && first.start > offset)) ? titled : undefined;
    const named = introducedAhead(reading, located.paragraph, offset) ?? newlyTitled ?? namedClosingSentenceBefore(reading, located.paragraph, sentenceStart);
    if (named) return { speaker: { kind: 'person', person: named }, mention: subject.text };
  }
  return { speaker: { kind: 'description', text: subject.text }, mention: subject.text };
}

/**
 * Two people who acted or spoke together in the four sentences before `they` (two paragraphs back at most:
 * `say Gina Anderson and Rebecca Fredrickson of …`, `Grassley and Graham wrote … ¶ They added`), or the pair
 * who spoke the quotation just before: the pair, the first named first. (A pair is looked for before
 * `groupBefore`'s group, in the same sentences, since a group's subject rarely stands so near.)
 */
function pairBefore(reading: ArticleReading, paragraph: number, offset: number): [ArticlePerson, ArticlePerson] | undefined {
  const { people, mentionsByParagraph, previousAccepted } = reading;
  for (const { index, text, from, to } of reading.sentencesBefore(paragraph, offset)) {
    const mentions = mentionsByParagraph[index] ?? [];
    for (let at = 0; at + 1 < mentions.length; at++) {
      const [one, two] = [mentions[at] as NameMention, mentions[at + 1] as NameMention];
      if (one.start < from || two.end > to || one.inQuote || two.inQuote || !PAIR_JOINED.test(text.slice(one.end, two.start))) continue;
      const [first, second] = [people.byMention.get(one), people.byMention.get(two)];
      if (first?.person !== 'yes' || second?.person !== 'yes' || first === second) continue;
      // They act together (`Grassley and Graham wrote`), or a cue puts them after it (`say Anderson and Fredrickson`).
      if (PAIR_ACTS_AT.test(text.slice(two.end, two.end + 80)) || PAIR_AFTER_CUE.test(text.slice(Math.max(from, one.start - 12), one.start))) return [first, second];
    }
  }
  const before = previousAccepted && paragraph - previousAccepted.paragraph <= 1 ? previousAccepted.quotation : undefined;
  const partner = before?.with?.[0];
  return before?.speaker?.kind === 'person' && partner ? [before.speaker.person, partner] : undefined;
}

/** ` and `, `, and `: nothing else between the two names of a pair, but the second's role in lower case (` and deputy campaign manager `) or the first's set off by commas (`, a former ambassador, and `). */
const PAIR_JOINED = /^(?:,\s+(?:a|an|the)\s[^,;:.“”"()]{1,100})?,? and (?:[a-z][a-z-]*\s+){0,3}$/;
/** A verb right after the pair (perhaps after an aside or `of` a body): ` wrote`, `, both Democrats, said`, ` of Texas Woman's University say`. */
const PAIR_ACTS_AT = /^(?:,[^,.;]{1,80},|\s+(?:of|at|from)\s+[^,.;]{1,80}?)?\s+(?:(?:also|then|later|jointly|both)\s+)?(?:[a-z]+ed|said|say|says|wrote|write|writes|told|tell|tells|argue|argues|warn|warns|note|notes|have|had|will)\b/;
/** ` say `, ` said `, ` wrote `: a cue right before the pair. */
const PAIR_AFTER_CUE = /\b(?:say|says|said|write|writes|wrote|according to)\s+$/;

/** Who issued each statement, letter or report the article names, read once an article first asks. */
export function issuedDocuments(reading: ArticleReading): IssuerEvent[] {
  reading.issuers ??= documentIssuers(reading);
  return reading.issuers;
}
