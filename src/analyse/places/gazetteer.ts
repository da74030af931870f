import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Place } from '../types.js';
import { foldName, looseKey } from './names.js';

/**
 * The offline gazetteer (GeoNames places and regions, world-countries countries), read from the compact
 * table that `scripts/build-gazetteer.ts` generates. Loading only reads and splits the file: name lookups
 * binary-search its sorted index lines and entries are parsed on first use, so start-up stays short.
 */

export const DEFAULT_GAZETTEER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'data', 'gazetteer.tsv');

/** A gazetteer place, with what resolution needs besides the shared `Place` fields. */
export interface GazetteerPlace extends Place {
  /** Position in the table; stable within one table. */
  index: number;
  /** GeoNames feature code (`PPLC` capital, `PPLA` region seat…), `COUNTRY`, `REGION`, `CONTINENT` or `AREA`. */
  featureCode: string;
  /** First-level region code (`SCT`), for places. */
  admin1?: string;
}

interface Layout {
  count: number;
  entriesStart: number;
  placesStart: number;
  exactStart: number;
  looseStart: number;
  end: number;
}

const NEWLINE = 10;
/**
 * An empty list with the elements kind of a filled one. V8 takes a literal `[]` for a list of small
 * integers, and optimised code that has only met filled lists is thrown away ("wrong map") when it meets one.
 */
function emptyObjectList<T>(): T[] {
  const list: (T | null)[] = [null];
  list.pop();
  return list as T[];
}

// Shared empty results: most capitalised words are not places, and each lookup would otherwise allocate.
const NO_PLACES: GazetteerPlace[] = emptyObjectList();
const NO_OFFSETS: number[] = [];
const TAB = 9;
const SPACE = 32;

export class Gazetteer {
  private readonly bytes: Buffer;
  private readonly layout: Layout;
  private readonly parsed = new Map<number, GazetteerPlace>();
  private readonly placesCache = new Map<string, GazetteerPlace[]>();
  private readonly firstWordCache = new Map<string, boolean>();
  /** `mayStartName`'s answers by the word as written, which spares folding it again. */
  private readonly opensNameCache = new Map<string, boolean>();
  /** `mayStartJoinedName`'s answers by the word as written. */
  private readonly opensJoinedCache = new Map<string, boolean>();
  private readonly commonWords: Set<string>;
  private readonly firstNames: Set<string>;
  /** Folded names with a lower-case word inside, and the words they start with. */
  private readonly joinedNames: Set<string>;
  private readonly joinedFirstWords: Set<string>;
  private countryIndexByCode?: Map<string, number>;
  private regionIndexByCode?: Map<string, number>;
  private readonly regionNames = new Map<string, string | undefined>();
  private demonymCodes?: Map<string, string>;

  /** `bytes`: the table that `scripts/build-gazetteer.ts` writes. Only its short head is decoded here. */
  constructor(bytes: Buffer, source = 'gazetteer') {
    this.bytes = bytes;
    const fail = (problem: string): Error =>
      new Error(`${source}: ${problem}; rebuild it with npm run build:gazetteer`);
    let words: string | undefined;
    let names: string | undefined;
    let joined: string | undefined;
    let layout: Layout | undefined;
    let at = 0;
    while (at < bytes.length && !layout) {
      const lineEnd = bytes.indexOf(NEWLINE, at);
      if (lineEnd < 0) break;
      const line = bytes.toString('utf8', at, lineEnd);
      if (line.startsWith('W\t')) words = line.slice(2);
      else if (line.startsWith('F\t')) names = line.slice(2);
      else if (line.startsWith('J\t')) joined = line.slice(2);
      else if (line.startsWith('X\t')) {
        const [count, entriesStart, placesStart, exactStart, looseStart, end] = line.slice(2).split('\t').map(Number);
        layout = {
          count: count ?? Number.NaN,
          entriesStart: entriesStart ?? Number.NaN,
          placesStart: placesStart ?? Number.NaN,
          exactStart: exactStart ?? Number.NaN,
          looseStart: looseStart ?? Number.NaN,
          end: end ?? Number.NaN,
        };
      } else if (!line.startsWith('#')) throw fail(`unexpected line at byte ${at}`);
      at = lineEnd + 1;
    }
    if (!layout || words === undefined || names === undefined || joined === undefined) {
      throw fail('missing its W, F, J or X line');
    }
    if (Object.values(layout).some((value) => !Number.isInteger(value)) || layout.end !== bytes.length) {
      throw fail('its section offsets do not match the file');
    }
    this.layout = layout;
    this.commonWords = new Set(words.split('|'));
    this.firstNames = new Set(names.split('|'));
    this.joinedNames = new Set(joined.split('|'));
    this.joinedFirstWords = new Set([...this.joinedNames].map((name) => name.slice(0, name.indexOf(' '))));
  }

  /** True when a name with a lower-case word inside (`Isle of Man`) may start with this word. */
  mayStartJoinedName(word: string): boolean {
    let starts = this.opensJoinedCache.get(word);
    if (starts === undefined) {
      starts = this.joinedFirstWords.has(foldName(word));
      this.opensJoinedCache.set(word, starts);
    }
    return starts;
  }

  /** True when the gazetteer has this name with a lower-case word inside (`Trinidad and Tobago`). */
  isJoinedName(name: string): boolean {
    return this.joinedNames.has(foldName(name));
  }

  static load(path = DEFAULT_GAZETTEER_PATH): Gazetteer {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new Error(`cannot read the gazetteer ${path} (${String(error)}); run npm run build:gazetteer`);
    }
    return new Gazetteer(bytes, path);
  }

  get size(): number {
    return this.layout.count;
  }

  /** Places whose name or other spelling folds to the same key as `name`. */
  lookup(name: string): GazetteerPlace[] {
    const cached = this.placesCache.get(name);
    if (cached) return cached;
    const key = foldName(name);
    const space = key.indexOf(' ');
    if (!this.startsSomeName(space < 0 ? key : key.slice(0, space))) {
      this.placesCache.set(name, NO_PLACES);
      return NO_PLACES;
    }
    const offsets = this.indexesIn(this.layout.exactStart, this.layout.looseStart, key);
    const places = offsets.length === 0 ? NO_PLACES : offsets.map((at) => this.place(at));
    this.placesCache.set(name, places);
    return places;
  }

  /**
   * False when no gazetteer name starts with this word, so no name that opens with it can be looked up:
   * the same test `lookup` makes first, offered so that callers skip building the longer names at all.
   */
  mayStartName(word: string): boolean {
    let starts = this.opensNameCache.get(word);
    if (starts === undefined) {
      const key = foldName(word);
      const space = key.indexOf(' ');
      starts = this.startsSomeName(space < 0 ? key : key.slice(0, space));
      this.opensNameCache.set(word, starts);
    }
    return starts;
  }

  /** Places that match `name` even in another transliteration (`Ajdabiyah`, `Bin Jawad`, `el-Brega`). */
  lookupLoose(name: string): GazetteerPlace[] {
    const { exactStart, looseStart, end } = this.layout;
    const key = looseKey(name);
    const hits = new Set([
      ...this.indexesIn(exactStart, looseStart, foldName(name)),
      ...this.indexesIn(looseStart, end, key),
      ...this.indexesIn(exactStart, looseStart, key),
    ]);
    return [...hits].map((index) => this.place(index));
  }

  /** True when the folded name is also an everyday English word (`reading`, `mobile`). */
  isCommonWord(name: string): boolean {
    return this.commonWords.has(foldName(name));
  }

  isFirstName(word: string): boolean {
    return this.firstNames.has(word);
  }

  /** English demonyms of every country (`Libyan`, `Libyans`), which are not places. */
  isDemonym(word: string): boolean {
    return this.demonyms().has(word);
  }

  /** The country a demonym names (`Spanish` → Spain), for `the Spanish island of Fuerteventura`. */
  countryOfDemonym(word: string): GazetteerPlace | undefined {
    const code = this.demonyms().get(word);
    return code === undefined ? undefined : this.country(code);
  }

  /** Demonym → country code, built at first use from the country lines. */
  private demonyms(): Map<string, string> {
    if (!this.demonymCodes) {
      this.demonymCodes = new Map();
      if (!this.countryIndexByCode) this.indexCodes();
      // Only the country lines, in the table's order (a later country wins a demonym two share).
      for (const at of this.countryIndexByCode?.values() ?? []) {
        const fields = this.entryLine(at).split('\t');
        const code = fields[1] ?? '';
        for (const demonym of (fields[6] ?? '').split('|')) {
          // `Gibraltar`, `Djibouti`: a demonym spelled as its country's name is still the country's name.
          if (!demonym || demonym === fields[2]) continue;
          this.demonymCodes.set(demonym, code);
          this.demonymCodes.set(`${demonym}s`, code);
        }
      }
    }
    return this.demonymCodes;
  }

  country(code: string): GazetteerPlace | undefined {
    if (!this.countryIndexByCode) this.indexCodes();
    const index = this.countryIndexByCode?.get(code);
    return index === undefined ? undefined : this.place(index);
  }

  /** The entry whose line starts at byte `offset` (parsed once, then kept). */
  place(offset: number): GazetteerPlace {
    const cached = this.parsed.get(offset);
    if (cached) return cached;
    const place = this.parseEntry(offset);
    this.parsed.set(offset, place);
    return place;
  }

  private entryLine(offset: number): string {
    const end = this.bytes.indexOf(NEWLINE, offset);
    return this.bytes.toString('utf8', offset, end < 0 ? this.bytes.length : end);
  }

  /**
   * Where each country's and region's line starts, by code. One regular expression walks the few
   * thousand lines before the places, decoded at once as Latin-1 so that a character's offset is its
   * byte's (codes are ASCII); decoding and splitting each line apart cost far more before the JIT has
   * compiled this, and it runs at the first parsed entry of every fresh process.
   */
  private indexCodes(): void {
    this.countryIndexByCode = new Map();
    this.regionIndexByCode = new Map();
    const { entriesStart, placesStart } = this.layout;
    const head = this.bytes.toString('latin1', entriesStart, placesStart);
    const codeLine = /^([CR])\t([^\t\n]+)/gm;
    for (let match = codeLine.exec(head); match !== null; match = codeLine.exec(head)) {
      const codes = match[1] === 'C' ? this.countryIndexByCode : this.regionIndexByCode;
      codes.set(match[2] as string, entriesStart + match.index);
    }
  }

  /** A region's name by its code (`GB.ENG`), read once: a country's towns name the same few regions. */
  private regionName(code: string): string | undefined {
    if (!this.regionIndexByCode) this.indexCodes();
    if (this.regionNames.has(code)) return this.regionNames.get(code);
    const index = this.regionIndexByCode?.get(code);
    const name = index === undefined ? undefined : this.entryLine(index).split('\t')[2];
    this.regionNames.set(code, name);
    return name;
  }

  private parseEntry(index: number): GazetteerPlace {
    if (index < this.layout.entriesStart || index >= this.layout.exactStart) {
      throw new Error(`gazetteer: no entry at byte ${index}`);
    }
    const fields = this.entryLine(index).split('\t');
    const [tag = '', code = '', name = ''] = fields;
    if (tag === 'C') {
      return samePlaceShape({ index, id: `country:${code}`, name, altNames: list(fields[5]), country: name, countryCode: code, kind: 'country', featureCode: 'COUNTRY', lat: number(fields[3]), lon: number(fields[4]) });
    }
    if (tag === 'T') {
      // A continent, or a part of the world that spans countries (`Caribbean`, within the Americas).
      const isArea = code.startsWith('area:');
      const region = isArea ? fields[6] || 'world region' : 'continent';
      return samePlaceShape({ index, id: code, name, altNames: list(fields[5]), region, kind: 'region', featureCode: isArea ? 'AREA' : 'CONTINENT', lat: number(fields[3]), lon: number(fields[4]) });
    }
    if (tag === 'R') {
      const countryCode = code.split('.')[0] ?? '';
      // A second-level region (GB.ENG.N7 Surrey) lies in a first-level one (England).
      const parent = code.split('.').length === 3 ? this.regionName(code.split('.').slice(0, 2).join('.')) : undefined;
      return samePlaceShape({
        index,
        id: `region:${code}`,
        name,
        altNames: [],
        country: this.country(countryCode)?.name,
        countryCode,
        region: parent,
        kind: 'region',
        featureCode: 'REGION',
        lat: number(fields[3]),
        lon: number(fields[4]),
        population: number(fields[5]),
      });
    }
    const [, , , countryCode = '', admin1 = '', lat, lon, population, featureCode = 'PPL', alternates] = fields;
    return samePlaceShape({
      index,
      id: code,
      name,
      altNames: list(alternates),
      country: this.country(countryCode)?.name,
      countryCode,
      region: admin1 ? this.regionName(`${countryCode}.${admin1}`) : undefined,
      kind: 'city',
      featureCode,
      lat: number(lat),
      lon: number(lon),
      population: number(population),
      admin1: admin1 || undefined,
    });
  }

  /**
   * True when some name in the exact index starts with this word. Most capitalised words in news (people,
   * firms) start no place name at all, and this answer, kept per word, spares their longer lookups.
   */
  private startsSomeName(word: string): boolean {
    const cached = this.firstWordCache.get(word);
    if (cached !== undefined) return cached;
    const bytes = this.bytes;
    let low = this.layout.exactStart;
    let high = this.layout.looseStart;
    // Lower bound: the first line whose key is not below `word`.
    while (low < high) {
      const middle = (low + high) >>> 1;
      const lineStart = bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
      if (compareKey(bytes, lineStart, word) < 0) low = bytes.indexOf(NEWLINE, lineStart) + 1;
      else high = lineStart;
    }
    let starts = low < this.layout.looseStart;
    for (let index = 0; starts && index < word.length; index++) {
      if (bytes[low + index] !== word.charCodeAt(index)) starts = false;
    }
    const next = bytes[low + word.length];
    starts = starts && (next === TAB || next === SPACE);
    this.firstWordCache.set(word, starts);
    return starts;
  }

  /**
   * Binary search of the sorted `key<TAB>offset,offset` lines between bytes `start` and `end`, in the raw
   * bytes: keys are ASCII, so byte order is the order the build sorted them in. Results are kept: news
   * repeats its names.
   */
  private indexesIn(start: number, end: number, key: string): number[] {
    if (!key) return NO_OFFSETS;
    const bytes = this.bytes;
    let found: number[] = NO_OFFSETS;
    let low = start;
    let high = end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const lineStart = bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
      const order = compareKey(bytes, lineStart, key);
      if (order === 0) {
        const valueStart = lineStart + key.length + 1;
        const lineEnd = bytes.indexOf(NEWLINE, valueStart);
        found = bytes.toString('latin1', valueStart, lineEnd).split(',').map(Number);
        break;
      }
      if (order < 0) low = bytes.indexOf(NEWLINE, lineStart) + 1;
      else high = lineStart;
    }
    return found;
  }
}

function number(value: string | undefined): number {
  return Number(value ?? 0);
}

function list(value: string | undefined): string[] {
  return value ? value.split('|') : [];
}

/** Compares the key of the line at `at` (up to its tab) with `key`: negative when the line sorts first. */
function compareKey(bytes: Buffer, at: number, key: string): number {
  for (let index = 0; index < key.length; index++) {
    const byte = bytes[at + index] ?? TAB;
    if (byte === TAB) return -1;
    const difference = byte - key.charCodeAt(index);
    if (difference !== 0) return difference;
  }
  return bytes[at + key.length] === TAB ? 0 : 1;
}

/**
 * Every place with the same fields in the same order, those it lacks left undefined: code that reads
 * places (detection, resolution) then sees one hidden class and stays optimised, instead of falling back
 * each time a country, a region or a town comes by.
 */
function samePlaceShape(place: GazetteerPlace): GazetteerPlace {
  return {
    index: place.index,
    id: place.id,
    name: place.name,
    altNames: place.altNames,
    country: place.country || undefined,
    countryCode: place.countryCode,
    region: place.region || undefined,
    kind: place.kind,
    featureCode: place.featureCode,
    lat: place.lat,
    lon: place.lon,
    population: place.population,
    admin1: place.admin1,
  };
}

let shared: Gazetteer | undefined;

/** The bundled gazetteer, loaded once per process. */
export function defaultGazetteer(): Gazetteer {
  shared ??= Gazetteer.load();
  return shared;
}

/** A continent or a part of the world such as the Caribbean: in no one country, and known by its name alone. */
export function spansCountries(place: GazetteerPlace): boolean {
  return place.featureCode === 'CONTINENT' || place.featureCode === 'AREA';
}
