import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  SnowflakeUtil,
} from 'discord.js';
import type { DeskSource } from '../desk-source.js';
import { parsePageButton } from '../render/discord/buttons.js';
import { type DiscordReply, reply } from '../render/discord/payload.js';
import { fitChoices, fitToDiscordLimits } from '../render/limits.js';
import type { BotLogger, CommandContext, CommandModule, RequestStore, StoredRequest } from './command.js';
import { loadCommands } from './loader.js';
import { PageStore } from './pages.js';
import { registerCommands } from './registration.js';

export interface BotOptions {
  token: string;
  guildId?: string;
  /** REST API base (a proxy or a local Discord-compatible server); the gateway address is read from it. */
  apiBase?: string;
  desks: DeskSource;
  logger: BotLogger;
  /** Where the command modules are; `commands/` by default. */
  commandsDir?: string;
  /** Put the commands even when Discord already has the same ones. */
  forceRegister?: boolean;
}

export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/**
 * Discord gives 3 s for the first response. A handler still running after this long is deferred, and so is
 * an interaction that already waited this long before reaching us (a busy event loop, a slow gateway).
 */
export const DEFER_AFTER_MS = 1000;

const ERROR_REPLY = 'Something went wrong while answering. It has been logged; please try again in a moment.';
const EXPIRED_REPLY = 'These results have expired. Run the command again to page through them.';

/** The reply with the limits enforced and mentions off, in the shape discord.js sends. */
function outgoing(payload: DiscordReply) {
  const fitted = fitToDiscordLimits(payload);
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    embeds: fitted.embeds,
    components: fitted.components,
    allowedMentions: fitted.allowedMentions,
  };
}

function ageOf(interaction: Interaction): number {
  return Date.now() - SnowflakeUtil.timestampFrom(interaction.id);
}

/** Send `payload` as the response, whatever state the interaction is in (fresh, deferred or answered). */
async function respond(interaction: ChatInputCommandInteraction | ButtonInteraction, payload: DiscordReply, update: boolean) {
  const body = outgoing(payload);
  if (interaction.deferred && !interaction.replied) {
    if (update || !payload.ephemeral) {
      await interaction.editReply(body);
      return;
    }
    // A deferred public reply cannot turn private: say so in a private follow-up instead.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.replied) {
    await interaction.followUp({ ...body, ...(payload.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    return;
  }
  if (update && interaction.isButton() && !payload.ephemeral) {
    await interaction.update(body);
    return;
  }
  await interaction.reply({ ...body, ...(payload.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

/**
 * Run `work`, deferring the response first when the interaction is already late or the command is known
 * to be slow, and after DEFER_AFTER_MS when `work` is still running then.
 */
async function withDeadline(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  deferAfterMs: number,
  deferUpfront: boolean,
  defer: () => Promise<unknown>,
  work: () => Promise<DiscordReply>,
): Promise<DiscordReply> {
  let deferring: Promise<unknown> | undefined;
  const startDefer = () => {
    deferring ??= defer();
    return deferring;
  };
  if (deferUpfront || ageOf(interaction) > deferAfterMs) await startDefer();
  const timer = setTimeout(() => void startDefer(), Math.max(0, deferAfterMs - ageOf(interaction)));
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    if (deferring) await deferring;
  }
}

/** The store as one user's handler sees it: what it saves is marked as that user's. */
function savingAs(pages: RequestStore, userId: string): RequestStore {
  return { save: (request) => pages.save({ ...request, ownerId: userId }), get: (id) => pages.get(id) };
}

export interface RouterOptions {
  /** How long a handler may run before the response is deferred. */
  deferAfterMs?: number;
}

/** Sends each interaction to its command's handler and the handler's reply back to Discord. */
export class InteractionRouter {
  private readonly deferAfterMs: number;

  constructor(
    private readonly commands: Map<string, CommandModule>,
    private readonly context: CommandContext,
    options: RouterOptions = {},
  ) {
    this.deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  }

  async handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await this.command(interaction);
      else if (interaction.isAutocomplete()) await this.autocomplete(interaction);
      else if (interaction.isButton()) await this.button(interaction);
    } catch (error) {
      await this.fail(interaction, error);
    }
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = this.commands.get(interaction.commandName);
    if (!command) {
      await respond(interaction, reply({ content: `This bot has no /${interaction.commandName} command any more.`, ephemeral: true }), false);
      return;
    }
    const started = performance.now();
    const payload = await withDeadline(
      interaction,
      this.deferAfterMs,
      command.slow === true,
      () => interaction.deferReply(),
      async () => command.execute(interaction, { ...this.context, pages: savingAs(this.context.pages, interaction.user.id) }),
    );
    await respond(interaction, payload, false);
    this.context.logger.debug(
      { command: interaction.commandName, ms: Math.round(performance.now() - started) },
      'answered a slash command',
    );
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = this.commands.get(interaction.commandName);
    const choices = command?.autocomplete ? await command.autocomplete(interaction, this.context) : [];
    await interaction.respond(fitChoices(choices));
  }

  private async button(interaction: ButtonInteraction): Promise<void> {
    const target = parsePageButton(interaction.customId);
    const command = target ? this.commands.get(target.command) : undefined;
    if (!target || !command?.page) {
      this.context.logger.warn({ customId: interaction.customId.slice(0, 100) }, 'a button this bot does not know');
      await respond(interaction, reply({ content: 'This button no longer does anything.', ephemeral: true }), false);
      return;
    }
    const stored = this.context.pages.get(target.pageId);
    if (!stored || stored.command !== target.command) {
      await respond(interaction, reply({ content: EXPIRED_REPLY, ephemeral: true }), false);
      return;
    }
    const page = command.page;
    if (stored.ownerId !== undefined && stored.ownerId !== interaction.user.id) {
      // Someone else's reply: paging it in place would move the page its asker is reading. This user
      // gets the page privately instead, with buttons of their own.
      const copyId = this.context.pages.save({ ...stored, ownerId: interaction.user.id });
      const payload = await withDeadline(
        interaction,
        this.deferAfterMs,
        command.slow === true,
        () => interaction.deferReply({ flags: MessageFlags.Ephemeral }),
        async () => page({ pageId: copyId, offset: target.offset, request: stored }, interaction, this.context),
      );
      await respond(interaction, { ...payload, ephemeral: true }, true);
      return;
    }
    const payload = await withDeadline(
      interaction,
      this.deferAfterMs,
      command.slow === true,
      () => interaction.deferUpdate(),
      async () => page({ pageId: target.pageId, offset: target.offset, request: stored }, interaction, this.context),
    );
    await respond(interaction, payload, true);
  }

  /** A handler failed: log it and tell the user privately. Never rethrow: one bad answer must not end the bot. */
  private async fail(interaction: Interaction, error: unknown): Promise<void> {
    const name = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined;
    this.context.logger.error(
      {
        err: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
        command: name,
        interaction: interaction.id,
      },
      'an interaction handler failed',
    );
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isChatInputCommand() || interaction.isButton()) {
        await respond(interaction, reply({ content: ERROR_REPLY, ephemeral: true }), false);
      }
    } catch (replyError) {
      this.context.logger.warn({ err: (replyError as Error).message }, 'could not send the error reply either');
    }
  }
}

/**
 * Log in, register the slash commands when they changed, and answer interactions until `stop()`.
 * Resolves once the bot is ready and registration is done.
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { logger } = options;
  const commands = await loadCommands(options.commandsDir);
  const context: CommandContext = { desks: options.desks, pages: new PageStore<StoredRequest>(), logger };
  const router = new InteractionRouter(commands, context);

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(options.apiBase ? { rest: { api: options.apiBase } } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error.message }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ warning: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'gateway disconnected'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy();
    // discord.js's message never holds the token; ours says what to check.
    const reason = (error as Error).message.replace(/\.$/, '');
    throw new Error(`could not log in to Discord: ${reason}. Check DISCORD_TOKEN (and DISCORD_API_BASE if set).`);
  }
  const readyClient = await ready;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'logged in to Discord');

  try {
    await registerCommands(
      readyClient.rest,
      [...commands.values()].map((command) => command.data.toJSON()),
      {
        applicationId: readyClient.application.id,
        ...(options.guildId ? { guildId: options.guildId } : {}),
        force: options.forceRegister === true,
        logger,
      },
    );
  } catch (error) {
    // The bot can still answer commands registered earlier; a missing scope is worth a clear log line.
    logger.error(
      { err: (error as Error).message },
      'could not register the slash commands (does the bot have the applications.commands scope in this server?)',
    );
  }

  return {
    client,
    stop: async () => {
      await client.destroy();
    },
  };
}
