import type { Article } from '../../corpus/types.js';
import type { Place, PlaceAnalysis, PlaceMention } from '../types.js';
import { detectMentions } from './detect.js';
import { defaultGazetteer, type Gazetteer, type GazetteerPlace } from './gazetteer.js';
import { type RawMention, soleNamesake } from './mention.js';
import { looseKey } from './names.js';
import { isTeamTown } from './place-kinds.js';
import { resolveArticle } from './resolve.js';

export { defaultGazetteer, Gazetteer } from './gazetteer.js';

/** A country with at least this share of the corpus's plain mentions is at home in every article. */
const HOME_SHARE = 0.1;
/** A town this big is known by its name alone. */
const WELL_KNOWN_POPULATION = 500_000;
/** How many times the corpus must name a team for a town (`Chelsea manager`) before a bare name counts. */
const TEAM_EVIDENCE = 3;
/** A home-country town this big needs no introduction either. */
const HOME_TOWN_POPULATION = 15_000;
/** A second home's town needs this many people in an article about the first (US towns in British news). */
const HOME_ABROAD_POPULATION = 100_000;

/** Finds every place mention in the articles and the places they name (only those the corpus names). */
export function analysePlaces(articles: Article[], gazetteer: Gazetteer = defaultGazetteer()): PlaceAnalysis {
  const detected = articles.map((article) => detectMentions(article, gazetteer));
  const teams = teamNames(detected);
  for (let index = 0; index < detected.length; index++) detected[index] = keepBacked(detected[index] ?? [], teams);
  const home = homeCountries(detected);
  const countryName = (code: string) => gazetteer.country(code)?.name;
  const places = new Map<string, Place>();
  const mentions: PlaceMention[] = [];
  articles.forEach((article, index) => {
    const kept = dropStrangers(detected[index] ?? [], home, teams);
    for (const { mention, place } of resolveArticle(kept, home, countryName)) {
      if (!places.has(place.id)) places.set(place.id, publicPlace(place));
      mentions.push({
        articleId: article.id,
        paragraph: mention.paragraph,
        name: mention.name,
        start: mention.start,
        end: mention.end,
        placeId: place.id,
        isDateline: mention.isDateline,
      });
    }
  });
  return { places: [...places.values()], mentions };
}

/**
 * Names the corpus often gives a team (`Chelsea manager`, `Chelsea boss`): a bare `Chelsea` in a match
 * report that never says so is the same club, named for the same town.
 */
function teamNames(detected: RawMention[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const mentions of detected) {
    for (const mention of mentions) {
      if (!mention.team) continue;
      const key = looseKey(mention.name);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count >= TEAM_EVIDENCE).map(([key]) => key));
}

/** Weak mentions that nothing in their article backs are dropped, unless the corpus knows the name as a team's. */
function keepBacked(mentions: RawMention[], teams: Set<string>): RawMention[] {
  if (!mentions.some((mention) => mention.unbacked)) return mentions;
  const kept: RawMention[] = [];
  for (const mention of mentions) {
    if (mention.unbacked) {
      if (!teams.has(looseKey(mention.name))) continue;
      // Still only a name: the stranger test decides, as for `Chelsea manager` itself.
      mention.unbacked = false;
      mention.unplaced = true;
    }
    kept.push(mention);
  }
  return kept;
}

function plainCountry(mention: RawMention): string | undefined {
  if (mention.unplaced || mention.weak) return undefined;
  return (mention.within ?? soleNamesake(mention))?.countryCode;
}

/**
 * The countries a corpus is about (the UK and the US for the BBC), most named first: their towns need
 * no introduction.
 */
function homeCountries(detected: RawMention[][]): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const mentions of detected) {
    for (const mention of mentions) {
      const code = plainCountry(mention);
      if (!code) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      total++;
    }
  }
  return new Set(
    [...counts]
      .filter(([, count]) => count >= HOME_SHARE * total)
      .sort((a, b) => b[1] - a[1])
      .map(([code]) => code),
  );
}

/**
 * A smallish foreign town named bare (`Nokia said`, `Toyota's profits`), in an article that never names
 * its country, is more often a company or a person than the town: drop it (`teams`: see `teamNames`).
 */
function dropStrangers(mentions: RawMention[], home: Set<string>, teams: Set<string>): RawMention[] {
  if (!mentions.some((mention) => mention.unplaced)) return mentions;
  const articleNamed = new Set<string>();
  for (const mention of mentions) {
    // (`Gaza and the West Bank`: a place known by its name alone, of one country, names that country too.)
    const sole = mention.unplaced && !mention.team ? soleNamesake(mention) : undefined;
    const code = plainCountry(mention) ?? (sole && isWellKnown(sole) ? sole.countryCode : undefined);
    if (code) articleNamed.add(code);
  }
  const placed = new Set(mentions.filter((mention) => !mention.unplaced).map((mention) => looseKey(mention.name)));
  // The most named of the home countries (`homeCountries` lists them most named first).
  const [main] = home;
  const localTeams = sportsTeams(mentions);
  const sportsCountries = new Set(localTeams.values());
  return mentions.filter((mention) => {
    if (!mention.unplaced) return true;
    const key = looseKey(mention.name);
    if (placed.has(key) || localTeams.has(key)) return true;
    // `against Bolton` in the same report: another club named for a town of that country.
    if (mention.candidates.some((place) => sportsCountries.has(place.countryCode ?? '') && isTeamTown(place, mention.name))) return true;
    // A team the corpus names often (`Charlton boss`) vouches for its home-country town, however small.
    const team = teams.has(key);
    return mention.candidates.some((place) => {
      const population = place.population ?? 0;
      const code = place.countryCode ?? '';
      if (team && home.has(code)) return true;
      // The corpus's home countries vouch for their towns, but not for every hamlet (`Thomson`, Georgia),
      // nor a second home for a small town in an article about the first (`Whitehall`, Pennsylvania, in
      // British news).
      const aboutMainHome = main !== undefined && main !== code && articleNamed.has(main);
      const vouched =
        articleNamed.has(code) ||
        (home.has(code) && population >= (aboutMainHome ? HOME_ABROAD_POPULATION : HOME_TOWN_POPULATION));
      return vouched || isWellKnown(place);
    });
  });
}

/** A place the news names without introducing it: a great city or region, or a capital. */
function isWellKnown(place: GazetteerPlace): boolean {
  return (place.population ?? 0) >= WELL_KNOWN_POPULATION || place.featureCode === 'PPLC' || place.featureCode === 'PPLG';
}

/**
 * The teams a sports report names for their towns (`the Tottenham manager`) when another name in it is
 * of the same country (`England goalkeeper`): their towns' names wherever the corpus is from (a mostly
 * American corpus vouches for no English town); `Forest manager` (Forest, Belgium) among English clubs
 * is not.
 */
function sportsTeams(mentions: RawMention[]): Map<string, string> {
  /** Each team's name, and its town's country. */
  const teams = new Map<string, string>();
  if (!mentions.some((mention) => mention.team)) return teams;
  const namesIn = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const country = soleNamesake(mention)?.countryCode;
    if (!country) continue;
    const names = namesIn.get(country) ?? new Set<string>();
    names.add(looseKey(mention.name));
    namesIn.set(country, names);
  }
  for (const mention of mentions) {
    if (!mention.team) continue;
    const key = looseKey(mention.name);
    for (const place of mention.candidates) {
      const country = place.countryCode ?? '';
      if ([...(namesIn.get(country) ?? [])].some((other) => other !== key)) teams.set(key, country);
    }
  }
  return teams;
}

/** The shared `Place` fields only: the gazetteer's bookkeeping stays out of snapshots and JSON. */
function publicPlace(place: Place | GazetteerPlace): Place {
  const copy: Place = { id: place.id, name: place.name, altNames: place.altNames };
  if (place.country) copy.country = place.country;
  if (place.countryCode) copy.countryCode = place.countryCode;
  if (place.region) copy.region = place.region;
  if (place.kind) copy.kind = place.kind;
  if (place.lat !== undefined) copy.lat = place.lat;
  if (place.lon !== undefined) copy.lon = place.lon;
  if (place.population !== undefined) copy.population = place.population;
  return copy;
}

/** One row of `newsdesk places --json`. */
export interface PlaceMentionRecord {
  articleId: string;
  paragraph: number;
  /** The name as written. */
  name: string;
  /** The canonical name. */
  place: string;
  country?: string;
  lat?: number;
  lon?: number;
}

export function placeMentionRecords(analysis: PlaceAnalysis): PlaceMentionRecord[] {
  const byId = new Map(analysis.places.map((place) => [place.id, place]));
  return analysis.mentions.map((mention) => {
    const place = byId.get(mention.placeId);
    const record: PlaceMentionRecord = {
      articleId: mention.articleId,
      paragraph: mention.paragraph,
      name: mention.name,
      place: place?.name ?? mention.name,
    };
    if (place?.country) record.country = place.country;
    if (place?.lat !== undefined) record.lat = place.lat;
    if (place?.lon !== undefined) record.lon = place.lon;
    return record;
  });
}
