import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { answerAsk, DEFAULT_ASK_LIMIT, MAX_QUESTION_LENGTH } from '../src/answer/ask.js';
import { type CommandContext, isPaged, type PageTarget } from '../src/discord/command.js';
import { renderAsk } from '../src/render/discord/ask.js';
import type { DiscordReply } from '../src/render/discord/payload.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the news: the best passages, with their sources')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('What you want to know, e.g. "who defected"')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  );

// Discord enforces the length too, but a client can send anything: the answer layer says what is wrong.
const askOptions = z.object({ question: z.string() });

export function execute(interaction: ChatInputCommandInteraction, context: CommandContext): DiscordReply {
  const { question } = askOptions.parse({ question: interaction.options.getString('question', true) });
  const answer = answerAsk(context.desks.current(), question, { limit: DEFAULT_ASK_LIMIT });
  const pageId =
    answer.kind === 'results' && isPaged(answer.paging, answer.results.length)
      ? context.pages.save({ command: 'ask', options: { question }, limit: DEFAULT_ASK_LIMIT })
      : undefined;
  return renderAsk(answer, pageId ? { pageId } : {});
}

export function page(target: PageTarget, _interaction: unknown, context: CommandContext): DiscordReply {
  const { question } = askOptions.parse(target.request.options);
  const answer = answerAsk(context.desks.current(), question, { offset: target.offset, limit: target.request.limit });
  return renderAsk(answer, { pageId: target.pageId });
}
