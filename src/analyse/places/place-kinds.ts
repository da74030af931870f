import { type GazetteerPlace, spansCountries } from './gazetteer.js';
import { foldName, looseKey } from './names.js';

/**
 * What kind of gazetteer place a candidate is (a country, a first-level region, a great city, a town big
 * enough for a team) and whether a name is only a distant spelling of it. Apart from the text rules: these
 * read a gazetteer entry alone, and the text rules, `resolve.ts` and `index.ts` all ask them.
 */

/** A city this big owns its districts in the news (`London's West End`). */
export const WELL_KNOWN_CITY = 500_000;

/** A country, a part of the world or a first-level region: no one's surname in news (`Alcohol Focus Scotland`). */
export function isNationOrState(place: GazetteerPlace): boolean {
  return place.kind === 'country' || spansCountries(place) || isFirstLevelRegion(place);
}

/** One of the fifty states (or the District of Columbia), as the gazetteer has it. */
export function isUsState(place: GazetteerPlace): boolean {
  return place.countryCode === 'US' && isFirstLevelRegion(place);
}

/** A town this big has a team known by the town's name (`Sale`, 55,000; not `Republic`, Missouri). */
export const TEAM_TOWN_POPULATION = 50_000;
/** A name that is no everyday word needs less (`Charlton`, 14,000: `Charlton boss` is no one's first name). */
export const TEAM_DISTRICT_POPULATION = 5_000;

/** Whether one of these towns lies in the region (a module function: a named closure per call costs under tsx). */
export function holdsTown(region: GazetteerPlace, towns: readonly GazetteerPlace[]): boolean {
  return towns.some((town) => town.kind === 'city' && town.countryCode === region.countryCode && town.region === region.name);
}

/** `Ft. `, `Mt `: a fort or a mount written short. */
const ABBREVIATED_FORT_OR_MOUNT = /^(?:Ft|Mt)\.? /;

/**
 * True when `name` is only one of the place's other spellings and does not look like its own name
 * (`Google` for Topeka, `Liverpool` for a Washington town) — unlike `Newcastle` for Newcastle upon Tyne.
 */
export function isDistantSpelling(name: string, place: GazetteerPlace): boolean {
  // Countries' and regions' other names are the news names the gazetteer was given (`Far East`,
  // `West Country`), not stray transliterations.
  if (place.kind === 'country' || place.kind === 'region') return false;
  // (`Ft. Lauderdale`, `Mt. Vernon`: an abbreviated fort or mount is the name written short.)
  const key = foldName(name.replace(ABBREVIATED_FORT_OR_MOUNT, (word) => (word.startsWith('F') ? 'Fort ' : 'Mount ')));
  const own = foldName(place.name);
  if (own === key || ` ${own} `.includes(` ${key} `)) return false;
  if (looseKey(place.name).slice(0, 3) === looseKey(name).slice(0, 3)) return false;
  // A real other name recurs in several spellings (`El-Brega`, `Marsa Brega`, `Port Brega`); a stray one does not.
  const spellingsWithIt = place.altNames.filter((alt) => ` ${foldName(alt)} `.includes(` ${key} `)).length;
  return spellingsWithIt < 2;
}

export function onlyByDistantSpelling(name: string, candidates: GazetteerPlace[]): boolean {
  return candidates.every((place) => (place.population ?? 0) < 1_000_000 && isDistantSpelling(name, place));
}

/**
 * Only a town can be put in a country or region by a comma: `France, Germany and Italy` is a list, but
 * `Lockerbie, Scotland` is a town and where it is.
 */
export function townOnly(candidates: GazetteerPlace[]): boolean {
  if (candidates.some((place) => place.kind === 'country' || spansCountries(place))) return false;
  return candidates.length === 0 || candidates.some((place) => place.kind === 'city');
}

/** A town big enough to have a team known by its very name (`Sale`; not `North` for North Salt Lake). */
export function isTeamTown(place: GazetteerPlace, name: string, minPopulation = TEAM_TOWN_POPULATION): boolean {
  return place.name === name && place.featureCode.startsWith('PPL') && (place.population ?? 0) >= minPopulation;
}

export function spelledExactly(place: GazetteerPlace, name: string): boolean {
  return place.name === name || place.altNames.includes(name);
}

/** A country, a state or nation of one, or a great city: a place known well enough to stand out by name alone. */
export function isWidelyKnown(place: GazetteerPlace): boolean {
  return place.kind === 'country' || isFirstLevelRegion(place) || (place.population ?? 0) >= WELL_KNOWN_CITY;
}

/** Scotland, Wales, a US state: a region right under its country (`region:GB.SCT`). */
export function isFirstLevelRegion(place: GazetteerPlace): boolean {
  return place.featureCode === 'REGION' && place.id.split('.').length === 2;
}
