/** `SOUTH CAROLINA`, `o'brien` → `South Carolina`, `O'Brien`: each word's first letter in capitals, the rest lower case. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
}
