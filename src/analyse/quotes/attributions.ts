import { titleCase } from '../../util/title-case.js';
import { attributionAfter, TELLING } from './attribution-after.js';
import { attributionBefore, CLOSING_CUE_SUBJECT, CONJUNCTION_ONLY, REPORTING_SOURCE_CUE } from './attribution-before.js';
import { withPartyTagsBlanked } from './clause-trimming.js';
import { findCues, isNounLikeCue, isWeakCue } from './cues.js';
import { DOCUMENT_NOUNS } from './lexicon.js';
import type { QuotePiece } from './marks.js';
import { WEEKDAY, WEEKDAY_WORDS } from './name-words.js';
import { type ArticleReading, countWordsUpTo, sentenceAround, withPiecesBlanked } from './reading.js';
import { sentenceSubject } from './sentence-subject.js';
import { subjectAfterCue } from './subject-after-cue.js';
import type { ClauseAttribution, Subject } from './subject-of-part.js';
import { subjectOf } from './subject-of-phrase.js';

/** `the `, `his `: a determiner right before a quotation, which makes it a noun. */
const DETERMINER_JUST_BEFORE = /\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s+$/i;

/**
 * Where a quote piece's attribution is: the clause before or after it in its sentence, a clause closing
 * the sentence, the paragraph before (`Caddell continued:`), or, for a piece with no cue of its own, the
 * reported speech in the sentence before.
 */

/** An attribution found for a quote piece: the clause's reading, where the clause is, and on which side of the piece. */
export interface Located {
  attribution: ClauseAttribution;
  paragraph: number;
  /** Offset of the clause text in the paragraph, to place the subject. */
  base: number;
  from: 'after' | 'before' | 'colon' | 'dash';
}

/** The text around a quote piece: what stands before and after it in its sentence, up to the pieces beside it. */
export interface PieceContext {
  head: string;
  headStart: number;
  tail: string;
  tailStart: number;
  sentenceStart: number;
  /** The sentence around the piece, the piece itself left out. */
  sentence: string;
}

/** ` asked whether the CIA was `, ` asked Bright if officials have prepared the country for the `: a question put with `if` or `whether`, still open at the end. */
const QUESTION_OPEN_AT_END = /\b(?:asked|asks|asking)\b[^.;:!?“”"]{0,120}\b(?:if|whether)\s[^,.;:!?“”"]{0,160}$/;

/** `asked`, `asks`: the cue of one who puts a question. */
const ASKING = /^(?:asked|asks|asking)$/;

/** `, but `, `; while `: a conjunction opening the next clause right after a quotation. */
const NEXT_CLAUSE_AFTER = /^\s*[,;]?\s*(?:but|while|whereas)\s/;

/**
 * The attribution of a paragraph's piece, `index` among its pieces, where one is found, with the piece's
 * context, from which the caller decides whether the piece is a quotation at all.
 */
export function locateAttribution(reading: ArticleReading, paragraph: number, index: number): { located?: Located; context: PieceContext } {
  const { paragraphs, piecesByParagraph } = reading;
  const text = paragraphs[paragraph] as string;
  const pieces = piecesByParagraph[paragraph] as QuotePiece[];
  const piece = pieces[index] as QuotePiece;
  const context = contextOf(text, pieces, index, reading.endsOf(paragraph));
  // `"PENCE: Well, look, …`: a transcript's line opens with its speaker's name in capitals.
  const label = transcriptSpeaker(text.slice(piece.contentStart, Math.min(piece.contentEnd, piece.contentStart + 40)));
  if (label) return { located: { attribution: { cue: ':', subject: label }, paragraph, base: piece.contentStart, from: 'colon' }, context };
  // `self-described "democratic socialist" Sen. Bernie Sanders`: the words one calls oneself are one's own.
  if (SELF_DESCRIBED_BEFORE.test(context.head.slice(-24))) {
    const self = subjectAfterCue(context.tail);
    if (self?.kind === 'name') return { located: { attribution: { cue: 'self-described', subject: self }, paragraph, base: context.tailStart, from: 'after' }, context };
  }
  // (`Mr Kim said … that Mr Trump's remarks “have convinced me …”`: words that open on a verb are the predicate
  // of the possessed noun before them, not what its owner said; the one who reports that clause speaks.)
  const possessed = POSSESSED_SPEECH_NOUN_AT_END.exec(context.head);
  if (possessed?.[1] && isNounLikeCue(possessed[1]) && PREDICATE_OPENING.test(text.slice(piece.contentStart, piece.contentEnd))) {
    const reporter = attributionBefore(context.head.slice(0, possessed.index));
    if (reporter && reporter.subject.kind !== 'document') return { located: { attribution: reporter, paragraph, base: context.headStart, from: 'before' }, context };
  }
  // `Regarding Trump’s repeated claim that the inquiry is a “witch-hunt”, Cohen said`, `Becerra said Trump's
  // descriptions of migrants as “rapists” reminded him …`: words inside what a named person's claim, remark or
  // threat says are that person's, whoever speaks in the clause around the noun.
  const contentFrom = Math.max(0, context.head.length - 160);
  const possessedContent = POSSESSED_SPEECH_NOUN_CONTENT.exec(context.head.slice(contentFrom));
  const speechNoun = possessedContent?.[2] ?? '';
  const headBeforeOwner = possessedContent ? context.head.slice(0, contentFrom + possessedContent.index) : '';
  const timeOfVerb = TIME_WORD_AT_END.exec(headBeforeOwner);
  const ownedAfterVerb = timeOfVerb !== null && findCues(headBeforeOwner.slice(Math.max(0, timeOfVerb.index - 30), timeOfVerb.index)).length > 0;
  if (possessedContent?.[1] && !ownedAfterVerb && isNounForWordsSaid(speechNoun) && !verbOfSayingIn(possessedContent[3] ?? '') && !NAMING_AS_AFTER_CONTENT.test(possessedContent[3] ?? '')) {
    const owner = namedOwner(possessedContent[1], contentFrom + possessedContent.index + possessedContent[0].indexOf(possessedContent[1]));
    if (owner) return { located: { attribution: { cue: speechNoun, subject: owner }, paragraph, base: context.headStart, from: 'before' }, context };
  }
  // `Lloyd Bentsen’s “You’re no Jack Kennedy” putdown`, `Mr. Obama’s “if you like your plan, you can keep it” promise`:
  // words quoted between a name's possessive and a noun for something said are that name's.
  const ownerRightBefore = NAME_POSSESSIVE_AT_END.exec(context.head);
  const wordsAfter = ownerRightBefore?.[1] ? WORDS_RIGHT_AFTER.exec(context.tail) : null;
  const nounAfter = [wordsAfter?.[1], wordsAfter?.[2]].find((word) => word !== undefined && isNounForWordsSaid(word));
  const possessor = ownerRightBefore?.[1] && nounAfter ? namedOwner(ownerRightBefore[1], ownerRightBefore.index + ownerRightBefore[0].indexOf(ownerRightBefore[1])) : null;
  if (possessor && nounAfter) return { located: { attribution: { cue: nounAfter, subject: possessor }, paragraph, base: context.headStart, from: 'before' }, context };
  // `Mr Trump also said in the news conference:` ¶ `Mrs May had done "a very good job" …` ¶ `Brexit "will happen"`:
  // items of a list, with no full stop of their own, are what the paragraph before them introduced.
  const introduced = listIntroduction(reading, paragraph);
  if (introduced) return { located: introduced, context };
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
  // `Pollsters agree - Carl Bialik: “…”`, `More from Jones: “…”`: a name set off by a dash or `More from` just
  // before the colon is the source quoted, whatever the clause before says.
  const labelled = LABELLED_SOURCE.exec(context.head);
  if (labelled?.[1]) {
    const start = labelled.index + labelled[0].indexOf(labelled[1]);
    const named = subjectOf(labelled[1], start);
    if (named?.kind === 'name') return { located: { attribution: { cue: ':', subject: named }, paragraph, base: context.headStart, from: 'colon' }, context };
  }
  // `despite a call for him to “pause for thought” from Charles Kennedy`: a call, a plea or a warning is
  // the words of whom it came from.
  if (SPEECH_NOUN_BEFORE.test(context.head.slice(-80))) {
    const from = /^['’]?\s*from\s+/.exec(context.tail);
    const source = from ? subjectAfterCue(context.tail.slice(from[0].length), from[0].length) : null;
    if (source?.kind === 'name') return { located: { attribution: { cue: 'from', subject: source }, paragraph, base: context.tailStart, from: 'before' }, context };
  }
  // (`Trump, when asked whether he still “loves” WikiLeaks, said that …`: a name that opens the words left
  // after a word or two quoted earlier in the sentence ends that quotation's clause; the sentence's subject speaks.)
  const pastWordsQuotedBefore = (own: ClauseAttribution): Located | undefined => {
    const before = index > 0 ? (pieces[index - 1] as QuotePiece) : undefined;
    const quotedBefore = before ? text.slice(before.contentStart, before.contentEnd) : '';
    const wordsQuotedBefore = before !== undefined && countWordsUpTo(quotedBefore, 4) <= 3 && !/[,.!?;:]['’]?$/.test(quotedBefore);
    if (!wordsQuotedBefore || context.sentenceStart >= context.headStart || (own.subject.kind !== 'name' && own.subject.kind !== 'description') || context.head.slice(0, own.subject.start).trim() !== '') return undefined;
    const wider = attributionBefore(withPiecesBlanked(text, context.sentenceStart, piece.start, pieces));
    return wider?.subject.kind === 'name' && wider.cue === own.cue ? { attribution: wider, paragraph, base: context.sentenceStart, from: 'before' } : undefined;
  };
  // (`Pence lauded what he called the “remarkable bond” between the U.S. and Poland and stressed that …`: a finite
  // verb after `and` or `but`, whose subject the words left after a quotation earlier in the sentence hold only in
  // a phrase, goes on the verb before that quotation; the wider sentence says whose verb it is.)
  const pastJoinedCue = (own: ClauseAttribution): Located | undefined => {
    const joined = context.sentenceStart < context.headStart && !own.cue.endsWith('ing') ? JOINED_CUE.exec(context.head) : null;
    if (!joined || joined[1] !== own.cue || own.subject.start >= joined.index) return undefined;
    const wider = attributionBefore(withPiecesBlanked(text, context.sentenceStart, piece.start, pieces));
    const widerSubject = wider?.subject.kind === 'name' || wider?.subject.kind === 'description';
    return wider && widerSubject && wider.cue === own.cue && wider.subject.start < context.headStart - context.sentenceStart ? { attribution: wider, paragraph, base: context.sentenceStart, from: 'before' } : undefined;
  };
  const clauseBefore = (): Located | undefined => {
    const own = attributionBefore(context.head);
    if (!own) return undefined;
    const wider = pastWordsQuotedBefore(own);
    if (wider) return wider;
    // (`Trump …, tweeting that it is “so ridiculous” that Thunberg was selected … and telling her to “chill.”`:
    // a participle after `and` goes on the sentence's subject, before the quotation that came between.)
    if (context.sentenceStart < context.headStart && own.cue.endsWith('ing') && context.head.includes(`and ${own.cue} `)) {
      const wider = attributionBefore(withPiecesBlanked(text, context.sentenceStart, piece.start, pieces));
      if (wider?.subject.kind === 'name') return { attribution: wider, paragraph, base: context.sentenceStart, from: 'before' };
    }
    return pastJoinedCue(own) ?? { attribution: own, paragraph, base: context.headStart, from: 'before' };
  };
  const before = closesSentence && context.head.trim() !== '' ? clauseBefore() : undefined;
  if (before) return { located: before, context };
  // `X is describing as “unhinged” a Donald Trump tweet`: a partial quotation that runs on into the
  // sentence's words (no comma or stop after it) is part of the clause before it, which speaks for it.
  const runsOn =
    !closesSentence &&
    !/[,.!?;:]['’]?$/.test(text.slice(piece.contentStart, piece.contentEnd)) &&
    /^\s+[\p{L}\p{N}]/u.test(context.tail) &&
    // `… have been “making good progress” say those behind the talks`: the words after it attribute it,
    // unless a determiner makes the quotation a noun that their verb is said of (`he said the “serious
    // crime” demanded a sentence`).
    (findCues(context.tail)[0]?.start !== context.tail.length - context.tail.trimStart().length || DETERMINER_JUST_BEFORE.test(context.head));
  if (runsOn && context.head.trim() !== '') {
    // (`He said the practices went beyond a few “front line” employees …, as the IRS has maintained.`: a source
    // closing the sentence with `as` is whose the words are, whoever reports the rest.)
    const asSource = AS_SOURCE_CLOSING.test(context.tail) ? attributionAfter(context.tail) : null;
    if (asSource && (asSource.subject.kind === 'name' || asSource.subject.kind === 'description')) {
      return { located: { attribution: asSource, paragraph, base: context.tailStart, from: 'after' }, context };
    }
    const governing = attributionBefore(context.head);
    // `The rejection of the treaty signals “the beginning of the end” for the EU, said Geert Wilders.`: a cue
    // whose subject is described gives way to a named speaker closing the sentence.
    // (Not a source of the report closing it: `A ministry spokeswoman … said parts of it “contradict” the plan,
    // according to Fars News Agency`, `after the foreign secretary declared that Iran is “almost certainly” responsible,
    // according to The Sunday Times`: who is reported as saying the words said them, as for a whole sentence below.)
    const closing = governing?.subject.kind === 'description' ? closingAttribution(context.tail) : undefined;
    // (Not what a deal or a bill is said to do: `The two-year budget deal would add “…” to the deficit, according to X`.)
    const documentGoverns = DOCUMENT_NOUNS.test(governing?.subject.text.slice(governing.subject.text.lastIndexOf(' ') + 1) ?? '');
    const closingSource = closing !== undefined && REPORTING_SOURCE_CUE.test(closing.attribution.cue) && !isWeakCue(governing?.cue ?? '') && !documentGoverns;
    if (closing?.attribution.subject.kind === 'name' && !closingSource) return { located: { attribution: closing.attribution, paragraph, base: context.tailStart + closing.offset, from: 'after' }, context };
    // (`Trump … rebuked Eric Holder for his call to “kick” Republicans and spurn civility, saying the … comments
    // were “disgusting” and …`: past a word or two quoted before, as for a quotation that closes its sentence.)
    const wider = governing ? (pastWordsQuotedBefore(governing) ?? pastJoinedCue(governing)) : undefined;
    if (wider) return { located: wider, context };
    if (governing) return { located: { attribution: governing, paragraph, base: context.headStart, from: 'before' }, context };
  }
  // `Reminded that Ferguson called him “a disgrace”, Wenger added:`: words that name something are the
  // namer's, whoever speaks next.
  if (NAMED_JUST_BEFORE.test(context.head) && countWordsUpTo(text.slice(piece.contentStart, piece.contentEnd), 7) <= 6) {
    const namer = attributionBefore(context.head);
    if (namer && namer.subject.kind !== 'document') return { located: { attribution: namer, paragraph, base: context.headStart, from: 'before' }, context };
  }
  // `… and said, “somebody ought to …,” the prosecutor's office said`: words said right before the quotation
  // are that speaker's, whoever reports them after it.
  // (`George W. Bush said “this guy doesn't know …,” the author of a new book told CNN`, `Assange replied that
  // “…,” the indictment said`: a name's verb of saying with the quotation as its object, no comma between.)
  const saidRightBefore = SAID_RIGHT_BEFORE.test(context.head);
  const namedSaidThat = !saidRightBefore && SAID_THAT_RIGHT_BEFORE.test(context.head);
  if (saidRightBefore || namedSaidThat) {
    // (The sentence's earlier quotations blanked, as below: `called Omar a “terrorist” and said, “…`.)
    const own = attributionBefore(context.head);
    const wider = !own && context.sentenceStart < context.headStart ? attributionBefore(withPiecesBlanked(text, context.sentenceStart, piece.start, pieces)) : null;
    const inner = own ?? wider;
    if (inner && inner.subject.kind !== 'document' && (!namedSaidThat || inner.subject.kind === 'name')) {
      return { located: { attribution: inner, paragraph, base: own ? context.headStart : context.sentenceStart, from: 'before' }, context };
    }
  }
  // (`Tim Loughton said it was “very sad”, but …, Stephen Crabb, said`: a quotation inside a clause, after which
  // a conjunction opens the next one, is not that clause's speaker's to give away.)
  // (Only when that clause has a speaker: `You can now buy “trusted computers”, but can we …, asks Bill Thompson`.
  // A closed sentence's clause was read above, and had none.)
  const openHead = !closesSentence && context.head.trim() !== '';
  // (`when Rep. Mac Thornberry asked whether the CIA was “…,” Morell answered`, `Asked by Rep. Joe Kennedy if officials
  // have prepared the country for the “…” and the months ahead, Bright responded`: words inside a question put to
  // someone are the asker's, whoever answers after them.)
  if (openHead && QUESTION_OPEN_AT_END.test(context.head)) {
    const asker = clauseBefore();
    if (asker && ASKING.test(asker.attribution.cue) && (asker.attribution.subject.kind === 'name' || asker.attribution.subject.kind === 'description')) return { located: asker, context };
  }
  const nextClauseFollows = openHead && NEXT_CLAUSE_AFTER.test(context.tail);
  const clauseBeforeNext = nextClauseFollows ? clauseBefore() : undefined;
  const after =
    context.tail.trim() === '' || clauseBeforeNext !== undefined || (closesSentence && reportsNewStatement(context.tail))
      ? null
      : (attributionAfter(context.tail) ?? attributionPastTitle(reading, paragraph, index, context));
  // (`“The health of our county” will not be “compromised because of …,” Ed Day, the county executive, told
  // reporters.`: words quoted to open a sentence that runs on into a second quotation take the attribution
  // after that one.)
  if (!after && runsOn && context.head.trim() === '' && index + 1 < pieces.length) {
    const next = pieces[index + 1] as QuotePiece;
    const between = text.slice(piece.end, next.start);
    const sharedTail = next.paragraph === piece.paragraph && !/[.!?;:]/.test(between) ? reading.sentenceTailPast(paragraph, index + 1) : '';
    const shared = sharedTail.trim() === '' ? null : attributionAfter(sharedTail);
    if (shared?.subject.kind === 'name') return { located: { attribution: shared, paragraph, base: next.end, from: 'after' }, context };
  }
  // `Calling Mr. Burr's challenger “exactly the kind of partner I need,” Mrs. Clinton upbraided Mr. Burr`: a
  // sentence that opens with a participle of speech has its speaker as the subject after the quotation.
  // (`Calling it a “sad day for democracy” and a “tragic hour for Pakistan”, Brown praised`: past the other
  // quotations the participle lists, too.)
  if (!after && OPENING_SPEECH_PARTICIPLE.test(context.head)) {
    const sentenceTail = SUBJECT_THEN_VERB.test(context.tail) ? context.tail : reading.sentenceTailPast(paragraph, index);
    const listed = LISTED_QUOTATIONS_OPENING.exec(sentenceTail)?.[0].length ?? 0;
    const subjectAfter = SUBJECT_THEN_VERB.exec(sentenceTail.slice(listed));
    const named = subjectAfter?.[1] ? subjectOf(subjectAfter[1], listed + subjectAfter[0].indexOf(subjectAfter[1])) : null;
    if (named?.kind === 'name') return { located: { attribution: { cue: '-', subject: named }, paragraph, base: context.tailStart, from: 'after' }, context };
  }
  // (`Ri said the offer “lacks sincerity,” according to the unnamed official.`: who is reported as saying the
  // words in the sentence said them; the source after them is only how the writer knows.)
  // (`Valls said … the possibility of a new attack “is our main concern,” The New York Times reports.`: so is
  // a paper that reports the words.)
  // (`Mr. Obama told the senators … that new sanctions “…,” the White House said in a statement`: so is a body that
  // reports, after a name's words it gives in a clause of `that`.)
  const bodyReports = after?.cue === 'said' && after.subject.kind !== 'pronoun' && BODY_SUBJECT.test(after.subject.text) && REPORTED_THAT_CLAUSE_BEFORE.test(context.head);
  if ((REPORTING_SOURCE_CUE.test(after?.cue ?? '') || bodyReports) && context.head.trim() !== '') {
    // (`The firm said her views are “not shared …,” and that “…,” BBC News reported`, `X said … he “would be inclined”
    // to allow it if it passed a “security and legal review,” according to a statement`: with no clause of its own
    // before the quotation, the sentence's, read past its earlier quotations.)
    const own = attributionBefore(context.head);
    const clauseStart = own || context.sentenceStart >= context.headStart ? context.headStart : context.sentenceStart;
    const clause = own ? context.head : withPiecesBlanked(text, clauseStart, piece.start, pieces);
    const reported = own ?? (clauseStart < context.headStart ? attributionBefore(clause) : null);
    // (Not a cue in a clause of its own: `Trump was rushed off stage after someone had shouted “Gun!,” according to`.)
    const subjectEnd = reported ? reported.subject.start + reported.subject.text.length : 0;
    const between = reported ? clause.slice(subjectEnd, clause.indexOf(reported.cue, subjectEnd)) : '';
    if (reported && reported.subject.kind !== 'document' && !isWeakCue(reported.cue) && !SUBORDINATOR.test(between)) {
      return { located: { attribution: reported, paragraph, base: clauseStart, from: 'before' }, context };
    }
  }
  if (after) return { located: { attribution: after, paragraph, base: context.tailStart, from: after.cue === '―' ? 'dash' : 'after' }, context };
  // `“I think we try to make too many nice plays,” Salo offered.`, `“Man this is crazy,” he remembers thinking.`:
  // a quotation closed on a comma, then only a name or a pronoun and its verb ending the sentence, is theirs,
  // whatever the verb (one no list of speech verbs holds).
  // (`“…, are you a progressive or are you a moderate?” CNN moderator Anderson Cooper probed.`: or on a question
  // or an exclamation mark.)
  if (/[,?!]['’]?$/.test(text.slice(piece.contentStart, piece.contentEnd))) {
    const bare = BARE_CLOSING_CLAUSE.exec(context.tail);
    const named = bare?.[1] ? (/^(?:he|she)$/.test(bare[1]) ? ({ kind: 'pronoun', text: bare[1], start: bare[0].indexOf(bare[1]) } as const) : subjectOf(bare[1], bare[0].indexOf(bare[1]))) : null;
    if (bare?.[2] && named && (named.kind === 'name' || named.kind === 'pronoun')) {
      return { located: { attribution: { cue: bare[2], subject: named }, paragraph, base: context.tailStart, from: 'after' }, context };
    }
    // (`“…?” a Capitol Hill Republican sniped.`: or someone described, with any verb.)
    const described = DESCRIBED_CLOSING_CLAUSE.exec(context.tail);
    if (described?.[1] && described[2]) {
      const subject = { kind: 'description' as const, text: described[1], start: described[0].indexOf(described[1]) };
      return { located: { attribution: { cue: described[2], subject }, paragraph, base: context.tailStart, from: 'after' }, context };
    }
    // (`“…,” White House spokeswoman Sarah Sanders. “…”`, `“…,” Mr. Graham.`: or only a name, the verb left out.)
    const alone = NAME_ALONE_CLOSING.exec(context.tail);
    const person = alone?.[1] ? subjectAfterCue(` ${alone[1]}`, alone[0].indexOf(alone[1]) - 1) : null;
    if (person?.kind === 'name' && person.text.includes(' ')) return { located: { attribution: { cue: ',', subject: person }, paragraph, base: context.tailStart, from: 'after' }, context };
  }
  // (Where a next clause follows, the clause before was read above, and is not read again.)
  const ownBefore = nextClauseFollows ? clauseBeforeNext : openHead ? clauseBefore() : undefined;
  if (ownBefore) return { located: ownBefore, context };
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
    const colon = colonIntroducing(reading, paragraph);
    if (colon) return { located: colon, context };
  }
  return { context };
}

/** `, as the IRS has maintained.`: `as`, a source and its verb of saying, closing the sentence. */
const AS_SOURCE_CLOSING = /,\s+as\s+[^,.;:“”"]{2,60}?\s+(?:has\s+|had\s+|have\s+)?(?:long\s+)?(?:said|says|maintained|maintains|claimed|claims|argued|argues|insisted|insists|put\s+it|called\s+it|described\s+it)[.!]?\s*$/;

/** `Mr Trump's remarks `, `Kerry's latest comments `: a name's possessive and perhaps a word, then the last word right before the quotation. */
const POSSESSED_SPEECH_NOUN_AT_END = /(?:^|\s)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+$/u;

/**
 * ` Trump’s repeated claim that the inquiry is a `, ` Carter's descriptions of farmers as `, ` Kim's threat to `: a
 * name's possessive, at most two words, a noun for something said (the second group), then what it says, open
 * up to the quotation (the third group: no stop, comma or quotation mark in it).
 * (A date or a time may stand before the noun or between it and `that`: `Trump’s Sept. 4 tweet that`, `Trump’s
 * statement on Thursday that`.)
 */
const POSSESSED_SPEECH_NOUN_CONTENT =
  /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(?:(?:[\p{Ll}-]+|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\.?|\d{1,2})\s+){0,2}?(\p{Ll}+)\s+(?:(?:on|in|at|last|this|earlier|during)\s+(?:[\p{L}\d]+\s+){1,2}(?=that\s))?((?:that|to(?=\s+\p{Ll}|\s*$))\s[^,.;:!?“”"]*|of\s[^,.;:!?“”"]*\sas\s(?:an?\s+)?)$/u;

/**
 * ` after`, ` following`: a word of time right before a possessive; after a verb of saying (`Trump tweeted after
 * Pelosi's statement that “…”`), the `that` opens what the verb says, not what the statement did.
 */
const TIME_WORD_AT_END = /\s(?:after|before|following|since|until)\s*$/;

/** Whether a clause holds a cue that is a verb (`that Smith said`), not a noun after a determiner (`that the state was`). */
function verbOfSayingIn(clause: string): boolean {
  return findCues(clause).some((cue) => !DETERMINER_JUST_BEFORE.test(clause.slice(0, cue.start)));
}

/** `complaint to the league as `: `as` after what a claim says, not after its `of`, is a verb of naming's, before the possessive. */
const NAMING_AS_AFTER_CONTENT = /^(?!of\s).*\sas\s+(?:an?\s+)?$/;

/** `descriptions`, `characterization`, `refrain`, `putdown`: nouns for what someone said that no cue list holds. */
const NOUNS_FOR_WORDS_SAID = /^(?:descriptions?|characteri[sz]ations?|accusations?|assertions?|refrains?|putdowns?|slogans?|mantras?|catchphrases?|insults?|jabs?)$/;

/** Whether a word is a noun for something said: a cue that is also a noun (`claim`, `threat`), or one no cue list holds (`putdown`). */
function isNounForWordsSaid(word: string): boolean {
  return isNounLikeCue(word) || NOUNS_FOR_WORDS_SAID.test(word);
}

/**
 * The name a possessive's words give, starting at `at` in the head, as the owner of words said; a word opening the
 * sentence before it (`Given Carter’s claim`, `Regarding Trump’s …`) is no part of the name.
 */
function namedOwner(words: string, at: number): Extract<Subject, { kind: 'name' }> | null {
  const opening = OPENING_WORD_BEFORE_OWNER.exec(words)?.[0].length ?? 0;
  const owner = subjectOf(words.slice(opening), at + opening);
  return owner?.kind === 'name' ? owner : null;
}

/** ` Rep. Todd Akin's `, ` Lloyd Bentsen’s `: a name's possessive right before the quotation. */
const NAME_POSSESSIVE_AT_END = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s*$/u;

/**
 * ` remarks boiled up`, ` debate putdown`: the first two words in lower case right after the quotation (the
 * groups); not past a preposition (` to questions about racism`: what the words answered).
 */
const WORDS_RIGHT_AFTER = /^['’]?\s+(\p{Ll}+)\b(?:(?<!\b(?:to|of|about|for|at|in|on|by|from|with|and|or))-?\s*(\p{Ll}+)\b)?/u;

/** `Given `, `Regarding `, `After `: a word that opens a sentence in capitals before a name's possessive. */
const OPENING_WORD_BEFORE_OWNER = /^(?:\p{Lu}\p{Ll}+ing|Given|Despite|After|Before|Amid|Since|Unlike|Like|Over|Under|With|Without|For|From|In|On|At|By|To|And|But|Yet|So|As|When|While|If|Although|Though|Because)\s+(?=\p{Lu})/u;

/** `have convinced me`, `went far out`, `didn’t mention`: a quotation that opens on a verb, the predicate of a clause. */
const PREDICATE_OPENING = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did|went|came|made|left|gave|took|became|(?:is|are|was|were|has|have|had|do|does|did|would|could|should|ca|wo)n['’]t|\p{Ll}{3,}ed)\s/u;

/** `after`, `when`: a word that opens a clause within the sentence, whose verb is not its subject's. */
const SUBORDINATOR = /\b(?:after|before|when|while|because|since|until|unless|if|although|though|as)\s/;

/** `self-described `, `a self-styled `: words someone uses of themselves, right before the quotation. */
const SELF_DESCRIBED_BEFORE = /\bself-(?:described|styled|proclaimed)\s+$/i;

/** A paragraph with no closing full stop, and those before it back to one that ends on a colon. */
function listIntroduction(reading: ArticleReading, paragraph: number): Located | undefined {
  const { paragraphs } = reading;
  for (let item = paragraph; item > 0 && paragraph - item < 12; item--) {
    if (closesWithSentenceEnd(paragraphs[item] as string)) return undefined;
    if (!/:\s*$/.test(paragraphs[item - 1] as string)) continue;
    const colon = colonIntroducing(reading, item);
    // (Not `Mexico agreed to:`, whose list is what was agreed, not said.)
    return colon && colon.attribution.subject.kind !== 'document' && SAYING.test(colon.attribution.cue) ? colon : undefined;
  }
  return undefined;
}

/** The attribution that a paragraph's last sentence, ending on a colon, gives the paragraph after it. */
function colonIntroducing(reading: ArticleReading, paragraph: number): Located | undefined {
  const previousText = reading.paragraphs[paragraph - 1] as string;
  if (!/:\s*$/.test(previousText)) return undefined;
  const lastStart = reading.endsOf(paragraph - 1).filter((end) => end < previousText.trimEnd().length).at(-1) ?? 0;
  const colon = attributionBefore(previousText.slice(lastStart));
  return colon ? { attribution: colon, paragraph: paragraph - 1, base: lastStart, from: 'colon' } : undefined;
}

/** Verbs of saying or writing that may introduce a list of what was said. */
const SAYING = /^(?:said|says|told|tells|added|adds|wrote|writes|stated|states|explained|continued|argued|insisted|declared|announced|listed|outlined)$/;

/**
 * The end of a sentence closing a paragraph: a stop, perhaps inside a closing quote mark or bracket. A lookbehind
 * tested sticky at the paragraph's end (`closesWithSentenceEnd`): read backwards from there, it looks at the last few
 * characters only, where `…$` would be tried at every stop in the paragraph.
 */
const SENTENCE_END = /(?<=[.!?…]['"’”)]*\s*|[.!?…]\s*['"’”)]+\s*)/y;

function closesWithSentenceEnd(text: string): boolean {
  SENTENCE_END.lastIndex = text.length;
  return SENTENCE_END.test(text);
}

function contextOf(text: string, pieces: QuotePiece[], index: number, ends: number[]): PieceContext {
  const piece = pieces[index] as QuotePiece;
  const previousEnd = index > 0 ? (pieces[index - 1] as QuotePiece).end : 0;
  const nextStart = index + 1 < pieces.length ? (pieces[index + 1] as QuotePiece).start : text.length;
  const { start: sentenceStart, end: sentenceEnd } = sentenceAround(ends, piece.start, piece.end, text.length);
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

/**
 * ` Salo offered.`, ` he remembers thinking.`: a name (or `he`, `she`) and a verb, perhaps with one more word, ending
 * the sentence (` CNN moderator Anderson Cooper probed.`: a role in lower case may stand before the name; ` Sanders
 * celebrated on Twitter.`: where the words were put may follow the verb).
 */
const BARE_CLOSING_CLAUSE = /^['’]?\s+(he|she|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:[a-z]+\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+([a-z]+(?:ed|s))(?:\s+[a-z]+|\s+on\s+(?:Twitter|Facebook|Instagram|X))?[.!](?:\s|$)/u;

/** ` a Capitol Hill Republican sniped.`: `a`, `an`, `one` or `another`, up to four more words, and a verb ending the sentence. */
const DESCRIBED_CLOSING_CLAUSE = /^['’]?\s+((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,4}?[\p{Ll}-]*(?:er|or|ist|ian|man|woman|person|official|source|aide|Republican|Democrat|resident|voter|supporter|critic|member))\s+([a-z]+ed)[.!](?:\s|$)/u;

/** ` White House spokeswoman Sarah Sanders.`, ` Mr. Graham.`: up to six words ending in a capitalised one, then the sentence's end. */
const NAME_ALONE_CLOSING = /^['’]?\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+|[\p{L}'’-]+\s+){0,5}\p{Lu}[\p{L}'’-]+)\.(?=\s|$)/u;

/** A passive verb of judging just before a quotation: `was dismissed as`, `has been branded`, `was hailed for his`. */
const PASSIVE_CUE_BEFORE =
  /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:described|branded|called|dismissed|criticised|criticized|condemned|hailed|labelled|labeled|attacked|praised|accused|dubbed|slammed|welcomed|derided|termed|denounced|lauded|blasted)\s+(?:as\s+|for\s+(?:its\s+|his\s+|her\s+|their\s+)?|of\s+)?(?:an?\s+|the\s+)?$/;

/** `- Bolton boss Sam Allardyce `: a dash, then a speaker's name and perhaps a role, and nothing else. */
const LISTED_SPEAKER = /^\s*[-–—•]\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:[a-z]+\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*:?\s*$/u;

/**
 * `Calling X `, `Describing the plan as `: a sentence opening with a participle of speech; or with one after
 * `While` or `After`, perhaps with an adverb (`While admitting the law's defenders are “not just any
 * citizens,” Kennedy raised`, `After first saying it would be “inappropriate,” Holder attempted`).
 */
const OPENING_SPEECH_PARTICIPLE =
  /^\s*(?:(?:While|After|Before|When|Despite)\s+(?:first\s+|initially\s+|repeatedly\s+|publicly\s+)?(?:admitting|acknowledging|conceding|insisting|arguing|saying|claiming|noting|warning|stressing|calling|describing)\s|(?:Calling|Describing|Branding|Labell?ing|Dubbing|Deriding|Praising|Hailing)\s)/;

/**
 * `"…," the "Pose" actor previously said`: a title in quote marks inside the attribution cuts the tail at
 * its marks; the attribution is read on past it, the title blanked. Else null.
 */
function attributionPastTitle(reading: ArticleReading, paragraph: number, index: number, context: PieceContext): ClauseAttribution | null {
  const pieces = reading.piecesByParagraph[paragraph] as QuotePiece[];
  const next = pieces[index + 1];
  const text = reading.paragraphs[paragraph] as string;
  if (!next || !DETERMINER_ONLY.test(context.tail) || countWordsUpTo(text.slice(next.contentStart, next.contentEnd), 4) > 3) return null;
  return attributionAfter(reading.sentenceTailPast(paragraph, index));
}

/** ` the `, ` a `: a tail that stops at a determiner, before the next quote marks. */
const DETERMINER_ONLY = /^['’]?,?\s+(?:the|a|an|his|her|their)\s+$/i;

/** ` and a          `: the other quotations a participle lists, blanked, and the words joining them. */
const LISTED_QUOTATIONS_OPENING = /^(?:\s*(?:and|or)\s+(?:an?\s+|the\s+)?\s{4,})+/;
/** `,” Mrs. Clinton upbraided`: a name and a verb in the past or present right after the quotation. */
const SUBJECT_THEN_VERB = /^['’]?,?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:also\s+)?[a-z]{3,}(?:ed|s)\b/u;

/** `PENCE: `, `MR. TRUMP: `: a speaker's name in capitals and a colon, opening a transcript's line. */
const TRANSCRIPT_LABEL = /^((?:MR|MRS|MS|DR|SEN|GOV|REP)\.?\s)?([A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,2}):\s/;

/** `BREAKING`, `CLARIFICATION`, `WANTED`: the label of a notice, a correction or an alert, in capitals. */
const NOTICE_LABEL = /^(?:BREAKING(?: NEWS)?|CLARIFICATION|CORRECTION|UPDATE|UPDATED|WANTED|ALERT|WARNING|NOTE|EDITOR['’]S NOTE|JUST IN|DEVELOPING|EXCLUSIVE|URGENT|WATCH|VIDEO|PHOTOS?|READ|RELATED)$/;

/** The speaker a transcript's line names, as a name (`Pence`), if the quotation opens with one. */
export function transcriptSpeaker(opening: string): Subject | undefined {
  const label = TRANSCRIPT_LABEL.exec(opening);
  // (`“CLARIFICATION: This story has been updated`, `“BREAKING: …`: a notice's label names no speaker.)
  if (!label?.[2] || label[2].length < 3 || NOTICE_LABEL.test(label[2])) return undefined;
  const subject = subjectOf(titleCase(label[2]), label[1]?.length ?? 0);
  return subject?.kind === 'name' ? subject : undefined;
}

/** ` - Carl Bialik: `, `More from Jones: `: a dash or `More from`, a capitalised name, a colon, and the quotation next. */
const LABELLED_SOURCE = /(?:\s[-–—]\s+(?:[Mm]ore\s+from\s+)?|(?:^|\s)(?:More|Also)\s+from\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*:\s*$/u;

/** `a call for him to `, `a plea from … for`: a noun for words said, in the clause before a quotation. */
const SPEECH_NOUN_BEFORE =
  /\b(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:calls?|pleas?|appeals?|warnings?|demands?|requests?|criticism|attack|message|challenge|suggestions?|accusations?|claims?)\b[^.!?“”"]*$/;

/** A verb of naming right before a quotation, with at most a short object: `called him`, `described it as`. */
const NAMED_JUST_BEFORE = /\b(?:called|calls|calling|described|describes|describing|branded|brands|labelled|labeled|dubbed|termed)(?:\s+(?:him|her|them|it|us|me|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+))?(?:\s+as)?\s+(?:an?\s+)?$/;

/** ` and stressed that NATO allies must remain `: `and` or `but`, then a cue (the first group), with no stop after it. */
const JOINED_CUE = /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b[^.;!?]*$/;
/** A verb of saying and a comma right before the quotation (`and said, “`, `recalled that he said, “`). */
const SAID_RIGHT_BEFORE = /\b(?:said|says|say|asked|asks|added|adds|shouted|yelled|wrote|writes|replied|told\s+(?:him|her|them|reporters|\p{Lu}[\p{L}'’.-]*)),\s*$/u;

/** ` told the senators … that new sanctions `: a verb of telling or saying, then a clause of `that` that the quotation goes on. */
const REPORTED_THAT_CLAUSE_BEFORE = /\b(?:told|said|says|tells|wrote|writes)\b[^.;“”"]{0,80}\bthat\s[^.;“”"]{0,80}$/;
/** `the White House`, `the State Department`, `the Kremlin`: a body that speaks for a person. */
const BODY_SUBJECT = /(?:House|Department|Ministry|Office|Commission|Council|Agency|Embassy|Committee|Government|government|Campaign|campaign|Pentagon|Kremlin|Palace|statement)$/;

/** `Bush said `, `Assange replied that `: a verb of saying right before the quotation, with no comma. */
const SAID_THAT_RIGHT_BEFORE = /\b(?:said|says|replied|replies|told\s+(?:him|her|them|reporters|\p{Lu}[\p{L}'’.-]*)(?:\s+(?:the\s+)?[a-z]+){0,3})(?:\s+that)?\s+$/u;

/** ` Sunday`, ` on Tuesday`, ` late Friday`: a day right after a cue. */
const DAY_AFTER_CUE = /^(?:\s+(?:on|late|early|last))?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/;
/** ` as he steers`, ` while she waited`: a clause of time after the cue, its subject a pronoun. */
const TIME_CLAUSE_AFTER_CUE = /^\s+(?:as|while|when)\s+(?:he|she|they|we)\s/;

/**
 * After a cue, words set off by a comma that say how it was said (`, as if …`, `, adding …`) or name the
 * statement itself (`LeVell declared, a point he likes to make …`).
 */
const ADJUNCT_AFTER_CUE = /^,\s+(?:as|while|when|before|after|with|without|(?!during\b)[a-z]{3,}ing|(?:a|an)\s+[a-z]+\s+(?:he|she|they|that|which))\b/;

/**
 * After a cue, how or where it was said, then such words set off by a comma (`wrote sarcastically on
 * Twitter, adding that …`): the cue still closes the quotation before it.
 */
const MANNER_THEN_ADJUNCT =
  /^(?:\s+[a-z]+ly)?(?:\s+(?:on|in|at|to|via|during|after|from|through)\s+[^,.;:!?"“”]{1,60})?\s*,\s+(?:as|while|[a-z]{3,}ing)\b/;

/** A finite verb of speech (not `laughing at`, `shows`): only its prepositional phrase can say what about. */
const FINITE_SPEECH_CUE = /^(?:said|says|added|adds|told|tells|wrote|writes|declared|declares|insisted|insists|argued|argues|explained|explains)$/;
const PREPOSITION_AFTER_CUE = /^\s+(?:about|of|in|at|on|during|after|before|from|with|for|near|towards?|late|early)\s/;
/** ` through an interpreter`, ` via Twitter`: how words were passed on, after the cue. */
const THROUGH_AFTER_CUE = /^\s+(?:through|via)\s/;
/** A clause of reported speech: `that`, or a pronoun and a finite verb. */
const REPORTED_CLAUSE_IN = /\bthat\b|\b(?:it|he|she|they|we|I|there)\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|might|may|must)\b/;

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
  // (`"…!" Trump tweeted Sunday, before declaring …`: a day right after the cue says when, as an adverb would.)
  const rest = tail.slice(cue.end).replace(/[\s.!?]+$/, '').replace(DAY_AFTER_CUE, '');
  // `"…right?" Trump went on, as if he didn't hear her.`: words set off after the cue by a comma say how
  // it was said, not what.
  // (`"…?" Matiullah Matie asks as he steers his white Toyota along a narrow road.`: nor does a clause of
  // time whose subject is a pronoun for the speaker.)
  if (ADJUNCT_AFTER_CUE.test(rest) || MANNER_THEN_ADJUNCT.test(rest) || TIME_CLAUSE_AFTER_CUE.test(rest)) return false;
  // `"Why …?" Lichtman said about McCain's effort to …`: a phrase after the cue that says what about, with
  // no clause of its own (`said in a statement it had …` has one).
  if (FINITE_SPEECH_CUE.test(cue.word) && PREPOSITION_AFTER_CUE.test(rest) && !REPORTED_CLAUSE_IN.test(rest)) return false;
  // (`"So is everything OK?" Kim asked through an interpreter as they walked …`: or how a question was put.)
  if (/^ask(?:ed|s)$/.test(cue.word) && THROUGH_AFTER_CUE.test(rest) && !REPORTED_CLAUSE_IN.test(rest)) return false;
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return false;
  // (`"…going on?" Mayor Treney Tweedy told the Times.`, `"…?" Chief John Hayden asked his community
  // Saturday.`: whom the words were told or put to, and no more.)
  if (/^(?:told|tells|asked|asks)$/.test(cue.word) && words.length <= 4 && !/\b(?:that|whether|if|why|how|what|about|to)\b/.test(rest) && /[.!?]\s*$/.test(tail)) return false;
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

/**
 * The attribution in the last clause of a sentence that goes on after a quotation (`… in the recruitment
 * of statisticians, the Commons science and technology committee added.`): a comma, a short subject and a
 * cue, then nothing but a time or a place.
 */
function closingAttribution(written: string): { attribution: ClauseAttribution; offset: number } | undefined {
  // (`…, said Rep. Tom Price (R., Ga.)`: a party tag in brackets may end the paragraph, in place of its full stop.)
  const tail = written.endsWith(')') ? written.replace(TRAILING_PARTY_TAG, (tag) => `.${' '.repeat(tag.length - 1)}`) : written;
  if (!/[.!?]['"’”]?\s*$/.test(tail)) return undefined;
  // (`…, Sen. John Cornyn, R-Texas, told CNN.`: a party tag's commas close no clause.)
  const comma = withPartyTagsBlanked(tail).lastIndexOf(',');
  if (comma < 0) return undefined;
  const closing = closingClause(tail, comma, false);
  if (closing) return closing;
  // `…, said Nargis Kassenova, an international analyst.`: a named speaker after the cue may have a role after a comma.
  const earlier = tail.lastIndexOf(',', comma - 1);
  return earlier < 0 ? undefined : closingClause(tail, earlier, true);
}

function closingClause(tail: string, comma: number, withRole: boolean): { attribution: ClauseAttribution; offset: number } | undefined {
  const clause = tail.slice(comma);
  const attribution = attributionAfter(clause, 8);
  if (!attribution || !CLOSING_CUES.test(attribution.cue)) return undefined;
  const cue = findCues(clause).find((found) => found.word === attribution.cue);
  if (!cue) return undefined;
  // `…, said David Anders at Merrill Lynch on Thursday.`: the subject may follow the cue.
  const subject = attribution.subject;
  const inverted = subject.start > cue.start;
  if (withRole && !(inverted && subject.kind === 'name')) return undefined;
  const restFrom = inverted ? subject.start + subject.text.length : cue.end;
  const rest = clause.slice(restFrom);
  // (`…, told CNN.`: whom the words were told to may close the sentence too.)
  if (!(withRole ? CLOSING_ROLE_REST : CLOSING_REST).test(rest) && !(TELLING.test(attribution.cue) && TOLD_ADDRESSEE_REST.test(rest))) return undefined;
  return { attribution, offset: comma };
}

/** ` (R., Ga.)`, ` (D-N.Y.)`: a party tag in brackets at the end of a paragraph. */
const TRAILING_PARTY_TAG = /\s\([DRI](?:\.,\s*|-\s?)[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)$/;

/** After an inverted closing cue's name, its role: `, founder of the Party for Freedom.` */
const CLOSING_ROLE_REST = /^\s*,\s*[^,;:"“”]{1,90}[.!?]['"’”]?\s*$/;

/**
 * Verbs that attribute a whole sentence from its end (`…, the committee added.`, `…, say the Tories.`); not
 * `…, the biggest coffee shop brand`.
 */
const CLOSING_CUES =
  /^(?:said|says|say|added|adds|told|tells|claimed|claims|claim|argued|argues|argue|warned|warns|warn|insisted|insists|insist|explained|explains|noted|notes|stated|states|wrote|writes|admitted|admits|acknowledged|conceded|suggested|suggests|suggest|according to)$/;

/**
 * What may follow a cue closing a sentence: a time or a place (`on Thursday`, `Saturday`), or how the words
 * came (`by phone`).
 */
const CLOSING_TIME_OR_PLACE = String.raw`(?:on|in|at|last|this|yesterday|today|during|after|earlier|later|by|${WEEKDAY_WORDS})\b[^,;:"“”]{0,40}`;

/** ` CNN.`, ` reporters on Monday.`, ` the Associated Press.`: whom a closing `told` addresses, then a time or a place. */
const TOLD_ADDRESSEE_REST = new RegExp(
  String.raw`^\s+(?:reporters|(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*)(?:\s+${CLOSING_TIME_OR_PLACE})?[.!?]['"’”]?\s*$`,
  'u',
);

/** After a cue at the end of a sentence, only a time or a place may follow (`… said on Thursday.`). */
const CLOSING_REST = new RegExp(String.raw`^\s*(?:(?:to|recently|also|afterwards)\b[^,;:"“”]{0,40}|${CLOSING_TIME_OR_PLACE})?[.!?]['"’”]?\s*$`);

/** Whether a quotation left open at the end of a paragraph is attributed in one of its next pieces. */
export function chainAttributed(reading: ArticleReading, paragraph: number): boolean {
  const { paragraphs, piecesByParagraph } = reading;
  for (let next = paragraph + 1; next < Math.min(paragraphs.length, paragraph + 6); next++) {
    const first = piecesByParagraph[next]?.[0];
    if (!first?.continuesPrevious) return false;
    if (locateAttribution(reading, next, 0).located) return true;
    if (first.closed) return false;
  }
  return false;
}

/**
 * Whether a quotation was accepted in this paragraph or the one before, or the paragraph before ends on a
 * sentence of reported speech (`Smit … said he was impressed by the coach's passion. ¶ “We spoke about …`),
 * and the quotation this paragraph leaves open goes on, paragraph by paragraph, to a closing mark within
 * the next five.
 */
export function chainGoesOnFromSpeech(reading: ArticleReading, paragraph: number): boolean {
  const { paragraphs, piecesByParagraph, lastQuotedParagraph } = reading;
  let closes = false;
  for (let next = paragraph + 1; next < Math.min(paragraphs.length, paragraph + 6) && !closes; next++) {
    const first = piecesByParagraph[next]?.[0];
    if (!first?.continuesPrevious) return false;
    closes = first.closed;
  }
  if (!closes) return false;
  // (A quotation over several paragraphs was last given in its chain's last paragraph: `“…” ¶ “…,” said
  // Smit. ¶ “As far as I am concerned …` goes on from it.)
  if (lastQuotedParagraph >= paragraph - 1) return true;
  return paragraph > 0 && reportedJustBefore(reading, paragraph, 0) !== undefined;
}

/** `According to`, opening a sentence. */
const ACCORDING_TO_OPENING = /^\s*According\s+to(?=\s)/;

/**
 * `When …`, `As …`, `After …`: a sentence that opens with a clause of time or reason, or with a participle's phrase
 * (`Breaking his silence … since the former FBI director testified, Mr. Trump … tweeted.`).
 */
const SUBORDINATE_OPENING = /^\s*(?:When|As|After|Before|While|Although|Though|Because|Since|If|Once|Asked|[A-Z][a-z]{2,}ing)\s/;

/** `other `, `the `, `his `: a determiner right before a word, which makes it a noun. */
const DETERMINER_RIGHT_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Oo]ther|[Mm]any|[Ss]ome|[Tt]hese|[Tt]hose|[Ss]everal|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+$/;

/**
 * `Mr Babinet said the phone had advantages. “Getting music …”`: a quotation with no cue of its own that
 * follows a sentence of reported speech is in the voice of that sentence's speaker. The sentence must be
 * the one just before the quotation, hold no quotation itself, and open with its speaker.
 */
export function reportedJustBefore(reading: ArticleReading, paragraph: number, sentenceStart: number, quotedToo = false): Located | undefined {
  const { paragraphs } = reading;
  const before = reading.sentenceJustBefore(paragraph, sentenceStart, quotedToo);
  if (!before) return undefined;
  const { where, start, end } = before;
  const text = paragraphs[where] as string;
  const sentence = text.slice(start, end);
  // (`According to Dr Rebecca Lucas, who researches physiology …, the symptoms can escalate …. ¶ “…”`: a
  // sentence that opens on its source, a person named, is in that person's voice.)
  const source = ACCORDING_TO_OPENING.exec(sentence);
  if (source) {
    const named = subjectAfterCue(sentence.slice(source[0].length), source[0].length);
    if (named?.kind === 'name') return { attribution: { cue: 'according to', subject: named }, paragraph: where, base: start, from: 'before' };
  }
  // (`But other challenges are likely to …, Ms. Gottemoeller says.`: a cue word after a determiner is a noun, no cue.)
  const cues = findCues(sentence).filter(
    (found) => !isWeakCue(found.word) && found.word !== 'according to' && !DETERMINER_RIGHT_BEFORE.test(sentence.slice(Math.max(0, found.start - 12), found.start)),
  );
  // (`When Chris Wallace asked him about briefings, Trump said the following.`: a clause that opens with
  // `when` or `as` is not the sentence's own; its main clause speaks after the comma.)
  const comma = SUBORDINATE_OPENING.test(sentence) ? sentence.indexOf(',') : -1;
  const cue = (comma > 0 ? cues.find((found) => found.start > comma) : undefined) ?? cues[0];
  if (!cue) return undefined;
  // (`…, the Navy and the Air Force are emphasizing modernization, Mr. Harrison says.`: a name and a cue
  // closing the sentence after a comma report all of it, whatever cue word stands before them.)
  const last = cues.at(-1) ?? cue;
  const closing = last !== cue && /^[\s.]*$/.test(sentence.slice(last.end)) ? CLOSING_CUE_SUBJECT.exec(sentence.slice(0, last.end)) : null;
  if (closing?.[1]) {
    const named = subjectOf(closing[1], closing.index + closing[0].indexOf(closing[1]));
    if (named?.kind === 'name') return { attribution: { cue: last.word, subject: named }, paragraph: where, base: start, from: 'before' };
  }
  const from = comma > 0 && cue.start > comma ? comma + 1 : 0;
  const phrase = sentence.slice(from, cue.start);
  if (phrase.trim() === '') return undefined;
  if (countWordsUpTo(phrase, 21) > 20) {
    // `…, progressive members could push to replace White, said Bart Naylor, financial policy advocate.`: a
    // long report whose speaker follows the cue at the sentence's end.
    // (Not `…, Justin Fier, director …, told PCWorld.`: whom one tells is no speaker.)
    const inverted = /,\s*$/.test(phrase) && !TELLING.test(cue.word) ? subjectAfterCue(sentence.slice(cue.end), cue.end) : null;
    if (inverted?.kind !== 'name') return undefined;
    return { attribution: { cue: cue.word, subject: inverted }, paragraph: where, base: start, from: 'before' };
  }
  // `Then, says Mr Kotamaraja, the blogging world found out.`: the speaker may follow the cue.
  // `John Snow put a brave face on the news, saying …`: a participle's speaker opens the sentence.
  const participle = /ing$/.test(cue.word) && /,\s*$/.test(phrase) ? sentenceSubject(phrase) : null;
  if (participle) participle.start += from;
  // (`When asked about it Friday, Paterno smiled and shrugged it off.`: the one asked is the main clause's subject.)
  const asked = CONJUNCTION_ONLY.test(phrase) ? sentenceSubject(sentence) : null;
  // (`… do not “…,” says Benjamin Freeman, policy adviser …. “…”`: a quotation's comma, then the cue, puts the speaker after it.)
  const inverted = /,\s*[”"]\s*$/.test(phrase) ? subjectAfterCue(sentence.slice(cue.end), cue.end) : null;
  const subject = asked ?? participle ?? inverted ?? subjectOf(phrase, from) ?? (/,\s*$/.test(phrase) ? subjectAfterCue(sentence.slice(cue.end), cue.end) : null);
  if (!subject || subject.kind === 'document') return undefined;
  return { attribution: { cue: cue.word, subject }, paragraph: where, base: start, from: 'before' };
}

/**
 * `Steve Ash told the BBC there are two parts to it. The most difficult is to … “…”`: reported speech one
 * sentence further back, when the sentence between names no one and so goes on with it.
 */
export function reportedTwoBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): Located | undefined {
  const { paragraphs, mentionsByParagraph } = reading;
  const between = reading.sentenceJustBefore(paragraph, sentenceStart);
  if (!between || (mentionsByParagraph[between.where] ?? []).some((mention) => mention.start >= between.start && mention.start < between.end)) return undefined;
  if (/^\s*(?:He|She|It|They|The|A|An)\s+\p{Ll}+\s+(?:said|says|told|added)\b/u.test((paragraphs[between.where] as string).slice(between.start, between.end))) return undefined;
  return reportedJustBefore(reading, between.where, between.start);
}
