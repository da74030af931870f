import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';

/** Never ping anyone: not the users a passage names, not @everyone typed into a question. */
export interface NoMentions {
  parse: [];
}

export function noMentions(): NoMentions {
  return { parse: [] };
}

/** What a command replies with: plain JSON that discord.js sends as it is. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: NoMentions;
  /** Only the user who asked sees it (invalid input, errors, expired pages). */
  ephemeral?: boolean;
}

export function reply(parts: Partial<Omit<DiscordReply, 'allowedMentions'>>): DiscordReply {
  return { embeds: [], components: [], ...parts, allowedMentions: noMentions() };
}
