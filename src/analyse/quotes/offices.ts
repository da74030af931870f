import type { Article } from '../../corpus/types.js';
import { escapeForPattern } from '../../util/pattern.js';
import type { Quotation, Speaker } from '../types.js';
import { PEERAGE } from './lexicon.js';
import { isNationalityWord } from './name-words.js';

/**
 * `The foreign secretary said …` in a story that names Jack Straw but never calls him that: the article
 * leaves the office to its readers, and the rest of the corpus tells them (`Foreign Secretary Jack Straw`,
 * `Jack Straw, the foreign secretary`). An office no one in the article was given is read as the one person
 * the article names whom other articles give it.
 */

/**
 * `the prime minister`, `The foreign secretary`, `the Lib Dem leader`: an office, perhaps with the body or
 * party it belongs to.
 */
const OFFICE_DESCRIPTION =
  /^[Tt]he ((?:[\p{L}-]+ ){0,2}(?:minister|secretary|chancellor|president|premier|mayor|governor|commissioner|ambassador|leader|chairman|chairwoman|attorney general))$/u;

/** Articles that must call someone by the office before it counts as theirs. */
const ARTICLES_NEEDED = 2;
/** Enough evidence: the search stops here. */
const ARTICLES_ENOUGH = 3;
/**
 * Paragraphs that write the person's full name read per person at most: an office someone holds shows early
 * among them, and the most mentioned people (a prime minister, in hundreds of articles) are read for every
 * office asked about.
 */
const PARAGRAPHS_READ = 24;

export interface OfficeContext {
  articles: ReadonlyMap<string, Article>;
  /** The people each article names (the drafts of the corpus pass). */
  peopleOf: ReadonlyMap<string, readonly Speaker[]>;
  /** The office a quotation's pronoun was read back to (`But the Tory leader argued … he said`). */
  officesRead: ReadonlyMap<Quotation, string>;
}

/**
 * Give each quotation attributed to an office (`The foreign secretary said`) the one person of its article
 * whom the corpus shows holding it: when the article left the office to no one, or gave it, by the person
 * written about just before, to someone the corpus never calls by it (`Charles Clarke has vowed … from
 * Charles Kennedy. The Lib Dem leader said …`).
 */
export function assignOffices(quotations: Quotation[], speakers: Map<string, Speaker>, context: OfficeContext): void {
  const evidence = new Map<string, number>();
  for (const quotation of quotations) {
    const current = quotation.speakerId === undefined ? undefined : speakers.get(quotation.speakerId);
    const office = officeIn(current?.unnamed ? current.name : undefined) ?? officeIn(quotation.mention) ?? officeIn(context.officesRead.get(quotation));
    if (!office?.[1]) continue;
    const holder = soleHolder(office[1].toLowerCase(), quotation.articleId, context, evidence);
    if (!holder || holder === current) continue;
    // (`“…,” Prime Minister Jacinda Ardern said. … Pakistan's Prime Minister Imran Khan … ¶ The prime minister said`: one the
    // article itself calls by the office with no place keeps it from one it gives the office as another place's, though
    // the corpus calls that one so more often.)
    if (current && !current.unnamed && officeTitles(current, office[1].toLowerCase(), quotation.articleId, context.articles) === 'plain' && officeTitles(holder, office[1].toLowerCase(), quotation.articleId, context.articles) === 'placed') continue;
    quotation.speakerId = holder.id;
    quotation.speaker = holder.name;
    holder.quoteCount++;
    if (!current) continue;
    current.quoteCount--;
    if (current.unnamed && current.quoteCount === 0) speakers.delete(current.id);
  }
}

/** The office a description names (`The foreign secretary` → `foreign secretary`); most words are ruled out by their first letters. */
export function officeIn(words: string | undefined): RegExpExecArray | undefined {
  if (words === undefined || !(words.startsWith('The ') || words.startsWith('the '))) return undefined;
  return OFFICE_DESCRIPTION.exec(words) ?? undefined;
}

function soleHolder(office: string, articleId: string, context: OfficeContext, evidence: Map<string, number>): Speaker | undefined {
  const holders: Speaker[] = [];
  for (const person of context.peopleOf.get(articleId) ?? []) {
    if (person.unnamed) continue;
    const key = `${person.id}\u0000${office}`;
    let count = evidence.get(key);
    if (count === undefined) {
      const names = writtenNames(person);
      count = names.length === 0 ? 0 : articlesCalling(person, names, office, context.articles);
      evidence.set(key, count);
    }
    // One article is no holder's evidence (`Echoing Secretary of State Condoleezza Rice, the prime minister
    // said` reads like an apposition), nor is a rival called so in a single article.
    if (count >= ARTICLES_NEEDED) holders.push(person);
  }
  if (holders.length <= 1) return holders[0];
  // Two people of the article held the office (a former and a present president): the one the story is
  // about, named in far more paragraphs than the others (`George W. Bush` in one, in passing), is the one its
  // readers take `the president` for; between two named about as often, neither is sure.
  const named = holders.map((person) => ({ person, paragraphs: paragraphsNaming(person, articleId) })).sort((a, b) => b.paragraphs - a.paragraphs);
  const [first, second] = named as [(typeof named)[number], (typeof named)[number]];
  return first.paragraphs >= PROMINENT_TIMES * second.paragraphs ? first.person : undefined;
}

/** How many times as many paragraphs as any other holder the one the story is about is named in. */
const PROMINENT_TIMES = 3;

/** A speaker's mentions are counted once a paragraph. */
function paragraphsNaming(person: Speaker, articleId: string): number {
  let paragraphs = 0;
  for (const mention of person.mentions) if (mention.articleId === articleId) paragraphs++;
  return paragraphs;
}

/** In how many articles the person is called by the office: `Foreign Secretary Jack Straw`, `Jack Straw, the foreign secretary`. */
function articlesCalling(person: Speaker, names: readonly string[], office: string, articles: ReadonlyMap<string, Article>): number {
  const patterns = officePatterns(office);
  let found = 0;
  let read = 0;
  let lastArticle = '';
  const mentions = person.mentions;
  for (let index = 0; index < mentions.length && read < PARAGRAPHS_READ; index++) {
    const mention = mentions[index] as Speaker['mentions'][number];
    if (mention.articleId === lastArticle) continue;
    const text = articles.get(mention.articleId)?.paragraphs[mention.paragraph - 1];
    // Only paragraphs that write a full name count as read: the first mentions may all be `Mr Blair`, and
    // which come first depends on the order of the corpus.
    if (text === undefined || !names.some((name) => text.includes(name))) continue;
    read++;
    if (names.some((name) => callsBy(text, name, office, patterns))) {
      lastArticle = mention.articleId;
      found++;
    }
    if (found >= ARTICLES_ENOUGH) break;
  }
  return found;
}

/**
 * How the article titles the person with the office right before a full name (see `officeTitleBefore`): `placed` or
 * `plain` as the first title found says, `placed` on any.
 */
function officeTitles(person: Speaker, office: string, articleId: string, articles: ReadonlyMap<string, Article>): OfficeTitle | undefined {
  let found: OfficeTitle | undefined;
  for (const text of articles.get(articleId)?.paragraphs ?? []) {
    for (const name of writtenNames(person)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const title = officeTitleBefore(text.slice(Math.max(0, at - office.length - 30), at), office);
        if (title === 'placed') return title;
        found ??= title;
      }
    }
  }
  return found;
}

/** How a name is titled with an office: as a place's or a people's, or with no place. */
export type OfficeTitle = 'placed' | 'plain';

/**
 * How the words right before a name title it with the office: `placed` as a place's or a people's (`Pakistan's Prime
 * Minister `, `Cuban President `), `plain` with no place (`Prime Minister `), or not at all.
 */
export function officeTitleBefore(before: string, office: string): OfficeTitle | undefined {
  const title = officeTitlePattern(office).exec(before);
  if (!title) return undefined;
  const place = title[1];
  return place !== undefined && (title[2] !== undefined || isNationalityWord(place) || NATION_WORDS.test(place)) ? 'placed' : 'plain';
}

/** Each office's pattern for `officeTitleBefore`, built once: it is asked of every mention a description is matched against. */
const OFFICE_TITLE_PATTERNS = new Map<string, RegExp>();

/** An office right before the end, perhaps with a place's or a people's word before it (the first group; the second, its `'s`). */
function officeTitlePattern(office: string): RegExp {
  let pattern = OFFICE_TITLE_PATTERNS.get(office);
  if (!pattern) {
    // (The office in capitals or not, the place in capitals: `Pakistan's Prime Minister `, `Cuban president `.)
    const words = escapeForPattern(office)
      .replace(/\b\p{Ll}/gu, (letter) => `[${letter.toUpperCase()}${letter}]`)
      .replace(/\s+/g, String.raw`\s+`);
    pattern = new RegExp(String.raw`(?:(\p{Lu}[\p{L}.]*?)(['’]s)?\s+)?${words}\s+$`, 'u');
    OFFICE_TITLE_PATTERNS.set(office, pattern);
  }
  return pattern;
}

/** Words for a nation that `isNationalityWord` does not read: `US`, `U.S.`, `UK`, `French`. */
const NATION_WORDS = /^(?:US|U\.S\.?|UK|U\.K\.?|American|British|French|Dutch|Welsh)$/;

/** Whether the paragraph calls the name by the office, looking for the name first, as written: a plain search, where most paragraphs stop. */
function callsBy(text: string, name: string, office: string, { before, after, short }: OfficePatterns): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const lead = text.slice(Math.max(0, at - office.length - 24), at).toLowerCase();
    const tail = text.slice(at + name.length, at + name.length + office.length + 40).toLowerCase();
    // Most mentions have no office by them: a plain search rules them out before the patterns run.
    if (((lead.includes(office) || (short !== undefined && lead.includes(short))) && before.test(lead)) || (tail.includes(office) && after.test(tail))) return true;
  }
  return false;
}

/**
 * The names the corpus writes after an office: the full name (`Jack Straw`) and a peer's title and name
 * (`Attorney General Lord Goldsmith`); a bare surname is too common a word to search.
 */
function writtenNames(person: Speaker): string[] {
  const names = person.name.includes(' ') ? [person.name] : [];
  for (const form of person.forms) if (PEERAGE.test(form) && !names.includes(form)) names.push(form);
  return names;
}

/** An office's short form before a name (`Gov. Chris Christie`), lower-cased as the text is. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([['governor', 'gov.']]);

interface OfficePatterns {
  before: RegExp;
  after: RegExp;
  short: string | undefined;
}

const patternsByOffice = new Map<string, OfficePatterns>();

function officePatterns(office: string): OfficePatterns {
  let patterns = patternsByOffice.get(office);
  if (!patterns) {
    // `shadow chancellor Oliver Letwin`, `future prime minister Gordon Brown` hold another office, or none yet.
    // (`former Tory chancellor Ken Clarke`: the word may stand two words before the office.)
    // The text is lower-cased before these run, so plain letters do, and a compile without Unicode classes
    // costs a fraction.
    // (`Lt. Gov. Dan Patrick` is the governor's deputy.)
    const notHeld = String.raw`(?<!\b(?:shadow|former|deputy|vice|ex|assistant|junior|future|next|would-be|potential|prospective|lieutenant|lt\.)[\s-](?:[a-z'’-]+\s+){0,2})`;
    const written = escapeForPattern(office);
    const short = SHORT_FORMS.get(office);
    patterns = {
      before: new RegExp(String.raw`(?:^|[^a-z])${notHeld}(?:${written}${short ? `|${escapeForPattern(short)}` : ''}),?\s+$`),
      after: new RegExp(String.raw`^,\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,2}?${notHeld}${written}\b`),
      short,
    };
    patternsByOffice.set(office, patterns);
  }
  return patterns;
}
