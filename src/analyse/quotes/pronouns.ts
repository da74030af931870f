import { describedPerson, EPITHET, givenRole, onlyPersonNamedBefore } from './descriptions.js';
import { firstNameGender } from './given-names.js';
import { PERSON_TITLES, PRONOUN_GENDER } from './lexicon.js';
import type { QuotePiece } from './marks.js';
import { actsAsSubject, hasTitle, POSSESSIVE_AT, SPEAKING_SUBJECT_AT, SPEECH_VERB_BEFORE, wordBefore } from './mention-grammar.js';
import type { NameMention } from './name-mention.js';
import { matchAt, SPEECH_VERB_AT } from './name-words.js';
import { officeIn } from './offices.js';
import type { ArticlePerson } from './people.js';
import { genderByOwnPronouns, inAttributedReport, inDashAside, insideAskedClause, introducedWithRole, namedAmongActors, openedByPronoun, opensItsSentence, opensSentenceCalledByPronoun, ownerOpensSentence, ownReportedPronoun, PASSIVE_AT, SENTENCE_OPENING_LEAD, soleActorOf, sourceInSentence, speakerReportedJustBefore, unlistedPersonJustBefore, writtenAsPersonsName } from './pronoun-candidates.js';
import type { ArticleReading } from './reading.js';

/**
 * Who `he` or `she` stands for: a person of the article read back from the pronoun (the last speaker,
 * unless someone since has acted or been brought in with a role), or the unnamed person (`a spokeswoman`)
 * who spoke just before.
 *
 * The tests put to each person named before the pronoun are in `pronoun-candidates.ts`; whom a pronoun stands for
 * when no one the article names fits (an unnamed spokeswoman, a name no list knows), in `pronoun-fallbacks.ts`.
 */

/** What a pronoun was read through, beside whom it stands for. */
export interface PronounReading {
  /**
   * An office the article gave no one, in the sentence the pronoun was read back to (`But the Tory leader
   * argued … “…,” he said.`): the corpus may show who holds it (see `offices.ts`).
   */
  office?: string;
}

/** The latest fitting person before a position: the first one named in the nearest sentence that has one. */
export function resolvePronoun(
  reading: ArticleReading,
  pronoun: string,
  paragraph: number,
  offset: number,
  lastSpeaker?: ArticlePerson,
  quoted: ReadonlySet<ArticlePerson> = NOBODY,
  topic?: { paragraph: number; from: number; to: number },
  read?: PronounReading,
): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph, lastSpeakerAt } = reading;
  // `Mr Blair has “the same passion” as in 1997, he said.`: who the reported words are about does not say them.
  // (Nor is the source the pronoun's own sentence gives, wherever else it is named: `According to Brzezinski he
  // went on to say:`.)
  const source = sourceInSentence(reading, paragraph, offset);
  // (`Asked if he was saying Graham should focus on …, he added`, `Asked whether Sanders should drop out …, Bill
  // Clinton declined to weigh in. “…”`: whom a question opening a sentence names is what it is about.)
  // (`He learned he sometimes received treatments when Roosevelt did.`, `He decided to return to St. Louis, the city
  // where he and Dorsey are from.`: a sentence the same pronoun opens goes on with whom that pronoun stands for; one
  // it names besides is no one the next `he said` turns to.)
  const aboutOnly = (index: number, mention: NameMention): boolean =>
    (topic !== undefined && index === topic.paragraph && mention.start >= topic.from && mention.start < topic.to) ||
    (source !== undefined && people.byMention.get(mention) === source) ||
    insideAskedClause(reading, index, mention) ||
    openedByPronoun(reading, index, mention, pronoun);
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  if (gender !== 'm' && gender !== 'f') return undefined;
  // (`She said she did not recall a cable …. “The presence of Secretary Clinton's name … was a formality,” she wrote`,
  // `In Pensacola, Trump said he was trying to stay calm. ¶ “No sidetracks Donald, …,” he insisted`: one whose words the
  // sentence just before reports goes on speaking, though the quotation names them, as people name themselves.)
  const reportedJustBefore = speakerReportedJustBefore(reading, paragraph, offset, pronoun);
  // Only someone known to be a person (a title, a first name, a full name or a gender) can be `he`:
  // a lone word taken as a speaker (`Arsenal said`) may be a club or an office. Nor is it anyone the
  // quotation itself talks about (`“I feel for Nigel Worthington,” he said`).
  // (`carriage driver Henry`: one known by a given name alone has that name's gender.)
  // (`Covic`, `Pato`: one known by a surname alone, or by a name no list knows, has the gender the article's own
  // pronouns give them, `Covic believes close eyes … work in his favour`.)
  const knownGender = (person: ArticlePerson): string | undefined =>
    person.gender ?? (person.name.includes(' ') ? undefined : firstNameGender(person.name)) ?? (person.person === 'yes' ? genderByOwnPronouns(reading, person) : undefined);
  const fitting = (person: ArticlePerson): boolean => {
    // (`Earlier this year, Barack Obama touted …, which he said`: a full name no list knows, written as a person's, is
    // one when the article's own pronouns call its full name so, and competes for `he` or `she` like any other; of the
    // gender those pronouns give it, so that `Leilani Kahale lost her job.` is no one a later `he` stands for.)
    const ownGender = person.person === 'yes' || !writtenAsPersonsName(person) ? undefined : genderByOwnPronouns(reading, person, true);
    const known = knownGender(person) ?? ownGender;
    const isPerson = person.person === 'yes' || ownGender !== undefined;
    return isPerson && (!known || known === gender) && (known !== undefined || person.name.includes(' ') || hasTitle(person)) && (!quoted.has(person) || person === reportedJustBefore);
  };
  const unlisted = unlistedPersonJustBefore(reading, pronoun, paragraph, offset, quoted);
  if (unlisted) return unlisted;
  if (lastSpeaker && fitting(lastSpeaker)) {
    // (`“…,” David Plouffe, Mr. Obama’s senior adviser, told reporters. ¶ The president grabbed that mantle …. “…,” he
    // told the rally`: one whom the sentence just before is about, by an office or a role, comes after the last speaker.)
    const byRole = describedSubjectJustBefore(reading, paragraph, offset);
    if (byRole && byRole !== lastSpeaker && fitting(byRole)) return byRole;
    // News writing keeps `he said` on the last speaker unless another fitting person has been named since.
    // The latest rival since (read back from the pronoun, the first one met): someone who does something
    // (`Keegan sympathised`), or who is brought in with a role (`One dissenting opinion came from Brian
    // Gammage, vice-president of research at Gartner.`), who is then the one `he` stands for. A name in
    // passing (`Fowler's double strike`, `with Nigel Worthington`) is no rival.
    let rival: { person: ArticlePerson; introduced: boolean } | undefined;
    // (`Paddy Ashdown, a former leader …, is a leading candidate. ¶ Koenigs said he leaves … ¶ “…,” he said`:
    // the last speaker speaking again, after anyone brought in, is the one `he` goes on with.)
    let speaksAgain = false;
    for (let index = paragraph; index >= Math.max(0, lastSpeakerAt.paragraph) && !rival && !speaksAgain; index--) {
      const text = paragraphs[index] as string;
      const mentions = mentionsByParagraph[index] ?? [];
      for (let at = mentions.length - 1; at >= 0; at--) {
        const mention = mentions[at] as NameMention;
        if (index === paragraph && mention.start >= offset) continue;
        if (index === lastSpeakerAt.paragraph && mention.start <= lastSpeakerAt.offset) break;
        if (mention.inQuote || aboutOnly(index, mention)) continue;
        // (`Team Trump told CNN that Melania spent five to six weeks …. She told`: a first name alone is the one it
        // stands for, though it was not read as a speaker.)
        const person = people.byMention.get(mention) ?? people.namedByFirstName(mention);
        // (`Cohen has not been charged with any crime. He told ABC:`: nor is anyone before the last speaker opening a
        // sentence as its subject, whatever they do.)
        if (
          person === lastSpeaker &&
          person.person === 'yes' &&
          !PREPOSITION_BEFORE_NAME.test(wordBefore(text, mention.start)) &&
          (matchAt(SPEAKING_SUBJECT_AT, text, mention.end) || (actsAsSubject(text, mention) && opensItsSentence(reading, index, text, mention)))
        ) {
          speaksAgain = true;
          break;
        }
        // (`Sen. Sheldon Whitehouse … was questioning Gorsuch on money spent … ¶ “Senator, …,” he said`: the one
        // questioned answers.)
        if (person === lastSpeaker && QUESTIONED_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))) {
          speaksAgain = true;
          break;
        }
        if (person === undefined || person === lastSpeaker || !fitting(person) || inAttributedReport(text, mention, reading.endsOf(index)) || inDashAside(text, mention, reading.endsOf(index))) continue;
        // (`… he said after Bhutto was killed in a gun and bomb attack`: one a passive acts on does no speaking.)
        if (actsAsSubject(text, mention) && !matchAt(PASSIVE_AT, text, mention.end) && !matchAt(SUFFERED_AT, text, mention.end)) rival = { person, introduced: false };
        else if (introducedWithRole(text, mention, person) && soleActorOf(reading, index, mention, fitting)) rival = { person, introduced: true };
        // (`Those allegations were put to Wenger after the game. At first he said only: …`: the one a
        // question is put to answers it.)
        // (`When sociologist Ghanashyam Shah was asked by Al Jazeera if …, he replied`: so does one who is asked.)
        else if (QUESTION_PUT_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start)) || matchAt(WAS_ASKED_AT, text, mention.end)) rival = { person, introduced: true };
        // (`Other Republicans criticized the resolution, including House Minority Leader Kevin McCarthy. ¶ “…,” he
        // said`: one of the people who acted, brought in by name, is who `he` goes on with; not one of those
        // acted on, `met with Arab leaders, including King Abdullah`.)
        else if (namedAmongActors(reading, index, mention)) rival = { person, introduced: true };
        // (`… prompted Sen. John Cornyn to suggest that … ¶ “…,” he tweeted`: one moved to speak is who speaks next.)
        else if (matchAt(TO_SPEAK_AT, text, mention.end)) rival = { person, introduced: true };
        // (`Mr. Akin's campaign appeared to capsize Sunday night when he told a TV interviewer that …`: whose thing
        // opens the pronoun's own sentence is whom the sentence is about.)
        else if (index === paragraph && ownerOpensSentence(reading, index, offset, mention)) rival = { person, introduced: true };
        // (`Julian Assange’s suggestions that he possesses personal enmity toward the candidate, whom he has described
        // as`: whose words or thoughts the pronoun's sentence reports, by the same pronoun, is whom it stands for.)
        else if (index === paragraph && ownReportedPronoun(reading, index, offset, mention, pronoun)) rival = { person, introduced: true };
        // (`Ryan’s main point was to attack Obama … ¶ “…,” he said`: whose argument opens the sentence makes it.)
        else if (matchAt(OWNERS_ARGUMENT_AT, text, mention.end) && opensItsSentence(reading, index, text, mention)) rival = { person, introduced: true };
        // (`Trump's press conference started out announcing he'd signed measures …. “…,” he said`, `For Tamisat, 27, and
        // her young children, talk of rain is a false hope. “…,” she said`: one whom a sentence opens on and goes on
        // to call by the pronoun is whom it is about.)
        else if (opensSentenceCalledByPronoun(reading, index, mention, gender, index === paragraph ? offset : undefined)) rival = { person, introduced: true };
        if (rival) break;
      }
    }
    if (!rival) return lastSpeaker;
    if (rival.introduced) return rival.person;
  }
  let passing: ArticlePerson | undefined;
  let searchedSince = 0;
  for (let index = paragraph; index >= Math.max(0, paragraph - 6); index--) {
    const candidates = (mentionsByParagraph[index] ?? []).filter(
      (mention) =>
        !mention.inQuote &&
        (index < paragraph || mention.start < offset) &&
        !aboutOnly(index, mention) &&
        !inAttributedReport(paragraphs[index] as string, mention, reading.endsOf(index)) &&
        !inDashAside(paragraphs[index] as string, mention, reading.endsOf(index)),
    );
    const text = paragraphs[index] as string;
    const ends = reading.narrativeEndsOf(index);
    // Walk the paragraph's sentences from the last one back. `He` is the subject of a recent sentence
    // (`Cosby's lawyer, Walter Phillips, said …`), more than someone named in passing (`Cosby's`, `pipped
    // Maurice Greene`): a sentence with only such names offers a fallback while two more are searched.
    const bounds = [0, ...ends];
    for (let sentence = bounds.length - 1; sentence >= 0; sentence--) {
      const from = bounds[sentence] as number;
      const to = sentence + 1 < bounds.length ? (bounds[sentence + 1] as number) : Number.POSITIVE_INFINITY;
      if (index === paragraph && from >= offset) continue;
      // (A sentence may be about someone by their role: see `roleSubject`.)
      const { byRole, epithet, described } = roleSubject(reading, index, from, Math.min(to, index === paragraph ? offset : to));
      const epithetFits = epithet && described?.person === 'yes' && (!described.gender || described.gender === gender) && !quoted.has(described);
      // (Whom an epithet points to is a guess: the office it names, in the nearest sentence that names
      // anyone, is kept for the corpus to settle.)
      if (read && read.office === undefined && passing === undefined && byRole && officeIn(byRole) && !givenRole(reading, byRole, index, from)) read.office = byRole;
      if (described && (fitting(described) || epithetFits)) return described;
      // `The barrister who had represented Mr Martin had said …, said Mr Clarke. He said:`: a sentence that
      // ends on its speaker (`said Mr Clarke.`) is that speaker's, whoever else acts in it.
      for (const mention of candidates) {
        if (mention.start < from || mention.start >= to) continue;
        // (`…, said spokesman Andrew Arulanandam.`: a role in lower case may stand between the cue and the name.)
        const inverted = INVERTED_SAY_BEFORE.has(wordBefore(text, mention.start)) || SAY_THEN_ROLE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
        if (!inverted || !matchAt(CLAUSE_END_AT, text, mention.end)) continue;
        const person = people.byMention.get(mention);
        if (person && fitting(person)) return person;
      }
      // `Mr Campbell's e-mail suggested …. In it, he said`: whose thing opens a sentence that no one
      // acts in is who the sentence is about.
      // (`Asked whether he thought Trump would veto …, Van Hollen said`: one who speaks in the sentence goes
      // before one who only acts in it.)
      for (const mention of candidates) {
        if (mention.start < from || mention.start >= to || !matchAt(SPEECH_VERB_AT, text, mention.end)) continue;
        const person = people.byMention.get(mention);
        if (person && fitting(person) && !PREPOSITION_BEFORE_NAME.test(wordBefore(text, mention.start))) return person;
      }
      let owner: ArticlePerson | undefined;
      // (`Sanders denied the story, but Warren issued a statement. “…,” she wrote.`: one who acts and is known
      // to be of the pronoun's gender goes before one who acts first but whose first name both lists hold.)
      let actorOfUnknownGender: { person: ArticlePerson; end: number } | undefined;
      // (`While Mr. Rosenstein was headed to the White House, Mr. Sessions was speaking …`: one who acts in a
      // clause of time opening the sentence is only a fallback to the one who acts in the sentence itself.)
      const opening = OPENING_CLAUSE.exec(text.slice(from, Math.min(to, from + 200)));
      const mainFrom = opening ? from + opening[0].length : from;
      let openingActor: ArticlePerson | undefined;
      for (const mention of candidates) {
        if (mention.start < from || mention.start >= to) continue;
        const person = people.byMention.get(mention);
        if (!person || !fitting(person)) continue;
        // (`For Gordon Swanson, a retired Boeing employee …, the joy of watching Trump came …`: the one a sentence
        // opens with `For` and brings in with a role is whom it is about.)
        if (introducedWithRole(text, mention, person) && FOR_OPENING.test(text.slice(from, mention.start))) return person;
        if (mention.start < mainFrom) {
          // (`After Sen. Lindsey Graham (R., S.C.) was approached here Saturday by …, he replied`: when the pronoun itself
          // opens the main clause, the one who acts in the clause before it is whom it stands for, though no list is sure
          // of the first name's gender.)
          const pronounOpensMain = index === paragraph && mainFrom === offset && knownGender(person) === undefined;
          if (actsAsSubject(text, mention) && (knownGender(person) === gender || pronounOpensMain)) openingActor ??= person;
          passing ??= person;
          continue;
        }
        // (`Mutu was sacked by Chelsea - a move Wenger has backed. But he said`, `… where Ambassador Christopher
        // Stevens was killed`: one a passive acts on, or a harm befalls, is only a fallback to the one who acts.)
        // (`But some skeptical conservatives, like Rep. Mo Brooks, …, were refusing`: the one named among those who act acts.)
        if ((actsAsSubject(text, mention) && !matchAt(PASSIVE_AT, text, mention.end) && !matchAt(SUFFERED_AT, text, mention.end)) || namedAmongActors(reading, index, mention)) {
          // (In a clause of its own: `Kisrty Williams, for the Lib Dems, added:` is still Williams's.)
          if (knownGender(person) === gender && (!actorOfUnknownGender || CLAUSE_JOINED.test(text.slice(actorOfUnknownGender.end, mention.start)))) return person;
          actorOfUnknownGender ??= { person, end: mention.end };
        }
        if (!owner && SENTENCE_OPENING_LEAD.test(text.slice(from, mention.start)) && matchAt(POSSESSIVE_AT, text, mention.end)) owner = person;
        passing ??= person;
      }
      if (actorOfUnknownGender) return actorOfUnknownGender.person;
      if (openingActor) return openingActor;
      if (owner) return owner;
      if (passing && ++searchedSince > 2) return passing;
    }
  }
  // (`Mrs Merkel hit back …` ten paragraphs before `“…,” she told reporters`, with no woman named since: the one
  // woman the article has named is whom `she` stands for. Not so for `he`: the men a story names are seldom
  // all known to be men.)
  if (passing || gender !== 'f') return passing;
  return onlyPersonNamedBefore(reading, paragraph, offset, (person) => knownGender(person) === gender && fitting(person));
}

/** The words that open a clause of time or condition (`When`, `While`, `Although`). */
const SUBORDINATORS = 'When|After|As|While|Although|Though|Because|If|Since|Before|Once|Until';

/**
 * `While Mr. Rosenstein was headed to the White House Thursday, `: a clause of time or condition opening a sentence; a
 * tag in brackets may stand in it (`After Sen. Lindsey Graham (R., S.C.) was approached …, `).
 */
const OPENING_CLAUSE = new RegExp(String.raw`^[\s"“”'‘’]*(?:${SUBORDINATORS}|Whereas)\s(?:[^,;“”"(]|\([^()]{1,20}\)){1,160},\s`);

/** `’s main point was`, `'s response:`: a person's argument or answer, then what it was. */
const OWNERS_ARGUMENT_AT = /['’]s?\s+(?:[a-z]+\s+)?(?:point|argument|message|response|reply|answer|case|pitch|theme|warning|advice)\s+(?:was|is|:)/y;

/** ` to suggest`, ` to warn`: after a name, an infinitive of speech that the name is moved to. */
const TO_SPEAK_AT = /\s+to\s+(?:suggest|say|argue|claim|warn|declare|tweet|complain|insist|accuse|demand|call\s+for)\b/y;

/** `were put to `, `addressed to `: words before the one a question goes to. */
const QUESTION_PUT_BEFORE = /\b(?:put|addressed|directed)\s+to\s+$/;
/** `was questioning `, `pressed `: a verb of questioning right before the one it questions. */
const QUESTIONED_BEFORE = /\b(?:questioning|questioned|grilling|grilled|pressing|pressed|quizzing|quizzed)\s+$/;
/** ` was asked`, ` had been asked`: a question put to the name just before. */
const WAS_ASKED_AT = /\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:also\s+)?asked\b/y;

/** No one: the people a quotation names, when the caller has no quotation to read. */
export const NOBODY: ReadonlySet<ArticlePerson> = new Set();

/** `For `: opening a sentence about someone (`For Gordon Swanson, a retired Boeing employee, …`). */
const FOR_OPENING = /^\s*For\s+$/;

/** Whom the sentence just before the offset is about by an office or a role as its subject (`The president grabbed`), after the last speaker. */
function describedSubjectJustBefore(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const before = reading.sentenceBeforeOffset(paragraph, offset);
  const { lastSpeakerAt } = reading;
  if (!before || before.where < lastSpeakerAt.paragraph || (before.where === lastSpeakerAt.paragraph && before.start <= lastSpeakerAt.offset)) return undefined;
  return roleSubject(reading, before.where, before.start, before.end).described;
}

/**
 * The subject of a sentence when it is someone by an office or a role (`On Friday, the Cardinal will ask …`), and
 * whom that stands for: only a title or a word for a person's role (`the coach`, `the Cardinal`) is tried, since
 * `the move` is not anyone. (`The attacking midfielder also claims …`: an epithet stands for the one written about
 * just before, and shows that one is a person, even one known by one name.)
 */
function roleSubject(reading: ArticleReading, where: number, from: number, to: number): { byRole?: string; epithet: boolean; described?: ArticlePerson } {
  const subject = DESCRIBED_SUBJECT.exec((reading.paragraphs[where] as string).slice(from, Math.min(to, from + 200)));
  const byRole = subject?.[1];
  if (!subject || !byRole) return { epithet: false };
  // (`The NSA’s Alexander said`, `The New York Times’ Ashley Parker observed`: words that end on a person's name are
  // that person, by name, not a role.)
  const roleEnd = from + subject.index + subject[0].indexOf(byRole) + byRole.length;
  if ((reading.mentionsByParagraph[where] ?? []).some((mention) => mention.end === roleEnd && reading.people.byMention.get(mention)?.person === 'yes')) return { epithet: false };
  const head = byRole.slice(byRole.lastIndexOf(' ') + 1).toLowerCase();
  const epithet = EPITHET.test(byRole);
  const described = PERSON_TITLES.has(head) || PERSON_NOUN.test(head) ? describedPerson(reading, byRole, where, from, epithet) : undefined;
  return described ? { byRole, epithet, described } : { byRole, epithet };
}

/**
 * `On Friday, the Cardinal will ask`, `But the attorney general gives the impression`, `The coach did not`: a person by a
 * role opening a sentence as its subject, before its verb, in the past or the present (news tells of what someone
 * thinks or does now as readily as of what they did). `The Scuderia's president explained`: a possessive may open it.
 */
// (`When Colbert asked Sanders to comment on the claims, the senator initially balked`: or after a clause of
// time or condition, and with an adverb before the verb.)
const DESCRIBED_SUBJECT = new RegExp(
  String.raw`^\s*(?:[A-Z][^,]{0,30},\s*|(?:${SUBORDINATORS})\s[^,;.“”"]{0,120},\s*)?(?:(?:But|And|Yet|So)\s+)?((?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}-]+)\s+(?:[a-z]+ly\s+)?(?:will|has|had|is|was|did|does|also|then|later|said|says|told|tells|[a-z]+ed|[a-z]+[^su]s)\b`,
  'u',
);

/** Nouns shaped like a person's role: `the striker`, `the director`, `the economist`, `the spokesman`. */
const PERSON_NOUN = /(?:er|or|ist|ian|man|woman|ant|ent|ee)$/;

/** `, said spokesman `, `, says party chairman `: a cue, then a role in lower case, right before a name. */
const SAY_THEN_ROLE_BEFORE = /,\s+(?:said|says|added|adds)\s+(?:[a-z-]+\s+){1,3}$/;

/** Those a speaker's name may follow at a sentence's end (`…, said Mr Clarke.`; not `told` or `asked`, whose object follows). */
const INVERTED_SAY_BEFORE: ReadonlySet<string> = new Set([...SPEECH_VERB_BEFORE].filter((verb) => verb !== 'told' && verb !== 'asked'));

/** A name that ends its clause: a full stop, a comma or a semicolon right after it. */
const CLAUSE_END_AT = /\s*(?:[.,;]|$)/y;

/** `at`, `for`: a preposition, whose object a name after it is (`deputy labs editor at PC Pro, said`). */
const PREPOSITION_BEFORE_NAME = /^(?:at|of|for|from|with|by|to|in|on)$/i;

/** ` was killed`, ` were arrested`: what was done to someone, who does not speak by it (unlike ` was asked`). */
const SUFFERED_AT =
  /\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot|arrested|detained|jailed|sentenced|murdered|assassinated|kidnapped|abducted|charged|convicted|attacked|beaten|stabbed|buried|fired|sacked|banned|suspended|hospitali[sz]ed|deported|executed)\b/y;

/** `, but `, `; `: a second clause's opening, between two who act in one sentence. */
const CLAUSE_JOINED = /,\s+(?:but|and|while|whereas|yet)\s|;\s/;

const INDEFINITE_BEFORE = /\b(?:a|an)\s$/i;

/** `I’ve been called `, `my name is `, `I’m `, `call me `: the words before the name a speaker gives as their own. */
const OWN_NAME_BEFORE = /(?:\b(?:I|I['’]ve|I['’]m|I\s+am|I\s+was|I\s+have\s+been)\s+(?:always\s+)?(?:been\s+)?(?:called|named|known\s+as|nicknamed)|\b[Mm]y\s+name\s+is|\b[Cc]all\s+me|\bI['’]m|\bI\s+am)\s+$/;

/** The people a quotation's own words name: it is rarely about its speaker in the third person. */
export function namedInside(reading: ArticleReading, pieces: readonly QuotePiece[]): ReadonlySet<ArticlePerson> {
  const { people, mentionsByParagraph } = reading;
  const named = new Set<ArticlePerson>();
  for (const piece of pieces) {
    const text = reading.paragraphs[piece.paragraph] ?? '';
    for (const mention of mentionsByParagraph[piece.paragraph] ?? []) {
      if (mention.start < piece.start || mention.end > piece.end) continue;
      // (`if you are a Gutierrez or Martinez, watch out`: a name after `a` is a kind of person, not one.)
      if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, mention.start - 4), mention.start))) continue;
      // (`“I’ve been called Juice for a while,” he said`, `“My name is Ana,” she said`: the name one goes by, said of
      // oneself, is the speaker's own, whom the words do not talk about as another.)
      // (Not `“I’m Trump’s biggest fan”`: one owning something is someone else.)
      if (OWN_NAME_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start)) && !matchAt(POSSESSIVE_AT, text, mention.end)) continue;
      const person = people.byMention.get(mention);
      if (person) named.add(person);
      // `“Ruud is the best striker in Europe,” he said`: a first name alone names its person too.
      if (mention.bare.includes(' ') || !/^\p{Lu}\p{Ll}/u.test(mention.bare)) continue;
      for (const other of people.people) if (other.firstName === mention.surname && other.person !== 'no') named.add(other);
    }
  }
  return named;
}

/** `She …`, `But he …`, `When Marilyn Ford points, she …`: a pronoun that opens a sentence, perhaps after a conjunction, or the main clause after an opening one. */
const PRONOUN_OPENING_SUBJECT = /^\s*(?:(?:But|And|Yet|So)\s+)?(?:(?:When|As|While|After|Before|If|Although|Though|Since)\s[^,;:“”"]{1,60},\s+)?([Hh]e|[Ss]he)\s/;

/** The person a `He` or `She` opening the sentence just before stands for. */
export function pronounJustBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): ArticlePerson | undefined {
  const { paragraphs, lastSpeaker } = reading;
  const before = reading.sentenceJustBefore(paragraph, sentenceStart);
  if (!before) return undefined;
  // (`When Marilyn Ford points, she might as well be pointing …`: or after an opening clause and its comma.)
  const opening = PRONOUN_OPENING_SUBJECT.exec((paragraphs[before.where] as string).slice(before.start, before.end));
  if (!opening?.[1]) return undefined;
  return resolvePronoun(reading, opening[1], before.where, before.start + opening[0].length - opening[1].length - 1, lastSpeaker);
}
