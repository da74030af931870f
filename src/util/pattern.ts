/** Text to match literally inside a RegExp built at run time: every character that means something there is escaped. */
export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
