/** `with Alex Dunn`, `with Alex Dunn and Jay Town`: the others who said a joint quotation, for its source line. */
export function jointNote(names: readonly string[] | undefined): string | undefined {
  if (!names || names.length === 0) return undefined;
  const last = names.at(-1) as string;
  return names.length === 1 ? `with ${last}` : `with ${names.slice(0, -1).join(', ')} and ${last}`;
}
