import { escapeForPattern } from '../../util/pattern.js';
import { initialsOf } from './acronyms.js';
import { attributionBefore } from './attribution-before.js';
import { namesPeopleInPlural, PEOPLE_IN_PLURAL } from './clause-words.js';
import type { ResolvedSpeaker } from './extract.js';
import { isKnownFirstName } from './given-names.js';
import { CUE_WORDS, ISSUED_DOCUMENTS, PARTY_MENTION, partyName, SPEAKING_BODY_KINDS } from './lexicon.js';
import { actsAsSubject, hasTitle, NEXT_WORD_AT, NOUN_AFTER_NAME_AT, POSSESSIVE_AT, SPEAKING_SUBJECT_AT, SPEECH_VERB_BEFORE, wordBefore } from './mention-grammar.js';
import { isActingInitials, type NameMention } from './name-mention.js';
import { isUsState, MONTH_WORDS, matchAt, WEEKDAY_WORDS } from './name-words.js';
import { CITED_BEFORE_NAME, citedForNewsAfter } from './one-word-names.js';
import type { ArticlePerson } from './people.js';
import { type ArticleReading, LEAD_PARAGRAPHS, withPiecesBlanked } from './reading.js';
import { sentenceSubject } from './sentence-subject.js';

/**
 * Which organisation, or group, a description or a pronoun stands for: `the firm`, `it`, `they`, `the
 * report` (the body that issued it), `the lawsuit` (who brought it), `the party`; and the body a story is
 * about.
 */

/**
 * The body named last with a word for its kind just before it (`US magazine Mobile PC`, `sportswear
 * firm Umbro`), for `the magazine said`, `the firm said`.
 */
export function introducedByKind(reading: ArticleReading, kind: string, paragraph: number, offset: number): ArticlePerson | undefined {
  // (`the Anne Frank Center, a nonprofit organization, … The group said`: a group is any body introduced as one of people.)
  return introducedByAnyKind(reading, kind === '' ? [] : kind === 'group' ? GROUP_KINDS : [kind], paragraph, offset);
}

/** The words for a body of people joined for a cause, any of which `the group` goes on with. */
const GROUP_KINDS: readonly string[] = ['group', 'organization', 'organisation', 'nonprofit', 'coalition', 'alliance', 'movement', 'charity'];

/** The body last introduced by any of the words for its kind (`British tabloid The Sun` after `Israeli newspaper Haaretz`). */
function introducedByAnyKind(reading: ArticleReading, kinds: readonly string[], paragraph: number, offset: number): ArticlePerson | undefined {
  if (kinds.length === 0) return undefined;
  const { paragraphs } = reading;
  const appositions = kinds.map((kind) => new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?${kind}(?:,|\s+(?:of|which|that|whose|with|in|from|based)\b)`, 'u'));
  const introduced = lastBodyMentionBefore(
    reading,
    paragraph,
    offset,
    (mention, index) => {
      const text = paragraphs[index] as string;
      // (`the European Committee for Interoperable Systems, a Brussels-based trade group of which …`: or
      // the kind in an apposition after the name, not a clause's subject, `In September, the company said`.)
      const named = kinds.some(
        (kind, at) =>
          text.endsWith(` ${kind} `, mention.start) ||
          // (`the British tabloid The Sun`: a title's own `The` may stand between.)
          text.endsWith(` ${kind} The `, mention.start) ||
          (mention.start === kind.length + 1 && text.startsWith(`${kind} `, 0)) ||
          // (`The group, WeWorkers Coalition, formed …`: or the name set off after the kind.)
          (text.endsWith(` ${kind}, `, mention.start) && text.startsWith(',', mention.end)) ||
          (appositions[at] as RegExp).test(text.slice(mention.end, mention.end + 80)),
      );
      // (`the Anne Frank Center for Mutual Respect, a nonprofit organization`: a name read as a body's opens on a
      // first name only as a body named for someone does.)
      return !mention.hasTitle && named && (mention.person === 'no' || !opensWithFirstName(mention.bare));
    },
    // Most paragraphs never use the words: only those that do are searched.
    (index) => kinds.some((kind) => reading.lowerCaseOf(index).includes(kind)),
  );
  return introduced ? reading.people.add(introduced) : undefined;
}

/**
 * The last name mention before an offset, read back through the article, that stands outside quotations,
 * is no one known to be a person, and passes `test` (only in paragraphs that pass `searched`, when given):
 * where a description of a body looks for the body it stands for.
 */
function lastBodyMentionBefore(
  reading: ArticleReading,
  paragraph: number,
  offset: number,
  test: (mention: NameMention, index: number) => boolean,
  searched?: (index: number) => boolean,
): NameMention | undefined {
  for (let index = paragraph; index >= 0; index--) {
    if (searched && !searched(index)) continue;
    const mentions = reading.mentionsByParagraph[index] ?? [];
    for (let at = mentions.length - 1; at >= 0; at--) {
      const mention = mentions[at] as NameMention;
      if (mention.inQuote || mention.person === 'yes' || (index === paragraph && mention.start >= offset)) continue;
      if (test(mention, index)) return mention;
    }
  }
  return undefined;
}

/** The organisation a paragraph names at least twice before an offset, and names last: what it is about. */
export function paragraphOrganisation(reading: ArticleReading, paragraph: number, offset: number, passOver?: (body: ArticlePerson) => boolean): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  const text = paragraphs[paragraph] as string;
  let last: ArticlePerson | undefined;
  let count = 0;
  for (const mention of mentionsByParagraph[paragraph] ?? []) {
    if (mention.start >= offset) break;
    if (mention.inQuote || mention.hasTitle || opensWithFirstName(mention.bare) || NAMES_NO_BODY.test(mention.bare)) continue;
    const person = people.byMention.get(mention);
    // Only a body: named as one (`person: 'no'`), or a name that owns something (`Kraft's new policy`).
    if (mention.person !== 'no' && !matchAt(POSSESSIVE_AT, text, mention.end)) continue;
    const body = person ?? people.add(mention);
    if (body.gender !== undefined || body.person === 'yes' || passOver?.(body)) continue;
    if (body === last) count++;
    else {
      last = body;
      count = 1;
    }
  }
  return count >= 2 ? last : undefined;
}

/**
 * `“…,” a spokesperson for Walmart said … “…,” the retailer said`: the body a spokesperson spoke for, in the
 * paragraph before the offset, is the one a description of its kind goes on with.
 */
export function spokespersonsBody(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  const text = paragraphs[paragraph] as string;
  let body: ArticlePerson | undefined;
  for (const mention of mentionsByParagraph[paragraph] ?? []) {
    if (mention.start >= offset) break;
    if (mention.inQuote || mention.hasTitle || !SPOKESPERSON_FOR_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))) continue;
    // (Whatever else the article made of the name: the words before it say it is a body.)
    if (!opensWithFirstName(mention.bare)) body = people.byMention.get(mention) ?? people.add(mention);
  }
  return body;
}

/** `a spokesperson for `, `spokeswoman for the `: a spokesperson, then the body they speak for. */
const SPOKESPERSON_FOR_BEFORE = /\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?$/;

/** The organisation named last, within two paragraphs, as the subject of what it did or said. */
export function latestActingOrganisation(reading: ArticleReading, paragraph: number, offset: number, passOver?: (body: ArticlePerson) => boolean): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  for (let index = paragraph; index >= Math.max(0, paragraph - 2); index--) {
    const mentions = mentionsByParagraph[index] ?? [];
    for (let at = mentions.length - 1; at >= 0; at--) {
      const mention = mentions[at] as NameMention;
      if (mention.inQuote || (index === paragraph && mention.start >= offset)) continue;
      // An organisation: a name with an organisation's word, or words that no first name or title marks
      // as a person's, and that spoke (`Deutsche Boerse said …`): a capitalised phrase that opens a
      // sentence (`Popular Chinese portals maintain`) is no body.
      const text = paragraphs[index] as string;
      const oneWord = !mention.bare.includes(' ');
      // (`Rivals have long asked …`: people in the plural are no body.)
      if (oneWord && PEOPLE_IN_PLURAL.test(mention.bare)) continue;
      // (`… "A variety of factors can cause …" ¶ Factors can include …`: nor a word capitalised only because
      // it opens a sentence, which the article writes in lower case elsewhere.)
      if (oneWord && OPENS_SENTENCE_BEFORE.test(text.slice(Math.max(0, mention.start - 3), mention.start)) && writtenInLowerCase(reading, mention.bare)) continue;
      const spokeAsBody = !opensWithFirstName(mention.bare) && CUE_WORDS.has(matchAt(NEXT_WORD_AT, text, mention.end)?.[1] ?? '');
      // (`Bookmaker William Hill has stopped …`: a word for a kind of body before the name makes it one.)
      const kindBefore = !mention.hasTitle && (BODY_KIND_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start)) || BODY_KIND_BEFORE.test(`${firstWordOf(mention.text)} `));
      const organisationLike =
        kindBefore || ((mention.person === 'no' || (mention.person === 'maybe' && !mention.hasTitle && (oneWord || spokeAsBody))) && !NAMES_NO_BODY.test(mention.bare));
      // `Deutsche Bank said Houston was …`: the subject of the reported clause is not who acts; `the NIESR
      // report was optimistic`: a body whose document acts does.
      const reported = SPEECH_VERB_BEFORE.has(wordBefore(text, mention.start)) && matchAt(NOUN_AFTER_NAME_AT, text, mention.end) !== null;
      const documentActs = matchAt(DOCUMENT_ACTS_AT, text, mention.end) !== null;
      if (!(organisationLike || documentActs) || reported || !(documentActs || actsAsSubject(text, mention))) continue;
      const person = people.add(mention);
      // A lone word stands for a body only if no fuller name with a first word was merged into it.
      // (`Menzies Campbell said`, later `Mr Campbell`: a first name the lists lack, but a person all the same.)
      // A known body (`The Ugandan Media Council said`) of several words has a first word that is no first
      // name; a people (`Millions of South Koreans are defaulting`) is no body.
      // (`Contrack said` after `Contrack International`: the body's first word alone, no first name, is the body.)
      // (`The EU sought` after `European Union`: an acronym that acts is its body's.)
      const body = oneWord
        ? !person.firstName || (person.name.startsWith(`${mention.bare} `) && !opensWithFirstName(person.name)) || isActingInitials(mention)
        : mention.person === 'no'
          ? !PEOPLE_OF_A_NATION.test(mention.bare) && !opensWithFirstName(person.name)
          : !opensWithFirstName(person.name) && !hasTitle(person);
      // (`… in 25 states including Illinois have contracted …. However, the agency said`: a US state that acts is
      // no organisation.)
      if (isUsState(person.name)) continue;
      if (passOver?.(person)) continue;
      if ((body && person.gender === undefined) || kindBefore || (documentActs && person.person !== 'yes')) return person;
    }
  }
  return undefined;
}

/** The start of a paragraph, or the end of a sentence before it (`. `, `." `). */
const OPENS_SENTENCE_BEFORE = /(?:^|[.!?]["”’]?\s+)$/;

/** Whether the article writes a capitalised word in lower case somewhere too (`factors` for `Factors`): a common word, no name. */
function writtenInLowerCase(reading: ArticleReading, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  const pattern = new RegExp(`(?<![\\p{L}])${escapeForPattern(lower)}(?![\\p{L}])`, 'u');
  return reading.paragraphs.some((paragraph) => pattern.test(paragraph));
}

/** `the firm`, `the company`: a description that stands for an organisation named before it. */
export const ORGANISATION_BY_KIND = new RegExp(
  // (`The German exchange said`, `the US firm says`: a nation's word before the kind names no other body.)
  // (`the Canada-based company`, `the aid agency`, `the mobile phone maker`: words that say what kind of
  // body it is, but not `the other firm` or `the rival bank`, which is another.)
  `^[Tt]he\\s+(?:(?:US|UK|EU|[A-Z][a-z]+(?:an|ese|ish|ch|i))\\s+|(?!(?:other|another|rival|new|second|third|fourth|two|three|both|same|former|latter|smaller|larger|bigger|biggest|largest)\\s)(?:[a-z]+(?:-[a-z]+)?|[A-Z][a-z]+-based)\\s+(?:(?!(?:other|rival|new)\\s)[a-z]+\\s+)?)?(${[...SPEAKING_BODY_KINDS, 'maker', 'manufacturer', 'network', 'council', 'organisation', 'organization', 'association', 'union', 'newspaper', 'magazine', 'website', 'exchange', 'giant', 'carmaker', 'station', 'school', 'university', 'college', 'think tank', 'institute', 'foundation', 'nonprofit', 'publication', 'league', 'team'].join('|')})$`,
);

/** `Bookmaker `, `retail giant `, `the firm `: a word for a kind of body just before its name (or opening it, at a sentence's start). */
const BODY_KIND_BEFORE = /\b(?:[Bb]ookmaker|[Ff]irm|[Cc]ompany|[Rr]etailer|[Bb]ank|[Ll]ender|[Aa]irline|[Cc]arrier|[Ii]nsurer|[Pp]ublisher|[Bb]roadcaster|[Cc]hain|[Gg]iant|[Mm]aker|[Cc]onglomerate)\s+$/;

/** ` report was optimistic`, ` statement said`: a body's document, acting, after the body's name. */
const DOCUMENT_ACTS_AT = /\s+(?:report|statement|study|survey|review|forecast|analysis)\s+(?:also\s+)?(?:was|is|has|had|said|says|added|warned|found|showed|suggested|predicted|claimed|[a-z]+ed)\b/y;

/** `South Koreans`, `the Chinese`: a nation's people, named in the plural. */
const PEOPLE_OF_A_NATION = /(?:ans|ese|ish|ch|ers|is)$/;

/** Words that open a sentence as a name would but name no body: a month, a day, a nationality. */
const NAMES_NO_BODY =
  new RegExp(`^(?:${MONTH_WORDS}|${WEEKDAY_WORDS}|[A-Z][a-z]+(?:ish|ese)|Welsh|Dutch|French|Swiss)$`);

/** `Tony Blair`, `Ann`: a name whose first word is a known first name. */
function opensWithFirstName(name: string): boolean {
  const space = name.indexOf(' ');
  return isKnownFirstName(space < 0 ? name : name.slice(0, space));
}

function firstWordOf(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? '' : text.slice(0, space);
}

/**
 * The body a story is about: named in its title or lead, and named (by any form) more often than any
 * other body before the offset.
 */
export function storyBodyBefore(reading: ArticleReading, offset: number, paragraph: number, passOver?: (body: ArticlePerson) => boolean): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  const counts = new Map<ArticlePerson, number>();
  const lead = new Set<ArticlePerson>();
  for (let index = 0; index <= paragraph; index++) {
    for (const mention of mentionsByParagraph[index] ?? []) {
      if (mention.inQuote || (index === paragraph && mention.start >= offset)) continue;
      // (`BT has moved …`: initials that act are a body, though a lone word waits to be named again.)
      const body = people.byMention.get(mention) ?? (isActingInitials(mention) ? people.add(mention) : undefined);
      // (Nor a US state, `South Carolina`, which the story is about rather than the one that issues its papers.)
      if (body?.person !== 'no' || body.gender !== undefined || NAMES_NO_BODY.test(body.name) || partyName(body.name) || isUsState(body.name) || passOver?.(body)) continue;
      counts.set(body, (counts.get(body) ?? 0) + 1);
      if (index <= LEAD_PARAGRAPHS) lead.add(body);
    }
  }
  // `the Asian Development Bank (ADB) … the ADB said`: a body's acronym names it too.
  for (const body of lead) counts.set(body, (counts.get(body) ?? 0) + acronymUses(paragraphs, body.name, paragraph, offset));
  let best: ArticlePerson | undefined;
  let bestCount = 1;
  let tie = false;
  for (const [body, count] of counts) {
    if (!lead.has(body) || count < bestCount) continue;
    tie = count === bestCount && best !== undefined;
    if (count > bestCount || !best) {
      best = body;
      bestCount = count;
      tie = false;
    }
  }
  return tie ? undefined : best;
}

/**
 * How often the acronym an article gives a body in brackets (`Asian Development Bank (ADB)`) stands alone
 * before an offset, the bracket left out: `the ADB` is a lone word in capitals, which names no one.
 */
function acronymUses(paragraphs: readonly string[], name: string, paragraph: number, offset: number): number {
  const opening = `${name} (`;
  let acronym: string | undefined;
  for (let index = 0; index <= paragraph && !acronym; index++) {
    const text = paragraphs[index] as string;
    const at = text.indexOf(opening);
    if (at < 0) continue;
    const letters = /^([A-Z]{2,6})\)/.exec(text.slice(at + opening.length, at + opening.length + 8))?.[1];
    if (letters && initialsOf(name) === letters) acronym = letters;
  }
  if (!acronym) return 0;
  const word = new RegExp(`\\b${acronym}\\b(?!\\))`, 'g');
  let uses = 0;
  for (let index = 0; index <= paragraph; index++) {
    const text = index === paragraph ? (paragraphs[index] as string).slice(0, offset) : (paragraphs[index] as string);
    uses += text.match(word)?.length ?? 0;
  }
  return uses;
}

/** Whether the sentence before the one holding an offset opens with a body described by its kind (`The company also unveiled …`). */
export function bodyActedJustBefore(reading: ArticleReading, paragraph: number, offset: number): boolean {
  return describedOpeningJustBefore(reading, paragraph, offset, ORGANISATION_BY_KIND, true) !== undefined;
}

/**
 * The description of a kind (`The company`, `State television`) that opens the sentence before the one holding an
 * offset, if one does; `withBody` as `sentenceSubject` takes it.
 */
export function describedOpeningJustBefore(reading: ArticleReading, paragraph: number, offset: number, kind: RegExp, withBody = false): string | undefined {
  const before = reading.sentenceBeforeOffset(paragraph, offset);
  if (!before) return undefined;
  const subject = sentenceSubject((reading.paragraphs[before.where] as string).slice(before.start, before.end), withBody);
  return subject?.kind === 'description' && kind.test(subject.text) ? subject.text : undefined;
}

/**
 * The body a document's own words name as its issuer: `a Capital Economics statement` (a name in it),
 * `the ADB report`, `a CAS statement` (initials, which the corpus pass spells out). `namedOnly`: a name of
 * two words or more, or a person's, for a law or a filing (`the Judicial Watch complaint`).
 */
export function issuerNamedIn(reading: ArticleReading, document: string, paragraph: number, offset: number, namedOnly = false): ResolvedSpeaker | undefined {
  const { people } = reading;
  const inside = reading.mentionWithin(paragraph, offset - 1, offset + document.length);
  // (Not, for a law or a filing, one capitalised word known as no one's name: `The Uighur law`, `The Democratic
  // lawsuit`; a statement's `the Halifax survey` is Halifax's.)
  const named = !namedOnly || (inside !== undefined && (inside.bare.includes(' ') || inside.person === 'yes' || (people.byMention.get(inside)?.name.includes(' ') ?? false)));
  if (inside && named && !inside.inQuote) return { kind: 'person', person: people.add(inside) };
  // `said a report from Kotak Institutional Equities`: or named right after it.
  const end = offset + document.length;
  const from = FROM_BODY_AT.exec((reading.paragraphs[paragraph] as string).slice(end, end + 48))?.[0] ?? '';
  const after = from ? reading.mentionAt(paragraph, end + from.length) : undefined;
  if (after && !after.inQuote && after.start === end + from.length) return { kind: 'person', person: people.add(after) };
  const initials = BODY_INITIALS.exec(document)?.[1];
  if (!initials) return undefined;
  // (`the GAO report` after `the Government Accountability Office`: the body the initials abbreviate.)
  const body = people.byAcronym(initials);
  return body ? { kind: 'person', person: body } : { kind: 'description', text: initials };
}

/** ` from the `, ` by `, `, signed by `: what stands between a document and the body named as its source. */
// (` from the law firm `, ` from spokesperson `: and the kind or the role, in lower case, of the name that follows.)
// (`The letter, signed by Councillor Ann Price, said`, `The report, published by the Audit Office, said`: or an aside
// whose participle says who put the document out; not one who only read or obtained it, `reviewed by the Gazette`.)
const FROM_BODY_AT =
  /^(?:\s+(?:from|by)|,\s+(?:signed|issued|released|published|written|drafted|sent|authored|co-signed)\s+by)\s+(?:the\s+)?(?:(?!(?:and|or|of|to|in|on|at|for|with|about|over|against)\s)[a-z][a-z-]*\s+){0,2}/;

/** A body's initials inside a document's description (`the ADB report`, `a CAS statement`). */
const BODY_INITIALS = /^(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(\p{Lu}{2,6})(?:['’]s)?\s+\p{Ll}+$/u;

export interface IssuerEvent {
  paragraph: number;
  offset: number;
  /** The document's word as the text names it, lower-cased (`report`, `statement`). */
  document: string;
  issuer: ResolvedSpeaker;
}

/** Who issued each statement, letter or report named in the article, for `It said:` (or, `filed`, who drew up each complaint, draft or order). */
export function documentIssuers(reading: ArticleReading, papers: 'issued' | 'filed' = 'issued'): IssuerEvent[] {
  const { paragraphs, mentionsByParagraph, people, piecesByParagraph } = reading;
  const filed = papers === 'filed';
  const documents = filed ? FILED_DOCUMENT_MENTIONS : ISSUED_DOCUMENT_MENTIONS;
  const events: IssuerEvent[] = [];
  paragraphs.forEach((text, paragraph) => {
    // (A paragraph that names no one may still say `the company said in a statement`.)
    const mentions = mentionsByParagraph[paragraph] ?? [];
    // (`The company released a statement.`: nor one whose document a body described put out.)
    if (mentions.length === 0 && !SPOKE_IN_ANY_DOCUMENT.test(text) && !OPENED_BY_DOCUMENT.test(text) && !ISSUED_ANY_DOCUMENT.test(text)) return;
    const pieces = piecesByParagraph[paragraph] ?? [];
    for (const match of text.matchAll(documents)) {
      // (`… to stream post show …` inside a quotation is someone's words, not a document the writer names.)
      if (pieces.some((piece) => piece.start < match.index && match.index < piece.end)) continue;
      // `told the BBC's World Business Report`, `the Drudge Report`: a capitalised word in a name is a title, no document.
      if (isTitleWord(text, match.index, match[0])) continue;
      // (`Rep. Scott Rigell … is circulating a letter`: a title's full stop ends no sentence.)
      const sentenceStart = reading.sentenceStartAt(paragraph, match.index);
      // `a World Bank report`, `the IMF's statement`: a body named right before the document issued it.
      // `a statement from Lycos Europe`, `a report by the IMF`: or named right after it.
      const documentEnd = match.index + match[0].length;
      // (`a Facebook statement from his family`, `said in a Twitter post`: a platform is where it was put, not who issued it.)
      const first = mentions.find(
        (mention) =>
          !mention.inQuote &&
          mention.start >= sentenceStart &&
          !PLATFORM.test(mention.bare) &&
          (filed
            ? AUTHOR_BEFORE_PAPER.test(text.slice(mention.end, match.index)) || (mention.start > documentEnd && AUTHOR_AFTER_PAPER.test(text.slice(documentEnd, mention.start)))
            : BODY_BEFORE_DOCUMENT.test(text.slice(mention.end, match.index)) ||
              (mention.start > documentEnd && BODY_AFTER_DOCUMENT.test(text.slice(documentEnd, mention.start)))),
      );
      // (`a letter signed by White House counsel Pat Cipollone`: a body named after the document may only say whose
      // the person named next is.)
      const named = first && first.start > documentEnd ? headOfIssuerPhrase(mentions, first, text) : first;
      // (`The Vatican press office has issued a statement`: a body described, not named, that issued it.)
      const describedIssuer = named ? null : DESCRIBED_ISSUER_BEFORE.exec(text.slice(sentenceStart, match.index));
      if (describedIssuer?.[1]) {
        events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'description', text: describedIssuer[1] } });
        continue;
      }
      // (`via a statement from CMS on Saturday`: a body's initials, which the name scan leaves to the corpus pass,
      // right after the document, issued it: the body they abbreviate, or the initials.)
      const initials = named ? null : INITIALS_AFTER_DOCUMENT.exec(text.slice(documentEnd))?.[1];
      if (initials) {
        const body = people.byAcronym(initials);
        events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: body ? { kind: 'person', person: body } : { kind: 'description', text: initials } });
        continue;
      }
      // `a Facebook statement from his family`: kin or staff the document came from, unnamed, issued it.
      const fromUnnamed = named ? null : UNNAMED_AFTER_DOCUMENT.exec(text.slice(documentEnd));
      if (fromUnnamed?.[1]) {
        events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'description', text: fromUnnamed[1] } });
        continue;
      }
      // `…, the US military said in a statement`: the speaking clause's subject, named or not, issued it.
      const speaking = named ? null : SPOKE_IN_DOCUMENT.exec(text.slice(sentenceStart, match.index));
      const cue = speaking?.[1];
      const clauseSubject =
        speaking && cue && CUE_WORDS.has(cue) ? attributionBefore(text.slice(sentenceStart, sentenceStart + speaking.index + cue.length))?.subject : undefined;
      if (clauseSubject?.kind === 'description') {
        events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'description', text: clauseSubject.text } });
        continue;
      }
      const subjectAt = clauseSubject?.kind === 'name' ? sentenceStart + clauseSubject.start : -1;
      const subjectEnd = clauseSubject?.kind === 'name' ? subjectAt + clauseSubject.text.length : -1;
      // (`Secretary-General Ban Ki-moon said in a new report`: the name may be the subject's last words.)
      const subjectNamed = mentions.findLast((mention) => !mention.inQuote && mention.start < subjectEnd && subjectAt < mention.end);
      const opensSentence = DOCUMENT_OPENING.test(text.slice(sentenceStart, match.index));
      const openingSpeaker = opensSentence
        ? mentions.find(
            (mention) => !mention.inQuote && mention.start > documentEnd && !/[.!?:“”"]/.test(text.slice(documentEnd, mention.start)) && matchAt(SPEAKING_SUBJECT_AT, text, mention.end) !== null,
          )
        : undefined;
      const issuer =
        named ??
        subjectNamed ??
        // (A complaint names many before it whom it is about: `banks — including Wells Fargo — …, according to a whistleblower complaint`.)
        // (`…the ignorance of Barack Obama as commander-in-chief …, a report shows his administration received warnings`:
        // nor is one named before a document that speaks in its own clause its issuer.)
        (filed || DOCUMENT_SPEAKS_AT.test(text.slice(documentEnd, documentEnd + 30)) ? undefined : mentions.find(
          (mention) =>
            !mention.inQuote &&
            mention.start >= sentenceStart &&
            mention.start < match.index &&
            people.byMention.get(mention)?.person !== 'no' &&
            !beforePeopleInPlural(text, mention.end),
        )) ??
        // `In a statement detailing the bans, Valve said …`: a document that opens the sentence is the subject's.
        openingSpeaker;
      // (`In a statement, the army said`: a document that opens the sentence is its subject's, a description too.)
      if (issuer === undefined && opensSentence) {
        // (`In a report published earlier this month, the FCCC said`: past the participle's phrase on the document.)
        // (`In a brief statement on its website, the ministry said`: and past where the document was put.)
        // (`In a sentencing memo submitted to the court on Friday, prosecutors told Judge …`: whoever tells, argues or
        // warns in it too.)
        const rest = text.slice(documentEnd).replace(/^[\s,]+/, '').replace(PARTICIPLE_ON_DOCUMENT, '').replace(PLACE_OF_DOCUMENT, '');
        const clause = /^[^,.;:“”"]{1,60}?\b(?:said|says|added|stated|wrote|writes|announced|told|tells|argued|argues|warned|warns)\b/.exec(rest)?.[0];
        const opened = clause ? attributionBefore(clause)?.subject : undefined;
        // (`In a statement, the Chicago Police News Affairs office said`: a body named inside the description
        // issued it.)
        const restStart = text.length - rest.length;
        // (`In a statement on Thursday, a Justice Department spokesperson said`: not the body of a spokesperson, kin or
        // lawyers, though, who issued it themselves.)
        const body =
          opened?.kind === 'description' && !PEOPLE_ISSUER.test(opened.text)
            ? mentions.find((mention) => !mention.inQuote && mention.start >= restStart + opened.start && mention.end <= restStart + opened.start + opened.text.length)
            : undefined;
        if (body) {
          events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'person', person: people.add(body) } });
          continue;
        }
        if (opened?.kind === 'description') {
          events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'description', text: opened.text } });
          continue;
        }
        // (`In a report …, the Foreign Correspondents' Club of China found that`: the body that opens the main
        // clause, whatever it found or concluded there.)
        // (`In a companion order, Mr. Trump restored …`, `In his March executive order, Mr. Trump painted …`: or the
        // name, perhaps after a title, that opens the main clause and acts there, whatever it did.)
        const finder = opened
          ? undefined
          : mentions.find(
              (mention) =>
                !mention.inQuote &&
                mention.start >= restStart &&
                ((mention.start <= restStart + 4 && FINDING_AT.test(text.slice(mention.end, mention.end + 30))) ||
                  (TITLE_ONLY.test(text.slice(restStart, mention.start)) && ACTING_AT.test(text.slice(mention.end, mention.end + 30)))),
            );
        if (finder) {
          events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'person', person: people.add(finder) } });
          continue;
        }
        // (`In an internal memo distributed to staffers, the Bush campaign outlined how …`: a campaign, a committee
        // or another body described as the main clause's subject, whatever it did.)
        const described = opened ? undefined : sentenceSubject(rest);
        if (described?.kind === 'description' && DESCRIBED_BODY_HEAD.test(described.text)) {
          events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'description', text: described.text } });
          continue;
        }
      }
      // (`Oxfam says in a report`: a lone word that speaks is the issuer too, though no one else noted it.)
      const person =
        issuer === undefined
          ? undefined
          : issuer === named || (!people.byMention.has(issuer) && (issuer === subjectNamed || matchAt(SPEAKING_SUBJECT_AT, text, issuer.end)))
            ? people.add(issuer)
            : people.byMention.get(issuer);
      // (A body that speaks in its own clause issued the document: `The National Park Service announced in a press release`;
      // so does one that opens the main clause after it: `In a statement posted on its site on Friday, The Epoch Times
      // said`; not `In an e-mail to Sony staff obtained by USA TODAY, the security company … said`.)
      const opensMainClause = openingSpeaker !== undefined && issuer === openingSpeaker && /,\s+(?:[Tt]he\s+)?$/.test(text.slice(documentEnd, openingSpeaker.start));
      if (person && (issuer === named || issuer === subjectNamed || opensMainClause || person.person !== 'no')) {
        events.push({ paragraph, offset: match.index, document: match[0].toLowerCase(), issuer: { kind: 'person', person } });
      }
    }
  });
  return events;
}

// (`China released a policy paper`: a paper too, which a clause never reads as a document, for it is as often a newspaper.)
const ISSUED_DOCUMENT_MENTIONS = new RegExp(`${ISSUED_DOCUMENTS.source}|\\bpaper\\b`, 'gi');

/**
 * Papers a person or body draws up or files, which speak only for their own author (`the complaint states`
 * after `Flynn … filed the whistleblower complaint`): never `it` for some other document.
 */
const FILED_DOCUMENT_MENTIONS = /\b(complaint|lawsuit|indictment|analysis|draft|readout|order|plan|proposal)\b/gi;

/** `Star Trek fans have taken out a full-page ad`: a name before people in the plural only says which people. */
function beforePeopleInPlural(text: string, end: number): boolean {
  const next = /^\s([a-z]+)/.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && namesPeopleInPlural(next);
}

/**
 * A capitalised word after another capitalised word, mid-sentence: part of a name or a title (but `An Open
 * Letter from chief executive Sidney Taurel` is still his letter).
 */
function isTitleWord(text: string, index: number, word: string): boolean {
  return (
    /^\p{Lu}/u.test(word) &&
    CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, index - 30), index)) &&
    !/^\s+(?:from|by)\s/.test(text.slice(index + word.length, index + word.length + 6))
  );
}

const CAPITALISED_WORD_BEFORE = /[\p{Ll},;:]\s+(?:[\p{L}'’-]+\s+)*?\p{Lu}[\p{L}'’-]*\s+$/u;
/** A lower-case word that may be part of a title: no function word, no participle, no verb in -s (`George Buck suggests Omar`). */
const TITLE_WORD = String.raw`(?!(?:and|or|the|a|an|of|to|in|on|at|for|from|by|with|as|who|which|that|is|was|has|had|said|says)\s)[a-z][a-z-]*(?<!ed|ing|[^s]s)`;

/**
 * The one an issuer's phrase after a document is about: the person after a body and a title in lower case (`by
 * Australian College of Mental Health Nurses president Peter Santangelo`), or the body after a possessive, else
 * the body named first.
 */
function headOfIssuerPhrase(mentions: readonly NameMention[], first: NameMention, text: string): NameMention {
  const next = mentions.find((mention) => mention.start > first.end && !mention.inQuote);
  return next && TITLE_BETWEEN_BODY_AND_NAME.test(text.slice(first.end, next.start)) ? next : first;
}

/** ` president `, ` counsel `: a title in one or two lower-case words between a body and the person who holds it there. */
// (Not ` obtained by `, ` and the `: a participle, a preposition or a conjunction leaves the body the issuer.)
// (`Stanford University's Center on Poverty and Inequality`: or the body a possessive names.)
const TITLE_BETWEEN_BODY_AND_NAME = new RegExp(String.raw`^(?:\s+(?:${TITLE_WORD}\s+){1,2}|['’]s\s+)$`);

/** ` from CMS on Saturday`, ` issued by the FAA.`: a body's initials (the first group) right after a document, ending the phrase. */
const INITIALS_AFTER_DOCUMENT =
  /^\s+(?:(?:sent|issued|signed|written|released|published|posted)\s+)?(?:from|by)\s+(?:the\s+)?(\p{Lu}{2,6})(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|last|this|that|which|to|and|said|says)\b)/u;

/**
 * `last month`, `earlier this year`, `on Monday`, `on March 3`, `yesterday`: when a document was put out, said between
 * its verb of issuing and the body that issued it.
 */
const WHEN_ISSUED = String.raw`(?:(?:last|this|earlier|in)\s+(?:week|month|year|[A-Z][a-z]+)|earlier\s+this\s+(?:week|month|year)|on\s+(?:${WEEKDAY_WORDS}|(?:${MONTH_WORDS})\.?\s+\d{1,2})|yesterday|today)`;

/** What may stand between a document and the body that issued it: `from`, `by`, perhaps with `the`. */
// (`A fundraising letter sent by George Buck`: the verb that put it out may stand first, and when (`a study published last
// month by`, `a new report released on Monday by`, `issued yesterday by`); not `obtained by`. `a column from The Washington
// Post`: a title's own `The` may stand before the name.)
const BODY_AFTER_DOCUMENT = new RegExp(
  String.raw`^\s+(?:(?:sent|issued|signed|written|released|published|posted)\s+(?:${WHEN_ISSUED}\s+)?)?(?:from|by)\s+(?:[Tt]he\s+)?(?:[a-z][\w'’-]*\s+){0,3}$`,
);
/** `the family of her victim`, `his lawyers`, `a spokesman`: people, not a body, who may issue a document. */
const PEOPLE_ISSUER_WORDS = 'spokes(?:man|woman|person)|family|relatives|parents|lawyers|attorneys';
/** `the family of her victim`, `his lawyers`, `a Justice Department spokesperson`: people, not a body, who issued a document (so never the story's body). */
export const PEOPLE_ISSUER = new RegExp(String.raw`\b(?:${PEOPLE_ISSUER_WORDS})\b`);
/** `The Vatican press office has issued a `: a body described, then a verb of issuing, right before the document. */
// (`The administration released a statement`, `The university released a statement`: an administration, a school, a
// group or the police, as much as an office. `The Biden campaign circulated talking points`: or handed out to many,
// a plural with no determiner. `the subcommittee issued an analysis`: a committee's subcommittee too.)
const DESCRIBED_ISSUER_BEFORE = new RegExp(
  String.raw`(?:^|\s)((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:office|ministry|department|agency|company|firm|(?:sub)?committee|council|campaign|government|administration|embassy|team|club|union|party|board|commission|group|organi[sz]ation|foundation|university|police|${PEOPLE_ISSUER_WORDS})(?:\s+of\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?)\s+(?:has\s+|had\s+|also\s+)?(?:issued|released|put\s+out|published|posted|sent|circulated|distributed)\s+(?:(?:a|an|its|their|the)\s+)?(?:[a-z-]+\s+)?$`,
  'u',
);

/** ` from his family`, ` issued by their lawyers`: a possessive description after the document, right after it. */
const UNNAMED_AFTER_DOCUMENT = /^\s+(?:(?:sent|issued|signed|written|released|published|posted)\s+)?(?:from|by)\s+((?:his|her|their|its)\s+[a-z][\w'’-]*)(?=[\s,.;:]|$)/;
/** ` shows`, ` also found`, ` said`: a verb right after a document, which speaks as its clause's subject. */
const DOCUMENT_SPEAKS_AT = /^\s+(?:also\s+)?(?:shows|showed|says|said|finds|found|states|stated|warns|warned|concludes|concluded|suggests|suggested|reveals|revealed|indicates|indicated|notes|noted|claims|claimed|alleges|alleged)\b/;
/** Social networks and sites whose name before a document (`a Facebook post`) says where it was put. */
const PLATFORM = /^(?:Facebook|Twitter|Instagram|YouTube|TikTok|Snapchat|LinkedIn|Reddit|Medium|Tumblr|Truth Social|Parler|Weibo|WeChat|Telegram)$/;
/** What may stand between a body's name and its document: nothing, or a possessive (`the IMF's report`). */
// (`Big Machine Records issued a statement`: or the verb that puts it out.)
const BODY_BEFORE_DOCUMENT = /^(?:(?:['’]s?)?\s|\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:issued|released|put\s+out|published|posted|sent|shared)\s+(?:a|an|its|their|the)\s+(?:[a-z-]+\s+)?)$/;

/** `Pritzker’s stay-at-home order`, `Flynn filed the whistleblower complaint`: an author, then the paper (a possessive may take its adjectives). */
const AUTHOR_BEFORE_PAPER = /^(?:['’]s?\s+(?:[a-z-]+\s+){0,2}|\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:issued|released|published|sent|filed|submitted|drafted|signed|wrote)\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z-]+\s+){0,2})$/;
/** ` filed by `, ` from the `: the paper, then its author's name at once (not `an order from a Clay County judge`). */
const AUTHOR_AFTER_PAPER = /^,?\s+(?:(?:sent|issued|signed|written|released|published|filed|submitted|drafted|brought)\s+)?(?:from|by)\s+(?:the\s+)?$/;

/** `said in a`, `wrote in its`: a cheap test that a paragraph names a document someone spoke in. */
const SPOKE_IN_ANY_DOCUMENT = /\b(?:said|says|wrote|writes|added|adds)\s+in\s+(?:a|an|its|his|her|their|the)\s/;
/** `released a `, `has issued its `: a verb of issuing, then a determiner (the document's, as `DESCRIBED_ISSUER_BEFORE` reads it). */
const ISSUED_ANY_DOCUMENT = /\b(?:issued|released|put\s+out|published|posted|sent)\s+(?:a|an|its|their|the)\s/;

/** A speech verb and the words that put a document after it: `said in a`, `wrote in his weekly`, `said in the` (a document named before). */
const SPOKE_IN_DOCUMENT = /(?<=\s)(\p{Ll}+)\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+)?$/u;

/** `In a statement,` anywhere in a paragraph: a plain test before the patterns. */
const OPENED_BY_DOCUMENT = /\b(?:In|Through) (?:a|an|its|his|her|their) /;

/** `published earlier this month, `, `submitted to the court on Friday but made public on Saturday, `: a participle's phrase on a document, up to its comma. */
const PARTICIPLE_ON_DOCUMENT = /^(?:published|released|issued|sent|posted|written|filed|obtained|distributed|circulated|submitted|prepared|presented|delivered|signed|dated|made)\b[^,.;:“”"]{0,90},\s*/;

/** `on its website, `, `to shareholders, `: where a document was put, or to whom, up to its comma. */
const PLACE_OF_DOCUMENT = /^(?:on|in|at|to|via)\s+[^,.;:“”"]{1,40},\s*/;

/** `the Bush campaign`, `the House committee`: a description whose last word is a body's. */
const DESCRIBED_BODY_HEAD = new RegExp(String.raw`\s(?:campaign|committee|department|ministry|government|administration|office|team|council|board|union|${SPEAKING_BODY_KINDS.join('|')})$`);

/** `Mr. `, `Gov. `, `the `: what may stand before a name that opens a clause, a title or an article. */
const TITLE_ONLY = /^(?:the\s+|(?:\p{Lu}[\p{L}]*\.?\s+){0,2})$/u;

/** ` restored`, ` also directed`: a verb in the past right after a name, which acted. */
const ACTING_AT = /^\s+(?:also\s+|again\s+|then\s+)?[a-z]+ed\b/;

/** ` found that`, ` also concluded`: what a body did in its report, right after its name. */
const FINDING_AT = /^\s+(?:also\s+)?(?:found|finds|concluded|concludes|estimated|estimates|showed|shows|warned|warns|noted|notes)\b/;

/** The words before a document that opens a sentence: `In a statement`, `In its annual report`, `But in his March executive order`. */
const DOCUMENT_OPENING = /^\s*(?:(?:But|And|Yet),?\s+(?:in|through)|In|Through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** Who the story says is suing, or has filed a suit (the last one before an offset): a person or a description. */
export function plaintiffBefore(reading: ArticleReading, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const { paragraphs, people } = reading;
  for (let index = paragraph; index >= 0; index--) {
    const text = paragraphs[index] as string;
    SUING.lastIndex = 0;
    let found: ResolvedSpeaker | undefined;
    for (let match = SUING.exec(text); match !== null && (index < paragraph || match.index < offset); match = SUING.exec(text)) {
      const sentenceStart = reading.sentenceStartAt(index, match.index);
      const subject = sentenceSubject(text.slice(sentenceStart, match.index + match[0].length));
      if (subject?.kind === 'description') found = { kind: 'description', text: subject.text };
      if (subject?.kind !== 'name') continue;
      const at = sentenceStart + subject.start;
      const mention = reading.subjectMention(index, at, subject.text.length);
      // (`Computer firm Apple has issued a lawsuit`: a lone word waiting to be claimed is the body it names.)
      const person = mention && !mention.inQuote ? (people.byMention.get(mention) ?? people.add(mention)) : undefined;
      if (person) found = { kind: 'person', person };
    }
    // (`The lawsuit was filed by the Thomas More Society on behalf of The Beloved Church of Lena`: a suit filed
    // by lawyers is their client's, named after `on behalf of`, else the filer's.)
    const filed = found ? undefined : lastFiledBy(reading, index, index < paragraph ? text.length : offset);
    if (filed) return { kind: 'person', person: filed };
    if (found) return found;
  }
  return undefined;
}

/** ` was filed by `, `, brought Thursday by the `: a suit, then the verb that brought it and `by`. */
const SUIT_FILED_BY = /\b(?:lawsuit|suit|complaint),?\s+(?:was\s+|were\s+|has\s+been\s+)?(?:filed|brought)\s+(?:(?:on\s+)?[\p{L}\d]+\s+)?by\s+(?:the\s+)?/gu;
/** ` on behalf of the `: whom a suit's filer acts for, right after the filer. */
const ON_BEHALF_OF = /^,?\s+on\s+behalf\s+of\s+(?:[Tt]he\s+)?/;

/** `Pacific `: capitalised words, or none, before a name. */
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u;

/** Who brought the last suit a paragraph says was filed by someone, before an offset: the client a filer acts for, or the filer. */
function lastFiledBy(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const text = reading.paragraphs[paragraph] as string;
  let filer: NameMention | undefined;
  for (const match of text.matchAll(SUIT_FILED_BY)) {
    const at = match.index + match[0].length;
    if (at >= offset) break;
    // (`by the Pacific Legal Foundation`: the name the scan read may leave off a first capitalised word.)
    const mention = (reading.mentionsByParagraph[paragraph] ?? []).find((candidate) => candidate.start >= at && CAPITALISED_WORDS.test(text.slice(at, candidate.start)));
    if (!mention || mention.inQuote) continue;
    const behalf = ON_BEHALF_OF.exec(text.slice(mention.end, mention.end + 30));
    const clientAt = behalf ? mention.end + behalf[0].length : undefined;
    const client = clientAt === undefined ? undefined : reading.mentionAt(paragraph, clientAt);
    filer = client && !client.inQuote && client.start === clientAt ? client : mention;
  }
  return filer ? (reading.people.byMention.get(filer) ?? reading.people.add(filer)) : undefined;
}

/** The verb of one who brings a suit: `is suing`, `has sued`, `filed a lawsuit`, `took legal action`. */
// (`have filed suit`, `…, filing a federal lawsuit`: the suit with no article, or the participle; `The DNC alleges in a new
// lawsuit that …`: or what the suit says, in the words of the one who brought it.)
const SUING =
  /\b(?:(?:is|are|was|were)\s+suing|(?:has|have|had)\s+sued|sued|(?:has\s+|have\s+)?(?:filed|issued|brought|lodged|launched)\s+suit|(?:has\s+|have\s+)?(?:filed|filing|issued|brought|lodged|launched)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|complaint)|(?:alleges?|alleged|claims?|claimed|argues?|argued|contends?|contended|charges?|charged)\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:lawsuit|suit|complaint)|(?:is|are|has|have)\s+tak(?:en|ing)\s+legal\s+action|took\s+legal\s+action)\b/g;

/** The party named last before a position, within three paragraphs, by its canonical name. */
export function latestParty(reading: ArticleReading, paragraph: number, offset: number): string | undefined {
  const { paragraphs } = reading;
  for (let index = paragraph; index >= Math.max(0, paragraph - 3); index--) {
    const text = paragraphs[index] as string;
    let last: string | undefined;
    for (const match of text.matchAll(PARTY_MENTION)) {
      if (index === paragraph && match.index >= offset) break;
      last = match[0];
    }
    if (last) return partyName(last);
  }
  return undefined;
}

/**
 * Who `they` are: the group that is the subject of the nearest sentence (the pronoun's own included)
 * that has one — a body or a party (`The Tories`, `the committee`), or people described in the plural
 * (`The TV display manufacturers`). A sentence about one person is passed over.
 */
export function groupBefore(reading: ArticleReading, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const { people, previousAccepted } = reading;
  for (const { index, text, from, to } of reading.sentencesBefore(paragraph, offset)) {
    // `…, MPs said. Instead they called for …`: a group put after its cue at the sentence's end.
    const invertedMatch = GROUP_AFTER_CUE_AT_END.exec(text.slice(from, to));
    const inverted = invertedMatch?.[1];
    // (`…, Kapranos said.`: a person's name that happens to end in `s` is no group.)
    const invertedMention = invertedMatch ? reading.mentionAt(index, from + invertedMatch.index + invertedMatch[0].indexOf(inverted as string)) : undefined;
    const invertedPerson = invertedMention !== undefined && (invertedMention.person === 'yes' || people.byMention.get(invertedMention)?.person === 'yes');
    if (inverted && isGroup({ kind: 'description', text: inverted }) && !invertedPerson) return { kind: 'description', text: inverted };
    // (`“With Republicans in the majority, …,” they wrote.`: the words of a quotation in the pronoun's own
    // sentence are no subject.)
    const own = index === paragraph && to === offset;
    const subject = sentenceSubject(own ? withPiecesBlanked(text, from, to, reading.piecesByParagraph[index] ?? []) : text.slice(from, to));
    // (`Obama asked a crowd in Columbus, Ohio, …. They responded`: a crowd or an audience the sentence
    // speaks to or of, who can answer as one, when it has no group for its subject.)
    const crowd = subject?.kind === 'description' && isGroup({ kind: 'description', text: subject.text }) ? undefined : CROWD.exec(text.slice(from, to))?.[1];
    if (crowd) return { kind: 'description', text: crowd };
    if (!subject || subject.kind === 'pronoun' || subject.kind === 'document') continue;
    if (subject.kind === 'description') {
      const described: ResolvedSpeaker = { kind: 'description', text: subject.text };
      if (isGroup(described)) return described;
      continue;
    }
    // `The Tories have promised …`: a party, which the name scan leaves out, goes by its own name.
    if (partyName(subject.text)) return { kind: 'description', text: subject.text };
    const at = from + subject.start;
    const mention = reading.subjectMention(index, at, subject.text.length);
    // (`The Ministry of Defence confirmed the strike. “…,” they added`: a body the name scan knows for one, which acted
    // as the sentence's subject, is whom a British `they` stands for, though the article has not yet made it a speaker.)
    const named = mention ? (people.byMention.get(mention) ?? (mention.person === 'no' && !mention.inQuote ? people.add(mention) : undefined)) : undefined;
    // (`Big Machine have twice denied …`: a name no first name opens that takes a verb in the plural is a body
    // spoken of as its people, whatever else the article made of the name.)
    const body = mention && !mention.inQuote && mention.person !== 'yes' && !opensWithFirstName(mention.bare) && PLURAL_VERB_AT.test(text.slice(mention.end, mention.end + 12)) ? (named ?? people.add(mention)) : undefined;
    if (body && !body.gender && !hasTitle(body)) return { kind: 'person', person: body };
    if (named && isGroup({ kind: 'person', person: named })) return { kind: 'person', person: named };
  }
  // `“…,” the MPs said. They said …`: else a group that gave the quotation before.
  const previous = previousAccepted && paragraph - previousAccepted.paragraph <= 2 ? previousAccepted.quotation.speaker : undefined;
  if (previous && isGroup(previous)) return previous;
  // (`#BlackLivesMatter has been the message as protesters have taken to the streets. They often chant:`: else
  // the people in the plural who last acted, in a clause of their own or the sentence's.)
  for (const { text, from, to } of reading.sentencesBefore(paragraph, offset)) {
    const people = [...text.slice(from, to).matchAll(PEOPLE_WRITTEN_IN_PLURAL)].at(-1)?.[1];
    if (people) return { kind: 'description', text: people };
  }
  return undefined;
}

/**
 * `protesters have`, `the Republican senators warned`, `white and Asian families, who protested`, `protesters began
 * singing`, `Armenians say`: people in the plural, by what they do or by their nation, before their verb, or before a
 * relative clause's, anywhere in a sentence. (`defense attorneys for Manafort are disputing`, `19 Caucus members,
 * including new Chairman Andy Biggs, said`: with whom they act for or belong to, and an aside of who is among them.)
 */
const PEOPLE_WRITTEN_IN_PLURAL =
  /\b((?:(?:the|some|many|several|most|other|about\s+\d[\d,]*|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?(?:[a-z]+\s+and\s+)?(?:(?:(?!(?:But|And|Yet|So|Then|Now|Still|When|While|As|If)\s)\p{Lu}[\p{L}-]*|[a-z-]+(?:al|ic|ive|an|ish|ist|ed))\s+){0,2}(?:protesters|demonstrators|supporters|opponents|critics|activists|residents|students|officials|lawmakers|leaders|members|workers|fans|voters|families|parents|scientists|researchers|experts|analysts|investors|economists|senators|Democrats|Republicans|marchers|campaigners|organizers|organisers|attorneys|lawyers|prosecutors|doctors|teachers|soldiers|officers|\p{Lu}\p{Ll}+(?:ians|icans|eans))(?:\s+(?:for|of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?)(?=(?:,\s+including\s[^,.;:“”"]{1,80},)?\s+(?:have|had|were|are|also|then|often|still|later|say|said|began|begin|took|made|gave|told|wrote|kept|[a-z]+ed)\b|,\s+who\s+(?:have\s+|had\s+)?[a-z]+ed\b)/gu;

/** ` have twice denied`, ` are`, ` were`: a verb in the plural right after a name (perhaps after an adverb). */
const PLURAL_VERB_AT = /^\s+(?:[a-z]+ly\s+)?(?:have|are|were)\b/;

/** ` at Haitong Securities in Shanghai`, ` for Manafort`: where people are, or whom they act for, in capitals, ending a description. */
const PLACE_OR_PRINCIPAL_AFTER = /(?:\s+(?:at|of|for|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})+$/u;

/** A speaker `they` can stand for: people described in the plural, a body, or a name that is no person's. */
function isGroup(speaker: ResolvedSpeaker): boolean {
  // (`analysts at Haitong Securities in Shanghai`: people by the words before where they are or whom they act for.)
  if (speaker.kind === 'description') return PLURAL_PEOPLE.test(speaker.text.replace(PLACE_OR_PRINCIPAL_AFTER, '')) || BODY_DESCRIPTION.test(speaker.text);
  const { person } = speaker;
  // (`Big Machine have twice denied …`, `Dick Clark Productions`: a body's name of several words too.)
  if (person.person === 'no' && person.name.includes(' ')) return true;
  return person.person !== 'yes' && !person.firstName && !person.gender && !hasTitle(person);
}

/** `a crowd in Columbus, Ohio`, `the audience`: a crowd named in a sentence, with where it was. */
const CROWD = /\b((?:a|the)\s+(?:[a-z-]+\s+){0,2}?(?:crowd|audience)(?:\s+(?:in|at|of)\s+(?:\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,2}))?)/u;

/** `, MPs said.`, `, the committee added.`: who spoke, after the cue that ends a sentence. */
const GROUP_AFTER_CUE_AT_END = /,\s+((?:the\s+)?[\p{L}-]+(?:\s[\p{L}-]+)?)\s+(?:said|say|says|added|warned|argued|claimed)\.\s*$/u;

/** People described in the plural: `The TV display manufacturers`, `ministers`, `campaigners`, `his family` (not `the news`). */
const PLURAL_PEOPLE = /(?:[^s']s|people|men|women|children|staff|police|family)$/i;

/** A description of a body rather than a person (`the Commons science and technology committee`): `it` may stand for it. */
export const BODY_DESCRIPTION =
  /\b(committee|commission|council|board|panel|inquiry|government|ministry|department|court|firm|company|corporation|group|agency|organisation|organization|association|union|party|charity|watchdog|regulator|body)$/i;

/**
 * `the committee`, `The festival`, `the ministry`, `the coalition`, `the Hague-based court`: a word for a kind of
 * body that bodies' own names hold (`the Commons Public Accounts Committee`, `the Edinburgh Festival`, `the Ministry
 * of Defence`, `the Coalition for Clean Air`), perhaps with the town the body is based in.
 * (`the union` is left out: the European Union is named in passing far more often than a trade union.)
 */
export const BODY_BY_HEAD =
  /^[Tt]he\s+(?:[A-Z][a-z]+-based\s+)?(committee|commission|council|ministry|department|festival|institute|foundation|federation|association|corporation|agency|authority|board|court|tribunal|panel|society|trust|inquiry|academy|university|museum|league|office|coalition|alliance|bureau|centre|center|forum|directorate|fund)$/;

/**
 * The body last named before an offset whose name holds the word a description gives (`the committee`
 * after `the Public Accounts Committee`): the one a reader takes the description for.
 */
export function bodyNamedByHead(reading: ArticleReading, head: string, paragraph: number, offset: number): ArticlePerson | undefined {
  const word = `${head.charAt(0).toUpperCase()}${head.slice(1)}`;
  const body = lastBodyMentionBefore(reading, paragraph, offset, (mention) => !mention.hasTitle && mention.bare.split(' ').includes(word));
  return body ? reading.people.add(body) : undefined;
}

/**
 * The court whose judges `the judges` are: the last one named right after its judges (`a three-judge panel from the
 * U.S. District Court`, `the panel of the D.C. Circuit`), not one named in passing since (`likely to be appealed to
 * the U.S. Supreme Court`); else the court named last.
 */
export function courtOfJudges(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const { paragraphs } = reading;
  const court = lastBodyMentionBefore(
    reading,
    paragraph,
    offset,
    (mention, index) => !mention.hasTitle && /\b(?:Court|Circuit)\b/.test(mention.bare) && JUDGES_BEFORE_COURT.test((paragraphs[index] as string).slice(Math.max(0, mention.start - 40), mention.start)),
  );
  return court ? reading.people.add(court) : bodyNamedByHead(reading, 'court', paragraph, offset);
}

/** `a three-judge panel from the `, `judges of the `, `Justices on the `: a court's judges, right before its name. */
const JUDGES_BEFORE_COURT = /\b(?:judges?|justices|panel)\s+(?:from|of|on|at|in)\s+(?:the\s+)?$/i;

/** `the paper`, `The daily`, `the tabloid`: a newspaper, named before by that word or by its title. */
export const NEWSPAPER_DESCRIPTION = /^[Tt]he\s+(paper|newspaper|daily|tabloid)$/;

/** Words a newspaper is introduced by (`Spanish daily ABC`, `the British tabloid The Sun`). */
const NEWSPAPER_KINDS = ['newspaper', 'paper', 'daily', 'tabloid'];

/** The words a newspaper's title ends in (`The Times`, `the Financial Times`, `the Sunday Telegraph`). */
const NEWSPAPER_TITLE = /(?:^|[\s-])(?:Times|Telegraph|Guardian|Independent|Mail|Mirror|Express|Observer|Post|Journal|Herald|Standard|Gazette|Chronicle|Tribune|Scotsman|Sun|Courier|Inquirer|Enquirer|Register|Dispatch|Examiner|Globe|Sentinel|Dealer)$/;

/**
 * The newspaper `the paper` stands for: the one the article last introduced with a word for a newspaper
 * (`Spanish daily ABC`), else the last one named by a title (`the Financial Times`). No other body: a
 * paper is not whichever organisation acted last.
 */
export function newspaperBefore(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const introduced = introducedByAnyKind(reading, NEWSPAPER_KINDS, paragraph, offset);
  if (introduced) return introduced;
  const titled = lastBodyMentionBefore(reading, paragraph, offset, (mention) => NEWSPAPER_TITLE.test(mention.bare));
  return titled ? reading.people.add(titled) : undefined;
}

/** `the outlet`, `The news outlet`, `the site`, `the website`: a medium named before, by what it published or was cited for. */
export const OUTLET_DESCRIPTION = /^[Tt]he\s+(?:news\s+)?(outlet|site|website)$/;

/** ` of the nonprofit `, ` of `: what stands between a site and its owner's name after it. */
const SITE_OWNER_AFTER = /^\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?/;

/** `'s website`, ` website`, `’s official site`: a website its owner's name stands right before. */
const WEBSITE_AFTER_OWNER = /^(?:['’]s?)?\s+(?:official\s+|own\s+)?(?:web)?site\b/;

/**
 * The medium `the outlet` or `the site` stands for: for a site, the body whose website the article last named
 * (`the Ropes & Gray's website`, `the Eric Trump Foundation website`); for an outlet, the one last cited as a source
 * of news (`According to the Daily Mail,`, `, Fox News reported`), or introduced by that word. `end`: where the
 * description ends, after which a site's owner may be named.
 */
export function outletBefore(reading: ArticleReading, kind: string, paragraph: number, offset: number, end = offset): ArticlePerson | undefined {
  if (kind === 'outlet') return mediumCitedBefore(reading, paragraph, offset) ?? introducedByKind(reading, kind, paragraph, offset);
  const { paragraphs } = reading;
  // (`“…,” reads the website of Integrity Investigations, one private investigator firm`: a site whose owner is
  // named right after it.)
  const of = SITE_OWNER_AFTER.exec((paragraphs[paragraph] as string).slice(end, end + 40))?.[0];
  const owner = of ? reading.mentionAt(paragraph, end + of.length) : undefined;
  if (owner && !owner.inQuote && owner.person !== 'yes') return reading.people.add(owner);
  const site = lastBodyMentionBefore(
    reading,
    paragraph,
    offset,
    (mention, index) => !mention.hasTitle && !opensWithFirstName(mention.bare) && WEBSITE_AFTER_OWNER.test((paragraphs[index] as string).slice(mention.end, mention.end + 30)),
  );
  return site ? reading.people.add(site) : introducedByKind(reading, kind, paragraph, offset);
}

/**
 * The medium last cited as a source of news before an offset (`According to the Daily Mail,`, `, Fox News reported`,
 * `CBS correspondent Lara Logan`): the one `the outlet` or `the network` stands for, however many bodies acted since.
 */
export function mediumCitedBefore(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const { paragraphs } = reading;
  const cited = lastBodyMentionBefore(reading, paragraph, offset, (mention, index) => {
    if (mention.hasTitle || opensWithFirstName(mention.bare)) return false;
    const text = paragraphs[index] as string;
    return CITED_BEFORE_NAME.test(text.slice(Math.max(0, mention.start - 20), mention.start)) || citedForNewsAfter(text.slice(mention.end, mention.end + 160));
  });
  return cited ? reading.people.add(cited) : undefined;
}

/**
 * `the network`, `the magazine`, `the broadcaster`: a word for a medium of news; no other word for a body
 * (`the group`, `the agency`) stands for one.
 */
export const MEDIUM_KIND = /^(?:network|magazine|broadcaster|station|publication|newspaper|website)$/;

/** Whether the article names a body anywhere as a medium of news (`the Hill reports`, `Fox News host Tucker Carlson`, `a CNN reporter`). */
export function isCitedMedium(reading: ArticleReading, body: ArticlePerson): boolean {
  return body.mentions.some((mention) => !mention.inQuote && citedForNewsAfter((reading.paragraphs[mention.paragraph] as string).slice(mention.end, mention.end + 160)));
}
