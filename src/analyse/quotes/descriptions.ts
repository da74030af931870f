import { POSTAL_STATE_CODES, US_STATE_ABBREVIATIONS } from '../places/words.js';
import { reportedJustBefore } from './attributions.js';
import { DOCUMENT_NOUNS, NATIONAL_NOUNS, PERSON_TITLES } from './lexicon.js';
import { actsAsSubject, POSSESSIVE_AT } from './mention-grammar.js';
import type { NameMention } from './name-mention.js';
import { isNationalityWord, matchAt } from './name-words.js';
import { officeIn, officeTitleBefore } from './offices.js';
import { ORGANISATION_BY_KIND } from './organisations.js';
import type { ArticlePerson } from './people.js';
import { unfamiliarSubjectJustBefore } from './pronoun-fallbacks.js';
import { pronounJustBefore } from './pronouns.js';
import { type ArticleReading, countWordsUpTo } from './reading.js';
import { endsWithRole, roleForms, roleInApposition, roleTakenAs } from './roles.js';
import { resolveSpeaker } from './speakers.js';

/**
 * Who a definite description stands for: someone the article gave that role (`the coach`, `the
 * minister`), or, for an epithet (`the 21-year-old`, `the Scot`), the person just written about.
 */

/**
 * The person a definite description stands for: one the article gave its role; else, for a speaker
 * (`asSpeaker`), the one an epithet points back to.
 */
export function describedPerson(reading: ArticleReading, description: string, paragraph: number, offset: number, asSpeaker = false, gender?: 'm' | 'f'): ArticlePerson | undefined {
  // (`The former secretary of state has said she …`: a gender the clause gives rules out one of the other.)
  const byRole = describedByRole(reading, description, paragraph, offset);
  const found = byRole?.gender && gender && byRole.gender !== gender ? undefined : byRole;
  // (`The former New York senator and secretary of State`: of two roles joined, the first says who.)
  const first = description.replace(SECOND_ROLE, '');
  // `the China Daily newspaper`, `the Delta subsidiary`: an organisation that says its own name is no one else.
  // (Nor is a law or a document: `The Uighur law calls on …`.)
  const epithet = asSpeaker && EPITHET.test(first) && !NAMED_ORGANISATION.test(first) && !DOCUMENT_NOUNS.test(first.slice(first.lastIndexOf(' ') + 1));
  // (`The Kentucky senator` is not `Sen. Bernie Sanders of Vermont`: one given the role in another state leaves the
  // epithet to whom the text just wrote about, `Democratic leader Chuck Schumer scolded …. “…,” the New York senator said`.)
  const ofOtherState = found !== undefined && ofAnotherState(reading, found, description);
  const described = found && !ofOtherState ? (heldByWhomJustWritten(reading, first, found, paragraph, offset) ?? found) : epithet ? epithetReferent(reading, first, paragraph, offset, false, gender) : found;
  return described && ofAnotherState(reading, described, description) ? undefined : described;
}

/**
 * `… expected the majority leader to win. He didn't come close. “…,” the seven-term congressman told supporters`: an
 * office with its tenure says who held it, and stands for whom the sentence before calls `he` or `she`, not for another
 * the article gave the office in passing.
 */
function heldByWhomJustWritten(reading: ArticleReading, description: string, holder: ArticlePerson, paragraph: number, offset: number): ArticlePerson | undefined {
  if (!TENURE_DESCRIPTION.test(description)) return undefined;
  const pronoun = pronounJustBefore(reading, paragraph, reading.sentenceStartAt(paragraph, offset));
  return pronoun?.person === 'yes' && pronoun !== holder ? pronoun : undefined;
}

/**
 * Whether someone is given a role that is not the office named: the role the article knows for them, or one set off right
 * after the name (`Paul Drake, the top spokesman for the office,`).
 */
function otherRoleSetOff(text: string, nameEnd: number, person: ArticlePerson, office: string): boolean {
  const role = person.role ?? ROLE_SET_OFF_AT.exec(text.slice(nameEnd, nameEnd + 120))?.[1];
  return role !== undefined && !roleHead(role.toLowerCase()).includes(office);
}

/** `, the top spokesman for the office,`: a role set off by commas right after a name (the article's `the` or `a` first). */
const ROLE_SET_OFF_AT = /^,\s+(?:the|a|an)\s+(\p{Ll}[^,;.]*),/u;

/** Whether a description names a US state (`the Kentucky senator`) and the article writes another after the person's name. */
function ofAnotherState(reading: ArticleReading, person: ArticlePerson, description: string): boolean {
  const state = STATE_IN_DESCRIPTION.exec(description)?.[1];
  if (!state || !US_STATES.has(state)) return false;
  return person.mentions.some((mention) => {
    const text = reading.paragraphs[mention.paragraph] ?? '';
    // (`Massachusetts Senator Elizabeth Warren` is not `the New York senator` either.)
    const written = stateWrittenAfter(text, mention) ?? STATE_BEFORE_TITLED_NAME.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
    return written !== undefined && (US_STATES.has(written) || US_STATE_ABBREVIATIONS.has(written)) && !namesState(written, state);
  });
}

/** `Massachusetts `, `Vermont U.S. Sen. `: a state right before a titled name (or before its title). */
const STATE_BEFORE_TITLED_NAME = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(?:(?:U\.S\.\s+)?(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Congressman|Congresswoman)\s+)?$/u;

/** `Kentucky` in `the Kentucky senator`, `New York` in `the former New York mayor`. */
const STATE_IN_DESCRIPTION = /^[Tt]he\s+(?:[a-z-]+\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+\p{Ll}/u;

/** Whether a person is called by the description's office as a title (`President Trump` for `the president`). */
function titledWith(person: ArticlePerson, description: string): boolean {
  const noun = DEFINITE_DESCRIPTION.exec(normalDescription(description))?.[2]?.toLowerCase();
  if (!noun) return false;
  // (`Sen. Chuck Schumer` for `the senator`: the title as news abbreviates it too.)
  const titles = [noun, ...titlesGiving(noun)];
  return [...person.forms].some((form) => titles.some((title) => form.toLowerCase().startsWith(`${title} `)));
}

/** Titles as news abbreviates them before a name, by the word a later description uses (`the senator`). */
const ABBREVIATED_TITLES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['governor', 'gov.'], ['senator', 'sen.'], ['congressman', 'rep.'], ['congresswoman', 'rep.'], ['representative', 'rep.'],
      ['general', 'gen.'], ['colonel', 'col.'], ['major', 'maj.'], ['captain', 'capt.'], ['lieutenant', 'lt.'],
      ['sergeant', 'sgt.|sgt'], ['corporal', 'cpl.|cpl'], ['admiral', 'adm.'], ['commander', 'cmdr.|cdr.'],
      ['detective', 'det.|det'], ['inspector', 'insp.|insp'], ['superintendent', 'supt.|supt'], ['constable', 'const.|pc'],
      ['professor', 'prof.|prof'], ['doctor', 'dr.|dr'], ['reverend', 'rev.|rev'], ['councillor', 'cllr'],
    ] as const
  ).map(([noun, abbreviations]) => [noun, abbreviations.split('|')]),
);

/**
 * Titles before a name that say the role a later description uses, by that description's word: `Father Tomasz Wojcik`
 * is `the priest`, `Sister Agnes` `the nun`, `Imam Karim Haddad` `the cleric`, `Sgt. Maria Lopez` `the officer`.
 */
const TITLES_IMPLYING_ROLE: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['priest', 'father|fr.|fr'], ['nun', 'sister|sr.'], ['cleric', 'imam|sheikh|ayatollah|mullah|father|fr.|rev.|rev|reverend|rabbi'],
      ['officer', 'sgt.|sgt|det.|det|cpl.|cpl|lt.|const.|pc|trooper|constable|sergeant|detective'],
    ] as const
  ).map(([noun, titles]) => [noun, titles.split('|')]),
);

/** The titles before a name that say someone holds the role a description's word names, abbreviated or implying it. */
function titlesGiving(noun: string): readonly string[] {
  return [...(ABBREVIATED_TITLES.get(noun) ?? []), ...(TITLES_IMPLYING_ROLE.get(noun) ?? [])];
}

/**
 * Someone the article gave the description's role, up to ten paragraphs back; or, for a description with
 * a capital or a figure before its noun, a person who opens or acts in this sentence or the one before.
 */
function describedByRole(reading: ArticleReading, description: string, paragraph: number, offset: number): ArticlePerson | undefined {
  const given = givenRole(reading, description, paragraph, offset);
  // `Trump … told Hill.TV that the GOP will defy predictions. “…,” the president said.`: one named in the
  // sentence before who bears the office as a title is the one meant, before another the article called
  // a president since (`Brian Walsh, president of America First Policies`).
  // (Only a bare office: `the Palestinian president` is whom the article made one.)
  if (given && /^the\s+\S+$/i.test(normalDescription(description))) {
    // (That sentence may quote a word or two: `Trump, who talks of a “red wave”, told …`.)
    const before = reading.sentenceBeforeOffset(paragraph, offset, true);
    for (const mention of before ? (reading.mentionsByParagraph[before.where] ?? []) : []) {
      if (!before || mention.inQuote || mention.start < before.start || mention.start >= before.end) continue;
      const person = reading.people.byMention.get(mention);
      if (person && person !== given && titledWith(person, description)) return person;
    }
    // (`When Sen. Harry Reid was first elected … But he can block a punch. The senator is known for …`: so is one the
    // sentence before calls `he` or `she` as its subject.)
    const pronoun = pronounJustBefore(reading, paragraph, reading.sentenceStartAt(paragraph, offset));
    if (pronoun && pronoun !== given && titledWith(pronoun, description)) return pronoun;
  }
  if (given) return oftenNamedHolder(reading, description, given, paragraph, offset);
  if (given !== null) return given;
  // An epithet (`the Gloucester fly-half`, `the 29-year-old`) names the person the sentence before was
  // about; `the German exchange` names a body.
  const match = DEFINITE_DESCRIPTION.exec(normalDescription(description));
  if (!/[A-Z\d]/.test(match?.[1] ?? '') || NAMED_ORGANISATION.test(description)) return undefined;
  const { paragraphs, people, mentionsByParagraph } = reading;
  const text = paragraphs[paragraph] as string;
  const sentenceStarts = [0, ...reading.endsOf(paragraph)].filter((at) => at < offset);
  const from = sentenceStarts.at(-2) ?? 0;
  const mentions = mentionsByParagraph[paragraph] ?? [];
  // (`Giuliani told the Times that Parnas was “a proven liar.” The former New York mayor said`: in the sentence
  // before, one who opens it goes before one who acts in a clause inside it; in the description's own, the
  // latest one who acts is meant: `… and Corker, citing an interview in which the Tennessee senator said`.)
  const ownSentence = sentenceStarts.at(-1) ?? 0;
  // (`Paul Drake, the top spokesman for the office, pointed to comments that Walter Brennan made. At the time, the former
  // CIA director said`: an office with its tenure is not one whom the article gave another role.)
  const office = TENURE_DESCRIPTION.test(description) ? match?.[2] : undefined;
  let actor: { person: ArticlePerson; sentenceStart: number } | undefined;
  for (let at = mentions.length - 1; at >= 0; at--) {
    const mention = mentions[at] as NameMention;
    if (mention.inQuote || mention.start >= offset || mention.start < from) continue;
    const person = people.byMention.get(mention);
    const sentenceStart = sentenceStarts.filter((start) => start <= mention.start).at(-1) ?? 0;
    if (actor && sentenceStart < actor.sentenceStart) return actor.person;
    if (person?.person !== 'yes') continue;
    if (office && otherRoleSetOff(text, mention.start + mention.text.length, person, office)) continue;
    if (countWordsUpTo(text.slice(sentenceStart, mention.start), 3) <= 2) return person;
    if (!actor && actsAsSubject(text, mention)) {
      if (sentenceStart === ownSentence) return person;
      actor = { person, sentenceStart };
    }
  }
  return actor?.person;
}

/**
 * `President Barack Obama defended … Obama said … without referring to President George W. Bush's decisions … “…,” the
 * President said`: one given the role only in passing, named once, is not whom the description means when someone
 * given it before is named again and again (three times or more); that one is.
 */
function oftenNamedHolder(reading: ArticleReading, description: string, given: ArticlePerson, paragraph: number, offset: number): ArticlePerson {
  const before = given.mentions.filter((mention) => !mention.inQuote && (mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.start < offset)));
  const once = before.length === 1 ? before[0] : undefined;
  if (!once) return given;
  const earlier = givenRole(reading, description, once.paragraph, once.start);
  if (!earlier) return given;
  const named = earlier.mentions.filter((mention) => !mention.inQuote && (mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.start < offset))).length;
  // (`the inspector general` after `Inspector General Michael Horowitz`, named once, and `Attorney General Loretta Lynch`,
  // named often: a word of the description that the one given it was called by, the other must be called by too.)
  const givenWords = writtenAround(reading, given);
  const earlierWords = writtenAround(reading, earlier);
  const shared = description.toLowerCase().split(/\s+/).slice(1, -1).every((word) => !givenWords.includes(word) || earlierWords.includes(word));
  return named >= OFTEN_NAMED && shared ? earlier : given;
}

/** The words the article writes someone by, with any title in capitals right before a mention, and the role given them, in lower case. */
function writtenAround(reading: ArticleReading, person: ArticlePerson): string {
  const around = person.mentions.map((mention) => {
    const lead = (reading.paragraphs[mention.paragraph] as string).slice(Math.max(0, mention.start - 40), mention.start);
    return `${TITLE_IN_CAPITALS_BEFORE.exec(lead)?.[0] ?? ''}${mention.text}`;
  });
  return `${around.join(' ')} ${person.role ?? ''}`.toLowerCase();
}

/** `Inspector General `, `U.S. Attorney `: capitalised words right before a name, where its title stands. */
const TITLE_IN_CAPITALS_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** How often someone must be named to be whom a description means, over one given its role in passing. */
const OFTEN_NAMED = 3;

/**
 * Someone the article gave the description's role, up to ten paragraphs back; null when no one holds it,
 * undefined when the description names no role (a body, or a word too common to stand for one person).
 */
export function givenRole(reading: ArticleReading, description: string, paragraph: number, offset: number): ArticlePerson | null | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  const match = DEFINITE_DESCRIPTION.exec(normalDescription(description));
  const noun = match?.[2]?.toLowerCase();
  // (`the department said` after `State Department Inspector General Stephen Linick`: a body's word in a
  // title is where one works, not what one is.)
  if (!match || !noun || ORGANISATION_BY_KIND.test(description) || GENERIC_SPEAKERS.test(noun) || BODY_NOUNS.test(noun)) return undefined;
  // (`The minister told delegates` about `Education Secretary Ruth Kelly`: a secretary of state is a
  // minister; `the prime minister` is no secretary.)
  const minister = noun === 'minister' && (match[1] ?? '') === '';
  // (`the judge` after `Ontario Superior Court Justice Alexander Sosna`: a justice is a judge; `the pontiff`
  // after `Pope Francis`, a pope the pontiff.)
  // (`the US leader` after `US President Donald Trump`: a country's leader is its president.)
  const countryLeader = noun === 'leader' && nationalityIn(match[1] ?? '') !== undefined;
  const alias = minister ? 'secretary' : noun === 'judge' ? 'justice' : noun === 'pontiff' ? 'pope' : countryLeader ? 'president' : undefined;
  const forms = alias ? [...roleForms(noun), ...roleForms(alias)] : roleForms(noun);
  // (`the Arizona senator` after `Jeff Flake of Arizona` and `Sen. Bob Corker, R-Tenn.`: the one the article
  // places in that state.)
  const state = US_STATES.has((match[1] ?? '').trim()) ? (match[1] as string).trim() : undefined;
  const placed = state ? personOfState(reading, state, noun, paragraph, offset) : undefined;
  if (placed) return placed;
  // (`the governor` after `Gov. Jerry Brown`, `the superintendent` after `Supt Ian Hanson`.)
  const abbreviations = titlesGiving(noun);
  const acronymHead = /^\p{Lu}{2,4}$/u.test(match[2] ?? '');
  // (`The French president` after `Russian President Vladimir Putin` and `French President Nicolas Sarkozy`:
  // an office held in another country is another office. One whose country the article never gave is
  // taken only when no one holds it for the country named.)
  const country = nationalityIn(match[1] ?? '');
  let countryUnsaid: ArticlePerson | undefined;
  let aliasHolder: ArticlePerson | undefined;
  // (One holding the alias for the country named goes before one holding the office for a country unsaid:
  // `the US leader` is `US President Donald Trump`, not `Nato chief Jens Stoltenberg`.)
  let aliasForCountry: ArticlePerson | undefined;
  // (`the prime minister` in a story on `Prime Minister Jacinda Ardern`, after `Pakistan's Prime Minister Imran Khan`: an
  // office with no country said is the one the article titles with none, before one it titles as another country's.)
  let titledForPlace: ArticlePerson | undefined;
  const placeless = country === undefined ? officeIn(description)?.[1]?.toLowerCase() : undefined;
  // (`coach Herb Sendek gathered the Sun Devils …` fourteen paragraphs before `said the professorial coach`:
  // further back than ten paragraphs, only a role written right before a name counts.)
  for (let index = paragraph; index >= 0; index--) {
    const text = paragraphs[index] as string;
    const far = index < paragraph - 10;
    // Most paragraphs never use the role word: only the roles already known can match there.
    const lower = reading.lowerCaseOf(index);
    const saysRole = lower.includes(noun) || (alias !== undefined && lower.includes(alias)) || abbreviations.some((abbreviation) => lower.includes(`${abbreviation} `));
    if (far && !saysRole) continue;
    const mentions = mentionsByParagraph[index] ?? [];
    for (let at = mentions.length - 1; at >= 0; at--) {
      const mention = mentions[at] as NameMention;
      if (mention.inQuote || mention.person === 'no' || (index === paragraph && mention.start >= offset)) continue;
      const person = people.byMention.get(mention);
      if (!person || person.person === 'no') continue;
      const role = person.role?.toLowerCase();
      // `The minister told delegates` about `the Trade and Industry Secretary`: a secretary of state is a minister.
      const shadowRole = role !== undefined && otherOfficeThan(role, description, false);
      // (`the MPAA` is the body, not `Dan Glickman, MPAA chief`: initials must be the whole role, as `the PM` is.)
      // (`Ms Robinson, a friend of the Tory leader,` holds no role `the Tory leader` names: only the words
      // before an `of` say what someone is.)
      const holdsRole = acronymHead ? role === noun : role !== undefined && roleHead(role).includes(noun);
      const lead = text.slice(Math.max(0, mention.start - 60), mention.start);
      const heldFor = country ? (nationalityIn(lastWords(lead)) ?? nationalityIn(person.role ?? '')) : undefined;
      if (country && heldFor && heldFor !== country) continue;
      const unsaid = country !== undefined && heldFor === undefined;
      const placed = placeless !== undefined && titledWithPlace(text, mention, person, placeless);
      if (!far && !shadowRole && (holdsRole || (noun === 'minister' && role?.includes('secretary')))) {
        if (placed) {
          titledForPlace ??= person;
          continue;
        }
        if (!unsaid) return person;
        countryUnsaid ??= person;
        continue;
      }
      if (!saysRole || acronymHead) continue;
      const written = ` ${mention.text.toLowerCase()}`;
      const titled =
        (written.includes(` ${noun} `) && !written.endsWith(` ${noun}`)) ||
        (alias !== undefined && written.includes(` ${alias} `) && !written.endsWith(` ${alias}`)) ||
        abbreviations.some((abbreviation) => written.includes(` ${abbreviation} `));
      // `shadow foreign secretary Michael Ancram` holds no office `the foreign secretary` names.
      // (Nor does `Vice President Pence` hold the office `the president` names.)
      const titleBefore = written.slice(0, Math.max(0, written.indexOf(` ${noun} `) + 1));
      // (Nor `Attorney General Jeff Sessions` the office `the attorney` names: `general` after the noun makes another.)
      const generalOffice = `${lastWords(lead).toLowerCase()}${written}`.includes(`${noun} general `) && !/\bgeneral\b/i.test(description);
      // (Nor `Biden, while vice president,`: the words before the role in an apposition after the name say which office too.)
      const otherBefore = OTHER_OFFICE_BEFORE.exec(lead)?.[0] ?? OTHER_OFFICE_BEFORE.exec(titleBefore)?.[0] ?? qualifierInApposition(text, mention.end, noun);
      // (`the former secretary of state` is not `Secretary of State Rex Tillerson`: a title right before a name is the
      // office held now, however the mention was read.)
      const shadow = generalOffice || otherOfficeThan(otherBefore ?? '', description, titled || endsWithRole(lead, forms));
      // (`Echoing the new US Secretary of State Condoleezza Rice, the prime minister said`: after a name in
      // an opening participle's phrase, the words after the comma are the sentence's subject.)
      if (
        !shadow &&
        (titled ||
          endsWithRole(lead, forms) ||
          (!far && roleInApposition(text, mention.end, forms) && !PARTICIPLE_OPENING.test(text.slice(reading.sentenceStartAt(index, mention.start), mention.start))) ||
          // (`Sir Kim Darroch has resigned as UK ambassador to the US`: the office one takes or leaves.)
          (!far && roleTakenAs(text, mention.end, forms)))
      ) {
        // (`the judge wrote` after `Judge Allison Burroughs` and, later, `Justice Brett Kavanaugh`: one titled with
        // the description's own word comes before one titled with its alias.)
        const byAliasOnly = alias !== undefined && written.includes(` ${alias} `) && !written.includes(` ${noun} `) && !endsWithRole(lead, roleForms(noun));
        if (byAliasOnly) {
          if (unsaid) aliasHolder ??= person;
          else aliasForCountry ??= person;
          continue;
        }
        if (placed) {
          titledForPlace ??= person;
          continue;
        }
        if (!unsaid) return person;
        countryUnsaid ??= person;
      }
    }
  }
  return aliasForCountry ?? countryUnsaid ?? aliasHolder ?? titledForPlace ?? null;
}

/** Whether the article titles a name with the office as a place's or a people's (`Pakistan's Prime Minister Imran Khan`). */
function titledWithPlace(text: string, mention: NameMention, person: ArticlePerson, office: string): boolean {
  // (The title may open the mention, or stand just before it.)
  const bare = mention.text.endsWith(person.name) ? mention.text.length - person.name.length : 0;
  return officeTitleBefore(text.slice(Math.max(0, mention.start - 60), mention.start + bare), office) === 'placed';
}

/**
 * Who holds a place's office (`Iran's president`), by the titles the article writes with a place's name or its
 * people's word before them (`Iranian President Hassan Rouhani`, `Iran's President Hassan Rouhani`), anywhere in it:
 * `held`, the one so titled for that place; `other`, whether the person `found` is so titled for another place only
 * (`US President Donald Trump` holds no office of Iran's).
 */
export function placeOfficeHolders(reading: ArticleReading, place: string, office: string, found: ArticlePerson | undefined): { held?: ArticlePerson; other: boolean } {
  const titled = new RegExp(String.raw`((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*)(?:['’]s)?\s+${office.replace(/\b\p{Ll}/gu, (letter) => `[${letter.toUpperCase()}${letter}]`)}\s+$`, 'u');
  let held: ArticlePerson | undefined;
  let foundForPlace = false;
  let foundElsewhere = false;
  reading.mentionsByParagraph.forEach((mentions, index) => {
    const text = reading.paragraphs[index] as string;
    for (const mention of mentions) {
      if (mention.inQuote) continue;
      const person = reading.people.byMention.get(mention);
      if (person?.person !== 'yes') continue;
      // (`President Hassan Rouhani`: the title opens the mention, or stands just before it.)
      const bare = mention.text.endsWith(person.name) ? mention.text.length - person.name.length : 0;
      const nation = titled.exec(text.slice(Math.max(0, mention.start - 40), mention.start + bare).replace(/\s*$/, ' '))?.[1];
      if (nation === undefined) continue;
      // (`Democratic New Jersey Governor Phil Murphy`: the place may close words that say more.)
      const same = nation.endsWith(place) || sameNation(place, nationalityIn(nation) ?? nation.slice(nation.lastIndexOf(' ') + 1));
      if (same) held ??= person;
      if (person === found) {
        if (same) foundForPlace = true;
        else foundElsewhere = true;
      }
    }
  });
  return { held, other: foundElsewhere && !foundForPlace };
}

/**
 * Whether a place's name and a nationality (or another place's name) are one nation's: `Iran` and `Iranian`,
 * `Britain` and `British`, `France` and `French`; not `Iran` and `American`.
 */
function sameNation(place: string, nation: string): boolean {
  if (place === nation || IRREGULAR_NATIONALITY.get(place) === nation || (US_NAMES.test(place) && nation === 'American') || (UK_NAMES.test(place) && nation === 'British')) return true;
  let common = 0;
  while (common < place.length && place.charAt(common) === nation.charAt(common)) common++;
  return common >= 4;
}

/** Nations whose people's word shares too little with the place's name (`France`, `French`). */
const IRREGULAR_NATIONALITY: ReadonlyMap<string, string> = new Map([
  ['France', 'French'], ['Netherlands', 'Dutch'], ['Holland', 'Dutch'], ['Wales', 'Welsh'], ['Philippines', 'Filipino'],
  ['Spain', 'Spanish'], ['Britain', 'British'], ['America', 'American'], ['Greece', 'Greek'], ['Switzerland', 'Swiss'],
]);

/** `vice ` in `Biden, while vice president,`: a word for another office right before the role word in the apposition after a name. */
function qualifierInApposition(text: string, at: number, noun: string): string | undefined {
  const apposition = APPOSITION_AT.exec(text.slice(at, at + 60))?.[0];
  const role = apposition?.toLowerCase().search(new RegExp(String.raw`\b${noun}\b`));
  return apposition && role !== undefined && role > 0 ? OTHER_OFFICE_BEFORE.exec(apposition.slice(0, role))?.[0] : undefined;
}

/** `, while vice president`: the words after a name's comma, up to the next punctuation. */
const APPOSITION_AT = /^,\s[^,.;:()]+/;

/** The last few words before a mention (`… call to Russian `): where a title's country stands. */
function lastWords(lead: string): string {
  return lead.split(/\s+/).slice(-4).join(' ');
}

/** The nationality the last such word of these words names (`French`, `U.S.` → `American`), if one. */
function nationalityIn(words: string): string | undefined {
  for (const word of words.split(/[\s,]+/).reverse()) {
    const plain = word.replace(/['’]s$/, '');
    if (US_NAMES.test(plain)) return 'American';
    if (UK_NAMES.test(plain)) return 'British';
    if (isNationalityWord(plain) || NATIONALITIES_UNSUFFIXED.test(plain)) return plain;
  }
  return undefined;
}

const US_NAMES = /^(?:US|U\.S\.?|American)$/;
const UK_NAMES = /^(?:UK|U\.K\.?|British)$/;
/** Nationalities with none of the endings `isNationalityWord` reads (`French`, not `Frenchman`). */
const NATIONALITIES_UNSUFFIXED = /^(?:French|Dutch|Welsh)$/;

/** `the Cardinal`: a title, capitalised or not, is a role too. */
function normalDescription(description: string): string {
  return description
    .replace(/^(The|His|Her|Their|Its|Our)\s/, (word) => word.toLowerCase())
    .replace(/\s(\p{Lu}\p{Ll}+)$/u, (word, title: string) => (PERSON_TITLES.has(title.toLowerCase()) ? word.toLowerCase() : word))
    .replace(TITLE_OF_CAPITALS_END, (office, title: string) => (PERSON_TITLES.has(title.toLowerCase()) ? office.toLowerCase() : office));
}

/** ` Secretary of State`, ` Secretary of the Treasury`: an office in capitals, its title and what it is of, ending a description. */
const TITLE_OF_CAPITALS_END = /(?<=\s)(\p{Lu}\p{Ll}+) of (?:the )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/** ` and secretary of State`: a second role joined to a description's first, in lower case. */
const SECOND_ROLE = /(?<=\s\p{Ll}[\p{L}-]*)\s+and\s+\p{Ll}[\s\S]*$/u;

/** `chief executive of Tesco` → `chief executive`: what a role says someone is, before whom or what it is of. */
function roleHead(role: string): string {
  const of = ROLE_COMPLEMENT.exec(role);
  return of ? role.slice(0, of.index) : role;
}

const ROLE_COMPLEMENT = /\s(?:of|for|to|at|with)\s/;

/** `the coach`, `his son`, `the Gloucester fly-half`: the words before the head noun, and the noun. */
const DEFINITE_DESCRIPTION = /^(?:the|his|her|their|its|our)\s+((?:[\p{L}\d'’-]+\s+){0,3})(\p{Ll}[\p{L}-]*|\p{Lu}{2,4})$/u;
/** US states by their names (all fifty, not only those the AP abbreviates), and the AP's abbreviations of each (`Ariz.` for Arizona). */
const US_STATES: ReadonlySet<string> = new Set([...POSTAL_STATE_CODES.values()].filter(([, country]) => country === 'United States').map(([name]) => name));
const STATE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = (() => {
  const byState = new Map<string, string[]>();
  for (const [abbreviation, name] of US_STATE_ABBREVIATIONS) byState.set(name, [...(byState.get(name) ?? []), abbreviation]);
  return byState;
})();

/**
 * The one person named before the offset with the state after the name: `Jeff Flake of Arizona`, `Bob Corker,
 * R-Tenn.`, `Joe Manchin (D-W.Va.)`.
 */
function personOfState(reading: ArticleReading, state: string, noun: string, paragraph: number, offset: number): ArticlePerson | undefined {
  const office = STATE_OFFICE_BY_TITLE.get(noun);
  return onlyPersonNamedBefore(reading, paragraph, offset, (person, mention, text) => {
    if (person.person !== 'yes') return false;
    const after = stateWrittenAfter(text, mention);
    if (!after || !namesState(after, state)) return false;
    // (`the Texas congressman` is not `Sen. Ted Cruz of Texas`: one titled with another office holds it.)
    const titled = STATE_OFFICE_BY_TITLE.get(mention.text.slice(0, mention.text.indexOf(' ')).toLowerCase());
    return !(office && titled && titled !== office);
  });
}

/** The state written right after a name in its paragraph's `text` (`of Arizona`, `, R-Tenn.`), as written. */
function stateWrittenAfter(text: string, mention: NameMention): string | undefined {
  const written = STATE_AFTER_NAME.exec(text.slice(mention.end, mention.end + 24));
  return written?.[1] ?? written?.[2];
}

/** Whether words written for a state (`Tennessee`, `Tenn.`) name the given state, in full or abbreviated. */
function namesState(written: string, state: string): boolean {
  return written === state || (STATE_ABBREVIATIONS.get(state) ?? []).includes(written);
}

/**
 * The one person named outside quotations before the offset by a mention the test accepts (`text` is the
 * mention's paragraph); none when two people are.
 */
export function onlyPersonNamedBefore(
  reading: ArticleReading,
  paragraph: number,
  offset: number,
  accepts: (person: ArticlePerson, mention: NameMention, text: string) => boolean,
): ArticlePerson | undefined {
  let found: ArticlePerson | undefined;
  for (let index = 0; index <= paragraph; index++) {
    const text = reading.paragraphs[index] as string;
    for (const mention of reading.mentionsByParagraph[index] ?? []) {
      if (mention.inQuote || (index === paragraph && mention.start >= offset)) continue;
      const person = reading.people.byMention.get(mention);
      if (!person || person === found || !accepts(person, mention, text)) continue;
      if (found) return undefined;
      found = person;
    }
  }
  return found;
}

/** A state's offices by the titles and words for their holders: `Sen.` and `the senator` hold a seat in the Senate. */
const STATE_OFFICE_BY_TITLE: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senate'], ['senator', 'senate'], ['rep.', 'house'], ['representative', 'house'], ['congressman', 'house'], ['congresswoman', 'house'],
  ['gov.', 'governor'], ['governor', 'governor'],
]);

/** ` of Arizona`, `, R-Tenn.`, ` (D-W.Va.)`, `, R-Ohio,`: where a person is from, or the state in a party tag, right after a name. */
const STATE_AFTER_NAME = /^(?:\s+(?:of|from)\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)|,?\s+\(?[DRI]-\s?((?:\p{Lu}[\p{L}]*\.)+|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?=[,)])))/u;

/** Words for a body, which a person's title may hold (`State Department Inspector General`). */
const BODY_NOUNS = /^(?:department|committee|ministry|agency|council|commission|bureau|board)$/;

/** Descriptions too common to stand for one person named earlier: `the official`, `the source`. */
const GENERIC_SPEAKERS = /^(officials?|sources?|aides?|people|report|reports|statement|survey|poll|study|research|researchers|analysts?|experts?|critics?|observers?|residents?|witnesses?|police|authorities|government|campaign)$/;

/** `shadow foreign secretary`, `deputy mayor`, `former chancellor`: another office than the one named plainly. */
const OTHER_OFFICE = /\b(?:shadow|deputy|vice|former|ex)\b/gi;
/** `shadow foreign `, `vice `: such a word, and a word or two, right before an office's title. */
const OTHER_OFFICE_BEFORE = /\b(?:shadow|deputy|vice|former|ex)[\s-]+(?:[a-z]+\s+){0,2}$/i;

/**
 * Whether a role's qualifiers (`vice`, `former`) make it another office than the description names: one the
 * description does not say (`the Democratic former president` is not `Vice President Mike Pence`, but is
 * `former President Barack Obama`; `ex` and `former` are one). A title before a name (`asTitle`) is the office
 * held now, so a description's own qualifier must be the title's too (`the former president` is not
 * `President Donald Trump`; `the former butler` may well be `butler Paul Burrell`).
 */
function otherOfficeThan(role: string, description: string, asTitle: boolean): boolean {
  const held = qualifiersOf(role);
  const said = qualifiersOf(description);
  return [...held].some((qualifier) => !said.has(qualifier)) || (asTitle && [...said].some((qualifier) => !held.has(qualifier)));
}

function qualifiersOf(text: string): Set<string> {
  return new Set([...text.matchAll(OTHER_OFFICE)].map((match) => sameQualifier(match[0])));
}

function sameQualifier(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'ex' ? 'former' : lower;
}

/** A sentence that opens with a participle's phrase (`Echoing the new …`, `Following the row …`). */
const PARTICIPLE_OPENING = /^\s*[A-Z][a-z]+ing\s+\p{Ll}[^,]*$/u;

/** ` of South Carolina`, ` from the Bronx`: where an office or a person is from, in capitals, closing an epithet. */
const OF_PLACE = String.raw`\s+(?:of|from|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const OF_PLACE_END = new RegExp(`${OF_PLACE}$`, 'u');

/**
 * `two-term senator`, `then prime minister`, `former secretary of state`, `longtime congressman`: an office with how long
 * or when one held it, which says who held it, not what the office is (after `the`).
 */
const TENURE_IN_OFFICE =
  String.raw`(?:\p{Ll}[\p{Ll}-]*\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})-(?:term|time)|then|former|longtime|long-serving)\s+` +
  String.raw`(?:[\p{L}'’.-]+\s+){0,3}?(?:senator|congressman|congresswoman|representative|governor|president|secretary|minister|premier|mayor|chancellor|director|chairman|chairwoman|speaker|leader|ambassador|envoy|commissioner|judge|justice|general|champion)` +
  String.raw`(?:${OF_PLACE}|\s+of\s+state)?`;

/** `the seven-term congressman`, `the former FBI director`: a description that is an office with its tenure. */
const TENURE_DESCRIPTION = new RegExp(String.raw`^[Tt]he\s+${TENURE_IN_OFFICE}$`, 'u');

/**
 * Descriptions that stand for one person the story is about rather than for an office: an age, an origin,
 * a club or a place before the noun, or a word for a player or performer (`the 21-year-old`, `the Scot`,
 * `the Old Trafford boss`, `the tournament debutant`, `the striker`, `the prop`, `the charity's director`), or
 * for anyone by sex, kin or part (`the man`, `The enraged uncle`, `the fan`, `the guard`; see `EVERYDAY_PERSON`).
 */
export const EPITHET = new RegExp(
  String.raw`^[Tt]he\s+(?:(?:\p{Ll}+\s+)?\d{1,3}-year-old(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?:\s+\p{Lu}\p{Ll}+)?(?:${OF_PLACE})?|${TENURE_IN_OFFICE}|(?:mother|father)-of-[a-z]+|(?:grand)?(?:mother|father)\s+of\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|(?:[\p{L}\d'’-]+\s+){0,3}?(?:` +
    String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,3}[\p{Ll}-]+|` +
    String.raw`[A-Z][a-z]+(?:ard|man|woman|an|ese|ish)|Democrat|(?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}\p{Ll}+(?:er|ian)|` +
    `${NATIONAL_NOUNS}|` +
    // (`the world No. 2`, `the world number one`, `the top seed`: a player by ranking or seeding.)
    String.raw`world\s+(?:No\.|number)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:\p{Ll}+\s+)?seed|` +
    // (`the MP for Sittingbourne and Sheppey`: a member and the seat.)
    String.raw`(?:MP|MEP|MSP|AM)\s+for\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4}|` +
    // (`the former Marine General`: a service and a rank.)
    String.raw`(?:Marine|Army|Navy|Naval|Air\s+Force|Coast\s+Guard)\s+(?:[Gg]eneral|[Cc]olonel|[Aa]dmiral|[Cc]aptain|[Mm]ajor|[Ss]ergeant|[Cc]ommander|[Ll]ieutenant)|` +
    // (`the union leader`, `the port chief`: one who leads a body written in lower case, as `the Labour leader` is by its capital.)
    `billionaire|millionaire|tycoon|mogul|magnate|nominee|candidate|incumbent|striker|midfielder|defender|goalkeeper|keeper|winger|forward|batsman|bowler|opener|all-rounder|spinner|paceman|fly-half|scrum-half|full-back|centre|prop|hooker|lock|flanker|wing|sprinter|hurdler|athlete|golfer|boxer|jockey|debutant|youngster|teenager|veteran|champion|star|singer|actor|actress|rapper|musician|comedian|guitarist|drummer|frontman|film-maker|director|novelist|player|winner|skipper|presenter|host|coach|manager|boss|rower|swimmer|runner|skier|cyclist|rider|driver|pitcher|quarterback|receiver|linebacker|netminder|goaltender|goalie|defenseman|defenceman|MP|MEP|MSP|son|daughter|father|mother|widow|widower|husband|wife|brother|sister|dad|mom|mum|grandmother|grandfather|grandma|grandpa|retiree|pensioner|centenarian|teen|man|woman|girl|boy|uncle|aunt|nephew|niece|cousin|fan|guard|lawmaker|legislator|congressman|congresswoman|businessman|businesswoman|entrepreneur|activist|campaigner|whistleblower|filmmaker|founder|leader|chief|[a-z]+genarian))` +
    // (`the Labour peer and former minister`: a second role joined with `and`.)
    String.raw`(?:\s+and\s+(?:former\s+)?\p{Ll}[\p{Ll}-]*)?$`,
  'u',
);

/** `mother` in `the mother of two`, `father` in `the grandfather-of-five`. */
const PARENT_WORD = /^[Tt]he\s+(?:grand)?(mother|father)(?:-|\s)of\b/;

/** A description that names its organisation: a capitalised name, then the kind of body it is. */
const NAMED_ORGANISATION =
  /^[Tt]he\s+(?:\S+\s+)*?\p{Lu}[\p{L}'’&-]*\s+(?:\S+\s+)*?(?:newspaper|paper|magazine|agency|subsidiary|exchange|company|firm|group|bank|channel|network|website|daily|campaign|administration|government|committee)$/u;

/**
 * `the 21-year-old`, `the Spaniard`, `the Old Trafford boss`, `the tournament debutant`: an epithet that
 * no role of the article matches stands for someone just written about: the speaker of the reported
 * speech just before, the subject of the sentence before, the one who spoke last (within two paragraphs),
 * else, for a plain epithet, the person named most often so far (the first named, on a tie).
 */
function epithetReferent(reading: ArticleReading, description: string, paragraph: number, offset: number, chained = false, clauseGender?: 'm' | 'f'): ArticlePerson | undefined {
  const { people, mentionsByParagraph, lastSpeaker, lastSpeakerAt } = reading;
  // (`the German` is no man's word, for all its ending.)
  const male = /(?:man|men)$/.test(description) && !/\b(?:German|Roman|Norman|Ottoman)s?$/.test(description);
  // (`the mother of two`, `the father-of-three`: a parent's word says the gender wherever it stands.)
  const parent = PARENT_WORD.exec(description)?.[1];
  const gender =
    clauseGender ??
    (parent !== undefined
      ? parent === 'mother'
        ? 'f'
        : 'm'
      : (male && !/(?:woman|women)$/.test(description)) || /\s(?:boy|uncle|nephew)$/.test(description)
        ? 'm'
        : /(?:woman|women|actress|\sgirl|\saunt|\sniece)$/.test(description)
          ? 'f'
          : undefined);
  const fitting = (person: ArticlePerson | undefined): person is ArticlePerson =>
    person?.person === 'yes' && (!gender || !person.gender || person.gender === gender);
  const introduced = introducedWithEpithet(reading, description, paragraph, offset) ?? introducedWithAge(reading, description, paragraph, offset);
  if (fitting(introduced)) return introduced;
  const sentenceStart = reading.sentenceStartAt(paragraph, offset);
  // (`He said the man shouted: “…”`: one a reporter tells of, not yet named, is no one written about before.)
  const everyday = EVERYDAY_PERSON.test(description);
  if (everyday && REPORTER_BEFORE.test((reading.paragraphs[paragraph] as string).slice(Math.max(sentenceStart, offset - 40), offset))) return undefined;
  // `…, Texas Rep. Mike McCaul said Wednesday. “…,” the Republican lawmaker told Fox News.`
  const reported = reportedJustBefore(reading, paragraph, sentenceStart);
  const reporter = reported ? resolveSpeaker(reading, reported).speaker : undefined;
  if (reporter?.kind === 'person' && fitting(reporter.person)) return reporter.person;
  // (`Kalou and Wright-Phillips scored, and Anelka hit the bar. “…,” said the Frenchman.`: the one who
  // acted last in it.)
  const subject = subjectJustBefore(reading, paragraph, sentenceStart, false, true);
  if (fitting(subject)) return subject;
  // (`Tiago Mendes scored twice on Saturday. “…,” the 29-year-old said.`: an epithet only a person is called, an age, a
  // nation or a player's word, makes a full name no list knows that acts at the head of the sentence before a person.)
  const unfamiliar = subject === undefined && !everyday && PERSON_EPITHET_HEAD.test(description) ? unfamiliarSubjectJustBefore(reading, paragraph, sentenceStart) : undefined;
  if (fitting(unfamiliar)) return unfamiliar;
  // (`It was Daniilidou's first win in three attempts. “…,” the Greek said.`: whose win the sentence before
  // is about, when no one acts in it.)
  const owner = subject === undefined ? ownerJustBefore(reading, paragraph, sentenceStart) : undefined;
  if (fitting(owner)) return owner;
  // (`Sen. Patrick J. Leahy … introduced two versions: One would …. The other would …. “…,” the Vermont Democrat
  // said.`: past a sentence that names no one, whom the one before it has act.)
  const twoBack = subject === undefined ? subjectTwoBefore(reading, paragraph, sentenceStart) : undefined;
  if (fitting(twoBack)) return twoBack;
  // `Allan Scott is confident … The 22-year-old Scot finished fourth. “…,” said the East Kilbride athlete.`:
  // an epithet that opens the sentence before stands for the one this one does (followed back once).
  // (`the 46-year-old former governor of South Carolina`: a person by the word before where the office is.)
  const personal = PERSON_EPITHET_HEAD.test(description.replace(OF_PLACE_END, ''));
  const previous = chained || !personal ? undefined : reading.sentenceJustBefore(paragraph, sentenceStart);
  if (previous) {
    const sentence = (reading.paragraphs[previous.where] as string).slice(previous.start, previous.end);
    const opening = EPITHET_OPENING.exec(sentence);
    if (opening?.[1] && EPITHET.test(opening[1]) && PERSON_EPITHET_HEAD.test(opening[1])) {
      const referent = epithetReferent(reading, opening[1], previous.where, previous.start + opening[0].indexOf(opening[1]), true);
      if (fitting(referent)) return referent;
    }
  }
  // `Molik won in 56 minutes. She will now meet Williams. “Bring it on,” said the 23-year-old.`: the one
  // the sentence before calls `he` or `she`.
  const pronoun = pronounJustBefore(reading, paragraph, sentenceStart);
  if (fitting(pronoun)) return pronoun;
  // `Hillary Clinton could beat Trump “again” if she runs, the former secretary of state said`: the one who opens
  // the epithet's own sentence, as the subject of what it reports, before whoever spoke last.
  const opener = openerOfOwnSentence(reading, paragraph, sentenceStart, offset);
  if (fitting(opener)) return opener;
  if (fitting(lastSpeaker) && lastSpeakerAt.paragraph >= paragraph - 2) return lastSpeaker;
  // (`Djokovic strong and healthy for Australian tilt` … `“I feel good,” the Serb said.`: an epithet for a
  // person no sentence near it settles is whom the title names, known as a person from then on.)
  // (`the man`, `the girl`, `the fan`: a word anyone may be called stands only for someone just written about, never
  // for whom the story is about: `“…,” the man wrote` may open a story on someone it names later.)
  const titled = personal && !everyday ? reading.titlePersonFitting(gender) : undefined;
  if (titled) return titled;
  // A club, a state or a party in the epithet (`the Indiana governor`) may well be someone not yet
  // named: only a plain epithet (`the 21-year-old`, `the striker`) falls back to the main person, or
  // any epithet (`the Waterford man`) to the only person the article has named so far.
  const plain = !/^[Tt]he\s+(?:\S+\s+)*?\p{Lu}/u.test(description);
  const counts = new Map<ArticlePerson, number>();
  let best: ArticlePerson | undefined;
  let bestCount = 0;
  for (let index = 0; index <= paragraph; index++) {
    for (const mention of mentionsByParagraph[index] ?? []) {
      if (mention.inQuote || (index === paragraph && mention.start >= offset)) continue;
      const person = people.byMention.get(mention);
      if (!fitting(person) || !person.name.includes(' ')) continue;
      const count = (counts.get(person) ?? 0) + 1;
      counts.set(person, count);
      if (count > bestCount) {
        best = person;
        bestCount = count;
      }
    }
  }
  return !everyday && (plain || (counts.size === 1 && PERSON_HEAD.test(description))) ? best : undefined;
}

/** The person named among the first words of a sentence, as its subject, before an offset later in it. */
function openerOfOwnSentence(reading: ArticleReading, paragraph: number, sentenceStart: number, offset: number): ArticlePerson | undefined {
  const text = reading.paragraphs[paragraph] as string;
  const first = (reading.mentionsByParagraph[paragraph] ?? []).find((mention) => !mention.inQuote && mention.start >= sentenceStart && mention.start < offset);
  if (!first || countWordsUpTo(text.slice(sentenceStart, first.start), 3) > 2 || !actsAsSubject(text, first)) return undefined;
  return reading.people.byMention.get(first);
}

/**
 * `the man`, `The enraged uncle`, `the girl`, `the fan`: a word for anyone (by sex, age, kin or part), perhaps after a
 * word in lower case (not `the Waterford man`, an epithet of place).
 */
const EVERYDAY_PERSON = /^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:man|woman|girl|boy|uncle|aunt|nephew|niece|cousin|fan|guard)$/u;

/** `He said `, `Kilroy-Silk told reporters that `: someone reporting, right before the subject of what they report. */
const REPORTER_BEFORE = /(?:^|\s)(?:[Hh]e|[Ss]he|\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told\s+\p{Ll}+|claimed|claims|added)\s+(?:that\s+)?$/u;

/**
 * `the Argentine` after `Argentine David Nalbandian`: the person last introduced with the epithet's
 * capitalised word just before the name.
 */
function introducedWithEpithet(reading: ArticleReading, description: string, paragraph: number, offset: number): ArticlePerson | undefined {
  const word = /^[Tt]he\s+(\p{Lu}[\p{L}-]*)$/u.exec(description)?.[1];
  if (!word) return undefined;
  return latestMentionWhere(reading, paragraph, offset, (text, mention) => text.endsWith(`${word} `, mention.start));
}

/** The person of the latest name mention before the offset, outside quotations, that the test accepts in its paragraph's text. */
function latestMentionWhere(reading: ArticleReading, paragraph: number, offset: number, accepts: (text: string, mention: NameMention) => boolean): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  for (let index = paragraph; index >= 0; index--) {
    const text = paragraphs[index] as string;
    const mentions = mentionsByParagraph[index] ?? [];
    for (let at = mentions.length - 1; at >= 0; at--) {
      const mention = mentions[at] as NameMention;
      if (mention.inQuote || (index === paragraph && mention.start >= offset)) continue;
      if (accepts(text, mention)) return people.byMention.get(mention);
    }
  }
  return undefined;
}

/** `58` in `the 58-year-old`, `the retired 67-year-old farmer`: the age an epithet gives. */
const AGE_OF_EPITHET = /^[Tt]he\s+(?:\p{Ll}+\s+)?(\d{1,3})-year-old\b/u;

/** `, 58,`, `, 58.`, ` (58)`: an age set off right after a name. */
const AGE_AFTER_NAME_AT = /,\s+(\d{1,3})(?=[,.;])|\s+\((\d{1,3})\)/y;

/** `58-year-old `, `aged 58 `: an age written right before a name (a word in lower case may stand between). */
const AGE_BEFORE_NAME = /(?:(\d{1,3})-year-old|\baged\s+(\d{1,3}))\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * `Ivana Kralj, 58, and her son Luka, 31, fled …. “…,” the 58-year-old said`: the person last given the epithet's age,
 * set off after the name or written before it, whoever acted last.
 */
function introducedWithAge(reading: ArticleReading, description: string, paragraph: number, offset: number): ArticlePerson | undefined {
  const age = AGE_OF_EPITHET.exec(description)?.[1];
  if (!age) return undefined;
  return latestMentionWhere(reading, paragraph, offset, (text, mention) => {
    const after = matchAt(AGE_AFTER_NAME_AT, text, mention.end);
    const before = AGE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
    return (after?.[1] ?? after?.[2] ?? before?.[1] ?? before?.[2]) === age;
  });
}

/** The last word of an epithet for a person (`the East Kilbride athlete`, `the 22-year-old Scot`), not `the US government`. */
const PERSON_EPITHET_HEAD = new RegExp(`(?:man|woman|er|or|ist|ian|athlete|star|champion|player|youngster|veteran|teenager|debutant|coach|boss|billionaire|millionaire|tycoon|mogul|magnate|nominee|candidate|incumbent|executive|\\d-year-old|${NATIONAL_NOUNS})$`);

/** `, and `, `; `: what joins a second clause, whose subject comes next. */
const CLAUSE_JOIN_BEFORE = /(?:,\s*(?:and|but)|;)\s+$/;

/** `The 22-year-old Scot finished`: an epithet as a sentence's subject, before its verb. */
const EPITHET_OPENING = /^\s*((?:The|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:has|had|is|was|will|would|[a-z]+ed)\b/u;

/** The last word of an epithet that can only be a person (`the Waterford man`, `the Minnesota Democrat`), not `the German exchange`. */
const PERSON_HEAD = /(?:man|woman|men|women|er|or|ist|ian|Democrat|Republican)$/;

/**
 * The person who is the subject of the sentence just before a position. With `firstMention`, only one the
 * sentence brings into the article near its start: `Graham Barlow, editor of Mac Format, has a partisan
 * view. “It's just a Mac …”` — someone introduced right before an uncued quotation is the one who speaks.
 */
export function subjectJustBefore(reading: ArticleReading, paragraph: number, sentenceStart: number, firstMention = false, latest = false): ArticlePerson | undefined {
  const before = reading.namesInSentenceJustBefore(paragraph, sentenceStart);
  if (!before) return undefined;
  const { text } = before;
  const { people } = reading;
  let found: ArticlePerson | undefined;
  for (const mention of before.mentions) {
    const person = people.byMention.get(mention);
    // (`Pence was questioned about Trump’s claim`: one whose claim it is does not act in the sentence.)
    if (person?.person !== 'yes' || matchAt(POSSESSIVE_AT, text, mention.end) || !actsAsSubject(text, mention)) continue;
    if (firstMention && (person.mentions[0] !== mention || countWordsUpTo(text.slice(before.start, mention.start), 5) > 4)) continue;
    if (!latest) return person;
    // (With `latest`, a later subject counts only where it opens a clause of its own: `, and Anelka hit`.)
    if (found === undefined || CLAUSE_JOIN_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))) found = person;
  }
  return found;
}

/** The subject of the sentence two before, when the sentence between names no one. */
function subjectTwoBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): ArticlePerson | undefined {
  const before = reading.sentenceJustBefore(paragraph, sentenceStart);
  if (!before || (reading.mentionsByParagraph[before.where] ?? []).some((mention) => mention.start >= before.start && mention.start < before.end)) return undefined;
  return subjectJustBefore(reading, before.where, before.start, false, true);
}

/** The person whose possessive stands among the first words of the sentence just before (`It was Daniilidou's first win`). */
function ownerJustBefore(reading: ArticleReading, paragraph: number, sentenceStart: number): ArticlePerson | undefined {
  const before = reading.namesInSentenceJustBefore(paragraph, sentenceStart);
  if (!before) return undefined;
  const { text } = before;
  for (const mention of before.mentions) {
    if (countWordsUpTo(text.slice(before.start, mention.start), 4) > 3) return undefined;
    const person = reading.people.byMention.get(mention);
    if (person?.person === 'yes' && matchAt(POSSESSIVE_AT, text, mention.end)) return person;
  }
  return undefined;
}

/**
 * A person the article names for the first time within the next two sentences (perhaps in the next
 * paragraph), as the subject of what they did.
 */
export function introducedAhead(reading: ArticleReading, paragraph: number, offset: number): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  let sentences = 0;
  for (let index = paragraph; index < Math.min(paragraphs.length, paragraph + 2) && sentences < 3; index++) {
    const text = paragraphs[index] as string;
    const ends = reading.narrativeEndsOf(index);
    for (const mention of mentionsByParagraph[index] ?? []) {
      if (mention.inQuote || (index === paragraph && mention.start <= offset)) continue;
      const passed = ends.filter((end) => end <= mention.start && (index > paragraph || end > offset)).length;
      if (sentences + passed >= 3) break;
      const person = people.byMention.get(mention);
      if (person?.person === 'yes' && person.mentions[0] === mention && person.name.includes(' ') && actsAsSubject(text, mention)) return person;
    }
    sentences += ends.filter((end) => index > paragraph || end > offset).length;
  }
  return undefined;
}

/**
 * The person the story named beside an office in capitals before an offset: `the Archbishop of
 * Canterbury, Dr Rowan Williams,` or `Ken Livingstone, the Mayor of London,`.
 */
export function namedWithOffice(reading: ArticleReading, office: string, paragraph: number, offset: number): ArticlePerson | undefined {
  const { paragraphs, people, mentionsByParagraph } = reading;
  for (let index = paragraph; index >= 0; index--) {
    const text = paragraphs[index] as string;
    const end = index === paragraph ? offset : text.length;
    for (let at = text.indexOf(office); at >= 0 && at < end; at = text.indexOf(office, at + office.length)) {
      const after = /^,\s+/.exec(text.slice(at + office.length, at + office.length + 3))?.[0];
      const named =
        (after === undefined ? undefined : reading.mentionAt(index, at + office.length + after.length)) ??
        (text.endsWith(', the ', at) ? (mentionsByParagraph[index] ?? []).find((mention) => mention.end === at - 6) : undefined);
      const person = named && !named.inQuote ? people.byMention.get(named) : undefined;
      if (person?.person === 'yes') return person;
    }
  }
  return undefined;
}
