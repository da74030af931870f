/**
 * Name keys. Place names reach us in many spellings (`Ajdābiyā`, `Ajdabiyah`, `el-Brega`, `Al Burayqah`),
 * so lookups go through keys that erase the differences that do not tell two places apart.
 */

const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ð: 'd',
  þ: 'th',
};

/** Lower case, no diacritics, punctuation and hyphens as single spaces: `Marsá el-Brega` → `marsa el brega`. */
export function foldName(name: string): string {
  // Most names are plain ASCII letters: skip Unicode normalisation, the costly part, for them.
  if (/^[A-Za-z ]*$/.test(name)) return name.toLowerCase().trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØßæÆœŒđĐıðþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/[.'’‘ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|an|at|az|ash|ech|ed|er|es|et) /;

/** Keys already made, by the name as written: a corpus names the same places again and again. */
const looseKeys = new Map<string, string>();
const LOOSE_KEYS_KEPT = 100_000;

/**
 * A looser key for transliterated names: also without a leading Arabic article, doubled letters or a
 * final `h`, so `Bin Jawwad` meets `Bin Jawad`, `Ajdabiyah` meets `Ajdabiya`, `El-Brega` meets `Brega`.
 */
export function looseKey(name: string): string {
  let key = looseKeys.get(name);
  if (key === undefined) {
    key = foldName(name)
      .replace(ARABIC_ARTICLE, '')
      .split(' ')
      .map((word) => word.replace(/(.)\1+/g, '$1').replace(/(?<=[aeiou])h$/, ''))
      .join(' ');
    if (looseKeys.size < LOOSE_KEYS_KEPT) looseKeys.set(name, key);
  }
  return key;
}
