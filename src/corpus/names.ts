// Helpers for reading people's names in bylines and credits lines ("C. J. Chivers and David D. Kirkpatrick").

// Lower-case words that may sit inside a name (Ludwig van Beethoven, Ahmed bin Ali, Carla de la Cruz).
const NAME_PARTICLES = new Set(['al', 'bin', 'da', 'de', 'del', 'der', 'di', 'du', 'el', 'la', 'le', 'van', 'von']);
// Capitalised words that open sentences, not names ("The BBC reported from ...").
const NOT_A_NAME_START = new Set([
  'A', 'An', 'And', 'As', 'At', 'But', 'He', 'Her', 'His', 'I', 'In', 'It', 'Its', 'On', 'Our', 'She',
  'That', 'The', 'Their', 'These', 'They', 'This', 'Those', 'We',
]);
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|Mc\p{Lu}[\p{L}'’-]*|O’\p{Lu}\p{L}*)$/u;

/** Split "A, B and C" or "A & B" into its names. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** True when `name` reads as one person's name: two to six capitalised words (initials allowed). */
export function looksLikePersonName(name: string): boolean {
  const tokens = name.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 6) return false;
  if (NOT_A_NAME_START.has(tokens[0] ?? '')) return false;
  const last = tokens[tokens.length - 1] ?? '';
  if (!NAME_TOKEN.test(last)) return false;
  return tokens.every((token) => NAME_TOKEN.test(token) || NAME_PARTICLES.has(token));
}

/** True when every name in a list ("A, B and C") reads as a person's name. */
export function looksLikeNameList(text: string): boolean {
  const names = splitNames(text);
  return names.length > 0 && names.every(looksLikePersonName);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
