/**
 * Discord's size limits and the text cutting that keeps replies inside them. Every limit lives here so
 * that there is one place to check against Discord's documentation. Lengths are counted in UTF-16 code
 * units (JavaScript's `length`), which is never less than what Discord counts, so a text that fits here
 * fits there.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of every embed of a message together. */
  embedsTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Basic Latin, Latin-1, Latin Extended-A/B, and the dashes, quotes and ellipsis of General Punctuation
// (not its zero-width and direction characters).
const NEVER_JOINS = /^[\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e]$/;

/** Below this share of the budget, a word boundary is too far back and the text is cut mid-word. */
const WORD_BOUNDARY_REACH = 0.6;

/** The longest prefix of `text` of at most `max` code units that ends on a grapheme boundary (no ellipsis). */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  // Fast path: between two characters that never join a neighbour (Latin letters, digits, spaces, ASCII
  // and typographic punctuation) there is always a grapheme boundary, so no segmenting is needed.
  if (max > 0 && NEVER_JOINS.test(text[max - 1] ?? '') && NEVER_JOINS.test(text[max] ?? '')) return text.slice(0, max);
  let end = 0;
  // Only the head can be kept; segmenting all of a long text would cost time for nothing. The slack
  // lets a grapheme that starts before `max` be seen whole (and so be left out whole).
  for (const { index, segment } of graphemes.segment(text.slice(0, max + 32))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Whether the character at `index` is escaped by an odd run of backslashes before it. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let at = index - 1; at >= 0 && text[at] === '\\'; at--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * How many unescaped `**` markers `text` holds outside inline code (where they are only characters);
 * a `***` run counts its leading pair.
 */
export function boldMarkerCount(text: string): number {
  let count = 0;
  let inCode = false;
  for (let at = 0; at < text.length - 1; at++) {
    if (text[at] === '`' && !isEscaped(text, at)) inCode = !inCode;
    if (!inCode && text[at] === '*' && text[at + 1] === '*' && !isEscaped(text, at)) {
      count++;
      at++;
    }
  }
  return count;
}

function inlineCodeMarkerCount(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '`' && !isEscaped(text, at)) count++;
  }
  return count;
}

/** Markers that close what `piece` left open, so that the cut does not leave bold or code running on. */
function closingMarkers(piece: string): string {
  let closing = '';
  if (inlineCodeMarkerCount(piece) % 2 === 1) closing += '`';
  if (boldMarkerCount(piece) % 2 === 1) closing += '**';
  return closing;
}

function cutOnce(text: string, budget: number): string {
  let piece = graphemePrefix(text, budget);
  // Prefer ending at a word: the last whitespace, if it is not too far back.
  const nextIsBreak = /\s/.test(text[piece.length] ?? ' ');
  if (!nextIsBreak) {
    let lastSpace = piece.length - 1;
    while (lastSpace >= 0 && !/\s/.test(piece[lastSpace] ?? '')) lastSpace--;
    if (lastSpace >= budget * WORD_BOUNDARY_REACH) piece = piece.slice(0, lastSpace);
  }
  piece = piece.replace(/[\s]+$/u, '');
  // A trailing lone backslash would escape the ellipsis or a closing marker.
  if (piece.endsWith('\\') && !isEscaped(piece, piece.length - 1)) piece = piece.slice(0, -1);
  // A half-written marker (`*` of a `**`) at the very end would pair with the closing one.
  while (piece.endsWith('*') && !isEscaped(piece, piece.length - 1)) piece = piece.slice(0, -1);
  return piece;
}

/**
 * `text` cut to at most `max` code units: at a word boundary when one is near, never inside a grapheme
 * (surrogate pairs, emoji sequences, combining marks), with an ellipsis, and with any bold pair or inline
 * code span that the cut left open closed again.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max <= ELLIPSIS.length) return graphemePrefix(text, max);
  let reserve = ELLIPSIS.length;
  // Each round may need more room for closing markers; three rounds always settle (at most 3 extra).
  for (let round = 0; round < 3; round++) {
    const piece = cutOnce(text, max - reserve);
    const closing = closingMarkers(piece);
    const cut = `${piece}${ELLIPSIS}${closing}`;
    if (cut.length <= max) return cut;
    reserve = ELLIPSIS.length + closing.length;
  }
  return graphemePrefix(text.replace(/[*`\\]/g, ''), max);
}

/** The parts of a reply that Discord limits; structurally what `src/render/discord/payload.ts` builds. */
export interface LimitedEmbed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string; icon_url?: string };
  author?: { name: string; url?: string; icon_url?: string };
}

export interface LimitedButton {
  label?: string;
  custom_id?: string;
}

export interface LimitedPayload<E extends LimitedEmbed, R extends { components: LimitedButton[] }> {
  content?: string;
  embeds: E[];
  components: R[];
  allowedMentions: { parse: [] };
}

function embedLength(embed: LimitedEmbed): number {
  let length = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  length += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

/** Discord rejects an empty field name or value; a zero-width space stands in for one. */
const EMPTY_FIELD = '\u200b';

function fitEmbed<E extends LimitedEmbed>(embed: E): E {
  const fitted: E = { ...embed };
  if (fitted.title !== undefined) fitted.title = cutText(fitted.title, DISCORD_LIMITS.embedTitle);
  if (fitted.description !== undefined) {
    fitted.description = cutText(fitted.description, DISCORD_LIMITS.embedDescription);
  }
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: cutText(fitted.footer.text, DISCORD_LIMITS.footerText) };
  if (fitted.author) fitted.author = { ...fitted.author, name: cutText(fitted.author.name, DISCORD_LIMITS.authorName) };
  if (fitted.fields) {
    fitted.fields = fitted.fields.slice(0, DISCORD_LIMITS.fieldsPerEmbed).map((field) => ({
      ...field,
      name: cutText(field.name, DISCORD_LIMITS.fieldName) || EMPTY_FIELD,
      value: cutText(field.value, DISCORD_LIMITS.fieldValue) || EMPTY_FIELD,
    }));
  }
  return fitted;
}

/** Shorten the embeds, last first, until all of them together hold at most the 6,000 Discord allows. */
function fitEmbedsTotal<E extends LimitedEmbed>(embeds: E[]): E[] {
  const fitted = embeds.map((embed) => ({ ...embed, ...(embed.fields ? { fields: [...embed.fields] } : {}) }));
  const total = () => fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  let excess = total() - DISCORD_LIMITS.embedsTotal;
  for (let at = fitted.length - 1; at >= 0 && excess > 0; at--) {
    const embed = fitted[at] as E;
    // Fields go first (they are the extra detail), then the description is cut.
    while (embed.fields && embed.fields.length > 0 && excess > 0) {
      embed.fields.pop();
      excess = total() - DISCORD_LIMITS.embedsTotal;
    }
    if (excess > 0 && embed.description) {
      embed.description = cutText(embed.description, Math.max(0, embed.description.length - excess));
      if (embed.description === '') delete embed.description;
      excess = total() - DISCORD_LIMITS.embedsTotal;
    }
    if (excess > 0 && at > 0) {
      fitted.pop();
      excess = total() - DISCORD_LIMITS.embedsTotal;
    }
  }
  if (excess > 0 && fitted[0]) {
    // One embed left and still over: its title and footer are all that remain to cut.
    const only = fitted[0];
    if (only.footer) delete only.footer;
    if (only.author) delete only.author;
    excess = total() - DISCORD_LIMITS.embedsTotal;
    if (excess > 0 && only.title) only.title = cutText(only.title, Math.max(0, only.title.length - excess));
  }
  return fitted;
}

/**
 * The last guard before a reply leaves: every text cut to its limit, at most 10 embeds holding at most
 * 6,000 characters together, at most 5 rows of 5 buttons, and mentions always off. Renderers aim to stay
 * inside the limits themselves; this makes sure a mistake cannot turn into a rejected reply.
 */
export function fitToDiscordLimits<E extends LimitedEmbed, R extends { components: LimitedButton[] }, P extends LimitedPayload<E, R>>(
  payload: P,
): P {
  const fitted: P = { ...payload, allowedMentions: { parse: [] } };
  if (fitted.content !== undefined) fitted.content = cutText(fitted.content, DISCORD_LIMITS.content);
  fitted.embeds = fitEmbedsTotal(payload.embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbed));
  fitted.components = payload.components.slice(0, DISCORD_LIMITS.actionRows).map((row) => ({
    ...row,
    components: row.components
      .slice(0, DISCORD_LIMITS.componentsPerRow)
      .filter((button) => (button.custom_id?.length ?? 0) <= DISCORD_LIMITS.customId)
      .map((button) => (button.label === undefined ? button : { ...button, label: cutText(button.label, DISCORD_LIMITS.buttonLabel) })),
  }));
  return fitted;
}

export interface LimitedChoice {
  name: string;
  value: string;
}

/**
 * Autocomplete choices Discord accepts: at most 25, names cut to 100. A value is what the command
 * receives, so it is never cut: a choice whose value is too long is dropped instead.
 */
export function fitChoices(choices: readonly LimitedChoice[]): LimitedChoice[] {
  return choices
    .filter((choice) => choice.value.length >= 1 && choice.value.length <= DISCORD_LIMITS.choiceValue)
    .map((choice) => ({ name: cutText(choice.name.trim(), DISCORD_LIMITS.choiceName) || choice.value, value: choice.value }))
    .filter((choice) => choice.name.length <= DISCORD_LIMITS.choiceName)
    .slice(0, DISCORD_LIMITS.autocompleteChoices);
}
