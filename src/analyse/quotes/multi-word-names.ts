import { familyNameFirst, firstNameGender, type Gender, genderOfWordBefore, isChineseName, isKnownFirstName, KIN_WORDS } from './given-names.js';
import { CUE_WORDS, ORGANISATION_HEAD, PERSON_TITLES } from './lexicon.js';
import { type NameMention, surnameKey } from './name-mention.js';
import { COMPASS_POINTS, dropPossessive, GENERATION, isNationalityWord, isNonPersonWord, isTitle, lowerOf, matchAt, NOT_NAME_WORDS, OPENING_MARKS, opensSentence, PEOPLES, POST_NOMINALS, ROLE_WORDS_BEFORE_NAME, roleBeforeName, SKIPPED_OPENERS, titleKey, VERB_AFTER_AT } from './name-words.js';
import { isNationalEpithet, loneWordMention, stateSetOffAfter, withAge } from './one-word-names.js';

/**
 * A run of several capitalised words (`Democratic Sen. Claire McCaskill`, `Virgin Radio DJ Pete Mitchell`):
 * where the name starts once its openers, descriptions and titles are cut off, its gender, and whether it names
 * a person, a body or a work. Separate from the scan, which finds the runs, and from the one-word reading,
 * which has rules of its own.
 */

const MONTH_SURNAMES = /^(May|June|April|August)$/;
/** `Mr.`, `Ms`, `Mrs.`: a courtesy title, which only a person's name follows. */
const COURTESY_TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/;
/** Words for places and things that are surnames too (`Mike Lake`, `Doris Day`, `Michael Bay`, `David Steel`; not `Church`: `Joy Church` is a congregation). */
const WORD_SURNAMES: ReadonlySet<string> = new Set(['Lake', 'Day', 'Bay', 'House', 'Post', 'Steel']);
/** Function words that a title of a work capitalises and a person's name never holds. */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['In', 'Their', 'The', 'My', 'Your', 'Our', 'On', 'At', 'With', 'To', 'From', 'Is', 'Are', 'Of', 'And', 'For']);
/** A word before a name that describes the person: a role, a party, a nation, an office in capitals. */
function describesPerson(word: string): boolean {
  return (
    ROLE_ACRONYMS.has(word) ||
    POST_NOMINALS.has(word) ||
    (ROLE_NOUN.test(word) && !isKnownFirstName(word)) ||
    isModifierWord(word) ||
    /^\p{Lu}{2,}$/u.test(word) ||
    /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(word) ||
    DESCRIBING_WORDS.has(word)
  );
}

/** Words for a person's role (not a party or a nation) that may stand right before a full name. */
const DESCRIBING_ROLES: ReadonlySet<string> = new Set('Boss Sheriff Attorney Executive Councillor Director Coach Agent Inspector Superintendent Constable Detective Counselor Counsellor Adviser Advisor Strategist'.split(' '));

/** Capitalised words that describe rather than name (`Boss Graeme Souness`, `Lib Dem Norman Baker`): roles, parties, and the like. */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  ...DESCRIBING_ROLES,
  ...'Dem Dems Democrat Democrats Conservative Conservatives Labour Tory Tories Green Greens Liberal Liberals Republican Republicans Euro Fellow Earlier Former Veteran Senior Junior Shadow Chief Judge Justice Officer Chancellor Mayor Governor Senator Rep Sen Gov'.split(' '),
]);

/** Roles written in capitals (`Virgin Radio DJ Pete Mitchell`, `BP CEO John Browne`). */
const ROLE_ACRONYMS: ReadonlySet<string> = new Set(['DJ', 'CEO', 'MD', 'CFO', 'COO', 'CTO', 'CIO', 'MPA', 'MNA', 'MLA', 'MHA', 'MLC']);
/** A capitalised word shaped like a role noun (`Guitarist`, `Midfielder`, `Director`). */
const ROLE_NOUN = /^[A-Z][a-z]+(?:ist|er|or|ian|ant|ent|man|woman)$/;
/** Roles that open a sentence before a bare surname (`Striker Keane`); a suffix test would take `Rhian` too. */
const OPENING_ROLE =
  /^(?:Matchwinner|Striker|Midfielder|Defender|Goalkeeper|Keeper|Winger|Captain|Skipper|Manager|Coach|Boss|Rapper|Singer|Actor|Actress|Director|Chairman|Chairwoman|Spokesman|Spokeswoman|Presenter|Comedian|Guitarist|Drummer|Novelist|Designer|Producer|Analyst|Economist|Lawyer|Veteran|Olympian|Champion|Realtor|Broker|Agent|Attorney|Professor|Researcher|Scientist|Author|Writer|Doctor|Officer|Detective|Sheriff|Investor|Founder|Chef|Farmer|Teacher|Pastor|Mayor)$/;

/** Verbs of speech in a headline's capitals (`Hillary Clinton Said`); not `Read`, which is a surname too. */
const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  'Said Says Praised Praises Warned Warns Claimed Claims Told Tells Added Adds Urged Urges Admitted Admits Insisted Insists Slammed Slams'.split(' '),
);

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** `said `, `adds `: a verb of speech right before a name that follows it as its subject (not `told`, whose object is whom one tells). */
const SAID_BEFORE = /\b(?:said|says|added|adds)\s$/;

/** Departments that follow `Secretary of` or `Minister of` and run on into the holder's name. */
const GOVERNMENT_DEPARTMENTS = /^(State|Defense|Defence|Justice|Treasury|Health|Education|Energy|Labor|Labour|Commerce|Agriculture|Transportation|Transport|Interior|Homeland|Finance|Housing)$/;

/** `Secretary of `, `Minister of `: an office whose department runs on into its holder's name. */
const SECRETARY_OF_BEFORE = /(?:Secretary|Minister)\s+of\s$/;

/** `ambassador to `, `envoy for `: a role and what it is to or of, right before a place and a name (`ambassador to Britain Liu Xiaming`). */
const ROLE_TO_PLACE_BEFORE = /\b(?:ambassador|envoy|minister|secretary|representative|consul|adviser|advisor|commissioner|correspondent)\s+(?:to|of|for)\s$/i;

/** A capitalised word that may describe a person before the name: a party, a nation, an office's department. */
function isModifierWord(word: string): boolean {
  return isNonPersonWord(word) || /^[A-Z][a-z]+(?:an|ic|ish|ese|i)$/.test(word) || GOVERNMENT_DEPARTMENTS.test(word);
}

const DESCRIBING_COMPOUND = /^[A-Z][A-Za-z]*-[a-z]/;

/** `Americans`, `Scots`: people of a nation in the plural (`Top-seeded Americans Andy Roddick and Andre Agassi`). */
const NATIONALS = /^\p{Lu}\p{Ll}+(?:ians|eans|cans)$|^(?:Scots|Britons|Swedes|Danes|Finns|Poles|Czechs|Greeks|Turks|Serbs|Croats|Kiwis|Aussies|Frenchmen|Englishmen|Irishmen|Welshmen|Dutchmen)$/u;

/** How many words open a run as a nationality or people (`Australian`, `New Yorker`, `Judges`): 0 to 2. */
function describedBy(words: readonly Word[]): number {
  const first = (words[0] as Word).text;
  if (isNationalityWord(first) || NATIONALS.test(first) || /^(?:Judges|Presenters|Hosts|Veterans|Fellow)$/.test(first)) return 1;
  return words.length > 2 && /^(?:New|North|South|East|West)$/.test(first) && /^\p{Lu}\p{Ll}+(?:er|an|ian)$/u.test((words[1] as Word).text) ? 2 : 0;
}

/**
 * Whether two capitalised words may be a first name and a surname: no thing's word, no adjective in the
 * first name's place (`Phonographic Industry`, `Grand Prix`, `Medical Journal` are not).
 */
function namesSomeone(words: readonly Word[]): boolean {
  const [given, surname] = words.map((word) => word.text);
  if (given === undefined || surname === undefined || words.some((word) => isNonPersonWord(word.text) || isTitle(word.text))) return false;
  return (
    !/(?:ic|ics|al|ary|ive|ous|ese|ish|an|ed|ment|ence|ance)$|^(?:Grand|Great|Royal|United|Premier|Super|Open|Supreme)$/.test(given) &&
    !/(?:ry|ty|ion|ment|ism|ship|ics|ers)$|^(?:Prix|Cup|League|Awards|Games|Party|Group)$/.test(surname)
  );
}

/**
 * `Pankaj Pandey, Head of Research at ICICI Securities,`: a name of two or three plain words (one no list
 * of first names knows) set off by a person's role is a person's; so is one set off before `who`
 * (`Shermichael Singleton, who is now handling media requests …,`).
 */
function personalRoleAfter(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || text.charCodeAt(end) !== 44) return false;
  // (`startup conferences in New York, the former head of Hewlett-Packard is`: a place a preposition brings in
  // ends its phrase there; the role opens the sentence's subject.)
  if (IN_OR_AT_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  return (matchAt(PERSONAL_ROLE_AT, text, end) !== null || matchAt(WHO_AFTER_AT, text, end) !== null) && words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(word) && !isNonPersonWord(word));
}

/**
 * `The mayor of Surabaya, Tri Rismaharini,`, `Ms Franco's aunt, Zeny Hollebone,`: a name of two or three
 * plain words set off after a word for a person's role or kin (and what it is of) is a person's, though no
 * list knows the first name.
 */
function roleInAppositionBefore(text: string, start: number, words: readonly string[]): boolean {
  // A comma and a space just before: one comparison rules out nearly every name.
  if (start < 8 || text.charCodeAt(start - 2) !== 44 || words.length < 2 || words.length > 3) return false;
  const role = ROLE_SET_OFF_BEFORE.exec(text.slice(Math.max(0, start - 90), start - 2))?.[1];
  return (
    role !== undefined &&
    (ROLE_WORDS_BEFORE_NAME.has(role) || KIN_WORDS.has(role) || /^(?:head|chair|spokes(?:man|woman|person)|[a-z]+ist)$/.test(role)) &&
    words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(word) && !isNonPersonWord(word))
  );
}

/** `The mayor of Surabaya`, `the agency's chief`: a determiner, a role word and perhaps what it is of, ending the text. */
const ROLE_SET_OFF_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?([a-z]+)(?:\s+(?:of|for|at)\s+[^,;:.!?“”"]{1,50})?$/u;

/** ` in `, ` at `: a preposition of place right before a name (not `from`: `a letter from John Smith, the head of …`). */
const IN_OR_AT_BEFORE = /\b(?:in|at|near|outside|across)\s+$/;
/**
 * `, Head of Research`, `, a senior analyst`, `, the bank's chief economist`, `, a senior U.S. economist`, `, a Congress party
 * leader`: a role in apposition (not one a relative clause gives someone else, `, whose leader`, `, a group which a member …`).
 */
const PERSONAL_ROLE_AT =
  /,\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:whose|which|that)\s)[\p{L}.'’-]+\s+){0,3}(?:head|chief|director|analyst|economist|professor|spokesman|spokeswoman|spokesperson|minister|chairman|chairwoman|founder|co-founder|editor|lawyer|attorney|researcher|scientist|strategist|adviser|advisor|lecturer|manager|officer|leader|member|lawmaker|legislator|aide|activist|candidate|student|teacher|nurse|resident|mother|father)\b/iuy;

/** `, who is now handling media requests`: a relative clause only people are given (a body's is `which`). */
const WHO_AFTER_AT = /, who\s/y;

/** ` outfit `, ` club `: a word for a kind of body, just before a name. */
const BODY_KIND_BEFORE_NAME = /\s(?:outfit|club|side|firm|company|group|giant|airline|carrier|retailer|broadcaster|newspaper|daily|magazine|label|studio|agency|charity)\s$/;

/** `M.`: one capital and a full stop. */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/** `Tonight`, `Yesterday`: adverbs of a day, which open a sentence as a capitalised word before a name (not `Today`, a programme's name). */
const DAY_ADVERB_OPENING = /^(?:Tonight|Yesterday|Tomorrow)$/;

/**
 * The run's words from `start` to `end` joined by single spaces. They stand in the text one separator
 * apart, so the text itself is the answer unless a separator is a no-break space: a slice, not a join.
 */
function bareOfRun(text: string, start: number, end: number, words: string[]): string {
  const slice = text.slice(start, end);
  return slice.indexOf('\u00a0') < 0 ? slice : words.join(' ');
}

/**
 * Whether the run's first word, opening the sentence, is only capitalised there: a participle before more
 * than one word (`Sacked MP Howard Fleet`; but `Associated Press`, `United Airlines`, a participle before
 * one word alone, are names, and `the United Nations Economic Commission` is named after `the`), an adverb
 * (`Apparently Lindsey was …`) or a verb of speech in the past, whose speaker follows (`Joked Kimmel:`).
 */
function opensWithNoName(text: string, words: readonly Word[]): boolean {
  const opener = (words[0] as Word).text;
  const shaped =
    /^[A-Z][a-z]{3,}ly$/.test(opener) || (words.length > 2 && /^[A-Z][a-z]{3,}ed$/.test(opener)) || (PAST_CUE_OPENING.test(opener) && CUE_WORDS.has(lowerOf(opener)));
  return shaped && !isKnownFirstName(opener) && opensSentence(text, (words[0] as Word).start);
}

/** `Joked`, `Added`, `Said`: a capitalised verb of speech in the past. */
const PAST_CUE_OPENING = /^[A-Z][a-z]+(?:ed|aid|old|rote)$/;
/** A closing quote mark, perhaps after a full stop or a comma. */
const CLOSING_AT = /^[.,!?]?["”’]/;

/** ` donors`, ` supporters`: people in the plural right after a run of capitals, which then modifies them. */
const PEOPLE_IN_PLURAL_AT = /^ (?:donors|supporters|voters|backers|loyalists|fans|staffers|delegates)\b/;

export function mentionOf(text: string, paragraph: number, words: Word[], inQuote: (offset: number) => boolean): NameMention | null {
  if (words.length === 1) return loneWordMention(text, paragraph, (words[0] as Word).text, (words[0] as Word).start, inQuote);
  let from = 0;
  while (from < words.length - 1 && SKIPPED_OPENERS.has(lowerOf((words[from] as Word).text)) && !isTitle((words[from] as Word).text)) from++;
  // `Oscar-winner Andrea Arnold`, `Sydney-based Jo Lee`: a compound with a lower-case part describes the
  // person; `Sacked MP Howard Fleet`: so does a participle that opens the sentence.
  while (
    from < words.length - 1 &&
    // (`President-elect Trump`: not a title with its `-elect`.)
    ((DESCRIBING_COMPOUND.test((words[from] as Word).text) && !isTitle((words[from] as Word).text)) ||
      (from === 0 && opensWithNoName(text, words)))
  ) {
    from++;
  }
  let kept = words.slice(from);
  // (`another officer from San Jose, California, and`: a town of several words before its state too.)
  if (!isTitle((kept[0] as Word).text) && stateSetOffAfter(text, (words.at(-1) as Word).end)) return null;
  // `Texas Trump donors`: capitals before people in the plural modify them; only a surname at their end
  // may name someone.
  if (kept.length === 2 && !isKnownFirstName((kept[0] as Word).text) && !isTitle((kept[0] as Word).text) && PEOPLE_IN_PLURAL_AT.test(text.slice((kept[1] as Word).end, (kept[1] as Word).end + 14))) {
    kept = kept.slice(1);
  }
  // `Hillary Clinton Said`, a headline's capitals: a verb of speech ends the name.
  while (kept.length > 2 && HEADLINE_VERBS.has((kept.at(-1) as Word).text)) kept = kept.slice(0, -1);
  // (`Former Michigan governor Jennifer Granholm`: `Former` and a place before a role in lower case describe
  // the person named after them; they are no one's name.)
  if (kept.length === 2 && FORMER.test((kept[0] as Word).text) && LOWER_CASE_WORD_AT.test(text.slice((kept[1] as Word).end, (kept[1] as Word).end + 24))) return null;
  // `Democratic Sen. Claire McCaskill`, `Charlotte Mayor Jennifer Roberts`: the name starts at its title.
  for (let index = kept.length - 2; index > 0; index--) {
    // (`Martin Luther King Jr.`: a title's word before a generation alone is the surname.)
    if (index === kept.length - 2 && GENERATION.test((kept[index + 1] as Word).text)) continue;
    // (`John M. Smith`, `Kirstjen M. Nielsen`: one letter inside a name is a middle initial, not the French `M.`.)
    if (isTitle((kept[index] as Word).text) && (kept[index] as Word).text !== 'St.' && !MIDDLE_INITIAL.test((kept[index] as Word).text)) {
      let titleStart = index;
      if (/^(Vice|Prime|Deputy|Foreign|Attorney|Lt\.?|Lieutenant|Chief|Defence|Defense|Home|Interior|Majority|Minority|House)$/.test((kept[index - 1] as Word).text)) titleStart--;
      kept = kept.slice(titleStart);
      break;
    }
  }
  if (kept.length === 1 && (SKIPPED_OPENERS.has(lowerOf((kept[0] as Word).text)) || isNationalEpithet(text, (kept[0] as Word).text, (kept[0] as Word).start))) return null;
  // `Kashmiri Hindus`, `Syrian Kurds`: a people of a nation or a faith, in the plural, is no one's name.
  if (kept.length <= 2 && PEOPLES.test(dropPossessive((kept.at(-1) as Word).text)) && (kept.length === 1 || !isKnownFirstName((kept[0] as Word).text))) return null;
  // `Secretary of State Condoleezza Rice` (run `State Condoleezza Rice`): the office's last word, whatever
  // the first name after it.
  // (`Speaker of the House of Representatives Nancy Pelosi`: likewise the body an office is of, before a first name.)
  // (`Mayor of Berkeley Jesse Arreguin`: after an office's title and `of`, the place is cut off however it reads, and the
  // title, kept, opens the mention, so that `the mayor` finds him.)
  const officeOf = kept.length >= 3 && kept.length <= 5 && isKnownFirstName((kept.at(-2) as Word).text) ? OFFICE_OF_BEFORE.exec(text.slice(Math.max(0, (kept[0] as Word).start - 24), (kept[0] as Word).start)) : null;
  if (officeOf?.[1]) {
    const titleStart = (kept[0] as Word).start - officeOf[0].length + officeOf[0].indexOf(officeOf[1]);
    kept = [{ text: officeOf[1], start: titleStart, end: titleStart + officeOf[1].length }, ...kept.slice(-2)];
  } else if (kept.length >= 3 && text.endsWith(' of ', (kept[0] as Word).start) && ((kept[0] as Word).text === 'State' || (isKnownFirstName((kept[1] as Word).text) && !isKnownFirstName((kept[0] as Word).text)))) kept = kept.slice(1);
  // (`former Secretary of State Clinton` (run `State Clinton`): so before a surname alone.)
  else if (kept.length === 2 && GOVERNMENT_DEPARTMENTS.test((kept[0] as Word).text) && SECRETARY_OF_BEFORE.test(text.slice(Math.max(0, (kept[0] as Word).start - 16), (kept[0] as Word).start))) kept = kept.slice(1);
  // (`… to attack the U.S. Matt Olsen, then the head of …`: initials after `the`, which end a sentence before a given
  // name and a surname, are no part of the name.)
  const initialsAfterThe = kept.length >= 2 && /^(?:[A-Z]\.)+$/.test((kept[0] as Word).text) && text.endsWith('the ', (kept[0] as Word).start);
  if (initialsAfterThe && kept.length === 3 && isKnownFirstName((kept[1] as Word).text)) kept = kept.slice(1);
  // (`… died shortly after returning for the U.S. Trump blamed North Korea`: so before a surname alone and its verb;
  // not `the U.S. Army said`, a body's name.)
  else if (initialsAfterThe && kept.length === 2 && !isNonPersonWord((kept[1] as Word).text) && VERB_AT.test(text.slice((kept[1] as Word).end, (kept[1] as Word).end + 16))) {
    kept = kept.slice(1);
  }
  // `Republican Donald Trump`, `Secretary of State John Kerry` (run `State John Kerry`): party, nation and
  // office words glued before a first name describe the person and are not part of the name.
  // (Not `National Park Service`: a body's name keeps its first words, whatever first name stands inside it.)
  // (`Booker Sawyer III`: a generation is no word of the name's own, so two words and it are only a name.)
  if (kept.length - (GENERATION.test((kept.at(-1) as Word).text) ? 1 : 0) >= 3 && !isTitle((kept[0] as Word).text) && !ORGANISATION_HEAD.test((kept.at(-1) as Word).text)) {
    let given = 0;
    // `Labour MP Karen Buck`: `MP` stands between the party and the name.
    while (given < kept.length - 2 && (isModifierWord((kept[given] as Word).text) || (given > 0 && POST_NOMINALS.has((kept[given] as Word).text)))) given++;
    // (A name is at most three words: in `South Carolina Party Chairman Jaime Harrison`, `Carolina` opens none.)
    if (given > 0 && isKnownFirstName((kept[given] as Word).text) && kept.length - given <= 3) kept = kept.slice(given);
    // `China's ambassador to Britain Liu Xiaming`: the place a role is to or of ends the role, whatever the
    // given name after it.
    // (Not `former adviser to George W. Bush`, a name of a first name and two words of its own.)
    else if (given === 0 && !(kept.length <= 3 && isKnownFirstName((kept[0] as Word).text)) && ROLE_TO_PLACE_BEFORE.test(text.slice(Math.max(0, (kept[0] as Word).start - 40), (kept[0] as Word).start))) {
      // (`Union Minister for Information Technology Ravi Shankar Prasad`: a field of two words or more, then a
      // first name the lists know, which opens the name.)
      const firstName = kept.findIndex((word, at) => at >= 1 && kept.length - at >= 2 && kept.length - at <= 3 && isKnownFirstName(word.text));
      if (firstName > 0) kept = kept.slice(firstName);
      else if (kept.length <= 4) kept = kept.slice(1);
    }
    // `Australian Lynton Crosby`, `New Yorker Dick Morris`, `Judges Simon Cowell`: a nation's word, a
    // people's or a role in the plural before two words that name no thing is no part of the name, whatever
    // the first name.
    else if (describedBy(kept) > 0 && kept.length - describedBy(kept) === 2 && namesSomeone(kept.slice(-2))) kept = kept.slice(-2);
    // `Guitarist Brian May`, `Midfielder Jo Cole`: a capitalised role opening the sentence before a first name.
    else if ((ROLE_NOUN.test((kept[0] as Word).text) || POST_NOMINALS.has((kept[0] as Word).text)) && !isKnownFirstName((kept[0] as Word).text) && isKnownFirstName((kept[1] as Word).text)) {
      kept = kept.slice(1);
    }
    // `Media Coordinator Dane Lisser`: two words of a role in capitals before a first name.
    else if (kept.length >= 4 && ROLE_NOUN.test((kept[1] as Word).text) && !isKnownFirstName((kept[1] as Word).text) && isKnownFirstName((kept[2] as Word).text)) {
      kept = kept.slice(2);
    }
    // `Virgin Radio DJ Pete Mitchell`, `East Midlands MEP Robert Kilroy-Silk`, `Lib Dem Norman Baker`: an
    // employer, a place, a party or a role before a first name and a surname are no part of the name (unlike
    // the first names of `Mary Ann Evans`, or `Farhat Omar Ben Gadaravice`, where nothing marks a role).
    else {
      const given = kept.findIndex(
        (word, at) => at >= 1 && kept.length - at >= 2 && kept.length - at <= 3 && isKnownFirstName(word.text) && !isKnownFirstName((kept[at - 1] as Word).text),
      );
      if (given > 0 && kept.slice(0, given).some((word) => describesPerson(word.text))) kept = kept.slice(given);
      else {
        // `Director Oday Rasheed`, `US Attorney Roslynn Mauskopf`: a role word right before two capitalised
        // words, even with a first name no list knows.
        const role = kept.length - 3;
        const word = (kept[role] as Word).text;
        if (ROLE_ACRONYMS.has(word) || POST_NOMINALS.has(word) || DESCRIBING_ROLES.has(word) || OPENING_ROLE.test(word)) kept = kept.slice(role + 1);
      }
    }
  } else if (
    // `Matchwinner Keane was …`, `Striker Keane said`: a role opening the sentence before a surname alone.
    kept.length === 2 &&
    OPENING_ROLE.test((kept[0] as Word).text) &&
    opensSentence(text, (kept[0] as Word).start)
  ) {
    kept = kept.slice(1);
  } else if (
    // `Yesterday in Phoenix Obama delivered a speech`, `In Tulsa Stitt said`: a town in a phrase of place that opens the
    // sentence, its comma left out, is no given name of the surname acting after it (a given name the lists know opens
    // a name instead: `In Donald Trump’s view`; and `At Goldman Sachs analysts said`: only a verb after the surname).
    kept.length === 2 &&
    !isKnownFirstName((kept[0] as Word).text) &&
    !isTitle((kept[0] as Word).text) &&
    !isNonPersonWord((kept[1] as Word).text) &&
    PLACE_PHRASE_OPENING_BEFORE.test(text.slice(Math.max(0, (kept[0] as Word).start - 16), (kept[0] as Word).start)) &&
    matchAt(VERB_AFTER_AT, text, (kept[1] as Word).end) !== null
  ) {
    kept = kept.slice(1);
  } else if (
    // `Tonight Warren said`, `Yesterday Mr Blair told`: a day's adverb opening the sentence is no given name.
    kept.length >= 2 &&
    DAY_ADVERB_OPENING.test((kept[0] as Word).text) &&
    opensSentence(text, (kept[0] as Word).start)
  ) {
    kept = kept.slice(1);
  } else if (
    // `Hosting Cook at Dreamforce “is our dream,” Benioff said`: a participle opening the sentence is no given
    // name (`Downing Street` is a street).
    kept.length === 2 &&
    /^\p{Lu}\p{Ll}{2,}ing$/u.test((kept[0] as Word).text) &&
    !isKnownFirstName((kept[0] as Word).text) &&
    !isNonPersonWord((kept[1] as Word).text) &&
    opensSentence(text, (kept[0] as Word).start)
  ) {
    kept = kept.slice(1);
  }
  let titleCount = 0;
  let gender: Gender | undefined;
  while (titleCount < kept.length - 1 && isTitle((kept[titleCount] as Word).text)) {
    gender ??= PERSON_TITLES.get(titleKey((kept[titleCount] as Word).text));
    titleCount++;
  }
  // `Vice President`, `Prime Minister`: a word before a title belongs to the title.
  if (titleCount === 0 && kept.length > 2 && isTitle((kept[1] as Word).text) && /^(Vice|Prime|Deputy|Foreign|Attorney|Lt\.?|Lieutenant|Chief|Defence|Defense|Home|Interior|Majority|Minority|Opposition)$/.test((kept[0] as Word).text)) {
    titleCount = 2;
  }
  const nameWords = kept.slice(titleCount);
  const last = nameWords.at(-1) as Word;
  const lastText = dropPossessive(last.text);
  if (lastText.length < 2 || NOT_NAME_WORDS.has(lowerOf(lastText))) return null;
  if (lastText !== last.text) kept = [...kept.slice(0, -1), { ...last, text: lastText, end: last.start + lastText.length }];
  const first = kept[0] as Word;
  const end = (kept.at(-1) as Word).end;
  // Filled by `push`, not `map`, for one hidden class however far the JIT has got (see `extractArticleQuotes`).
  const bareWords: string[] = [];
  for (let index = titleCount; index < kept.length; index++) bareWords.push((kept[index] as Word).text);
  // (`Roh said` after `Roh Jae-cheon` is his: see `familyNameFirst`.)
  const familyFirst = familyNameFirst(bareWords);
  const firstName = bareWords.length > 1 ? (bareWords[familyFirst ? 1 : 0] as string) : undefined;
  // (`Lu Xiang`, `Mei Xinyu`: a Chinese name puts the surname first, whatever gender an English list gives it.)
  // (`North Korea`, `West Brom`: a point of the compass opening a name gives it no gender, given name though it may be.)
  gender ??= firstName && !COMPASS_POINTS.has(firstName) && !(bareWords.length === 2 && isChineseName(firstName, bareWords[1] as string)) ? firstNameGender(firstName) : undefined;
  // `congresswoman Rashida Tlaib`, `his wife Sue`: a gendered word for a role or kin right before the name.
  if (gender === undefined && titleCount === 0 && text.charCodeAt(first.start - 1) === 32) gender = genderOfWordBefore(text, first.start);
  let person: NameMention['person'] = 'maybe';
  // `Bill Conti`, `June Sarpong`: a first name that is also a thing's word (`bill`, `june`) still names a person.
  // `Brian May`, `Theresa May`: a month after a first name is a surname.
  // `hip-hop star Kanye West`, `rapper Kanye West`: a role just before the name makes a thing's word (`West`)
  // in the surname's place a surname.
  const roleBefore = titleCount === 0 && bareWords.length >= 2 && roleBeforeName(text, first.start);
  // A loop, not `some` with closures: this runs for every run of several words, mostly not yet compiled.
  let nonPerson = false;
  const lastIndex = bareWords.length - 1;
  for (let index = 0; index <= lastIndex && !nonPerson; index++) {
    const word = bareWords[index] as string;
    if (!isNonPersonWord(word)) continue;
    if (index === 0 && firstName !== undefined && isKnownFirstName(word) && !COMPASS_POINTS.has(word)) continue;
    // (`Mrs May`, `Prime Minister May`: so is a month after a title.)
    const surnameMonth = index === lastIndex && MONTH_SURNAMES.test(word) && (titleCount > 0 || (index > 0 && isKnownFirstName(bareWords[0] as string)));
    // (`talk show host Bill Press`: a first name that is a thing's word too, `Bill`, opens a person's name all the same.)
    const surnameAfterRole = roleBefore && index === lastIndex && (!isNonPersonWord(bareWords[0] as string) || isKnownFirstName(bareWords[0] as string));
    // `Mike Lake`, `Doris Day`: a few such words are surnames too, after a first name.
    // (Not `Washington Post`: the capital's paper, far more often in the news than anyone called Washington.)
    const surnameWord = lastIndex === 1 && index === 1 && WORD_SURNAMES.has(word) && isKnownFirstName(bareWords[0] as string) && !(word === 'Post' && bareWords[0] === 'Washington');
    // (`John Park, director of the Korea Working Group,`: or any, after a first name, with a person's role set off after it.)
    const surnameBeforeRole = lastIndex === 1 && index === 1 && isKnownFirstName(bareWords[0] as string) && text.charCodeAt(end) === 44 && matchAt(PERSONAL_ROLE_AT, text, end) !== null;
    // (`said Shawn Steel, the party's delegate`: or after a verb of speech, whose subject it is.)
    const surnameAfterCue = lastIndex === 1 && index === 1 && isKnownFirstName(bareWords[0] as string) && SAID_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start));
    // (`Mr. Park said`, `Ms. Lake and Mr. Dunn`: a courtesy title makes any one word after it a surname.)
    const surnameAfterCourtesy = lastIndex === 0 && titleCount > 0 && COURTESY_TITLE_WORD.test((kept[titleCount - 1] as Word).text);
    nonPerson = !surnameMonth && !surnameAfterRole && !surnameWord && !surnameBeforeRole && !surnameAfterCue && !surnameAfterCourtesy;
  }
  // `BBC Newcastle`: a name that opens with an acronym and holds no first name is a body's (not `DJ Mike Read`,
  // `FBI Director Robert Mueller`).
  const acronymFirst = /^[A-Z]{3,}$/.test(bareWords[0] as string) && titleCount === 0 && !bareWords.some((word) => isKnownFirstName(word));
  // `Stars In Their Eyes`, `Winnie The Pooh`: a capitalised function word inside is a title's, no one's name.
  let titleWords = false;
  // (After a title, the first word too: `The Lord Of the Rings`.)
  for (let index = titleCount > 0 ? 0 : 1; index < bareWords.length && !titleWords; index++) titleWords = TITLE_FUNCTION_WORDS.has(bareWords[index] as string);
  // `Mexican outfit Red Sharks Veracruz`, `Italian club Inter Milan`: a word for a kind of body right before
  // the name makes it a body's, whatever first name it opens with.
  const bodyKindBefore = titleCount === 0 && BODY_KIND_BEFORE_NAME.test(text.slice(Math.max(0, first.start - 12), first.start));
  // `placards saying "Dump Trump"`: capitals that fill a quotation are a slogan's or a title's, no one's name.
  const wholeQuotation = OPENING_MARKS.has(text.charAt(first.start - 1)) && CLOSING_AT.test(text.slice(end, end + 2));
  // (`spokeswoman Shaina NC`: a surname written as initials, after a role and a first name the lists know, is a person's.)
  const initialsSurname = /^[A-Z]{2,}$/.test(lastText) && bareWords.length === 2 && lastText.length <= 3 && Boolean(roleBefore) && isKnownFirstName(bareWords[0] as string);
  if (nonPerson || (/^[A-Z]{2,}$/.test(lastText) && !initialsSurname && !GENERATION.test(lastText)) || acronymFirst || titleWords || bodyKindBefore || wholeQuotation) person = 'no';
  else if (titleCount > 0 || roleBefore || (firstName !== undefined && isKnownFirstName(firstName)) || withAge(text, first.start, end) || personalRoleAfter(text, first.start, end, bareWords) || roleInAppositionBefore(text, first.start, bareWords)) person = 'yes';
  const mention: NameMention = {
    paragraph,
    start: first.start,
    end,
    text: text.slice(first.start, end),
    // `General Motors`: a body's name keeps a first word that reads as a title.
    bare: person === 'no' && titleCount > 0 ? text.slice(first.start, end) : bareOfRun(text, (kept[titleCount] as Word).start, end, bareWords),
    // (`James Roosevelt Jr.`: a generational suffix is no surname; `Roosevelt said` is his.)
    surname: surnameKey(lowerOf(familyFirst ? (bareWords[0] as string) : GENERATION.test(lastText) && bareWords.length > 2 ? (bareWords[bareWords.length - 2] as string) : lastText)),
    // Every field set, even when empty, so that all mentions share one shape: code that reads them stays
    // optimised rather than falling back each time a mention with another set of fields comes by.
    firstName: firstName ? lowerOf(firstName) : undefined,
    hasTitle: titleCount > 0 && person !== 'no',
    gender,
    person,
    inQuote: inQuote(first.start),
  };
  return mention;
}

/** `Mayor of `, `Governor of ` right before a run: an office's title and `of`, the title the first group. */
const OFFICE_OF_BEFORE = /(?:^|[\s(])(Mayor|Governor|Premier|Chancellor|Mayor-elect|Governor-elect)\s+of\s+$/;

/** `In `, `Yesterday in `, `. At `: a preposition of place opening a sentence, perhaps after a day's adverb. */
const PLACE_PHRASE_OPENING_BEFORE = /(?:^|[.!?]["”’]?\s+)(?:(?:Yesterday|Today|Tonight|Earlier|Later)\s+(?:in|at)|In|At)\s+$/;

/** `Former`, `Ex`: a word for an office once held, opening a description. */
const FORMER = /^(?:Former|Ex|Then)$/;
/** ` governor Jennifer`: a word in lower case, then a capitalised one, right after a run. */
const LOWER_CASE_WORD_AT = /^ \p{Ll}[\p{Ll}-]+ \p{Lu}/u;

/** ` blamed`, ` says`: a past or present verb in lower case right after a word. */
const VERB_AT = /^ [a-z]+(?:ed|s)\b/;
