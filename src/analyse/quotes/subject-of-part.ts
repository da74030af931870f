import { endsName, firstTokenText, isCapitalised, isCapitalisedPossessive, isFullName, isRoleNoun, isTitleWord, looksLikePersonName, NAME_PARTICLES, PEOPLE_IN_PLURAL, STOP_WORDS, type Token, tokens } from './clause-words.js';
import { isKnownFirstName, isNameInLy } from './given-names.js';
import { CUE_ADVERBS, DESCRIPTION_OPENERS, ISSUED_DOCUMENTS, LEADING_FILLER, NON_PERSON_WORDS, ORGANISATION_HEAD, PERSON_TITLES, PRONOUN_GENDER } from './lexicon.js';
import { isNationalityWord, isNonPersonWord, PARTY_MEMBER, WEEKDAY } from './name-words.js';

/**
 * Who one comma-separated part of a clause names (`White House press secretary Josh Earnest`, `a spokesman for
 * Unison`, `the statement`): a name with its role, a pronoun, a description or a document, and who holds an office
 * named in it; with the `Subject` and `ClauseAttribution` types all the clause readers return. Separate as the
 * bottom layer that the phrase, sentence and attribution readers all call. Offsets are relative to the string given.
 */

/** Who a clause says spoke, before it is tied to a person of the article. */
export type Subject =
  | { kind: 'name'; text: string; start: number; role?: string }
  | { kind: 'pronoun'; text: string; start: number }
  | { kind: 'description'; text: string; start: number }
  | { kind: 'document'; text: string; start: number };

export interface ClauseAttribution {
  cue: string;
  subject: Subject;
}

/** `blog post`, `strongly worded statement`: a document's word, perhaps after up to two words in lower case (the word the first group). */
export const DOCUMENT_WORDS = String.raw`(?:[\p{Ll}-]+\s+){0,2}${ISSUED_DOCUMENTS.source}`;

/** `One`, `No`, `This`, `Nearby`: a word that opens a sentence capitalised, never a name alone. */
export const WORD_OPENING_NO_NAME = /^(?:One|Another|No|This|That|These|Those|First|Far|Less|Long|Having|Nearby|Some|Many|Most|Few|Several|Each|Every|All|Both|Such|Much|More|Others|Anyone|Everyone|Nobody)$/;

/**
 * `Dr Mark Tuffy games systems director at digital content firm THX`, `Dr Mike Watts head of exploration`:
 * a full name opens the phrase, and lower-case role words with `at`, `of`, `for` or `with` follow it (up
 * to `end`, where a name of the employer may begin). The person is the speaker.
 */
function personBeforeRole(text: string, words: Token[], end: number, base: number): Subject | null {
  let leading = 0;
  // (`Mohammed bin Salman of …`: a particle inside the name goes on with it.)
  while (leading < end && (isCapitalised((words[leading] as Token).text) || (leading > 0 && NAME_PARTICLES.test((words[leading] as Token).text)))) leading++;
  if (leading < 2 || leading >= end) return null;
  const lastOfName = words[leading - 1] as Token;
  const name = text.slice((words[0] as Token).start, lastOfName.start + lastOfName.text.length);
  const roleWords = words.slice(leading, end);
  // (`Cristianne Close of the conservation group WWF`: a name whose first name no list holds is still a
  // person's when a body described in lower case follows it.)
  const described = KIND_OF_BODY_AFTER_NAME.test(text.slice((words[leading] as Token).start)) && looksLikePersonName(name);
  if (/['’]s$/.test(lastOfName.text) || !(isFullName(name) || described) || roleWords.length > 8 || !roleWords.some((word) => /^(?:at|of|for|with)$/.test(word.text))) return null;
  if (roleWords.some((word) => /^(?:and|or|that|who|which|had|has|have|was|is|were|are|will|would)$/i.test(word.text) || /(?:ed|ing)$/.test(word.text))) return null;
  // (`Immanuel Christian head of school Stephen Danish`: a person's full name after the role is whose role it
  // is, and what opens the phrase is the body they work for.)
  const after = words[end];
  if (after !== undefined && isKnownFirstName(after.text) && isFullName(text.slice(after.start, (words.at(-1) as Token).start + (words.at(-1) as Token).text.length))) return null;
  const lastWord = words.at(-1) as Token;
  return { kind: 'name', text: name, start: base + (words[0] as Token).start, role: text.slice((words[leading] as Token).start, lastWord.start + lastWord.text.length) };
}

/** A full name opening a phrase, then `of`, `from` or `at` and a body's capitalised name. */
// (`Michael Ratner of the left-leaning Center for Constitutional Rights`: the body may have a word or two of
// description before its name.)
const NAME_THEN_BODY = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’-]*)\s+(?:of|from|at)\s+(?:the\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2})?\p{Lu}/u;

/**
 * ` that more than 70 percent of doctors polled`, `Nearly half of voters`: a share, then `of` and the people it is
 * of (perhaps after a clause and `that`); or a percentage alone, as a poll's report goes on (`but 26 percent`).
 */
const SHARE_OF_PEOPLE_PART =
  /^\s*(?:(?:[^,;:]*?\s)?(?:that|and|but)\s+)?(?:[Oo]nly\s+)?((?:(?:[Mm]ore|[Ll]ess|[Ff]ewer)\s+than\s+|[Aa]bout\s+|[Aa]round\s+|[Nn]early\s+|[Aa]lmost\s+|[Rr]oughly\s+|[Oo]ver\s+|[Jj]ust\s+(?:over\s+|under\s+)?)?(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|\p{L}+(?:-\p{L}+)?\s+(?:percent|per\s+cent)|half|a\s+third|a\s+quarter|two-thirds|three-quarters)(?:\s+of\s+(?:the\s+|those\s+|all\s+)?(?:[\d,]+\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{L}-]*(?:s|people|men|women)\b(?:\s+(?:polled|surveyed|asked|questioned|interviewed))?|(?<=percent|per\s+cent|%)))\s*$/u;

/** A military service, before a rank (`Marine General`). */
const MILITARY_SERVICE = /^(?:Marine|Army|Navy|Naval|Air|Coast|Guard|Marines)$/;

/** `tearfully`, `solemnly`: a word in -ly that says how, not a noun or an adjective in -ly (`family`, `daily`, `elderly`). */
function isMannerAdverb(word: string): boolean {
  return /^[a-z]{3,}ly$/.test(word) && !NOT_ADVERBS_IN_LY.has(word);
}

/** Words in -ly that `isMannerAdverb` leaves out: nouns and adjectives, and adverbs of degree, which go with a participle more than a cue (`widely reported to have resigned`). */
const NOT_ADVERBS_IN_LY: ReadonlySet<string> = new Set(
  `family assembly rally ally supply reply daily weekly monthly quarterly yearly hourly nightly elderly early likely unlikely only bully jelly
  belly lily holly folly friendly lonely lovely ugly silly holy costly deadly homily anomaly monopoly widely largely highly nearly partly mostly
  fairly merely newly roughly barely hardly scarcely slightly entirely fully greatly deeply generally commonly broadly`.split(/\s+/),
);

/**
 * `A statement from Oxfam`, `a letter sent by the Pentagon`: the whole phrase, a document and the name of who issued
 * it (`the memo from the CIA's James Angleton to FBI director J. Edgar Hoover`: with whose the sender is, and to whom
 * it went, around the name).
 */
export const DOCUMENT_FROM_NAMED_PART = new RegExp(
  String.raw`^\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+${DOCUMENT_WORDS}\s+(?:(?:issued|released|sent|signed|posted)\s+)?(?:by|from)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.&-]*['’]s\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})(?:\s+to\s+(?:[\p{L}'’.&-]+\s+){0,5}[\p{L}'’.&-]+)?\s*$`,
  'u',
);

/** `the group's CEO`, `its CFO`: a determiner or a possessive in lower case, then an office's initials, the whole phrase. */
const OFFICE_INITIALS_DESCRIBED = /^\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:\p{Ll}[\p{L}-]*['’]s?\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:CEO|CFO|COO|CTO|CIO|CMO))\s*$/u;

/** `of the charity Oxfam`, `at the conservation group WWF`: a preposition, then a body described in lower case. */
const KIND_OF_BODY_AFTER_NAME = /^(?:of|at|from)\s+(?:the\s+)?\p{Ll}/u;

/** `MP for …`, `the star of …`: a word for a person, whose place or works may be named with `and`. */
const ROLE_BEFORE_PLACE = /^(?:MP|MEP|MSP|AM|star|[a-z]+(?:man|woman|er|or|ist|ian|chief|head|member|boss))$/;

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/;

/** A sentence that opens with a phrase of time or place (`In its report on the council's work the committee said`). */
const ADVERBIAL_OPENING = /^\s*(?:On|In|At|During|After|Before|Since|By|Until|From|Last|This|Earlier|Later|Over)\s/;

/** `North Korean state media`, a whole part: a nation's adjective and its media. */
const NATIONAL_MEDIA_PART = /^\s*((?:\p{Lu}[\p{L}-]*\s)?\p{Lu}[\p{L}-]*(?:an|ese|ish|i)\s(?:state\s)?(?:media|television|TV|radio|news\sagency|press))\s*$/u;

/** A word for someone's nationality (`Swiss`, `Russian`, `Frenchman`), not a surname (`Morientes`). */
const NATIONALITY =
  /^(?:[A-Z][a-z]+(?:ian|ese|ish|can|man|woman)|Swiss|French|Dutch|Welsh|Irish|Scot|Swede|Dane|Briton|Finn|Pole|Czech|Greek|Turk|Serb|Croat|Kiwi|Aussie|Thai|German|Spaniard|Argentine|Israeli|Iraqi|Pakistani|Kenyan)$/;

const PREPOSITION_OPENING = /^(?:of|in|on|at|to|for|from|with|by|about|into|over|than|as|like|between|among)$/i;

/** `Democrats on the House Foreign Affairs Committee`, `Republicans on the panel`: a party's members of a body. */
export const PARTY_MEMBERS_OF_BODY = String.raw`((?:(?:House|Senate)\s+)?(?:Democrats|Republicans)\s+(?:on|in)\s+the\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,5}(?:[Cc]ommittee|[Ss]ubcommittee|[Pp]anel|[Cc]ouncil|[Ll]egislature))`;
/** Those members, the whole part before a cue. */
const PARTY_MEMBERS_OF_BODY_PART = new RegExp(String.raw`^\s*${PARTY_MEMBERS_OF_BODY}\s*$`, 'u');
/** `Someone in the audience`, `Somebody`, `Someone off-camera`: someone unnamed, perhaps with where they were. */
const INDEFINITE_PERSON_PART =
  /^\s*((?:Someone|Somebody|Someone else)(?:\s+(?:in|at|from|on|outside|inside|near)\s+[^,]{1,40}?|\s+(?:off-camera|off camera|offstage|nearby))?)\s*$/;

/** The pronouns that may be a cue's subject after a short adverbial. */
export const SUBJECT_PRONOUNS = /^(?:he|she|it|they)$/;

export function subjectOfPart(text: string, base: number, nameBeforeVerb = false): Subject | null {
  return withoutOpeningWordAsName(readSubjectOfPart(text, base, nameBeforeVerb));
}

/**
 * `One called Kaine a “trial lawyer …”`, `No expert …, Burroughs wrote, had proposed`, `Nearby, a small group of
 * protesters chanted`: a capitalised word that opens a sentence as a pronoun, a quantifier or an adverb names
 * no one; `One` and `Another` stand for someone the sentence before described.
 */
export function withoutOpeningWordAsName(subject: Subject | null): Subject | null {
  if (subject?.kind !== 'name' || !WORD_OPENING_NO_NAME.test(subject.text)) return subject;
  return /^(?:One|Another)$/.test(subject.text) ? { kind: 'description', text: subject.text, start: subject.start } : null;
}

function readSubjectOfPart(text: string, base: number, nameBeforeVerb = false): Subject | null {
  // `according to North Korean state media`: a nation's media, by its adjective.
  const media = NATIONAL_MEDIA_PART.exec(text);
  if (media?.[1]) return { kind: 'description', text: media[1], start: base + media[0].length - media[1].length };
  // `Democrats on the House Judiciary Committee said`: a party's members of a body, not the body.
  const members = PARTY_MEMBERS_OF_BODY_PART.exec(text);
  if (members?.[1]) return describedBy(members, base);
  // (`Someone in the audience called out`: an indefinite pronoun, with where the one it stands for was, is
  // a description, not a name at a sentence's start.)
  const indefinite = INDEFINITE_PERSON_PART.exec(text);
  if (indefinite?.[1]) return describedBy(indefinite, base);
  // (`A statement from Oxfam read:`, `a letter sent by the Pentagon`: a document from a body or a person named
  // after it is theirs.)
  const issued = DOCUMENT_FROM_NAMED_PART.exec(text);
  // (The document's word is the first group, as `ISSUED_DOCUMENTS` captures it.)
  if (issued?.[2]) {
    const article = /^the\s+/.exec(issued[2])?.[0].length ?? 0;
    const issuer = subjectOfPart(issued[2].slice(article), base + issued[0].indexOf(issued[2], issued[0].search(/\s(?:by|from)\s/)) + article);
    if (issuer?.kind === 'name') return issuer;
  }
  // (`the group's CEO`, `its CFO`: an office's initials after a determiner or a possessive describe someone,
  // they name no one.)
  const officeInitials = OFFICE_INITIALS_DESCRIBED.exec(text);
  if (officeInitials?.[1]) return describedBy(officeInitials, base);
  // `UK Chancellor of the Exchequer Gordon Brown said`: the full name that ends an office with `of`.
  const holder = officeHolder(text, base);
  if (holder) return holder;
  // `A senior businessman who attended the meeting and has met with Lam recently said`: a relative clause
  // says which one, and a name in it is not who speaks.
  const relative = DESCRIPTION_THEN_WHO.exec(text);
  if (relative?.[1]) return { kind: 'description', text: relative[1], start: base + (relative[0].length - relative[0].trimStart().length) };
  // (`more than 70 percent of doctors polled say`, `Around 20 percent of the 250 physicians surveyed said`: a
  // share of people, as a poll reports it, speaks for them.)
  const share = SHARE_OF_PEOPLE_PART.exec(text);
  if (share?.[1]) return describedBy(share, base);
  let words = tokens(text);
  // Trailing adverbs and auxiliaries between subject and verb: `X has repeatedly said`.
  // `May said:`: a lone capitalised word before the cue is a name, even one that is also a modal or filler.
  const loneName =
    words.length === 1 &&
    isCapitalised((words[0] as Token).text) &&
    !STOP_WORDS.has((words[0] as Token).text.toLowerCase()) &&
    !/^(then|now|so|also|however|still|yet|later|meanwhile|instead|thus|indeed|again|today|yesterday|despite|although|though|because|whereas|unless|having|being)$/i.test((words[0] as Token).text);
  // (`Mrs May said`, `Theresa May told`: a capitalised word after another ends a name, not a modal.)
  // (`Brooke tearfully asked`: any adverb of manner in -ly too, after the subject.)
  while (words.length > 0 && !loneName && (CUE_ADVERBS.has((words.at(-1) as Token).text.toLowerCase()) || (words.length > 1 && isMannerAdverb((words.at(-1) as Token).text))) && !endsName(words)) words = words.slice(0, -1);
  while (words.length > 1 && /^(on|in|at|last|this|early|late)$/i.test((words.at(-2) as Token).text) && NON_PERSON_WORDS.has((words.at(-1) as Token).text.toLowerCase())) words = words.slice(0, -2);
  // (`the president in turn has called him`: nor is a two-word adverb.)
  if (words.length > 2 && (words.at(-2) as Token).text === 'in' && (words.at(-1) as Token).text === 'turn') words = words.slice(0, -2);
  while (words.length > 0 && !loneName && LEADING_FILLER.has((words[0] as Token).text.toLowerCase())) words = words.slice(1);
  if (words.length === 0) return null;
  const last = words.at(-1) as Token;
  const lastLower = last.text.toLowerCase();
  // `At first he said only:`, `Later she told …`: a short adverbial before the pronoun leaves it the subject.
  // (`First it said …`: so does one before `it` or `they`.)
  if (words.length > 1 && words.length <= 4 && SUBJECT_PRONOUNS.test(lastLower) && words.slice(0, -1).every((word) => /^(at|first|later|then|now|but|and|so|yet|still|earlier|afterwards|again|also|once|finally|first|last|only|there|here)$/i.test(word.text))) {
    return lastLower === 'it' ? { kind: 'document', text: last.text, start: base + last.start } : { kind: 'pronoun', text: last.text, start: base + last.start };
  }
  // `it was put to Mr Kinnock that he had once referred to`: a pronoun after `that` is the verb's subject.
  if (words.length > 2 && (lastLower === 'he' || lastLower === 'she') && /^(?:that|and|but|as|because|when|while|after|before|if)$/i.test((words.at(-2) as Token).text)) {
    return { kind: 'pronoun', text: last.text, start: base + last.start };
  }
  if (words.length === 1 && PRONOUN_GENDER.has(lastLower)) {
    return lastLower === 'it'
      ? { kind: 'document', text: last.text, start: base + last.start }
      : { kind: 'pronoun', text: last.text, start: base + last.start };
  }
  // `Dr Erel Avineri of the Centre for Transport and Society at the University of …`: a person, then the body.
  const ofBody = NAME_THEN_BODY.exec(text);
  if (ofBody?.[1] && isFullName(ofBody[1]) && !/['’]s$/.test(ofBody[1])) {
    const start = ofBody[0].length - ofBody[0].trimStart().length;
    return { kind: 'name', text: ofBody[1], start: base + start, role: text.slice(start + ofBody[1].length).trim() };
  }
  // `Radio 1 said`, `Channel 4 has`: a station's number ends its name.
  const stationNumber = /^\d{1,2}$/.test(last.text) && words.length >= 2 && /^(?:Radio|Channel)$/.test((words.at(-2) as Token).text);
  if ((isCapitalised(last.text) || stationNumber) && !/['’]s$/.test(last.text)) {
    let first = words.length - 1;
    while (first > 0) {
      const candidate = (words[first - 1] as Token).text;
      if (isCapitalised(candidate) || NAME_PARTICLES.test(candidate)) first--;
      else break;
    }
    // `the Tory MP for Sleaford and North Hykeham`: a place or body after a preposition may hold `and`.
    let joined = first;
    while (joined >= 2 && /^(?:and|&)$/.test((words[joined - 1] as Token).text) && isCapitalised((words[joined - 2] as Token).text)) {
      joined -= 2;
      while (joined > 0 && isCapitalised((words[joined - 1] as Token).text)) joined--;
    }
    if (joined > 1 && joined < first && /^(?:of|for)$/.test((words[joined - 1] as Token).text) && ROLE_BEFORE_PLACE.test((words[joined - 2] as Token).text)) first = joined;
    // (`Keiichiro Kanemoto of the Research Institute for Humanity and Nature`: so may a body's name after `the`
    // and a preposition, with `for` or `of` in it too; the person is whom the body's name comes after.)
    let bodyName = joined;
    while (bodyName >= 2 && /^(?:of|for|and|&)$/.test((words[bodyName - 1] as Token).text) && isCapitalised((words[bodyName - 2] as Token).text)) {
      bodyName -= 2;
      while (bodyName > 0 && isCapitalised((words[bodyName - 1] as Token).text)) bodyName--;
    }
    if (joined < first && bodyName >= 2 && /^the$/i.test((words[bodyName - 1] as Token).text) && /^(?:of|from|at)$/.test((words[bodyName - 2] as Token).text)) first = bodyName;
    // Do not swallow a sentence-initial article or conjunction into the name.
    while (first < words.length - 1 && /^(The|A|An|But|And|So|Then|Yet|Now|When|While|As|In|On|At)$/.test((words[first] as Token).text)) first++;
    // `Speaking in Harrogate Mr Kennedy`, `Speaking on Tuesday Charles Kennedy`: an honorific inside a run of
    // capitals opens the name, and a day's name before it is no part of it.
    const honorific = words.findIndex((word, at) => at > first && at < words.length - 1 && HONORIFIC.test(word.text));
    if (honorific > first) first = honorific;
    while (first < words.length - 2 && WEEKDAY.test((words[first] as Token).text)) first++;
    // `Chairman of the Environmental Audit Committee Peter Ainsworth MP`: a body's name, then the person's.
    const afterBody = words.findIndex(
      (word, at) => at > first && at < words.length - 1 && isKnownFirstName(word.text) && ORGANISATION_HEAD.test((words[at - 1] as Token).text),
    );
    if (afterBody > first) first = afterBody;
    // `the senator from Ohio`, `a spokesman for Microsoft`: the name is the object of a preposition, so
    // the speaker is the phrase before it (`Craig Holman of Public Citizen` → Craig Holman).
    // `Anne Thompson of the Hollywood Reporter`: a determiner may stand between the preposition and the name.
    // `a spokesman for distributor Toho`: so may a lower-case word for what the body is.
    const kindOfBody =
      first > 1 &&
      /^\p{Ll}[\p{Ll}-]+(?:er|or|firm|company|group|bank|giant|agency|network|studio|label|website|magazine|newspaper|chain)$/u.test((words[first - 1] as Token).text) &&
      /^(of|from|for|at|with)$/.test((words[first - 2] as Token).text);
    const determined = first > 1 && (/^(the|a|an)$/i.test((words[first - 1] as Token).text) || kindOfBody) ? first - 1 : first;
    const preposition = determined > 0 ? (words[determined - 1] as Token).text : '';
    // (`a source close to Pelosi`, `an aide to Pelosi`, `one official briefed on Trump`: so after a
    // lower-case word and `to` or `on`; not `War on Want's John Hilary`, nor `from the IMF to the IFS`.)
    const loweredTo = /^(to|on)$/.test(preposition) && determined > 1 && /^\p{Ll}/u.test((words[determined - 2] as Token).text) && !/^(from|between)$/.test((words[determined - 2] as Token).text);
    if (!nameBeforeVerb && (/^(of|from|for|at|with|in)$/.test(preposition) || loweredTo)) {
      const head = text.slice(0, (words[determined - 1] as Token).start);
      const inner = subjectOfPart(head, base);
      // `Secretary of State John F. Kerry`, `Minister of Defence Ana Ruiz`: an office named with `of` is a
      // title, and the name after it is the person.
      // `The Muslim Council of Britain`, `the Bank of England`: an organisation's name runs on through `of`.
      if (inner?.kind === 'name' && /^(of|for)$/.test(preposition) && ORGANISATION_HEAD.test(inner.text)) {
        const end = last.start + last.text.length;
        return { kind: 'name', text: text.slice(inner.start - base, end).replace(/\.$/, ''), start: inner.start };
      }
      // (`Speaker of the House of Representatives Nancy Pelosi`: a body's name, then a full name, after the
      // office's `of`: the person holds the office.)
      const heldBy = words.findIndex((word, at) => at > first && at === words.length - 2 && isKnownFirstName(word.text) && !isKnownFirstName((words[at - 1] as Token).text));
      if (inner?.kind === 'name' && heldBy > 0 && OFFICE_WORDS.test(firstTokenText(head.trim()))) {
        const start = (words[heldBy] as Token).start;
        return { kind: 'name', text: text.slice(start, last.start + last.text.length).replace(/\.$/, ''), start: base + start, role: text.slice(0, (words[heldBy - 1] as Token).start + (words[heldBy - 1] as Token).text.length) };
      }
      if (inner?.kind === 'name' && !OFFICE_WORDS.test(inner.text)) return inner;
      if (inner?.kind === 'name') {
        // The department is capitalised too (`State John F. Kerry`): the name opens at the first name.
        const given = words.findIndex((word, at) => at >= first && isKnownFirstName(word.text));
        if (given > first && words.length - given >= 2) first = given;
        // (`State Condoleezza Rice`: after `State`, whatever the first name.)
        else if ((words[first] as Token).text === 'State' && words.length - first >= 3) first++;
      }
      const opener = words.findIndex((word) => DESCRIPTION_OPENERS.has(word.text.toLowerCase()));
      // `a spokesman for the World Summit for the Information Society`: a person's or a body's word may
      // head a longer description.
      const headedByPerson = PERSON_OR_BODY_WORD.test((words[opener + 1] as Token | undefined)?.text ?? '');
      if (opener >= 0 && opener < first - 1 && words.length - opener <= (headedByPerson ? 12 : 9)) {
        const start = (words[opener] as Token).start;
        return { kind: 'description', text: text.slice(start, last.start + last.text.length).replace(/\.$/, ''), start: base + start };
      }
    }
    // `Deutsche Bank's Simon Champion`: a person named after the possessive of the body they work for.
    let owner: string | undefined;
    // (`Best Buy’s Barry said`, `Britain's Johnson said`: or by a surname alone, after a body's or a country's possessive.)
    const surnameAt = words.length - 1;
    const possessorAt = surnameAt - 1;
    // (Not `AT&T's CEO`, `Britain's Prime Minister`: an office, not a surname.)
    if (
      possessorAt >= first &&
      /['’]s$/.test((words[possessorAt] as Token).text) &&
      /^\p{Lu}\p{Ll}/u.test(last.text) &&
      !isNonPersonWord(last.text) &&
      !isTitleWord(last.text) &&
      !isRoleNoun(last.text.toLowerCase()) &&
      !isKnownFirstName((words[first] as Token).text)
    ) {
      owner = text.slice((words[first] as Token).start, (words[possessorAt] as Token).start + (words[possessorAt] as Token).text.length - 2);
      first = surnameAt;
    }
    for (let at = words.length - 3; at >= first; at--) {
      const possessor = (words[at] as Token).text;
      const given = (words[at + 1] as Token).text;
      // `the Liberal Democrats' President Simon Hughes`: a plural's apostrophe stands after the word.
      const after = text.charAt((words[at] as Token).start + possessor.length);
      const pluralPossessive = /s$/.test(possessor) && (after === "'" || after === '’');
      // `Deloitte's Sanjay Mehta`: two or three capitalised words after the possessive read as a full name
      // even with a first name the lists lack.
      const fullNameAfter = at + 2 <= words.length - 1 && at + 3 >= words.length - 1 && words.slice(at + 1).every((word) => isCapitalised(word.text) && !/['’]s$/.test(word.text));
      if ((/['’]s$/.test(possessor) || pluralPossessive) && (isKnownFirstName(given) || isTitleWord(given) || (fullNameAfter && !pluralPossessive))) {
        owner = text.slice((words[first] as Token).start, (words[at] as Token).start + possessor.length - (pluralPossessive ? 0 : 2));
        first = at + 1;
        break;
      }
      // `Millikin University’s Media Coordinator Dane Lisser`: role words in capitals, then a first name.
      if (/['’]s$/.test(possessor) && at + 3 < words.length) {
        const given = words.findIndex((word, index) => index > at + 1 && index <= at + 3 && index < words.length - 1 && isKnownFirstName(word.text));
        if (given > 0) {
          owner = text.slice((words[first] as Token).start, (words[at] as Token).start + possessor.length - 2);
          first = given;
          break;
        }
      }
    }
    // `A senior Tory MP has criticised`: a party and `MP` with no name are a description.
    // (`John Smith MP` has a name of two words before `MP`.)
    // (`the Ealing North MP`: up to three words of a place; not `Peter Ainsworth MP`, a person's name.)
    if (/^(?:MP|MPs|MEP|MSP|AM)$/.test(last.text) && words.length - 1 - first <= 3 && !(words.length - 1 - first >= 2 && isKnownFirstName((words[first] as Token).text))) {
      const opener = words.findIndex((word) => /^(?:a|an|the|one|another)$/i.test(word.text));
      if (opener >= 0 && opener < first) {
        const start = (words[opener] as Token).start;
        return { kind: 'description', text: text.slice(start, last.start + last.text.length), start: base + start };
      }
      // (`Male MPs`, `Labour MPs`: members in the plural are a group, whoever describes them.)
      if (/^(?:MPs|MEPs|MSPs|AMs)$/.test(last.text) && !words.slice(first, -1).some((word) => isKnownFirstName(word.text))) {
        const start = (words[first] as Token).start;
        return { kind: 'description', text: text.slice(start, last.start + last.text.length), start: base + start };
      }
    }
    const nameStart = (words[first] as Token).start;
    const nameText = text.slice(nameStart, last.start + last.text.length).replace(/\.$/, (dot) => (PERSON_TITLES.has(last.text.slice(0, -1).toLowerCase()) ? dot : ''));
    // `South Carolina Democratic Party Chairman Jaime Harrison`: a long run of capitals with an office word
    // in it, then a known first name and a surname, is the office's words and the name.
    if (words.length - first > 4) {
      const office = words.findLastIndex((word, index) => index >= first && index < words.length - 2 && RUN_OFFICE_WORD.test(word.text));
      // (`Australia's Federal Environment Minister Sussan Ley`, `Sanders' Campaign Manager Faiz Shakir`: or just
      // two words after the office word, whatever the first name.)
      const holderWords = words.length - 1 - office;
      if (office >= 0 && (holderWords === 2 || (holderWords <= 3 && isKnownFirstName((words[office + 1] as Token).text)))) {
        const start = (words[office + 1] as Token).start;
        return { kind: 'name', text: text.slice(start, last.start + last.text.length), start: base + start, role: text.slice(nameStart, (words[office] as Token).start + (words[office] as Token).text.length) };
      }
    }
    if (words.length - first > 6) return null;
    const before = text.slice(0, nameStart).trim();
    // `Analysts said`, `Lawyers for the family said`: people named by a plural noun are described, not named,
    // and are not one person across articles.
    if (words.length - first === 1 && first === 0 && PEOPLE_IN_PLURAL.test(nameText)) return { kind: 'description', text: nameText, start: base + nameStart };
    // `the 24-year-old Swiss`: an age and one capitalised word describe someone; they do not name them.
    const agedEpithet = words.length - first === 1 && NATIONALITY.test(last.text) && /(?:^|\s)the\s+(?:\p{Ll}+\s+)?\d{1,3}-year-old\s*$/iu.test(text.slice(0, nameStart));
    if (agedEpithet) {
      const opener = text.slice(0, nameStart).search(/\bthe\s+(?:\p{Ll}+\s+)?\d{1,3}-year-old\s*$/iu);
      return { kind: 'description', text: text.slice(opener, last.start + last.text.length), start: base + opener };
    }
    // `the Bishop said`, `the Chancellor told`: a title after `the`, with no name, is a description; so is a
    // nationality (`the Greek said`, `said the Spaniard`), an epithet for someone named before.
    if (words.length - first === 1 && /^the$/i.test(before) && (isTitleWord(last.text) || NATIONALITY.test(last.text) || isNationalityWord(last.text))) {
      const opener = (words[first - 1] as Token).start;
      return { kind: 'description', text: text.slice(opener, last.start + last.text.length), start: base + opener };
    }
    // (`said the former Marine General`, `the retired Army Colonel`: a service's name and a title, after `the`
    // and words in lower case, describe someone too.)
    if (words.length - first === 2 && /^the(?:\s+\p{Ll}+){0,2}$/iu.test(before) && isTitleWord(last.text) && MILITARY_SERVICE.test((words[first] as Token).text)) {
      const opener = text.slice(0, nameStart).search(/\bthe\b/i);
      return { kind: 'description', text: text.slice(opener, last.start + last.text.length), start: base + opener };
    }
    // `the Oklahoma Republican said`, `the Democrat told`: a party's member, by state or alone, is an epithet.
    // (`said a South Carolina Republican`, `one Democrat`: one not named is described.)
    if (words.length - first <= 3 && /^(?:the|a|an|one|another)$/i.test(before) && PARTY_MEMBER.test(last.text)) {
      const opener = (words[first - 1] as Token).start;
      return { kind: 'description', text: text.slice(opener, last.start + last.text.length), start: base + opener };
    }
    const subject: Subject = { kind: 'name', text: nameText, start: base + nameStart };
    if (owner) subject.role = owner;
    if (/^[A-Z]{2,}(\s[A-Z]{2,})+$/.test(nameText)) return null;
    // `Twenty-nine`, `Conversely`: a number or an adverb opening a sentence is not a name; nor a quantity
    // (`Tens of thousands of activists`, `Most acknowledged`) or a day (`on Saturday dismissed`).
    if (words.length - first === 1 && (NUMBER_WORD.test(nameText) || QUANTITY_OR_DAY.test(nameText) || (/ly$/.test(nameText) && !isNameInLy(nameText)))) return null;
    if (before.length > 0) {
      // Words before a name must read as its role (`White House press secretary Josh Earnest`), not as
      // a clause (`PolitiFact rated 32% of Republican`), or the name is not the subject.
      const clause = first > 5 || /\d|%|\b(\w+ed|\w+ing|in|on|at|to|for|with|by|from|that|which|who|and|but|when|while|is|was|has|have|had|are|were|will|would)\b/i.test(before);
      // `Dr Mark Tuffy games systems director at digital content firm THX told`: the person opens the
      // phrase, and the name at its end is where they work.
      const person = personBeforeRole(text, words, first, base);
      if (person) return person;
      // `of Republican claims`: a lone adjective of party or nation after a clause names nobody.
      // (Not a surname that ends the same way: `the 14th-ranked Schwartzman said`.)
      if (clause && first === words.length - 1 && (/(?:ian|ean|can|ic|ish|ese|ive)$/.test(last.text) || isNationalityWord(last.text))) return null;
      if (!clause) subject.role = before.replace(/^(the|a|an)\s+/i, '');
    }
    return subject;
  }
  // `Dr Mike Watts head of exploration said`: a full name, then the role with no comma.
  const person = personBeforeRole(text, words, words.length, base);
  if (person) return person;
  // A description opens with a determiner (`one senior American official`) or is short (`sources`).
  let openAt = words.findIndex((word) => DESCRIPTION_OPENERS.has(word.text.toLowerCase()));
  // `called this “…” but the government said`: a new clause after `but` or `and` has a subject of its own.
  for (let at = openAt + 1; openAt >= 0 && at < words.length; at++) {
    if (/^(?:and|but)$/i.test((words[at - 1] as Token).text) && DESCRIPTION_OPENERS.has((words[at] as Token).text.toLowerCase())) openAt = at;
  }
  // `Obama's former campaign strategist`: a possessive opens a description as a determiner would.
  // `In its report on the council's work the committee said`: after an adverbial opening, the subject is
  // the plain description that ends the phrase.
  let afterAdverbial = false;
  if (openAt > 0 && ADVERBIAL_OPENING.test(text)) {
    let lastThe = words.length - 2;
    while (lastThe > 0 && !/^the$/i.test((words[lastThe] as Token).text)) lastThe--;
    const head = words.slice(lastThe + 1);
    if (lastThe > 0 && head.length <= 4 && head.every((word) => !/['’]s$/.test(word.text) && !STOP_WORDS.has(word.text.toLowerCase()))) {
      openAt = lastThe;
      afterAdverbial = true;
    }
  }
  if (openAt < 0 && words.length >= 2 && words.length <= 6 && isCapitalisedPossessive(text, words[0] as Token)) openAt = 0;
  // `Tony Blair's official spokesman`, `Prime Minister Tony Blair's spokesman`: a name's possessive too.
  else if (openAt < 0 && words.length >= 3 && words.length <= 8 && ownerNameEndsAt(words) > 0) openAt = 0;
  // `Mr Crosby's statement`: a title before the possessive.
  else if (openAt < 0 && words.length >= 3 && words.length <= 6 && isTitleWord((words[0] as Token).text) && isCapitalisedPossessive(text, words[1] as Token)) openAt = 0;
  else if (openAt < 0) {
    // Without a determiner only a short plural reads as a speaker (`sources`, `Clinton aides`).
    // (`police said`, `state police noted`: or a noun for people that is plural without an `s`.)
    if (words.length > 3 || !(/s$/.test(last.text) || PLURAL_WITHOUT_S.test(last.text)) || words.some((word) => /^\d|ing$|ed$|ly$/.test(word.text))) return null;
    // (`“false rumours” of differences, saying`: what a preposition opens is no one.)
    if (PREPOSITION_OPENING.test((words[0] as Token).text)) return null;
    openAt = 0;
  }
  // An object pronoun makes it a clause, not a speaker; in capitals it is a body's initials (`a US Embassy
  // spokesman`, `an IT manager`).
  if (words.some((word) => OBJECT_PRONOUN.test(word.text))) return null;
  // `the chief executive of a leading European car maker`: a description may go on with `of`, `at` or `for`.
  const describedLength = words.length - openAt;
  if (describedLength > 6) {
    // …when it names a person or a body (`the chief executive of …`, `a Department for … spokeswoman`), not a
    // thing (`the message in the body of the e-mail`).
    // (`a source close to the 2012 GOP vice presidential nominee`: or `close to`.)
    // (`a Cognizant employee working as a content moderator`: or `as` after a participle.)
    const preposition = words.findIndex(
      (word, at) =>
        at > openAt &&
        (/^(?:of|at|for|from|with)$/.test(word.text) ||
          // (`a legislative aide to one of the authors`: or `to` after a word for one who works for someone.)
          (word.text === 'to' && ((words[at - 1] as Token).text === 'close' || SERVES_SOMEONE.test((words[at - 1] as Token).text))) ||
          // (`Another man riding in the truck's cab`: or `in` or `on` after a participle.)
          (/^(?:as|in|on)$/.test(word.text) && /ing$/.test((words[at - 1] as Token).text))),
    );
    // (`a senior Republican operative working with the campaign’s …`: or a participle after a person's word;
    // `a government official familiar with Trump's interactions …`: or `familiar`.)
    const participle = preposition > 1 && (/ing$/.test((words[preposition - 1] as Token).text) || /^(?:close|familiar)$/.test((words[preposition - 1] as Token).text));
    const head = preposition > 0 ? (words[preposition - (participle ? 2 : 1)] as Token).text : '';
    if (describedLength > 12 || preposition < 0 || (!PERSON_OR_BODY_WORD.test(head) && !PERSON_OR_BODY_WORD.test(last.text))) return null;
  }
  const described = words.slice(openAt);
  // `The plan would boost energy conservation, says the party`: a verb in it makes it a clause, not a speaker.
  if (described.some((word) => /^(would|will|could|can|should|must|might|is|are|was|were|has|have|had)$/i.test(word.text))) return null;
  // `She said this would counter …`: a demonstrative alone refers to a thing, never to who spoke.
  if (described.length === 1 && /^(this|that|these|those|which|what|such)$/i.test(last.text)) return null;
  // (`a spokesman for her lawyers`, `a friend of his family`: a possessive after a preposition is part of it.)
  if (described.some((word, at) => at > 0 && (PRONOUN_GENDER.has(word.text.toLowerCase()) || /^(their|our|its|my|your)$/i.test(word.text)) && !possessedAfterPreposition(described, at))) return null;
  if (/^(and|or|to|of|by|with|that|in|on|at|for|from|as|but|who|which|whom)$/i.test(last.text)) return null;
  // `Early talks have taken place and the defender said`: a conjunction opens a new clause, whose subject
  // is the description after it.
  const afterConjunction = openAt > 0 && /^(?:and|but)$/i.test((words[openAt - 1] as Token).text);
  if (openAt > 0 && !afterAdverbial && !afterConjunction) return null;
  const descriptionStart = (words[openAt] as Token).start;
  const description = text.slice(descriptionStart, last.start + last.text.length).replace(/\.$/, '');
  if (/['’]s$/.test(description)) return null;
  if (DOCUMENT_ENDING.test(description) && words.length - openAt <= 3) {
    return { kind: 'document', text: description, start: base + descriptionStart };
  }
  if (PRONOUN_GENDER.has(lastLower)) return null;
  // `other law enforcement officials haven't`, `the difference between the party's organizing`: a phrase
  // that ends in a verb is a clause cut short, no one who speaks.
  if (/n['’]t$/.test(lastLower) || /^.{3,}ing$/.test(lastLower)) return null;
  return { kind: 'description', text: description, start: base + descriptionStart };
}

/** Nouns for people in the plural that no `s` ends. */
export const PLURAL_WITHOUT_S = /^(?:police|people|staff|personnel|men|women|children|clergy)$/;

/** `him`, `them`, `us`, `me`, `it`, lower case or opening a sentence, not initials (`US`, `IT`). */
const OBJECT_PRONOUN = /^(?:[Hh]im|[Tt]hem|[Uu]s|[Mm]e|[Ii]t)$/;

const OWNER_WORDS = /^(?:his|her|their|its|our|my|your)$/i;

/**
 * `a spokesman for her lawyers`: a possessive right after the first preposition of a short description
 * (`a sapphire bought as an investment for their daughters` is a thing, no speaker).
 */
function possessedAfterPreposition(words: readonly Token[], at: number): boolean {
  if (at + 1 >= words.length || at > 4 || !OWNER_WORDS.test((words[at] as Token).text)) return false;
  const preposition = words.findIndex((word) => /^(?:of|for|to|at|with|from|as|in|on|by)$/.test(word.text));
  return preposition === at - 1 && /^(?:of|for|to|at|with|from)$/.test((words[at - 1] as Token).text);
}

/**
 * Where a capitalised name in the possessive ends, when one opens the words (`Prime Minister Tony Blair's`
 * → 3), before at least one more word; else -1.
 */
function ownerNameEndsAt(words: readonly Token[]): number {
  let at = 0;
  while (at < 4 && at < words.length - 1 && isCapitalised((words[at] as Token).text) && !/['’]s$/.test((words[at] as Token).text)) at++;
  return at > 0 && at < words.length - 1 && /^[A-Z][\p{L}.-]*['’]s$/u.test((words[at] as Token).text) ? at : -1;
}

/** `aide`, `adviser`, `ambassador`: one who works for someone, whom `to` names (`an aide to the senator`). */
const SERVES_SOMEONE = /^(?:aide|adviser|advisor|assistant|consultant|counsel|counselor|counsellor|lawyer|attorney|ambassador|envoy|deputy|successor|spokes(?:man|woman|person)|secretary|confidant|staffer)$/;

/**
 * A word for a person or a body that speaks: `executive`, `spokeswoman`, `member`, `Department`; or for people in
 * the plural (`lawyers and scientists`, `a group of senators`, `a majority of voters`).
 */
export const PERSON_OR_BODY_WORD = /(?:man|woman|men|women|person|people|er|or|ist|ian|ant|ent|ee|chief|executive|operative|head|member|source|official|boss|aide|group|majority|minority|Department|Ministry|Office|Committee|Council)s?$/;

/**
 * `UK Chancellor of the Exchequer Gordon Brown`: an office in capitals goes on with `of`, and the full name
 * that ends the phrase holds it (with the office as its role).
 */
export function officeHolder(phrase: string, base: number): Subject | null {
  const holder = wholeOfficeHolder(phrase, base);
  if (holder || phrase.indexOf(' and ') < 0) return holder;
  // (`Schumer and House of Representatives Speaker Nancy Pelosi said`, `Town and FBI Special Agent in Charge Johnnie
  // Sharp Jr. said`: two people joined, the second by an office that holds `of` or `in`; the holder speaks with the
  // one named first, and the office's `of` is no preposition that names the first a speaker's body.)
  const joined = NAME_AND_AT_OPENING.exec(phrase);
  return joined ? wholeOfficeHolder(phrase.slice(joined[0].length), base + joined[0].length) : null;
}

/** `Schumer and `, `U.S. Attorney Jay Town and `: a name of up to five capitalised words, perhaps with its office, and `and`, opening a subject of two people. */
const NAME_AND_AT_OPENING = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}and\s+(?=\p{Lu})/u;

function wholeOfficeHolder(phrase: string, base: number): Subject | null {
  // (`FBI Assistant Special Agent in Charge Ron Hopper`: an office that runs on through `in Charge`, then its holder.)
  const inCharge = phrase.includes(' in Charge ') ? IN_CHARGE_THEN_NAME.exec(phrase) : null;
  if (inCharge?.[1] && inCharge[2]) return { kind: 'name', text: inCharge[2], start: base + inCharge[0].lastIndexOf(inCharge[2]), role: inCharge[1] };
  // Every subject phrase passes here; most hold no `of` and need no longer pattern run.
  const of = OF_WORD.test(phrase);
  if (!of && !FOR_WORD.test(phrase)) return null;
  // (`said Tournament of Roses President CL Keedy`, `Bank of England Governor Mervyn King`: a body's name
  // through `of`, then its office in capitals, then the holder's name, whatever its first name.)
  // (`Americans for Tax Reform President Grover Norquist`: or through `for`.)
  const bodyOffice = BODY_OF_THEN_OFFICE_NAME.exec(phrase);
  if (bodyOffice?.[1] && bodyOffice[2]) return { kind: 'name', text: bodyOffice[2], start: base + bodyOffice[0].lastIndexOf(bodyOffice[2]), role: bodyOffice[1].trim() };
  if (!of) return null;
  const lower = POSSESSED_ROLE_OF_THEN_NAME.exec(phrase);
  if (lower?.[1] && lower[2]) return { kind: 'name', text: lower[2], start: base + lower[0].lastIndexOf(lower[2]), role: lower[1].trim() };
  const match = OFFICE_OF_THEN_NAME.exec(phrase);
  if (!match?.[1] || !match[2]) return null;
  if (isFullName(match[2])) return { kind: 'name', text: match[2], start: base + match[0].lastIndexOf(match[2]), role: match[1].trim() };
  // `Inspector General of Punjab Police Nasim Ahmed`: after a body's word, the last two words are the
  // holder's name, though no list knows the first name.
  const body = BODY_THEN_NAME.exec(match[2]);
  if (!body?.[1]) return null;
  return { kind: 'name', text: body[1], start: base + match[0].lastIndexOf(body[1]), role: `${match[1]}${match[2].slice(0, match[2].length - body[1].length)}`.trim() };
}

/** `FBI Assistant Special Agent in Charge Ron Hopper`: a title ending `in Charge`, then a name of two or three words, the whole phrase. */
const IN_CHARGE_THEN_NAME = /^\s*((?:\p{Lu}[\p{L}.]*\s+){0,4}in\s+Charge)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s*$/u;

export const OF_WORD = /\sof\s/;

/** ` for `: a body's name may run on with it (`Americans for Tax Reform`). */
const FOR_WORD = /\sfor\s/;

/**
 * `Pence's chief of staff Marc Short`, `the company's director of communications Jane Doe`: someone's role in
 * lower case that goes on with `of`, then the holder's full name.
 */
const POSSESSED_ROLE_OF_THEN_NAME =
  /^\s*((?:the\s+)?(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+['’]s?\s+(?:(?:former|acting|deputy|interim)\s+)*(?:chief|director|head|secretary|minister|commissioner|chairman|chairwoman|chair|vice\s+president|president)\s+of\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s*$/u;
/** `Tournament of Roses President CL Keedy`: a body's name with `of`, its office in capitals, then a name of two or three words. */
const BODY_OF_THEN_OFFICE_NAME =
  /^\s*((?:\p{Lu}[\p{L}'’.&-]*\s+){1,3}(?:(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,3}){1,2}(?:President|Chairman|Chairwoman|Chair|Governor|Director|Chief\s+Executive|Secretary|Commissioner|Spokesman|Spokeswoman|Head|Leader|Mayor|Speaker)\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s*$/u;
/** A body's last word (`Police`, `Bank`), then two capitalised words: the name after the body's name. */
const BODY_THEN_NAME = /(?:^|\s)(?:Police|Bank|Council|Commission|Committee|Ministry|Department|Agency|Authority|Board|Union|Party|Army|Navy|Forces)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u;

/** An office in capitals with `of`, then a name of two or three words (not `Ray Marshall of the James Marshall Hendrix Foundation`). */
const OFFICE_OF_THEN_NAME =
  /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Chancellor|Secretary|Minister|Governor|President|Director|Commissioner|Chairman|Chairwoman|Chief|Head|Leader|Mayor|Speaker|General|Inspector|Supervisor|Superintendent|Clerk|Register|Recorder|Registrar|Treasurer|Comptroller)\s+(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?){1,3})(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s*$/u;

/** `A senior businessman who attended …`: an indefinite description, then a relative clause on it (not its cue). */
const DESCRIPTION_THEN_WHO = /^\s*((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+[^,]+?)\s+who\s+\S/;

/**
 * Office words that end the role in a run of capitals before a name (`NBC News Chief Foreign Correspondent Richard Engel`,
 * `Deputy Assistant Attorney General Benjamin C. Mizer`: the trade or the office's last word too).
 */
const RUN_OFFICE_WORD = /^(?:Chairman|Chairwoman|Chair|Director|Secretary|Spokesman|Spokeswoman|Spokesperson|President|Leader|Manager|Minister|Commissioner|Chief|Governor|Mayor|Treasurer|Whip|Strategist|Adviser|Advisor|Counsel|Officer|Detective|Sergeant|Lieutenant|Captain|Inspector|Commander|Sheriff|General|Attorney|Correspondent|Editor|Reporter|Anchor|Ambassador|Speaker|Agent|Analyst|Economist|Coach|Administrator|Superintendent|Prosecutor|Lt\.|Sgt\.|Det\.|Capt\.|Cpl\.)$/;

/** Offices that take `of` before the name of their holder (`Secretary of State John Kerry`, `Vice-President of …`). */
export const OFFICE_WORDS = /^(?:(?:US|UK|EU|UN|[A-Z][a-z]+(?:an|ese|ish|ch))\s)?(?:(?:Deputy|Vice|Assistant|Under|Chief|Prime|Foreign|Interior|Home)[\s-])?(?:Secretary|Minister|Director|Chancellor|Mayor|Governor|President|Chairman|Chairwoman|Chair|Speaker|Attorney General|Commissioner|Head|Chief|Archbishop|Bishop|Dean|Duke|Duchess|Earl|Countess|Provost)$/;

export const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(-\w+)?$/i;
/** Words for a quantity of people, or a day, that open a subject as a name would: no one's name. */
export const QUANTITY_OR_DAY = new RegExp(`^(?:Most|Many|Some|Several|Few|Others|Both|All|None|Each|Multiple|Numerous)$|${WEEKDAY.source}`);

/** `the memo`, `the talking points`: a description that ends on a document's word (which may be two words). */
const DOCUMENT_ENDING = new RegExp(`(?:${ISSUED_DOCUMENTS.source})$`, 'i');

/** The description a pattern's first group found, placed in the text the phrase it searched starts `from` in. */
export function describedBy(match: RegExpExecArray, from: number): Subject {
  const text = match[1] as string;
  return { kind: 'description', text, start: from + match.index + match[0].indexOf(text) };
}
