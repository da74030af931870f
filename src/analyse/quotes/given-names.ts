import { pinyinSyllables } from '../pinyin.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';

/**
 * First names and the gender they give: the CMU lists of `first-names.ts` with the corrections news needs,
 * the words for a role or kin that give the gender of the name after them, and the names written family name
 * first (`Wang Huiyao`, `Moon Jae-in`). Separate from the scan because nearly every reader of a quotation asks
 * these questions of a word, and they hold no rule about where in a sentence a name stands.
 */

export type Gender = 'm' | 'f';

// The CMU list lacks `Donald`, the only one of the fifty commonest US first names of each sex that it misses.
const maleNames = [...MALE_FIRST_NAMES.split('|'), 'Donald'];
/**
 * Men's names in French, Italian and Russian that the CMU list, made from English usage, gives only to
 * women: `Philippe Sella` and `Claude Eerdekens` are `he`.
 */
const MEN_LISTED_AS_WOMEN = new Set(['Philippe', 'Claude', 'Daniele', 'Andrei']);
const femaleNames = new Set(FEMALE_FIRST_NAMES.split('|').filter((name) => !MEN_LISTED_AS_WOMEN.has(name)));
maleNames.push(...MEN_LISTED_AS_WOMEN);
/** First names in both CMU lists that news nearly always gives to men. */
const MOSTLY_MEN = `Andy Austin Barry Bernie Bert Bill Billy Bobby Brett Chad Cody Danny Darryl Daryl Denny Devin Donnie Donny Eddie Eddy Frank Frankie Fred Freddie Freddy Gene George Glen Glenn Gus Heath Ira Jerry Jesse Joey Kyle Lonnie Marty Max Perry Phil Quentin Randy Ray Reggie Ricky Ronnie Rory Sal Sammy Sean Shane Shaun Shawn Sonny Ted Teddy Theo Tim Timmy Toby Tommy Tony Vinny Wally Willie`.split(' ');
/** First names in both CMU lists that news nearly always gives to women. */
const MOSTLY_WOMEN = `Abby Allie Angie Ashley Brooke Carly Cassie Claire Clare Connie Evelyn Gail Gayle Grace Hazel Hilary Hillary Holly Julie Kylie Lauren Lynn Mallory Meredith Michele Nichole Nicola Nikki Paige Patsy Patty Penny Ruby Shannon Stacy Tammy Tracey Tracy Whitney`.split(' ');
/** Each first name with its gender, or null when it is given to both: one lookup instead of two. */
const FIRST_NAME_GENDER = new Map<string, Gender | null>();
for (const name of maleNames) FIRST_NAME_GENDER.set(name, femaleNames.has(name) ? null : 'm');
for (const name of femaleNames) if (!FIRST_NAME_GENDER.has(name)) FIRST_NAME_GENDER.set(name, 'f');
// Names the CMU list gives to men only that parents have given mostly to girls, or to both, since the
// 1990s (`Taylor Swift`, `Madison Keys`): no gender, rather than the wrong one.
for (const name of ['Taylor', 'Madison', 'Avery', 'Riley', 'Kendall', 'Addison', 'Mackenzie', 'Bailey', 'Peyton', 'Reagan']) FIRST_NAME_GENDER.set(name, null);
// Names both CMU lists hold that are, in the news, nearly always one gender's (`Tim Walz`, `George Bush`,
// `Bill Clinton`; `Claire McCaskill`, `Hillary Clinton`): the short forms of men's names the list also gives
// to women, and the reverse. Names really given to both (`Chris`, `Sam`, `Alex`, `Jordan`) keep none.
for (const name of MOSTLY_MEN) FIRST_NAME_GENDER.set(name, 'm');
for (const name of MOSTLY_WOMEN) FIRST_NAME_GENDER.set(name, 'f');

/** Words for a woman's or a man's role or kin, which give the gender of the name right after them. */
const FEMALE_WORD_BEFORE = /^(?:congresswoman|chairwoman|spokeswoman|businesswoman|councilwoman|assemblywoman|policewoman|sportswoman|stateswoman|actress|mother|wife|daughter|sister|grandmother|granddaughter|niece|aunt|widow|girlfriend|fiancee|queen|princess|duchess|countess|baroness|heiress|waitress|woman|girl)$/;
const MALE_WORD_BEFORE = /^(?:congressman|spokesman|businessman|councilman|assemblyman|policeman|sportsman|statesman|father|husband|son|brother|grandfather|grandson|nephew|uncle|widower|boyfriend|fiance|king|prince|duke|count|baron|heir|man|boy)$/;

export function genderOfWordBefore(text: string, start: number): Gender | undefined {
  let wordStart = start - 1;
  while (wordStart > 0 && text.charCodeAt(wordStart - 1) !== 32) wordStart--;
  // (`the girl, Nevaeh,`: the word may be set off from the name by a comma.)
  const word = text.charCodeAt(start - 2) === 44 ? text.slice(wordStart, start - 2) : text.slice(wordStart, start - 1);
  const first = word.charCodeAt(0);
  // Most words before a name are capitalised or short: only a lower-case word of some length is tested.
  if (word.length < 3 || first < 97 || first > 122) return undefined;
  return genderOfWord(word);
}

/** The gender a lower-case word for a role or kin gives (`wife`, `congressman`), if any. */
export function genderOfWord(word: string): Gender | undefined {
  return FEMALE_WORD_BEFORE.test(word) ? 'f' : MALE_WORD_BEFORE.test(word) ? 'm' : undefined;
}

export function firstNameGender(word: string): Gender | undefined {
  // (`Raúl`, `José`: the list spells names without their accents.)
  const gender = FIRST_NAME_GENDER.get(word) ?? (LATIN_ACCENTED.test(word) ? FIRST_NAME_GENDER.get(withoutAccents(word)) : undefined);
  if (gender !== undefined || word.indexOf('-') < 0) return gender ?? undefined;
  const [first, second] = doubleFirstName(word) ?? [];
  if (first === undefined || second === undefined) return undefined;
  // `Jean-Pierre` is a man's name, `Anna-Lena` a woman's; `Marie-Jose` (two genders) neither.
  const firstGender = FIRST_NAME_GENDER.get(first) ?? undefined;
  const secondGender = FIRST_NAME_GENDER.get(second) ?? undefined;
  return firstGender && secondGender && firstGender !== secondGender ? undefined : (firstGender ?? secondGender);
}

/**
 * `Lu Xiang`, `Wang Huiyao`, `Mei Xinyu`: one of the common Chinese surnames, then a given name of one or two
 * syllables of pinyin, the way Chinese names are written in English news.
 */
export function isChineseName(surname: string, givenName: string): boolean {
  return CHINESE_SURNAMES.has(surname) && pinyinSyllables(givenName) > 0;
}

/**
 * `Moon Jae-in`, `Roh Jae-cheon`, `Ma Ying-jeou`: a short word, then a given name of two syllables joined by a
 * hyphen, the second in lower case: an East Asian name, family name first.
 */
export function familyNameFirst(words: readonly string[]): boolean {
  return words.length === 2 && EAST_ASIAN_GIVEN_NAME.test(words[1] as string) && (words[0] as string).length <= 5;
}

/** `Jae-in`, `Ying-jeou`: a capitalised syllable, a hyphen and a syllable in lower case. */
const EAST_ASIAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u;

/** The commonest Chinese surnames in pinyin (those that English lists also hold as first names among them). */
const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao
  Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue Ye Yan Lu Du Dai Xia Zhong Fu Shen Ren Yao Jin Tan Liao Zou Xiong Qiu Qin Yin Meng Qian Bai
  Kong Cui Kang Mao Hao Gu Shi Hou Shao Wan Duan Lei Yi Chang Wen Mei Ge Niu Hua Ji Geng Zhuang An Fan Yue Zhan Qi Ou Bao Lan Ning Bo Su Lou Miao`.split(/\s+/),
);

export function isKnownFirstName(word: string): boolean {
  return FIRST_NAME_GENDER.has(word) || (word.indexOf('-') > 0 && doubleFirstName(word) !== undefined);
}

/** `Anna-Lena`, `Jean-Claude`: two known first names joined by a hyphen are one; else undefined. */
function doubleFirstName(word: string): [string, string] | undefined {
  const hyphen = word.indexOf('-');
  if (hyphen < 2 || hyphen !== word.lastIndexOf('-')) return undefined;
  const first = word.slice(0, hyphen);
  const second = word.slice(hyphen + 1);
  return FIRST_NAME_GENDER.has(first) && FIRST_NAME_GENDER.has(second) ? [first, second] : undefined;
}

export const LATIN_ACCENTED = /[\u00c0-\u024f]/;

/** `müller` → `mueller`, `andrés` → `andres`: the spellings English news gives names written with accents. */
export function withoutAccents(lower: string): string {
  return lower
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * A capitalised word in -ly that is a name (`Kelly`, `Daly`, `Foley`), not a sentence-opening adverb
 * (`Conversely`). No English adverb ends in -aly, -ley or -iely (`really` ends in -lly).
 */
export function isNameInLy(word: string): boolean {
  return /(?:elly|illy|olly|aly|ley|iely)$/.test(word) || isKnownFirstName(word);
}

/**
 * Whether a word for kin ends one space before an offset (`his son Nick`, `Fletcher's daughter Jill`), or
 * a comma and a space before it (`her mother, Fiona,`).
 */
export function kinWordBefore(text: string, start: number): boolean {
  if (start <= 4 || text.charCodeAt(start - 1) !== 32) return false;
  const end = text.charCodeAt(start - 2) === 44 ? start - 2 : start - 1;
  return KIN_LAST_LETTERS.includes(text.charAt(end - 1)) && KIN_WORDS.has(text.slice(text.lastIndexOf(' ', end - 1) + 1, end));
}

/** The letters the words below end in: one comparison rules out most words before a name. */
const KIN_LAST_LETTERS = 'rnedwt';
export const KIN_WORDS: ReadonlySet<string> = new Set(
  'daughter son wife husband mother father brother sister partner girlfriend boyfriend widow widower fiancee fiance grandson granddaughter uncle aunt cousin nephew niece'.split(' '),
);
/** The same words as alternatives for a pattern. */
export const KIN_WORD_ALTERNATIVES = [...KIN_WORDS].join('|');
