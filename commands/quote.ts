import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { answerQuote, suggestSpeakers } from '../src/answer/quote.js';
import type { Choice } from '../src/answer/types.js';
import { type CommandContext, isPaged, type PageTarget } from '../src/discord/command.js';
import type { DiscordReply } from '../src/render/discord/payload.js';
import { renderQuote } from '../src/render/discord/quote.js';

const QUOTES_PER_PAGE = 5;
const NAME_MAX = 100;
const ABOUT_MAX = 100;

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('What a person is quoted as saying in the news, in their own words')
  .addStringOption((option) =>
    option
      .setName('speaker')
      .setDescription('Who said it, e.g. "Bani"')
      .setRequired(true)
      .setMaxLength(NAME_MAX)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName('about').setDescription('Only quotations with these words').setMaxLength(ABOUT_MAX),
  );

const quoteOptions = z.object({
  speaker: z.string(),
  about: z
    .string()
    .nullish()
    .transform((about) => (about?.trim() ? about.trim() : undefined)),
});

function optionsOf(interaction: ChatInputCommandInteraction) {
  return quoteOptions.parse({
    speaker: interaction.options.getString('speaker', true),
    about: interaction.options.getString('about'),
  });
}

export function execute(interaction: ChatInputCommandInteraction, context: CommandContext): DiscordReply {
  const { speaker, about } = optionsOf(interaction);
  const answer = answerQuote(context.desks.current(), { speaker, ...(about ? { about } : {}), limit: QUOTES_PER_PAGE });
  const shown = answer.kind === 'quotes' ? answer.quotes.length : answer.kind === 'mentioned-not-quoted' ? answer.passages.length : 0;
  const paged = (answer.kind === 'quotes' || answer.kind === 'mentioned-not-quoted') && isPaged(answer.paging, shown);
  const pageId = paged
    ? context.pages.save({ command: 'quote', options: { speaker, ...(about ? { about } : {}) }, limit: QUOTES_PER_PAGE })
    : undefined;
  return renderQuote(answer, pageId ? { pageId } : {});
}

export function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Choice[] {
  const partial = z.string().catch('').parse(interaction.options.getFocused());
  return suggestSpeakers(context.desks.current(), partial.slice(0, NAME_MAX), 25);
}

export function page(target: PageTarget, _interaction: unknown, context: CommandContext): DiscordReply {
  const { speaker, about } = quoteOptions.parse(target.request.options);
  const answer = answerQuote(context.desks.current(), {
    speaker,
    ...(about ? { about } : {}),
    offset: target.offset,
    limit: target.request.limit,
  });
  return renderQuote(answer, { pageId: target.pageId });
}
