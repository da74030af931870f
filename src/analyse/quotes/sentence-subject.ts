import { titleCase } from '../../util/title-case.js';
import { isCapitalised, isFullName, isRoleNoun, lastWordOf, NAME_PARTICLES, namesPeopleInPlural, PEOPLE_IN_PLURAL, STOP_WORDS, TIME_WORDS, type Token, tokens } from './clause-words.js';
import type { Cue } from './cues.js';
import { isKnownFirstName, isNameInLy } from './given-names.js';
import { CUE_ADVERBS, CUE_WORDS, LEADING_FILLER, ORGANISATION_HEAD, SPEAKING_BODY_KINDS } from './lexicon.js';
import { MONTH_WORDS, WEEKDAY_WORDS } from './name-words.js';
import { describedBy, NUMBER_WORD, OFFICE_WORDS, officeHolder, PARTY_MEMBERS_OF_BODY, QUANTITY_OR_DAY, SUBJECT_PRONOUNS, type Subject } from './subject-of-part.js';
import { DASHES_ASIDE_ENDING_SUBJECT, DATELINE_OPENING, SENTENCE_ADVERBS, stateAfterTown, subjectOf, TIME_OPENING_WITHOUT_COMMA } from './subject-of-phrase.js';

/**
 * The subject of a whole sentence (`sentenceSubject`), read past datelines, opening phrases and asides, for a cue
 * whose own clause names no one (`He conceded that …`, `The ministry's statement said …`); and the subject of a
 * sentence's first conjunct. Separate because it reads whole sentences, where the other readers read one clause.
 */

/** `But on December 1 he `, `Last week she `: a short time phrase with no comma, then a pronoun and a verb. */
const TIME_THEN_PRONOUN =
  /^\s*(?:(?:But|And|Yet|So|Then)\s+)?(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ast|[Ee]arlier|[Ll]ater)\s+(?:(?:\d{1,4}|Jan\.?|January|Feb\.?|February|March|April|May|June|July|Aug\.?|August|Sept?\.?|September|Oct\.?|October|Nov\.?|November|Dec\.?|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|weekend)\s+){1,3})(he|she)\s(?=\p{Ll})/u;

/** `According to the Globe she `: a source with no comma after it, then a pronoun and a verb. */
const SOURCE_THEN_PRONOUN = /^\s*(?:(?:But|And|Yet)\s+)?[Aa]ccording\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}(he|she)\s(?=\p{Ll})/u;

/** `But the `, `And he `: a conjunction opening a sentence, then a subject pronoun or a determiner in lower case. */
const CONJUNCTION_BEFORE_LOWER_SUBJECT = /^\s*(?:But|And|Yet|So)\s+(?=(?:he|she|the|an?)\s)/;

/** `after remaining neutral …, `: a lower-case opening phrase after another one, before a capitalised subject. */
const SECOND_OPENING_PHRASE = /^(?:after|before|while|when|during|despite|since|following|in|on|at|which|alongside|with|beside|amid)\s[^,]{0,140},\s*(?=\p{Lu})/u;

/** Those members opening a sentence, before its verb (`… tweeted a retort, saying`). */
const PARTY_MEMBERS_OF_BODY_OPENING = new RegExp(String.raw`^\s*${PARTY_MEMBERS_OF_BODY}\s+(?:also\s+|later\s+|then\s+)?\p{Ll}`, 'u');

/** `Students for Life of America President Kristan Hawkins`: capitalised words, and `of`, `for`, `the` between them. */
const CAPITALS_WITH_OF_AT = /^\p{Lu}[\p{L}'’.&-]*(?:\s(?:\p{Lu}[\p{L}'’.&-]*|of|for|the))*/u;

/** A second title after `and` (`President and CEO`, `Chairman and Chief Executive`). */
const TITLE_AFTER_AND = /^(?:CEO|Chief|Chairman|Chairwoman|Founder|Publisher|Editor|Director|President|Treasurer|Secretary)$/;

/**
 * The subject that opens a sentence (`Howard Dean, a former candidate, poked at …` → Howard Dean), used
 * when the cue is a participle (`…, tweeting`) or a second verb (`bemoaned the unrest and said`).
 */
export function sentenceSubject(sentence: string, withBody = false): Subject | null {
  const subject = readSentenceSubject(sentence, withBody);
  // (`About 600 scientists and researchers from around the world, in a joint statement …, said`, `More than 100
  // students cheered`: people counted roughly, opening the sentence.)
  if (subject === null) {
    const counted = ROUGHLY_COUNTED_PEOPLE_OPENING.exec(sentence);
    if (counted?.[1]) return describedBy(counted, 0);
  }
  // (`Tens of thousands of activists massed …, chanting`: a quantity opening the sentence counts the people
  // named after `of`, who are the description.)
  if (subject?.kind === 'description' && QUANTITY_OPENING_WORD.test(subject.text)) {
    const counted = COUNTED_PEOPLE_AT.exec(sentence.slice(subject.start + subject.text.length));
    return counted ? { ...subject, text: subject.text + counted[0] } : subject;
  }
  // (`The Senate debate comes two months after the latest report …`: a description that runs on through its own
  // verb is the clause itself, no one.)
  if (subject?.kind === 'description' && OWN_VERB_INSIDE.test(subject.text)) return null;
  // (`Six hundred scholars … had signed a statement condemning`: so does a number, read as a name.)
  if (subject?.kind === 'name' && NUMBER_WORD.test(subject.text)) {
    const counted = NUMBERED_PEOPLE_AT.exec(sentence.slice(subject.start + subject.text.length));
    return counted ? { kind: 'description', text: subject.text + counted[0], start: subject.start } : subject;
  }
  return subject;
}

/** ` comes `, ` has `, ` was `: a finite verb inside words read as a description, which make them a clause (`The Senate debate comes …`). */
export const OWN_VERB_INSIDE = /\s(?:comes|came|goes|went|has|have|had|is|are|was|were|will|would)\s/;

/** `scientists`, `MPs`, `officials`: a word for people in the plural. */
const COUNTED_PEOPLE_NOUN = String.raw`(?:people|men|women|children|families|MPs|[\p{Ll}-]+(?:ers|ors|ists|ants|ents|ians|ans|als|ees|ies|ives))`;
/** `About 600 scientists and researchers from around the world`: a rough count of people in the plural, then a comma or their verb. */
const ROUGHLY_COUNTED_PEOPLE_OPENING = new RegExp(
  String.raw`^\s*((?:About|Around|Nearly|Almost|Roughly|Some|More\s+than|Fewer\s+than|Over|Up\s+to|At\s+least)\s+\d[\d,]*(?:\s+(?:hundred|thousand|million))?\s+(?:[\p{L}'’-]+\s+){0,2}?${COUNTED_PEOPLE_NOUN}(?:\s+and\s+${COUNTED_PEOPLE_NOUN})?(?:\s+(?:from|in|at|of)\s+[^,]{1,40}?)?)(?=\s*,|\s+(?:also\s+)?(?:[a-z]+ed|said|say|says|told|have|had|were|are|wrote)\b)`,
  'u',
);

/** ` hundred scholars from universities worldwide`: whom a number counts, up to the verb or a comma. */
// (Its first word is people in the plural: `Five has been criticised` is the channel.)
const NUMBERED_PEOPLE_AT = /^(?:\s+(?:hundred|thousand|million))?\s+(?!(?:has|was|is|says)\b)(?:[\p{Ll}-]+s|people|men|women|children)\b(?:\s+[\p{L}'’-]+){0,5}?(?=\s+(?:also\s+|later\s+)?(?:[a-z]+ed|say|says|said|told|have|had|were|are)\b|\s*,)/u;

/** `Tens`, `Hundreds`, `Scores`: a quantity that opens a sentence before `of` and whom it counts. */
const QUANTITY_OPENING_WORD = /^(?:Tens|Hundreds|Thousands|Millions|Dozens|Scores)$/;
/** ` of thousands of activists`, ` of protesters`: whom a quantity counts, up to the verb or a comma. */
const COUNTED_PEOPLE_AT = /^\s+of\s+(?:(?:thousands|millions|hundreds|dozens)\s+of\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{Ll}-]+(?=\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\b|\s*,)/u;

function readSentenceSubject(sentence: string, withBody: boolean): Subject | null {
  // (`The Massachusetts senator – popular among the progressive wing – made the declaration`: an aside between
  // dashes after a short opening is no part of the subject; it is blanked, offsets kept.)
  const aside = OPENING_THEN_DASHED_ASIDE.exec(sentence);
  const head = aside?.[1] && aside[2] ? `${aside[1]}${' '.repeat(aside[2].length)}${sentence.slice(aside[0].length)}` : sentence;
  // An opening phrase (`In July,`, `Speaking on Tuesday,`) or a sentence adverb and its comma (`Meanwhile,`:
  // not `Meanwhile Mark Oaten, Liberal Democrat spokesman, said`), after any spaces before the sentence.
  const dateline = DATELINE_OPENING.exec(head)?.[0].length ?? 0;
  if (dateline > 0) {
    const after = sentenceSubject(' '.repeat(dateline) + head.slice(dateline), withBody);
    if (after) return after;
  }
  const indent = head.length - head.trimStart().length;
  // (Before the opening phrase, which would run on to the next comma.)
  const sourced = SOURCE_THEN_PRONOUN.exec(head);
  if (sourced?.[1]) return { kind: 'pronoun', text: sourced[1], start: sourced[0].length - sourced[1].length - 1 };
  const clause = OPENING_PHRASE.exec(head);
  let from = clause?.[0].length ?? indent;
  // `Speaking in Salem, New Hampshire, Trump went after Bush`: the state after a town the phrase names.
  if (clause) from += stateAfterTown(clause[0], head.slice(from));
  // (`Six years ago Pope Benedict XVI aimed …`: a time opening the sentence with no comma after it.)
  if (from === indent) from += TIME_OPENING_WITHOUT_COMMA.exec(head.slice(from))?.[0].length ?? 0;
  // (`But the president emerged on Thursday to tout a “…”`, `And he took to Twitter to call …`: a conjunction
  // joining the sentence to the one before opens it; the pronoun or the description after it, in lower case, acts.)
  if (from === indent) from += CONJUNCTION_BEFORE_LOWER_SUBJECT.exec(head.slice(from))?.[0].length ?? 0;
  // `On July 6, 2015, Sanders made …`, `Conversely, PolitiFact rated …`: more opening phrases.
  for (let more = 0; more < 2; more++) {
    const extra = /^(?:\d[\d,]*|[A-Z][a-z]+ly|[A-Z][a-z]+ \d+|Yes|Well|Sure)\s*,\s*/.exec(head.slice(from));
    if (!extra) break;
    from += extra[0].length;
  }
  // `On Thursday, after remaining neutral throughout the primary process, Warren appeared …`: a second
  // opening phrase, in lower case after the first one's comma.
  // (`…, at an earlier rally in Ambridge, Pennsylvania, he did`: and the state after its town.)
  const second = from > indent ? SECOND_OPENING_PHRASE.exec(head.slice(from)) : null;
  if (second) from += second[0].length + stateAfterTown(second[0], head.slice(from + second[0].length));
  const rest = head.slice(from);
  // (`State television said Thursday that …`, `Egyptian state media reported`: a country's press, with no article.)
  const media = STATE_MEDIA_OPENING.exec(rest);
  if (media?.[1]) return describedBy(media, from);
  // (`Malaysia’s International Trade and Industry Minister Mustapa Mohamed echoed`, `Health and Human Services
  // Secretary Alex Azar announced`: an office whose name holds `and`, then its holder.)
  // (`Local and county officials, as well as medical groups …, have defended the hospital, calling`: people
  // described by two words joined by `and`, the first capitalised only because it opens the sentence.)
  const coordinated = COORDINATED_PEOPLE_OPENING.exec(rest);
  if (coordinated?.[1]) return describedBy(coordinated, from);
  const andOffice = OFFICE_WITH_AND_THEN_NAME.exec(rest);
  if (andOffice?.[1] && andOffice[2]) return { kind: 'name', text: andOffice[2], start: from + andOffice[0].length - andOffice[2].length, role: andOffice[1] };
  // (`Former Democratic National Committee chairwoman Donna Brazile lost her cool`, `… chairwoman turned Fox
  // News contributor Donna Brazile`: a body's name, a role in lower case, then the holder's full name.)
  const bodyRole = BODY_ROLE_THEN_NAME.exec(rest);
  if (bodyRole?.[1] && bodyRole[2] && isRoleNoun(bodyRole[1].trimEnd().split(' ').at(-1) ?? '')) {
    return { kind: 'name', text: bodyRole[2], start: from + bodyRole[0].length - bodyRole[2].length, role: rest.slice(0, bodyRole[0].length - bodyRole[2].length).trim() };
  }
  // (`But on December 1 he walked into a London police station, saying:`: a short time with no comma, then
  // the pronoun that acts.)
  const timedPronoun = TIME_THEN_PRONOUN.exec(rest);
  if (timedPronoun?.[1]) return { kind: 'pronoun', text: timedPronoun[1], start: from + timedPronoun[0].length - timedPronoun[1].length - 1 };
  // `over the Iraq war and call for …`: words that open with a preposition are the middle of a sentence.
  if (from === indent && /^\s*(over|in|on|at|of|for|with|from|to|by|about|against|into|under|after|before|than)\s/.test(rest)) return null;
  // (`During the call, he asked …`: after an opening phrase the pronoun is in lower case.)
  const pronoun = (from > indent ? /^\s*(He|She|he|she)\b/ : /^\s*(He|She)\b/).exec(rest);
  if (pronoun?.[1]) return { kind: 'pronoun', text: pronoun[1], start: from + pronoun[0].length - pronoun[1].length };
  // `The prime minister's official spokesman also rejected the claims, saying`: a described person acts.
  // (`Waving rainbow flags, the protesters carried`: after an opening phrase the determiner is in lower case; it is
  // read as capitalised, and the description given as written.)
  const described = DESCRIBED_OPENING.exec(from > indent ? rest.replace(LOWER_CASE_DETERMINER_OPENING, (_, space: string, word: string) => `${space}${titleCase(word)}`) : rest);
  // (`The TV display manufacturers want us to …, they say`: people described in the plural act too.)
  const describedText = described?.[1] ?? described?.[3];
  if (described && describedText) {
    const at = described[0].length - describedText.length - (described[2] ?? described[4] ?? '').length;
    return { kind: 'description', text: rest.slice(at, at + describedText.length), start: from + at };
  }
  // (`In a note, analysts at Haitong Securities said`, `However, defense attorneys for Manafort are disputing`: after an
  // opening phrase, people in the plural in lower case, with no article, act.)
  const lowerPeople = from > indent ? LOWER_CASE_PEOPLE_OPENING.exec(rest) : null;
  if (lowerPeople?.[1]) return { kind: 'description', text: lowerPeople[1], start: from + lowerPeople[0].indexOf(lowerPeople[1]) };
  const members = PARTY_MEMBERS_OF_BODY_OPENING.exec(rest);
  if (members?.[1]) return { kind: 'description', text: members[1], start: from + members[0].indexOf(members[1]) };
  // `China's ambassador to Britain accused …`: an office a country holds, and where, describes its holder.
  const possessedOffice = POSSESSED_OFFICE_OPENING.exec(rest);
  if (possessedOffice?.[1]) return { kind: 'description', text: possessedOffice[1], start: from + rest.indexOf(possessedOffice[1]) };
  // (`Huffman's lawyers filed papers …, writing`: people a person has, acting for them.)
  const possessedPeople = POSSESSED_PEOPLE_OPENING.exec(rest);
  if (possessedPeople?.[1]) return { kind: 'description', text: possessedPeople[1], start: from + rest.indexOf(possessedPeople[1]) };
  // (`The firm closed the book on Friday, saying`: a body described by its kind acts too, before a participle;
  // elsewhere a noun that looks like a cue may follow it: `The firm launched … the biggest snack brand`.)
  const body = withBody ? DESCRIBED_BODY_OPENING.exec(rest) : null;
  if (body?.[1]) {
    return { kind: 'description', text: body[1], start: from + body[0].length - body[1].length - (body[2] ?? '').length };
  }
  const words = tokens(rest);
  let index = 0;
  while (index < words.length && (LEADING_FILLER.has((words[index] as Token).text.toLowerCase()) || STOP_WORDS.has((words[index] as Token).text.toLowerCase()))) index++;
  // (`Human rights group Amnesty International said`: a kind of body in lower case, after a capitalised word
  // that opens the sentence, then the body's name.)
  const bodyNamed = bodyNameAfterKind(words, index);
  // `But novelist Gore Vidal defended the film`: a role in lower case before the name opens the subject.
  if (bodyNamed > 0) {
    index = bodyNamed;
  } else if (
    index + 1 < words.length &&
    isRoleNoun((words[index] as Token).text) &&
    isCapitalised((words[index + 1] as Token).text) &&
    isCapitalised((words[index + 2] as Token | undefined)?.text ?? '')
  ) {
    index++;
  } else if (
    // (`wrestling legend Ric Flair woke up`: a role of two words in lower case.)
    index + 3 < words.length &&
    /^\p{L}[\p{Ll}-]+$/u.test((words[index] as Token).text) &&
    !isKnownFirstName((words[index] as Token).text) &&
    !LEADING_FILLER.has((words[index] as Token).text.toLowerCase()) &&
    isRoleNoun((words[index + 1] as Token).text) &&
    isCapitalised((words[index + 2] as Token).text) &&
    isCapitalised((words[index + 3] as Token).text)
  ) {
    index += 2;
  } else {
    // (`Former first lady Margarita Zavala`, `Mexico's first lady Margarita Zavala`: a longer role, perhaps after
    // a country's possessive.)
    const longerRole = roleOfThreeAt(words, index);
    if (longerRole > 0) {
      index += longerRole;
    } else if (
      // (`Writer and Baptist preacher Alan Cross rebuked`: two roles joined by `and`, the first opening the
      // sentence, the second perhaps after a word in capitals.)
      index + 4 < words.length &&
      isRoleNoun((words[index] as Token).text.toLowerCase()) &&
      (words[index + 1] as Token).text === 'and'
    ) {
      const second = isRoleNoun((words[index + 2] as Token).text) ? index + 2 : isRoleNoun((words[index + 3] as Token).text) ? index + 3 : -1;
      if (second > 0 && second + 2 < words.length && isCapitalised((words[second + 1] as Token).text) && isCapitalised((words[second + 2] as Token).text)) index = second + 1;
    }
  }
  // (`Her Cadillac Escalade circled the block …, she was videotaped telling`: what someone has is no one.)
  if (index > 0 && POSSESSIVE_DETERMINER.test((words[index - 1] as Token).text) && !STYLED_TITLE.test((words[index] as Token | undefined)?.text ?? '')) return null;
  const firstWord = words[index];
  // `Speaking at the event, …` opens with a participle; `Groening recently heaped praise` with a name that
  // ends the same way, and a verb follows it.
  const participle = firstWord !== undefined && /ing$/.test(firstWord.text) && !words.slice(index + 1, index + 3).some((word) => looksLikeVerb(word.text) && !CUE_ADVERBS.has(word.text.toLowerCase()));
  // (`Forty-four percent said`, `Possibly the best known …`, `Among those …`: a number, an adverb or a
  // preposition opening the sentence is no one.)
  if (!firstWord || !isCapitalised(firstWord.text) || TIME_WORDS.test(firstWord.text) || participle) return null;
  const share = NUMBER_WORD.test(firstWord.text) && (firstWord.text.includes('-') || /^\s+(?:per\s?cent|percent)\b/.test(rest.slice(firstWord.start + firstWord.text.length)));
  if (share || (/^\p{Lu}\p{Ll}{3,}ly$/u.test(firstWord.text) && !isNameInLy(firstWord.text)) || OPENING_PREPOSITIONS.test(firstWord.text) || QUANTITY_OR_DAY.test(firstWord.text)) return null;
  // (Not `State Department spokeswoman Marie Harf declined`: a cue's word that opens the sentence and a name.)
  if (CUE_WORDS.has(firstWord.text.toLowerCase()) && (index > 0 || !isCapitalised((words[index + 1] as Token | undefined)?.text ?? ''))) return null;
  // (`Students for Life of America President Kristan Hawkins blasted`: a body's name through `for` or `of`, its
  // office, then the holder, who acts.)
  const bodyRun = CAPITALS_WITH_OF_AT.exec(rest.slice(firstWord.start))?.[0];
  const bodyHolder = bodyRun?.includes(' ') ? officeHolder(bodyRun, from + firstWord.start) : null;
  if (bodyHolder) return bodyHolder;
  let end = index;
  while (end + 1 < words.length) {
    const next = words[end + 1] as Token;
    const gap = rest.slice((words[end] as Token).start + (words[end] as Token).text.length, next.start);
    if ((isCapitalised(next.text) || NAME_PARTICLES.test(next.text)) && gap === ' ') end++;
    // (`The NAACP's President and CEO Derrick Johnson`: two titles joined by `and` before the name.)
    else if (next.text === 'and' && gap === ' ' && OFFICE_WORDS.test((words[end] as Token).text) && end + 3 < words.length && TITLE_AFTER_AND.test((words[end + 2] as Token).text)) end += 2;
    else break;
  }
  // (`the Department of Justice issued a statement, saying`, `the Bank of England said`: a body's name goes on
  // past `of` and the capitals after it.)
  while (end + 2 < words.length && ORGANISATION_HEAD.test((words[end] as Token).text) && (words[end + 1] as Token).text === 'of' && isCapitalised((words[end + 2] as Token).text)) {
    end += 2;
    while (end + 1 < words.length && isCapitalised((words[end + 1] as Token).text) && rest.slice((words[end] as Token).start + (words[end] as Token).text.length, (words[end + 1] as Token).start) === ' ') end++;
  }
  const last = words[end] as Token;
  // (`Male MPs pretended …`: members in the plural are a group, whoever describes them.)
  if (end > index && /^(?:MPs|MEPs|MSPs|AMs)$/.test(last.text) && !isKnownFirstName(firstWord.text)) {
    return { kind: 'description', text: rest.slice(firstWord.start, last.start + last.text.length), start: from + firstWord.start };
  }
  // `Legitimate Bollywood film distributors have hailed`: capitals that modify people in the plural describe them.
  const people = end > index ? peopleInPluralAfter(words, end) : -1;
  if (people > end && !isKnownFirstName(firstWord.text)) {
    const noun = words[people] as Token;
    return { kind: 'description', text: rest.slice(firstWord.start, noun.start + noun.text.length), start: from + firstWord.start };
  }
  // `Secretary of State Hillary Clinton sent`: an office named with `of`, then the person holding it.
  // (`U.S. Secretary of State …`, `Trump’s Secretary of State Mike Pompeo complained`: whose office it is may come first.)
  const officeOfHolder = OFFICE_WORDS.test(last.text) ? OFFICE_OF_THEN_NAME_AT.exec(rest.slice(last.start + last.text.length)) : null;
  if (officeOfHolder?.[1] && isFullName(officeOfHolder[1])) {
    const at = last.start + last.text.length + officeOfHolder[0].length - officeOfHolder[1].length;
    return { kind: 'name', text: officeOfHolder[1], start: from + at, role: rest.slice(firstWord.start, at).trim() };
  }
  // `Hillary Clinton campaign spokesman Glen Caplin declined`: a name, a role at its service, then the
  // person who acts.
  const servant = ROLE_THEN_NAME_AT.exec(rest.slice(last.start + last.text.length));
  if (servant?.[1] && servant[2] && isFullName(servant[2])) {
    const at = last.start + last.text.length + servant[0].length - servant[2].length;
    return { kind: 'name', text: servant[2], start: from + at, role: rest.slice((words[index] as Token).start, at).trim() };
  }
  // `Redknapp, 57, quit …`: a name with its age in apposition.
  const aged = /^,\s*\d{1,3},/.test(rest.slice(last.start + last.text.length, last.start + last.text.length + 8)) && !/['’]s$/.test(last.text);
  if (aged) return { kind: 'name', text: rest.slice((words[index] as Token).start, last.start + last.text.length), start: from + (words[index] as Token).start };
  // (`James, whose Cleveland Cavaliers were defeated …, called`: a name set off by a relative clause is the
  // subject, whatever the clause names.)
  if (!/['’]s$/.test(last.text) && /^,\s+(?:who|whose)\s/.test(rest.slice(last.start + last.text.length, last.start + last.text.length + 9))) {
    return { kind: 'name', text: rest.slice((words[index] as Token).start, last.start + last.text.length), start: from + (words[index] as Token).start };
  }
  // `The Republican nominee also vowed`, `Small groups of protesters marched`: one capitalised word before
  // a lower-case noun modifies a description, which speaks as a whole.
  const modified = end === index ? describedSubject(rest, words, index) : null;
  if (modified) return { kind: modified.kind, text: modified.text, start: from + modified.start, ...(modified.role ? { role: modified.role } : {}) };
  if (/['’]s$/.test(last.text)) return null;
  // `Britain's Rod Stewart`: the name starts after the possessive.
  let start = index;
  for (let word = index; word < end; word++) if (/['’]s$/.test((words[word] as Token).text)) start = word + 1;
  const opening = words[start] as Token;
  const text = rest.slice(opening.start, last.start + last.text.length).replace(/\.$/, '');
  // `The EU's Humanitarian Aid Commissioner, Louis Michel, was quoted as saying`: an office, then the
  // person's name in apposition.
  const apposition = NAME_IN_APPOSITION_OPEN.exec(rest.slice(last.start + last.text.length));
  // (`Lord Chancellor` has a title's shape, but its last word names an office.)
  const office = OFFICE_WORDS.test(text.slice(text.lastIndexOf(' ') + 1));
  if (apposition?.[1] && (!isFullName(text) || office) && isFullName(apposition[1])) {
    return { kind: 'name', text: apposition[1], start: from + last.start + last.text.length + apposition[0].length - apposition[1].length, role: text };
  }
  if (PEOPLE_IN_PLURAL.test(text)) {
    // (`Residents of Paradise posted …`: with the body or place they are at or of.)
    const where = PEOPLE_AT_AFTER.exec(rest.slice(last.start + last.text.length))?.[0] ?? '';
    return { kind: 'description', text: text + where, start: from + opening.start };
  }
  return { kind: 'name', text, start: from + opening.start };
}

/** ` of Paradise`, ` at Ford`: where people in the plural are, in capitals. */
const PEOPLE_AT_AFTER = /^\s(?:at|of|from|in)\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}/u;

/** `Her Majesty`, `His Holiness`: a title styled with a possessive, which names its holder. */
const STYLED_TITLE = /^(?:Majesty|Highness|Holiness|Excellency|Eminence|Grace|Lordship|Ladyship)$/;

/** `his`, `Her`, `its`: a possessive determiner, whose noun is a thing or a person someone has. */
const POSSESSIVE_DETERMINER = /^(?:his|her|its|their|our|my|your)$/i;

/** ` of State Hillary Clinton`, ` of the Treasury John Snow`: what an office is of, then its holder's full name. */
const OFFICE_OF_THEN_NAME_AT = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)?\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})(?=[\s,])/u;

/** ` campaign spokesman Glen Caplin`, ` press secretary Brian Fallon`: a role in lower case, then a full name. */
const ROLE_THEN_NAME_AT = /^\s+((?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|secretary|adviser|advisor|aide|strategist|director|manager|chairman|lawyer|attorney|minister|executive|chief|leader|boss|coach|captain|sheriff|mayor|governor|commissioner|superintendent|editor|founder|president|officer|detective|inspector|nominee|candidate|hopeful|host|anchor|correspondent|reporter|columnist|commentator|analyst|producer|contributor))\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})(?=[\s,])/u;

/** `group`, `organisation`, `watchdog`: a word for a kind of body, which a body's name may follow. */
const BODY_KIND_WORD = /^(?:group|organi[sz]ation|charity|watchdog|campaign|coalition|alliance|network|think-tank|union|association)$/;

/**
 * The index of the body's name after `Human rights group`, `Digital rights organisation`: a capitalised word,
 * one or two words in lower case, the last a kind of body, then a capitalised name; 0 when the words at
 * `index` do not read so.
 */
function bodyNameAfterKind(words: readonly Token[], index: number): number {
  const first = words[index];
  if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || isKnownFirstName(first.text)) return 0;
  for (let kind = index + 1; kind <= index + 2 && kind + 1 < words.length; kind++) {
    const word = (words[kind] as Token).text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return 0;
    if (BODY_KIND_WORD.test(word) && isCapitalised((words[kind + 1] as Token).text)) return kind + 1;
  }
  return 0;
}

/**
 * How many words a role in lower case of three (`Former first lady`), or of two or three after a possessive
 * (`Mexico's first lady`, `Mexico's former first lady`), takes before two capitalised words at `index`; 0 when
 * there is none.
 */
function roleOfThreeAt(words: readonly Token[], index: number): number {
  const owned = /['’]s$/.test((words[index] as Token | undefined)?.text ?? '') ? 1 : 0;
  for (let length = 3; length >= 3 - owned; length--) {
    const at = index + owned;
    if (at + length + 1 >= words.length) continue;
    // The cheap tests first: this runs for most sentences whose subject opens with no name.
    // (A given name, not initials: `Internet service provider (ISP) Plus.net` names a firm.)
    const given = (words[at + length] as Token).text;
    if (!isRoleNoun((words[at + length - 1] as Token).text) || !/^\p{Lu}\p{Ll}/u.test(given) || !isCapitalised((words[at + length + 1] as Token).text)) continue;
    const role = words.slice(at, at + length).map((word) => word.text);
    const [first = ''] = role;
    const lower = /^\p{L}[\p{Ll}-]+$/u.test(first) && role.slice(1).every((word) => /^\p{Ll}[\p{Ll}-]+$/u.test(word)) && !isKnownFirstName(first) && !LEADING_FILLER.has(first.toLowerCase());
    if (lower) return owned + length;
  }
  return 0;
}

/** `, Louis Michel,`: a name set off by commas right after an office. */
const NAME_IN_APPOSITION_OPEN = /^,\s*((?:\p{Lu}[\p{L}'’-]*\.?\s){1,3}\p{Lu}[\p{L}'’-]*),/u;

/** `Local and county officials`, `State and federal lawmakers`: a capitalised word, `and`, a word in lower case, then people in the plural. */
const COORDINATED_PEOPLE_OPENING = /^\s*(\p{Lu}\p{Ll}+\s+and\s+[a-z-]+\s+(?:officials|leaders|lawmakers|authorities|residents|workers|[a-z-]+(?:ers|ors|ists|ians)))\b/u;

/** `Malaysia’s International Trade and Industry Minister Mustapa Mohamed`: perhaps a possessive, an office's words joined by `and`, its title, then the holder's name (the second group). */
const OFFICE_WITH_AND_THEN_NAME =
  /^\s*(?:\p{Lu}[\p{L}.-]*['’]s?\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,3}and\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}?(?:Secretary|Minister|Director|Commissioner|Administrator|Chairman|Chairwoman|Chair))\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]+)(?=\s+\p{Ll})/u;

/**
 * `Former Democratic National Committee chairwoman Donna Brazile`, `White House coronavirus task force member Dr.
 * Anthony Fauci`: capitalised words, a role of up to four words in lower case (perhaps one `turned` another,
 * `chairwoman turned Fox News contributor`), then a full name (the second group).
 */
const BODY_ROLE_THEN_NAME =
  /^\s*(?:\p{Lu}[\p{L}.'’&-]*\s+){1,6}(?:[a-z-]+\s+turned\s+(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4})?((?:[a-z-]+\s+){1,4})((?:\p{Lu}[\p{L}.'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]+)(?=\s+\p{Ll})/u;

/** Irregular past tenses that are no nouns (`went`, `took`, `spoke`; not `set` or `left`), as alternatives for a pattern. */
const PLAIN_IRREGULAR_PAST_WORDS =
  'went|took|gave|came|got|won|saw|knew|became|began|ran|spoke|wrote|brought|bought|caught|fought|sought|taught|paid|built|heard|threw|grew|drew|chose|rose|fell|broke|drove|flew|forgot|shook|swore|spent|fled|sent|kept|held|stood|made|met|found|thought|felt';

/** `the`, `a`, `an`, `one` in lower case opening the words after an opening phrase (not `many`, `some`: `Yet, many officers …` is seldom who speaks). */
const LOWER_CASE_DETERMINER_OPENING = /^(\s*)(the|an?|one)(?=\s)/;

/**
 * A sentence that opens with a description of a person, then its verb: `The prime minister's official
 * spokesman also rejected`, `A senior aide later denied`. The head noun must read as a person's
 * (`spokesman`, `minister`, `official`), not a thing's (`The report also claimed`). A month or a day may stand
 * before the verb (`The Republican president in December called`): it is when, not who.
 * (`Another journalist spoke up in his defence, calling him a “…”`: `another` opens one too, and an irregular past is
 * a verb; not a thing's noun in `-er`, `The sequester went into effect`, `A letter went out`.)
 * (`The secretary of state told`, `The governor of Ohio signed …, saying`, `The former first lady is attempting …,
 * telling`: an office may be of a field or a place in capitals, and a first lady is one described too.)
 */
const DESCRIBED_OPENING = new RegExp(
  String.raw`^\s*((?:The|A|An|One|Another)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:(?!(?:earlier|later|never|ever|however|rather|together|after|over|under|either|neither|whether|other|further|sooner|already|letter|paper|order|number|sequester|matter|power|water|weather|quarter|center|border|summer|winter|answer|computer|banner|poster)\b)\p{Ll}[\p{Ll}-]*(?:man|woman|person|er|or|ist|ian|ial|ive|ary|aide|source)|chief|head|boss|judge|coach|chair|president|mayor|attorney|lady)(?:\s+on\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+|\s+of\s+(?:state|defen[cs]e|staff|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))?)(\s+(?:(?:in|on|last|this)\s+(?:${MONTH_WORDS}|${WEEKDAY_WORDS})\s+)?(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?(?:[a-z]+ed|said|says|told|tells|is|was|has|had|will|would|${PLAIN_IRREGULAR_PAST_WORDS})\b)|^\s*((?:The|Many|Some)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*(?:men|women|people|ers|ors|ists|ians))(\s+(?:also\s+|now\s+)?(?:[a-z]+ed|want|say|believe|argue|claim|think|fear|warn|insist|expect|hope|feel|${PLAIN_IRREGULAR_PAST_WORDS})\b)`,
  'u',
);
/** `China's ambassador to Britain accused`: a possessor's office, what it is to, and a verb. */
const POSSESSED_OFFICE_OPENING =
  /^\s*(\p{Lu}[\p{L}]+['’]s\s+(?:[a-z-]+\s+){0,2}(?:ambassador|envoy|minister|secretary|commissioner|consul|representative)\s+(?:to|for|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:[a-z]+ed|said|says|told|warned)\b/u;

/** `Huffman's lawyers filed`: a name's people in the plural, then a verb. */
// (`Mr. Reid’s office brushed off the attack, saying`: or the office or campaign that speaks for them; `Fox
// News’s motion requests …, calling`: or their filing. `His lawyers said`, `On Tuesday, his family issued a
// statement`: or the people of one a pronoun stands for, and their family.)
// (`British Prime Minister Theresa May’s spokesman made the limits … clear:`: or the one who speaks for them, after
// a title of up to four words before the name, with an irregular past too.)
const POSSESSED_PEOPLE_OPENING =
  new RegExp(
    String.raw`^\s*((?:(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,4}['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:re-election|reelection|presidential|legal|campaign|defen[cs]e|official|chief|press)\s+)?(?:lawyers?|attorneys?|aides?|advisers?|advisors?|allies|supporters|doctors|relatives|parents|children|family|staff|spokespeople|spokes(?:man|woman|person)|secretary|office|campaign|team|motion|filing|lawsuit|complaint))\s+(?:also\s+|later\s+|then\s+|have\s+|had\s+)?(?:[a-z]+ed|say|says|said|told|wrote|argue|argues|argued|asked|asks|requests|seeks|alleges|claims|states|notes|${PLAIN_IRREGULAR_PAST_WORDS})\b`,
    'u',
  );

/** Bodies beyond those that speak by name (`SPEAKING_BODY_KINDS`) that act as one before a participle cue. */
const ACTING_BODY_KINDS = ['team', 'coalition', 'family', 'campaign', 'union', 'committee', 'council', 'ministry', 'department', 'government', 'administration', 'organization', 'organisation', 'association', 'foundation', 'network', 'board', 'commission', 'office', 'church', 'embassy', 'university', 'school'];
/**
 * `The firm closed the book on Friday, saying`: a body described by its kind, acting (`The actor's legal team
 * released a statement saying`: perhaps whose it is and a word or two of what kind).
 */
const DESCRIBED_BODY_OPENING = new RegExp(
  String.raw`^\s*([Tt]he\s+(?:[\p{Ll}-]+['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${[...SPEAKING_BODY_KINDS, 'corporation', 'bookmaker', ...ACTING_BODY_KINDS].join('|')}))(\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|sent|wrote|put|gave|made|took|held|is|was|has|had|will|would)\b)`,
  'u',
);

/** `State television`, `Iranian state media`, `Official news agency`: a country's press opening a sentence, with no article. */
const STATE_MEDIA_OPENING = /^\s*((?:[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+)?(?:[Ss]tate(?:-run|-owned)?|[Oo]fficial|[Gg]overnment)\s+(?:television|TV|media|radio|news\s+agency|broadcaster))(?=\s+(?:also\s+|later\s+)?(?:said|says|reported|reports|quoted|quotes|cited|announced|added|showed|aired|broadcast|carried|described|called)\b)/;

/**
 * See `sentenceSubject`: the words that open a sentence before its subject. (`Facing rising outrage from some
 * Republicans …, President Donald Trump dug in`: a participle's object, a word or two in lower case, may stand before
 * the preposition its phrase goes on with, and the phrase run long. `Yet in a series of interviews he gave before
 * leaving Geneva, Kerry expanded`: after a conjunction, a phrase of more than four words only before a capitalised
 * subject, since a pronoun's own clause may run to its comma: `But on December 1 he walked into a police station, saying`.)
 */
const OPENING_PHRASE = new RegExp(
  String.raw`^\s*(?:(?:But|And|Yet|So)\s+(?:early|late)\s+(?:in|on|this|that|last)\s[^,]{0,100},\s*|(?:But|And|Yet|So)\s+(?:in|on|at|during|after|before|later|earlier|last|this|since|by)\s+(?:(?:[^\s,]+\s+){0,3}[^\s,]+,\s*|(?:[^\s,]+\s+){4,11}[^\s,]+,\s*(?=[A-Z]))|(?:But|And|Yet|So)\s+(?:when|while|as|if|although|though|because|once|until|despite|amid|unlike|following)\s(?:(?!\s(?:he|she|they)\s)[^,]){0,140},\s*|(?:Here|There|Back)\s+(?:in|at|on)\s[^,]{0,100},\s*|Back\s+home\s*,\s*|(?:Early|Late)\s+(?:(?:in|on|this|that|last)\s[^,]{0,140}|(?:${WEEKDAY_WORDS})(?:\s+(?:morning|afternoon|evening|night))?),\s*|(?:(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Fifteen|Twenty|Thirty|Fifty|\d{1,3}|Several|Some|Many|Just|A\s+few)\s+)?(?:[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]inutes?|[Mm]oments?|[Dd]ecades?)\s+(?:later|earlier|afterwards|after|before|ago)\b[^,]{0,140},\s*|(?:The|That)\s+(?:following|next|previous|same|other)\s+(?:day|week|month|year|morning|afternoon|evening|night|weekend)\s*,\s*|(?:Shortly|Just|Soon|Long|Even|Right|Only|Immediately)\s+(?:after|before|as|when|since|until)\s+(?![a-z]+ing\s)[^,]{0,140},\s*|(?:In|On|At|During|After|Before|For|From|With|Without|Since|Until|By|Later|Earlier|Last|This|Asked|Speaking|As|While|When|Under|Over|Despite|Although|Though|Because|If|Following|According|Aboard|Inside|Outside|Near|Along|Alongside|Atop|Ahead|Amid|Amidst|Throughout|Across|Within|Having)\b[^,]{0,140},\s*|(?:${SENTENCE_ADVERBS}|Already)\s*,\s*|[A-Z][a-z]{2,}ing\s+(?:[a-z-]+\s+){0,2}?(?:in|on|at|a|an|the|his|her|their|to|for|with|from|up|out|off|after|before)\s[^,]{0,140},\s*|[A-Z][a-z]{2,}ed\s+(?:with|by|about|over|at|on|from|of|into|for)\s[^,]{0,120},\s*|(?:Aware|Unaware|Mindful|Wary|Conscious|Confident|Eager|Keen|Desperate|Anxious|Unable|Unwilling)\s+(?:of|that|to|about)\s[^,]{0,120},\s*|[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,2}\s+aside\s*,\s*)`,
);

/** `The Massachusetts senator – popular among … –`: up to four words with no comma, then an aside between spaced dashes. */
const OPENING_THEN_DASHED_ASIDE = /^(\s*[^\s,–—]+(?:\s[^\s,–—]+){0,3})(\s[–—]\s[^–—]{1,150}?\s[–—])(?=\s)/;

/** Irregular past tenses that are no nouns (`went`, `took`; not `set` or `left`). */
const PLAIN_IRREGULAR_PAST = new RegExp(`^(?:${PLAIN_IRREGULAR_PAST_WORDS})$`);

/** A word that reads as the verb after a subject, by its form alone (`marched`, `is`, `also`, `said`). */
function looksLikeVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return CUE_WORDS.has(lower) || CUE_ADVERBS.has(lower) || /^(is|are|was|were|has|have|had|will|would|can|could|may|might)$/.test(lower) || (/ed$/.test(lower) && lower.length > 4) || PLAIN_IRREGULAR_PAST.test(lower);
}

/**
 * `Giant banners at his rally read`, `Hardliner lawmakers in Iran’s parliament were chanting`: a word in -s
 * after one capitalised word (no given name) is a plural noun the capital modifies, not its verb (`The
 * Kremlin says`), when a preposition, an auxiliary or a verb in the past follows it.
 */
function pluralHeadNoun(words: readonly Token[], capital: number): boolean {
  const modifier = (words[capital] as Token).text;
  const noun = (words[capital + 1] as Token).text;
  const after = words[capital + 2]?.text ?? '';
  if (isKnownFirstName(modifier) || CUE_WORDS.has(noun.toLowerCase())) return false;
  return /^(?:at|in|on|of|from|with|near|outside|inside|across|around|were|are|have|had|will|would|could)$/.test(after) || /^[a-z]+ed$/.test(after);
}

/** `gunmen`, `protesters`, `activists`: a plural noun for people. */
const PEOPLE_NOUN_END = /^\p{Ll}+(?:men|ers|ors|ists|ians|people)$/u;

/**
 * The description that opens a sentence with a capitalised modifier (`The Republican nominee`): the words
 * from its start to the first one that reads as a verb, when the word after the capital is a lower-case
 * noun rather than a verb. Null when it does not read so.
 */
function describedSubject(rest: string, words: Token[], capital: number): { kind: 'name' | 'description'; text: string; start: number; role?: string } | null {
  const following = words[capital + 1];
  // (`Newcastle boss Graeme Souness`: a noun in -ss is no plural or verb; `Keegan yesterday refused`: a
  // time after a name is no noun it modifies.)
  if (
    !following ||
    isCapitalised(following.text) ||
    STOP_WORDS.has(following.text.toLowerCase()) ||
    TIME_WORDS.test(following.text) ||
    looksLikeVerb(following.text) ||
    // (`The Kremlin hasn’t been notified`: a verb with its `n't`.)
    (/(?<!s)s$/.test(following.text) && !pluralHeadNoun(words, capital)) ||
    /ly$|ing$|n['’]t$/.test(following.text)
  ) {
    return null;
  }
  // `Steel analyst Peter Fish, director of …, said`: an apposition after the name closes the description.
  const comma = rest.indexOf(',', following.start);
  if (comma > 0) {
    const beforeComma = words.filter((word) => word.start >= (words[capital] as Token).start && word.start < comma);
    const lastBefore = beforeComma.at(-1);
    if (lastBefore && beforeComma.length <= 8 && isCapitalised(lastBefore.text) && !beforeComma.some((word) => looksLikeVerb(word.text))) {
      let nameStart = beforeComma.length - 1;
      while (nameStart > 1 && isCapitalised((beforeComma[nameStart - 1] as Token).text)) nameStart--;
      const name = beforeComma[nameStart] as Token;
      // (`Reggae star Sizzla, whose UK tour …`: one word is a name too, after a role.)
      if (nameStart >= 1 && (beforeComma.length - nameStart >= 2 || isRoleNoun((beforeComma[nameStart - 1] as Token).text))) {
        return { kind: 'name', text: rest.slice(name.start, lastBefore.start + lastBefore.text.length), start: name.start };
      }
    }
    // `The Tory leader, who argues …, said`: the description ends at the comma.
    if (lastBefore && beforeComma.length <= 5 && !isCapitalised(lastBefore.text) && !STOP_WORDS.has(lastBefore.text) && !beforeComma.some((word) => looksLikeVerb(word.text))) {
      const opener = capital > 0 && /^(the|a|an)$/i.test((words[capital - 1] as Token).text) ? (words[capital - 1] as Token) : (words[capital] as Token);
      const description = rest.slice(opener.start, lastBefore.start + lastBefore.text.length);
      // (`Blackburn's chairman, John Williams, who denied …, said`: the name in apposition is who acts.)
      const named = NAME_IN_APPOSITION_OPEN.exec(rest.slice(comma));
      if (named?.[1] && isFullName(named[1])) return { kind: 'name', text: named[1], start: comma + named[0].length - named[1].length - 1, role: description };
      return { kind: 'description', text: description, start: opener.start };
    }
  }
  let verb = capital + 1;
  while (verb < words.length && !looksLikeVerb((words[verb] as Token).text)) verb++;
  // (`Masked gunmen shouting “…” stormed`: the phrase before a participle may end on people in the plural, its
  // verb after the quotation.)
  if (verb >= words.length && words.length - capital <= 3 && PEOPLE_NOUN_END.test((words.at(-1) as Token).text)) {
    const last = words.at(-1) as Token;
    return { kind: 'description', text: rest.slice((words[capital] as Token).start, last.start + last.text.length), start: (words[capital] as Token).start };
  }
  if (verb >= words.length || verb - capital > 8) return null;
  const opener = capital > 0 && /^(the|a|an)$/i.test((words[capital - 1] as Token).text) ? capital - 1 : capital;
  const first = words[opener] as Token;
  const lastWord = words[verb - 1] as Token;
  if (STOP_WORDS.has(lastWord.text.toLowerCase())) return null;
  // `Clinton campaign manager Robby Mook is calling`: a description that ends in a name is that person's
  // role, and the name speaks.
  if (isCapitalised(lastWord.text)) {
    let nameStart = verb - 1;
    while (nameStart > capital + 1 && isCapitalised((words[nameStart - 1] as Token).text)) nameStart--;
    if (nameStart <= capital + 1 || /['’]s$/.test(lastWord.text)) return null;
    const name = words[nameStart] as Token;
    const text = rest.slice(name.start, lastWord.start + lastWord.text.length);
    // (A quote mark inside is a quotation run on from a caption, no name.)
    return /["“”]/.test(text) ? null : { kind: 'name', text, start: name.start };
  }
  const described = rest.slice(first.start, lastWord.start + lastWord.text.length);
  return /["“”]/.test(described) ? null : { kind: 'description', text: described, start: first.start };
}

/**
 * `analysts at Haitong Securities`, `defense attorneys for Manafort`: people in the plural in lower case (the words of
 * `PEOPLE_IN_PLURAL`), perhaps after two words that modify them (no quantifier: `many uniformed officers turned` seldom
 * speak) and with the body or person they are at or act for, then their verb (not a passive, `customers were greeted`;
 * the description the first group).
 */
const LOWER_CASE_PEOPLE_OPENING = new RegExp(
  String.raw`^\s*((?:(?!(?:many|some|most|several|few|all|both|other|such)\s)[\p{Ll}-]+\s+){0,2}?(?:${PEOPLE_IN_PLURAL.source.replace(/^\^\(\?:|\)\$$/g, '').toLowerCase()})(?:\s+(?:at|of|for|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}){0,2})(?=\s+(?:(?:also\s+|have\s+|had\s+)?(?:[a-z]+ed|said|say|says|told|wrote|warn|argue)|(?:are|were)\s+[a-z]+ing)\b)`,
  'u',
);

/** The word that ends a run of capitals and up to one lower-case modifier, when it names people in the plural; else -1. */
function peopleInPluralAfter(words: readonly Token[], end: number): number {
  for (let at = end + 1; at <= end + 2 && at < words.length; at++) {
    const text = (words[at] as Token).text;
    if (isCapitalised(text) || STOP_WORDS.has(text)) return -1;
    if (namesPeopleInPlural(text)) return at;
    if (looksLikeVerb(text)) return -1;
  }
  return -1;
}

const OPENING_PREPOSITIONS = /^(?:Among|Amid|Amongst|Despite|Unlike|Like|Besides|Beyond|Within|Throughout|Across|Around|Behind|Below|Beneath|Towards?|Upon|Via|Aboard|Atop)$/;

/** ` and `, ` then `: the conjunction that joins a second verb to the first, ending the text before the cue. */
const AND_BEFORE_SECOND_VERB = /,?\s+and\s+(?:then\s+)?$/;
/**
 * Where a clause may open inside a sentence: after a comma, a semicolon, a dash set off by spaces, `that`, a
 * subordinator (`when he sported a moustache and asked`) or a relative pronoun (whose clause has no subject of its own).
 */
const CLAUSE_OPENING = /(?:[,;]|\s[—–-])\s+(?:(?:and|but|yet|so)\s+)?|\s(?:that|who|which)\s+|\s(when|whenever|while|because|if|although|though|where)\s+/g;

/** `said`, `asked`, `shouted`: a verb of speech that can give someone's first words (not `added`, `continued`). */
const FIRST_WORDS_CUE = /^(?:said|says|asked|asks|told|tells|shouted|yelled|screamed|cried|whispered|muttered|exclaimed|chanted|declared|announced|replied|responded)$/;
/** `was`, `had`, `would`: an auxiliary, the first verb of a clause. */
const AUXILIARY_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|must|did|does)$/;
/** `blew`, `lay`: irregular past tenses of acts that come before a verb of speech (`blew him kisses and whispered`). */
const ACTING_IRREGULAR_PAST = /^(?:blew|lay|leant|knelt|sat|hung|struck|stuck|swung|wore|tore|shot|led)$/;
/** `the`, `his`: a determiner, after which a word in -ed is an adjective (`the troubled singer`). */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|many|several|two|three)$/i;

/**
 * `…, and the troubled singer blew him kisses and whispered`, `In Denver, protesters stretched out …, and chanted`,
 * `… went on to allege that Biden looked at her and said`: who does the first of two verbs joined by `and` (the
 * text before the second, the cue, ending on the `and`) is the subject of the clause that verb opens; the nearest
 * clause that has a verb, read back from the `and`, with the words before its verb as its subject; null when they
 * are no subject. `opensSentence` says the clause is the text's first, whose subject `sentenceSubject` reads better.
 */
export function firstConjunctSubject(text: string, cue: string, cuesBefore: readonly Cue[], directQuotation: boolean): { subject: Subject; opensSentence: boolean } | null {
  const conjunction = AND_BEFORE_SECOND_VERB.exec(text);
  if (!conjunction) return null;
  // (`He claimed authority to make the ban – the courts have not ruled on it – and said`: an aside between dashes
  // before the `and` is no clause the second verb goes on.)
  const end = DASHES_ASIDE_ENDING_SUBJECT.exec(text.slice(0, conjunction.index))?.index ?? conjunction.index;
  // (The text is one sentence's, up to the cue: `attributionBefore` reads no further back.)
  // (`… would consider a move if Pyongyang took steps, and agreed to`: after a comma, the `and` joins a verb to one
  // before the subordinate clause, not to the clause's own.)
  const commaBefore = conjunction[0].startsWith(',');
  const openings = [...text.slice(0, end).matchAll(CLAUSE_OPENING)]
    .filter((opening) => !(commaBefore && opening[1]))
    .map((opening) => ({ at: opening.index + opening[0].length, reported: opening[0].trim() === 'that' }));
  // (`said many of the governor's backers approached him and said`: a verb of speech opens the clause it reports.)
  for (const before of cuesBefore) {
    if (before.end < end && !before.word.includes(' ')) openings.push({ at: before.end + (/^\s*/.exec(text.slice(before.end))?.[0].length ?? 0), reported: true });
  }
  openings.sort((first, second) => second.at - first.at);
  openings.push({ at: text.length - text.trimStart().length, reported: false });
  for (const [place, opening] of openings.entries()) {
    const words = tokens(text.slice(opening.at, end));
    const verb = words.findIndex((word, at) => isFiniteVerb(word.text, words[at - 1]?.text ?? 'the'));
    if (verb < 0) continue;
    // (The nearest clause with a verb is the first verb's; with no words before its verb, it is no clause of its own.)
    if (verb === 0) return null;
    const verbWord = words[verb] as Token;
    // (`nurses sat down in the road, arms linked, and chanted`: a bare noun and a participle closing the words before
    // the `and` are an absolute phrase, no clause.)
    if (verb === 1 && verb === words.length - 1 && /^\p{Ll}+$/u.test((words[0] as Token).text)) continue;
    // (`Feinstein said the strikes were “…” and called on Trump to …`: inside a reported clause, the second verb may
    // go with the reporting one; only an act in the past, then a verb of speech before its own words, goes with
    // the reported clause's subject.)
    // (Nor a cue that goes on from words already said, `Mrs Parker Bowles said the prince went down on one knee and
    // added: “…”`.)
    if (opening.reported && (!directQuotation || AUXILIARY_VERB.test(verbWord.text) || !FIRST_WORDS_CUE.test(cue))) return null;
    const phrase = text.slice(opening.at, opening.at + verbWord.start);
    // (`…, called comments Duchess Meghan Markle made about him`: the words before the verb hold no verb of their own.)
    if (words.slice(0, verb).some((word) => CUE_WORDS.has(word.text.toLowerCase()))) return null;
    const subject = subjectOf(phrase, opening.at);
    // (The subject is all the words before the verb, perhaps a role and then a name; not, where the text opens after
    // a quotation inside the sentence, `bathroom trip Clinton made`.)
    if (!subject || subject.start + subject.text.length !== opening.at + phrase.trimEnd().length) return null;
    const opensText = place === openings.length - 1;
    const roleThenName = subject.kind === 'name' && subject.role !== undefined && (!opensText || isRoleNoun(lastWordOf(subject.role))) && phrase.trim() === `${subject.role} ${subject.text}`;
    if (subject.start !== opening.at && !roleThenName) return null;
    // (`told him he would …`: a pronoun that is a subject, not `him`.)
    if (subject.kind === 'pronoun' && !SUBJECT_PRONOUNS.test(subject.text.toLowerCase())) return null;
    return { subject, opensSentence: opensText };
  }
  return null;
}

/** Whether a word reads as a clause's finite verb, by its form (`was`, `stood`, `waved`; not `troubled` after `the`). */
function isFiniteVerb(word: string, before: string): boolean {
  if (AUXILIARY_VERB.test(word) || PLAIN_IRREGULAR_PAST.test(word) || ACTING_IRREGULAR_PAST.test(word)) return true;
  return /^[a-z]{3,}ed$/.test(word) && !DETERMINER.test(before);
}
