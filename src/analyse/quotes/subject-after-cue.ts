import { firstTokenText, isCapitalised, isTitleWord, lastWordOf, MONTH, namesPeopleInPlural, TIME_WORDS } from './clause-words.js';
import { isKnownFirstName, KIN_WORD_ALTERNATIVES } from './given-names.js';
import { ISSUED_DOCUMENTS } from './lexicon.js';
import { OF_WORD, officeHolder, PERSON_OR_BODY_WORD, type Subject, subjectOfPart } from './subject-of-part.js';
import { OFFICE_BEFORE_NAME_END } from './subject-of-phrase.js';

/**
 * Who the words right after a cue name (`said Hans Schellnhuber, the director of …`, `according to a copy
 * obtained by …`): the subject of an inverted cue, cut where its name or its role ends. Separate because the
 * readers before and after a quotation, and the owned-words forms, all read a subject in this place.
 */

/** `the Rev. Peter Wherry`, `the Rt. Rev. John Smith`: `the`, an honorific written with its full stop, then a name. */
const HONORIFIC_THEN_NAME_AFTER_CUE = /^\s*the\s+(?:(?:Rt|Very|Most)\.?\s+)?(?:Rev|Revd|Dr|Prof)\.\s+((?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3})/u;

/**
 * ` for Oxfam`, ` at the Department of Homeland Security`: whom a described person speaks or works for, up to a
 * preposition of time or place, a clause or the end (not ` of`, whose object may be anything, `aide of the White
 * House’s outreach`, nor ` from`, where one is from, `a woman from Queens`, whose head word says her gender).
 */
const WHOM_FOR_AT =
  /^\s+(?:for|at|with)\s+(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+(?!(?:on|in|at|after|before|during|when|while|who|whose|which|that|and|but|as|to|by|told|said|says|added)\b)[\p{L}\p{N}'’&.-]+){0,5}(?<!\s(?:of|the|a|an|for|and))/u;

/**
 * `its chairman`, `his coach Peter Stanley`, `his friend and fellow broadcaster`: after a possessive, a word
 * for a person (or any word, then a name).
 */
const POSSESSED_PERSON = new RegExp(
  String.raw`^\s*\S+\s+(?:(?:[a-z-]+\s+)?[a-z-]*(?:man|woman|person|er|or|ist|ian|ant|ent|chief|head|boss|coach|agent|friend|colleague|${KIN_WORD_ALTERNATIVES})\b|[a-z-]+(?:\s+[a-z-]+)?\s+\p{Lu})`,
  'u',
);

/** A name of two to four capitalised words set off by a comma, ending the clause. */
const NAME_IN_APPOSITION = /^,\s*((?:\p{Lu}[\p{L}'’-]*\.?\s){1,3}\p{Lu}[\p{L}'’-]*)(?=\s*(?:[.,;:!?]|$))/u;

/** Where the speaker's phrase after a cue stops: a preposition, a conjunction, a new sentence's capital. */
const CUT = /\s(of|at|in|on|during|after|before|behind|amid|amidst|among|amongst|following|despite|outside|inside|via|through|according|since|until|that|to|as|when|while|who|from|for|with|about|and|but|a|an|last|this|The|A|An|It|He|She|This|But)\s/g;

/**
 * The first place the phrase stops. `behind` stops only a described person (`said the director behind
 * JFK`), not `say those behind the talks`; `a` only a name.
 */
function phraseCut(phrase: string): RegExpExecArray | null {
  const described = /^\s*(?:the|a|an)\s/i.test(phrase);
  CUT.lastIndex = 0;
  for (let cut = CUT.exec(phrase); cut !== null; cut = CUT.exec(phrase)) {
    if ((cut[1] !== 'behind' || described) && (!ARTICLE_CUT.test(cut[1] ?? '') || NAME_END.test(phrase.slice(0, cut.index)))) return cut;
    CUT.lastIndex = cut.index + 1;
  }
  return null;
}

/** `a`, `an`: a cut only after a name (`said Bill Galston a former adviser`, a comma gone), not inside a description. */
const ARTICLE_CUT = /^an?$/;
/** A capitalised word ending the text: the last word of a name. */
const NAME_END = /\p{Lu}[\p{Ll}'’-]+$/u;

/** Up to two lower-case words and a plural noun, the whole phrase (`critics`, `union leaders`). */
const PLURAL_PEOPLE_PHRASE = /^\s*((?:[a-z][a-z-]*\s){0,2}([a-z]+s))\s*$/;

/** ` quoted by `, ` speaking to `, ` writing in `, ` speaking as …`: where or as whom the speaker's words were reported, after the speaker. */
// (`according to a copy obtained by BuzzFeed News`: nor one that came by a document, whose description speaks.)
const REPORTED_BY_AFTER = /\s+(?:quoted|cited|speaking|writing|interviewed|obtained|seen|reviewed)\s+(?:by|in|to|on|at|as|for)\s/;

/** ` “J.C.” ` between two capitalised words of a name: a nickname in quote marks. */
const NICKNAME_INSIDE_NAME = /(?<=^\s*(?:\p{Lu}[\p{L}'’.-]*\s){1,3})[“"][^“”"]{1,24}[”"](?=\s\p{Lu})/u;
/** ` South Bend, Indiana, Mayor Pete Buttigieg`: a town, its state, then an office in capitals and a name, to the phrase's end. */
const TOWN_STATE_THEN_OFFICE_AFTER_CUE =
  /^\s+(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}'’-]*,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*)(?=\s*(?:[.,;]|$))/u;

/** The phrase right after a cue (`said Hans Schellnhuber, the director of …`), if it names someone. */
export function subjectAfterCue(text: string, base = 0): Subject | null {
  if (text.indexOf('“') < 0 && text.indexOf('"') < 0) return readSubjectAfterCue(text, base);
  // (`says Juan Carlos “J.C.” Polanco, a New York attorney`: a nickname in quote marks inside the name is
  // blanked, offsets kept, and the name read whole.)
  const blanked = text.replace(NICKNAME_INSIDE_NAME, (nickname) => ' '.repeat(nickname.length));
  const subject = readSubjectAfterCue(blanked, base);
  return subject && blanked !== text && subject.kind !== 'pronoun' ? { ...subject, text: subject.text.replace(/\s{2,}/g, ' ') } : subject;
}

function readSubjectAfterCue(text: string, base: number): Subject | null {
  // `wrote calin75`, `posted user @jdoe`: a screen name, whoever is behind it.
  const handle = HANDLE_AFTER_CUE.exec(text);
  if (handle?.[1]) return { kind: 'description', text: handle[1], start: base + handle[0].indexOf(handle[1]) };
  // `reads the letter Turner delivered to Cohen`: a document that a name wrote or sent gives its words.
  const sender = DOCUMENT_SENT_BY_AFTER_CUE.exec(text);
  if (sender?.[2]) {
    const named = subjectOfPart(sender[2], base + sender[0].length - sender[2].length - (sender[3] ?? '').length);
    if (named?.kind === 'name') return named;
  }
  // (`said a statement from the council's secretary-general, Farooq Murad.`: a document from someone named in
  // apposition is theirs.)
  const from = DOCUMENT_FROM_NAMED_AFTER_CUE.exec(text);
  // (The document's word is the first group, as `ISSUED_DOCUMENTS` captures it.)
  if (from?.[3]) {
    const named = subjectOfPart(from[3], base + from[0].length - from[3].length);
    if (named?.kind === 'name') return { ...named, role: from[2]?.trim() ?? '' };
  }
  // (`argued South Bend, Indiana, Mayor Pete Buttigieg`: a town and its state, set off by commas, open an
  // office in capitals whose holder spoke.)
  const townOffice = TOWN_STATE_THEN_OFFICE_AFTER_CUE.exec(text);
  const office = townOffice?.[1];
  if (townOffice && office?.split(' ').slice(0, -2).some(isTitleWord)) {
    const named = subjectOfPart(office, base + townOffice[0].length - office.length);
    if (named?.kind === 'name') return named;
  }
  // `said the Rev. Peter Wherry`: the honorific's full stop ends no phrase; the name after it spoke.
  const honoured = HONORIFIC_THEN_NAME_AFTER_CUE.exec(text);
  if (honoured?.[1]) {
    const named = subjectOfPart(honoured[1], base + honoured[0].length - honoured[1].length);
    if (named?.kind === 'name') return named;
  }
  // (`said U.S. Rep. Ilhan Omar`, `said Rear Adm. John Mustin`: the full stop that ends an initialism or a title
  // before a capital ends no phrase.)
  const match = /^\s*((?:[^,.;:!?“”"—–(]|\.(?=[^,.;:!?“”"—–(\s])|(?<=(?:^|\s)(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Det|Cpl|Capt|Prof|Rev|Atty|Supt|Insp|Const|Cst|Adm|Maj|Cmdr|Cdr|Brig|Sens|Reps|Del))\.(?=\s\p{Lu}))+)/u.exec(text);
  const phrase = match?.[1];
  if (!phrase) return null;
  const offset = (match?.index ?? 0) + (match?.[0].length ?? 0) - phrase.length;
  const firstWord = firstTokenText(phrase);
  // (`said April Powers`: a month that is also a given name, before a surname, is a person's.)
  // (`…,” said May.`: a month alone after the cue, no day with it, is a surname: Theresa May's, Albert May's.)
  const monthAsName = MONTH.test(firstWord) && phrase.trim() === firstWord;
  if (firstWord === '' || (TIME_WORDS.test(firstWord) && !monthAsName && !(isKnownFirstName(firstWord) && GIVEN_NAME_THEN_SURNAME.test(phrase)))) return null;
  // `said White House spokesman Josh Earnest`, but not `suggests that Phoenix`: after a complementiser or a
  // preposition the capitalised words open a new clause or an object, not the speaker.
  // (`said team-mate Chris Paterson`: a role word may be hyphenated.)
  // (`says 21-year-old Blake Kitterman`: so may an age.)
  const roleBeforeName = /^\s*(?:[a-z][a-z-]*|\d{1,3}-year-old)(?:\s[a-z][a-z-]*){0,4}\s[A-Z]/.test(phrase) && !CLAUSE_OPENER.test(firstWord);
  // `…, say critics.`, `…, warn union leaders.`: people in the plural, with no determiner, after a cue.
  const plural = PLURAL_PEOPLE_PHRASE.exec(phrase);
  if (plural?.[1] && namesPeopleInPlural(plural[2] ?? '')) return { kind: 'description', text: plural[1], start: base + (match?.index ?? 0) + (match?.[0].indexOf(plural[1]) ?? 0) };
  if (!isCapitalised(firstWord) && !roleBeforeName && !/^(the|a|an|one|another|two|three|some|several|many|those|these|its|his|her|their)$/i.test(firstWord) && !/^(he|she)$/i.test(firstWord)) return null;
  // `said its chairman`, not `stating its determination`: after a possessive, only a word for a person.
  if (/^(its|his|her|their)$/i.test(firstWord) && !POSSESSED_PERSON.test(phrase)) return null;
  // `said UK Chancellor of the Exchequer Gordon Brown`: likewise after the cue.
  const holder = officeHolder(phrase, base + offset);
  if (holder) return holder;
  // (`said Pence's Chief of Staff Marc Short in a statement`: likewise before an aside that says where or when.)
  const aside = OF_WORD.test(phrase) ? ASIDE_AFTER_NAME.exec(phrase) : null;
  const heldBeforeAside = aside ? officeHolder(phrase.slice(0, aside.index), base + offset) : null;
  if (heldBeforeAside) return heldBeforeAside;
  // (`said Cleveland County District Court Judge Thad Balkman`: an office in capitals too long for a name's run,
  // seven words or more, then its holder.)
  const longOffice = LONG_CAPITALISED_PHRASE.test(phrase) ? OFFICE_BEFORE_NAME_END.exec(` ${phrase.trimEnd()}`) : null;
  if (longOffice?.[1]) {
    const at = base + offset + phrase.indexOf(longOffice[1]);
    return { kind: 'name', text: longOffice[1], start: at };
  }
  // `said one analyst quoted by the Agence France Presse news agency`: a participle's phrase after the
  // speaker says where the words were reported, and is no part of who spoke.
  const reportedAt = REPORTED_BY_AFTER.exec(phrase);
  if (reportedAt && reportedAt.index > 0) return subjectAfterCue(text.slice(0, offset + reportedAt.index), base);
  // (`said U.S. Chamber of Commerce spokeswoman Blair Latoff Holmes`: a body's name with `of` in it, a role in
  // lower case and a name: the name spoke, not the body's first words.)
  const bodyRoleName = BODY_OF_ROLE_NAME.exec(phrase);
  if (bodyRoleName?.[1]) {
    const named = subjectOfPart(bodyRoleName[1], base + offset + bodyRoleName[0].length - bodyRoleName[1].length);
    if (named?.kind === 'name') return named;
  }
  // Stop the phrase at a preposition or conjunction: `said Craig Holman of Public Citizen`.
  // …and at a capitalised word that opens a new sentence whose full stop went missing (`analyst Vadim Mitroshin The dispute`).
  const cut = phraseCut(phrase);
  // (`said climate researcher and author Richard Heede at the Climate Accountability Institute`: what follows
  // the `and` is read up to the next preposition, where the body the person is at begins.)
  const afterAnd = cut?.[1] === 'and' ? phrase.slice(cut.index) : '';
  const bodyAfter = afterAnd === '' ? null : /\s(?:at|of|from|with|for)\s/.exec(afterAnd.slice(4));
  const andPart = bodyAfter ? afterAnd.slice(0, 4 + bodyAfter.index) : afterAnd;
  // `said BIFA founder and director Elliot Grove`: an `and` between role words leading to a name does not end it.
  // `added Ernst and Young's Sanjay Mehta`: nor does an `and` inside the name of a body whose person follows.
  const roleAndName =
    cut?.[1] === 'and' &&
    (/^\s*and(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+\p{Ll}[\p{L}-]*){1,4}(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}\s*$/u.test(andPart) ||
      // (`and former Carter speechwriter Hendrik Hertzberg`: a role in lower case may hold a name in capitals.)
      /^\s*and\s+\p{Ll}[\p{L}-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}(?:\s+\p{Ll}[\p{L}-]*){1,2}(?:\s+\p{Lu}[\p{L}'’.-]*){2,3}\s*$/u.test(andPart) ||
      /^\s*and\s+\p{Lu}[\p{L}-]*['’]s(?:\s+\p{Lu}[\p{L}'’.-]*){2,3}\s*$/u.test(andPart) ||
      // `said Economic and Fiscal Policy Minister Heizo Takenaka`: nor an `and` inside an office in capitals.
      // (`said PMW Director and Founder Itamar Marcus`: nor one between offices in capitals before the name.)
      /^\s*and(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s+(?:Minister|Secretary|Commissioner|Founder|Co-founder|Director|President|Chairman|Chairwoman|Chair|CEO|Editor|Publisher)(?:\s+\p{Lu}[\p{L}'’.-]*){2,3}\s*$/u.test(andPart));
  // `said Williams afterwards`: an adverb of time after the name is no part of it.
  const core = (cut && !roleAndName ? phrase.slice(0, cut.index) : cut && bodyAfter ? phrase.slice(0, cut.index + andPart.length) : phrase).replace(/\s+(?:afterwards|later|yesterday|today|again|too|also|recently|earlier)\s*$/, '');
  // `admitted Kiely.`: after the cue, a capitalised word in -ly is a name, not an adverb opening a sentence.
  const lone = /^\s*(\p{Lu}\p{Ll}+ly)\s*$/u.exec(core);
  const read = lone?.[1] ? { kind: 'name' as const, text: lone[1], start: base + offset + lone[0].indexOf(lone[1]) } : subjectOfPart(core, base + offset);
  // (`said a spokeswoman for Oxfam, who declined to be named`: a person described keeps whom they speak or work
  // for, which the cut at the preposition left out.)
  const whose = read?.kind === 'description' && cut && core !== phrase && PERSON_OR_BODY_WORD.test(lastWordOf(read.text)) ? WHOM_FOR_AT.exec(phrase.slice(cut.index)) : null;
  const subject = read && whose ? { ...read, text: read.text + whose[0] } : read;
  // `said the firm's chairman and chief executive, Bill Ford`: role words joined by `and` still describe one person.
  const rolesJoined = cut?.[1] === 'and' && /^\s*and(?:\s+\p{Ll}[\p{L}-]*){1,4}\s*$/u.test(phrase.slice(cut.index));
  // `said the chairman of the Commons education committee, Labour MP Barry Sheerman`: the role may go on with `of`.
  // (`said Opera spokeswoman, Berit Hanson`: a body's name and a role read as no subject, but a name follows.)
  // (`said EEF chief economist, Steve Radley`: a body's name and a role of a few words.)
  const roleOnly = subject === null && core === phrase && /^\s*\p{Lu}[\p{L}&-]*(?:\s+\p{Ll}+){1,3}$/u.test(core) && PERSON_OR_BODY_WORD.test(core.trim());
  if ((subject?.kind === 'description' || roleOnly) && (core === phrase || rolesJoined || cut?.[1] === 'of')) {
    // `said the festival's executive director, Craig Prater.`: the name in apposition is who spoke.
    // (`says his wife, Maha.`: after a short description of kin or role, a name of one word too.)
    const rest = text.slice(offset + phrase.length);
    const named = NAME_IN_APPOSITION.exec(rest) ?? (subject && SHORT_DESCRIPTION.test(subject.text) ? ONE_NAME_IN_APPOSITION.exec(rest) : null);
    if (named?.[1]) {
      const start = offset + phrase.length + named[0].length - named[1].length;
      return { kind: 'name', text: named[1], start: base + start, role: rolesJoined || !subject ? phrase.trim() : subject.text };
    }
  }
  if (subject?.kind === 'name') {
    const rest = text.slice(offset + phrase.length);
    // `says JK, also known as Jason King`: the name the person goes by in full.
    const alias = ALSO_KNOWN_AS.exec(rest);
    if (alias?.[1]) return { kind: 'name', text: alias[1].replace(/\.$/, ''), start: base + offset + phrase.length + alias[0].length - alias[1].length };
    const appositive = /^,\s*((?:a|an|the|who|one)\s[^,.;:!?“”"]+)/i.exec(rest);
    if (appositive?.[1]) subject.role = appositive[1].trim().replace(/^who\s+(is|was)\s+/i, '');
  }
  return subject;
}

/** `April Powers`: a word and a capitalised surname opening the phrase. */
const GIVEN_NAME_THEN_SURNAME = /^\s*\S+\s+\p{Lu}\p{Ll}/u;

/** ` in `, ` on `, ` during `: a preposition right after a capitalised word, where an aside after a name begins. */
const ASIDE_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’.-]*)\s(?:in|on|at|during|after|before|via|through|from|to|with|about|when|while|last|this|who)\s/u;

/** `, also known as Jason King`: the full name after a short one (a stage name's `real name` stays a form of it). */
const ALSO_KNOWN_AS = /^,\s*(?:also\s+)?known\s+as\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})/u;

/** The same right after the cue (`wrote calin75.`), an @-name or a word with a digit. */
const HANDLE_AFTER_CUE = /^\s+(?:user\s+|username\s+|commenter\s+|poster\s+)?(@\w{2,}|[a-z][a-z0-9_.]*\d[a-z0-9_]*)(?=[\s.,;:!?]|$)/;

/** `U.S. Chamber of Commerce spokeswoman Blair Latoff Holmes`: a body's name with `of`, a person's role in lower case, then a name ending the phrase. */
const BODY_OF_ROLE_NAME =
  /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:[a-z][a-z-]*\s+){0,2}(?:spokes(?:wo)?man|spokesperson|chief|president|director|chairman|chairwoman|official|economist|analyst|secretary|head|boss|manager|adviser|advisor|lawyer|attorney|executive|governor|researcher|professor)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*$/u;

/** Seven capitalised words or more and nothing else: longer than a name's own run. */
const LONG_CAPITALISED_PHRASE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){6,}\p{Lu}[\p{L}.'’-]*\s*$/u;

/** `his wife`, `the spokesman`: a short description of kin or role, in lower case after its determiner. */
const SHORT_DESCRIPTION = /^(?:his|her|their|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/;
/** `, Maha.`: a name of one word in apposition, closing the phrase. */
const ONE_NAME_IN_APPOSITION = /^,\s*(\p{Lu}[\p{L}'’-]*)(?=\s*(?:[.,;!?]|$))/u;

/** ` a statement from the council's secretary-general, Farooq Murad`: a document from a role, then the name. */
const DOCUMENT_FROM_NAMED_AFTER_CUE = new RegExp(
  `^\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+)?${ISSUED_DOCUMENTS.source}\\s+(?:from|by)\\s+([^,.;:“”"]{2,60}),\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}\\p{Lu}[\\p{L}'’-]*)(?=\\s*(?:[.,;]|$))`,
  'u',
);
/** ` the letter Turner delivered`, ` a statement Smith released`: a document, then the name that sent it. */
const DOCUMENT_SENT_BY_AFTER_CUE = new RegExp(
  `^\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+)?${ISSUED_DOCUMENTS.source}\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*)(\\s+(?:delivered|sent|wrote|issued|signed|released|posted|penned|drafted|submitted|tweeted))\\b`,
  'u',
);

const CLAUSE_OPENER = /^(that|if|whether|how|what|why|where|when|to|it|this|there|in|on|at|for|with|by|from|about|of|into|as|via|through|over|during|after|before)$/;
