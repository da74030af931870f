import { hasStrongCue } from './cues.js';
import { sentenceSubject } from './sentence-subject.js';
import { subjectAfterCue } from './subject-after-cue.js';
import type { ClauseAttribution, Subject } from './subject-of-part.js';
import { subjectOf } from './subject-of-phrase.js';

/**
 * Words a clause gives to someone other than a cue's subject: an owner's noun for words said (`Her reply:`, `,” was
 * Ferro’s reply`), a phrase that gives their source (`As Tamsin Okoro put it,`), a sign that people carry (`carried
 * signs that read “…”`). Separate because these forms are tried before the cue reading, and before and after a quotation alike.
 */

/** `message`, `reply`, `verdict`: a noun for what one says, which a colon after it gives the words of. */
const OWNED_WORDS_NOUN = '(?:message|reply|response|answer|retort|verdict|view|take|advice|reaction|words|comment|comments|remarks|statement|assessment|explanation|argument|conclusion|prediction|promise|pledge|warning|plea|instructions?|demand|question|reasoning|defen[cs]e|excuse|motto|mantra|summary|diagnosis|forecast|appeal)';
/** ` to voters`, ` for his players`: whom the words were for, after the noun. */
const OWNED_WORDS_FOR = String.raw`(?:\s+(?:to|for|on|about)\s+[^,:;“”"]{1,40}?)?`;
/** ` was clear`, ` was one word`, ` were stark`: how the words were, closing the clause before the colon. */
const OWNED_WORDS_PREDICATE = String.raw`(?:\s+(?:was|were|is|are)(?:\s+[\p{Ll}-]+){1,3})?`;
/**
 * `His`, `Ngozi Eze’s`, `Beto O'Rourke’s`, `the minister’s`: who owns what is said, a possessive pronoun, a name's
 * possessive, or `the` and a description's; not a clause (`Short responded to Lieu’s`).
 */
const WORDS_OWNER = String.raw`(?:(?<pronoun>[Hh]is|[Hh]er)|(?<owner>[Tt]he\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|(?:\p{Lu}[\p{L}.'’-]*\s+|(?:bin|al|de|van|von|der|da|del|di|du|la|le)\s+){0,3}(?:(?:al|el)-)?\p{Lu}[\p{L}.-]*(?:['’]\p{Lu}[\p{L}.-]*)?)['’]s?)`;
/**
 * `Ngozi Eze’s message was clear:`, `Her reply:`, `The minister’s response was short:`, `His advice to voters:`: an
 * owner's possessive, a noun for words said and perhaps how they were, opening the sentence before a colon: the
 * owner speaks the words the colon gives (not a clause's object, `Short responded to Lieu’s comments:`, whose subject speaks).
 */
const OWNED_WORDS_BEFORE_COLON = new RegExp(
  String.raw`^\s*(?:(?:But|And|So|Yet)\s+)?${WORDS_OWNER}\s+(?:[\p{Ll}-]+\s+){0,2}?${OWNED_WORDS_NOUN}${OWNED_WORDS_FOR}${OWNED_WORDS_PREDICATE}\s*$`,
  'u',
);
/** `The message from Ngozi Eze was clear:`: the same noun, its owner brought in by `from` or `of`. */
const WORDS_FROM_BEFORE_COLON = new RegExp(
  String.raw`^\s*(?:(?:But|And|So|Yet)\s+)?[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?${OWNED_WORDS_NOUN}\s+(?:from|of)\s+(?<owner>[^,:;“”"]{2,60}?)${OWNED_WORDS_PREDICATE}\s*$`,
  'u',
);

/** The owner of the words a colon closing `head` gives, when the head is only an owner's noun for them (`Her reply:`). */
export function ownerOfWordsBeforeColon(head: string): ClauseAttribution | null {
  const colon = /^(.*):\s*$/s.exec(head);
  if (!colon?.[1]) return null;
  const owned = OWNED_WORDS_BEFORE_COLON.exec(colon[1]) ?? WORDS_FROM_BEFORE_COLON.exec(colon[1]);
  const subject = owned ? ownerOfWords(owned) : null;
  return subject ? { cue: ':', subject } : null;
}

/** Who owns the words a match of WORDS_OWNER, or of a noun's `from` or `of`, names: a person, someone described, or `his` or `her`. */
function ownerOfWords(owned: RegExpExecArray): Subject | null {
  // (`His reply:`, `Her verdict:`: a possessive pronoun stands for whom `he` or `she` would.)
  const pronoun = owned.groups?.pronoun;
  if (pronoun) return { kind: 'pronoun', text: pronoun, start: owned.index + owned[0].indexOf(pronoun) };
  const owner = owned.groups?.owner;
  if (!owner) return null;
  const subject = subjectOf(owner, owned.index + owned[0].indexOf(owner));
  return subject?.kind === 'name' || subject?.kind === 'description' ? subject : null;
}

/**
 * `,” was Ferro’s reply.`, `,” came the answer from Minister Lidia Sorensen.`, `,” were her first words`: a noun for
 * words said as the predicate after the quotation, with its owner's possessive or `from` or `of` its owner.
 */
const OWNED_WORDS_AFTER = new RegExp(String.raw`^[\s,]*(?:was|were|came)\s+(?:${WORDS_OWNER}|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>${OWNED_WORDS_NOUN})(?:\s+(?:from|of)\s+(?<from>[^,.;:!?“”"]{2,60}))?`, 'u');

/** The owner of the words a quotation closes before `was X’s reply` or `came the reply from X`. */
export function ownerOfWordsAfter(tail: string): ClauseAttribution | null {
  const owned = OWNED_WORDS_AFTER.exec(tail);
  if (!owned) return null;
  const from = owned.groups?.from;
  // (`came the answer from Minister Lidia Sorensen`, `was the only comment from its lawyer, Kwabena Asante`.)
  const subject = from ? subjectAfterCue(` ${from}`, owned[0].length - from.length - 1) : ownerOfWords(owned);
  return subject && subject.kind !== 'document' ? { cue: owned.groups?.noun ?? 'reply', subject } : null;
}

/**
 * `As Tamsin Okoro put it, `, `In the words of manager Kofi Boateng, `, `In Will Hurd’s words, `, `To quote Paolo
 * Ferrante, `: a phrase that gives the source of the words in the rest of the sentence, opening it or set off by
 * commas inside it, then the rest up to the quotation.
 */
const SOURCE_PHRASE_BEFORE = new RegExp(
  String.raw`(?:^\s*|,\s+)(?:(?:But|And|Or|So|Yet)\s+)?(?:[Aa]s\s+(?<as>[^,.;:!?“”"]{2,80}?)\s+(?<verb>put|puts|said|says|wrote|writes|described|describes)\s+it|[Ii]n\s+the\s+(?:[\p{Ll}-]+\s+)?words\s+of\s+(?<of>[^,.;:!?“”"]{2,80}?)|[Ii]n\s+${WORDS_OWNER}\s+(?:own\s+)?words|[Tt]o\s+(?:quote|paraphrase)\s+(?<quote>[^,.;:!?“”"]{2,80}?)),\s+(?<rest>[^“”"]*)$`,
  'u',
);

/** The source a phrase before the quotation gives its words (`As Tamsin Okoro put it, “…”`), when the rest of the clause has no cue of its own. */
export function sourcePhraseBefore(head: string): ClauseAttribution | null {
  const phrase = SOURCE_PHRASE_BEFORE.exec(head);
  const groups = phrase?.groups;
  if (!phrase || !groups || hasStrongCue(groups.rest ?? '')) return null;
  const at = (part: string): number => phrase.index + phrase[0].indexOf(part);
  if (groups.as) {
    const subject = subjectOf(groups.as, at(groups.as));
    return subject && subject.kind !== 'document' ? { cue: groups.verb ?? 'put', subject } : null;
  }
  const named = groups.of ?? groups.quote;
  const subject = named ? subjectAfterCue(` ${named}`, at(named) - 1) : ownerOfWords(phrase);
  return subject && subject.kind !== 'document' ? { cue: groups.quote ? 'quote' : 'words', subject } : null;
}

/** Where the people before a participle of carrying begin: after a comma, or after a verb or `with` (`showed a protester`). */
const PEOPLE_START_BEFORE = /(?:,\s*|\s(?:showed|shows|saw|see|sees|were|was|are|is|with|by)\s+)/g;
/** ` a protester`, ` about two dozen people`, `cagoule-clad protesters`: people, counted or in the plural. */
const CARRYING_PEOPLE = /^(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Oo]ne|[Tt]wo|[Mm]any|[Ss]everal|[Aa]bout|[Dd]ozens|[Hh]undreds)\b[^,]{0,60}|(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s)$/u;

/** `About a dozen Trump supporters gathered`: people counted or described, opening a sentence before their verb. */
export const PEOPLE_OPENING_SENTENCE = /^\s*((?:[Tt]he|[Aa]n?|[Ss]ome|[Aa]bout|[Mm]ore\s+than|[Dd]ozens\s+of|[Hh]undreds\s+of|\d[\d,]*)(?:\s+[\p{L}'’-]+){1,5}?)\s+(?:[a-z]+ed|were|was|stood|sat|held|met)\b/u;

/** Who carries the sign whose words a quotation gives: the subject of a finite verb of carrying, or the people before its participle. */
export function signCarriers(head: string, sign: RegExpExecArray): ClauseAttribution | null {
  const verb = sign[1] as string;
  const cue = sign[2] as string;
  const upToVerb = head.slice(0, sign.index + sign[0].indexOf(verb));
  if (!verb.endsWith('ing')) {
    const subject = subjectOf(upToVerb);
    return subject ? { cue, subject } : null;
  }
  // (`About a dozen Trump supporters gathered outside, carrying signs`: a participle set off by a comma goes
  // with the sentence's subject.)
  if (/,\s*$/.test(upToVerb)) {
    const opening = PEOPLE_OPENING_SENTENCE.exec(upToVerb);
    const subject = sentenceSubject(upToVerb) ?? (opening?.[1] ? { kind: 'description' as const, text: opening[1], start: opening[0].indexOf(opening[1]) } : null);
    return subject ? { cue, subject } : null;
  }
  // (`kneeling on the sidewalk while holding placards`: past the participles the carriers do before.)
  const before = upToVerb.replace(/(?:,\s*|\s+)(?:[a-z]+ing|while|as)\b[^,]*$/, '').trimEnd();
  const starts = [...before.matchAll(PEOPLE_START_BEFORE)].map((boundary) => (boundary.index ?? 0) + boundary[0].length);
  const from = starts.at(-1) ?? 0;
  const people = before.slice(from);
  if (CARRYING_PEOPLE.test(people)) return { cue, subject: { kind: 'description', text: people, start: from } };
  // (`about two dozen people showed their backing …, kneeling … while holding placards`: the subject of the
  // clause the participles go on from.)
  const clause = before.slice(before.lastIndexOf(',') + 1);
  const opening = PEOPLE_OPENING_SENTENCE.exec(clause);
  return opening?.[1] ? { cue, subject: { kind: 'description', text: opening[1], start: before.lastIndexOf(',') + 1 + opening[0].indexOf(opening[1]) } } : null;
}
