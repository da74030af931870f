import { type APIEmbed, Colors } from 'discord.js';
import type { InvalidInput } from '../../answer/types.js';
import { cutText, DISCORD_LIMITS } from '../limits.js';
import { type SourceParts, safeWithCode, sourceLine } from './markdown.js';
import { type DiscordReply, reply } from './payload.js';

/** One numbered item of a list: text already marked up, and its source line. */
export interface ListItem {
  text: string;
  source: SourceParts;
}

/**
 * The most room one of `count` passages can get in a description: text longer than this is trimmed before
 * it is escaped (escaping is the slow part), and cut with an ellipsis later.
 */
export function roomPerItem(count: number): number {
  return Math.ceil(DISCORD_LIMITS.embedDescription / Math.max(1, count));
}

/** Shortest room a passage keeps however many share a description. */
const MIN_ITEM_TEXT = 80;

/**
 * A header and numbered passages in one embed description, each passage cut (at a word, with an
 * ellipsis) so that all of them fit in Discord's 4,096 instead of the last ones being lost.
 */
export function listDescription(header: string, items: readonly ListItem[], firstNumber: number): string {
  const max = DISCORD_LIMITS.embedDescription;
  const head = cutText(header, Math.floor(max / 4));
  const blocks = items.map((item, index) => ({ prefix: `**${firstNumber + index}.** `, ...item }));
  const separators = (head ? 2 : 0) + Math.max(0, blocks.length - 1) * 2;
  const room = max - head.length - separators;
  const perItem = blocks.length > 0 ? Math.floor(room / blocks.length) : room;
  const rendered = blocks.map((block) => {
    const source = `— ${sourceLine(block.source, Math.max(40, Math.floor(perItem / 2)) - 2)}`;
    const textRoom = Math.max(MIN_ITEM_TEXT, perItem - block.prefix.length - source.length - 1);
    return `${block.prefix}${cutText(block.text, textRoom)}\n${source}`;
  });
  return cutText([head, ...rendered].filter(Boolean).join('\n\n'), max);
}

export const COLOURS = { answer: Colors.Blurple, empty: Colors.Grey, problem: Colors.Orange } as const;

export function embed(parts: APIEmbed): APIEmbed {
  return parts;
}

/** A reply for text the command cannot use: only the asker sees it, with the reason and an example. */
export function invalidInputReply(command: string, answer: InvalidInput): DiscordReply {
  return reply({
    content: cutText(`Cannot run \`/${command}\` with that: ${safeWithCode(answer.reason)}`, DISCORD_LIMITS.content),
    ephemeral: true,
  });
}

/** The footer text: where the page stands, and which command produced it. */
export function footerText(parts: readonly (string | undefined)[]): { text: string } | undefined {
  const text = parts.filter((part): part is string => Boolean(part)).join(' · ');
  return text ? { text: cutText(text, DISCORD_LIMITS.footerText) } : undefined;
}
