import { withPartyTagsBlanked } from './clause-trimming.js';
import { firstTokenText, isCapitalised, isFullName, isRoleNoun, isTitleWord, lastWordOf, looksLikePersonName, NAME_PARTICLES, namesPeopleInPlural, STOP_WORDS, TIME_WORDS, type Token, tokenCountUpTo, tokens } from './clause-words.js';
import { ASIDE_ADVERB } from './cues.js';
import { isKnownFirstName } from './given-names.js';
import { CUE_ADVERBS, CUE_WORDS, DESCRIPTION_OPENERS, LEADING_FILLER, ORGANISATION_HEAD } from './lexicon.js';
import { isNonPersonWord, isUsState, MONTH_WORDS, WEEKDAY_WORDS } from './name-words.js';
import { OFFICE_WORDS, PERSON_OR_BODY_WORD, type Subject, subjectOfPart } from './subject-of-part.js';

/**
 * Who a noun phrase names (`subjectOf`): the phrase split at its commas, with asides, ages, towns, party tags and
 * roles set aside, and the part that names the speaker read. Separate from the part reader it calls and from the
 * sentence and attribution readers that call it on the words before a cue. Offsets are relative to the string given.
 */

/** A comma-separated part that describes someone rather than names them (`a spokesman for Unison`). */
const CAPITALISED_OFFICE_OF =
  /^\s*(?:(?:Vice|Deputy|Assistant|Executive|Managing|General)\s+)?(?:President|Chairman|Chairwoman|Director|Secretary|Chief Executive|Head|Manager|Editor|Spokesman|Spokeswoman|CEO|CFO|COO|CTO|MD)\s+(?:of|for|at)\s/;

function opensLikeRole(part: { text: string }): boolean {
  const first = firstTokenText(part.text);
  // `A spokesman for Unison, Britain's biggest union, said`: a possessive opens a description too.
  // `Charles E. Grassley, Republican of Iowa,`: a party and a state describe the one before.
  return (
    /^(a|an|the|one|who|another)$/i.test(first) ||
    (/['’]s$/.test(first) && /^\s*\S+\s+[a-z]/.test(part.text)) ||
    // (`Douglas Band, President Bill Clinton’s former right-hand man,`: or a possessive that ends a name of several words.)
    /^\s*(?:\p{Lu}[\p{L}.-]*\s+){1,3}\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}/u.test(part.text) ||
    // (`Mark Addison, then her private secretary for home affairs, said`: so does a possessive pronoun.)
    /^\s*(?:(?:then|now|formerly|once|currently)\s+)?(?:his|her|their|its)\s+\S+\s+[a-z]/.test(part.text) ||
    /^\s*(?:Republican|Democrat|Independent)\s+(?:of|from)\s/.test(part.text) ||
    // (`Brad Blakeman, Republican strategist and former adviser to George W. Bush, called`: a party's word, then a role.)
    /^\s*(?:Republican|Democratic|Democrat|GOP|Conservative|Labour|Liberal|Tory)\s+[a-z]+(?:er|or|ist|ian|man|woman|ant|ent)\b/.test(part.text) ||
    // (`Thomas O'Connor, now president of the FBI Agents Association, who said`: an office in lower case, perhaps
    // after `now`, then the body it is of.)
    /^\s*(?:(?:then|now|formerly|once|currently|also)\s+)?(?:[a-z][a-z-]+\s+){0,2}(?:president|chairman|chairwoman|chair|director|head|chief|leader|secretary|spokesman|spokeswoman|founder|member|executive|editor|professor|dean)\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u.test(part.text) ||
    // (`Sen. Tom Coburn, Oklahoma Republican, said`: a state and a party, in that order.)
    /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+(?:Republican|Democrat)\s*$/u.test(part.text) ||
    // `David Higdon, Vice President of the ATP,`: an office in capitals, then what it is of.
    CAPITALISED_OFFICE_OF.test(part.text)
  );
}

/** ` … from President Trump`: a title or a given name, then a surname, ending a part after a lower-case word. */
const FULL_NAME_ENDING_PART = /(?<=\s\p{Ll}+\s)((?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]*)\s*$/u;
/**
 * ` from the president`, ` by a Project Veritas journalist`, ` of Capitol Hill lawmakers`: a person described (with
 * an article, or people in the plural without one), after a preposition, ending a part.
 */
const DESCRIBED_PERSON_ENDING_PART = /\s(?:(from|by)|of|with|to|for|than|among|against|between)\s+((?:(the|a|an)\s+)?(?:(?!(?:of|in|at|on|for|with|to|and|or)\s)[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+)\s*$/u;
/** ` a Boonville`: an article and a town's name, a description's opening part. */
const DESCRIBED_TOWN_PART = /^\s*(?:an?|one|another)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s*$/u;
/** ` resident`, ` retired teacher`: a noun in lower case, perhaps with a word or two before it, closing a description. */
const LOWER_NOUN_PART = /^\s*\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,2}\s*$/u;
/** A part that is only a country's or a state's name of one or two words (` Germany`, ` New Mexico`). */
const TOWN_THEN_COUNTRY_PART = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s*$/u;
/** A part that ends on a place after `in`, `at`, `from` or `of` (` a fellow at the institute in Munich`, `Michael Raczko of Swanton`). */
// (`… teaches at the University of California, Berkeley,`: or on a body named after its state, then the campus.)
const TOWN_ENDS_PART = /\b(?:in|at|from|near|of)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|the\s+University\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*$/u;

/** A town that ends an opening phrase (`… in Salem,`), then one or two capitalised words and a comma: its state or country. */
const TOWN_ENDS_PHRASE = /\b(?:in|at|from|near|outside)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*$/u;
const STATE_PART = /^(\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s*(?=(\p{Lu})?)/u;

/** How long the state or country after an opening phrase's town is (0 if there is none), by the rules above. */
export function stateAfterTown(phrase: string, rest: string): number {
  if (!TOWN_ENDS_PHRASE.test(phrase)) return 0;
  const state = STATE_PART.exec(rest);
  if (!state?.[1]) return 0;
  // (`in Springfield, Virginia, he said`: a US state's name is one even where it is a first name too, and
  // whatever follows it; another word is a state or a country only before a capital.)
  if (isUsState(state[0].slice(0, state[0].lastIndexOf(',')).trim())) return state[0].length;
  if (state[2] === undefined || isKnownFirstName(state[1]) || isTitleWord(state[1])) return 0;
  return state[0].length;
}

/** A town after `in`, `at`, `from` or `near`, then a comma and one or two capitalised words (its state, if `isUsState`) before a comma. */
const STATE_AFTER_TOWN = /\b(?:in|at|from|near|outside)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}, (\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?=,)/gu;

/** `This week a judge claimed`: a time opening the phrase with no comma after it is not who spoke. */
export const TIME_OPENING_WITHOUT_COMMA =
  /^\s*(?:(?:(?:Earlier|Later)\s+)?(?:This|Last|Next|this|last|next)\s+(?:week|month|year|weekend|morning|afternoon|evening|summer|spring|autumn|winter|season)|(?:\d+|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)\s+(?=[\p{L}])/u;

/** ` later Thursday`, ` on Monday morning`: a day, perhaps with a word before it, at the end of a subject's phrase. */
const DAY_BEFORE_VERB =
  /(?<=\S)(?:\s+(?:later|earlier|also|then|on|last|this|next))?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s*$/;
/**
 * ` on Fox News`, ` on MSNBC`: where a named person spoke, at the end of a subject's phrase (not `War on Want's
 * John Hilary`, a body's name and whom it has; nor `Speaking on Tuesday Charles Dunmore`, a participle before
 * `on` or a day after it).
 */
const OUTLET_BEFORE_VERB =
  new RegExp(String.raw`(?<=\p{Lu}[\p{L}'’.-]*(?<!ing))\s+on\s+(?!(?:${WEEKDAY_WORDS}|${MONTH_WORDS})\b)(?:\p{Lu}[\p{L}&.-]*\s*){1,3}$`, 'u');

/** `, also a …`, `, himself a …`: an adverb between an apposition's comma and its article. */
const ADVERB_BEFORE_ROLE = /(?<=,\s*)(?:also|himself|herself|now|then|once|currently|formerly|still)(?=\s+(?:a|an|the)\s)/g;

/** `issued a statement after Republican contender Donald Trump`: a past verb opening a part that ends on a name. */
const CLAUSE_ENDING_ON_NAME = /^\s*[a-z]+ed\s.*\s\p{Lu}[\p{L}'’.-]*\s*$/u;

/** `Washington (AFP) – `, `BREGA, Libya — `, `VATICAN CITY—`: a dateline before the sentence's first words (`STOCKHOLM/SHANGHAI (Reuters) - `; after an agency, `Washington (CNN) ` needs no dash). */
export const DATELINE_OPENING =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:[\s/]+\p{Lu}[\p{L}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?\s*\((?:AP|AFP|Reuters|UPI|dpa|CNN)\)(?:\s*[-–—]+\s+|\s+(?=\p{Lu}))|\p{Lu}{3,}(?:[\s'’.-]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s*[-–—]+\s+|\s*[–—]+(?=\p{Lu})))/u;

/** Sentence adverbs and words of time that open a sentence before its comma (`Meanwhile,`, `Today,`). */
export const SENTENCE_ADVERBS = 'However|Meanwhile|Instead|Indeed|Separately|Overall|Again|Nonetheless|Nevertheless|Elsewhere|Now|Today|Yesterday|Previously|Recently|Finally|Initially|Ultimately|Similarly|Likewise|Moreover|Furthermore|Further|Additionally|Notably|Yes|Well|Sure|There|Here|Then|Later|Earlier|Afterwards|Afterward';

/** ` dated 18 November`, ` filmed last week`: a phrase that opens with a past participle in lower case. */
const PARTICIPLE_ASIDE = /^\s*(?:dated|filmed|published|released|recorded|posted|broadcast|written|taken|made)\s/;
/**
 * `Today`, `Meanwhile`, `Nearby`, `Privately`: a word of time, of place or a sentence adverb standing alone before a comma
 * (`Nearby, a small group of protesters chanted`: not a name with its apposition).
 */
const LONE_OPENING_WORD = new RegExp(
  String.raw`^\s*(?:${SENTENCE_ADVERBS}|Tonight|Then|Later|Earlier|Still|Nearby|Outside|Inside|Overseas|Abroad|Online|Privately|Publicly|Personally|Specifically|Historically|Politically|Locally|Nationally|Internationally)\s*$`,
);

/** A part after an age that says where someone is from or what they are: `of Raleigh`, `N.C.`, `who was …`. */
const AFTER_AGE_PART = /^\s*(?:(?:of|from)\s+\p{Lu}|(?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*)?\s*$|(?:who|a|an|the)\s)/u;

/** `Harry Bond, 30, of Raleigh, N.C., …`: the name before an age that is followed by where the person is from. */
function agedNameBefore(parts: readonly { text: string; start: number }[], base: number): Subject | null {
  const age = parts.findIndex((part, index) => index >= 1 && /^\s*\d{1,3}\s*$/.test(part.text));
  if (age < 1 || age === parts.length - 1) return null;
  if (!/^\s*(?:of|from)\s/.test((parts[age + 1] as { text: string }).text)) return null;
  if (!parts.slice(age + 1).every((part) => AFTER_AGE_PART.test(part.text))) return null;
  const owner = parts[age - 1] as { text: string; start: number };
  const named = subjectOfPart(owner.text, base + owner.start);
  return named?.kind === 'name' ? named : null;
}

/**
 * Who a noun phrase names: a capitalised name at its end (`White House press secretary Josh Earnest`),
 * a pronoun, a document (`the statement`), or a description (`one senior American official`).
 */
export function subjectOf(phrase: string, base = 0): Subject | null {
  const subject = subjectOfBlanked(phrase, base);
  // (`The robot sporadically shouted`: an adverb before the verb is no part of a description.)
  if (subject?.kind === 'description' && ADVERB_AT_END.test(subject.text)) {
    return { ...subject, text: subject.text.slice(0, subject.text.lastIndexOf(' ')) };
  }
  // (`a senior Pakistan Cricket Board (PCB) official`: a description keeps its words, not the blank left
  // where its bracket was.)
  // (Nor where a quotation inside it was: `Army Gen. Raymond “Tony” Thomas`.)
  if (subject && subject.kind !== 'pronoun' && /\s\s/.test(subject.text)) return { ...subject, text: subject.text.replace(/\s{2,}/g, ' ') };
  return subject;
}

/** ` he`, ` They`, ` the`: a pronoun or a lower-case word after a colon opens a clause, not a subtitle. */
const CLAUSE_AFTER_COLON = /^ (?:(?:He|She|They|We|I|It)\b|\p{Ll})/u;

function subjectOfBlanked(phrase: string, base: number): Subject | null {
  // Parenthesised party tags (`(D-S.C.)`) are not part of who spoke; blank them to keep offsets.
  // Most phrases have neither: skip the two replacements and their new strings.
  const withoutGroups = phrase.indexOf('(') < 0 ? phrase : phrase.replace(/\([^)]*\)/g, (group) => ' '.repeat(group.length));
  const untagged = withPartyTagsBlanked(withoutGroups);
  // `Priebus later Thursday told`: the day between a subject and its verb is not who spoke.
  const dayless = untagged.indexOf('day') < 0 ? untagged : untagged.replace(DAY_BEFORE_VERB, (day) => ' '.repeat(day.length));
  // (`Republican Senator John Thune on Fox News said`: nor the channel a person spoke on.)
  const undated = dayless.indexOf(' on ') < 0 ? dayless : dayless.replace(OUTLET_BEFORE_VERB, (outlet) => ' '.repeat(outlet.length));
  // (`… in Ferguson, Mo., saying`, `in Springfield, Virginia, the latest example of what …`: nor a town's state.)
  const stateless = undated.indexOf(', ') < 0 ? undated : undated.replace(STATE_AFTER_TOWN, (whole, state: string) => (isUsState(state) ? whole.slice(0, whole.length - state.length - 2).padEnd(whole.length) : whole));
  // `Sen. Ted Cruz, also a GOP presidential hopeful, called`: an adverb before an apposition's article leaves it a role.
  const unroled = stateless.indexOf(',') < 0 ? stateless : stateless.replace(ADVERB_BEFORE_ROLE, (adverb) => ' '.repeat(adverb.length));
  const untimed = unroled.replace(TIME_OPENING_WITHOUT_COMMA, (time) => ' '.repeat(time.length)).replace(CONJUNCTION_OPENING, (conjunction) => ' '.repeat(conjunction.length));
  // (`BAGHDAD (AP) — Secretary of State Condoleezza Rice said`: a dateline is where the story was filed, not who spoke.)
  const undatelined = untimed.charCodeAt(0) === 32 || !/^\p{Lu}{3}/u.test(untimed) ? untimed : untimed.replace(DATELINE_OPENING, (dateline) => ' '.repeat(dateline.length));
  // (`The senator — a longtime critic of the deal, who has voted against it twice — said`, `A tweet about the ban on
  // six countries — Iran, Libya, … and Yemen — called`: an aside between dashes right before the verb is no
  // part of the subject.)
  const text = undatelined.indexOf(' —') < 0 && undatelined.indexOf(' –') < 0 ? undatelined : undatelined.replace(DASHES_ASIDE_ENDING_SUBJECT, (aside) => ' '.repeat(aside.length));
  const parts: { text: string; start: number }[] = [];
  let partStart = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0;
    // `Andrei Illarionov - then economic adviser to … - told`: a spaced hyphen sets off an aside as a dash does.
    const spacedHyphen = code === 45 && index > 0 && index + 1 < text.length && text.charCodeAt(index - 1) === 32 && text.charCodeAt(index + 1) === 32;
    // (`Emmanuel Macron -- who cut his ski holiday short -- vowed`: so do two hyphens, as a typewriter writes a dash.)
    const doubleHyphen = code === 45 && index > 0 && text.charCodeAt(index - 1) === 32 && text.charCodeAt(index + 1) === 45 && text.charCodeAt(index + 2) === 32;
    // (`… in an interview with CNN's Dana Bash: He told`: what a colon opens is a clause of its own, whose
    // subject comes after it; not a subtitle, `author of Murdoch’s World: The Last of …, called`.)
    if (code === 58 && text.charCodeAt(index + 1) === 32 && CLAUSE_AFTER_COLON.test(text.slice(index + 1, index + 12))) {
      parts.length = 0;
      partStart = index + 1;
      continue;
    }
    // The end, a comma, an em or en dash.
    if (index === text.length || code === 44 || code === 0x2014 || code === 0x2013 || spacedHyphen || doubleHyphen) {
      const slice = text.slice(partStart, index);
      if (slice.trim().length > 0) parts.push({ text: slice, start: partStart });
      partStart = index + (doubleHyphen ? 2 : 1);
    }
  }
  // (`… a contempt vote in Congress, a day after the attorney general said`: a time and its conjunction
  // open a clause of their own, whose subject follows them.)
  const last = parts.at(-1);
  const timed = last ? TIME_THEN_CLAUSE.exec(last.text) : null;
  if (last && timed?.[1]) return subjectOfPart(timed[1], base + last.start + timed[0].length - timed[1].length);
  // (`… after confidential emails emerged where the ambassador had called`: so does `where` or `in which`.)
  const where = last ? WHERE_THEN_CLAUSE.exec(last.text) : null;
  if (last && where?.[1]) return subjectOfPart(where[1], base + last.start + where.index + where[0].length - where[1].length);
  // (`…, most notably in December 2017 when the president called her`: so does a conjunction of time or cause; not in an
  // aside a comma closes, `Pelosi, speaking just before the first polls closed, called`.)
  const conjunction = last && !/,\s*$/.test(text) ? CONJUNCTION_THEN_CLAUSE.exec(last.text) : null;
  if (last && conjunction?.[1]) return subjectOfPart(conjunction[1], base + last.start + conjunction.index + conjunction[0].length - conjunction[1].length);
  // `Today, the People's Daily newspaper calls it`: a word of time or a sentence adverb opening the phrase is
  // nobody, and what follows its comma is no role of it.
  while (parts.length > 1 && LONE_OPENING_WORD.test((parts[0] as { text: string }).text)) parts.shift();
  // `Quina Jones, 25, said`: an age is not who spoke; nor `…, Bernard Laporte, simply observed`, `…, has said`.
  let trailingPartDropped = false;
  while (parts.length > 1 && (/^\s*\d{1,3}\s*$/.test((parts.at(-1) as { text: string }).text) || onlyAdverbs((parts.at(-1) as { text: string }).text))) {
    parts.pop();
    trailingPartDropped = true;
  }
  // `E Hayot, writing in the culture blogzine Print Culture, said`, `Jay-Z, real name Shawn Carter, said`:
  // an aside between the subject and its verb (a participle's phrase, a real name) does not say who spoke.
  // Only an aside that a comma closes before the verb: in `…, which Mr Bez described as`, the clause holds the subject.
  // (`Netanyahu, again putting himself into conflict with Washington, had said`: or by a comma and an
  // auxiliary or an adverb that was dropped.)
  const closedByComma = trailingPartDropped || /,\s*$/.test(text);
  // (`the report, released Monday, said`: a participle and when it was done, too.)
  while (closedByComma && parts.length > 1 && (ASIDE_PART.test((parts.at(-1) as { text: string }).text) || DATED_ASIDE_PART.test((parts.at(-1) as { text: string }).text))) parts.pop();
  // (`In the film, dated 18 November, the kidnappers say`: a participle's phrase between the parts is an aside.)
  for (let index = parts.length - 2; index >= 1; index--) if (PARTICIPLE_ASIDE.test((parts[index] as { text: string }).text)) parts.splice(index, 1);
  if (parts.length === 0) return null;
  // `Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said`: the country after the town a
  // name's body is in goes on with it (unlike `Speaking in London, Boris Johnson said`, whose first part
  // opens with no name).
  if (parts.length === 2 && TOWN_THEN_COUNTRY_PART.test((parts[1] as { text: string }).text)) {
    const named = nameOfBodyInTown(parts[0] as { text: string; start: number }, base);
    if (named) return named;
  }
  // (`a Boonville, New York, resident wrote`: a description whose town and state stand between its article and
  // its noun.)
  if (parts.length === 3 && DESCRIBED_TOWN_PART.test((parts[0] as { text: string }).text) && TOWN_THEN_COUNTRY_PART.test((parts[1] as { text: string }).text) && LOWER_NOUN_PART.test((parts[2] as { text: string }).text)) {
    const first = parts[0] as { text: string; start: number };
    const third = parts[2] as { text: string; start: number };
    const start = first.start + first.text.length - first.text.trimStart().length;
    return { kind: 'description', text: text.slice(start, third.start + third.text.trimEnd().length), start: base + start };
  }
  // `Harry Bond, 30, of Raleigh, N.C., who was among those polled, said`: the name before an age, then where
  // the person is from (a town, its state) and what they are, speaks.
  const aged = parts.length >= 3 ? agedNameBefore(parts, base) : null;
  if (aged) return aged;
  let chosen = parts.at(-1) as { text: string; start: number };
  let role: string | undefined;
  // `The Bishop of Durham, the Rt Rev Dr Tom Wright,`: a holder named with honorifics after the office.
  const honoured = parts.length >= 2 ? HONOURED_NAME_PART.exec(chosen.text) : null;
  if (honoured?.[1]) {
    const named = subjectOfPart(honoured[1], base + chosen.start + honoured[0].length - honoured[1].length);
    if (named?.kind === 'name') {
      named.role = (parts.at(-2) as { text: string }).text.trim();
      return named;
    }
  }
  // `Scott Pruitt, the attorney general of Oklahoma, one of the states suing,`: the name comes first.
  // (`In a statement, Dr John E. Kelly, …`: an opening phrase of time, place or occasion comes before it.)
  const opening = parts.length >= 4 && ADVERBIAL_PART.test((parts[0] as { text: string }).text) ? 1 : 0;
  const firstPart = parts[opening] as { text: string; start: number };
  // Read only when it can matter: three parts or more.
  // (`McCain, the GOP’s nominee, issued a statement after Donald Trump told`: a last part that opens with a
  // verb in the past and ends on a name is a clause of its own, whose subject is that name.)
  const ownClause = CLAUSE_ENDING_ON_NAME.test((parts.at(-1) as { text: string }).text);
  const firstWords = parts.length - opening >= 3 && !ownClause ? tokens(firstPart.text) : undefined;
  // (`Federal Reserve Bank of Kansas City President Thomas M. Hoenig, the Fed's longest-serving …,`: an
  // office of a body may run long before its holder.)
  const holder = firstWords !== undefined && firstWords.length > 6 && firstWords.length <= 12 ? OFFICE_BEFORE_NAME_END.exec(firstPart.text) : null;
  if (
    firstWords !== undefined &&
    firstWords.length > 0 &&
    (firstWords.length <= 6 || holder !== null) &&
    firstWords.every((word) => isCapitalised(word.text) || NAME_PARTICLES.test(word.text) || (word.text === 'of' && holder !== null)) &&
    // (`Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property, said`: after a
    // titled name, the parts are its role even where they open with capitals.)
    (isTitleWord((firstWords[0] as Token).text) ||
      parts.slice(opening + 1).every((part, index, rest) => {
        const first = firstTokenText(part.text);
        // (`Robert Jackson, 58, MP for Wantage in Oxfordshire, said`: a member's seat is a role in capitals.)
        // (`…, a postdoctoral fellow at the institute in Munich, Germany, and co-author …`: the country after a
        // town the role is in goes on with it.)
        const countryOfTown = index > 0 && TOWN_THEN_COUNTRY_PART.test(part.text) && TOWN_ENDS_PART.test((rest[index - 1] as { text: string }).text);
        // (`Eileen Blessinger, a Falls Church, Va.-based immigration attorney, told`: so does the state of a town
        // the role is based in.)
        const stateBased = index > 0 && STATE_BASED_ROLE_PART.test(part.text);
        // (`Gazala Wahab, executive editor of Force, India’s leading magazine on national security, suggested`:
        // and what a country or a body has, in lower case after its possessive, describes the part before.)
        return DESCRIPTION_OPENERS.has(first.toLowerCase()) || (first !== '' && !isCapitalised(first)) || MEMBER_FOR_SEAT.test(part.text) || countryOfTown || stateBased || (index > 0 && POSSESSED_DESCRIPTION_PART.test(part.text));
      }))
  ) {
    const subject = holder?.[1]
      ? { kind: 'name' as const, text: holder[1], start: base + firstPart.start + holder.index + holder[0].lastIndexOf(holder[1]) }
      : subjectOfPart(firstPart.text, base + firstPart.start);
    if (subject?.kind === 'name') {
      subject.role = (parts[opening + 1] as { text: string }).text.trim();
      return subject;
    }
  }
  // `His creator, Richard Bowden, lecturer at the Centre for Vision, Speech and …, refers`: a description,
  // then the name it gives, then the name's role in lower case (whose body may hold commas of its own).
  if (parts.length >= 3 && /^\s*(?:his|her|its|their|the|a|an)\s+\p{Ll}+\s*$/iu.test((parts[0] as { text: string }).text) && isFullName((parts[1] as { text: string }).text)) {
    const roleFirst = firstTokenText((parts[2] as { text: string }).text);
    if (roleFirst !== '' && !isCapitalised(roleFirst)) {
      const named = subjectOfPart((parts[1] as { text: string }).text, base + (parts[1] as { start: number }).start);
      if (named?.kind === 'name') {
        named.role = (parts[2] as { text: string }).text.trim();
        return named;
      }
    }
  }
  // `Aston's DB9, which Mr Bez described as`: a relative clause with a subject of its own, which speaks.
  const ownSubject = !closedByComma && parts.length >= 2 ? /^\s*which\s+(?=[A-Z]|(?:he|she)\s)/.exec(chosen.text) : null;
  if (ownSubject) {
    const inner = subjectOfPart(chosen.text.slice(ownSubject[0].length), base + chosen.start + ownSubject[0].length);
    if (inner?.kind === 'name' || inner?.kind === 'pronoun') return inner;
  }
  // (`Gov. Larry Hogan of Maryland, where one such protest took place, told`: a clause on where the part before
  // it names is an aside too.)
  // (Not `in Davos, where he again dismissed the accusations as`, whose cue is the clause's own.)
  if (closedByComma && parts.length >= 2 && /^\s*where\s/.test(chosen.text)) {
    const before = parts.at(-2) as { text: string; start: number };
    const named = subjectOfPart(before.text, base + before.start);
    if (named?.kind === 'name') return named;
  }
  // `The Tory leader, who argues he is ensuring honesty, said`: a relative clause describes the part before it.
  if (parts.length >= 2 && /^\s*(?:who(?:['’]d)?|whose|which)\s/i.test(chosen.text) && !/^\s*who\s+(is|was)\s/i.test(chosen.text)) {
    const before = parts.at(-2) as { text: string; start: number };
    // `… was The Times' music critic Paul Connolly, who said`: the name just before `, who` speaks, however
    // long the clause it ends.
    // `the International Air Transport Association (IATA), which has attacked`: `which` too, and an
    // auxiliary or an adverb between the pronoun and the verb leaves it the subject.
    const earlier = parts.at(-3);
    // (`Joe Biden, whose campaign said`: what belongs to the one before, and speaks for them, is who speaks.)
    const owned = OWNED_SPEAKER_PART.exec(chosen.text);
    if (owned?.[1]) {
      const owner = subjectOfPart(before.text, base + before.start);
      if (owner?.kind === 'name') return { kind: 'description', text: `${owner.text}'s ${owned[1]}`, start: owner.start };
    }
    if (RELATIVE_SUBJECT.test(chosen.text)) {
      const antecedent = subjectOfPart(before.text, base + before.start);
      // (`Princess Marguerite, the eldest daughter of ex-King Michael of Romania, who said`: a name that a
      // role is of is not the one the role describes, who is named before it.)
      const roleIsOf =
        antecedent?.kind === 'name' && earlier !== undefined && opensLikeRole(before) && OF_BEFORE_NAME.test(before.text.slice(0, antecedent.start - base - before.start));
      const head = roleIsOf && earlier ? subjectOfPart(earlier.text, base + earlier.start) : null;
      if (head?.kind === 'name') return head;
      if (antecedent?.kind === 'name' || (antecedent && /^\s*which/i.test(chosen.text))) return antecedent;
      // (`Her remarks drew a response from President Trump, who called her`: a clause of its own before the
      // comma; the name that ends it is who `who` is.)
      const ending = FULL_NAME_ENDING_PART.exec(before.text);
      const opener = ending?.[1]?.slice(0, ending[1].indexOf(' ')) ?? '';
      const named = ending?.[1] && (isTitleWord(opener) || isKnownFirstName(opener)) ? subjectOfPart(ending[1], base + before.start + ending.index + ending[0].indexOf(ending[1])) : null;
      if (named?.kind === 'name') return named;
      // (`The announcement came in a tweet from the president, who said`: so is a person described after `from`
      // or `by` at its end.)
      // (After another preposition only at the end of a clause, not of a description: in `A spokeswoman for the
      // group, who asked not to be named,` the group is what she speaks for.)
      const described = DESCRIBED_PERSON_ENDING_PART.exec(before.text);
      const describedText = described?.[2];
      const describedHead = describedText?.slice(describedText.lastIndexOf(' ') + 1) ?? '';
      if (described && describedText && (described[1] || antecedent === null) && (described[3] ? PERSON_OR_BODY_WORD.test(describedHead) : namesPeopleInPlural(describedHead))) {
        return { kind: 'description', text: describedText, start: base + before.start + described.index + described[0].indexOf(describedText) };
      }
    }
    // `Tony Lloyd, the Manchester Central MP, whose constituency …, has pledged`: the name before the role.
    if (earlier && opensLikeRole(before)) {
      const named = subjectOfPart(earlier.text, base + earlier.start);
      if (named?.kind === 'name') {
        named.role = before.text.trim();
        return named;
      }
    }
    // `A spokesman for the World Summit …, which is meeting this week in Geneva, told`: a clause on a thing
    // or a body leaves the phrase before it the subject, however long.
    if (tokenCountUpTo(before.text, 7) <= 6 || (closedByComma && /^\s*which\s/i.test(chosen.text))) {
      const described = subjectOfPart(before.text, base + before.start);
      if (described) return described;
    }
  }
  // (`Atkinson who is now the founder and managing director of Atkinson Capital, said`: a name, then a
  // relative clause with no comma before it, which says what the name is.)
  const nameThenWho = NAME_THEN_WHO_IS.exec(chosen.text);
  if (nameThenWho?.[1] && closedByComma) {
    const named = subjectOfPart(nameThenWho[1], base + chosen.start + nameThenWho[0].indexOf(nameThenWho[1]));
    if (named?.kind === 'name') {
      named.role = chosen.text.slice(nameThenWho[0].length).trim();
      return named;
    }
  }
  // `Mahathir Mohamad, on a visit to Tokyo, said`: an aside of where or when after a name is no subject.
  if (parts.length >= 2 && CIRCUMSTANCE_ASIDE.test(chosen.text)) {
    const before = parts.at(-2) as { text: string; start: number };
    const named = subjectOfPart(before.text, base + before.start);
    if (named?.kind === 'name') return named;
  }
  // `Dr Erel Avineri, of the Centre for Transport and Society … in Bristol said`: the body a person is of,
  // set off by a comma that nothing closes, leaves the person the subject.
  const ofBodyAfter = parts.length >= 2 && /^\s*(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.test(chosen.text) ? (parts.at(-2) as { text: string; start: number }) : undefined;
  if (ofBodyAfter && isFullName(ofBodyAfter.text)) {
    role = chosen.text.trim();
    chosen = ofBodyAfter;
  } else if (parts.length >= 2 && (opensLikeRole(chosen) || bareRoleAfterName(parts.at(-2) as { text: string }, chosen) || MEMBER_FOR_SEAT.test(chosen.text)) && tokenCountUpTo(chosen.text, 1) > 0) {
    // `X, a senior rebel officer,`: the name is the part before the apposition.
    const before = parts.at(-2) as { text: string; start: number };
    const beforeWords = tokens(before.text);
    const lastBefore = beforeWords.at(-1)?.text ?? '';
    // `On 28 December, another senior economic adviser called`: a date or place opening the sentence is no name.
    // (`Writing his Christmas message in the Northern Echo, the Bishop said`: nor is a thing someone has,
    // put somewhere; `His brother Anil, the vice-chairman,` is someone.)
    const adverbial =
      ADVERBIAL_PART.test(before.text) || (beforeWords.length === 1 && LEADING_FILLER.has(lastBefore.toLowerCase())) || /^\s*(?:his|her|its|their|our|my|your)\s.*\s(?:in|on|at|for|of|to|from|with|about)\s/i.test(before.text);
    // (`Covering the period to September, the 20-page report noted`: nor is a month or a day.)
    // (`A spokeswoman for Democratic Sen. Max Baucus of Montana, one of the Democrats to vote against it,`: a
    // description of whom one speaks for may run longer.)
    const speaksFor = beforeWords.length <= 12 && SPEAKER_FOR_OPENING.test(before.text);
    // (`… rights that are what California Lieutenant Governor Gavin Newsom, a Democrat, called`: or the run of
    // capitals that ends a longer part, after the word that opens its clause.)
    const clauseTail = beforeWords.length > 8 ? CLAUSE_WORD_THEN_CAPITALS_AT_END.exec(before.text) : null;
    // (`Theresa May, the prime minister,`: a month's name after a first name is a surname.)
    if (isCapitalised(lastBefore) && (beforeWords.length <= 8 || speaksFor) && !adverbial && (!TIME_WORDS.test(lastBefore) || isFullName(before.text))) {
      role = chosen.text.trim().replace(/^who\s+(is|was)\s+/i, '');
      chosen = before;
    } else if (clauseTail?.[1]) {
      role = chosen.text.trim();
      chosen = { text: clauseTail[1], start: before.start + clauseTail.index + clauseTail[0].length - clauseTail[1].length };
    } else if (EPITHET_PART.test(before.text) && /^\s*(?:a|an)\s/.test(chosen.text)) {
      // (`the mayor, a 2020 presidential contender, tweeted`: so is an epithet before a description it is given.)
      role = chosen.text.trim();
      chosen = before;
    }
  } else if (parts.length >= 2) {
    const before = parts.at(-2) as { text: string; start: number };
    if (opensLikeRole(before) && tokenCountUpTo(before.text, 11) <= 10) role = before.text.trim();
    // `Colin Asplin, Blackpool Hotel Association said:`: a person's name, then the body they speak for.
    // `Tony Banks, Labour MP for West Ham, said`: a party's member of a parliament, after the name, is the role.
    // `Lord Strathclyde, Tory leader in the Lords, said`: so is a role in lower case after capitals.
    // (`Prof Ibrahim Abubakar, University College London (UCL), said`: or a body's name that runs on past its head word.)
    else if (
      ((ORGANISATION_HEAD.test(lastWordOf(chosen.text)) || namesBody(chosen.text) || MEMBER_OF_PARLIAMENT.test(chosen.text) || CAPITALISED_THEN_ROLE.test(chosen.text)) && isFullName(before.text)) ||
      // (`Xi Jinping, University College London, said`: a body's name after a name the lists do not know.)
      (namesBody(chosen.text) && looksLikePersonName(before.text))
    ) {
      role = chosen.text.trim();
      chosen = before;
    }
  }
  const subject = subjectOfPart(chosen.text, base + chosen.start);
  if (subject && subject.kind === 'name' && role && !subject.role) subject.role = role;
  return subject;
}

/**
 * `Tory leader in the Lords`, `Labour party chairman`, `U.S. general manager of The Body Shop`: capitalised
 * words, then a person's role in lower case. (`Federal Reserve Bank of New York president`: the capitals
 * may name a body with `of` in it.)
 */
const CAPITALISED_THEN_ROLE =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?(?:\p{Ll}+\s+)?(?:leader|chairman|chairwoman|spokesman|spokeswoman|secretary|minister|chief|president|director|head|member|executive|manager|coach|CEO|CFO|COO|CTO)\b/u;

/** A part made only of adverbs and auxiliaries (`simply`, `has also`), which sit between a subject and its verb. */
export function onlyAdverbs(text: string): boolean {
  const words = tokens(text);
  // (`In a speech, May said`: a modal in capitals after a comma is a name, Theresa May's or Will's.)
  return words.length > 0 && words.length <= 3 && words.every((word) => (CUE_ADVERBS.has(word.text.toLowerCase()) && !MODAL_NAME.test(word.text)) || /^[a-z]+ly$/.test(word.text));
}

/** `May`, `Will`: modals that are names too, when they are capitalised. */
const MODAL_NAME = /^(?:May|Will)$/;

/** `University College London`, `Bank of England`: capitalised words (and `of`, `for`, `and`) with a body's head word among them. */
function namesBody(text: string): boolean {
  const words = tokens(text);
  return (
    words.length >= 2 &&
    words.length <= 7 &&
    isCapitalised((words[0] as Token).text) &&
    words.every((word) => isCapitalised(word.text) || /^(?:of|for|and|the)$/.test(word.text)) &&
    words.some((word) => ORGANISATION_HEAD.test(word.text))
  );
}

/** `Labour MP for West Ham`, `Tory MEP`: capitalised words, then a member of a parliament, perhaps with the seat. */
const MEMBER_OF_PARLIAMENT = /^\s*(?:[A-Z][\w'’-]*\s+){0,3}(?:MP|MPs|MEP|MSP|AM|MLA)(?:\s+for\s+[^,]+)?\s*$/;

/** `daughter of ex-King `, `son of the late `: a preposition, then any titles, right before a name. */
const OF_BEFORE_NAME = /\s(?:of|to|for)\s+(?:(?:ex-)?\p{Lu}[\p{L}.-]*\s+|(?:the|former|late)\s+)*$/u;

/** `A spokeswoman for `, `an aide to `: a description opening with whom someone speaks or works for. */
const SPEAKER_FOR_OPENING = /^\s*(?:a|an|the)\s+(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|representative)\s+(?:for|to|of)\s/i;

/** `Atkinson who is now `: a name, then `who` and a copula, with no comma between. */
const NAME_THEN_WHO_IS = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+who\s+(?:is|was)\s+(?:now\s+|also\s+|then\s+)?/u;

/** ` whose campaign`, ` whose spokesman`: a relative clause's subject that speaks for the one before. */
const OWNED_SPEAKER_PART = /^\s*whose\s+(campaign|office|spokes(?:man|woman|person)|lawyers?|attorneys?|legal\s+team|team|aides?|representatives?|administration)\s*$/i;

/** A relative pronoun as the subject of the verb that follows (`who`, `which has`, `who had earlier`). */
// (`Knight, who'd famously declared`: `who'd` is `who had`, and any adverb in -ly may come between.)
const RELATIVE_SUBJECT = /^\s*(?:who(?:['’]d)?|which)(?:\s+(?:has|have|had|would|also|already|since|earlier|previously|recently|once|repeatedly|publicly|[a-z]+ly|(?:this|last)\s+(?:week|month|year)))*\s*$/i;

/** A participle's phrase (`writing in …`, `speaking at …`, `asked about …`) or a real name, set off by commas. */
// (`Blunt, after a long pause, said`: when or where it was said is an aside too.)
// (`Mr Kim's statement, carried by state media, said`: and a past participle's phrase, but for those who join
// the subject in speaking, `McCain and Schumer, joined by Lindsay Graham, said`.)
const ASIDE_PART = new RegExp(
  `^\\s*(?:(?:${ASIDE_ADVERB}\\s+)?[a-z]+ing|based|asked|(?!joined|accompanied)(?:[a-z]+ed|seen|written|sent|given|shown|made|taken|held)\\s+(?:by|in|on|at|to|from|through|via)|led by|headed by|chaired by|run by|pressed|questioned|interviewed|quoted|real name|after|before|during|upon|despite|while|when|via|according to|in (?:(?:a|an|his|her|their|its) )?(?:statement|interview|post|tweet|letter|e-?mail|text message|phone call|telephone interview))\\s`,
);

/** `released Monday`, `filed on Thursday`, `dated May 3`: a past participle and when, the whole of an aside a comma closes. */
const DATED_ASIDE_PART = new RegExp(
  String.raw`^\s*(?:[a-z]+ed|sent|written)\s+(?:(?:on|in|last|this|late|early)\s+)?(?:${WEEKDAY_WORDS}|${MONTH_WORDS}|yesterday|today|earlier|last)\b[^,]{0,24}$`,
);

/** `MP for Wantage`, `Labour MSP for Glasgow Maryhill`: a member of a parliament and the seat, a role that opens with capitals. */
const MEMBER_FOR_SEAT = /^\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:MP|MEP|MSP|AM|MLA|TD)\s+for\s+\p{Lu}/u;
/** ` Va.-based immigration attorney`: the state of a town the role is based in (`a Falls Church, Va.-based …`), then the role in lower case. */
const STATE_BASED_ROLE_PART = /^\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?-based\s/u;
/** ` India’s leading magazine`: a capitalised owner in the possessive, then words in lower case. */
const POSSESSED_DESCRIPTION_PART = /^\s*\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}/u;

/** ` the Rt Rev Dr Tom Wright`: `the`, honorifics, then a name. */
const HONOURED_NAME_PART = /^\s*the\s+(?:(?:Rt\.?\s+Rev|Very\s+Rev|Most\s+Rev|Rev|Revd|Dr|Sir|Dame|Lord|Lady|Professor|Prof)\.?\s+)+((?:Dr\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s*$/u;

/**
 * A part that opens with a date, a time or a place (`On 28 December`, `announced on Tuesday`), or with what someone
 * was asked about (`Asked about Donald Trump, the senator said`), not with a name.
 */
const ADVERBIAL_PART = /^\s*(?:on|in|at|during|after|before|since|until|from|last|this|earlier|later|over|about|speaking|talking|writing)\s/i;

/**
 * `Gilles Babinet, chief executive of mobile music firm Musiwave,`: British style drops the article of an
 * apposition. A part opening with a lower-case noun after a part that is nothing but a name (two to five
 * capitalised words) is that person's role, not a second speaker.
 */
function bareRoleAfterName(name: { text: string }, role: { text: string }): boolean {
  let nameWords = tokens(name.text);
  // `And Paul Collison, chief analyst at Brunswick UBS,`: a conjunction opening the sentence is no part of the name.
  while (nameWords.length > 2 && LEADING_FILLER.has((nameWords[0] as Token).text.toLowerCase())) nameWords = nameWords.slice(1);
  // (`Rep. Sander Levin of Michigan, top Democrat on Ways and Means,`: where the person is from ends the name's part.)
  const ofAt = nameWords.length - 2;
  if (ofAt >= 2 && nameWords[ofAt]?.text === 'of' && isCapitalised((nameWords[ofAt + 1] as Token).text)) nameWords = nameWords.slice(0, ofAt);
  let roleWords = tokens(role.text);
  // `Andrei Illarionov - then economic adviser to …`: a role held once or still held is a role too.
  if (roleWords.length > 1 && /^(then|now|formerly|once|currently|still)$/i.test((roleWords[0] as Token).text)) roleWords = roleWords.slice(1);
  const first = roleWords[0]?.text ?? '';
  // `Hollis, from Leeds,`: after a preposition even a lone surname keeps its role.
  const prepositional = /^(of|from|at|for|with)$/.test(first);
  // `Reid, chairman of the Island Def Jam Music Group,`: so does one after a word for a post held in a body
  // (`Zhao, deputy director of China’s Foreign Ministry Information Department,`: perhaps after a word or two for its rank).
  const post = roleWords.findIndex((word, at) => at <= 2 && isRoleNoun(word.text) && /^(?:of|at|for)$/.test(roleWords[at + 1]?.text ?? ''));
  const postOf = post >= 0 && roleWords.slice(0, post).every((word) => /^\p{Ll}+$/u.test(word.text) && !STOP_WORDS.has(word.text) && !/(?:ed|ing|ly)$/.test(word.text));
  const loneSurname = prepositional || postOf;
  if (nameWords.length < (loneSurname ? 1 : 2) || nameWords.length > 9 || roleWords.length > 16) return false;
  // `Mr Prettejohn, Lloyd's chief executive`, `Andy Richards, of Swansea UAF`: a possessive or a preposition opens a role too.
  // `Armando Falcon, OFHEO director said`: the body's name, then a lower-case role, a few words in all.
  const second = roleWords[1]?.text ?? '';
  const bodyThenRole = roleWords.length <= 4 && /^(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+)$/u.test(first) && /^\p{Ll}+$/u.test(second) && !/(ed|ing|ly|s)$/.test(second) && !STOP_WORDS.has(second);
  // `Lord Bach, Minister for Defence Procurement,`: an office in capitals, then what it is for (`Vice-President
  // for Membership of the American Business Group of Abu Dhabi` runs long).
  const officeFor = roleWords.length <= 12 && OFFICE_WORDS.test(first) && /^(?:for|of)$/.test(second);
  const opensRole =
    bodyThenRole ||
    bodyNameThenRole(roleWords) ||
    officeFor ||
    // (`Paul Boateng MP, Labour's Chief Secretary to the Treasury,`: an office in capitals after the possessive.)
    (/^[A-Z][\p{L}&.-]*['’]s$/u.test(first) ? /^\p{Ll}/u.test(second) || OFFICE_WORDS.test(second) : prepositional || (/^\p{Ll}/u.test(first) && !STOP_WORDS.has(first)));
  if (!opensRole || /(ed|ing|ly)$/.test(first) || CUE_WORDS.has(first)) return false;
  // The part ends in a name (`Steel analyst Peter Fish`); a role may come before it.
  let capitals = 0;
  while (capitals < nameWords.length && isCapitalised((nameWords[nameWords.length - 1 - capitals] as Token).text)) capitals++;
  if (capitals < (loneSurname ? 1 : 2) || capitals > 5 || nameWords.length - capitals > 4) return false;
  return !STOP_WORDS.has((nameWords[0] as Token).text.toLowerCase());
}

/**
 * `Americans For Tax Reform tax policy director`: a body's name of several capitalised words, then a role in
 * lower case, a few words ending in a word for a post.
 */
function bodyNameThenRole(roleWords: readonly Token[]): boolean {
  let capitals = 0;
  while (capitals < roleWords.length && /^\p{Lu}/u.test((roleWords[capitals] as Token).text)) capitals++;
  const role = roleWords.slice(capitals);
  return capitals >= 2 && capitals <= 6 && role.length >= 1 && role.length <= 4 && role.every((word) => /^\p{Ll}+$/u.test(word.text)) && isRoleNoun((role.at(-1) as Token).text);
}

/** `and `, `but `: a conjunction opening the phrase joins it to the clause before and is no part of who spoke. */
export const CONJUNCTION_OPENING = /^\s*(?:and|but)\s+(?=\S)/;
/** ` a day after the attorney general`: a stretch of time, then a conjunction of time, then the clause's subject. */
const TIME_THEN_CLAUSE =
  /^\s*(?:a|an|one|two|three|four|five|six|seven|\d+|several|just|only|hours|days|weeks|months|years)\s+(?:[a-z]+\s+)?(?:after|before|since|until)\s+(\S[\s\S]*)$/;
/** ` where the ambassador had`: `where` or `in which`, then a short subject (a description or a name), perhaps an auxiliary. */
const WHERE_THEN_CLAUSE = /\s(?:where|in\s+which)\s+((?:(?:the|a|an|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(?:had|has|have|also))?)\s*$/u;
/** ` in December 2017 when the president`, ` because the governor had`: a conjunction of time or cause, then a short subject, perhaps an auxiliary. */
const CONJUNCTION_THEN_CLAUSE = /\s(?:when|after|before|because|while|since|until|once|although|though|whereas)\s+((?:(?:the|a|an|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(?:had|has|have|also))?)\s*$/u;

/** ` on a visit to Tokyo`, ` during a trip to Paris`: a part that says where or when, opening with its preposition and an article. */
const CIRCUMSTANCE_ASIDE = /^\s*(?:on|in|during|after|before|while)\s+(?:a|an|the|his|her|their)\s/;

/** `the mayor`, `the former governor`: a person by their office alone, as a whole part. */
const EPITHET_PART = /^\s*the\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:[a-z-]{2,}(?:er|or|ist|ian|man|woman|person)|president|chief|head|minister|secretary|official)\s*$/u;

/** An adverb in -ly ending a phrase, by the endings adverbs have (`sporadically`, `quickly`, `recently`; not `the former monopoly`, `her family`). */
const ADVERB_AT_END = / \p{Ll}{2,}(?:al|ic|ous|ive|ful|less|ed|ent|ant|ing|ate|ck|ft|ght|rt|st|ct|et|ar|ise|ose|ure|ere|ame|ow)ly$/u;

/** ` what California Lieutenant Governor Gavin Newsom`: a word that opens a clause, then two to six capitalised words ending the part. */
const CLAUSE_WORD_THEN_CAPITALS_AT_END = /\s(?:what|that|which|as|whom|when|while|because|after|before|since|if)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,5}\p{Lu}[\p{L}'’-]*)\s*$/u;

/** ` — Iran, Libya and Yemen — `: an aside between two dashes, of any length, that ends a subject's phrase. */
export const DASHES_ASIDE_ENDING_SUBJECT = /\s[—–]\s[^—–“”"]{1,200}?\s[—–]\s*$/;

/** `… President Thomas M. Hoenig`, `Cleveland County District Court Judge Thad Balkman`: a title of office, then a name of two to four words, ending the part. */
export const OFFICE_BEFORE_NAME_END = /\s(?:President|Chairman|Chairwoman|Governor|Director|Secretary|Minister|Chief|Commissioner|Mayor|Judge|Justice|Sheriff|Prosecutor)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*$/u;

/** ` Wray Grimaldi of the University of Otago in Dunedin`: a full name, then the body it is of, ending on a town. */
function nameOfBodyInTown(part: { text: string; start: number }, base: number): Subject | null {
  if (!TOWN_ENDS_PART.test(part.text)) return null;
  const named = NAME_OF_BODY.exec(part.text);
  // (The body and its town make the run a person's, though no list knows the first name.)
  if (!named?.[1] || !tokens(named[1]).every((word) => !isNonPersonWord(word.text))) return null;
  return { kind: 'name', text: named[1], start: base + part.start + named[0].indexOf(named[1]), role: part.text.slice(named[0].length).trim() };
}

const NAME_OF_BODY = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+(?=(?:of|from|at)\s+(?:the\s+)?\p{Lu})/u;
