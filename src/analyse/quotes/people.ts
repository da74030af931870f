import { editDistance } from '../../util/edit-distance.js';
import { ACRONYM, abbreviates, initialsOf } from './acronyms.js';
import { type Gender, isKnownFirstName, kinWordBefore } from './given-names.js';
import { SHORT_GIVEN_NAMES } from './lexicon.js';
import { actsAsSubject, SPEAKING_SUBJECT_AT, SPEECH_VERB_BEFORE, wordBefore } from './mention-grammar.js';
import { isActingInitials, type NameMention } from './name-mention.js';
import { GENERATION, isCompassPoint, isNationalityWord, matchAt } from './name-words.js';

/**
 * The people (and organisations) of one article: name mentions clustered so that `Col. Ahmaed Omar Bani`,
 * `Colonel Bani` and `Mr. Bani` are one entity, and a pronoun can be resolved to the latest fitting one.
 */

export interface ArticlePerson {
  /** Index in the article's list, for stable order. */
  index: number;
  surname: string;
  firstName?: string;
  /** The fullest bare form seen (`Ahmaed Omar Bani`). */
  name: string;
  forms: Set<string>;
  gender?: Gender;
  person: 'yes' | 'no' | 'maybe';
  role?: string;
  mentions: NameMention[];
}

const KNIGHTED = /^(?:Sir|Dame)\s/;
/** `Mr `, `Mrs. `: a courtesy title, which a knight or a dame is never called by. */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss)\.?\s/;
/** The particles of surnames (`di Montezemolo`, `van Gaal`, `de Villepin`), lower-cased. */
const NAME_PARTICLE = /^(?:di|de|da|del|della|du|van|von|der|den|le|la|dos|das|ter|ten)$/;
/**
 * `University`, `Hospital`, `Inc.`: the last word of a body's name after its first words (`Ohio State`, `Whole Foods`)
 * when it only says what kind of body it is, so that the first words alone name it too (not `Security Council` after
 * `United Nations`, nor `Acceptance Corp` after `General Motors`: bodies of their own).
 */
const BODY_KIND_REST = /^(?:University|College|Hospital|Market|Service|Inc\.?|Corp\.?|Corporation|Co\.?|Company|Group|Holdings|Ltd\.?|Limited|plc|PLC|LLC)$/;
/** `Uefa Cup`, `Bafta Awards`, `Apple Developer Connection`: a body's event, prize or service, not the body. */
const NOT_THE_BODY = /\s(?:Cup|Awards?|Prize|Trophy|Championships?|Games|League|Festival|Open|Series|Show|Connection|Store|Centre|Stadium|Arena|Park)$/;

/**
 * Whether a person's first full mention follows a word for kin (`wife Sue Paterno`, `his son, John,`), perhaps
 * with a word or two of office between (`his cousin, state Sen. Ian Conyers`).
 */
function introducedAsKin(person: ArticlePerson, paragraphs: readonly string[]): boolean {
  const mention = person.mentions.find((found) => found.bare.includes(' '));
  if (mention === undefined) return false;
  const text = paragraphs[mention.paragraph] ?? '';
  if (kinWordBefore(text, mention.start) || FIRST_LADY_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))) return true;
  // (`Lara Trump, the president’s daughter-in-law`: or by an apposition after the name.)
  if (KIN_IN_APPOSITION_AFTER.test(text.slice(mention.end, mention.end + 48))) return true;
  const between = LOWER_CASE_WORDS_BEFORE.exec(text.slice(Math.max(0, mention.start - 24), mention.start));
  return between !== null && kinWordBefore(text, mention.start - between[0].length);
}

const LOWER_CASE_WORDS_BEFORE = /(?<=\s)(?:[a-z]+\s){1,2}$/;
/**
 * `, the president’s daughter-in-law`, `, his wife`: kin of someone named by a role or a pronoun, set off
 * after a name (not `Larry Hallett, Joan’s husband`: kin of the namesake, who is named in full).
 */
const KIN_IN_APPOSITION_AFTER =
  /^,\s+(?:the\s+\p{Ll}+['’]s|his|her)\s+(?:[a-z]+\s+)?(?:daughter|son|wife|husband|mother|father|brother|sister|widow|grandson|granddaughter|nephew|niece|cousin)(?:-in-law)?\b/u;
/** `first lady Michelle Obama`: the leader's spouse, as kin is. */
const FIRST_LADY_BEFORE = /\b[Ff]irst [Ll]ady,? $/;

/** Of two namesakes, the one named second, when only it was brought in as kin (`wife Sue Paterno`). */
function kinNamedSecond(pair: [ArticlePerson, ArticlePerson], paragraphs: readonly string[]): ArticlePerson | undefined {
  const [one, two] = pair;
  const [first, second] = [one, two].sort(byFirstMention) as [ArticlePerson, ArticlePerson];
  return introducedAsKin(second, paragraphs) && !introducedAsKin(first, paragraphs) ? second : undefined;
}

/** Orders people by where the article first names them. */
function byFirstMention(one: ArticlePerson, two: ArticlePerson): number {
  const [a, b] = [one.mentions[0] as NameMention, two.mentions[0] as NameMention];
  return comesBefore(a, b) ? -1 : comesBefore(b, a) ? 1 : 0;
}

function fits(person: ArticlePerson, mention: NameMention): boolean {
  // (`Di Montezemolo insists` after `Luca di Montezemolo`: the particle capitalised at the head of the
  // surname is no first name, `Di`, whatever gender the lists give it. Nor is the first of two surnames,
  // `López Obrador` after `Andrés Manuel López Obrador`, `Bonham Carter` after `Helena Bonham Carter`.)
  if (mention.firstName && (NAME_PARTICLE.test(mention.firstName) || person.name.split(' ').length > mention.bare.split(' ').length) && person.name.toLowerCase().endsWith(` ${mention.bare.toLowerCase()}`)) return true;
  if (mention.gender && person.gender && mention.gender !== person.gender) return false;
  // `Donald Trump` and `Donald Trump Jr.` are father and son.
  if (mention.firstName && person.firstName && generationOf(mention.bare) !== generationOf(person.name)) return false;
  // `George W. Bush` and `George H.W. Bush` are too: both give middle initials, and they differ.
  if (mention.firstName && person.firstName) {
    const [one, two] = [middleInitials(mention.bare), middleInitials(person.name)];
    if (one !== '' && two !== '' && one !== two) return false;
  }
  // (`Nick Sandmann` after `Nicholas Sandmann`: a given name and its short form are one.)
  if (mention.firstName && person.firstName && mention.firstName !== person.firstName && !shortFormOf(mention.firstName, person.firstName)) {
    // `Hillary Clinton` and `Bill Clinton` are two people; `H. Clinton` may be either, so allow initials.
    // `American Davenport` after `Lindsay Davenport`: a nationality before the surname is no first name.
    return mention.firstName.length <= 2 || person.firstName.length <= 2 || byNationality(mention);
  }
  return true;
}

/** Whether one given name is the other's short form (`nick`, `nicholas`), either way round; both lower case. */
function shortFormOf(one: string, other: string): boolean {
  return (SHORT_GIVEN_NAMES.get(one)?.includes(other) ?? false) || (SHORT_GIVEN_NAMES.get(other)?.includes(one) ?? false);
}

/** Whether a mention's words are a form of the person's name (`American Davenport` is how the story describes Lindsay Davenport, not one). */
function isFormOf(person: ArticlePerson, mention: NameMention): boolean {
  return !(mention.firstName !== person.firstName && byNationality(mention));
}

function byNationality(mention: NameMention): boolean {
  const space = mention.bare.indexOf(' ');
  return !mention.hasTitle && space > 0 && space === mention.bare.lastIndexOf(' ') && isNationalityWord(mention.bare.slice(0, space));
}

/** The initials of the names between the first and the last (`George H.W. Bush` → `HW`, `John Fitzgerald Kennedy` → `F`). */
function middleInitials(name: string): string {
  // Most names have two words and no middle: this runs whenever a mention is matched to a person.
  if (name.indexOf(' ') === name.lastIndexOf(' ')) return '';
  const words = name.split(' ').filter((word) => !GENERATION.test(word));
  return words
    .slice(1, -1)
    .map((word) => (word.includes('.') ? word.replace(/[^\p{Lu}]/gu, '') : word.charAt(0)))
    .join('');
}

/** The generational suffix a full name ends with (`Jr`, `III`), if any. */
function generationOf(name: string): string | undefined {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return GENERATION.test(last) ? last.replace('.', '') : undefined;
}

/** The one candidate with a form that opens with the mention's title (`Defence Secretary …`). */
function sameTitled(candidates: readonly ArticlePerson[], mention: NameMention): ArticlePerson | undefined {
  const title = mention.text.slice(0, mention.text.length - mention.bare.length);
  if (title.trim() === '') return undefined;
  const titled = candidates.filter((candidate) => fits(candidate, mention) && hasFormOpeningWith(candidate, title, mention.text.length));
  return titled.length === 1 ? titled[0] : undefined;
}

/** Whether one of the person's forms opens with these words and is longer than `shorterThan` characters. */
function hasFormOpeningWith(person: ArticlePerson, opening: string, shorterThan = opening.length): boolean {
  for (const form of person.forms) if (form.startsWith(opening) && form.length > shorterThan) return true;
  return false;
}

/** Whether one mention stands before another in the article. */
function comesBefore(first: NameMention, second: NameMention): boolean {
  return first.paragraph < second.paragraph || (first.paragraph === second.paragraph && first.start < second.start);
}

/** `Stade de France`, `Tour de France`: one word, a particle, one word. */
const THING_OF_PLACE = /^\S+\s(?:de|du|des|la|le|di|da)\s\S+$/;

/**
 * `Ban Ki-moon`, `Kim Jong-un`: a family name, then a given name of two syllables joined by a hyphen; or, with one
 * of the commonest Korean family names, written apart (`Kim Jong Un`, `Moon Jae In`).
 */
const KOREAN_NAME =
  /^(?:\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+|(?:Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|Moon|Ban|Roh|Chun) \p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{1,4})$/u;

export class ArticlePeople {
  readonly people: ArticlePerson[] = [];
  readonly byMention = new Map<NameMention, ArticlePerson>();
  private readonly bySurname = new Map<string, ArticlePerson[]>();

  /** Lone capitalised words (`Brega`, `Monday`) that no person has claimed yet, by surname key. */
  private readonly pending = new Map<string, NameMention[]>();

  /**
   * Note a mention in document order. A lone word with no title that names nobody known yet is kept
   * aside rather than made a person: most are places and things, and a later `Moussa Koussa` claims them.
   */
  note(mention: NameMention): void {
    if (!mention.firstName && !mention.hasTitle && mention.person !== 'yes' && !this.bySurname.has(mention.surname)) {
      const list = this.pending.get(mention.surname);
      if (list) list.push(mention);
      else this.pending.set(mention.surname, [mention]);
      return;
    }
    this.add(mention);
  }

  /** The person last named with this surname (`May` after `Brian May`), if any. */
  latestWithSurname(surname: string): ArticlePerson | undefined {
    return this.bySurname.get(surname.toLowerCase())?.at(-1);
  }

  /** Tie a mention to a person, creating one when no earlier person fits. */
  add(mention: NameMention): ArticlePerson {
    const existing = this.byMention.get(mention);
    if (existing) return existing;
    const candidates = this.bySurname.get(mention.surname) ?? [];
    // `Sir Digby` after `Sir Digby Jones`: a knight or dame is called by the first name.
    // `Sharon said` after `Sharon Osbourne`: a first name alone (no title: `Mr Howard` is a surname), where
    // no one has it as a surname, is that person.
    const firstNameAlone = !mention.bare.includes(' ') && (KNIGHTED.test(mention.text) || (!mention.hasTitle && candidates.length === 0 && isKnownFirstName(mention.bare)));
    let person: ArticlePerson | undefined = firstNameAlone ? this.byFirstName(mention) : undefined;
    // `Liu said` after `Liu Xiaming`: a name written family name first is called by that first word, which
    // no list of given names knows; so is `Mr Wen` after `Wen Jiabao` (not `Mr David` after `David Beckham`),
    // and `Mr. Ban` after `Ban Ki-moon`, whose given name is Korean in shape.
    if (!person && !firstNameAlone && candidates.length === 0 && mention.person !== 'no' && !mention.bare.includes(' ')) {
      person = this.byFamilyNameFirst(mention, !mention.hasTitle || !isKnownFirstName(mention.bare));
    }
    if (!person && candidates.length === 0 && mention.hasTitle && !mention.bare.includes(' ')) person = this.byOpeningOfForm(mention);
    // `Defence Secretary Rajapakse` after `Defence Secretary Gotabhaya Rajapakse` and `President Mahinda
    // Rajapakse`: of two of one surname, the one given that title.
    if (!person && candidates.length > 1 && mention.hasTitle && !mention.bare.includes(' ')) person = sameTitled(candidates, mention);
    // `Mrs. Clinton` after `Hillary Rodham Clinton`, then `Bill Clinton`: where one namesake is known to be of
    // the mention's gender, one of unknown gender (both lists hold `Bill`) is not the later mention's.
    // (`Mr Blair` after `Sir Ian Blair` and `Tony Blair`: a knight is never `Mr`.)
    const courtesy = COURTESY_TITLE.test(mention.text);
    const unknighted = courtesy ? candidates.filter((candidate) => ![...candidate.forms].some((form) => KNIGHTED.test(form))) : candidates;
    // (`… and there she was: Barbara Bush,” he said. … Bush said` after `Jeb Bush`: a bare surname in the narrative
    // is a namesake the narrative names, not one named only inside someone's words.)
    const narrated = mention.inQuote || unknighted.length < 2 ? unknighted : unknighted.filter((candidate) => candidate.mentions.some((named) => !named.inQuote));
    const eligible = narrated.length > 0 ? narrated : unknighted;
    const ofMentionsGender = mention.gender !== undefined && eligible.length > 1 && eligible.some((candidate) => candidate.gender === mention.gender);
    // (`Clinton highlighted …` after `Hillary Clinton` all story long and `former president Bill Clinton` named
    // once, paragraphs back: a bare surname is the namesake the story keeps naming, not one named in passing.)
    if (eligible.length > 1 && !mention.hasTitle && !mention.firstName && mention.person !== 'no') person = storyNamesake(eligible, mention);
    for (let index = eligible.length - 1; !person && index >= 0; index--) {
      const candidate = eligible[index] as ArticlePerson;
      if (ofMentionsGender && candidate.gender === undefined) continue;
      // `May said:` after `Brian May`: a lone word that is also a thing's name is the person already named so.
      const loneForPerson = mention.person === 'no' && candidate.person === 'yes' && !mention.firstName && !mention.hasTitle && !mention.bare.includes(' ');
      // (`France` after `the Stade de France`: a lone word is no surname of a thing named `X de Y`.)
      const ofThing = !mention.bare.includes(' ') && !mention.hasTitle && THING_OF_PLACE.test(candidate.name) && !isKnownFirstName(candidate.name.slice(0, candidate.name.indexOf(' ')));
      if (fits(candidate, mention) && ((candidate.person === 'no') === (mention.person === 'no') || loneForPerson) && !otherBody(candidate, mention) && !ofThing) {
        person = candidate;
        break;
      }
    }
    // `RICS added` after `the Royal Institute of Chartered Surveyors`: an acronym that acts is the body it abbreviates.
    if (!person && candidates.length === 0 && isActingInitials(mention)) {
      person = this.byAcronym(mention.bare);
      // (A name that goes by its initials is a body's: `Electronic Arts` is no `he`.)
      if (person?.person === 'maybe') person.person = 'no';
    }
    // `Mr Barot` after `Jacques Barrot`: a titled surname one letter off a person's is a misspelling of it.
    if (!person && candidates.length === 0 && mention.hasTitle && mention.surname.length >= 5) person = this.bySimilarSurname(mention);
    // `Continental said` after `Continental Airlines`, `the Bank's minutes` after `the Bank of England`: the
    // first word of a body's name, alone, is that body.
    // (`Ohio State said` after `Ohio State University`: so are its first words, where the rest only says what kind of body it is.)
    if (!person && candidates.length === 0 && mention.person !== 'yes' && !mention.hasTitle) person = this.byFirstWordOfBody(mention);
    // `said Kudja` after `Jarek Kujda`, `said Daveport` after `Lindsay Davenport`: a lone surname with a typing slip.
    if (!person && candidates.length === 0 && !mention.hasTitle && !mention.bare.includes(' ') && mention.surname.length >= 5) person = this.byMisspeltSurname(mention);
    // `Ocasio Cortez doubled down` after `Alexandria Ocasio-Cortez`: a double surname with its hyphen left out.
    if (!person && candidates.length === 0 && mention.person !== 'no' && !mention.hasTitle) person = this.byUnhyphenatedSurname(mention);
    // `Mr. Haney says` after `Ian Haney López`: a Spanish name's first surname, alone.
    if (!person && candidates.length === 0 && !mention.bare.includes(' ') && mention.person !== 'no') person = this.byFirstOfTwoSurnames(mention);
    if (!person) {
      person = this.newPerson(mention);
      candidates.push(person);
      this.bySurname.set(mention.surname, candidates);
      const earlier = this.pending.get(mention.surname);
      if (earlier) {
        this.pending.delete(mention.surname);
        for (const lone of earlier) if (lone !== mention && (lone.person === 'no') === (person.person === 'no')) this.attach(person, lone);
      }
    }
    this.attach(person, mention);
    // The most recent person with a surname is the one a later bare surname means.
    const list = this.bySurname.get(mention.surname) ?? [];
    if (list.at(-1) !== person) {
      list.splice(list.indexOf(person), 1);
      list.push(person);
    }
    return person;
  }

  /**
   * `the WHO said` after `the World Health Organisation (WHO)`: the body an acronym abbreviates, if the
   * article has named it in full (the acronym becomes one of its forms).
   */
  byAcronym(acronym: string): ArticlePerson | undefined {
    if (!ACRONYM.test(acronym)) return undefined;
    const body = this.byInitials(acronym);
    body?.forms.add(acronym);
    return body;
  }

  private byInitials(acronym: string): ArticlePerson | undefined {
    // The first body named so: an article spells a name out before it uses the initials (`the European
    // Commission (EC)`, and later the `European Council`).
    for (const body of this.people) {
      if (body.person === 'yes') continue;
      // `General Motors`: the form as written, since a word read as a title (`General`) is not in the bare name.
      for (const form of body.forms) if (form.includes(' ') && initialsOf(form) === acronym) return body;
    }
    // (`DOJ` for the `Department of Justice` named before: an `of` may give its letter too; `ICE` for `U.S.
    // Immigration and Customs Enforcement`, the country left out.)
    for (const body of this.people) {
      if (body.person === 'yes') continue;
      for (const form of body.forms) if (abbreviates(form, acronym)) return body;
    }
    // An organisation named once is still set aside (see `note`): the acronym makes it someone who speaks.
    return this.claimPending((mention) => mention.person !== 'yes' && abbreviates(mention.text, acronym));
  }

  /** The first mention still set aside (see `note`) that passes `test`, made one of the article's people. */
  private claimPending(test: (mention: NameMention) => boolean): ArticlePerson | undefined {
    for (const lone of this.pending.values()) {
      const named = lone.find(test);
      if (named) return this.add(named);
    }
    return undefined;
  }

  /** (A full name whose first name the lists lack, `Pranab Mukherjee`, counts: the title says the mention is a person.) */
  private bySimilarSurname(mention: NameMention): ArticlePerson | undefined {
    for (const person of this.people) {
      if (!(person.person === 'yes' || (person.person === 'maybe' && person.name.includes(' '))) || person.surname.length < 5 || person.surname.charAt(0) !== mention.surname.charAt(0)) continue;
      // (`Mr Montieth` after `David Monteith`: two letters swapped are one slip too.)
      if (oneSlipApart(person.surname, mention.surname) && fits(person, mention)) return person;
    }
    return undefined;
  }

  private byFirstWordOfBody(mention: NameMention): ArticlePerson | undefined {
    // A first name alone may be someone's (`Jack said`); before `&`, it is a body's word all the same
    // (`Marsh said` after `Marsh & McLennan`, as in `Ernst & Young`).
    const several = mention.bare.includes(' ');
    // (`the North said` after `North Korea`: a point of the compass is no one's first name here.)
    const opening = isKnownFirstName(mention.bare) && !isCompassPoint(mention.bare) ? `${mention.bare} & ` : `${mention.bare} `;
    const opensBody = (name: string): boolean =>
      several
        ? name.startsWith(opening) && BODY_KIND_REST.test(name.slice(opening.length))
        : // (Not `North Korean`, read as a name in `North Korean officials`: a nation's adjective names no body.)
          (name.startsWith(opening) || clippedFrom(mention.bare, name)) && !NOT_THE_BODY.test(name) && !isNationalityWord(name.slice(name.lastIndexOf(' ') + 1));
    for (let index = this.people.length - 1; index >= 0; index--) {
      const body = this.people[index] as ArticlePerson;
      if (body.person !== 'yes' && body.gender === undefined && opensBody(body.name)) return body;
    }
    // A body named once is still set aside (see `note`): its first word acting makes it one who speaks.
    return this.claimPending((body) => body.person === 'no' && opensBody(body.bare));
  }

  /**
   * The person named in three words or more whose second-last word, no given name, is the mention's: the
   * first of two surnames, as Spanish names have (`Ian Haney López`, `Andrés Manuel López Obrador`).
   */
  private byFirstOfTwoSurnames(mention: NameMention): ArticlePerson | undefined {
    for (const person of this.people) {
      if (person.person !== 'yes') continue;
      const words = person.name.split(' ');
      const second = words.at(-2);
      if (words.length >= 3 && second !== undefined && second.toLowerCase() === mention.surname && !isKnownFirstName(second) && fits(person, mention)) return person;
    }
    return undefined;
  }

  /** The person whose surname is the mention's two words joined by a hyphen (`Ocasio Cortez` for `Ocasio-Cortez`). */
  private byUnhyphenatedSurname(mention: NameMention): ArticlePerson | undefined {
    const space = mention.bare.indexOf(' ');
    if (space < 0 || space !== mention.bare.lastIndexOf(' ')) return undefined;
    const joined = `${mention.bare.slice(0, space)}-${mention.bare.slice(space + 1)}`.toLowerCase();
    return this.bySurname.get(joined)?.find((person) => person.person !== 'no');
  }

  private byMisspeltSurname(mention: NameMention): ArticlePerson | undefined {
    for (const person of this.people) {
      // (`said Daveport` after `Lindsay Davenport`: in a long surname, one letter off is a slip too; `the
      // Osbournes` are a family, no slip for `Osbourne`.)
      // (`said Hassel` after `Brian Hassell`: a doubled letter written once is a slip in a shorter name too.)
      const slip =
        isTransposition(person.surname, mention.surname) ||
        (mention.surname.length >= 5 && doubledLetterApart(person.surname, mention.surname)) ||
        (mention.surname.length >= 7 &&
          person.surname.charAt(0) === mention.surname.charAt(0) &&
          mention.surname !== `${person.surname}s` &&
          oneSlipApart(person.surname, mention.surname));
      if (person.person === 'yes' && person.name.includes(' ') && slip && fits(person, mention)) return person;
    }
    return undefined;
  }

  /** The one a lone first name stands for, as `add` would read it, without adding it (`Melania` after `Melania Trump`). */
  namedByFirstName(mention: NameMention): ArticlePerson | undefined {
    return !mention.bare.includes(' ') && !mention.hasTitle && isKnownFirstName(mention.bare) ? this.byFirstName(mention) : undefined;
  }

  private byFirstName(mention: NameMention): ArticlePerson | undefined {
    // (`Bobby says` after `Bobby Flay`, where `Bobby` alone has meant Bobby Jindal all along: a first name
    // the article already uses alone for one person goes on meaning that person.)
    for (const person of this.people) {
      if (person.firstName === mention.surname && person.person !== 'no' && person.mentions.some((named) => named.bare === mention.bare && !named.hasTitle && comesBefore(named, mention))) {
        return person;
      }
    }
    let later: ArticlePerson | undefined;
    for (let index = this.people.length - 1; index >= 0; index--) {
      const person = this.people[index] as ArticlePerson;
      if (person.firstName !== mention.surname || person.person === 'no' || !person.name.includes(' ')) continue;
      // (A lone word noted late, when it is attributed, is the one of that name who came before it: `Lee
      // said` after `Lee Jae-myung`, though `Lee Sang-min` comes later.)
      if (person.mentions.some((named) => comesBefore(named, mention))) return person;
      later ??= person;
    }
    return later;
  }

  /**
   * `Supriya Jindal` and `Bobby Jindal`, the second called `Bobby`: of two people of one surname, when the
   * narrative calls one by the first name alone, the surname alone means the other (as news writing does for a
   * couple or siblings), whichever of them was named last. Run once every mention is noted.
   */
  separateNamesakes(paragraphs: readonly string[]): void {
    // (Only a first name that acts, `Bobby says`, `Bobby did what had to be done`: `Jarek's younger sister`
    // names her by her brother, who is still `Kujda`.)
    const actsAlone = (mention: NameMention, firstName: string): boolean =>
      mention.surname === firstName && !mention.bare.includes(' ') && !mention.hasTitle && !mention.inQuote && actsAsSubject(paragraphs[mention.paragraph] ?? '', mention);
    // A first name alone is mostly still set aside here (claimed when read as a speaker), or a person of its
    // own (`His wife Sharon`), joined to the full name only when the article is summarised.
    const calledByFirstName = (person: ArticlePerson): boolean => {
      const firstName = person.firstName as string;
      if (person.mentions.some((mention) => actsAlone(mention, firstName))) return true;
      if ((this.pending.get(firstName) ?? []).some((mention) => actsAlone(mention, firstName))) return true;
      return (this.bySurname.get(firstName) ?? []).some((alone) => !alone.name.includes(' ') && alone.mentions.some((mention) => actsAlone(mention, firstName)));
    };
    for (const [surname, sharing] of this.bySurname) {
      // (A namesake whose first name the lists lack is still `maybe` here: sharing a person's surname, it is one too.)
      const named = sharing.filter((person) => person.person !== 'no' && person.firstName !== undefined && person.name.includes(' '));
      // (`Rep. John Conyers Jr.`, then `his son, John Conyers III` and `his cousin, state Sen. Ian Conyers`:
      // when all but the first named were brought in as kin, the surname alone is the first's.)
      if (named.length > 2) {
        this.surnameToFather(named, surname);
        const [first, ...kin] = [...named].sort(byFirstMention);
        if (first && !introducedAsKin(first, paragraphs) && kin.every((person) => introducedAsKin(person, paragraphs))) {
          for (const person of kin) this.moveBareSurname(person, first, surname);
        }
        continue;
      }
      if (named.length === 1 || (named.length === 2 && named.every((person) => introducedAsKin(person, paragraphs)))) {
        this.separateSurnameFromKin([...named].sort(byFirstMention), surname, paragraphs);
        continue;
      }
      if (named.length !== 2) continue;
      if (this.surnameToFather(named, surname)) continue;
      const byFirst = named.filter(calledByFirstName);
      // (`Penn State officials -- including wife Sue Paterno --` in a story on Joe Paterno: one brought in
      // as the other's kin, after the other, leaves the surname alone to the one named first.)
      const calledByFirst = byFirst.length === 1 ? byFirst[0] : byFirst.length === 0 ? kinNamedSecond(named as [ArticlePerson, ArticlePerson], paragraphs) : undefined;
      if (!calledByFirst) {
        // (`Police Chief Calvin Williams said …` and `in the deaths of … Malissa Williams, 30`: the surname alone is
        // the namesake's who speaks, when the other is named once, in passing.)
        // (Not in the paragraph that names the other: `Larry Hallett, Joan’s husband, … “…,” Hallett said.`)
        const speaking = soleSpeakingNamesake(named as [ArticlePerson, ArticlePerson], paragraphs);
        const passing = named[0] === speaking ? (named[1] as ArticlePerson) : (named[0] as ArticlePerson);
        const namedAt = passing.mentions.find((mention) => mention.bare.includes(' '))?.paragraph;
        if (speaking) this.moveBareSurname(passing, speaking, surname, (mention) => mention.paragraph !== namedAt);
        continue;
      }
      this.moveBareSurname(calledByFirst, named[0] === calledByFirst ? (named[1] as ArticlePerson) : (named[0] as ArticlePerson), surname);
    }
  }

  /**
   * `President Donald Trump` and `Donald Trump Jr.`: news calls the son `Trump Jr.`, so the surname alone is
   * the one of the same name without the suffix. Whether any bare surname was moved.
   */
  private surnameToFather(named: readonly ArticlePerson[], surname: string): boolean {
    let moved = false;
    for (const son of named) {
      if (!generationOf(son.name)) continue;
      const fatherName = son.name.slice(0, son.name.lastIndexOf(' ')).replace(/,$/, '');
      const father = named.find((person) => person.name === fatherName);
      if (!father) continue;
      this.moveBareSurname(son, father, surname);
      moved = true;
    }
    return moved;
  }

  /**
   * `President Obama launched …`, then `he and first lady Michelle Obama`: a surname used alone before the
   * full names of it, each brought in as kin (`Lara Trump, the president’s daughter-in-law`, `first lady
   * Melania Trump`), is another person's, whose full name the article never gives; the surname alone stays
   * theirs, after the kin's names too.
   */
  private separateSurnameFromKin(kin: readonly ArticlePerson[], surname: string, paragraphs: readonly string[]): void {
    if (!kin.every((person) => introducedAsKin(person, paragraphs))) return;
    let other: ArticlePerson | undefined;
    for (const person of kin) {
      const full = person.mentions.find((mention) => mention.bare.includes(' '));
      const alone = person.mentions.filter((mention) => !mention.firstName && mention.surname === surname && !mention.bare.includes(' '));
      if (!full || alone.length === 0 || (!other && !alone.some((mention) => comesBefore(mention, full)))) continue;
      if (!other) {
        other = this.newPerson(alone[0] as NameMention);
        this.bySurname.get(surname)?.unshift(other);
      }
      person.mentions = person.mentions.filter((mention) => !alone.includes(mention));
      person.forms = new Set(person.mentions.filter((mention) => isFormOf(person, mention)).map((mention) => mention.text));
      for (const mention of alone) this.attach(other, mention);
    }
  }

  /** A person of the article, first named by this mention (which `attach` then ties to it). */
  private newPerson(mention: NameMention): ArticlePerson {
    // Every field set, even when empty, so that all people share one shape (see `NameMention`).
    const person: ArticlePerson = {
      index: this.people.length,
      surname: mention.surname,
      firstName: mention.firstName || undefined,
      name: mention.bare,
      forms: new Set(),
      gender: undefined,
      person: mention.person,
      role: undefined,
      mentions: [],
    };
    this.people.push(person);
    return person;
  }

  /** Gives `to` the mentions of `from` by the surname alone (`Conyers said`): a namesake's, not its own. */
  private moveBareSurname(from: ArticlePerson, to: ArticlePerson, surname: string, which: (mention: NameMention) => boolean = () => true): void {
    const moved = from.mentions.filter((mention) => !mention.hasTitle && !mention.firstName && mention.surname === surname && !mention.bare.includes(' ') && which(mention));
    if (moved.length === 0) return;
    from.mentions = from.mentions.filter((mention) => !moved.includes(mention));
    for (const mention of moved) this.byMention.set(mention, to);
    to.mentions.push(...moved);
    to.mentions.sort((first, second) => (comesBefore(first, second) ? -1 : comesBefore(second, first) ? 1 : 0));
  }

  /** `President Yoon` after `President Yoon Suk Yeol`: a titled word that opens a form written before. */
  private byOpeningOfForm(mention: NameMention): ArticlePerson | undefined {
    const opening = `${mention.text} `;
    for (let index = this.people.length - 1; index >= 0; index--) {
      const person = this.people[index] as ArticlePerson;
      if (person.person !== 'no' && hasFormOpeningWith(person, opening)) return person;
    }
    return undefined;
  }

  /**
   * The one person whose name (two or three words) opens with this lone word, known to be a person, by
   * that name or by the lone word (`Curie, 21, a Korean exchange student,` after `Curie Kim`). `anyShape`:
   * whether a full name of any shape may be written family name first, or only a Korean one (`Ban Ki-moon`).
   */
  private byFamilyNameFirst(mention: NameMention, anyShape: boolean): ArticlePerson | undefined {
    const shape = anyShape ? /^\S+(?: \S+){1,2}$/ : KOREAN_NAME;
    const matching = this.people.filter(
      (person) => person.firstName === mention.surname && (person.person === 'yes' || (person.person === 'maybe' && mention.person === 'yes')) && shape.test(person.name),
    );
    return matching.length === 1 ? matching[0] : undefined;
  }

  private attach(person: ArticlePerson, mention: NameMention): void {
    this.byMention.set(mention, person);
    person.mentions.push(mention);
    if (isFormOf(person, mention)) person.forms.add(mention.text);
    if (mention.bare.length > person.name.length && mention.bare.split(' ').length > person.name.split(' ').length) person.name = mention.bare;
    if (mention.firstName && !person.firstName) person.firstName = mention.firstName;
    // (`Lance Bottoms said` after `Keisha Lance Bottoms`: a short form opening on the full name's middle name
    // gives no gender; its first word is no first name.)
    if (mention.gender && !person.gender && (!person.firstName || !mention.firstName || mention.firstName === person.firstName)) person.gender = mention.gender;
    if (mention.person === 'yes' && person.person === 'maybe') person.person = 'yes';
  }
}

/** Of two namesakes, the one who speaks under the full name, when the other is named in passing. */
function soleSpeakingNamesake(named: [ArticlePerson, ArticlePerson], paragraphs: readonly string[]): ArticlePerson | undefined {
  const fullNames = (person: ArticlePerson): NameMention[] => person.mentions.filter((mention) => mention.bare.includes(' ') && !mention.inQuote);
  const speaks = (person: ArticlePerson): boolean =>
    fullNames(person).some((mention) => {
      const text = paragraphs[mention.paragraph] ?? '';
      return matchAt(SPEAKING_SUBJECT_AT, text, mention.end) !== null || SPEECH_VERB_BEFORE.has(wordBefore(text, mention.start));
    });
  // (Named in passing: once, and not acting, `the deaths of Timothy Russell, 43, and Malissa Williams, 30`; not
  // `England captain Jason Robinson will miss …`, whom `Robinson said` is still about.)
  const inPassing = (person: ArticlePerson): boolean => {
    const names = fullNames(person);
    return names.length === 1 && !speaks(person) && !actsAsSubject(paragraphs[(names[0] as NameMention).paragraph] ?? '', names[0] as NameMention);
  };
  const [first, second] = named;
  if (speaks(first) && inPassing(second)) return first;
  if (speaks(second) && inPassing(first)) return second;
  return undefined;
}

/**
 * The namesake named three times or more before the latest one, when the latest was named once only, more
 * than two paragraphs before the mention; else none (the latest fitting one is then taken).
 */
function storyNamesake(candidates: readonly ArticlePerson[], mention: NameMention): ArticlePerson | undefined {
  const latest = candidates.at(-1) as ArticlePerson;
  const once = latest.mentions[0];
  if (latest.mentions.length !== 1 || once === undefined || mention.paragraph - once.paragraph <= 2) return undefined;
  for (let index = candidates.length - 2; index >= 0; index--) {
    const candidate = candidates[index] as ArticlePerson;
    if (candidate.person !== 'no' && candidate.mentions.length >= 3 && fits(candidate, mention)) return candidate;
  }
  return undefined;
}

/**
 * `Fed` for the `Federal Reserve`: a word cut short from the first word of a body's name of several words.
 * (Three letters at least, and a word the lists do not give as a first name: `Ben` is no `Benefits Agency`.)
 */
function clippedFrom(word: string, name: string): boolean {
  return word.length >= 3 && name.length > word.length && name.startsWith(word) && /\p{Ll}/u.test(name.charAt(word.length)) && name.includes(' ', word.length) && !isKnownFirstName(word);
}

/** `Bank of England` after `Wells Fargo Bank`: two bodies' names of several words, neither within the other, share a last word only. */
function otherBody(candidate: ArticlePerson, mention: NameMention): boolean {
  return (
    mention.person === 'no' &&
    candidate.person === 'no' &&
    mention.bare.includes(' ') &&
    candidate.name.includes(' ') &&
    !candidate.name.includes(mention.bare) &&
    !mention.bare.includes(candidate.name)
  );
}

/** Whether two words differ by one slip: one letter added, dropped or changed, or two neighbours swapped. */
function oneSlipApart(a: string, b: string): boolean {
  return isTransposition(a, b) || (Math.abs(a.length - b.length) <= 1 && editDistance(a, b) === 1);
}

/** `Hassell` and `Hassel`, `Phillips` and `Philips`: the same but for one letter of a doubled pair. */
function doubledLetterApart(first: string, second: string): boolean {
  const [longer, shorter] = first.length > second.length ? [first, second] : [second, first];
  if (longer.length !== shorter.length + 1) return false;
  for (let at = 0; at + 1 < longer.length; at++) {
    if (longer[at] === longer[at + 1] && longer.slice(0, at) + longer.slice(at + 1) === shorter) return true;
  }
  return false;
}

/** Whether two words differ only by two neighbouring letters swapped (`kujda`, `kudja`). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = 0;
  while (a.charCodeAt(first) === b.charCodeAt(first)) first++;
  return (
    first + 1 < a.length &&
    a.charCodeAt(first) === b.charCodeAt(first + 1) &&
    a.charCodeAt(first + 1) === b.charCodeAt(first) &&
    a.slice(first + 2) === b.slice(first + 2)
  );
}

/**
 * The person of the article whose surname the title gives first (`Ramos refuses to rule out Berbatov sale`
 * → Juande Ramos): a headline names whom the story is about. Read only when asked (few quotations need
 * it), in one pass over the title's words and one over the people.
 */
export function firstPersonInTitle(title: string, people: ArticlePeople): ArticlePerson | undefined {
  const firstAt = new Map<string, number>();
  let index = 0;
  for (const word of title.split(/[^\p{L}'’-]+/u)) {
    const bare = word.replace(/['’]s?$/, '');
    if (bare !== '' && !firstAt.has(bare)) firstAt.set(bare, index);
    index++;
  }
  const bySurname = new Map<string, number>();
  for (const person of people.people) {
    if (person.person === 'no') continue;
    const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
    bySurname.set(surname, (bySurname.get(surname) ?? 0) + 1);
  }
  let found: ArticlePerson | undefined;
  let foundAt = Number.POSITIVE_INFINITY;
  for (const person of people.people) {
    if (person.person === 'no' || person.mentions.every((mention) => mention.inQuote)) continue;
    const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
    const at = firstAt.get(surname);
    // (Two people of that surname: the title says neither.)
    if (at === undefined || at >= foundAt || (bySurname.get(surname) ?? 0) > 1) continue;
    found = person;
    foundAt = at;
  }
  return found;
}
