import { type Located, type PieceContext, reportedJustBefore, reportedTwoBefore } from './attributions.js';
import { subjectJustBefore } from './descriptions.js';
import type { ExtractedQuotation, ResolvedSpeaker } from './extract.js';
import type { QuotePiece } from './marks.js';
import { actsAsSubject } from './mention-grammar.js';
import type { NameMention } from './name-mention.js';
import type { ArticlePerson } from './people.js';
import type { ArticleReading } from './reading.js';
import { sentenceSubject } from './sentence-subject.js';
import { issuedDocuments, type ResolvedAttribution, resolveSpeaker } from './speakers.js';

/**
 * The speaker set on each quotation: what its located attribution resolves to, with whoever speaks beside the
 * speaker (`Schumer and Pelosi said`), or, for a quotation with no cue of its own, the voice around it (the subject
 * of its sentence, the issuer of a statement just before, one who acts as the paragraph before closes). Separate
 * from `speakers.ts`, which reads what an attribution's subject names: this module only calls it, per quotation.
 */

/** Gives a quotation what a located attribution says: its speaker (none, if unresolved), mention, cue and any role. */
export function applyLocated(reading: ArticleReading, quotation: ExtractedQuotation, located: Located): void {
  const resolved = resolveSpeaker(reading, located, quotation.pieces);
  if (resolved.speaker) quotation.speaker = resolved.speaker;
  else delete quotation.speaker;
  const joint = resolved.with?.[0] ?? (resolved.speaker?.kind === 'person' ? jointSpeaker(reading, located, resolved.speaker.person) : undefined);
  if (joint) quotation.with = [joint];
  else delete quotation.with;
  quotation.mention = resolved.mention;
  quotation.cue = located.attribution.cue;
  if (resolved.role) quotation.role = resolved.role;
  if (resolved.office) quotation.office = resolved.office;
  else delete quotation.office;
}

/**
 * `said Ms. Lake and Mr. Dunn`, `Schumer and Pelosi said in a joint statement`: the other person of a pair
 * joined by `and` that is the attribution's subject, next to the cue (not `met Xi and Putin said`).
 */
function jointSpeaker(reading: ArticleReading, located: Located, speaker: ArticlePerson): ArticlePerson | undefined {
  const subject = located.attribution.subject;
  if (subject.kind !== 'name') return undefined;
  const text = reading.paragraphs[located.paragraph] as string;
  const start = located.base + subject.start;
  const end = start + subject.text.length;
  const mentions = reading.mentionsByParagraph[located.paragraph] ?? [];
  const personal = (mention: NameMention | undefined): ArticlePerson | undefined => {
    const person = mention && !mention.inQuote ? reading.people.byMention.get(mention) : undefined;
    return person && person !== speaker && person.person === 'yes' && speaker.person === 'yes' ? person : undefined;
  };
  // The other after the subject: `said Ms. Lake and Mr. Dunn.`, `Lake and Dunn said`.
  const after = JOINED_AFTER.exec(text.slice(end, end + 120));
  if (after) {
    // (The mention may start at its title or after it: `Mr. Dunn`.)
    const next = mentions.find((mention) => mention.start >= end + after[0].length && mention.start <= end + after[0].length + 6);
    const other = personal(next);
    const rest = next ? text.slice(next.end, next.end + 40) : '';
    const closes = located.from === 'after' ? CLAUSE_CLOSES.test(rest) : CUE_FOLLOWS.test(rest);
    if (other && closes) return other;
  }
  // The other before it: `Ms. Lake and Mr. Dunn said`, the cue's subject read as the name next to it.
  if (located.from !== 'before' || !JOINED_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return undefined;
  const previous = mentions.findLast((mention) => mention.end <= start - 5 && mention.end >= start - 6);
  return previous && CUE_FOLLOWS.test(text.slice(end, end + 40)) ? personal(previous) : undefined;
}

/** ` and `: the word that joins two speakers, right after the first. */
// (`write Gérard Araud, a former ambassador …, and Ali Vaez`: or after the first one's role set off by commas.)
const JOINED_AFTER = /^(?:,\s+(?:a|an|the)\s[^,;:.“”"()]{1,100})?,? and /;
/** ` and ` right before the second speaker. */
const JOINED_BEFORE = / and $/;
/** `.`, `,`, ` in a statement`: the attribution's clause ends after the pair. */
const CLAUSE_CLOSES = /^(?:\s*[.,;:]|\s*$|\s+(?:in|on|at)\s+(?:a|an|the|their)\s)/;
/** ` said`, ` also wrote`, `, both Democrats, said`: a verb of speech next after the pair. */
const CUE_FOLLOWS = /^(?:,[^,.;]{1,60},)?\s+(?:(?:also|then|later|jointly)\s+)?(?:said|say|says|wrote|write|writes|told|added|argued|warned|noted|stated|tweeted|declared)\b/;

/**
 * Who speaks a quotation with no cue of its own, in order of evidence: the subject of its own sentence
 * when already known as a person; the speaker of the reported speech just before it; a person the
 * sentence before brings in; one who acts (named, or a pronoun or a description) at the end of a paragraph told
 * between it and the quotation before it;
 * the voice of the quotation before it; the subject of the sentence before. `followsOn` marks words inside a sentence
 * given only by that voice (`It bemuses Wiig that the film has been described as “raunchy”.`): no sign that its
 * speaker spoke there.
 */
export function uncuedSpeaker(
  reading: ArticleReading,
  paragraph: number,
  piece: QuotePiece,
  context: PieceContext,
): { speaker: ResolvedSpeaker; with?: ArticlePerson[]; mention?: string; cue?: string; inherited: boolean; followsOn?: boolean } | undefined {
  const { paragraphs, people, previousAccepted } = reading;
  const text = paragraphs[paragraph] as string;
  // (`asylum deals, sometimes referred to as “safe third country” deals`: a name a participle gives, with no
  // one said to give it, is not the sentence's subject's words.)
  if (NAMED_BY_PARTICIPLE_BEFORE.test(context.head)) return undefined;
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
  // (`Before departing the summit, Trump doubled down on his assertions. “It's going to change.”`: one who acts in
  // the sentence just before, in the quotation's own paragraph, speaks it, rather than the speaker of a paragraph before.)
  // (Not after a question, which the quotation answers: `So is UKIP's job to destroy the Tories, as Kilroy-Silk declared? “No. …”`.)
  // (`“…,” Ferro said. Hollis was unmoved. “…”`: or after the quotation before in the same paragraph, when a sentence of
  // its own that a name opens stands between them; not `And Sanders supporters don't trust …`.)
  const previousEnd = previousAccepted?.paragraph === paragraph ? (previousAccepted.quotation.pieces.at(-1)?.end ?? text.length) : undefined;
  const sentenceJust = opensSentence && previousAccepted ? reading.sentenceJustBefore(paragraph, context.sentenceStart) : undefined;
  const between = previousEnd !== undefined && sentenceJust?.where === paragraph && sentenceJust.start >= previousEnd ? text.slice(sentenceJust.start, sentenceJust.end) : undefined;
  const opener = between !== undefined ? sentenceSubject(between) : null;
  const betweenQuotations = between !== undefined && opener?.kind === 'name' && opener.start === between.length - between.trimStart().length;
  const sentenceBefore = previousAccepted && (previousAccepted.paragraph < paragraph || betweenQuotations) ? sentenceJust : undefined;
  if (sentenceBefore?.where === paragraph && !/\?\s*$/.test(text.slice(sentenceBefore.start, sentenceBefore.end))) {
    const actor = subjectJustBefore(reading, paragraph, context.sentenceStart);
    if (actor) return { speaker: { kind: 'person', person: actor }, mention: actor.name, inherited: true };
  }
  // (`Sessions later hit back in a written statement. ¶ “I took control …”`: a sentence that ends on a document
  // someone issued introduces its words.)
  const issued = opensSentence ? issuerEndingSentenceBefore(reading, paragraph, context.sentenceStart) : undefined;
  if (issued) return { speaker: issued, inherited: true };
  // (`“…,” Bosh said. ¶ … Following the game Mitchell talked like a proud father …. ¶ “…”`: a quotation that opens a
  // paragraph after one told about someone else is that one's, who acts at the end of the paragraph just before,
  // rather than the voice of a quotation further back.)
  // (`In a Senate floor speech Friday, she singled out …. ¶ “…”`, `A Parliament Hill reporter recorded the frenzied
  // moments …. ¶ “…”`: or one the main clause's pronoun stands for, or a person it describes.)
  const closing = opensSentence && context.sentenceStart === 0 && previousAccepted && previousAccepted.paragraph < paragraph - 1;
  const actor = closing ? actorClosingParagraphBefore(reading, paragraph) : undefined;
  if (actor) return { speaker: { kind: 'person', person: actor }, mention: actor.name, inherited: true };
  const unnamed = closing ? unnamedActorClosingParagraphBefore(reading, paragraph) : undefined;
  if (unnamed?.speaker) return { speaker: unnamed.speaker, mention: unnamed.mention, inherited: true };
  const source = previousAccepted && paragraph - previousAccepted.paragraph <= FOLLOW_ON_PARAGRAPHS ? previousAccepted.quotation : undefined;
  // The caller copies `mention` only when it is set, so an empty one may stand in the object.
  if (source?.speaker) return { speaker: source.speaker, ...(source.with ? { with: source.with } : {}), mention: source.mention || undefined, inherited: true, followsOn: !opensSentence };
  const subject = opensSentence ? subjectJustBefore(reading, paragraph, context.sentenceStart) : undefined;
  if (subject) return { speaker: { kind: 'person', person: subject }, mention: subject.name, inherited: true };
  return undefined;
}

/**
 * The person who acts in the main clause of the sentence that closes the paragraph before this one (`Following the
 * game Mitchell talked like a proud father.`), if one does.
 */
function actorClosingParagraphBefore(reading: ArticleReading, paragraph: number): ArticlePerson | undefined {
  const before = reading.namesInSentenceJustBefore(paragraph, 0);
  if (!before) return undefined;
  for (const mention of before.mentions) {
    const person = reading.people.byMention.get(mention);
    if (person?.person !== 'yes' || !actsAsSubject(before.text, mention)) continue;
    // (`Schnabel … filmed at the hospital, where Bauby received care, and …`: one who acts in a clause that hangs
    // on another is not whom the sentence is about.)
    if (SUBORDINATE_RIGHT_BEFORE.test(before.text.slice(Math.max(before.start, mention.start - 12), mention.start))) continue;
    return person;
  }
  return undefined;
}

/**
 * Whom the subject of the sentence that closes the paragraph before stands for, when it is a pronoun (`In a Senate
 * floor speech Friday, she singled out …`) or a description with an article (`A Parliament Hill reporter recorded …`).
 */
function unnamedActorClosingParagraphBefore(reading: ArticleReading, paragraph: number): ResolvedAttribution | undefined {
  const before = reading.sentenceJustBefore(paragraph, 0);
  if (!before) return undefined;
  const subject = sentenceSubject((reading.paragraphs[before.where] as string).slice(before.start, before.end));
  if (subject?.kind !== 'pronoun' && !(subject?.kind === 'description' && DESCRIPTION_WITH_ARTICLE.test(subject.text))) return undefined;
  return resolveSpeaker(reading, { attribution: { cue: '', subject }, paragraph: before.where, base: before.start, from: 'before' });
}

/** `the president`, `A Parliament Hill reporter`: a description that opens on an article (not `There's little`). */
const DESCRIPTION_WITH_ARTICLE = /^(?:the|a|an|one)\s/i;

/** ` where `, ` after `, ` who `: a word that opens a clause which hangs on another, right before a name. */
const SUBORDINATE_RIGHT_BEFORE = /\b(?:where|when|while|whereas|as|after|before|since|until|because|if|unless|although|though|who|whom|which|that)\s+$/i;

/** `, sometimes referred to as `, `, known as `, `, dubbed `: a participle that names, set off by a comma, right before the quotation. */
const NAMED_BY_PARTICIPLE_BEFORE = /,\s+(?:(?:sometimes|often|also|widely|commonly|informally)\s+)?(?:referred\s+to\s+as|known\s+as|dubbed|called|nicknamed|labell?ed|described\s+as)\s+(?:an?\s+|the\s+)?$/;

/** Who issued the document that ends the sentence just before (`… hit back in a written statement.`), if the article says. */
function issuerEndingSentenceBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): ResolvedSpeaker | undefined {
  const before = reading.sentenceJustBefore(paragraph, sentenceStart);
  if (!before) return undefined;
  const text = reading.paragraphs[before.where] as string;
  const ending = DOCUMENT_ENDING_SENTENCE.exec(text.slice(before.start, before.end));
  if (!ending) return undefined;
  const at = before.start + ending.index;
  const event = issuedDocuments(reading).find((issued) => issued.paragraph === before.where && issued.offset >= at && issued.offset < before.end);
  return event?.issuer.kind === 'person' ? event.issuer : undefined;
}

/** ` in a written statement.`, ` in a statement Tuesday:`: a document that ends its sentence, perhaps with a day. */
const DOCUMENT_ENDING_SENTENCE = /\s(?:in|with)\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:statement|letter|post|tweet|email|release)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?[.:]\s*$/u;

/** How many paragraphs back a quotation with no cue of its own may take its speaker from. */
const FOLLOW_ON_PARAGRAPHS = 2;
