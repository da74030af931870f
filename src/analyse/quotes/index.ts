import type { Article } from '../../corpus/types.js';
import type { Quotation, QuoteAnalysis, Speaker } from '../types.js';
import { ACRONYM, corpusAcronyms, spelledOut } from './acronyms.js';
import { type ExtractedQuotation, extractArticleQuotes } from './extract.js';
import { familyNameFirst, isKnownFirstName, kinWordBefore } from './given-names.js';
import { PEERAGE, PERSON_TITLES, partyName } from './lexicon.js';
import type { QuotePiece } from './marks.js';
import type { NameMention } from './name-mention.js';
import { assignOffices } from './offices.js';
import type { ArticlePerson } from './people.js';

export { extractArticleQuotes } from './extract.js';
export type { QuotePiece } from './marks.js';

/**
 * Every direct quotation of the corpus with its speaker, and every person the articles name, quoted or
 * not. One pass of regular-expression scanning per paragraph: no parser, so that it keeps up with indexing.
 */

export interface DetailedQuoteAnalysis {
  analysis: QuoteAnalysis;
  /** The quote pieces of each quotation (same order as `analysis.quotations`), for evaluation. */
  pieces: QuotePiece[][];
}

const normalisedCache = new Map<string, string>();
function normalisedName(name: string): string {
  let answer = normalisedCache.get(name);
  if (answer === undefined) {
    answer = normalised(name);
    if (normalisedCache.size < 100_000) normalisedCache.set(name, answer);
  }
  return answer;
}

function normalised(name: string): string {
  // Printable ASCII has no accents or curly apostrophes to remove: the common case skips those steps.
  if (!/[^ -~]/.test(name)) return name.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  // Decompose accents only when there are any: this runs once per person per article.
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const slugCache = new Map<string, string>();
/** Names repeat across articles (`Tony Blair` in hundreds): each is normalised once. */
function slug(name: string): string {
  let answer = slugCache.get(name);
  if (answer === undefined) {
    answer = normalised(name).replace(/ /g, '-') || 'unnamed';
    if (slugCache.size < 100_000) slugCache.set(name, answer);
  }
  return answer;
}

/** Whether a name has several words, without splitting it. */
function isSeveralWords(name: string): boolean {
  return name.indexOf(' ') >= 0;
}

function wordTotal(name: string): number {
  let count = 1;
  for (let index = name.indexOf(' '); index >= 0; index = name.indexOf(' ', index + 1)) count++;
  return count;
}

/**
 * A role reads as a noun phrase: short, no verb of its own, no figures (`a senior rebel officer`); roles
 * joined by `and` each end in a word for a person (`the chairman and chief executive`, not `the Middle
 * East peace process and Northern Ireland`, a list the name stood in).
 */
export function plausibleRole(role: string): boolean {
  const words = role.split(/\s+/);
  return (
    words.length <= 10 &&
    !/\d/.test(role) &&
    // (`where some senior` Tories: a clause's conjunction and what follows it describe no one; nor does a
    // clause with a subject of its own, `the sexist attitudes they came across`, `Zuckerberg made the comment
    // after`, `transcript also shows`; nor someone else's role, `his supervisor at the time`.)
    !/\b(will|would|has|have|had|is|are|was|were|be|been|said|says|told|who|which|that|when|where|whereas|while|because|although|if|they|we|he|she|made|makes|show|shows|showed|found|finds|took|gave|got|went|came|what|whom|him|her|his|their|them|its|our|my)\b/i.test(role) &&
    // (`As`, `how`: a lone word that opens a clause; `the Financial Times`: a paper or a body named, not what
    // someone is; `former`, `fellow`, `elder`: an adjective alone.)
    !/^(?:as|how|why|what|so|then|now|former|fellow|elder|younger|older|other|latter|later|earlier|since|part|jubilant|then-candidate|state)$/i.test(role) &&
    // (`Earlier`, `Observes`: one capitalised word is a role only as a title, `Chairman`; `tearful`, `angry`:
    // a mood is no role.)
    !(/^\p{Lu}\p{Ll}+$/u.test(role) && !PERSON_TITLES.has(role.toLowerCase()) && !/(?:man|woman|person)$/.test(role)) &&
    !/^(?:\p{Ll}+(?:ful|less|ous|ish)|angry|upset|local|emotional|delighted|furious|proud|happy)$/u.test(role) &&
    !/^the(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(role) &&
    !/\b(of|in|on|at|for|to|and|with|by|the|a|an|after|before|since|ahead|about|against|into|than)$/i.test(role) &&
    // (`Labour's`, `for the Liberal Democrats`, `Last week`, `ex-Home`: a name's possessive, a phrase that
    // belongs to the sentence, a time, or an office cut short are no roles.)
    /\p{L}{2}/u.test(role) &&
    !/['’]s?$/.test(role) &&
    !/^(?:for|from|of|in|at|with|by|on|to|as)\s/i.test(role) &&
    !/^(?:last|next|this|earlier|later)\s+(?:week|month|year|night|weekend|season|\p{Lu}\p{Ll}+day)\b/iu.test(role) &&
    !/^ex-\p{Lu}\S*$/u.test(role) &&
    (!role.includes(' and ') || role.split(' and ').every((part) => PERSON_HEAD.test(part))) &&
    !NOT_A_ROLE.test(role) &&
    !NOT_A_ROLE_CASED.test(role) &&
    // (`Mr Smith's departure`: someone's thing is a role only when it is a person, `Trump’s former attorney`.)
    (!POSSESSIVE_OPENING.test(role) || PERSON_HEAD.test(role))
  );
}

/**
 * More that an apposition read as a role shows to be something else: a time (`Shortly after those episodes`,
 * `During Pompeo's visit`), someone else's role (`A spokesperson for …`, `The office of the British prime
 * minister`), a label (`Washington/ New Delhi: US President`), a title cut short (`an ally of Mr`), a purpose
 * (`vying to challenge …`).
 */
const NOT_A_ROLE = new RegExp(
  [
    String.raw`^(?:During|Hours|Days|Weeks|Months|Years|Moments|Shortly|Since|After|Before|Soon|Just|When|While)\b`,
    String.raw`^(?:an?|the)\s+(?:office|spokes(?:man|woman|person)|aide|lawyer|attorney)\s+(?:of|for|to)\b`,
    `[:/]`,
    // (`an ally of Mr`, `a professor … at Washington University in St`: a title or an abbreviation cut short.)
    String.raw`\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Lt|Gen)$`,
    // (`vying to challenge …`, `set to retire`.)
    String.raw`^(?:\p{L}+ing|set|due)\s+to\b`,
  ].join('|'),
  'iu',
);
/**
 * The same, where case tells: a name and a verb in the past (`Zuckerberg announced`), a capital alone at the
 * end (`the former U`), an adverb and an adjective (`usually brash`, `openly disdainful of …`).
 */
const NOT_A_ROLE_CASED = /\p{Lu}[\p{L}'’-]+\s+(?:also\s+)?\p{Ll}+ed\b|\s\p{Lu}\.?$|^\p{Ll}+ly\s+\p{Ll}+(?:\s+(?:of|about|to)\b.*)?$/u;

/**
 * `Scranton       Times-Tribune columnist`: a role or a description read with a state, a tag or a quotation
 * blanked inside it (offsets kept), as readers see it.
 */
function singleSpaced(text: string): string {
  return text.replace(/\s{2,}/g, ' ');
}

/** `Mr Smith's `, `Donald Trump’s `: a role that opens with someone's possessive. */
const POSSESSIVE_OPENING = /^(?:\S+\s+){0,2}\S+['’]s\s/;

/** The last word of a role that names a person: `officer`, `minister`, `chief`, `MP`. */
const PERSON_HEAD =
  /(?:er|or|ist|ian|man|woman|ant|ent|ee|chief|head|boss|leader|minister|secretary|chancellor|officer|MP|MEP|MSP|AM|peer|captain|coach|manager|star|executive|chair|member|aide|adviser|friend|wife|husband|son|daughter|mother|father|brother|sister|partner|colleague|candidate|champion|founder|owner|governor|mayor|judge|envoy|ambassador|commissioner|attorney|deputy|nominee|ally|rival|president|counsel|spokesperson|lawmaker|legislator|official|analyst|economist|strategist|pollster|correspondent|host|anchor)$/;

/** `X, a senior rebel officer,` or `a senior rebel officer, X,`: the role an apposition gives a person. */
function appositionRole(text: string, start: number, end: number): string | undefined {
  // Offsets checked before reading: a read past either end of the text deoptimises the compiled caller.
  const commaAfter = end < text.length && text.charCodeAt(end) === 44;
  if (!commaAfter && !(start >= 2 && text.charCodeAt(start - 2) === 44)) return undefined;
  const after = /^,\s+((?:a|an|the)\s[^,.;:“”"()]{3,80}?)(?:,|\.|$)/.exec(text.slice(end, end + 100));
  if (after?.[1] && plausibleRole(after[1].trim())) return after[1].trim();
  // `a senior rebel officer, Col. Bani, pleaded`: the name must be set off by commas on both sides.
  if (!commaAfter) return undefined;
  const before = /(?:^|[.;:]\s|,\s|\b(?:and|but)\s)((?:[Tt]he|[Aa]n?)\s[^,.;:“”"()]{3,80}),\s*$/.exec(text.slice(Math.max(0, start - 100), start));
  if (before?.[1] && plausibleRole(before[1].trim())) return before[1].trim();
  return undefined;
}

function pieceText(paragraphs: readonly string[], piece: QuotePiece): string {
  return (paragraphs[piece.paragraph] ?? '').slice(piece.contentStart, piece.contentEnd).trim().replace(/[,;:]$/, '');
}

function quotationText(paragraphs: readonly string[], pieces: QuotePiece[]): string {
  let text = '';
  pieces.forEach((piece, index) => {
    const part = pieceText(paragraphs, piece);
    if (index === 0) text = part;
    else text += piece.continuesPrevious ? ` ${part}` : ` … ${part}`;
  });
  return text;
}

type SpeakerDraft = Speaker;

const ROYAL_TITLE = /^(?:Prince|Princess|King|Queen|Emperor|Pope)\s/;

interface FullName {
  name: string;
  gender?: 'm' | 'f';
  articles: number;
  /** Also called by a peerage (`Lord Goldsmith`) somewhere: a peer's bare surname may be this person. */
  peer: boolean;
}

class SpeakerRegistry {
  readonly drafts = new Map<string, SpeakerDraft>();
  /** Full (several-word) names by surname, to give a bare `Blair` the corpus's `Tony Blair`. */
  private readonly fullNamesBySurname = new Map<string, Map<string, FullName>>();
  private readonly roleVotes = new Map<SpeakerDraft, Map<string, number>>();

  noteFullName(person: PersonSummary): void {
    // (`Lord Bach` is a peer's whole name, but no first name and surname for a bare `Bach` to take.)
    if (!isSeveralWords(person.name) || PEERAGE.test(person.name)) return;
    const names = this.fullNamesBySurname.get(person.surname) ?? new Map<string, FullName>();
    const key = normalisedName(person.name);
    const known = names.get(key);
    const peer = person.peer;
    if (known) {
      known.articles++;
      known.gender ??= person.gender;
      known.peer ||= peer;
    } else {
      // All fields set, even when empty, so that every entry shares one hidden class.
      names.set(key, { name: key, gender: person.gender || undefined, articles: 1, peer });
    }
    this.fullNamesBySurname.set(person.surname, names);
  }

  /**
   * A bare surname belongs to the full name the corpus uses most for it, among those of a fitting gender
   * (`Mrs Blair` is not Tony Blair).
   */
  idFor(person: PersonSummary): string {
    if (isSeveralWords(person.name) || person.organisation) return slug(person.name);
    // `Prince Charles`: a royal's one name is a given name, no surname for Ray Charles to share.
    for (const form of person.forms) if (ROYAL_TITLE.test(form)) return slug(person.name);
    let best: FullName | undefined;
    // `Lord Bach` is no Johann Sebastian Bach: a peer takes only a full name the corpus also gives a peerage.
    const peer = person.peer;
    for (const candidate of this.fullNamesBySurname.get(person.surname)?.values() ?? []) {
      if (person.gender && candidate.gender && person.gender !== candidate.gender) continue;
      if (peer && !candidate.peer) continue;
      if (!best || candidate.articles > best.articles) best = candidate;
    }
    return slug(best ? best.name : person.name);
  }

  draft(id: string, name: string, unnamed: boolean): SpeakerDraft {
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = { id, name, forms: [], unnamed, articleIds: [], quoteCount: 0, mentions: [], role: undefined };
      this.drafts.set(id, draft);
    }
    if (name.length > draft.name.length && wordTotal(name) > wordTotal(draft.name)) draft.name = name;
    return draft;
  }

  /** A role an article gives the person; the one most articles give wins (see `speakers`). */
  voteRole(draft: SpeakerDraft, role: string): void {
    // (An apposition read as a role is checked here too, as a quotation's is: `Zuckerberg made the comment after`.)
    if (!plausibleRole(role)) return;
    let votes = this.roleVotes.get(draft);
    if (!votes) {
      votes = new Map<string, number>();
      this.roleVotes.set(draft, votes);
    }
    votes.set(role, (votes.get(role) ?? 0) + 1);
  }

  addForm(draft: SpeakerDraft, form: string): void {
    if (form.length > 0 && !draft.forms.includes(form)) draft.forms.push(form);
  }

  addMention(draft: SpeakerDraft, articleId: string, paragraph: number): void {
    // An article's mentions of one person arrive in paragraph order, so a repeat is always the last one.
    const last = draft.mentions.at(-1);
    if (last && last.articleId === articleId && last.paragraph >= paragraph) {
      if (last.paragraph === paragraph || draft.mentions.some((mention) => mention.articleId === articleId && mention.paragraph === paragraph)) return;
    }
    draft.mentions.push({ articleId, paragraph });
    if (draft.articleIds.at(-1) !== articleId && !draft.articleIds.includes(articleId)) draft.articleIds.push(articleId);
  }

  speakers(): Speaker[] {
    // The role most articles give, the first given on a tie: one article's odd apposition does not stand for a
    // person the corpus describes a hundred times.
    for (const [draft, votes] of this.roleVotes) {
      let best: string | undefined;
      let bestVotes = 0;
      for (const [role, count] of votes) {
        if (count > bestVotes) {
          best = role;
          bestVotes = count;
        }
      }
      draft.role = best;
    }
    return [...this.drafts.values()];
  }
}

/** `Lord Bach`, when the article gives a peer no other full name: the name readers know the peer by. */
function peerageName(person: ArticlePerson): string | undefined {
  if (isSeveralWords(person.name)) return undefined;
  for (const form of person.forms) if (PEERAGE.test(form) && form.endsWith(` ${person.name}`)) return form;
  return undefined;
}

function hasPeerage(forms: ReadonlySet<string>): boolean {
  for (const form of forms) if (form.length > 5 && PEERAGE.test(form)) return true;
  return false;
}

/** What the corpus-wide pass keeps of one person of one article, once the article's analysis is dropped. */
interface PersonSummary {
  name: string;
  surname: string;
  gender?: 'm' | 'f';
  /** Forms as written in the article, besides `name` and `bareSurname`. */
  forms: ReadonlySet<string>;
  /** The last word of a person's full name (`Bani`), a form readers ask by. */
  bareSurname?: string;
  /** 1-based paragraphs that mention the person, in order, each once. */
  paragraphs: number[];
  role?: string;
  /** Known to be a person (title, first name, quoted) rather than a capitalised word. */
  named: boolean;
  /** Known not to be a person (`Associated Press`): never one of the corpus's people by surname. */
  organisation: boolean;
  /** Called by a peerage in the article (`Lord Goldsmith`). */
  peer: boolean;
}

interface ArticleSummary {
  article: Article;
  people: PersonSummary[];
  quotations: { quotation: Quotation; pieces: QuotePiece[]; person?: number; with?: number[]; description?: string; role?: string; office?: string }[];
}

/**
 * The one name a body goes by across the corpus, when this is one: `Lib Dems` and `the Liberal Democrats`
 * are the Liberal Democrats; `QCA` is the name the article spells out before `(QCA)`, or else the one
 * other articles spell out for it (`the IAAF`).
 */
function bodyName(name: string, article: Article, acronyms: ReadonlyMap<string, string>): string | undefined {
  const bare = name.replace(/^the\s+/i, '');
  return partyName(name) ?? spelledOut(article.paragraphs, bare) ?? (ACRONYM.test(bare) ? acronyms.get(bare) : undefined);
}

/**
 * One article's quotations and people, reduced to what the corpus needs. Done article by article so that
 * the heavy per-article analysis (every name mention, every quote piece) can be dropped at once.
 */
function summarise(article: Article, acronyms: ReadonlyMap<string, string>): ArticleSummary {
  const found = extractArticleQuotes(article.paragraphs, article.titleIsDerived ? undefined : article.title);
  const quoted = new Set<ArticlePerson>();
  for (const quotation of found.quotations) {
    if (quotation.speaker?.kind === 'person') quoted.add(quotation.speaker.person);
    for (const other of quotation.with ?? []) quoted.add(other);
  }
  const people: PersonSummary[] = [];
  const indexOf = new Map<ArticlePerson, number>();
  const firstNamed = firstNamesOfFullNames(found.people.people, article.paragraphs);
  for (const person of found.people.people) {
    if (person.person !== 'yes' && !quoted.has(person)) continue;
    if (firstNamed.has(person)) continue;
    // The person's own list is read as it is; only one that takes in a first name alone is copied.
    let mentions = person.mentions;
    for (const [alone, full] of firstNamed) if (full === person) mentions = [...mentions, ...alone.mentions];
    let sorted = true;
    for (let index = 1; index < mentions.length; index++) if ((mentions[index] as NameMention).paragraph < (mentions[index - 1] as NameMention).paragraph) sorted = false;
    const inOrder = sorted ? mentions : [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const paragraphs: number[] = [];
    let role = person.role && plausibleRole(person.role) ? person.role : undefined;
    for (const mention of inOrder) {
      if (paragraphs.at(-1) !== mention.paragraph + 1) paragraphs.push(mention.paragraph + 1);
      const text = article.paragraphs[mention.paragraph] ?? '';
      role ??= appositionRole(text, mention.start, mention.end);
      // `JK, also known as Jason King`, `Jay-Z, real name Shawn Carter`: the other name is a form readers ask by.
      if (text.charCodeAt(mention.end) === 44) {
        const alias = ALIAS_AFTER.exec(text.slice(mention.end, mention.end + 60))?.[1];
        if (alias) person.forms.add(alias);
      }
    }
    // (`Lil and Jarad Bernstein stood …. “…,” Lil said`: a given name alone before `and` and a full name shares
    // its surname.)
    const coupled = coupledFullName(person, found.mentions, article.paragraphs);
    if (coupled) {
      person.forms.add(coupled);
      person.name = coupled;
      person.surname = coupled.slice(coupled.lastIndexOf(' ') + 1);
    }
    // The bare surname is how a reader asks for the person (`/quote Bani`).
    // (`Roh` for `Roh Jae-cheon`, whose family name comes first.)
    const lastSpace = person.name.lastIndexOf(' ');
    const familyFirst = familyNameFirst(person.name.split(' '));
    const bareSurname = lastSpace >= 0 && person.person === 'yes' ? (familyFirst ? person.name.slice(0, person.name.indexOf(' ')) : person.name.slice(lastSpace + 1)) : undefined;
    // The article's own set of forms is kept, not copied: the corpus pass reads it once.
    const body = bodyName(person.name, article, acronyms);
    const summary: PersonSummary = {
      name: body ?? peerageName(person) ?? person.name,
      surname: person.surname,
      forms: person.forms,
      gender: person.gender || undefined,
      bareSurname: bareSurname || undefined,
      paragraphs,
      role: role ? singleSpaced(role) : undefined,
      named: person.person === 'yes',
      organisation: person.person === 'no' || body !== undefined,
      peer: hasPeerage(person.forms),
    };
    indexOf.set(person, people.length);
    people.push(summary);
  }
  for (const [alone, full] of firstNamed) {
    const index = indexOf.get(full);
    if (index !== undefined) indexOf.set(alone, index);
  }
  const quotations: ArticleSummary['quotations'] = found.quotations.map((extracted) => {
    return {
      quotation: toQuotation(article, extracted),
      pieces: extracted.pieces,
      person: extracted.speaker?.kind === 'person' ? indexOf.get(extracted.speaker.person) : undefined,
      with: extracted.with?.map((other) => indexOf.get(other)).filter((index): index is number => index !== undefined),
      description: extracted.speaker?.kind === 'description' ? singleSpaced(extracted.speaker.text) : undefined,
      role: extracted.role && plausibleRole(extracted.role) ? singleSpaced(extracted.role) : undefined,
      office: extracted.office,
    };
  });
  return { article, people, quotations };
}

/**
 * `Lil and Jarad Bernstein`, `Barack and Michelle Obama`: the full name a given name alone shares a surname with,
 * where it stands right before `and` and a given name and a surname (not a titled one, `Lil and Mr Jarad Bernstein`).
 */
function coupledFullName(person: ArticlePerson, mentions: readonly NameMention[], paragraphs: readonly string[]): string | undefined {
  if (person.name.includes(' ') || !isKnownFirstName(person.name)) return undefined;
  for (const mention of person.mentions) {
    const text = paragraphs[mention.paragraph] ?? '';
    if (!text.startsWith(' and ', mention.end)) continue;
    const partner = mentions.find((other) => other.paragraph === mention.paragraph && other.start === mention.end + 5);
    const words = partner?.bare.split(' ');
    if (words?.length === 2 && isKnownFirstName(words[0] as string) && !partner?.hasTitle) return `${person.name} ${words[1]}`;
  }
  return undefined;
}

/**
 * `Sharon, who also appears in the show, agreed. … Sharon Osbourne is currently …`: a first name alone,
 * written before the full name it belongs to, is that person when one full name alone has it.
 */
function firstNamesOfFullNames(people: readonly ArticlePerson[], paragraphs: readonly string[]): Map<ArticlePerson, ArticlePerson> {
  const found = new Map<ArticlePerson, ArticlePerson>();
  for (const alone of people) {
    // (`Mr Howard`, `Prince Charles`, `ex-King Michael`: a title makes the word a surname or a royal's name.)
    if (alone.name.includes(' ') || !isKnownFirstName(alone.name) || alone.mentions.some((mention) => mention.hasTitle)) continue;
    const prefix = `${alone.name} `;
    let full: ArticlePerson | undefined;
    let count = 0;
    for (const other of people) {
      if (other !== alone && other.person === 'yes' && other.name.startsWith(prefix)) {
        full = other;
        count++;
      }
    }
    if (!full || count !== 1 || (alone.gender && full.gender && alone.gender !== full.gender)) continue;
    // Only a first name written before the full name: after it, the article has already chosen not to merge.
    if ((alone.mentions[0]?.paragraph ?? 0) > (full.mentions[0]?.paragraph ?? 0)) continue;
    // `Ozzy's wife Sharon` is Sharon Osbourne, of the family named; `his son Nick` is no Nick Vaughan.
    const kin = alone.mentions.some((mention) => kinWordBefore(paragraphs[mention.paragraph] ?? '', mention.start));
    const surname = full.surname;
    if (kin && !people.some((other) => other !== full && other !== alone && other.surname === surname)) continue;
    found.set(alone, full);
  }
  return found;
}

const ALIAS_AFTER = /^,\s+(?:also known as|better known as|real name|born|aka)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})/u;

export function analyseQuotesDetailed(articles: Article[]): DetailedQuoteAnalysis {
  const registry = new SpeakerRegistry();
  const acronyms = corpusAcronyms(articles);
  const summaries = articles.map((article) => summarise(article, acronyms));
  for (const summary of summaries) for (const person of summary.people) if (person.named) registry.noteFullName(person);

  const quotations: Quotation[] = [];
  const pieces: QuotePiece[][] = [];
  const peopleOf = new Map<string, SpeakerDraft[]>();
  const officesRead = new Map<Quotation, string>();
  for (const { article, people, quotations: found } of summaries) {
    const drafts = people.map((person) => {
      const draft = registry.draft(registry.idFor(person), person.name, false);
      registry.addForm(draft, person.name);
      for (const form of person.forms) registry.addForm(draft, form);
      if (person.bareSurname) registry.addForm(draft, person.bareSurname);
      for (const paragraph of person.paragraphs) registry.addMention(draft, article.id, paragraph);
      if (person.role) registry.voteRole(draft, person.role);
      return draft;
    });
    peopleOf.set(article.id, drafts);
    for (const { quotation, pieces: quotePieces, person, with: others, description, role, office } of found) {
      if (office) officesRead.set(quotation, office);
      let draft: SpeakerDraft | undefined;
      if (person !== undefined) draft = drafts[person];
      else if (description !== undefined) {
        // `the Tories say`, `The QCA said`: a body named by a word the name scan leaves out is still that body.
        const named = bodyName(description, article, acronyms);
        draft = named ? registry.draft(slug(named), named, false) : registry.draft(`${slug(description)}--${slug(article.id)}`, description, true);
        registry.addForm(draft, description);
        registry.addMention(draft, article.id, quotation.paragraph);
      }
      if (draft) {
        draft.quoteCount++;
        if (draft.articleIds.at(-1) !== article.id && !draft.articleIds.includes(article.id)) draft.articleIds.push(article.id);
        quotation.speakerId = draft.id;
        quotation.speaker = draft.unnamed ? (description ?? draft.name) : draft.name;
        if (role && !draft.unnamed) registry.voteRole(draft, role);
        else if (!draft.role && role) draft.role = role;
        // (`said Ms. Lake and Mr. Dunn`: the words are each one's, and count as each one's quotation.)
        for (const other of others ?? []) {
          const joint = drafts[other];
          if (!joint || joint === draft) continue;
          joint.quoteCount++;
          if (!joint.articleIds.includes(article.id)) joint.articleIds.push(article.id);
          quotation.withSpeakerIds = [...(quotation.withSpeakerIds ?? []), joint.id];
          quotation.withSpeakers = [...(quotation.withSpeakers ?? []), joint.name];
        }
      }
      quotations.push(quotation);
      pieces.push(quotePieces);
    }
  }
  assignOffices(quotations, registry.drafts, { articles: new Map(articles.map((article) => [article.id, article])), peopleOf, officesRead });
  return { analysis: { quotations, speakers: registry.speakers() }, pieces };
}

function toQuotation(article: Article, extracted: ExtractedQuotation): Quotation {
  const first = extracted.pieces[0] as QuotePiece;
  const last = extracted.pieces.at(-1) as QuotePiece;
  const quotation: Quotation = {
    articleId: article.id,
    paragraph: first.paragraph + 1,
    endParagraph: last.paragraph + 1,
    text: quotationText(article.paragraphs, extracted.pieces),
    start: first.start,
    end: first.end,
  };
  if (extracted.speaker?.kind === 'description') quotation.speaker = extracted.speaker.text;
  if (extracted.mention) quotation.mention = extracted.mention;
  if (extracted.cue) quotation.cue = extracted.cue;
  return quotation;
}

export function analyseQuotes(articles: Article[]): QuoteAnalysis {
  return analyseQuotesDetailed(articles).analysis;
}
