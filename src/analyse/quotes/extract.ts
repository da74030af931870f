import { escapeForPattern } from '../../util/pattern.js';
import { attributionAfter, attributionBefore, type ClauseAttribution, findCues, isWeakCue, type Subject, sentenceSubject, subjectAfterCue, subjectOf, WEEKDAY } from './clauses.js';
import { describedPerson, introducedAhead, namedWithOffice, subjectJustBefore } from './descriptions.js';
import { ISSUED_DOCUMENTS, PERSON_TITLES, PRONOUN_GENDER, partyName } from './lexicon.js';
import { findArticlePieces, type QuotePiece } from './marks.js';
import { notePronounsAfterSpeech } from './mention-grammar.js';
import { isKnownFirstName, type NameMention, scanNames } from './names.js';
import { BODY_DESCRIPTION, bodyActedJustBefore, documentIssuers, groupBefore, introducedByKind, issuerNamedIn, latestActingOrganisation, latestParty, ORGANISATION_BY_KIND, paragraphOrganisation, plaintiffBefore, storyBodyBefore } from './organisations.js';
import { ArticlePeople, type ArticlePerson } from './people.js';
import { DEFINITE_SPOKESPERSON_OPENING, DESCRIBED_HEAD_NOUN, DESCRIBED_PERSON_HEAD, describedSpeakerFor, NOBODY, namedInside, namedLaterInSentence, reporterJustBefore, resolvePronoun, spokespersonJustBefore, unfamiliarSubjectJustBefore } from './pronouns.js';
import { ArticleReading, countWordsUpTo, LEAD_PARAGRAPHS, withPiecesBlanked } from './reading.js';

/**
 * Quotations of one article with their speakers: find the quote pieces, decide which are quotations,
 * join the pieces of one quotation, read each attribution and resolve it to a person of the article.
 */

export type ResolvedSpeaker =
  | { kind: 'person'; person: ArticlePerson }
  | { kind: 'description'; text: string };

export interface ExtractedQuotation {
  pieces: QuotePiece[];
  speaker?: ResolvedSpeaker;
  /** The words naming the speaker where the quotation is attributed. */
  mention?: string;
  cue?: string;
  /** The speaker's role as the attribution gives it (`Flynn, a top Trump surrogate, said`). */
  role?: string;
}

export interface ArticleQuotes {
  quotations: ExtractedQuotation[];
  people: ArticlePeople;
  /** Every name mention, in document order. */
  mentions: NameMention[];
}

/** A quotation with no speech cue in its sentence must be at least this long, or read like a sentence. */
const MIN_UNCUED_WORDS = 4;

/** How many paragraphs back a quotation with no cue of its own may take its speaker from. */
const FOLLOW_ON_PARAGRAPHS = 2;

const SMALL_TITLE_WORDS = /^(a|an|the|and|or|of|in|on|at|to|for|with|from|by|is|are|be|vs|de|la|el|le)$/;

/** A first name just before a quote mark (`Antonio “`), and a surname just after one (`” Reid`). */
const NAME_WORD_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s$/u;
/** What a nickname looks like: capitalised, perhaps after `the` (`LA`, `Fathead`, `the Whirlwind`). */
const NICKNAME = /^\s*(?:the\s+)?\p{Lu}/u;
const NAME_WORD_AFTER = /^\s\p{Lu}[\p{Ll}'’-]+(?:[\s,.;:]|$)/u;

/** `Meet the Press`, `Lyin' Ted`, `13th`: a name or title of a work, not somebody's words. */
function looksLikeTitle(content: string): boolean {
  // Most quotations are long: count their words before building them.
  if (countWordsUpTo(content, 10) > 9) return false;
  const words = content.replace(/[.,!?:;]+$/, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu) ?? [];
  if (words.length === 0 || words.length > 7) return false;
  return words.every((word, index) => {
    const first = word[0] as string;
    if (/\p{N}/u.test(first)) return true;
    if (first !== first.toLowerCase()) return true;
    return index > 0 && SMALL_TITLE_WORDS.test(word);
  });
}

/**
 * `"…in isolation." The SEC said it had taken …`: after a quotation that ends its sentence, a sentence that
 * goes on past its cue reports somebody's next statement; it does not attribute the quotation before it
 * (which `"…in isolation." Jones said.` would).
 */
function reportsNewStatement(tail: string): boolean {
  // `Madrid midfielder Guti told Cadena Ser: “…”`, `… Gordon Rennie, who observed, “…”`: a clause ending in a
  // colon or a comma introduces the next quotation.
  if (/[:,]\s*$/.test(tail)) return true;
  const cue = findCues(tail)[0];
  if (!cue) return false;
  const rest = tail.slice(cue.end).replace(/[\s.!?]+$/, '');
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return false;
  if (words.length > 6 || /^(that|it|he|she|they|we|i|you|the|his|her|their|its|there|a|an|this|these|those)$/i.test(words[0] as string)) return true;
  // `Education Secretary Ruth Kelly said Prof Aynsley-Green would “…”`: a subject, a verb of saying, and a
  // named subject of what was said (not `said Mr Brown`, where no subject comes first, nor `told Parliament`).
  return (
    words.length >= 2 &&
    THAT_CLAUSE_CUES.has(cue.word) &&
    tail.slice(0, cue.start).trim() !== '' &&
    /^\p{Lu}/u.test(words[0] as string) &&
    // (`said Monday`: American style puts the day where a reported clause's subject would stand.)
    !WEEKDAY.test(words[0] as string)
  );
}

/** Verbs of saying whose object is what was said, not whom it was said to (`said`, not `told`). */
const THAT_CLAUSE_CUES: ReadonlySet<string> = new Set(
  'said says added adds insisted insists argued argues claimed claims stressed stresses suggested suggests admitted admits conceded concedes explained explains noted notes'.split(' '),
);

interface PieceContext {
  head: string;
  headStart: number;
  tail: string;
  tailStart: number;
  sentenceStart: number;
  /** The sentence around the piece, the piece itself left out. */
  sentence: string;
}

function contextOf(text: string, pieces: QuotePiece[], index: number, ends: number[]): PieceContext {
  const piece = pieces[index] as QuotePiece;
  const previousEnd = index > 0 ? (pieces[index - 1] as QuotePiece).end : 0;
  const nextStart = index + 1 < pieces.length ? (pieces[index + 1] as QuotePiece).start : text.length;
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const end of ends) {
    if (end <= piece.start) sentenceStart = end;
    else if (end > piece.end) {
      sentenceEnd = end;
      break;
    }
  }
  const headStart = Math.max(previousEnd, sentenceStart);
  const tailEnd = Math.min(nextStart, sentenceEnd);
  return {
    head: text.slice(headStart, piece.start),
    headStart,
    tail: text.slice(piece.end, Math.max(piece.end, tailEnd)),
    tailStart: piece.end,
    sentenceStart,
    sentence: `${text.slice(sentenceStart, piece.start)} ${text.slice(piece.end, Math.max(piece.end, sentenceEnd))}`,
  };
}

/** A verb of naming right before a quotation, with at most a short object: `called him`, `described it as`. */
const NAMED_JUST_BEFORE = /\b(?:called|calls|calling|described|describes|describing|branded|brands|labelled|labeled|dubbed|termed)(?:\s+(?:him|her|them|it|us|me|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+))?(?:\s+as)?\s+(?:an?\s+)?$/;

/** Most paragraphs hold no quotation: one shared answer spares a closure for each. */
const NEVER_IN_QUOTE = (): boolean => false;

interface Located {
  attribution: ClauseAttribution;
  paragraph: number;
  /** Offset of the clause text in the paragraph, to place the subject. */
  base: number;
  from: 'after' | 'before' | 'colon' | 'dash';
}

export function extractArticleQuotes(paragraphs: readonly string[]): ArticleQuotes {
  // Filled by `push`, not `map`: once the JIT inlines `map`, its results are "holey" arrays, another hidden
  // class than the interpreter's, and the optimised code that reads them is thrown away ("wrong map").
  const allPieces: QuotePiece[][] = [];
  const foundPieces = findArticlePieces(paragraphs);
  for (let paragraph = 0; paragraph < foundPieces.length; paragraph++) {
    const pieces = foundPieces[paragraph] as QuotePiece[];
    // A value in markup (`<tweet id="…">`) is not a quotation. Most paragraphs have no piece to check.
    allPieces.push(
      pieces.length === 0 ? pieces : pieces.filter((piece) => !/[=]\s*$/.test((paragraphs[paragraph] as string).slice(Math.max(0, piece.start - 2), piece.start))),
    );
  }
  const people = new ArticlePeople();
  const mentionsByParagraph: NameMention[][] = [];
  const mentions: NameMention[] = [];
  paragraphs.forEach((text, paragraph) => {
    const pieces = allPieces[paragraph] as QuotePiece[];
    const inQuote = pieces.length === 0 ? NEVER_IN_QUOTE : (offset: number): boolean => pieces.some((piece) => offset > piece.start && offset < piece.end);
    const found = scanNames(text, paragraph, inQuote);
    mentionsByParagraph.push(found);
    for (const mention of found) {
      mentions.push(mention);
      if (mention.person !== 'no' || !mention.inQuote) people.note(mention);
    }
  });
  notePronounsAfterSpeech(paragraphs, mentionsByParagraph, people);
  const reading = new ArticleReading(paragraphs, allPieces, people, mentionsByParagraph);
  const quotations: ExtractedQuotation[] = [];
  let open: ExtractedQuotation | undefined;
  const inherited = new Set<ExtractedQuotation>();

  paragraphs.forEach((text, paragraph) => {
    const pieces = allPieces[paragraph] as QuotePiece[];
    let previousInParagraph: { quotation: ExtractedQuotation; from: Located['from'] | undefined; piece: QuotePiece } | undefined;
    pieces.forEach((piece, index) => {
      const content = text.slice(piece.contentStart, piece.contentEnd);
      if (piece.continuesPrevious && open) {
        const quotation = open;
        quotation.pieces.push(piece);
        // A quotation over several paragraphs is often attributed only in a later one.
        if (!quotation.cue || inherited.has(quotation)) {
          const { located } = locateAttribution(reading, paragraph, index);
          if (located) {
            applyLocated(reading, quotation, located);
            inherited.delete(quotation);
          }
        }
        previousInParagraph = { quotation, from: undefined, piece };
        if (piece.closed) open = undefined;
        return;
      }
      open = undefined;
      const { located, context } = locateAttribution(reading, paragraph, index);

      // Enough to decide the tests below (`words >= 4`, `words >= 1`, `words >= MIN_UNCUED_WORDS`).
      const words = countWordsUpTo(content, Math.max(4, MIN_UNCUED_WORDS));
      const tightlyAttributed =
        located !== undefined && (located.from === 'after' || located.from === 'dash') && /^[\s,.!?;—–―-]*$/.test(context.tail.slice(0, 1));
      const title = looksLikeTitle(content);
      // An attributed quotation has its cue already; only the others need the sentence searched.
      const cuedSentence = located !== undefined || findCues(context.sentence).some((cue) => !isWeakCue(cue.word));
      const sentenceLike = /^[\p{Lu}\p{N}'‘’…[(]/u.test(content) && words >= 4;
      let accepted: boolean;
      // A capitalised phrase is a name or a title (`Meet the Press`, `Lyin' Ted`) unless somebody is said to
      // have used it (`Trump called her “Miss Piggy”`); after a possessive or `on` it names a show or work.
      const namesWork = /(['’]s|\b(on|in|of|the|titled|entitled|show|film|book|program|programme|documentary|movie|album|song|episode))\s*$/i.test(text.slice(Math.max(0, piece.start - 16), piece.start));
      // `Antonio “LA” Reid`, `Jimmy “the Whirlwind” White`: a nickname between a first name and a surname.
      if (piece.closed && words <= 3 && NICKNAME.test(content) && NAME_WORD_AFTER.test(text.slice(piece.end, piece.end + 24))) {
        const given = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, piece.start - 24), piece.start))?.[1];
        if (given && isKnownFirstName(given)) return;
      }
      if (title) accepted = !namesWork && (tightlyAttributed || (cuedSentence && located !== undefined));
      else if (located || cuedSentence) accepted = words >= 1;
      else accepted = sentenceLike || words >= MIN_UNCUED_WORDS;
      if (accepted && !located && !piece.closed && index === pieces.length - 1 && !chainAttributed(reading, paragraph)) accepted = false;
      // `the so-called "next wave" countries`, `the term "time-shifting"`, `known as "Dracula"`: a term the
      // writer names is no one's quotation, unless a cue right after it says whose it is.
      if (accepted && !tightlyAttributed && words <= 8 && NAMED_TERM_BEFORE.test(text.slice(Math.max(0, piece.start - 32), piece.start))) accepted = false;
      // A broken quotation: `“My hope,” he said, “is that …”` continues the one before.
      const between = previousInParagraph ? text.slice(previousInParagraph.piece.end, piece.start) : '';
      // …unless it opens a quotation over several paragraphs that is attributed further on.
      const opensOwnChain = !piece.closed && index === pieces.length - 1 && chainAttributed(reading, paragraph);
      // `"We had to defend. "I think our try was good," he said.`: a quotation reopened without being
      // closed (common where paragraphs were run together) goes on in the next piece.
      const reopened = previousInParagraph !== undefined && !previousInParagraph.piece.closed && between.trim() === '';
      // `"…?" he said. Oliver Heald said: "…"`: a new sentence, or a colon, between the pieces introduces
      // someone's new quotation rather than resuming the broken one.
      // So does a new sentence that the piece stands inside, after a quotation that closed on a full stop
      // (`… telling lies." Chairman Freddy Shepherd described Bellamy's behaviour as "…"`; not `“…?” Graham
      // asked. “Neither do I.”`, where the piece is a sentence of its own).
      const closedSentence =
        previousInParagraph !== undefined &&
        /[.!?]['’]?\s*$/.test(text.slice(previousInParagraph.piece.contentStart, previousInParagraph.piece.contentEnd)) &&
        /^\s+\p{Lu}/u.test(between) &&
        !/[.!?]\s*$/.test(between);
      const newStatementBetween = closedSentence || /[.!?]\s+\S/.test(between) || /:\s*$/.test(between);
      const continuesBroken =
        reopened ||
        (previousInParagraph !== undefined &&
          previousInParagraph.from === 'after' &&
          !newStatementBetween &&
          (!located || located.from === 'before') &&
          countWordsUpTo(between, 15) <= 14 &&
          !opensOwnChain);
      if (!accepted && !continuesBroken) return;

      let quotation: ExtractedQuotation;
      if (continuesBroken && previousInParagraph) {
        quotation = previousInParagraph.quotation;
        quotation.pieces.push(piece);
        if (located && (!quotation.cue || inherited.has(quotation))) {
          applyLocated(reading, quotation, located);
          inherited.delete(quotation);
        }
      } else {
        quotation = { pieces: [piece] };
        if (located) applyLocated(reading, quotation, located);
        else {
          const uncued = uncuedSpeaker(reading, paragraph, piece, context);
          if (uncued) {
            quotation.speaker = uncued.speaker;
            if (uncued.mention) quotation.mention = uncued.mention;
            if (uncued.cue) quotation.cue = uncued.cue;
            // A cue of the quotation's own, in a later piece, still outranks what was read around it.
            if (uncued.inherited) inherited.add(quotation);
          }
        }
        quotations.push(quotation);
      }
      if (quotation.speaker?.kind === 'person') {
        reading.lastSpeaker = quotation.speaker.person;
        reading.lastSpeakerAt = { paragraph, offset: piece.end };
        if (quotation.role && !reading.lastSpeaker.role) reading.lastSpeaker.role = quotation.role;
        reading.lastDescribed = undefined;
      } else if (quotation.speaker?.kind === 'description' && DESCRIBED_PERSON_HEAD.test(quotation.speaker.text)) {
        reading.lastDescribed = { speaker: quotation.speaker, paragraph, offset: piece.end };
      }
      reading.previousAccepted = { quotation, paragraph };
      previousInParagraph = { quotation, from: located?.from, piece };
      if (!piece.closed && index === pieces.length - 1) open = quotation;
    });
  });
  giveUncuedToMainSpeaker(quotations, paragraphs);
  nameSpokespeople(quotations, paragraphs, mentions, people);
  return { quotations, people, mentions };
}

/**
 * The speaker a located attribution names, resolved to a person of the article where one fits, with the
 * words that name them and the role the attribution gives them. `pieces` are the quotation's own.
 */
export function resolveSpeaker(reading: ArticleReading, located: Located, pieces: readonly QuotePiece[] = []): { speaker?: ResolvedSpeaker; mention: string; role?: string } {
  const { paragraphs, people, mentionsByParagraph, lastSpeaker, lastDescribed, previousAccepted } = reading;
  const read: Subject = located.attribution.subject;
  // A lone capitalised word read as a name may be a sentence's `He` or `She`: a pronoun all the same.
  const subject: Subject = read.kind === 'name' && /^(?:He|She)$/.test(read.text) ? { kind: 'pronoun', text: read.text, start: read.start } : read;
  const offset = located.base + subject.start;
  if (subject.kind === 'name') {
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
    const nationality = afterThe && NATIONALITY.test(subject.text);
    const described =
      (afterThe && !subject.text.includes(' ')) || epithet || office
        ? describedPerson(reading, `the ${subject.text}`, located.paragraph, offset, epithet || nationality)
        : undefined;
    if (described) return { speaker: { kind: 'person', person: described }, mention: `the ${subject.text}` };
    const mention = reading.mentionAt(located.paragraph, offset) ?? reading.mentionWithin(located.paragraph, offset, offset + subject.text.length);
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
  if (subject.kind === 'pronoun') {
    const firstHere = located.from === 'after' ? pieces.find((piece) => piece.paragraph === located.paragraph) : undefined;
    const topicFrom = firstHere ? reading.sentenceStartAt(located.paragraph, firstHere.start) : 0;
    const lead = firstHere ? (paragraphs[located.paragraph] as string).slice(topicFrom, firstHere.start) : '';
    // …unless the words before the quotation introduce it (`McCaskill scolded him: “…” she said`).
    const topic =
      firstHere && lead.trim() !== '' && !/[:,]\s*$/.test(lead) && findCues(lead).length === 0
        ? { paragraph: located.paragraph, from: topicFrom, to: firstHere.start }
        : undefined;
    if (/^they$/i.test(subject.text)) {
      const group = groupBefore(reading, located.paragraph, offset);
      return group ? { speaker: group, mention: subject.text } : { mention: subject.text };
    }
    // `“…,” a spokeswoman said. She added …`: the unnamed person who spoke last, unless a person has acted since.
    const described =
      describedSpeakerFor(reading, subject.text, located.paragraph, offset) ??
      reporterJustBefore(reading, subject.text, located.paragraph, offset) ??
      spokespersonJustBefore(reading, subject.text, located.paragraph, offset);
    if (described) return { speaker: described, mention: subject.text };
    const person =
      resolvePronoun(reading, subject.text, located.paragraph, offset, lastSpeaker, pieces.length > 0 ? namedInside(reading, pieces) : NOBODY, topic) ??
      unfamiliarSubjectJustBefore(reading, located.paragraph, reading.sentenceStartAt(located.paragraph, offset)) ??
      namedLaterInSentence(reading, subject.text, located.paragraph, offset);
    if (person) {
      const gender = PRONOUN_GENDER.get(subject.text.toLowerCase());
      if (!person.gender && (gender === 'm' || gender === 'f')) person.gender = gender;
      return { speaker: { kind: 'person', person }, mention: subject.text };
    }
    // `The Trafford Centre spokeswoman said …. “…,” she added.`: with no person to stand for, a body's
    // spokesperson the sentence before was about (`the Tory spokesman`, a role, is someone named: read above).
    const spokesperson = spokespersonJustBefore(reading, subject.text, located.paragraph, offset, DEFINITE_SPOKESPERSON_OPENING);
    if (spokesperson) return { speaker: spokesperson, mention: subject.text };
    return { mention: subject.text };
  }
  if (subject.kind === 'document') {
    const named = issuerNamedIn(reading, subject.text, located.paragraph, offset);
    if (named) return { speaker: named, mention: subject.text };
    // `his report said`: the one `he` stands for issued it.
    const owner = /^(?:his|her|His|Her)\s/.exec(subject.text)?.[0].trim();
    const author = owner ? resolvePronoun(reading, owner.toLowerCase() === 'his' ? 'he' : 'she', located.paragraph, offset, lastSpeaker) : undefined;
    if (author) return { speaker: { kind: 'person', person: author }, mention: subject.text };
    reading.issuers ??= documentIssuers(paragraphs, mentionsByParagraph, people);
    const issuer = [...reading.issuers].reverse().find((event) => event.paragraph < located.paragraph || (event.paragraph === located.paragraph && event.offset < offset));
    if (issuer && located.paragraph - issuer.paragraph <= 2) return { speaker: { kind: 'person', person: issuer.person }, mention: subject.text };
    // `Turkcell said the ruling would … “…,” it warned`: `it` is the organisation last seen acting.
    // `…, the committee added. “Major problems” are expected …, it said.`: the body that spoke just before.
    const previous = previousAccepted && located.paragraph === previousAccepted.paragraph ? previousAccepted.quotation.speaker : undefined;
    if (/^it$/i.test(subject.text) && previous?.kind === 'description' && BODY_DESCRIPTION.test(previous.text)) return { speaker: previous, mention: subject.text };
    // `…, the OECD said. “…,” it added.`, `said the magazine. ¶ “…,” it concluded.`: a body that gave the
    // quotation before, in this paragraph or the one before, goes on speaking as `it`.
    const lastBody =
      previousAccepted && located.paragraph - previousAccepted.paragraph <= 1 && previousAccepted.quotation.speaker?.kind === 'person' ? previousAccepted.quotation.speaker.person : undefined;
    if (/^it$/i.test(subject.text) && lastBody?.person === 'no') return { speaker: { kind: 'person', person: lastBody }, mention: subject.text };
    const organisation = /^it$/i.test(subject.text) ? latestActingOrganisation(reading, located.paragraph, offset) : undefined;
    if (organisation) return { speaker: { kind: 'person', person: organisation }, mention: subject.text };
    // `the report said` in a story whose lead gives the report to a body (`… the Asian Development Bank
    // (ADB) has said`), with no other issuer named: the story's body issued it.
    const storyBody = /^(?:the\s|it$)/i.test(subject.text) ? storyBodyBefore(reading, offset, located.paragraph) : undefined;
    // (`But it said it continued to oppose …`: so is `it`, when that body gave the quotation before; else
    // `It argues` may well be a motion's words.)
    const saidBefore = previousAccepted?.quotation.speaker?.kind === 'person' && previousAccepted.quotation.speaker.person === storyBody;
    // (`The company also unveiled plans … It added that …`: or when the sentence before was the body's.)
    if (storyBody && (!/^it$/i.test(subject.text) || saidBefore || bodyActedJustBefore(reading, located.paragraph, offset))) {
      return { speaker: { kind: 'person', person: storyBody }, mention: subject.text };
    }
    return { mention: subject.text };
  }
  if (subject.kind === 'description' && ISSUED_DOCUMENTS.test(subject.text.slice(subject.text.lastIndexOf(' ') + 1))) {
    const named = issuerNamedIn(reading, subject.text, located.paragraph, offset);
    if (named) return { speaker: named, mention: subject.text };
  }
  // `The Labour party has committed itself to …`: a party speaks for itself, whoever was written about before.
  const party = subject.kind === 'description' ? partyName(subject.text) : undefined;
  if (party) return { speaker: { kind: 'description', text: party }, mention: subject.text };
  if (subject.kind === 'description' && lastDescribed && located.paragraph - lastDescribed.paragraph <= 2 && /^[Tt]he\s/.test(subject.text)) {
    // `A spokesman for the British Phonographic Industry (BPI) said … The BPI spokesman described …`: the
    // same unnamed person, by the same word.
    const head = DESCRIBED_HEAD_NOUN.exec(subject.text)?.[1];
    if (head && head === DESCRIBED_HEAD_NOUN.exec(lastDescribed.speaker.text)?.[1]) return { speaker: lastDescribed.speaker, mention: subject.text };
  }
  if (subject.kind === 'description') {
    // `his son said`, `said the coach`, `said the Gloucester fly-half`: a definite description stands for
    // someone named before, by the role the article gave them or, for an epithet, as the one just written about.
    const described = describedPerson(reading, subject.text, located.paragraph, offset, true);
    if (described) return { speaker: { kind: 'person', person: described }, mention: subject.text };
  }
  if (subject.kind === 'description' && CAPITALISED_OFFICE.test(subject.text)) {
    // `the Archbishop of Canterbury, Dr Rowan Williams, will preside … The Archbishop of Canterbury said`.
    const holder = namedWithOffice(reading, subject.text.slice(4), located.paragraph, offset);
    if (holder) return { speaker: { kind: 'person', person: holder }, mention: subject.text };
  }
  if (subject.kind === 'description' && located.paragraph <= LEAD_PARAGRAPHS && OFFICE_HOLDER.test(subject.text)) {
    // `France's finance minister has said … Herve Gaymard said he would …`: a news story opens with the
    // office and names its holder in the next sentence.
    const named = introducedAhead(reading, located.paragraph, offset);
    if (named) {
      named.role ??= subject.text.replace(/^(?:The|the)\s+/, '');
      return { speaker: { kind: 'person', person: named }, mention: subject.text };
    }
  }
  if (subject.kind === 'description' && DEFINITE_PERSON.test(subject.text)) {
    // `But Alli insists the player is worth more … “…,” the agent added.`: someone named only by a role
    // the article never gave anyone goes on with the reported speech just before.
    const reported = reportedJustBefore(reading, located.paragraph, reading.sentenceStartAt(located.paragraph, offset));
    const reporter = reported?.attribution.subject.kind === 'name' ? resolveSpeaker(reading, reported).speaker : undefined;
    // Only someone a first name or a title shows to be a person: a speaker read from a clause may be a show.
    const person = reporter?.kind === 'person' ? reporter.person : undefined;
    const known =
      person !== undefined &&
      !NAME_OF_A_WORK.test(person.name) &&
      (person.gender !== undefined || person.mentions.some((mention) => mention.hasTitle) || PLAIN_FULL_NAME.test(person.name));
    if (reporter && known) return { speaker: reporter, mention: subject.text };
  }
  if (subject.kind === 'description' && LAWSUIT.test(subject.text)) {
    // `Bruce Willis is suing Revolution Studios … The lawsuit said`: a suit speaks for whoever brought it.
    const plaintiff = plaintiffBefore(reading, located.paragraph, offset);
    if (plaintiff) return { speaker: plaintiff, mention: subject.text };
  }
  if (subject.kind === 'description' && /^[Tt]he party$/.test(subject.text)) {
    // `The Lib Dems would allow … The plan would boost energy conservation, says the party`.
    const party = latestParty(reading, located.paragraph, offset);
    if (party) return { speaker: { kind: 'description', text: party }, mention: subject.text };
  }
  if (subject.kind === 'description' && ORGANISATION_BY_KIND.test(subject.text)) {
    // `said the firm` after `Macrovision says …`: the organisation last seen acting is the one meant,
    // unless the paragraph is about another one, named twice before (`Kraft's new policy … Kraft's label.
    // But the firm said`).
    // (…else the body the story is about: `the company added` in a story on EMI.)
    // (`by US magazine Mobile PC … said the magazine`: first the body the story named with that word.)
    const kind = ORGANISATION_BY_KIND.exec(subject.text)?.[1] ?? '';
    const organisation =
      introducedByKind(reading, kind, located.paragraph, offset) ??
      paragraphOrganisation(reading, located.paragraph, offset) ??
      latestActingOrganisation(reading, located.paragraph, offset) ??
      storyBodyBefore(reading, offset, located.paragraph);
    if (organisation) return { speaker: { kind: 'person', person: organisation }, mention: subject.text };
  }
  return { speaker: { kind: 'description', text: subject.text }, mention: subject.text };
}

function locateAttribution(reading: ArticleReading, paragraph: number, index: number): { located?: Located; context: PieceContext } {
  const { paragraphs, piecesByParagraph } = reading;
  const text = paragraphs[paragraph] as string;
  const pieces = piecesByParagraph[paragraph] as QuotePiece[];
  const piece = pieces[index] as QuotePiece;
  const context = contextOf(text, pieces, index, reading.endsOf(paragraph));
  // `X said the decision “will force us …” He said that …`: after a closed sentence, the next one is
  // someone's new statement, so the clause before the quotation speaks for it.
  const closesSentence = /[.!?]['’]?$/.test(text.slice(piece.contentStart, piece.contentEnd)) && /^\s+[A-Z]/.test(context.tail);
  // `… was dismissed as “ridiculous” by Justice David Souter`: a passive cue's agent follows the quotation.
  if (PASSIVE_CUE_BEFORE.test(context.head.slice(-60))) {
    const by = /^['’]?\s*by\s+/.exec(context.tail);
    const agent = by ? subjectAfterCue(context.tail.slice(by[0].length), by[0].length) : null;
    if (agent && agent.kind !== 'pronoun' && agent.kind !== 'document') {
      // Read as a cue before the quotation: the words after the agent (`who said …`) open a quotation of their own.
      return { located: { attribution: { cue: 'by', subject: agent }, paragraph, base: context.tailStart, from: 'before' }, context };
    }
  }
  // `- Bolton boss Sam Allardyce "I am bitterly disappointed …"`: a list of reactions, each a name after a dash.
  const listed = LISTED_SPEAKER.exec(context.head);
  if (listed?.[1]) {
    const named = subjectOf(listed[1], listed[0].indexOf(listed[1]));
    if (named?.kind === 'name') return { located: { attribution: { cue: '-', subject: named }, paragraph, base: context.headStart, from: 'before' }, context };
  }
  // `despite a call for him to “pause for thought” from Charles Kennedy`: a call, a plea or a warning is
  // the words of whom it came from.
  if (SPEECH_NOUN_BEFORE.test(context.head.slice(-80))) {
    const from = /^['’]?\s*from\s+/.exec(context.tail);
    const source = from ? subjectAfterCue(context.tail.slice(from[0].length), from[0].length) : null;
    if (source?.kind === 'name') return { located: { attribution: { cue: 'from', subject: source }, paragraph, base: context.tailStart, from: 'before' }, context };
  }
  let before = closesSentence && context.head.trim() !== '' ? attributionBefore(context.head) : null;
  if (before) return { located: { attribution: before, paragraph, base: context.headStart, from: 'before' }, context };
  // `X is describing as “unhinged” a Donald Trump tweet`: a partial quotation that runs on into the
  // sentence's words (no comma or stop after it) is part of the clause before it, which speaks for it.
  const runsOn =
    !closesSentence &&
    !/[,.!?;:]['’]?$/.test(text.slice(piece.contentStart, piece.contentEnd)) &&
    /^\s+[\p{L}\p{N}]/u.test(context.tail) &&
    // `… have been “making good progress” say those behind the talks`: the words after it attribute it.
    findCues(context.tail)[0]?.start !== context.tail.length - context.tail.trimStart().length;
  if (runsOn && context.head.trim() !== '') {
    const governing = attributionBefore(context.head);
    if (governing) return { located: { attribution: governing, paragraph, base: context.headStart, from: 'before' }, context };
  }
  // `Reminded that Ferguson called him “a disgrace”, Wenger added:`: words that name something are the
  // namer's, whoever speaks next.
  if (NAMED_JUST_BEFORE.test(context.head) && countWordsUpTo(text.slice(piece.contentStart, piece.contentEnd), 7) <= 6) {
    const namer = attributionBefore(context.head);
    if (namer && namer.subject.kind !== 'document') return { located: { attribution: namer, paragraph, base: context.headStart, from: 'before' }, context };
  }
  const after = context.tail.trim() === '' || (closesSentence && reportsNewStatement(context.tail)) ? null : attributionAfter(context.tail);
  if (after) return { located: { attribution: after, paragraph, base: context.tailStart, from: after.cue === '―' ? 'dash' : 'after' }, context };
  before = !closesSentence && context.head.trim() !== '' ? attributionBefore(context.head) : null;
  if (before) return { located: { attribution: before, paragraph, base: context.headStart, from: 'before' }, context };
  if (context.sentenceStart < context.headStart) {
    // The sentence's earlier quotations are somebody's words: their verbs are not this one's cue.
    const wider = attributionBefore(withPiecesBlanked(text, context.sentenceStart, piece.start, pieces));
    if (wider) return { located: { attribution: wider, paragraph, base: context.sentenceStart, from: 'before' }, context };
  }
  // `There was an “absolute crisis” in …, the committee added.`: a sentence may close on the clause that
  // attributes what it quotes.
  // (A short partial quotation that runs on into the sentence shares the attribution that closes it.)
  const content = text.slice(piece.contentStart, piece.contentEnd);
  const partial = countWordsUpTo(content, 7) <= 6 && !/[,.!?;:]['’]?$/.test(content);
  const closing = closesSentence ? undefined : (closingAttribution(context.tail) ?? (partial ? closingAttribution(reading.sentenceTailPast(paragraph, index)) : undefined));
  if (closing) return { located: { attribution: closing.attribution, paragraph, base: context.tailStart + closing.offset, from: 'after' }, context };
  if (context.head.trim() === '' && paragraph > 0 && piece.start === 0) {
    // `Caddell continued:` closing the previous paragraph introduces this one.
    const previousText = paragraphs[paragraph - 1] as string;
    if (/:\s*$/.test(previousText)) {
      const lastStart = reading.endsOf(paragraph - 1).filter((end) => end < previousText.trimEnd().length).at(-1) ?? 0;
      const colon = attributionBefore(previousText.slice(lastStart));
      if (colon) return { located: { attribution: colon, paragraph: paragraph - 1, base: lastStart, from: 'colon' }, context };
    }
  }
  return { context };
}

/**
 * `Steve Ash told the BBC there are two parts to it. The most difficult is to … “…”`: reported speech one
 * sentence further back, when the sentence between names no one and so goes on with it.
 */
function reportedTwoBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): Located | undefined {
  const { paragraphs, mentionsByParagraph } = reading;
  const between = reading.sentenceJustBefore(paragraph, sentenceStart);
  if (!between || (mentionsByParagraph[between.where] ?? []).some((mention) => mention.start >= between.start && mention.start < between.end)) return undefined;
  if (/^\s*(?:He|She|It|They|The|A|An)\s+\p{Ll}+\s+(?:said|says|told|added)\b/u.test((paragraphs[between.where] as string).slice(between.start, between.end))) return undefined;
  return reportedJustBefore(reading, between.where, between.start);
}

/**
 * `Mr Babinet said the phone had advantages. “Getting music …”`: a quotation with no cue of its own that
 * follows a sentence of reported speech is in the voice of that sentence's speaker. The sentence must be
 * the one just before the quotation, hold no quotation itself, and open with its speaker.
 */
export function reportedJustBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): Located | undefined {
  const { paragraphs } = reading;
  const before = reading.sentenceJustBefore(paragraph, sentenceStart);
  if (!before) return undefined;
  const { where, start, end } = before;
  const text = paragraphs[where] as string;
  const sentence = text.slice(start, end);
  const cue = findCues(sentence).find((found) => !isWeakCue(found.word) && found.word !== 'according to');
  if (!cue) return undefined;
  const phrase = sentence.slice(0, cue.start);
  if (phrase.trim() === '' || countWordsUpTo(phrase, 21) > 20) return undefined;
  // `Then, says Mr Kotamaraja, the blogging world found out.`: the speaker may follow the cue.
  // `John Snow put a brave face on the news, saying …`: a participle's speaker opens the sentence.
  const participle = /ing$/.test(cue.word) && /,\s*$/.test(phrase) ? sentenceSubject(phrase) : null;
  const subject = participle ?? subjectOf(phrase) ?? (/,\s*$/.test(phrase) ? subjectAfterCue(sentence.slice(cue.end), cue.end) : null);
  if (!subject || subject.kind === 'document') return undefined;
  return { attribution: { cue: cue.word, subject }, paragraph: where, base: start, from: 'before' };
}

/**
 * Who speaks a quotation with no cue of its own, in order of evidence: the subject of its own sentence
 * when already known as a person; the speaker of the reported speech just before it; a person the
 * sentence before brings in; the voice of the quotation before it; the subject of the sentence before.
 */
function uncuedSpeaker(
  reading: ArticleReading,
  paragraph: number,
  piece: QuotePiece,
  context: PieceContext,
): { speaker: ResolvedSpeaker; mention?: string; cue?: string; inherited: boolean } | undefined {
  const { paragraphs, people, previousAccepted } = reading;
  const text = paragraphs[paragraph] as string;
  const opening = sentenceSubject(context.sentence.slice(0, piece.start - context.sentenceStart));
  const openingMention = opening ? reading.mentionAt(paragraph, context.sentenceStart + opening.start) : undefined;
  const openingPerson = openingMention ? people.byMention.get(openingMention) : undefined;
  // A lone word nobody has been called before (`Lots`, `Witnesses`) opens many sentences without naming anyone.
  const known = opening !== null && (opening.kind !== 'name' || openingPerson !== undefined || opening.text.includes(' '));
  const own = opening && known ? resolveSpeaker(reading, { attribution: { cue: '', subject: opening }, paragraph, base: context.sentenceStart, from: 'before' }) : undefined;
  if (own?.speaker) return { speaker: own.speaker, mention: own.mention, inherited: false };
  const opensSentence = text.slice(context.sentenceStart, piece.start).trim() === '';
  const reported = opensSentence ? (reportedJustBefore(reading, paragraph, context.sentenceStart) ?? reportedTwoBefore(reading, paragraph, context.sentenceStart)) : undefined;
  const fromReport = reported ? resolveSpeaker(reading, reported) : undefined;
  if (reported && fromReport?.speaker) return { speaker: fromReport.speaker, mention: fromReport.mention, cue: reported.attribution.cue, inherited: true };
  const introduced = opensSentence ? subjectJustBefore(reading, paragraph, context.sentenceStart, true) : undefined;
  if (introduced) return { speaker: { kind: 'person', person: introduced }, mention: introduced.name, inherited: true };
  const source = previousAccepted && paragraph - previousAccepted.paragraph <= FOLLOW_ON_PARAGRAPHS ? previousAccepted.quotation : undefined;
  // The caller copies `mention` only when it is set, so an empty one may stand in the object.
  if (source?.speaker) return { speaker: source.speaker, mention: source.mention || undefined, inherited: true };
  const subject = opensSentence ? subjectJustBefore(reading, paragraph, context.sentenceStart) : undefined;
  if (subject) return { speaker: { kind: 'person', person: subject }, mention: subject.name, inherited: true };
  return undefined;
}

/** Whether a quotation left open at the end of a paragraph is attributed in one of its next pieces. */
function chainAttributed(reading: ArticleReading, paragraph: number): boolean {
  const { paragraphs, piecesByParagraph } = reading;
  for (let next = paragraph + 1; next < Math.min(paragraphs.length, paragraph + 6); next++) {
    const first = piecesByParagraph[next]?.[0];
    if (!first?.continuesPrevious) return false;
    if (locateAttribution(reading, next, 0).located) return true;
    if (first.closed) return false;
  }
  return false;
}

function applyLocated(reading: ArticleReading, quotation: ExtractedQuotation, located: Located): void {
  const resolved = resolveSpeaker(reading, located, quotation.pieces);
  if (resolved.speaker) quotation.speaker = resolved.speaker;
  else delete quotation.speaker;
  quotation.mention = resolved.mention;
  quotation.cue = located.attribution.cue;
  if (resolved.role) quotation.role = resolved.role;
}

/**
 * `But a spokeswoman for MTV said … MTV spokeswoman Jeannie Kedas said …`: an unnamed spokesperson of a body
 * is the one the article names later with that role, when it names one only.
 */
function nameSpokespeople(quotations: ExtractedQuotation[], paragraphs: readonly string[], mentions: readonly NameMention[], people: ArticlePeople): void {
  const found = new Map<string, ArticlePerson | null>();
  for (const quotation of quotations) {
    const speaker = quotation.speaker;
    if (speaker?.kind !== 'description' || !speaker.text.includes('spokes')) continue;
    const unnamed = UNNAMED_SPOKESPERSON.exec(speaker.text);
    const body = unnamed?.[1] ?? unnamed?.[3];
    if (!unnamed || !body) continue;
    let named = found.get(speaker.text);
    if (named === undefined) {
      const role = new RegExp(String.raw`\b${escapeForPattern(body)}(?:['’]s)?\s+spokes${unnamed[2]}\s+$`);
      const holders = new Set<ArticlePerson>();
      for (const mention of mentions) {
        if (mention.inQuote || !mention.bare.includes(' ')) continue;
        const lead = (paragraphs[mention.paragraph] ?? '').slice(Math.max(0, mention.start - body.length - 20), mention.start);
        const person = people.byMention.get(mention);
        if (person && role.test(lead)) holders.add(person);
      }
      named = holders.size === 1 ? ([...holders][0] as ArticlePerson) : null;
      found.set(speaker.text, named);
    }
    if (named) quotation.speaker = { kind: 'person', person: named };
  }
}

/** `a spokeswoman for MTV`, `an MTV spokeswoman`: the body, and the word's ending (man, woman, person). */
const UNNAMED_SPOKESPERSON = /^(?:[Aa]n?|[Oo]ne)\s+(?:(\p{Lu}[\p{L}&.-]*)\s+)?spokes(man|woman|person)(?:\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}&.-]*))?$/u;

/** How much of an article's attributed quotations one person must have spoken to be its main speaker. */
const MAIN_SPEAKER_SHARE = 0.6;

/**
 * A quoted sentence with nothing at all to say whose it is (`David Blunkett in quotes`, a player
 * interviewed at length) holds the words of the person the article quotes most, when one person speaks
 * most of its attributed quotations. A few quoted words stay unattributed: they are as often a phrase in
 * the news as somebody's words.
 */
function giveUncuedToMainSpeaker(quotations: ExtractedQuotation[], paragraphs: readonly string[]): void {
  const counts = new Map<ArticlePerson, number>();
  let attributed = 0;
  for (const quotation of quotations) {
    if (quotation.speaker?.kind !== 'person') continue;
    attributed++;
    counts.set(quotation.speaker.person, (counts.get(quotation.speaker.person) ?? 0) + 1);
  }
  let main: ArticlePerson | undefined;
  for (const [person, count] of counts) if (person.person !== 'no' && count >= MAIN_SPEAKER_SHARE * attributed) main = person;
  if (!main) return;
  for (const quotation of quotations) {
    if (quotation.speaker || quotation.cue) continue;
    const first = quotation.pieces[0] as QuotePiece;
    const text = paragraphs[first.paragraph] as string;
    // Only a quotation that opens a sentence: words quoted inside the narrative (`the UK's biggest book
    // award`) or after a colon whose subject went unread (`the poster shows him saying: “…”`) may be anyone's.
    const opensSentence = /(?:^|[.!?]["”]?)\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start)) && /^[A-Z]/.test(text.slice(first.contentStart));
    // Each piece counted up to six: the sum reaches six exactly when the full counts' sum does.
    const words = quotation.pieces.reduce((total, piece) => total + countWordsUpTo((paragraphs[piece.paragraph] as string).slice(piece.contentStart, piece.contentEnd), 6), 0);
    if (opensSentence && words >= 6) quotation.speaker = { kind: 'person', person: main };
  }
}

/** `Birchfield Harrier`, `New Zealander`: capitalised words ending in a word for a person of a place or club. */
const CAPITALISED_EPITHET = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}\p{Ll}+(?:er|ian)$/u;
/** `The Archbishop of Canterbury`, `The Mayor of London`: an office in capitals, named by its place or body. */
const CAPITALISED_OFFICE = /^The\s(?:\p{Lu}\p{Ll}+\s){1,2}of\s(?:the\s)?\p{Lu}/u;

/** A suit as the subject of a verb of speech (`The lawsuit said`, `the suit claims`). */
const LAWSUIT = /^[Tt]he\s+(?:civil\s+)?(?:lawsuit|suit|complaint|legal action)$/;

/** Titles of papers and magazines shaped like such an epithet (`the Daily Mirror`, `the New Yorker`). */
const NEWSPAPER_NAME = /(?:Mirror|Observer|Examiner|Register|Reporter|Monitor|Courier|Leader|Yorker|Ledger|Guardian|Minister)$/;

/** `American`, `Frenchman`, `Spaniard`, `Scot`: a word for a person of a nation (`Vatican` is a place). */
const NATIONALITY = /^(?!Vatican$)(?:[A-Z][a-z]+(?:ian|ean|ican|man|ard|ese)|Scot|Swede|Dane|Briton|Finn|Pole|Czech|Greek|Turk|Serb|Croat|Kiwi|Aussie)$/;

/** `so-called `, `the term `, `terms like `, `known as `, `nicknamed `, `the word ` (not `the words`, which a poster or a speech may have): the writer names a term. */
const NAMED_TERM_BEFORE = /(?:\bso-called|\bthe\s+(?:terms?|word)|\bterms\s+(?:like|such\s+as)|\bknown\s+(?:\w+\s+){0,4}?as|\bnicknamed|\bLatin\s+for)\s*$/i;

/**
 * An office named in full as a speaker: a country's (`France's finance minister`) or one of several words
 * (`the Trade and Industry Secretary`). `The prime minister` or `the chancellor` alone is left to the
 * article's roles: the holder often goes unnamed, and the next name is someone else's.
 */
const OFFICE_HOLDER =
  /^(?:\p{Lu}[\p{L}]+['’]s?\s+(?:[\p{L}-]+\s+){0,3}|[Tt]he\s+(?:[\p{L}-]+\s+){2,4}|[Aa]n?\s+(?:[\p{L}-]+\s+){1,3})(?:minister|secretary|general|commissioner|ambassador|envoy|prosecutor|Minister|Secretary|General|Commissioner|Ambassador|MP|MEP|MSP|peer|backbencher)$/u;

/** The words for a person's trade or role that a definite description may end in. */
const PERSON_ROLE_NOUNS = String.raw`(?:agent|spokes(?:man|woman|person)|lawyer|solicitor|barrister|adviser|advisor|analyst|economist|campaigner|founder|owner|manager|coach|boss|director|executive|chairman|chairwoman|chief|presenter|singer|star|actor|actress|player|author|writer|producer|designer|developer|researcher|scientist|expert|professor|doctor|teacher|organiser|promoter|official|broadcaster|journalist|novelist|comedian|rapper|musician|artist|designer|chef|composer)`;
/**
 * `the agent`, `the spokesman`, `the feminist writer and broadcaster`: one person, named by a word for what they do. Offices held by one person
 * at a time (`the prime minister`, `the chancellor`) are left to the article's roles.
 */
const DEFINITE_PERSON = new RegExp(String.raw`^[Tt]he\s+(?:[a-z][a-z-]*\s+){0,2}${PERSON_ROLE_NOUNS}(?:\s+and\s+${PERSON_ROLE_NOUNS})?$`);

/** `Dipo Alli`: two or three capitalised words, as a person's name is written. */
const PLAIN_FULL_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’-]+){1,2}$/u;
/** `Stars In Their Eyes`: small words capitalised inside a name make it a title. */
const NAME_OF_A_WORK = /\s(?:In|Of|The|Their|And|For|On|At|To|A|An|His|Her|Its|Our|My|Your|With|From)\s/;

/** A passive verb of judging just before a quotation: `was dismissed as`, `has been branded`, `was hailed for his`. */
const PASSIVE_CUE_BEFORE =
  /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:described|branded|called|dismissed|criticised|criticized|condemned|hailed|labelled|labeled|attacked|praised|accused|dubbed|slammed|welcomed|derided|termed|denounced|lauded|blasted)\s+(?:as\s+|for\s+(?:its\s+|his\s+|her\s+|their\s+)?|of\s+)?(?:an?\s+|the\s+)?$/;

/** Verbs that attribute a whole sentence from its end (`…, the committee added.`); not `…, the biggest coffee shop brand`. */
const CLOSING_CUES =
  /^(?:said|says|added|adds|told|tells|claimed|claims|argued|argues|warned|warns|insisted|insists|explained|explains|noted|notes|stated|states|wrote|writes|admitted|admits|acknowledged|conceded|suggested|suggests|according to)$/;

/** After a cue at the end of a sentence, only a time or a place may follow (`… said on Thursday.`). */
const CLOSING_REST = /^\s*(?:(?:on|in|at|last|this|yesterday|today|to|during|after|earlier|later|recently|also|afterwards)\b[^,;:"“”]{0,40})?[.!?]['"’”]?\s*$/;

/**
 * The attribution in the last clause of a sentence that goes on after a quotation (`… in the recruitment
 * of statisticians, the Commons science and technology committee added.`): a comma, a short subject and a
 * cue, then nothing but a time or a place.
 */
function closingAttribution(tail: string): { attribution: ClauseAttribution; offset: number } | undefined {
  if (!/[.!?]['"’”]?\s*$/.test(tail)) return undefined;
  const comma = tail.lastIndexOf(',');
  if (comma < 0) return undefined;
  const clause = tail.slice(comma);
  const attribution = attributionAfter(clause, 8);
  if (!attribution || !CLOSING_CUES.test(attribution.cue)) return undefined;
  const cue = findCues(clause).find((found) => found.word === attribution.cue);
  if (!cue) return undefined;
  // `…, said David Anders at Merrill Lynch on Thursday.`: the subject may follow the cue.
  const subject = attribution.subject;
  const restFrom = subject.start > cue.start ? subject.start + subject.text.length : cue.end;
  if (!CLOSING_REST.test(clause.slice(restFrom))) return undefined;
  return { attribution, offset: comma };
}

/** `- Bolton boss Sam Allardyce `: a dash, then a speaker's name and perhaps a role, and nothing else. */
const LISTED_SPEAKER = /^\s*[-–—•]\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:[a-z]+\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*:?\s*$/u;

/** `a call for him to `, `a plea from … for`: a noun for words said, in the clause before a quotation. */
const SPEECH_NOUN_BEFORE =
  /\b(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:calls?|pleas?|appeals?|warnings?|demands?|requests?|criticism|attack|message|challenge|suggestions?|accusations?|claims?)\b[^.!?“”"]*$/;

