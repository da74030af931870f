import { findDateline, isKicker } from '../../corpus/dateline.js';
import type { Article } from '../../corpus/types.js';
import { titleCase } from '../../util/title-case.js';
import { bareWord, capitalisedSpans, opensSentenceAt, type Span, type Token, trimName } from './capitalised-runs.js';
import { stateAbbreviationMentions, stateOrProvinceOf } from './containers.js';
import type { Gazetteer, GazetteerPlace } from './gazetteer.js';
import { countyMentions, introducedMentions, KIND_WORD, kindAfterNameMentions, kindListMentions, seatMentions } from './introduced.js';
import { type ArticleContext, NO_MENTIONS, newMention, overlapsAny, type RawMention } from './mention.js';
import { looseKey } from './names.js';
import { inTitleWithState, isPersonSpan, notePerson, TITLE_AFTER_COMMA_ANYWHERE } from './people.js';
import { isWidelyKnown } from './place-kinds.js';
import { connectedMentions, spanMentions } from './run-mentions.js';
import { NOT_PLACE_WORDS, ORGANISATION_WORDS } from './words.js';

/**
 * Finds the place names in one article's paragraphs. Candidates are runs of capitalised words; each is
 * kept or dropped by what it is (a person's name, an organisation, a demonym, an everyday word) and by
 * what introduces it (a dateline, `the town of`, `, Libya`). Resolution to one place is `resolve.ts`'s job.
 *
 * This module runs the passes over an article in their order and settles what they found together (one
 * sense per article, `the North` in a story about Korea, names listed with a town). The passes live beside
 * it: `run-mentions.ts` reads names in the runs of `capitalised-runs.ts`, `introduced.ts` the names a
 * phrase introduces; `verdict.ts` judges a name found alone, `containers.ts` reads `, Calif.` and
 * `, Scotland`, `people.ts` tells people's names, `place-kinds.ts` the kinds of gazetteer place, and
 * `mention.ts` holds what they all make.
 */

/** `Co.`, `Inc`, `Ltd`: the legal form closing a firm's name. */
const COMPANY_SUFFIX = /^(?:Co|Inc|Corp|Ltd|LLC|Plc|PLC)\.?$/;

export function detectMentions(article: Article, gazetteer: Gazetteer): RawMention[] {
  // Filled by `push`, not `map`, for one hidden class however far the JIT has got (see `wordsOf`).
  const spansByParagraph: Span[][] = [];
  for (let index = 0; index < article.paragraphs.length; index++) {
    spansByParagraph.push(capitalisedSpans(article.paragraphs[index] as string, index + 1));
  }
  const context: ArticleContext = {
    personWords: new Set(),
    midSentenceWords: new Set(),
    paragraphs: article.paragraphs,
    aboutSpace: undefined,
    thingNames: new Set(),
    filedFrom: undefined,
  };
  for (let paragraph = 0; paragraph < spansByParagraph.length; paragraph++) {
    const spans = spansByParagraph[paragraph] as Span[];
    const text = article.paragraphs[paragraph] as string;
    // (Few paragraphs speak of a poll: only those are searched for its pollster.)
    const speaksOfPoll = text.includes('poll') || text.includes('survey');
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index] as Span;
      notePerson(span, text, gazetteer, context);
      const opening = (span.tokens[0] as Token).start;
      const closing = (span.tokens[span.tokens.length - 1] as Token).end;
      // (`Vulcan Materials Co.`: a firm's name, whose first word alone, `Vulcan`, is the firm.)
      // (Not `Shanghai Automotive Industry Corp`: a well-known place stays one, alone.)
      const firm =
        span.tokens.length > 1 && COMPANY_SUFFIX.test((span.tokens[span.tokens.length - 1] as Token).text) && !gazetteer.lookup((span.tokens[0] as Token).word).some(isWidelyKnown);
      if (firm || endsWithCraftWord(text.slice(Math.max(0, opening - 32), opening)) || PIPELINE_AFTER.test(text.slice(closing, closing + 24))) {
        context.thingNames.add((span.tokens[0] as Token).word);
      }
      const pollster = speaksOfPoll ? pollsterNamed(span, text, gazetteer) : undefined;
      if (pollster) context.thingNames.add(pollster);
      for (let at = 0; at < span.tokens.length; at++) {
        const token = span.tokens[at] as Token;
        if (at > 0 || !opensSentenceAt(text, token.start)) context.midSentenceWords.add(token.word);
      }
    }
  }

  let mentions: RawMention[] = [];
  const dateline = datelineMentions(article, gazetteer);
  mentions.push(...dateline);
  if (dateline[0]) context.filedFrom = looseKey(dateline[0].name);
  const taken = new Set(dateline.map((mention) => `${mention.paragraph}:${mention.start}`));

  // Indexed loops: this runs once per capitalised run, mostly before the JIT compiles it, where the
  // iterator protocol of `for…of` and `forEach`'s callbacks cost more than the work inside.
  for (let index = 0; index < article.paragraphs.length; index++) {
    const text = article.paragraphs[index] as string;
    const spans = spansByParagraph[index] as Span[];
    const paragraph = index + 1;
    for (const mention of connectedMentions(text, paragraph, spans, gazetteer, context)) {
      taken.add(`${paragraph}:${mention.start}`);
      mentions.push(mention);
    }
    for (const mention of stateAbbreviationMentions(text, paragraph, gazetteer)) {
      if (taken.has(`${paragraph}:${mention.start}`)) continue;
      taken.add(`${paragraph}:${mention.start}`);
      mentions.push(mention);
    }
    for (const mention of seatMentions(text, paragraph, gazetteer, context)) {
      if (taken.has(`${paragraph}:${mention.start}`)) continue;
      taken.add(`${paragraph}:${mention.start}`);
      mentions.push(mention);
    }
    // Most paragraphs name no town, city or port at all: the phrase patterns are only tried where one is.
    const namesKind = KIND_WORD.test(text);
    for (const mention of introducedMentions(text, paragraph, spans, namesKind, gazetteer, context)) {
      if (overlapsTaken(taken, mentions, mention)) continue;
      taken.add(`${paragraph}:${mention.start}`);
      mentions.push(mention);
    }
    // Few name several places of a kind in the plural (`the counties are …`, `… and Orange counties`).
    for (const mention of kindListMentions(text, paragraph, spans, gazetteer, context)) {
      if (overlapsTaken(taken, mentions, mention)) continue;
      taken.add(`${paragraph}:${mention.start}`);
      mentions.push(mention);
    }
    for (let spanIndex = 0; spanIndex < spans.length; spanIndex++) {
      const found = spanMentions(spans[spanIndex] as Span, text, gazetteer, context);
      for (let foundIndex = 0; foundIndex < found.length; foundIndex++) {
        const mention = found[foundIndex] as RawMention;
        if (overlapsTaken(taken, mentions, mention)) continue;
        taken.add(`${paragraph}:${mention.start}`);
        mentions.push(mention);
      }
    }
    if (namesKind) mentions.push(...kindAfterNameMentions(text, paragraph, mentions, gazetteer, context));
    if (text.includes(' County')) mentions.push(...countyMentions(text, paragraph, mentions, gazetteer, context));
  }
  // (Few paragraphs hold a title after a comma: only their mentions are read for one.)
  const titled = article.paragraphs.map((text) => TITLE_AFTER_COMMA_ANYWHERE.test(text));
  if (titled.includes(true)) mentions = mentions.filter((mention) => !titled[mention.paragraph - 1] || !inTitleWithState(article.paragraphs[mention.paragraph - 1] as string, mention));
  mentions.push(...listedMentions(article, spansByParagraph, mentions, gazetteer, context));
  mentions.push(...repeatedIntroducedNames(article, spansByParagraph, mentions));
  const halves = dividedCountryHalves(article, mentions, gazetteer);
  const south = halves.length === 0 ? americanSouth(article, mentions, gazetteer) : NO_MENTIONS;
  mentions.push(...theDistrict(article, mentions, gazetteer));
  // (Read as Cameroon's South before, as a half is read in place of a region of its name below.)
  if (south.length > 0) mentions = [...withoutMentionsAt(mentions, south), ...south];
  if (halves.length > 0) {
    // (A region of the name read already, Cameroon's North, gives way to the half; and in such an article
    // `North` alone, `dividing North and South Korea`, is the half too.)
    mentions = withoutMentionsAt(mentions, halves);
    for (const mention of mentions) {
      const half = halves.find((other) => other.name === mention.name);
      if (half) mention.candidates = half.candidates;
    }
    mentions.push(...halves);
  }
  // One sense per article: a name that is plainly a place somewhere in it is a place everywhere in it.
  if (!mentions.some((mention) => mention.weak)) return mentions.sort(byPosition);
  // Name → whether some plain mention of it is placed; a weak mention backed only by unplaced ones
  // (`Chelsea manager`) becomes unplaced too, so the stranger test judges them together.
  const plain = new Map<string, boolean>();
  for (const mention of mentions) {
    if (mention.weak) continue;
    const key = looseKey(mention.name);
    plain.set(key, plain.get(key) === true || !mention.unplaced);
  }
  for (const mention of mentions) {
    if (!mention.weak) continue;
    const placed = plain.get(looseKey(mention.name));
    if (placed === false) mention.unplaced = true;
    if (placed === undefined) mention.unbacked = true;
  }
  return mentions.sort(byPosition);
}

/** The mentions found that start where none of `replacing` does: those are read in their place. */
function withoutMentionsAt(mentions: RawMention[], replacing: readonly RawMention[]): RawMention[] {
  const at = new Set(replacing.map((mention) => `${mention.paragraph}:${mention.start}`));
  return mentions.filter((mention) => !at.has(`${mention.paragraph}:${mention.start}`));
}

/**
 * `the North calls a dress rehearsal`, `the South technically remains at war`: in an article that names a
 * country of a divided pair (North Korea, South Korea), `the North` and `the South` are its halves.
 */
function dividedCountryHalves(article: Article, found: readonly RawMention[], gazetteer: Gazetteer): RawMention[] {
  const halves = new Map<string, GazetteerPlace[]>();
  for (const mention of found) {
    const country = mention.candidates.find((place) => place.kind === 'country');
    const half = country ? DIVIDED_HALF.exec(country.name) : null;
    if (!country || !half?.[1] || halves.has(half[1])) continue;
    // (Only a pair that the world names so: `South Sudan` has no North.)
    const other = `${half[1] === 'North' ? 'South' : 'North'} ${half[2]}`;
    if (!gazetteer.lookup(other).some((place) => place.kind === 'country')) continue;
    halves.set(half[1], [country]);
    halves.set(other.split(' ')[0] as string, gazetteer.lookup(other).filter((place) => place.kind === 'country'));
  }
  if (halves.size === 0) return [];
  const mentions: RawMention[] = [];
  article.paragraphs.forEach((text, index) => {
    for (const match of text.matchAll(THE_HALF)) {
      const name = match[1] as string;
      const candidates = halves.get(name);
      if (!candidates) continue;
      const start = match.index + match[0].length - name.length;
      mentions.push(newMention(index + 1, name, start, start + name.length, 'name', candidates));
    }
  });
  return mentions;
}

/**
 * `states without such protections are in the South or the Plains`: in an article about the US (three
 * mentions of American places at least, and none of a divided pair's halves), `the South` is the region.
 */
function americanSouth(article: Article, found: readonly RawMention[], gazetteer: Gazetteer): RawMention[] {
  if (!article.paragraphs.some((text) => text.includes('the South'))) return NO_MENTIONS;
  const american = found.filter((mention) => mention.candidates.length > 0 && mention.candidates.every((place) => place.countryCode === 'US')).length;
  if (american < 3) return NO_MENTIONS;
  const region = gazetteer.lookup('American South');
  if (region.length === 0) return NO_MENTIONS;
  return wordAfterTheMentions(article, THE_SOUTH, 'South', region);
}

/** A mention of `word` at the end of each match of `pattern` (`the South`) in every paragraph, placed among `candidates`. */
function wordAfterTheMentions(article: Article, pattern: RegExp, word: string, candidates: GazetteerPlace[]): RawMention[] {
  const mentions: RawMention[] = [];
  article.paragraphs.forEach((text, index) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index + match[0].length - word.length;
      mentions.push(newMention(index + 1, word, start, start + word.length, 'name', candidates));
    }
  });
  return mentions;
}

/**
 * `the District` in a story that names Washington, D.C.: the District of Columbia, as Washington's papers call
 * it (capitalised; not `the District of …`, `the District Court`).
 */
function theDistrict(article: Article, found: readonly RawMention[], gazetteer: Gazetteer): RawMention[] {
  if (!article.paragraphs.some((text) => text.includes('he District'))) return NO_MENTIONS;
  const named = found.some((mention) => mention.candidates.some((place) => place.name === 'District of Columbia'));
  if (!named) return NO_MENTIONS;
  const district = gazetteer.lookup('District of Columbia').filter((place) => place.kind === 'region');
  if (district.length === 0) return NO_MENTIONS;
  return wordAfterTheMentions(article, THE_DISTRICT, 'District', district).filter((mention) => !overlapsAny(found, mention.paragraph, mention.start, mention.end));
}

/** `the District`, `the District's`, not opening a longer name (`the District of Columbia`, `the District Court`). */
const THE_DISTRICT = /\b[Tt]he District\b(?![ -]\p{Lu}|\s+of\b|-)/gu;

/** `the South`, not opening a longer name (`the South Side`, `the South-East`) nor owning anything (`the South's`). */
const THE_SOUTH = /\b[Tt]he South\b(?![ -]\p{Lu}|-|['’])/gu;

/** `North Korea`: a country whose name is a point of the compass and the name it shares with its other half. */
const DIVIDED_HALF = /^(North|South) (\p{Lu}\p{Ll}+)$/u;
/** `the North`, `the South`, not opening a longer name (`the North Atlantic`, `the South-East`). */
const THE_HALF = /\b[Tt]he (North|South)\b(?![ -]\p{Lu}|-)/gu;

/**
 * `their village of Wanba` … `two fish ponds in Wanba village`: a town only the text knows, once a phrase
 * has introduced it, is the same place wherever the article names it again.
 */
function repeatedIntroducedNames(article: Article, spansByParagraph: Span[][], found: RawMention[]): RawMention[] {
  const introduced = new Map<string, RawMention>();
  for (const mention of found) {
    if (mention.introducedAsPlace && mention.candidates.length === 0 && !mention.weak) introduced.set(mention.name, mention);
  }
  if (introduced.size === 0) return [];
  const repeated: RawMention[] = [];
  for (let index = 0; index < spansByParagraph.length; index++) {
    const paragraph = index + 1;
    const text = article.paragraphs[index] as string;
    for (const span of spansByParagraph[index] as Span[]) {
      const first = span.tokens[0] as Token;
      const last = span.tokens[span.tokens.length - 1] as Token;
      const name = text.slice(first.start, last.end);
      const source = introduced.get(name) ?? introduced.get((span.tokens.length === 1 ? first.word : ''));
      if (!source || overlapsAny(found, paragraph, first.start, last.end)) continue;
      const mention = newMention(paragraph, source.name, first.start, first.start + source.name.length, 'pattern', []);
      if (source.within) mention.within = source.within;
      repeated.push(mention);
    }
  }
  return repeated;
}

function byPosition(a: RawMention, b: RawMention): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}

function overlapsTaken(taken: Set<string>, mentions: RawMention[], mention: RawMention): boolean {
  return taken.has(`${mention.paragraph}:${mention.start}`) || overlapsAny(mentions, mention.paragraph, mention.start, mention.end);
}

/**
 * `shuttle `, `the cruise ship `: a word for a craft (one that may be a verb after a determiner) right before its name.
 * Written as a lookbehind and tested sticky at the end of the text before the name (`endsWithCraftWord`): it is
 * then tried at that one offset, read backwards, instead of at every offset of the text as `…\s+$` would be.
 */
const CRAFT_BEFORE_END =
  /(?<=(?:\b(?:shuttle|orbiter|spacecraft|spaceship|warship|frigate|submarine)|\b(?:the|a|an|its|their|his|her|space|cruise|research|navy|naval|supply|container|passenger|fishing|cargo)\s+(?:[a-z-]+\s+)?(?:shuttles?|probe|rover|lander|capsule|ship|vessel|yacht|liner|ferry|tanker|destroyer|cruiser|trawler|freighter|airliner|jet))\s+)/iy;

/** Whether `before` (the text right before a name) ends with a word for a craft (see `CRAFT_BEFORE_END`). */
function endsWithCraftWord(before: string): boolean {
  CRAFT_BEFORE_END.lastIndex = before.length;
  return CRAFT_BEFORE_END.test(before);
}
/**
 * `a Gallup poll`, `polling data from Gallup`, `the polling firm Gallup`, `a Gallup study`: a one-word name that runs
 * a poll is the pollster, not the small town of its name (a country or a great city polled stays one: `a London poll`).
 */
function pollsterNamed(span: Span, text: string, gazetteer: Gazetteer): string | undefined {
  // (`A Gallup poll` opening a sentence: the article is no part of the name.)
  const tokens = span.tokens.length === 2 && ARTICLE_OPENING.test((span.tokens[0] as Token).text) ? span.tokens.slice(1) : span.tokens;
  if (tokens.length !== 1) return undefined;
  const token = tokens[0] as Token;
  if (!POLL_AFTER.test(text.slice(token.end, token.end + 10)) && !POLL_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start))) return undefined;
  return gazetteer.lookup(token.word).some(isWidelyKnown) ? undefined : token.word;
}

const POLL_AFTER = /^\s+(?:polls?|polling|surveys?|study|studies)\b/;
const POLL_BEFORE = /\b(?:(?:polls?|polling|surveys?)\s+(?:data\s+|results\s+)?(?:from|by|of)|(?:research|polling)\s+(?:company|firm|organi[sz]ation)|pollsters?)\s+$/;
/** `A`, `An`, `The`: an article capitalised at a sentence's start. */
const ARTICLE_OPENING = /^(?:A|An|The)$/;

/** ` oil pipeline`: a pipeline named after the capitalised words (`the Keystone XL oil pipeline` … `approval to Keystone`). */
const PIPELINE_AFTER = /^\s+(?:oil\s+|gas\s+|crude\s+)?pipelines?\b/;

/** The dateline (`BREGA, Libya —`): the place the article was filed from, and the country after it. */
function datelineMentions(article: Article, gazetteer: Gazetteer): RawMention[] {
  const first = article.paragraphs[0] ?? '';
  // (An article built without the corpus reader, as the evaluation's are, is read the reader's way.)
  const dateline = article.dateline ?? findDateline(first)?.place;
  if (!dateline || isKicker(dateline) || !first.startsWith(dateline.split(',')[0] ?? '')) return [];
  const [placePart = '', ...rest] = dateline.split(',').map((part) => part.trim());
  // (`ABOARD AIR FORCE ONE (Reuters) -`: filed aboard a plane or a ship, from no place.)
  if (/^aboard\s/i.test(placePart)) return [];
  const containerName = rest.join(', ');
  const container = containerName
    ? (stateOrProvinceOf(containerName, gazetteer) ?? gazetteer.lookup(containerName).find((place) => place.kind === 'country' || place.featureCode === 'REGION'))
    : undefined;
  const mentions: RawMention[] = [];
  const placeName = titleCase(placePart);
  const main = newMention(1, placePart, 0, placePart.length, 'dateline', gazetteer.lookupLoose(placeName), true);
  if (container) main.within = container;
  mentions.push(main);
  if (container && containerName) {
    const start = first.indexOf(containerName, placePart.length);
    if (start >= 0) {
      mentions.push(newMention(1, containerName, start, start + containerName.length, 'dateline', [container]));
    }
  }
  return mentions;
}

/**
 * Unknown names listed with a town (`Bin Jawwad and the oil port of Ras Lanuf`): news lists places
 * with places, so a name joined to a town by `and`, `or` or a comma is taken as one too.
 */
function listedMentions(
  article: Article,
  spansByParagraph: Span[][],
  found: RawMention[],
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention[] {
  const listed: RawMention[] = [];
  article.paragraphs.forEach((text, index) => {
    const paragraph = index + 1;
    const towns = found.filter(
      (mention) =>
        mention.paragraph === paragraph &&
        !mention.weak &&
        !mention.unplaced &&
        // A town that the text introduces: a town merely named may be a firm's name (`Toshiba, Hitachi`).
        (mention.cue === 'pattern' || mention.cue === 'seat' || mention.cue === 'dateline'),
    );
    if (towns.length === 0) return;
    // `MP for Richmond, North Yorks`; but `MP for Merionnydd Nant Conwy and Plaid Cymru's leader`: after a
    // constituency, only a comma goes on with a place (`and` as often with its member's other roles).
    const placesOnly = towns.filter((town) => town.cue !== 'seat');
    for (const span of spansByParagraph[index] ?? []) {
      let tokens = span.tokens;
      while (tokens.length > 1 && NOT_PLACE_WORDS.has(bareWord(tokens[0] as Token))) tokens = tokens.slice(1);
      const first = tokens[0] as Token;
      const last = tokens[tokens.length - 1] as Token;
      const name = trimName(text.slice(first.start, last.end));
      const words = name.split(' ');
      if (!name || found.some((m) => m.paragraph === paragraph && m.start < last.end && first.start < m.end)) continue;
      // A sentence's first word is capitalised anyway (`Instead, …`); an initial is not a town.
      if (/^\s*$|[.!?:"“]\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start)) || name.length < 3) continue;
      if (/-[a-z]/.test(name)) continue; // `Florida-based`: see `hyphenatedPlaces`
      if (isPersonSpan(words, gazetteer) || words.some((w) => ORGANISATION_WORDS.has(w) || NOT_PLACE_WORDS.has(w))) continue;
      if (words.some((word) => context.personWords.has(word)) || gazetteer.isDemonym(name)) continue;
      if (gazetteer.isCommonWord(name)) continue;
      const after = text.slice(first.start + name.length, first.start + name.length + 40);
      const before = text.slice(Math.max(0, first.start - 40), first.start);
      const joinedAfter = /^(?:,\s+|\s+(?:and|or)\s+)(?:the\s+)?/.exec(after);
      const joinedBefore = /(?:,\s+|\s+(?:and|or)\s+)$/.exec(before);
      const nextStart = first.start + name.length + (joinedAfter?.[0].length ?? 0);
      const afterTown =
        joinedAfter !== null &&
        placesOnly.length > 0 &&
        (touchesTown(placesOnly, nextStart) || /^(?:,\s+|\s+(?:and|or)\s+)the\s+(?:[a-z-]+\s+){0,3}?of\s/.test(after));
      const joinedByComma = joinedBefore?.[0].startsWith(',') === true;
      const beforeTown = joinedBefore !== null && touchesTown(joinedByComma ? towns : placesOnly, first.start - joinedBefore[0].length);
      if (afterTown || beforeTown) {
        listed.push(newMention(paragraph, name, first.start, first.start + name.length, 'list', gazetteer.lookupLoose(name)));
      }
    }
  });
  return listed;
}

/** Whether one of the towns starts or ends at `offset`. */
function touchesTown(towns: RawMention[], offset: number): boolean {
  return towns.some((town) => town.start === offset || town.end === offset);
}
