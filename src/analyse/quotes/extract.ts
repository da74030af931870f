import { escapeForPattern } from '../../util/pattern.js';
import { chainAttributed, chainGoesOnFromSpeech, type Located, locateAttribution, transcriptSpeaker } from './attributions.js';
import { hasStrongCue } from './cues.js';
import { isKnownFirstName } from './given-names.js';
import { PRONOUN_GENDER } from './lexicon.js';
import { doubleQuoted, findArticlePieces, type QuotePiece } from './marks.js';
import { notePronounsAfterSpeech } from './mention-grammar.js';
import type { NameMention } from './name-mention.js';
import { scanNames } from './names.js';
import { ArticlePeople, type ArticlePerson } from './people.js';
import { DEFINITE_DESCRIBED_PERSON, DESCRIBED_PERSON_HEAD, UNNAMED_ACTOR } from './pronoun-fallbacks.js';
import { applyLocated, uncuedSpeaker } from './quotation-speakers.js';
import { ArticleReading, countWordsUpTo } from './reading.js';

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
  /** An office its pronoun was read back to, for the corpus to settle (see `PronounReading`). */
  office?: string;
  /** Others who said the words with the speaker (`said Ms. Lake and Mr. Dunn`). */
  with?: ArticlePerson[];
}

export interface ArticleQuotes {
  quotations: ExtractedQuotation[];
  people: ArticlePeople;
  /** Every name mention, in document order. */
  mentions: NameMention[];
}

const ASKING_CUE = /^(?:asked|asks|asking)$/;

/**
 * A question put last in its paragraph (`“…?” Robertson asked.`) after someone else's quotation, which the next
 * paragraph may answer; any other quotation there clears it. (Not a question after the asker's own words,
 * `“Is that all?” the president asked when told …`, which the asker goes on from.)
 */
function noteQuestion(reading: ArticleReading, quotations: readonly ExtractedQuotation[], quotation: ExtractedQuotation, paragraph: number, lastInParagraph: boolean, content: string): void {
  const asker = quotation.speaker?.kind === 'person' ? quotation.speaker.person : undefined;
  const at = quotations.lastIndexOf(quotation);
  const before = at > 0 ? (quotations[at - 1] as ExtractedQuotation).speaker : undefined;
  const answerer = before?.kind === 'person' && before.person !== asker ? before.person : undefined;
  if (asker && answerer && lastInParagraph && ASKING_CUE.test(quotation.cue ?? '') && /\?['’]?\s*$/.test(content)) reading.lastQuestion = { asker, answerer, paragraph };
  else if (reading.lastQuestion?.paragraph === paragraph) reading.lastQuestion = undefined;
}

/**
 * `“… What would you do?” Robertson asked. ¶ “Well, I think …,” he said.`: the answer that opens the paragraph
 * after a question is not the asker's, whom `he` would reach as the last speaker, but the one who spoke before
 * the question, of the same gender.
 */
function answerNotAsker(reading: ArticleReading, quotation: ExtractedQuotation, paragraph: number, piece: QuotePiece): void {
  const question = reading.lastQuestion;
  if (!question || paragraph !== question.paragraph + 1 || piece.start !== 0) return;
  if (quotation.speaker?.kind !== 'person' || quotation.speaker.person !== question.asker) return;
  const pronoun = PRONOUN_GENDER.get((quotation.mention ?? '').toLowerCase());
  const answerer = question.answerer;
  if ((pronoun !== 'm' && pronoun !== 'f') || answerer.person !== 'yes') return;
  if (answerer.gender !== undefined && answerer.gender !== pronoun) return;
  quotation.speaker = { kind: 'person', person: answerer };
}

/** A quotation with no speech cue in its sentence must be at least this long, or read like a sentence. */
const MIN_UNCUED_WORDS = 4;

const SMALL_TITLE_WORDS = /^(a|an|the|and|or|of|in|on|at|to|for|with|from|by|is|are|be|vs|de|la|el|le)$/;

/** A first name just before a quote mark (`Antonio “`), and a surname just after one (`” Reid`). */
const NAME_WORD_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s$/u;
/** A capitalised word (a title, another given name) ending right before the given name. */
const CAPITALISED_BEFORE_GIVEN = /\p{Lu}[\p{L}.]*\s$/u;
/** `called `, `named `: a name given right before the quote mark. */
const NAMED_RIGHT_BEFORE = /\b(?:called|named)\s$/;
/** `he called `, `what she named `: a pronoun that calls it so is somebody speaking. */
const NAMED_BY_SOMEONE = /\b(?:I|he|she|we|they|you|who)\s+(?:\w+ly\s+)?(?:called|named)\s$/;

/** What a nickname looks like: capitalised, perhaps after `the` (`LA`, `Fathead`, `the Whirlwind`). */
const NICKNAME = /^\s*(?:the\s+)?\p{Lu}/u;
const NAME_WORD_AFTER = /^\s\p{Lu}[\p{Ll}'’-]+(?:[\s,.;:]|$)/u;

/** `so-called `, `the term `, `terms like `, `known as `, `nicknamed `, `the word ` (not `the words`, which a poster or a speech may have): the writer names a term. */
// (`the nickname of “bird fancier's lung”`, `it's been dubbed “…”`, `diagnosed with “…”`, `what's called “…”`,
// `a condition called “…”`: a name given with no one to give it.)
const NAMED_TERM_BEFORE =
  /(?:\bso-called|\bthe\s+(?:terms?|word)|\bterms\s+(?:like|such\s+as)|\bknown\s+(?:\w+\s+){0,4}?as|\bnicknamed|\bLatin\s+for|\bthe\s+nickname(?:\s+of)?|\b(?:been|being|is|are|was|were|be)\s+(?:\w+ly\s+|instead\s+)?dubbed|\bdiagnosed\s+with|\bwhat(?:['’]s|\s+is|\s+was|\s+are)\s+(?:called|dubbed|termed)|\b(?:condition|disease|syndrome|phenomenon|process|technique|practice|scheme|system|tactic|method)\s+(?:called|dubbed|termed|named))\s*$/i;

const TITLED_RIGHT_BEFORE = /\b(?:titled|entitled)\s*$/i;

/** Whether a short piece is a term the writer names: after `terms like`, renamed `from` one `to` another, or listed after such a term. */
function namedTerm(text: string, pieces: readonly QuotePiece[], index: number): boolean {
  const piece = pieces[index] as QuotePiece;
  const before = text.slice(Math.max(0, piece.start - 32), piece.start);
  if (REPLACED_WITH_BEFORE.test(before) || (FROM_BEFORE.test(before) && TO_QUOTATION_AT.test(text.slice(piece.end, piece.end + 8)))) return true;
  const previous = pieces[index - 1];
  if (!previous || !TERMS_JOINED.test(text.slice(previous.end, piece.start))) return false;
  return NAMED_TERM_BEFORE.test(text.slice(Math.max(0, previous.start - 32), previous.start)) || namedTerm(text, pieces, index - 1);
}

/** ` be replaced with `, ` renamed `: a word put in another's place, right before it. */
const REPLACED_WITH_BEFORE = /\b(?:replaced\s+(?:with|by)|renamed)\s*$/i;
/** ` from `, right before a word renamed (`from “master” to “main”`). */
const FROM_BEFORE = /\bfrom\s*$/i;
/** ` to “`: the word a renamed one becomes, quoted next. */
const TO_QUOTATION_AT = /^[\s,]*to\s+[“"]/;
/** ` and `, `, or `, ` to `: what joins two terms in a list or a renaming. */
const TERMS_JOINED = /^[\s,]*(?:and|or|to)\s*$/;

/** `Meet the Press`, `Lyin' Ted`, `13th`: a name or title of a work, not somebody's words. */
function looksLikeTitle(content: string): boolean {
  // Most quotations are long: count their words before building them.
  if (countWordsUpTo(content, 10) > 9) return false;
  const words = content.replace(/[.,!?:;]+$/, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu) ?? [];
  // (`Zombies on Film: The Definitive Story of Undead Cinema`: a subtitle makes a title long.)
  if (words.length === 0 || words.length > 9) return false;
  return words.every((word, index) => {
    const first = word[0] as string;
    if (/\p{N}/u.test(first)) return true;
    if (first !== first.toLowerCase()) return true;
    return index > 0 && SMALL_TITLE_WORDS.test(word);
  });
}

/** Verbs of writing, whose object in title case is a work, not words said. */
const WRITING_CUE = /^(?:wrote|writes|write|writing|written|penned)$/;

/** What stands between two items of a list: a comma, `and`, `or`. */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:and|or)?|and|or|&)\s*$/;

/** Whether a title-like piece stands in a list with another title-like piece next to it. */
function inListOfTitles(text: string, pieces: readonly QuotePiece[], index: number): boolean {
  const piece = pieces[index] as QuotePiece;
  // (`“Listen To The Music,” “Black Water,”`: the comma may stand inside the marks.)
  const separated = (first: QuotePiece, second: QuotePiece): boolean =>
    LIST_SEPARATOR.test(text.slice(first.end, second.start)) || (/,$/.test(text.slice(first.contentStart, first.contentEnd)) && /^\s*(?:and\s+|or\s+)?$/.test(text.slice(first.end, second.start)));
  const titled = (other: QuotePiece): boolean => looksLikeTitle(text.slice(other.contentStart, other.contentEnd));
  const previous = pieces[index - 1];
  const next = pieces[index + 1];
  return (previous !== undefined && separated(previous, piece) && titled(previous)) || (next !== undefined && separated(piece, next) && titled(next));
}

/** Most paragraphs hold no quotation: one shared answer spares a closure for each. */
const NEVER_IN_QUOTE = (): boolean => false;

export function extractArticleQuotes(written: readonly string[], title?: string): ArticleQuotes {
  // (`the official 'did not have direct knowledge'`: an article that quotes between single marks is read as one
  // that uses double ones.)
  const paragraphs = doubleQuoted(written);
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
  people.separateNamesakes(paragraphs);
  notePronounsAfterSpeech(paragraphs, mentionsByParagraph, people);
  const reading = new ArticleReading(paragraphs, allPieces, people, mentionsByParagraph);
  reading.title = title;
  const answers = interviewAnswers(paragraphs, allPieces);
  const labelled = labelledSections(paragraphs, mentionsByParagraph, people);
  const answered: ExtractedQuotation[] = [];
  const interviewee = answers.size > 0 && title ? personInTitle(title, people) : undefined;
  const quotations: ExtractedQuotation[] = [];
  let open: ExtractedQuotation | undefined;
  const inherited = new Set<ExtractedQuotation>();

  paragraphs.forEach((text, paragraph) => {
    const pieces = allPieces[paragraph] as QuotePiece[];
    let previousInParagraph: { quotation: ExtractedQuotation; from: Located['from'] | undefined; piece: QuotePiece } | undefined;
    pieces.forEach((piece, index) => {
      const content = text.slice(piece.contentStart, piece.contentEnd);
      // (A transcript's next line, `"WALLACE: …`, is the next speaker's, not more of the open quotation.)
      if (piece.continuesPrevious && open && transcriptSpeaker(content.slice(0, 40))) open = undefined;
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
        reading.lastQuotedParagraph = paragraph;
        noteQuestion(reading, quotations, quotation, paragraph, index === pieces.length - 1 && piece.closed, content);
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
      const cuedSentence = located !== undefined || hasStrongCue(context.sentence);
      const sentenceLike = /^[\p{Lu}\p{N}'‘’…[(]/u.test(content) && words >= 4;
      let accepted: boolean;
      // A capitalised phrase is a name or a title (`Meet the Press`, `Lyin' Ted`) unless somebody is said to
      // have used it (`Trump called her “Miss Piggy”`); after a possessive or `on` it names a show or work.
      // (`for writing “Pulp Fiction,”`, `the drama “Rabbit Hole”`, `such shows as “Thoroughly Modern Millie”`,
      // `told “Fox News Sunday.”`:
      // what someone wrote or made, a kind of work, or a list of examples; not `wrote “Trump 2016” on the
      // sidewalk`, words written down.)
      // (`Appearing on CBS’ “Face the Nation,”`: a possessive may end on its apostrophe.)
      const namesWork =
        /(['’]s|s['’]|\b(on|in|of|the|told|titled|entitled|show|film|book|program|programme|documentary|movie|album|song|episode|drama|comedy|comedies|musical|play|novel|series|epic|opera|sitcom|memoir|writing|written|penned|directed|composed|starred\s+in|such\s+(?:[a-z]+\s+){0,2}as))\s*$/i.test(
          text.slice(Math.max(0, piece.start - 32), piece.start),
        );
      // `Antonio “LA” Reid`, `Jimmy “the Whirlwind” White`: a nickname between a first name and a surname.
      if (piece.closed && words <= 3 && NICKNAME.test(content) && NAME_WORD_AFTER.test(text.slice(piece.end, piece.end + 24))) {
        const before = text.slice(Math.max(0, piece.start - 40), piece.start);
        const given = NAME_WORD_BEFORE.exec(before)?.[1];
        // (`President Joko “Jokowi” Widodo`: a given name no list knows, after a title or another part of the name.)
        if (given && (isKnownFirstName(given) || CAPITALISED_BEFORE_GIVEN.test(before.slice(0, before.length - given.length - 1)))) return;
      }
      // `including “Listen To The Music,” “Black Water,” “China Grove” and others`: titles listed together are
      // songs or books, whatever verb the sentence has.
      // (Unless a cue names them as someone's words: `called them “Lyin’ Ted” and “Little Marco”`; `according
      // to` gives a source for the facts, not for the words.)
      // (`who wrote melodies for “Thoroughly Modern Millie” and “Caroline, or Change”`: nor does a verb of writing.)
      if (title && (!located || located.attribution.cue === 'according to' || WRITING_CUE.test(located.attribution.cue)) && inListOfTitles(text, pieces, index)) return;
      // (`a film … called “White Zombie.”`: a title-cased name right after `called` is a name, unless someone
      // calls it so, `what he called “Bill Clinton Inc.”`.)
      const namedThing = NAMED_RIGHT_BEFORE.test(text.slice(Math.max(0, piece.start - 8), piece.start)) && !NAMED_BY_SOMEONE.test(text.slice(Math.max(0, piece.start - 24), piece.start));
      if (title) accepted = !namesWork && !namedThing && (tightlyAttributed || (cuedSentence && located !== undefined));
      else if (located || cuedSentence) accepted = words >= 1;
      else accepted = sentenceLike || words >= MIN_UNCUED_WORDS;
      // A paragraph that opens a quotation it does not close is a quotation over several paragraphs when its
      // chain is attributed further on, or when it goes on after a quotation just given or reported speech and
      // closes later (`“…,” Kemble said. ¶ “As a former Kiwi player, … ¶ “But what matters … ¶ “… later this year.”`).
      // (`“Some of these players need to be spoken to. ¶ AFL hero Ron Barassi said …`: a paragraph that is one
      // quoted sentence left open, the next paragraph no part of it, lost its closing mark.)
      const leftOpen = piece.start === 0 && sentenceLike && !(allPieces[paragraph + 1]?.[0]?.continuesPrevious ?? false);
      if (accepted && !located && !piece.closed && index === pieces.length - 1 && !leftOpen && !chainAttributed(reading, paragraph) && !chainGoesOnFromSpeech(reading, paragraph)) {
        accepted = false;
      }
      // `the so-called "next wave" countries`, `the term "time-shifting"`, `known as "Dracula"`: a term the
      // writer names is no one's quotation, unless a cue right after it says whose it is.
      if (accepted && !tightlyAttributed && words <= 8 && NAMED_TERM_BEFORE.test(text.slice(Math.max(0, piece.start - 32), piece.start))) accepted = false;
      // (`coding terms like "master" and "slave."`, `from "master" to "main."`, `be replaced with "ethical" and
      // "unethical."`: nor is a term listed after one, or a word another is renamed from or to.)
      if (accepted && !tightlyAttributed && words <= 3 && namedTerm(text, pieces, index)) accepted = false;
      // (`A 2017 BuzzFeed article titled “What It’s Like To Take An Anti-Fascist Self-Defense Class”`: what
      // follows `titled` is a title, however long.)
      if (accepted && TITLED_RIGHT_BEFORE.test(text.slice(Math.max(0, piece.start - 12), piece.start))) accepted = false;
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
      // (`…,” said X, author of “Zombies on Film”`: a work's title, named as one, goes on no quotation.)
      if (!accepted && (!continuesBroken || (title && namesWork))) return;

      let quotation: ExtractedQuotation;
      let followsOn = false;
      if (continuesBroken && previousInParagraph) {
        quotation = previousInParagraph.quotation;
        quotation.pieces.push(piece);
        if (located && (!quotation.cue || inherited.has(quotation))) {
          applyLocated(reading, quotation, located);
          inherited.delete(quotation);
        }
      } else {
        quotation = { pieces: [piece] };
        if (located) {
          applyLocated(reading, quotation, located);
          answerNotAsker(reading, quotation, paragraph, piece);
        } else if (index === 0 && answers.has(paragraph)) {
          // An interview's answer is the interviewee's, whoever its question names (`Who's your favourite
          // celebrity?`): one named in the title, or else the one the article quotes most (settled below).
          answered.push(quotation);
          if (interviewee) quotation.speaker = { kind: 'person', person: interviewee };
        } else if (index === 0 && piece.start === 0 && labelled[paragraph]) {
          // (`Lou Clancy: Now editor-in-chief of the Toronto Sun, …` ¶ `“Dusty and I …”`: a roundup's quotations
          // under a name's label are that person's.)
          quotation.speaker = { kind: 'person', person: labelled[paragraph] as ArticlePerson };
        } else {
          const uncued = uncuedSpeaker(reading, paragraph, piece, context);
          followsOn = uncued?.followsOn === true;
          if (uncued) {
            quotation.speaker = uncued.speaker;
            if (uncued.with) quotation.with = uncued.with;
            if (uncued.mention) quotation.mention = uncued.mention;
            if (uncued.cue) quotation.cue = uncued.cue;
            // A cue of the quotation's own, in a later piece, still outranks what was read around it.
            if (uncued.inherited) inherited.add(quotation);
          }
        }
        quotations.push(quotation);
      }
      if (quotation.speaker?.kind === 'person') {
        // (`The writing was easy, says Wiig, …. ¶ It bemuses Wiig that the film has been described as “raunchy”. “…,” she
        // says`: words inside a sentence that only the last voice was left to speak do not make that voice the last to
        // have spoken there, so whoever acted since still comes after it.)
        if (!followsOn || reading.lastSpeaker !== quotation.speaker.person) reading.lastSpeakerAt = { paragraph, offset: piece.end };
        reading.lastSpeaker = quotation.speaker.person;
        if (quotation.role && !reading.lastSpeaker.role) reading.lastSpeaker.role = quotation.role;
        reading.lastDescribed = undefined;
      } else if (
        quotation.speaker?.kind === 'description' &&
        (DESCRIBED_PERSON_HEAD.test(quotation.speaker.text) || UNNAMED_ACTOR.test(quotation.speaker.text) || DEFINITE_DESCRIBED_PERSON.test(quotation.speaker.text))
      ) {
        // (`“…,” the diplomat said. ¶ But he added …. ¶ “…,” he said`: one called by `the` and a role the article
        // gives no name goes on too.)
        reading.lastDescribed = { speaker: quotation.speaker, paragraph, offset: piece.end };
      }
      noteQuestion(reading, quotations, quotation, paragraph, index === pieces.length - 1, content);
      reading.previousAccepted = { quotation, paragraph };
      reading.lastQuotedParagraph = paragraph;
      previousInParagraph = { quotation, from: located?.from, piece };
      if (!piece.closed && index === pieces.length - 1) open = quotation;
    });
  });
  if (answered.length > 0 && !interviewee) {
    const main = mostQuoted(quotations, new Set(answered));
    if (main) for (const quotation of answered) quotation.speaker = { kind: 'person', person: main };
  }
  giveUncuedToMainSpeaker(quotations, paragraphs);
  nameSpokespeople(quotations, paragraphs, mentions, people);
  nameLedeDescription(quotations, paragraphs, mentions, people);
  return { quotations, people, mentions };
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
    // (`Her spokeswoman said …` ¶ `“…,” spokeswoman Stephanie Grisham said.`: one whose spokesperson, by a
    // pronoun, is whoever the article gives that word before a name.)
    const owned = body ? null : OWNED_SPOKESPERSON.exec(speaker.text);
    if (!(unnamed && body) && !owned) continue;
    let named = found.get(speaker.text);
    if (named === undefined) {
      const role = body && unnamed ? new RegExp(String.raw`\b${escapeForPattern(body)}(?:['’]s)?\s+spokes${unnamed[2]}\s+$`) : new RegExp(String.raw`\bspokes${owned?.[1]}\s+$`);
      const holders = new Set<ArticlePerson>();
      for (const mention of mentions) {
        if (mention.inQuote || !mention.bare.includes(' ')) continue;
        const lead = (paragraphs[mention.paragraph] ?? '').slice(Math.max(0, mention.start - (body?.length ?? 0) - 20), mention.start);
        const person = people.byMention.get(mention);
        if (person && role.test(lead)) holders.add(person);
      }
      named = holders.size === 1 ? ([...holders][0] as ArticlePerson) : null;
      found.set(speaker.text, named);
    }
    if (named) quotation.speaker = { kind: 'person', person: named };
  }
}

/**
 * `A top regional Federal Reserve official sharply criticized … as a “dangerous gamble.” ¶ Federal Reserve Bank
 * of Kansas City President Thomas M. Hoenig, …, said … “…”`: a lead that keeps its first speaker unnamed, to
 * name them just after. The article's first speaker, described with `a`/`an` as the subject opening its first
 * or second paragraph, is the next one quoted by name, when that is the first person the next two paragraphs
 * name and the article had not named them before; not a spokesperson, nor a source the lead says is kept
 * anonymous.
 */
function nameLedeDescription(quotations: ExtractedQuotation[], paragraphs: readonly string[], mentions: readonly NameMention[], people: ArticlePeople): void {
  const first = quotations.find((quotation) => quotation.speaker !== undefined);
  const lead = first?.speaker;
  const paragraph = first?.pieces[0]?.paragraph;
  if (lead?.kind !== 'description' || paragraph === undefined || paragraph > 1) return;
  const text = paragraphs[paragraph] as string;
  // (A spokesperson speaks for a body, and stays unnamed: `a Premier League spokesman confirmed`.)
  // (Nor a source, whom the word itself keeps unnamed: `A source told CNN that …`.)
  if (!INDEFINITE_PERSON.test(lead.text) || lead.text.includes('spokes') || /\bsource\b/.test(lead.text) || !(DESCRIBED_PERSON_HEAD.test(lead.text) || PERSON_NOUN.test(headNoun(lead.text))) || KEPT_ANONYMOUS.test(text)) return;
  // (Only the lead's subject: `On the same day, a state representative told a local TV reporter …` goes on
  // with a story, not a lead.)
  const at = text.indexOf(lead.text);
  if (at < 0 || !DATELINE_OR_NOTHING.test(text.slice(0, at))) return;
  const next = quotations.find((quotation) => quotation.speaker?.kind === 'person' && (quotation.pieces[0]?.paragraph ?? 0) > paragraph);
  if (next?.speaker?.kind !== 'person') return;
  const named = next.speaker.person;
  // The one brought in: the first person named outside quotations after the lead, within two paragraphs,
  // named there for the first time.
  const introduced = mentions.find((mention) => mention.paragraph > paragraph && !mention.inQuote && people.byMention.get(mention)?.person !== 'no');
  if (!introduced || introduced.paragraph > paragraph + 2 || people.byMention.get(introduced) !== named || named.mentions.some((mention) => mention.paragraph <= paragraph)) return;
  if (named.person !== 'yes' && !named.name.includes(' ')) return;
  for (const quotation of quotations) {
    if (quotation.speaker?.kind === 'description' && quotation.speaker.text === lead.text) quotation.speaker = { kind: 'person', person: named };
  }
}

/** `A top regional Federal Reserve official`: one person, described and not yet named. */
const INDEFINITE_PERSON = /^[Aa]n?\s/;
/** `professor` in `A University of Michigan professor`, `adviser` in `A Romney adviser on international affairs`. */
function headNoun(description: string): string {
  const words = description.split(/\s+/);
  return words.find((word, at) => /^[a-z-]+$/.test(word) && (at === words.length - 1 || HEAD_ENDS_BEFORE.test(words[at + 1] as string))) ?? '';
}

/** What may follow a description's head noun: a preposition or a relative pronoun. */
const HEAD_ENDS_BEFORE = /^(?:of|at|on|in|for|from|with|to|who)$/;
/** `professor`, `adviser`, `associate`: a word for one person by what they do or are. */
const PERSON_NOUN = /^[a-z-]+(?:man|woman|er|or|ist|ian|ant|ent|ate)$/;
/** `WASHINGTON (AP) — `, or nothing: what may stand before a lead's subject. */
const DATELINE_OR_NOTHING = /^(?:\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]*\))?\s*[—–-]+\s*)?$/u;
/** Why a source goes unnamed: the lead says so, and the next paragraph's name is someone else. */
const KEPT_ANONYMOUS = /\banonymity\b|\bnot authori[sz]ed\b|\b(?:declined|asked|requested|wished)\s+not\s+to\s+be\s+(?:named|identified)\b|\bspoke\s+on\s+(?:the\s+)?condition\b/;

/** `a spokeswoman for MTV`, `an MTV spokeswoman`: the body, and the word's ending (man, woman, person). */
/** `Her spokeswoman`, `his spokesman`: a spokesperson whose principal a pronoun gives. */
const OWNED_SPOKESPERSON = /^(?:[Hh]er|[Hh]is)\s+spokes(man|woman|person)$/;
const UNNAMED_SPOKESPERSON = /^(?:[Aa]n?|[Oo]ne)\s+(?:(\p{Lu}[\p{L}&.-]*)\s+)?spokes(man|woman|person)(?:\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}&.-]*))?$/u;

/** The longest question an interviewer's paragraph is taken to be. */
const MAX_QUESTION_LENGTH = 400;
/** Quote marks of any kind: an interviewer's question holds none. */
const ANY_QUOTE_MARK = /["“”«»]/;

/**
 * The paragraphs that answer an interviewer's question: a paragraph that is one quotation and nothing else,
 * right after a short paragraph that asks (`What exactly are you up to on Celebrity Predictions?`). One such
 * pair is as often a rhetorical question in a report (`What did Suh say after the play?`, answered by Suh),
 * so an article needs two before its answers are read as an interview's.
 */
function interviewAnswers(paragraphs: readonly string[], allPieces: readonly QuotePiece[][]): Set<number> {
  const answers = new Set<number>();
  for (let paragraph = 1; paragraph < paragraphs.length; paragraph++) {
    const pieces = allPieces[paragraph] as QuotePiece[];
    const answer = pieces[0];
    if (pieces.length !== 1 || !answer || answer.start !== 0 || answer.continuesPrevious) continue;
    if ((paragraphs[paragraph] as string).slice(answer.end).trim() !== '') continue;
    const question = (paragraphs[paragraph - 1] as string).trim();
    if ((allPieces[paragraph - 1] as QuotePiece[]).length > 0 || question.length > MAX_QUESTION_LENGTH) continue;
    if (question.endsWith('?') && !ANY_QUOTE_MARK.test(question)) answers.add(paragraph);
  }
  return answers.size >= 2 ? answers : new Set();
}

/** The one person of the article whose name the title holds (`Dave Berry`, `Q&A: Kristen Wiig`), if one. */
function personInTitle(title: string, people: ArticlePeople): ArticlePerson | undefined {
  let found: ArticlePerson | undefined;
  for (const person of people.people) {
    if (person.person === 'no' || !person.name.includes(' ')) continue;
    if (!new RegExp(`(?:^|[^\\p{L}])${escapeForPattern(person.name)}(?![\\p{L}])`, 'u').test(title)) continue;
    if (found && found !== person) return undefined;
    found = person;
  }
  return found;
}

/** `Roger Ebert: The famous U.S. film critic …`: a full name and a colon opening a paragraph. */
const LABEL_OPENING = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}):\s+\p{Lu}/u;

/**
 * For each paragraph after a roundup's label (`Lou Clancy: Now editor-in-chief of …`) and before the next,
 * the labelled person: tributes and reactions gathered under names. An article needs two labels for them to
 * be read so (one `Name: …` opening is as often a transcript's line or a headline's).
 */
function labelledSections(paragraphs: readonly string[], mentionsByParagraph: readonly NameMention[][], people: ArticlePeople): (ArticlePerson | undefined)[] {
  const labels: (ArticlePerson | undefined)[] = [];
  let count = 0;
  // The label's own paragraph holds its description; the quotations follow it, up to the next label.
  let current: ArticlePerson | undefined;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const label = LABEL_OPENING.exec(paragraphs[paragraph] as string)?.[1];
    if (label === undefined) {
      labels.push(current);
      continue;
    }
    const mention = (mentionsByParagraph[paragraph] ?? []).find((found) => found.start <= 1 && found.text === label);
    const person = mention ? people.byMention.get(mention) : undefined;
    current = person && person.person !== 'no' && person.name.includes(' ') ? person : undefined;
    if (current) count++;
    labels.push(undefined);
  }
  return count >= 2 ? labels : [];
}

/** How many of the quotations that `counted` takes each person is given. */
function quotationsByPerson(quotations: readonly ExtractedQuotation[], counted: (quotation: ExtractedQuotation) => boolean): Map<ArticlePerson, number> {
  const counts = new Map<ArticlePerson, number>();
  for (const quotation of quotations) {
    if (quotation.speaker?.kind !== 'person' || !counted(quotation)) continue;
    counts.set(quotation.speaker.person, (counts.get(quotation.speaker.person) ?? 0) + 1);
  }
  return counts;
}

/** The person most of the article's cued quotations are given to (two at least, more than anyone else's). */
function mostQuoted(quotations: readonly ExtractedQuotation[], leaveOut: ReadonlySet<ExtractedQuotation>): ArticlePerson | undefined {
  const counts = quotationsByPerson(quotations, (quotation) => !leaveOut.has(quotation) && Boolean(quotation.cue));
  let best: ArticlePerson | undefined;
  let bestCount = 1;
  let tied = false;
  for (const [person, count] of counts) {
    if (count > bestCount) [best, bestCount, tied] = [person, count, false];
    else if (count === bestCount) tied = true;
  }
  return tied ? undefined : best;
}

/** How much of an article's attributed quotations one person must have spoken to be its main speaker. */
const MAIN_SPEAKER_SHARE = 0.6;

/**
 * A quoted sentence with nothing at all to say whose it is (`David Blunkett in quotes`, a player
 * interviewed at length) holds the words of the person the article quotes most, when one person speaks
 * most of its attributed quotations. A few quoted words stay unattributed: they are as often a phrase in
 * the news as somebody's words.
 */
function giveUncuedToMainSpeaker(quotations: ExtractedQuotation[], paragraphs: readonly string[]): void {
  const counts = quotationsByPerson(quotations, () => true);
  let attributed = 0;
  for (const count of counts.values()) attributed += count;
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
