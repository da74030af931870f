import { describe, expect, it } from 'vitest';
import { defaultGazetteer, Gazetteer } from '../../src/analyse/places/gazetteer.js';
import { foldName, looseKey } from '../../src/analyse/places/names.js';

describe('name keys', () => {
  it('folds diacritics, case and punctuation', () => {
    expect(foldName('Ajdābiyā')).toBe('ajdabiya');
    expect(foldName('Marsá el-Brega')).toBe('marsa el brega');
    expect(foldName('U.S.')).toBe('us');
  });
  it('lets transliterations meet', () => {
    expect(looseKey('Ajdabiyah')).toBe(looseKey('Ajdabiya'));
    expect(looseKey('Bin Jawwad')).toBe(looseKey('Bin Jawad'));
    expect(looseKey('el-Brega')).toBe(looseKey('Brega'));
    expect(looseKey('Tripoli')).not.toBe(looseKey('Tobruk'));
  });
});

describe('the bundled gazetteer', () => {
  const gazetteer = defaultGazetteer();

  it('knows other spellings of a town', () => {
    const [ajdabiya] = gazetteer.lookupLoose('Ajdabiyah');
    expect(ajdabiya).toMatchObject({ name: 'Ajdabiya', countryCode: 'LY', kind: 'city' });
    expect(ajdabiya?.lat).toBeCloseTo(30.76, 1);
    const brega = gazetteer.lookupLoose('Brega');
    expect(brega.map((place) => place.countryCode)).toContain('LY');
    expect(gazetteer.lookupLoose('Marsa el Brega').map((place) => place.id)).toEqual(brega.map((place) => place.id));
  });

  it('places a country that no longer exists in the state that continues it', () => {
    const country = (name: string) => gazetteer.lookup(name).find((place) => place.kind === 'country')?.countryCode;
    expect(['Soviet Union', 'USSR', 'East Germany', 'Yugoslavia', 'Czechoslovakia', 'Zaire'].map(country)).toEqual(['RU', 'RU', 'DE', 'RS', 'CZ', 'CD']);
  });

  it('knows a county GeoNames names only by the authorities it was split into', () => {
    const [county] = gazetteer.lookup('Northamptonshire');
    expect(county).toMatchObject({ kind: 'region', countryCode: 'GB' });
    expect(county?.lat).toBeCloseTo(52.3, 0);
    expect(county?.population).toBeGreaterThan(500_000);
  });

  it("knows the county abbreviations of Yorkshire's regions", () => {
    expect(gazetteer.lookup('Yorks')[0]).toMatchObject({ name: 'Yorkshire', countryCode: 'GB' });
    expect(gazetteer.lookup('North Yorks')[0]).toMatchObject({ name: 'North Yorkshire', countryCode: 'GB' });
    expect(gazetteer.lookup('West Yorks')[0]).toMatchObject({ name: 'West Yorkshire', countryCode: 'GB' });
  });

  it('keeps notable small towns with their region', () => {
    const [lockerbie] = gazetteer.lookup('Lockerbie');
    expect(lockerbie).toMatchObject({ country: 'United Kingdom', region: 'Scotland' });
  });

  it('has countries, regions and continents', () => {
    expect(gazetteer.lookup('Libya')[0]).toMatchObject({ kind: 'country', countryCode: 'LY' });
    expect(gazetteer.lookup('U.S.')[0]).toMatchObject({ kind: 'country', countryCode: 'US' });
    expect(gazetteer.lookup('Scotland')[0]).toMatchObject({ kind: 'region', countryCode: 'GB' });
    expect(gazetteer.lookup('Europe')[0]).toMatchObject({ kind: 'region', region: 'continent' });
  });

  it('has the parts of the world that span countries, under the names news uses', () => {
    expect(gazetteer.lookup('Caribbean')[0]).toMatchObject({ kind: 'region', featureCode: 'AREA', region: 'Americas' });
    expect(gazetteer.lookup('South-East Asia')[0]).toMatchObject({ name: 'South-Eastern Asia', region: 'Asia' });
    expect(gazetteer.lookup('Balkans')[0]).toMatchObject({ name: 'Southeast Europe', region: 'Europe' });
    const middleEast = gazetteer.lookup('Middle East')[0];
    expect(middleEast).toMatchObject({ featureCode: 'AREA', region: 'world region' });
    expect(middleEast?.countryCode).toBeUndefined();
    expect(middleEast?.lat).toBeGreaterThan(20);
  });

  it('has regions that span borders or are disputed, for no one country, and islands and regions made of provinces', () => {
    for (const name of ['Kashmir', 'Korean Peninsula', 'Horn of Africa', 'Caucasus']) {
      const [area] = gazetteer.lookup(name);
      expect(area).toMatchObject({ name, kind: 'region', featureCode: 'AREA' });
      expect(area?.countryCode).toBeUndefined();
    }
    expect(gazetteer.lookup('Donbass')[0]).toMatchObject({ name: 'Donbas', countryCode: 'UA', kind: 'region' });
    expect(gazetteer.lookup('Sinai')[0]).toMatchObject({ countryCode: 'EG' });
    const luzon = gazetteer.lookup('Luzon')[0];
    expect(luzon).toMatchObject({ countryCode: 'PH' });
    expect(luzon?.lat).toBeGreaterThan(13);
    expect(gazetteer.lookup('South China Sea')).toEqual([]);
  });

  it("has Britain's regions that GeoNames' districts make up, under the names news uses", () => {
    expect(gazetteer.lookup('East Midlands')[0]).toMatchObject({ kind: 'region', countryCode: 'GB', region: 'England' });
    expect(gazetteer.lookup('North East').map((place) => place.name)).toContain('North East England');
    expect(gazetteer.lookup('Borders')[0]).toMatchObject({ countryCode: 'GB', region: 'Scotland' });
    expect(gazetteer.lookup('Torbay')[0]).toMatchObject({ name: 'Borough of Torbay', countryCode: 'GB' });
    // (The provinces of the Philippines by the names news gives them, without `Province of`.)
    expect(gazetteer.lookup('Albay').find((place) => place.kind === 'region')).toMatchObject({ name: 'Province of Albay', countryCode: 'PH' });
    expect(gazetteer.lookup('sub-Saharan Africa')[0]).toMatchObject({ featureCode: 'AREA', region: 'Africa' });
    const tyneside = gazetteer.lookup('Tyneside')[0];
    expect(tyneside?.lat).toBeCloseTo(55, 0);
    expect(tyneside?.lon).toBeCloseTo(-1.6, 0);
  });

  it('lists every place that shares a name', () => {
    const countries = gazetteer.lookup('Tripoli').map((place) => place.countryCode);
    expect(countries).toEqual(expect.arrayContaining(['LY', 'LB']));
  });

  it('knows words and first names that are not places', () => {
    expect(gazetteer.isCommonWord('Reading')).toBe(true);
    expect(gazetteer.isCommonWord('Benghazi')).toBe(false);
    expect(gazetteer.isFirstName('George')).toBe(true);
    expect(gazetteer.isDemonym('Libyans')).toBe(true);
  });

  it('rejects a damaged table with a message that says how to fix it', () => {
    expect(() => new Gazetteer(Buffer.from('W\tx\nF\ty\nX\t5\t1\t2\t3\t4\t999\n'), 'bad.tsv')).toThrow(/bad\.tsv.*npm run build:gazetteer/);
  });
});
