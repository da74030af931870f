import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Choice } from '../answer/types.js';
import type { DeskSource } from '../desk-source.js';
import type { DiscordReply } from '../render/discord/payload.js';

export interface BotLogger {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** A stored request that Previous/Next can answer again at another offset. */
export interface StoredRequest {
  command: string;
  /** The command's own options, as its handler validated them. */
  options: Record<string, string>;
  limit: number;
  /**
   * The user who asked. Previous/Next pressed by anyone else must not change what the asker is reading,
   * so that user gets a private copy to page instead (see the router).
   */
  ownerId?: string;
}

/** Where requests wait for their Previous/Next presses (a bounded `PageStore` in the bot). */
export interface RequestStore {
  save(request: StoredRequest): string;
  get(id: string): StoredRequest | undefined;
}

export interface PageTarget {
  pageId: string;
  offset: number;
  request: StoredRequest;
}

/** Whether an answer has more than one page, so that its request is worth storing for the buttons. */
export function isPaged(paging: { offset: number; total: number }, shown: number): boolean {
  return paging.offset > 0 || paging.total > shown;
}

export interface CommandContext {
  desks: DeskSource;
  pages: RequestStore;
  logger: BotLogger;
}

/**
 * One slash command: its definition and thin handlers. Handlers return what to send; the bot sends it
 * (replying, or editing a deferred reply), so that deferral and error replies live in one place.
 */
export interface CommandModule {
  data: { name: string; description: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Set when answering may take more than about a second: the bot defers before calling `execute`. */
  slow?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<DiscordReply> | DiscordReply;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<Choice[]> | Choice[];
  /** Previous/Next: the page at `offset` of the request stored under `pageId`. */
  page?(target: PageTarget, interaction: ButtonInteraction, context: CommandContext): Promise<DiscordReply> | DiscordReply;
}
