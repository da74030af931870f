import { genderOfWord } from './given-names.js';
import { CUE_WORDS, PRONOUN_GENDER } from './lexicon.js';
import { actsAsSubject, POSSESSIVE_AT, ROLE_AFTER_COPULA_AT } from './mention-grammar.js';
import type { NameMention } from './name-mention.js';
import { isNationalityWord, isNonPersonWord, matchAt, roleBeforeName, SPEECH_VERB_AT } from './name-words.js';
import type { ArticlePerson } from './people.js';
import { type ArticleReading, countWordsUpTo, sentenceAround, withPiecesBlanked } from './reading.js';
import { sentenceSubject } from './sentence-subject.js';

/**
 * The tests `resolvePronoun` puts to a person named before `he` or `she`, and to the sentences in between: whether
 * the name opens its sentence or the pronoun's, is the reported speaker just before, is listed among people who act,
 * is cited with `according to`, stands in a dash aside or a report another attributes, is brought in with a role, or
 * is written as a person's name at all; and the gender an article gives a person by the pronouns it uses of them.
 * Separate from the reading back itself, which weighs these in its order; none of them reads a description.
 */

/**
 * `Piers Freelove is senior benefit officer on the picket line. He said: …`: a name written as a person's
 * (two or three capitalised words, none a body's or a nation's) that opens the sentence just before the
 * pronoun's, as its subject, is whom the pronoun stands for, though no list knows the first name (unlike
 * `unfamiliarSubjectJustBefore`, a last resort, this one goes before the last speaker, so it asks more).
 */
export function unlistedPersonJustBefore(reading: ArticleReading, pronoun: string, paragraph: number, offset: number, quoted: ReadonlySet<ArticlePerson>): ArticlePerson | undefined {
  const sentenceStart = reading.sentenceStartAt(paragraph, offset);
  // Only a pronoun that opens its sentence (`He said:`), or follows its quotation (`“…,” he said`).
  const lead = reading.paragraphs[paragraph]?.slice(sentenceStart, offset) ?? '';
  if (countWordsUpTo(lead, 1) > 0 && !/["“”]/.test(lead)) return undefined;
  let before = reading.namesInSentenceJustBefore(paragraph, sentenceStart);
  // (`Rashad Robinson is executive director of Color of Change. ¶ He said he hoped … Mr Trump's attitude … ¶ “…,”
  // he said`: a sentence that the same pronoun opens goes on with the same person, whoever else it names; the
  // sentence before it is read.)
  const between = before ? reading.sentenceJustBefore(paragraph, sentenceStart) : undefined;
  if (between && startsWithPronoun(reading.paragraphs[between.where] as string, between.start, pronoun)) before = reading.namesInSentenceJustBefore(between.where, between.start);
  if (!before) return undefined;
  const first = subjectMention(before);
  if (first?.person !== 'maybe' || first.hasTitle || !actsAsSubject(before.text, first)) return undefined;
  // (`Pato was delighted with how his first game went. ¶ “…,” he said.`: a lone word no one has claimed, as a name's
  // plain word, that acts at the head of the sentence just before, which goes on to call it by the pronoun, is the
  // one the pronoun stands for.)
  // (Written with its capital inside a sentence too, as a name is: `Tests showed his …` opens on a common noun. And
  // named last before the pronoun: not `Chelsea decided to act before his case was heard …. ¶ But Mutu has hit out …,
  // saying: “…” He told`, where the pronoun's own sentence names another.)
  if (
    !reading.people.byMention.has(first) &&
    lonePlainName(first) &&
    capitalisedMidSentence(reading, first) &&
    ownPronounGender(reading, first) === PRONOUN_GENDER.get(pronoun.toLowerCase()) &&
    !namedBetween(reading, first, paragraph, offset)
  ) {
    const named = reading.people.add(first);
    if (named.person === 'maybe') named.person = 'yes';
    return named.person === 'yes' && !quoted.has(named) ? named : undefined;
  }
  const person = reading.people.byMention.get(first);
  if (person?.person !== 'maybe' || person.gender !== undefined || quoted.has(person)) return undefined;
  if (!writtenAsPersonsName(person)) return undefined;
  // A person, not a body, by what the article writes: a role after `is` (`is senior benefit officer`), or
  // the surname alone as the person is called again (`Melzer has now beaten Agassi`).
  const role = matchAt(ROLE_AFTER_COPULA_AT, before.text, first.end) !== null;
  const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
  return role || person.mentions.some((mention) => mention.bare === surname) ? person : undefined;
}

/**
 * The one whose speech the sentence just before the pronoun's reports, as the subject of a verb of speech: by name
 * (`Trump said he was trying to stay calm.`), or by the same pronoun, read back through such sentences to the name
 * (`Clinton said a 2010 exchange …. She said after the correspondence …. She said she did not recall …`).
 */
export function speakerReportedJustBefore(reading: ArticleReading, paragraph: number, offset: number, pronoun: string): ArticlePerson | undefined {
  let before = reading.sentenceJustBefore(paragraph, reading.sentenceStartAt(paragraph, offset), true);
  for (let back = 0; before && back < REPORTS_BACK; back++) {
    const text = reading.paragraphs[before.where] as string;
    for (const mention of reading.mentionsByParagraph[before.where] ?? []) {
      if (mention.start < before.start || mention.start >= before.end || mention.inQuote) continue;
      if (actsAsSubject(text, mention) && matchAt(SPEECH_VERB_AT, text, mention.end)) return reading.people.byMention.get(mention);
    }
    const opening = PRONOUN_OPENING_CLAUSE_AT.exec(text.slice(before.start, before.start + 10));
    // (The opening's match ends on the space after the pronoun, where a verb of speech starts with its space.)
    if (!opening || opening[1]?.toLowerCase() !== pronoun.toLowerCase() || !matchAt(SPEECH_VERB_AT, text, before.start + opening[0].length - 1)) return undefined;
    before = reading.sentenceJustBefore(before.where, before.start, true);
  }
  return undefined;
}

/** How many sentences of one's reported speech `speakerReportedJustBefore` reads back through. */
const REPORTS_BACK = 4;

/** What `genderByOwnPronouns` found for each person, once per article: over all their mentions, or their full names only. */
const OWN_PRONOUN_GENDERS = new WeakMap<ArticlePerson, 'm' | 'f' | null>();
const FULL_NAME_PRONOUN_GENDERS = new WeakMap<ArticlePerson, 'm' | 'f' | null>();

/**
 * The gender a person of no known gender has by the pronouns of sentences they open as subject: `Covic came home
 * … because he felt it would be a step forward for his international career`, `Pato was delighted with how his
 * first game went`. Only the first pronoun after the name counts, and only when no one else is named before it;
 * a person is so called at least once and never by the other gender's pronouns.
 */
export function genderByOwnPronouns(reading: ArticleReading, person: ArticlePerson, fullNamesOnly = false): 'm' | 'f' | undefined {
  const cache = fullNamesOnly ? FULL_NAME_PRONOUN_GENDERS : OWN_PRONOUN_GENDERS;
  const known = cache.get(person);
  if (known !== undefined) return known ?? undefined;
  const votes = { m: 0, f: 0 };
  for (const mention of person.mentions) {
    // (For a name no list knows, only where it is written in full: `Castro said he` after `Rep. Joaquin Castro` and
    // `his brother Julián Castro` may be either's, as far as the article's clustering goes.)
    if (fullNamesOnly && !mention.bare.includes(' ')) continue;
    const gender = ownPronounGender(reading, mention, person);
    if (gender) votes[gender]++;
  }
  const gender = votes.m > 0 && votes.f === 0 ? 'm' : votes.f > 0 && votes.m === 0 ? 'f' : null;
  cache.set(person, gender);
  return gender ?? undefined;
}

/**
 * The gender of the first pronoun of the sentence a mention opens as subject (after an opening phrase perhaps), when no
 * one else (not `person`) is named before it: `Pato was delighted with how his first game went`.
 */
function ownPronounGender(reading: ArticleReading, mention: NameMention, person?: ArticlePerson): 'm' | 'f' | undefined {
  if (mention.inQuote) return undefined;
  const text = reading.paragraphs[mention.paragraph] as string;
  const { start, end } = sentenceAround(reading.narrativeEndsOf(mention.paragraph), mention.start, mention.end, text.length);
  const lead = text.slice(start, mention.start);
  if (!(SENTENCE_OPENING_LEAD.test(lead) || OPENING_PHRASE_LEAD.test(lead)) || !actsAsSubject(text, mention) || matchAt(PASSIVE_AT, text, mention.end)) return undefined;
  const rest = withPiecesBlanked(text, mention.end, end, reading.piecesByParagraph[mention.paragraph] ?? []);
  const pronoun = FIRST_PERSONAL_PRONOUN.exec(rest);
  if (!pronoun) return undefined;
  const at = mention.end + pronoun.index;
  // (`Einstein blocks known malicious traffic …, she explained`: a pronoun set off before a verb of speech is the source's;
  // not `…, which he said was still “too slow”`.)
  if (text.endsWith(', ', at) && matchAt(SPEECH_VERB_AT, text, at + (pronoun[1] as string).length)) return undefined;
  // (`Drazic came home from Norway because he felt`: a place on the way is no one the pronoun could be.)
  const someoneBetween = (reading.mentionsByParagraph[mention.paragraph] ?? []).some((other) => {
    if (other.start < mention.end || other.start >= at || other.person === 'no') return false;
    const named = reading.people.byMention.get(other);
    return named !== person && named?.person === 'yes';
  });
  const gender = FEMALE_PRONOUN.test(pronoun[1] as string) ? 'f' : 'm';
  // (Nor one the words before it call a man or a woman: `Trump drew on comments the Texan’s wife made, when she …`.)
  if (someoneBetween || (text.slice(mention.end, at).match(LOWER_CASE_WORDS) ?? []).some((word) => genderOfWord(word) === gender)) return undefined;
  return gender;
}

/** The first `he`, `his`, `himself`, `she`, `her` or `herself` in a text (`her` may be an object's, but seldom the subject's other). */
const FIRST_PERSONAL_PRONOUN = /\b(he|his|himself|she|her|herself)\b/;
/** Words in lower case. */
const LOWER_CASE_WORDS = /\b[a-z]+\b/g;
/** `she`, `her`, `herself`: the woman's forms of those. */
const FEMALE_PRONOUN = /^(?:she|her)/;

/** Whether a possessive name's reported thought or words (`Assange’s suggestions that he`) open a clause with the same pronoun, in the sentence `offset` stands in. */
export function ownReportedPronoun(reading: ArticleReading, paragraph: number, offset: number, mention: NameMention, pronoun: string): boolean {
  const text = reading.paragraphs[paragraph] as string;
  if (reading.sentenceStartAt(paragraph, mention.start) !== reading.sentenceStartAt(paragraph, offset)) return false;
  const reported = POSSESSIVE_REPORT_THEN_PRONOUN_AT.exec(text.slice(mention.end, offset));
  return reported?.[1] !== undefined && reported[1].toLowerCase() === pronoun.toLowerCase();
}

/** `’s suggestions that he`, `'s claim that she`: a possessive, a word for something said or thought, `that` and a pronoun. */
const POSSESSIVE_REPORT_THEN_PRONOUN_AT = /^['’]s\s+(?:[a-z-]+\s+)?(?:suggestions?|claims?|assertions?|insistence|view|belief|argument|statements?|remarks?|comments?|contention|accusations?)\s+that\s+(he|she)\b/;

/**
 * Whether a sentence opens on the mention (`Trump's press conference started out announcing he'd signed …`, `On
 * Sunday, Trump refused to address the controversy over his tweet`, `For Tamisat, 27, and her young children, …`)
 * or has it as its subject, then calls someone by the pronoun's forms (`he`, `his`; `she`, `her`), naming no one
 * else who could be so called: the one the sentence is about, whom the next `he said` goes on with. (Not one
 * named as an object, `questioned Jackson's experience and his fitness`, whom the pronoun may not stand for.)
 */
export function opensSentenceCalledByPronoun(reading: ArticleReading, paragraph: number, mention: NameMention, gender: 'm' | 'f', until: number | undefined): boolean {
  const text = reading.paragraphs[paragraph] as string;
  const { start, end } = sentenceAround(reading.narrativeEndsOf(paragraph), mention.start, mention.end, text.length);
  // (`He said Trump had …`: a sentence that opens with the pronoun is someone else's.)
  if (PRONOUN_OPENING_AT.test(text.slice(start, start + 5))) return false;
  const lead = text.slice(start, mention.start);
  const about = SENTENCE_OPENING_LEAD.test(lead) || OPENING_PHRASE_LEAD.test(lead) || FOR_OR_TO_OPENING.test(lead) || (actsAsSubject(text, mention) && !matchAt(PASSIVE_AT, text, mention.end));
  if (!about) return false;
  const to = until === undefined ? end : Math.min(end, until);
  const named = reading.people.byMention.get(mention);
  for (const other of reading.mentionsByParagraph[paragraph] ?? []) {
    if (other === mention || other.inQuote || other.start < start || other.start >= to) continue;
    const person = reading.people.byMention.get(other);
    if (person && person !== named && person.person !== 'no' && (person.gender === undefined || person.gender === gender)) return false;
  }
  return PRONOUN_FORMS[gender].test(withPiecesBlanked(text, mention.end, to, reading.piecesByParagraph[paragraph] ?? []));
}

/** `He `, `She `: a sentence that opens with a pronoun. */
const PRONOUN_OPENING_AT = /^\s*(?:He|She)\b/;
/** `On Sunday, `, `In his farewell speech, `: a short phrase and its comma, opening a sentence before its subject. */
const OPENING_PHRASE_LEAD = /^[^,]{1,40},\s+$/;
/** `For `, `To `: opening a sentence about someone (`To Sean Trende, the senior elections analyst, the concept …`). */
const FOR_OR_TO_OPENING = /^\s*(?:For|To)\s+$/;
/** `he`, `his`, `himself` (`she`, `her`, `herself`): forms that go back to the sentence's subject; not `him`, which is seldom the subject's (`Trump's decision angered him`). */
const PRONOUN_FORMS: Readonly<Record<'m' | 'f', RegExp>> = { m: /\b(?:he|his|himself)\b/, f: /\b(?:she|her|herself)\b/ };

/** Whether a name in the possessive opens the sentence that `offset` stands in (`Mr. Akin's campaign appeared to … when he`). */
export function ownerOpensSentence(reading: ArticleReading, paragraph: number, offset: number, mention: NameMention): boolean {
  const text = reading.paragraphs[paragraph] as string;
  const start = reading.sentenceStartAt(paragraph, mention.start);
  return matchAt(POSSESSIVE_AT, text, mention.end) !== null && reading.sentenceStartAt(paragraph, offset) === start && SENTENCE_OPENING_LEAD.test(text.slice(start, mention.start));
}

/**
 * Whether the sentence a mention stands in opens with the same pronoun (`He learned he sometimes received treatments
 * when Roosevelt did.`): a quotation closing a sentence ends it (`He added: “…” Mr Malik, who is himself running …,
 * acknowledged` opens a new one at the name).
 */
export function openedByPronoun(reading: ArticleReading, paragraph: number, mention: NameMention, pronoun: string): boolean {
  const text = reading.paragraphs[paragraph] as string;
  return startsWithPronoun(text, sentenceAround(reading.narrativeEndsOf(paragraph), mention.start, mention.end, text.length).start, pronoun);
}

/** Whether the sentence at `start` opens with `he` or `she` as `pronoun` is (`He said he hoped …`). */
// (`But he added the advantages …`: perhaps after a conjunction.)
// (`In 1992, during an interview with CBN's Pat Robertson, he said`: or after phrases a preposition opens, whose names
// are what the sentence is about, not who acts in it.)
export function startsWithPronoun(text: string, start: number, pronoun: string): boolean {
  const opening = PRONOUN_OPENING_CLAUSE_AT.exec(text.slice(start, start + 10))?.[1] ?? PRONOUN_AFTER_PREPOSITION_PHRASE.exec(text.slice(start, start + 200))?.[1];
  return opening !== undefined && opening.toLowerCase() === pronoun.toLowerCase();
}

/** `He `, `But she `: a pronoun opening a sentence, perhaps after a conjunction. */
const PRONOUN_OPENING_CLAUSE_AT = /^\s*(?:(?:But|And|Yet|So)\s+)?([Hh]e|[Ss]he)\s/;

/**
 * `In 1992, during an interview with CBN's Pat Robertson, he `, `At a rally with Mr. Cruz on Monday, she `: phrases a
 * preposition opens, then the pronoun as the subject (not `After Smith lost, he`, a clause whose subject it may be).
 */
const PRONOUN_AFTER_PREPOSITION_PHRASE = /^\s*(?:(?:But|And|Yet|So)\s+)?(?:In|On|At|During|Throughout|Despite|Amid|Under|With|Without)\s[^;:.!?“”"]{1,160}?,\s+(he|she)\s+[a-z]/;

/**
 * The name that opens a sentence as its subject: the first name, with no words before it, or the one after
 * a dateline or an opening phrase (`OTTAWA - Karlheinz Schreiber told MPs`, `Despite carding a 68, Trahan
 * was still surprised`).
 */
function subjectMention(sentence: { text: string; start: number; mentions: NameMention[] }): NameMention | undefined {
  const first = sentence.mentions[0];
  if (first && countWordsUpTo(sentence.text.slice(sentence.start, first.start), 1) === 0) return first;
  const subject = sentenceSubject(sentence.text.slice(sentence.start));
  if (subject?.kind !== 'name') return undefined;
  // (`Scientist Scott Rupp of …`: a role in capitals the scan leaves out may open the subject's name.)
  const from = sentence.start + subject.start;
  return sentence.mentions.find((mention) => mention.start >= from && mention.end <= from + subject.text.length);
}

/**
 * `Piers Freelove`, `DJ Trahan`: a name the reader is not sure is a person's (`maybe`), written as one, in two or three
 * capitalised words, none a body's or a nation's word (a first name may be two initials, as American names are written).
 */
export function writtenAsPersonsName(person: ArticlePerson): boolean {
  if (person.person !== 'maybe') return false;
  const words = person.name.split(' ');
  const plain = (word: string, index: number): boolean => (PLAIN_NAME_WORD.test(word) && !isNonPersonWord(word) && !isNationalityWord(word)) || (index === 0 && INITIALS_FIRST_NAME.test(word));
  return words.length >= 2 && words.length <= 3 && words.every(plain);
}

/** Whether the article writes a lone word, outside quotations, where its capital opens no sentence (`teed up Pato`, `Aerospace engineer Ali`). */
function capitalisedMidSentence(reading: ArticleReading, lone: NameMention): boolean {
  return reading.mentionsByParagraph.some((mentions, paragraph) =>
    mentions.some((mention) => mention.bare === lone.bare && !mention.inQuote && LOWER_CASE_WORD_BEFORE.test((reading.paragraphs[paragraph] as string).slice(Math.max(0, mention.start - 3), mention.start))),
  );
}

/** Whether the narrative names anyone after a mention’s sentence and before `offset` in `paragraph`. */
function namedBetween(reading: ArticleReading, mention: NameMention, paragraph: number, offset: number): boolean {
  const text = reading.paragraphs[mention.paragraph] as string;
  const { end } = sentenceAround(reading.narrativeEndsOf(mention.paragraph), mention.start, mention.end, text.length);
  for (let index = mention.paragraph; index <= paragraph; index++) {
    for (const other of reading.mentionsByParagraph[index] ?? []) {
      if (other.inQuote || (index === mention.paragraph && other.start < end) || (index === paragraph && other.start >= offset)) continue;
      return true;
    }
  }
  return false;
}

/** A word in lower case, and a space, right before a name: it stands inside its sentence. */
const LOWER_CASE_WORD_BEFORE = /\p{Ll} $/u;

/** `Pato`, `Kaka`: a lone capitalised word, as a name's plain word is written, no body's nor nation's word. */
function lonePlainName(mention: NameMention): boolean {
  return !mention.bare.includes(' ') && PLAIN_NAME_WORD.test(mention.bare) && !isNonPersonWord(mention.bare) && !isNationalityWord(mention.bare);
}

/** `Freelove`, `Garcia-Lopez`: a capitalised word of a person's name, as opposed to `BBC` or `M&S`. */
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?$/u;

/** `DJ`, `AJ`, `TJ`: a first name written as two initials, the second a J. */
const INITIALS_FIRST_NAME = /^[A-Z]J$/;

/** Whether a name is brought in as one of the people in the plural who open the sentence and act (`Other Republicans criticized it, including Kevin McCarthy`). */
export function namedAmongActors(reading: ArticleReading, index: number, mention: NameMention): boolean {
  const text = reading.paragraphs[index] as string;
  // (`Vice President Pence and GOP leaders urged rank-and-file members to …. ¶ “…,” he said`: or the one named at the
  // head of a sentence that such people open with them.)
  if (matchAt(LEADS_PEOPLE_ACTING_AT, text, mention.end) && opensItsSentence(reading, index, text, mention)) return true;
  return INCLUDED_BEFORE.test(text.slice(Math.max(0, mention.start - 48), mention.start)) && PEOPLE_ACTED_OPENING.test(text.slice(reading.sentenceStartAt(index, mention.start)));
}

/** `, including `, `, among them `, perhaps with a title in capitals, right before a name: one of those the clause is about. */
const INCLUDED_BEFORE = /,\s+(?:including|among them|notably|led by|like|such as)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** `Republicans`, `lawmakers`, `officials`: people in the plural, who may act together. */
const PLURAL_PEOPLE = 'Republicans|Democrats|lawmakers|legislators|senators|critics|officials|conservatives|liberals|members|leaders|activists|experts';
/** ` and GOP leaders urged`, ` and other Democrats called`: people in the plural joined to a name, then the verb they share. */
const LEADS_PEOPLE_ACTING_AT = new RegExp(String.raw`\s+and\s+(?:(?:other|fellow|his|her|several|some|\p{Lu}[\p{L}.'’-]*)\s+){0,2}(?:${PLURAL_PEOPLE}|allies|aides|advisers)\s+(?:also\s+)?[a-z]+(?:ed|d)\b`, 'uy');
/**
 * `Other Republicans criticized`, `Several lawmakers said`: a sentence opened by people in the plural who act;
 * or `But some skeptical conservatives, like Rep. Mo Brooks, …, were refusing`: by such people, and an example.
 */
const PEOPLE_ACTED_OPENING = new RegExp(
  String.raw`^(?:(?:Other|Many|Several|Some|Fellow|Top|Senior|Both)\s+)?(?:${PLURAL_PEOPLE})\s+(?:also\s+)?[a-z]+(?:ed|d)\b|^(?:(?:But|And|Yet)\s+)?(?:(?:[Oo]ther|[Mm]any|[Ss]everal|[Ss]ome|[Ff]ellow|[Tt]op|[Ss]enior|[Bb]oth)\s+)?(?:[a-z-]+\s+){0,2}(?:${PLURAL_PEOPLE}),\s+(?:like|such as|including)\s`,
);

/** `According to `: a source, right before its name. */
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+$/i;

/** Whether a name stands in a question put to its sentence's subject, opening the sentence (`Asked if he was saying Graham should …, `). */
export function insideAskedClause(reading: ArticleReading, paragraph: number, mention: NameMention): boolean {
  const text = reading.paragraphs[paragraph] as string;
  const from = reading.sentenceStartAt(paragraph, mention.start);
  // (Most sentences open otherwise: one look at the first word spares the pattern.)
  if (!ASKED_OPENING_AT.test(text.slice(from, from + 12))) return false;
  const clause = ASKED_CLAUSE.exec(text.slice(from, mention.start + 200));
  return clause !== null && mention.start < from + clause[0].length;
}

/** `Asked`, `When asked`: how a question put to the sentence's subject opens it. */
const ASKED_OPENING_AT = /^\s*(?:(?:When|After|Once)\s+)?[Aa]sked\s/;

/** `Asked whether …, `, `When asked about …, `: a question put to the sentence's subject, up to its comma. */
const ASKED_CLAUSE = /^\s*(?:(?:When|After|Once)\s+)?[Aa]sked\s+(?:if|whether|about|how|why|what|who|when|where)\b[^,;.“”"]{1,160},/;

/** The person named after `according to` in the sentence, before the offset, if any. */
export function sourceInSentence(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const text = reading.paragraphs[paragraph] as string;
  const sentenceStart = reading.sentenceStartAt(paragraph, offset);
  for (const mention of reading.mentionsByParagraph[paragraph] ?? []) {
    if (mention.start < sentenceStart || mention.start >= offset || mention.inQuote) continue;
    if (ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, mention.start - 13), mention.start))) return reading.people.byMention.get(mention);
  }
  return undefined;
}

/**
 * Whether no one else acts in the mention's sentence: in `She thanked the woman she played, Katharine
 * Hepburn` or `he was felled by Blackburn midfielder Aaron Mokoena`, the one introduced is an object.
 */
export function soleActorOf(reading: ArticleReading, paragraph: number, mention: NameMention, fitting: (person: ArticlePerson) => boolean): boolean {
  const { paragraphs, people, mentionsByParagraph } = reading;
  const text = paragraphs[paragraph] as string;
  // A quotation that closes a sentence ends it (`… playing that role." Staunton is the choice of …`):
  // a `she` inside it is not in the mention's sentence.
  const ends = reading.narrativeEndsOf(paragraph);
  let start = 0;
  for (const at of ends) if (at <= mention.start) start = at;
  const end = ends.find((at) => at > mention.start) ?? text.length;
  if (/\b(?:he|she|He|She)\b/.test(text.slice(start, end))) return false;
  for (const other of mentionsByParagraph[paragraph] ?? []) {
    if (other === mention || other.start < start || other.start >= end || other.inQuote) continue;
    const person = people.byMention.get(other);
    if (person !== undefined && fitting(person) && actsAsSubject(text, other)) return false;
  }
  return true;
}

/**
 * `Steven Gaydos, executive editor of Variety`, `star skipper Brian O'Driscoll`: the first mention of a
 * full name, with the role that introduces a new voice to the story.
 */
export function introducedWithRole(text: string, mention: NameMention, person: ArticlePerson): boolean {
  if (person.mentions[0] !== mention || !mention.bare.includes(' ')) return false;
  // (`eight players, including captain Jason Robinson and fly-half Charlie Hodgson`: one of a list is no new voice.)
  if (IN_A_LIST_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return false;
  // (`One woman on the move is Haso Bultum, 27.`: an age alone brings someone in as well.)
  // (`… did nothing to placate Sharon Tomlinson of Minneapolis, standing feet from …`: so does the place a voice from
  // the street comes from, though the name stands as an object. Not a title in capitals: `President Donald Trump`,
  // first named late, is seldom a new voice.)
  return (
    ROLE_IN_APPOSITION_AT.test(text.slice(mention.end, mention.end + 40)) ||
    AGE_IN_APPOSITION_AT.test(text.slice(mention.end, mention.end + 8)) ||
    roleBeforeName(text, mention.start) ||
    HOME_PLACE_IN_APPOSITION_AT.test(text.slice(mention.end, mention.end + 40))
  );
}

/** ` of Minneapolis,`, ` from Leeds.`: where a person introduced by name lives or comes from, closing the name's phrase. */
const HOME_PLACE_IN_APPOSITION_AT = /^\s+(?:of|from)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:,\s+\p{Lu}\p{Ll}+\.?)?[,.]/u;

/** `, 27.`, `, 27, and her young children`: an age set off after a name. */
const AGE_IN_APPOSITION_AT = /^,\s*\d{1,3}(?:[.,]|$)/;

const IN_A_LIST_BEFORE = /\b(?:including|such as|like|and)\s+(?:[a-z-]+\s+){0,2}$/;
/** `, executive editor of`, `, the coach,`, `, 23, an information manager`: a role set off after a name (and an age). */
const ROLE_IN_APPOSITION_AT = /^(?:,\s*\d{1,3}(?=,\s+(?:a|an|the)\s))?,\s+(?:(?:a|an|the)\s+)?[a-z][a-z-]+\s+(?:[a-z-]+\s+)?(?:of|at|for|to|with)?/;

/**
 * Whether the mention stands in a sentence of reported speech that a pronoun, or another name, attributes
 * (`And Tony Blair would be in the very front line of that campaign, he said.`): the one named there is what
 * the speaker talks about, so that sentence does not make them the one `he` stands for next.
 */
export function inAttributedReport(text: string, mention: NameMention, ends: readonly number[]): boolean {
  const { start, end } = sentenceAround(ends, mention.start, mention.end, text.length);
  // `…, he said.` closing the sentence, or `…, he claimed, saying …` after the clause.
  const after = text.slice(mention.end, end);
  const report = PRONOUN_REPORT.exec(after);
  if (report !== null && CUE_WORDS.has(report[2] as string)) return !ownAccount(text, start, mention, after.slice(0, report.index), report[1] as string);
  // (`If Mr Blair did not want to take part, …, Lord Holme said.`: or someone else, by name.)
  const named = NAMED_REPORT.exec(after);
  if (named !== null && CUE_WORDS.has(named[1] as string)) return true;
  // `He conceded Kuznetsova might have taken a medicine …`: or the sentence opens with the pronoun's cue.
  const opening = PRONOUN_OPENING_REPORT.exec(text.slice(start, mention.start));
  return opening !== null && CUE_WORDS.has(opening[1] as string);
}

/**
 * Whether a sentence the pronoun's cue closes is the speaker's account of themselves: it opens on the name as its
 * subject and, before the cue, calls that one by the same pronoun (`Andy Holey was waiting in the lobby …, when he
 * was flung through a set of doors, he said.`, `Kim has ominously warned he could send the U.S. a “Christmas gift”
 * …, he threatened.`), so the name is the one who speaks, not someone the speaker talks about.
 */
function ownAccount(text: string, sentenceStart: number, mention: NameMention, report: string, pronoun: string): boolean {
  if (!SENTENCE_OPENING_LEAD.test(text.slice(sentenceStart, mention.start)) || !actsAsSubject(text, mention)) return false;
  return PRONOUN_FORMS[pronoun === 'she' ? 'f' : 'm'].test(report);
}

/**
 * Whether the mention stands in an aside set off by dashes (`Nationality is not an issue for Hodgson - his
 * predecessor Lawrie Sanchez insisted on British players - but height will be`): whoever acts there is a
 * digression, not the one the story goes on with.
 */
export function inDashAside(text: string, mention: NameMention, ends: readonly number[]): boolean {
  const { start, end } = sentenceAround(ends, mention.start, mention.end, text.length);
  const dashesBefore = text.slice(start, mention.start).match(SPACED_DASH)?.length ?? 0;
  return dashesBefore % 2 === 1 && SPACED_DASH_ONE.test(text.slice(mention.end, end));
}

const SPACED_DASH = /\s[-–—]\s/g;
const SPACED_DASH_ONE = /\s[-–—]\s/;

const PRONOUN_REPORT = /,\s+(he|she)\s+([a-z]+)(?:,\s+[a-z]+ing\b|[.!?]|\s*$)/;
const NAMED_REPORT = /,\s+(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+([a-z]+)(?:,\s+[a-z]+ing\b|[.!?]|\s*$)/u;
const PRONOUN_OPENING_REPORT = /^\s*(?:He|She)\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\s[^"“”]*$/;

/** ` was sacked by`, ` has been banned`: a passive right after a name. */
export const PASSIVE_AT = /\s+(?:was|were|has\s+been|had\s+been|is\s+being|was\s+being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b/y;

/** What may stand before a sentence's first word: spaces, quote marks, a conjunction. */
export const SENTENCE_OPENING_LEAD = /^[\s"“”'‘’]*(?:(?:But|And|Yet|So)\s+)?$/;

/** Whether a name mention is the first word of its sentence (after quote marks or a conjunction). */
export function opensItsSentence(reading: ArticleReading, paragraph: number, text: string, mention: NameMention): boolean {
  return SENTENCE_OPENING_LEAD.test(text.slice(reading.sentenceStartAt(paragraph, mention.start), mention.start));
}
