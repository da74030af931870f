import type { Place } from '../types.js';
import { type GazetteerPlace, spansCountries } from './gazetteer.js';
import { type RawMention, soleNamesake } from './mention.js';
import { foldName, looseKey } from './names.js';
import { isDistantSpelling } from './place-kinds.js';

/**
 * Picks one place for each mention of an article. Context first (the dateline's country, the countries
 * and regions the article names elsewhere), then the place's own weight (population, capital status),
 * the order that published geoparsers (CLAVIN, Mordecai) also use.
 */

export interface ResolvedMention {
  mention: RawMention;
  /** A gazetteer place, or a place that only the text knows (no coordinates). */
  place: Place;
}

const CONTEXT_DATELINE = 5;
const CONTEXT_COUNTRY_NAMED = 2;
const CONTEXT_COUNTRY_SHARE = 4;
const CONTEXT_REGION = 2;
/** The corpus's own countries (see `homeCountries`). */
const CONTEXT_HOME = 1.5;

function ownWeight(place: GazetteerPlace, candidates: GazetteerPlace[]): number {
  // (Antarctica, an ISO code's territory and a continent of one name, is the continent.)
  if (place.kind === 'country') return candidates.some((other) => other.featureCode === 'CONTINENT' && other.name === place.name) ? 9 : 11;
  if (spansCountries(place)) return 10;
  const size = Math.log10((place.population ?? 0) + 1);
  // A region that shares its name with one of its own country's towns (Tripoli, Benghazi) is named after
  // the town; one whose namesakes are abroad (Crete; Crete, Nebraska) is not.
  if (place.featureCode === 'REGION') {
    const namedAfterTown = candidates.some((other) => other.kind === 'city' && other.countryCode === place.countryCode);
    return namedAfterTown ? size - 1 : size;
  }
  if (place.featureCode === 'PPLC') return size + 3;
  if (place.featureCode === 'PPLA') return size + 1;
  if (place.featureCode === 'PPLA2') return size + 0.3;
  return size;
}

interface ArticleEvidence {
  datelineCountry?: string;
  /** How many plain mentions each country has (its own name, or a town only it has). */
  countries: Map<string, number>;
  total: number;
  regions: Set<string>;
}

function evidenceOf(mentions: RawMention[]): ArticleEvidence {
  const evidence: ArticleEvidence = { countries: new Map(), total: 0, regions: new Set() };
  for (const mention of mentions) {
    const only = soleNamesake(mention);
    const container = mention.within;
    const datelined = mention.isDateline ? datelinePlace(mention)?.countryCode : undefined;
    if (datelined) evidence.datelineCountry = datelined;
    for (const place of [only ?? capitalOnlyAtHome(mention), container]) {
      if (!place?.countryCode) continue;
      evidence.countries.set(place.countryCode, (evidence.countries.get(place.countryCode) ?? 0) + 1);
      evidence.total++;
      if (place.kind === 'city' && place.admin1) evidence.regions.add(`${place.countryCode}.${place.admin1}`);
      if (place.featureCode === 'REGION') evidence.regions.add(place.id.replace(/^region:/, ''));
    }
  }
  return evidence;
}

/**
 * A national capital whose every namesake lies in its own country (`Tbilisi`, the city and the region of
 * its name) names that country; else undefined. (Not any one-country name: `New York`, city and state,
 * would weigh the US in every article that mentions it.)
 */
function capitalOnlyAtHome(mention: RawMention): GazetteerPlace | undefined {
  const capital = mention.candidates.find((place) => place.featureCode === 'PPLC');
  if (mention.cue === 'seat' || !capital?.countryCode) return undefined;
  return mention.candidates.every((place) => place.countryCode === capital.countryCode) ? capital : undefined;
}

/**
 * A small town that shares a capital's, a great city's or a far bigger regional seat's name (Athens,
 * Georgia; London, Kentucky; Geneva, Illinois) is meant only where the text says so: a dateline or its
 * region named, not merely its country.
 */
function isOvershadowed(written: string, place: GazetteerPlace, candidates: GazetteerPlace[]): boolean {
  // (A country has no population to weigh: called by its own name, Georgia the country is no small town;
  // `Salvador` for El Salvador is, beside the city in Brazil.)
  if (place.kind === 'country' && foldName(place.name) === foldName(written)) return false;
  const population = place.population ?? 0;
  // A national capital outranks a county seat or a village of its name; a regional capital holds its own.
  const isSeat = place.featureCode === 'PPLA' || place.featureCode === 'PPLC';
  return candidates.some(
    (other) =>
      other !== place &&
      // (A country has no population in the gazetteer; its own capital named after it, Mexico City, is no greater.)
      !(place.kind === 'country' && other.countryCode === place.countryCode) &&
      ((other.featureCode === 'PPLC' && !isSeat && population * 4 < (other.population ?? 0)) ||
        // (Geneva, Illinois beside Geneva the canton's seat, eight times its size.)
        (other.featureCode === 'PPLA' && !isSeat && population * 5 < (other.population ?? 0)) ||
        ((other.population ?? 0) >= 500_000 && population * 10 < (other.population ?? 0))),
  );
}

/** The biggest city among a name's candidates, and the biggest in any other country (for `isOvershadowedByCity`). */
interface GreatCities {
  top?: GazetteerPlace;
  otherCountryPopulation: number;
}

function greatCities(candidates: GazetteerPlace[]): GreatCities {
  let top: GazetteerPlace | undefined;
  for (const place of candidates) {
    if (place.kind === 'city' && (place.population ?? 0) > (top?.population ?? 0)) top = place;
  }
  let otherCountryPopulation = 0;
  for (const place of candidates) {
    if (place.kind !== 'city' || place.countryCode === top?.countryCode) continue;
    otherCountryPopulation = Math.max(otherCountryPopulation, place.population ?? 0);
  }
  return top ? { top, otherCountryPopulation } : { otherCountryPopulation };
}

/** A great city abroad shares the town's name: Frankfurt (am Main) for Frankfort, Kentucky. */
function isOvershadowedByCity(place: GazetteerPlace, cities: GreatCities): boolean {
  const abroad = cities.top && cities.top.countryCode !== place.countryCode ? (cities.top.population ?? 0) : cities.otherCountryPopulation;
  return abroad >= 500_000 && (place.population ?? 0) * 10 < abroad;
}

/**
 * A home town with a city of its name abroad twenty times its size (Monterey, California, and
 * Monterrey; Rotterdam, New York, and Rotterdam) gets no help from being at home (Sale, Cheshire, still
 * holds against Salé, and Halifax against Halifax, Nova Scotia). A place of unknown size (a district)
 * is not judged, and a region abroad is not weighed (a region's people are not a city's renown).
 */
function isOutweighedAbroad(place: GazetteerPlace, candidates: GazetteerPlace[], home: Set<string>): boolean {
  const population = place.population ?? 0;
  if (population === 0) return false;
  let abroad = 0;
  for (const other of candidates) {
    if (other.kind !== 'city' || !other.countryCode || home.has(other.countryCode)) continue;
    abroad = Math.max(abroad, other.population ?? 0);
  }
  return abroad >= 20 * population;
}

function score(
  written: string,
  place: GazetteerPlace,
  candidates: GazetteerPlace[],
  cities: GreatCities,
  evidence: ArticleEvidence,
  home: Set<string>,
): number {
  let total = ownWeight(place, candidates);
  const code = place.countryCode;
  // (Nor does the dateline's country make Warsaw, Indiana the Warsaw a Washington story names.)
  if (code && code === evidence.datelineCountry && !isOvershadowedByCity(place, cities)) total += CONTEXT_DATELINE;
  const named = code ? (evidence.countries.get(code) ?? 0) : 0;
  // The corpus's home alone does not make Frankfort, Kentucky the Frankfurt a bare name means (a great
  // city abroad does; a big region abroad, New Zealand's Canterbury, does not); in an article that
  // names the home country, a town called by its own name holds its own (Sale, Cheshire; not Salé).
  if (code && home.has(code)) {
    const holds =
      (!isOvershadowedByCity(place, cities) || (named > 0 && looseKey(place.name) === looseKey(written))) &&
      !isOutweighedAbroad(place, candidates, home);
    if (holds) total += CONTEXT_HOME;
  }
  // Named at all: a nudge; named throughout: as strong as a dateline.
  if (named > 0 && !isOvershadowed(written, place, candidates)) {
    total += CONTEXT_COUNTRY_NAMED + CONTEXT_COUNTRY_SHARE * (named / evidence.total);
  }
  if (place.admin1 && evidence.regions.has(`${code}.${place.admin1}`)) total += CONTEXT_REGION;
  return total;
}

/** Candidates that fit the country or region the text puts the name in (`Lockerbie, Scotland`). */
function inside(candidates: GazetteerPlace[], container: GazetteerPlace | undefined): GazetteerPlace[] {
  if (!container) return candidates;
  // None there (`Ashfield, Nottinghamshire` when the gazetteer knows only Ashfield, Australia): the text
  // knows better, and the place is listed in the country it names, without coordinates.
  const sameCountry = candidates.filter((place) => place.countryCode === container.countryCode);
  if (container.featureCode !== 'REGION') return sameCountry;
  const inRegion = sameCountry.filter((place) => place.id === container.id || place.region === container.name);
  return inRegion.length > 0 ? inRegion : sameCountry;
}

/** Text-only places are keyed by their loose spelling, so `Bin Jawwad` and `Bin Jawad` are one place. */
export function textPlaceId(name: string): string {
  return `text:${looseKey(name)}`;
}

/**
 * The country whose parliament an article's constituencies belong to: the dateline's, else the corpus's
 * first home country (`home` lists the most named first: British news about a British election names the
 * US as often as Britain), else the country the article is about.
 */
function parliamentCountry(
  mentions: RawMention[],
  focus: { code: string; name: string } | undefined,
  home: Set<string>,
  countryName: CountryNamer,
): { code: string; name: string } | undefined {
  const dateline = datelineCountry(mentions);
  if (dateline) return dateline;
  const [main] = home;
  if (main === undefined || focus?.code === main) return focus;
  const name = countryName(main);
  return name ? { code: main, name } : focus;
}

/**
 * A constituency lies in its parliament's country (see `parliamentCountry`): `Ashfield` the seat is no
 * suburb of Sydney, and with no town of its name there it is a place the text alone gives.
 */
function seatCandidates(mention: RawMention, parliament: string | undefined): GazetteerPlace[] {
  if (mention.cue !== 'seat' || parliament === undefined) return mention.candidates;
  return mention.candidates.filter((place) => place.countryCode === parliament);
}

/** Places named by their own name beat places that merely list the name among other spellings. */
function preferOwnName(mention: RawMention, candidates: GazetteerPlace[]): GazetteerPlace[] {
  const near = candidates.filter((place) => !isDistantSpelling(mention.name, place));
  const kept = near.length > 0 ? near : candidates;
  // `California, Oklahoma, West Virginia`: a region called by its own name beats a town of its country
  // named by it and more words (Oklahoma City; not Genève for the canton of Geneva), unless the town is
  // the great city the name means (New York).
  const written = foldName(mention.name);
  const ownNamedRegions = kept.filter((place) => place.kind === 'region' && foldName(place.name) === written);
  const notOutnamed = ownNamedRegions.length === 0 ? kept : kept.filter(
    (place) =>
      place.kind !== 'city' ||
      !foldName(place.name).startsWith(`${written} `) ||
      (place.population ?? 0) >= GREAT_CITY_POPULATION ||
      !ownNamedRegions.some((region) => region.countryCode === place.countryCode),
  );
  // `Manchester` in New Hampshire news: a town called by its own name beats a town of its country that has
  // the name only among its other spellings (Paterson, New Jersey), though not one named by it and more
  // words (Frankfurt am Main).
  const ownNamedTowns = notOutnamed.filter((place) => place.kind === 'city' && foldName(place.name) === written);
  if (ownNamedTowns.length === 0) return notOutnamed;
  return notOutnamed.filter((place) => {
    if (place.kind !== 'city') return true;
    const own = foldName(place.name);
    return own === written || own.startsWith(`${written} `) || (place.population ?? 0) >= GREAT_CITY_POPULATION || !ownNamedTowns.some((town) => town.countryCode === place.countryCode);
  });
}

/** A city this big is what its name means even where the name is only one of its spellings (`New York`). */
const GREAT_CITY_POPULATION = 1_000_000;

/** A country's name by its code (the gazetteer's), for a place that only the text gives. */
export type CountryNamer = (code: string) => string | undefined;

export function resolveArticle(mentions: RawMention[], home: Set<string> = new Set(), countryName: CountryNamer = () => undefined): ResolvedMention[] {
  const evidence = evidenceOf(mentions);
  const focusCountry = articleFocus(mentions);
  const seatCountry = mentions.some((mention) => mention.cue === 'seat') ? parliamentCountry(mentions, focusCountry, home, countryName) : undefined;
  // One sense per article: a name read as a constituency is that constituency wherever the article names it.
  const seats = new Map<string, Place>();
  const resolved: ResolvedMention[] = [];
  const containers = containersNamed(mentions, focusCountry?.code);
  for (const mention of mentions) {
    // (`Savannah, Georgia`: the name after the comma is the place the town before was read to lie in.)
    const container = containers.size === 0 ? undefined : containers.get(`${mention.paragraph}:${mention.start}`);
    if (container && mention.candidates.includes(container)) {
      resolved.push({ mention, place: container });
      continue;
    }
    const seat = seats.size === 0 ? undefined : seats.get(looseKey(mention.name));
    if (seat) {
      resolved.push({ mention, place: seat });
      continue;
    }
    const candidates = preferOwnName(mention, inside(seatCandidates(mention, seatCountry?.code), mention.within));
    const cities = greatCities(candidates);
    let best: GazetteerPlace | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const candidate of candidates) {
      const value = score(mention.name, candidate, candidates, cities, evidence, home);
      if (value > bestScore) {
        best = candidate;
        bestScore = value;
      }
    }
    if (best) {
      resolved.push({ mention, place: best });
      if (mention.cue === 'seat') seats.set(looseKey(mention.name), best);
      continue;
    }
    const place: Place = { id: textPlaceId(mention.name), name: displayName(mention), altNames: [], kind: 'place' };
    const country = mention.within;
    if (country?.countryCode) {
      place.countryCode = country.countryCode;
      if (country.country) place.country = country.country;
      if (country.featureCode === 'REGION') place.region = country.name;
    } else if (mention.cue === 'seat' && seatCountry) {
      place.countryCode = seatCountry.code;
      place.country = seatCountry.name;
      seats.set(looseKey(mention.name), place);
    } else if (focusCountry) {
      // A town the text introduces (`the oil port of Ras Lanuf`) lies, as a rule, in the country the article is about.
      place.countryCode = focusCountry.code;
      place.country = focusCountry.name;
    }
    resolved.push({ mention, place });
  }
  return resolved;
}

/** Where each mention a comma puts right after a town (`Savannah, Georgia`) starts, with the place that town was read to lie in. */
function containersNamed(mentions: RawMention[], focusCode: string | undefined): Map<string, GazetteerPlace> {
  const containers = new Map<string, GazetteerPlace>();
  for (const mention of mentions) {
    if (!mention.within) continue;
    const next = mentions.find((other) => other.paragraph === mention.paragraph && other.start > mention.end && other.start <= mention.end + 3);
    if (!next || next.name !== mention.within.name) continue;
    // (`Fort Stewart, Georgia` in a story about the US: a town the gazetteer has nowhere in the country, after
    // which that country and a state of the article's own country share a name, lies in the state.)
    const within = mention.within;
    const state =
      focusCode !== undefined && within.kind === 'country' && within.countryCode !== focusCode && !mention.candidates.some((town) => town.countryCode === within.countryCode)
        ? next.candidates.find((place) => place.featureCode === 'REGION' && place.countryCode === focusCode)
        : undefined;
    if (state) mention.within = state;
    containers.set(`${next.paragraph}:${next.start}`, mention.within);
  }
  return containers;
}

function displayName(mention: RawMention): string {
  // A dateline is in capitals (`RAS LANUF`); show the name as a sentence would write it.
  if (mention.name === mention.name.toUpperCase()) {
    return mention.name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
  }
  return mention.name;
}

function datelineCountry(mentions: RawMention[]): { code: string; name: string } | undefined {
  const dateline = mentions.find((mention) => mention.isDateline);
  const place = dateline ? datelinePlace(dateline) : undefined;
  return place?.countryCode && place.country ? { code: place.countryCode, name: place.country } : undefined;
}

/** Where a dateline puts the story: the country or region after it, else the one place of its name, else its great city. */
function datelinePlace(dateline: RawMention): GazetteerPlace | undefined {
  return dateline.within ?? soleNamesake(dateline) ?? dominantCity(dateline.candidates);
}

/**
 * `SAN FRANCISCO (AP) —`: a dateline with no country after it names the great city of its name, when one
 * is ten times the size of every namesake abroad (not `PORTLAND`, Oregon and Maine both in the US but
 * neither great; not `BIRMINGHAM`, with another great city in Alabama).
 */
function dominantCity(candidates: GazetteerPlace[]): GazetteerPlace | undefined {
  const { top, otherCountryPopulation } = greatCities(candidates);
  const population = top?.population ?? 0;
  return top && population >= DOMINANT_CITY_POPULATION && population >= 10 * otherCountryPopulation ? top : undefined;
}

const DOMINANT_CITY_POPULATION = 100_000;

/**
 * The country an article is about: its dateline's, unless the article names another more often (`BERLIN -`
 * over a story about Pakistan), then the one it names most.
 */
function articleFocus(mentions: RawMention[]): { code: string; name: string } | undefined {
  const dateline = datelineCountry(mentions);
  const counts = namedCountries(mentions);
  let named: { code: string; name: string; count: number } | undefined;
  for (const entry of counts.values()) if (!named || entry.count > named.count) named = entry;
  if (!dateline || !named || named.code === dateline.code) return dateline ?? named;
  return named.count > (counts.get(dateline.code)?.count ?? 0) ? named : dateline;
}

/** How often the article names each country by a name only it has (its own name, or a town only it has). */
function namedCountries(mentions: RawMention[]): Map<string, { code: string; name: string; count: number }> {
  const counts = new Map<string, { code: string; name: string; count: number }>();
  for (const mention of mentions) {
    const only = soleNamesake(mention);
    if (!only?.countryCode || !only.country) continue;
    const entry = counts.get(only.countryCode) ?? { code: only.countryCode, name: only.country, count: 0 };
    entry.count++;
    counts.set(only.countryCode, entry);
  }
  return counts;
}
