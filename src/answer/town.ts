import MiniSearch from 'minisearch';
import { defaultGazetteer } from '../analyse/places/gazetteer.js';
import { foldName, looseKey } from '../analyse/places/names.js';
import type { Place, PlaceMention } from '../analyse/types.js';
import type { Article } from '../corpus/types.js';
import type { Desk } from '../desk.js';
import { editDistance } from '../util/edit-distance.js';
import { passageOf } from './source.js';
import type { Choice, InvalidInput, PlacePassage, PlaceSummary, TownAnswer } from './types.js';

export interface TownRequest {
  name: string;
  offset?: number;
  limit?: number;
}

export const DEFAULT_TOWN_LIMIT = 5;
const MAX_TOWN_LIMIT = 10;
const MAX_NAME_LENGTH = 100;
const CLOSEST_COUNT = 5;
/** Discord's limit for an autocomplete choice's name and value. */
const CHOICE_LENGTH = 100;

/** What /town needs about one place of the corpus, worked out once per Desk. */
interface TownEntry {
  place: Place;
  /** The spelling the corpus uses most (`Brega`), which is what users will type. */
  display: string;
  /** Every spelling: the corpus's and the gazetteer's. */
  spellings: string[];
  mentions: PlaceMention[];
  passageCount: number;
  articleCount: number;
}

interface TownIndex {
  entries: Map<string, TownEntry>;
  /** Folded and loose spellings → entries, most mentioned first. */
  bySpelling: Map<string, TownEntry[]>;
  search: MiniSearch<{ id: string; names: string }>;
  ranked: TownEntry[];
}

const indexes = new WeakMap<Desk, TownIndex>();

function townIndex(desk: Desk): TownIndex {
  const cached = indexes.get(desk);
  if (cached) return cached;
  const index = buildTownIndex(desk);
  indexes.set(desk, index);
  return index;
}

/**
 * Build the place lookup of a Desk ahead of the first /town or autocomplete (it takes a noticeable time on a
 * large corpus); optional, since the first answer builds it otherwise.
 */
export function prepareTownLookup(desk: Desk): void {
  townIndex(desk);
}

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
}

function buildTownIndex(desk: Desk): TownIndex {
  const mentionsByPlace = new Map<string, PlaceMention[]>();
  for (const mention of desk.places.mentions) {
    const list = mentionsByPlace.get(mention.placeId) ?? [];
    list.push(mention);
    mentionsByPlace.set(mention.placeId, list);
  }
  const entries = new Map<string, TownEntry>();
  for (const place of desk.places.places) {
    const mentions = mentionsByPlace.get(place.id) ?? [];
    if (mentions.length === 0) continue;
    const spellingCounts = new Map<string, number>();
    for (const mention of mentions) {
      const spelling = titleCaseIfShouting(mention.name);
      spellingCounts.set(spelling, (spellingCounts.get(spelling) ?? 0) + 1);
    }
    const written = [...spellingCounts].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
    const display = written[0] ?? place.name;
    entries.set(place.id, {
      place,
      display,
      spellings: [...new Set([...written, place.name, ...place.altNames])],
      mentions,
      passageCount: new Set(mentions.map((mention) => `${mention.articleId}\u0000${mention.paragraph}`)).size,
      articleCount: new Set(mentions.map((mention) => mention.articleId)).size,
    });
  }
  const ranked = [...entries.values()].sort(
    (a, b) => b.passageCount - a.passageCount || a.display.localeCompare(b.display),
  );
  const bySpelling = new Map<string, TownEntry[]>();
  const add = (key: string, entry: TownEntry): void => {
    if (!key) return;
    const list = bySpelling.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    bySpelling.set(key, list);
  };
  // `ranked` order makes each list most-mentioned first.
  for (const entry of ranked) {
    for (const spelling of entry.spellings) {
      add(foldName(spelling), entry);
      add(`~${looseKey(spelling)}`, entry);
    }
  }
  const search = new MiniSearch<{ id: string; names: string }>({
    fields: ['names'],
    storeFields: ['id'],
    searchOptions: { prefix: true, fuzzy: 0.25, combineWith: 'OR' },
  });
  search.addAll(ranked.map((entry) => ({ id: entry.place.id, names: entry.spellings.map(foldName).join(' ') })));
  return { entries, bySpelling, search, ranked };
}

function mapUrl(place: Place): string | undefined {
  if (place.lat === undefined || place.lon === undefined) return undefined;
  // A region in no one country is a continent or a part of the world such as the Caribbean.
  const spansCountries = place.kind === 'region' && !place.countryCode;
  const zoom = spansCountries ? 3 : place.kind === 'country' ? 5 : place.kind === 'region' ? 7 : 10;
  const lat = Number(place.lat.toFixed(5));
  const lon = Number(place.lon.toFixed(5));
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}

/**
 * The place's other names, the ones a reader would recognise first: GeoNames lists dozens of
 * transliterations in no useful order, so forms that contain the shown name (`Marsa Brega`) or are
 * closest to it (`Ajdabiyah`) lead.
 */
function otherSpellings(place: Place, display: string): string[] {
  const shown = display.toLowerCase();
  const names = [place.name, ...place.altNames].filter((name, at, all) => name !== display && all.indexOf(name) === at);
  const rank = (name: string): number =>
    (name.toLowerCase().includes(shown) ? 0 : 100) + editDistance(name.toLowerCase(), shown);
  return names
    .map((name) => ({ name, rank: rank(name) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ name }) => name);
}

function summaryOf(place: Place, display = place.name): PlaceSummary {
  const summary: PlaceSummary = {
    id: place.id,
    name: display,
    altNames: otherSpellings(place, display),
  };
  if (place.country) summary.country = place.country;
  if (place.countryCode) summary.countryCode = place.countryCode;
  if (place.region) summary.region = place.region;
  if (place.lat !== undefined) summary.lat = place.lat;
  if (place.lon !== undefined) summary.lon = place.lon;
  const url = mapUrl(place);
  if (url) summary.mapUrl = url;
  return summary;
}

function invalidName(name: string): InvalidInput | undefined {
  const query = name.trim();
  const invalid = (reason: string): InvalidInput => ({ kind: 'invalid-input', query, reason });
  if (query.length === 0) return invalid('Give a place name, e.g. `/town Brega`.');
  if (query.length > MAX_NAME_LENGTH) return invalid(`That name is ${query.length} characters long; keep it under ${MAX_NAME_LENGTH}.`);
  if (!/\p{L}/u.test(query)) return invalid('A place name needs letters.');
  return undefined;
}

/** The corpus place a typed name (or a suggestion's id) means, best known first. */
function findEntry(index: TownIndex, query: string): TownEntry | undefined {
  const byId = index.entries.get(query);
  if (byId) return byId;
  return index.bySpelling.get(foldName(query))?.[0] ?? index.bySpelling.get(`~${looseKey(query)}`)?.[0];
}

function passagesOf(desk: Desk, entry: TownEntry): PlacePassage[] {
  const byParagraph = new Map<string, { article: Article; paragraph: number; mentions: PlaceMention[] }>();
  const datelined = new Set(entry.mentions.filter((mention) => mention.isDateline).map((mention) => mention.articleId));
  for (const mention of entry.mentions) {
    const article = desk.articleById.get(mention.articleId);
    if (!article) continue;
    const key = `${mention.articleId}\u0000${mention.paragraph}`;
    const group = byParagraph.get(key) ?? { article, paragraph: mention.paragraph, mentions: [] };
    group.mentions.push(mention);
    byParagraph.set(key, group);
  }
  const groups = [...byParagraph.values()].sort((a, b) => {
    const datelineOrder = Number(datelined.has(b.article.id)) - Number(datelined.has(a.article.id));
    if (datelineOrder !== 0) return datelineOrder;
    // Newest first; undated articles after dated ones.
    const dateOrder = (b.article.date ?? '').localeCompare(a.article.date ?? '');
    if (dateOrder !== 0) return dateOrder;
    return a.article.id.localeCompare(b.article.id) || a.paragraph - b.paragraph;
  });
  return groups.map(({ article, paragraph, mentions }) => ({
    ...passageOf(article, paragraph),
    highlights: mentions.map((mention) => ({ start: mention.start, end: mention.end })).sort((a, b) => a.start - b.start),
    isDateline: datelined.has(article.id),
  }));
}

/** A place's passages, paged; or why there are none. */
export function answerTown(desk: Desk, request: TownRequest): TownAnswer {
  const index = townIndex(desk);
  // A picked suggestion carries the place's id, which need not look like a name.
  const invalid = index.entries.has(request.name) ? undefined : invalidName(request.name);
  if (invalid) return invalid;
  const query = request.name.trim();
  const entry = findEntry(index, query);
  if (!entry) {
    const known = defaultGazetteer()
      .lookupLoose(query)
      .sort((a, b) => Number(b.kind === 'country') - Number(a.kind === 'country') || (b.population ?? 0) - (a.population ?? 0))[0];
    if (known) return { kind: 'not-mentioned', place: summaryOf(known) };
    return { kind: 'unknown-place', query, closest: closestNames(index, query) };
  }
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.min(MAX_TOWN_LIMIT, Math.max(1, Math.floor(request.limit ?? DEFAULT_TOWN_LIMIT)));
  const passages = passagesOf(desk, entry);
  return {
    kind: 'town',
    place: summaryOf(entry.place, entry.display),
    articleCount: entry.articleCount,
    passageCount: entry.passageCount,
    passages: passages.slice(offset, offset + limit),
    paging: { offset, limit, total: passages.length },
  };
}

function closestNames(index: TownIndex, query: string): string[] {
  const hits = index.search.search(foldName(query), { fuzzy: 0.34, prefix: true });
  const names: string[] = [];
  for (const hit of hits) {
    const entry = index.entries.get(String(hit.id));
    if (entry && !names.includes(entry.display)) names.push(entry.display);
    if (names.length === CLOSEST_COUNT) break;
  }
  return names;
}

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function choiceOf(entry: TownEntry): Choice {
  const where = entry.place.country && entry.place.country !== entry.display ? ` (${entry.place.country})` : '';
  const count = `${entry.passageCount} passage${entry.passageCount === 1 ? '' : 's'}`;
  return { name: cut(`${entry.display}${where} · ${count}`, CHOICE_LENGTH), value: cut(entry.place.id, CHOICE_LENGTH) };
}

/** Autocomplete: the corpus's places that match what has been typed, most mentioned first. */
export function suggestPlaces(desk: Desk, partial: string, max = 25): Choice[] {
  const index = townIndex(desk);
  const limit = Math.max(0, Math.min(25, max));
  const query = foldName(partial);
  if (!query) return index.ranked.slice(0, limit).map(choiceOf);
  const hits = index.search.search(query);
  const scored = hits
    .map((hit) => {
      const entry = index.entries.get(String(hit.id));
      if (!entry) return undefined;
      // A name that starts with what was typed comes first; then how often the corpus names the place.
      const starts = entry.spellings.some((spelling) => foldName(spelling).startsWith(query));
      return { entry, rank: (starts ? 1000 : 0) + hit.score + Math.log2(1 + entry.passageCount) };
    })
    .filter((item): item is { entry: TownEntry; rank: number } => item !== undefined)
    .sort((a, b) => b.rank - a.rank);
  return scored.slice(0, limit).map(({ entry }) => choiceOf(entry));
}
