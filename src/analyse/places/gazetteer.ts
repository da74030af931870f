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
  /** GeoNames feature code (`PPLC` capital, `PPLA` region seat…), `COUNTRY`, `REGION` or `CONTINENT`. */
  featureCode: string;
  /** First-level region code (`SCT`), for places. */
  admin1?: string;
}

interface Section {
  start: number;
  end: number;
}

export class Gazetteer {
  private readonly lines: string[];
  private readonly entries: Section;
  private readonly exact: Section;
  private readonly loose: Section;
  private readonly parsed = new Map<number, GazetteerPlace>();
  private readonly lookupCache = new Map<string, number[]>();
  private readonly placesCache = new Map<string, GazetteerPlace[]>();
  private readonly commonWords: Set<string>;
  private readonly firstNames: Set<string>;
  private readonly nameStarts: Set<string>;
  private countryIndexByCode?: Map<string, number>;
  private regionIndexByCode?: Map<string, number>;
  private demonymSet?: Set<string>;

  constructor(text: string, source = 'gazetteer') {
    this.lines = text.split('\n');
    let words = '';
    let names = '';
    let starts = '';
    let entries: Section | undefined;
    let exact: Section | undefined;
    let loose: Section | undefined;
    let line = 0;
    while (line < this.lines.length) {
      const current = this.lines[line] ?? '';
      const tab = current.indexOf('\t');
      const tag = current.slice(0, tab);
      const value = current.slice(tab + 1);
      if (current.startsWith('#') || current === '') {
        line++;
      } else if (tag === 'W') {
        words = value;
        line++;
      } else if (tag === 'F') {
        names = value;
        line++;
      } else if (tag === 'S') {
        starts = value;
        line++;
      } else if (tag === 'E' || tag === 'N' || tag === 'L') {
        const count = Number(value);
        const section = { start: line + 1, end: line + 1 + count };
        if (!Number.isInteger(count) || section.end > this.lines.length) {
          throw new Error(`${source}:${line + 1}: bad section header "${current}"; rebuild with npm run build:gazetteer`);
        }
        if (tag === 'E') entries = section;
        else if (tag === 'N') exact = section;
        else loose = section;
        line = section.end;
      } else {
        throw new Error(`${source}:${line + 1}: unexpected line; rebuild with npm run build:gazetteer`);
      }
    }
    if (!entries || !exact || !loose) {
      throw new Error(`${source}: missing sections (E, N, L); rebuild with npm run build:gazetteer`);
    }
    this.entries = entries;
    this.exact = exact;
    this.loose = loose;
    this.commonWords = new Set(words.split('|'));
    this.firstNames = new Set(names.split('|'));
    this.nameStarts = new Set(starts.split('|'));
  }

  static load(path = DEFAULT_GAZETTEER_PATH): Gazetteer {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`cannot read the gazetteer ${path} (${String(error)}); run npm run build:gazetteer`);
    }
    return new Gazetteer(text, path);
  }

  get size(): number {
    return this.entries.end - this.entries.start;
  }

  /** Places whose name or other spelling folds to the same key as `name`. */
  lookup(name: string): GazetteerPlace[] {
    const cached = this.placesCache.get(name);
    if (cached) return cached;
    const key = foldName(name);
    const firstWord = key.split(' ', 1)[0] ?? '';
    const places = this.nameStarts.has(firstWord)
      ? this.indexesIn(this.exact, key).map((index) => this.place(index))
      : [];
    this.placesCache.set(name, places);
    return places;
  }

  /** Places that match `name` even in another transliteration (`Ajdabiyah`, `Bin Jawad`, `el-Brega`). */
  lookupLoose(name: string): GazetteerPlace[] {
    const exactHits = this.indexesIn(this.exact, foldName(name));
    const key = looseKey(name);
    const hits = new Set([...exactHits, ...this.indexesIn(this.loose, key), ...this.indexesIn(this.exact, key)]);
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
    if (!this.demonymSet) {
      this.demonymSet = new Set();
      for (let index = 0; index < this.size; index++) {
        const line = this.entryLine(index);
        if (!line.startsWith('C\t')) continue;
        for (const demonym of (line.split('\t')[6] ?? '').split('|')) {
          if (!demonym) continue;
          this.demonymSet.add(demonym);
          this.demonymSet.add(`${demonym}s`);
        }
      }
    }
    return this.demonymSet.has(word);
  }

  country(code: string): GazetteerPlace | undefined {
    if (!this.countryIndexByCode) this.indexCodes();
    const index = this.countryIndexByCode?.get(code);
    return index === undefined ? undefined : this.place(index);
  }

  /** The entry at `index` (parsed once, then kept). */
  place(index: number): GazetteerPlace {
    const cached = this.parsed.get(index);
    if (cached) return cached;
    const place = this.parseEntry(index);
    this.parsed.set(index, place);
    return place;
  }

  private entryLine(index: number): string {
    return this.lines[this.entries.start + index] ?? '';
  }

  private indexCodes(): void {
    this.countryIndexByCode = new Map();
    this.regionIndexByCode = new Map();
    for (let index = 0; index < this.size; index++) {
      const line = this.entryLine(index);
      if (line.startsWith('P\t')) break; // places come last
      const [tag, code] = line.split('\t', 2);
      if (tag === 'C' && code) this.countryIndexByCode.set(code, index);
      if (tag === 'R' && code) this.regionIndexByCode.set(code, index);
    }
  }

  private regionName(code: string): string | undefined {
    if (!this.regionIndexByCode) this.indexCodes();
    const index = this.regionIndexByCode?.get(code);
    return index === undefined ? undefined : this.entryLine(index).split('\t')[2];
  }

  private parseEntry(index: number): GazetteerPlace {
    const fields = this.entryLine(index).split('\t');
    const [tag = '', code = '', name = ''] = fields;
    const number = (value: string | undefined): number => Number(value ?? 0);
    const list = (value: string | undefined): string[] => (value ? value.split('|') : []);
    if (tag === 'C') {
      return {
        index,
        id: `country:${code}`,
        name,
        altNames: list(fields[5]),
        country: name,
        countryCode: code,
        kind: 'country',
        featureCode: 'COUNTRY',
        lat: number(fields[3]),
        lon: number(fields[4]),
      };
    }
    if (tag === 'T') {
      return {
        index,
        id: code,
        name,
        altNames: [],
        kind: 'region',
        region: 'continent',
        featureCode: 'CONTINENT',
        lat: number(fields[3]),
        lon: number(fields[4]),
      };
    }
    if (tag === 'R') {
      const countryCode = code.split('.')[0] ?? '';
      const place: GazetteerPlace = {
        index,
        id: `region:${code}`,
        name,
        altNames: [],
        countryCode,
        kind: 'region',
        featureCode: 'REGION',
        lat: number(fields[3]),
        lon: number(fields[4]),
        population: number(fields[5]),
      };
      const country = this.country(countryCode);
      if (country) place.country = country.name;
      return place;
    }
    const [, , , countryCode = '', admin1 = '', lat, lon, population, featureCode = 'PPL', alternates] = fields;
    const place: GazetteerPlace = {
      index,
      id: code,
      name,
      altNames: list(alternates),
      countryCode,
      kind: 'city',
      featureCode,
      lat: number(lat),
      lon: number(lon),
      population: number(population),
    };
    if (admin1) place.admin1 = admin1;
    const country = this.country(countryCode);
    if (country) place.country = country.name;
    const region = admin1 ? this.regionName(`${countryCode}.${admin1}`) : undefined;
    if (region) place.region = region;
    return place;
  }

  /**
   * Binary search of a sorted `key<TAB>i,j,k` section. Comparing whole lines with `key<TAB>` keeps the
   * key order (a tab sorts before every character of a key) without cutting strings. Results are kept:
   * news repeats its names.
   */
  private indexesIn(section: Section, key: string): number[] {
    if (!key) return [];
    const cacheKey = `${section.start}:${key}`;
    const cached = this.lookupCache.get(cacheKey);
    if (cached) return cached;
    const target = `${key}\t`;
    let low = section.start;
    let high = section.end - 1;
    let found: number[] = [];
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const line = this.lines[middle] ?? '';
      if (line.startsWith(target)) {
        found = line.slice(target.length).split(',').map(Number);
        break;
      }
      if (line < target) low = middle + 1;
      else high = middle - 1;
    }
    this.lookupCache.set(cacheKey, found);
    return found;
  }
}

let shared: Gazetteer | undefined;

/** The bundled gazetteer, loaded once per process. */
export function defaultGazetteer(): Gazetteer {
  shared ??= Gazetteer.load();
  return shared;
}
