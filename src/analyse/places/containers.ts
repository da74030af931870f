import { COMMA, codeAt } from './capitalised-runs.js';
import type { Gazetteer, GazetteerPlace } from './gazetteer.js';
import { newMention, type RawMention } from './mention.js';
import { isPersonSpan } from './people.js';
import { holdsTown, isFirstLevelRegion } from './place-kinds.js';
import { CANADIAN_PROVINCE_ABBREVIATIONS, ORGANISATION_WORDS, PERSON_TITLES, POSTAL_STATE_CODES, US_STATE_ABBREVIATIONS } from './words.js';

/**
 * What puts a town somewhere: a state written short after it (`Pasadena, Calif.`, `Tampa, FL`, `D.C.`) and
 * the country or region named after its comma (`Lockerbie, Scotland`). Its own module because the verdict
 * on a name, the readings of runs and of phrases, and the dateline all ask it the same question.
 */

/** A comma, a name, and another comma or `and`: the list that one name opened goes on. */
// (`Florida, Georgia, and California`, `Florida, Georgia and California`: or `and` or `or` right after the second.)
const LIST_GOES_ON = /^(?:,\s+[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?(?:,|\s+and\s)|,?\s+(?:and|or)\s+[A-Z])/u;

/** `(D., `, `(R., `: a party's initial and a comma opening a legislator's party tag. */
export const PARTY_TAG_BEFORE = /\([DRI]\.,\s*$/;

/** `Pasadena, Calif.`, `Raleigh, N.C.`, `Tampa, FL`: a state abbreviated the AP way or by its postal code, after a capitalised town and a comma. */
// (A postal code is no initials before a name's particle, `CA del Fava`, nor a lawyer's `QC`.)
// (`from Washington, D.C."`: a quotation may close right after it.)
const AP_STATE = String.raw`(?:(?:[A-Z][a-z]{0,4}\.){1,2}|(?!QC\b)[A-Z]{2}(?!\p{L}|\.\p{L})(?!\s+(?:de|del|della|da|dal|di|van|von|le|la)\b))(?=[\s,;:).”"’]|-(?:based|born|headquartered)\b|$)`;
// (The comma and space come first, then a lookbehind for the town before them: the search then skips from comma to
// comma, rather than trying the lookbehind at every offset of the paragraph.)
const STATE_AFTER_TOWN = new RegExp(String.raw`,\s(?<=\p{Lu}[\p{L}'’.-]*,\s)(${AP_STATE})`, 'gu');
/** The same abbreviation right after a comma, as `followingContainer` reads it. */
const STATE_AFTER_COMMA = new RegExp(String.raw`^,\s(${AP_STATE})`);

/** The US state or Canadian province an abbreviation stands for, as the gazetteer has it (the region, not Georgia the country). */
export function stateOrProvinceOf(abbreviation: string, gazetteer: Gazetteer): GazetteerPlace | undefined {
  // (`FL`, `ON`: or a postal code, which also names Canada's provinces.)
  const canadian = CANADIAN_PROVINCE_ABBREVIATIONS.get(abbreviation);
  const [name, country] = POSTAL_STATE_CODES.get(abbreviation) ?? (canadian ? [canadian, 'Canada'] : [US_STATE_ABBREVIATIONS.get(abbreviation), 'United States']);
  return name === undefined ? undefined : gazetteer.lookup(name).find((place) => place.featureCode === 'REGION' && place.country === country);
}

export function stateAbbreviationMentions(text: string, paragraph: number, gazetteer: Gazetteer): RawMention[] {
  const mentions: RawMention[] = [];
  // `exec` in a loop rather than `matchAll`, as in `capitalisedSpans`: this runs for every paragraph.
  STATE_AFTER_TOWN.lastIndex = 0;
  for (let match = STATE_AFTER_TOWN.exec(text); match !== null; match = STATE_AFTER_TOWN.exec(text)) {
    const abbreviation = match[1] as string;
    const start = match.index + match[0].length - abbreviation.length;
    if (PARTY_TAG_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const state = stateOrProvinceOf(abbreviation, gazetteer);
    if (state) mentions.push(newMention(paragraph, abbreviation, start, start + abbreviation.length, 'suffix', [state]));
  }
  // `sent to DC`, `a group in D.C.`, `DC's street`: the District of Columbia goes by its initials alone.
  const district = text.includes('DC') || text.includes('D.C.') ? stateOrProvinceOf('D.C.', gazetteer) : undefined;
  if (district) {
    for (const match of text.matchAll(DISTRICT_OF_COLUMBIA_ALONE)) {
      // (`D.C. Mayor Muriel Bowser`, `the DC Department of Motor Vehicles`, `D.C. v. Heller`: a title's, a
      // body's or a case's name, which the place is no mention in.)
      const next = /^\s+(\S+)/.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 24))?.[1] ?? '';
      if (next === 'v.' || next === 'v' || (/^\p{Lu}/u.test(next) && (match[0] === 'DC' || ORGANISATION_WORDS.has(next) || OFFICE_AFTER_PLACE.has(next)))) continue;
      mentions.push(newMention(paragraph, match[0], match.index, match.index + match[0].length, 'suffix', [district]));
    }
  }
  return mentions;
}

/** Offices a place's name may open (`D.C. Mayor`, `D.C. Attorney General`), as a title before a person's name. */
const OFFICE_AFTER_PLACE: ReadonlySet<string> = new Set(['Mayor', 'Attorney', 'Delegate', 'Councilmember', 'Councilman', 'Councilwoman', 'Public', 'Superior', 'Metropolitan']);

/** `D.C.`, `DC` standing alone (not after `Washington`, nor in `DC Comics`, `D.C. United`, `the D.C. Circuit`). */
const DISTRICT_OF_COLUMBIA_ALONE = /(?<![\p{L}.@#/-])(?<!Washington,?\s)(?:D\.C\.|DC)(?![\p{L}-]|\.\p{L})(?!\s+(?:Comics|United|Universe|Circuit|Extended))/gu;

/** The country or region named right after a comma (`Lockerbie, Scotland`), if any. */
export function followingContainer(text: string, start: number, end: number, gazetteer: Gazetteer): GazetteerPlace | undefined {
  if (codeAt(text, end) !== COMMA) return undefined;
  const abbreviated = STATE_AFTER_COMMA.exec(text.slice(end, end + 12));
  const state = abbreviated?.[1] ? stateOrProvinceOf(abbreviated[1], gazetteer) : undefined;
  if (state) return state;
  const match = /^,\s+((?:[A-Z][\p{L}.]*)(?:\s[A-Z][\p{L}.]*){0,2})/u.exec(text.slice(end, end + 40));
  if (!match?.[1]) return undefined;
  // `Bristol West, Cambridge, Manchester Gorton, …`: in a list, the next name is not where this one is.
  if (codeAt(text, end + match[0].length) === COMMA && /,\s*$/.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  // (`Arizona, Georgia, Nevada and Utah`: nor in a list of states or provinces that this one opens.)
  if (LIST_GOES_ON.test(text.slice(end + match[0].length, end + match[0].length + 40)) && gazetteer.lookup(text.slice(start, end)).some(isFirstLevelRegion)) return undefined;
  const words = match[1].split(' ');
  // `The MP for Kensington and Chelsea, Michael Portillo,`: a person, not the Isle of Man's parish of Michael.
  if (isPersonSpan(words, gazetteer)) return undefined;
  for (let length = words.length; length >= 1; length--) {
    const name = words.slice(0, length).join(' ');
    // `Richmond, North Yorks`: the first word of a longer name, an everyday word, is no region (Cameroon's North).
    if (length < words.length && gazetteer.isCommonWord(name)) continue;
    const places = gazetteer.lookup(name);
    const candidates = places.filter((place) => place.kind === 'country' || place.featureCode === 'REGION');
    if (candidates.length === 0) continue;
    // (`could also include Bush, Wisconsin Gov. Scott Walker`: a state before a title is the next person's.)
    if (length < words.length && PERSON_TITLES.has((words[length] as string).replace(/\.$/, ''))) return undefined;
    const country = candidates.find((place) => place.kind === 'country');
    const towns = candidates.length > 1 ? gazetteer.lookup(text.slice(start, end)) : [];
    // (`Savannah, Georgia`: a country and a state of one name; the state, when the town lies there and not in the country.)
    const stateOfTown =
      country && !towns.some((town) => town.kind === 'city' && town.countryCode === country.countryCode)
        ? candidates.find((place) => place !== country && holdsTown(place, towns))
        : undefined;
    if (stateOfTown) return stateOfTown;
    if (country) return country;
    // `Brussels, Paris and Amsterdam`: a region named like a great city is, after a comma, the city (not
    // `Waterloo, Ontario`: a province fifty times the size of the Californian city of its name).
    // (`Bozeman, Montana`: of regions named alike, the one the town before lies in, else the most populous;
    // not Bulgaria's province of Montana.)
    const region =
      candidates.find((place) => holdsTown(place, towns)) ??
      candidates.reduce((most, place) => ((place.population ?? 0) > (most.population ?? 0) ? place : most));
    const regionPopulation = region.population ?? 0;
    if (places.some((place) => place.kind === 'city' && (place.population ?? 0) >= Math.min(regionPopulation, 100_000) && (place.population ?? 0) * 10 >= regionPopulation)) {
      return undefined;
    }
    return region;
  }
  return undefined;
}
