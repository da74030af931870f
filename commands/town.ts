import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { answerTown, DEFAULT_TOWN_LIMIT, suggestPlaces } from '../src/answer/town.js';
import type { Choice } from '../src/answer/types.js';
import { type CommandContext, isPaged, type PageTarget } from '../src/discord/command.js';
import type { DiscordReply } from '../src/render/discord/payload.js';
import { renderTown } from '../src/render/discord/town.js';

const NAME_MAX = 100;

export const data = new SlashCommandBuilder()
  .setName('town')
  .setDescription('A place in the news: where it is, and every passage that names it')
  .addStringOption((option) =>
    option
      .setName('name')
      .setDescription('The place, e.g. "Brega"')
      .setRequired(true)
      .setMaxLength(NAME_MAX)
      .setAutocomplete(true),
  );

const townOptions = z.object({ name: z.string() });

export function execute(interaction: ChatInputCommandInteraction, context: CommandContext): DiscordReply {
  const { name } = townOptions.parse({ name: interaction.options.getString('name', true) });
  const answer = answerTown(context.desks.current(), { name, limit: DEFAULT_TOWN_LIMIT });
  const pageId =
    answer.kind === 'town' && isPaged(answer.paging, answer.passages.length)
      ? context.pages.save({ command: 'town', options: { name }, limit: DEFAULT_TOWN_LIMIT })
      : undefined;
  return renderTown(answer, pageId ? { pageId } : {});
}

export function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Choice[] {
  const partial = z.string().catch('').parse(interaction.options.getFocused());
  return suggestPlaces(context.desks.current(), partial.slice(0, NAME_MAX), 25);
}

export function page(target: PageTarget, _interaction: unknown, context: CommandContext): DiscordReply {
  const { name } = townOptions.parse(target.request.options);
  const answer = answerTown(context.desks.current(), { name, offset: target.offset, limit: target.request.limit });
  return renderTown(answer, { pageId: target.pageId });
}
