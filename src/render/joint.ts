import { joinNames } from '../corpus/names.js';

/** `with Alex Dunn`, `with Alex Dunn and Jay Town`: the others who said a joint quotation, for its source line. */
export function jointNote(names: readonly string[] | undefined): string | undefined {
  return names && names.length > 0 ? `with ${joinNames(names)}` : undefined;
}
