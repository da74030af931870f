import { Routes } from 'discord.js';
import type { BotLogger } from './command.js';

/** The two REST calls registration needs; discord.js's REST client has them. */
export interface CommandsRest {
  get(route: `/${string}`): Promise<unknown>;
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// What Discord fills in when a field is left out: a command compares equal whether or not it spells them.
const OPTION_DEFAULTS: Record<string, Json> = { required: false, autocomplete: false };
const COMMAND_DEFAULTS: Record<string, Json> = { type: 1, nsfw: false, default_member_permissions: null };
// Fields Discord adds or that we never set; they say nothing about whether the definition changed.
const IGNORED = new Set([
  'id',
  'application_id',
  'guild_id',
  'version',
  'dm_permission',
  'contexts',
  'integration_types',
  'name_localized',
  'description_localized',
]);

function normaliseValue(value: unknown, defaults: Record<string, Json>): Json {
  if (Array.isArray(value)) return value.map((item) => normaliseValue(item, OPTION_DEFAULTS));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      if (IGNORED.has(key)) continue;
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined) continue;
      // Empty localisation maps and empty option lists mean the same as none.
      if ((key.endsWith('_localizations') || key === 'options' || key === 'choices') && isEmpty(field)) continue;
      if (defaults[key] !== undefined && field === defaults[key]) continue;
      out[key] = normaliseValue(field, OPTION_DEFAULTS);
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return null;
}

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && Object.keys(value as object).length === 0);
}

/** Commands in a form where ours and Discord's compare equal exactly when Discord would change nothing. */
export function normaliseCommands(commands: readonly unknown[]): Json[] {
  return commands
    .map((command) => normaliseValue(command, COMMAND_DEFAULTS))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
}

function nameOf(command: Json): string {
  return command !== null && typeof command === 'object' && !Array.isArray(command) ? String(command.name ?? '') : '';
}

export function sameCommands(ours: readonly unknown[], theirs: readonly unknown[]): boolean {
  return JSON.stringify(normaliseCommands(ours)) === JSON.stringify(normaliseCommands(theirs));
}

export interface RegisterOptions {
  applicationId: string;
  guildId?: string;
  /** `npm run deploy`: put the commands even when Discord has the same ones. */
  force?: boolean;
  logger?: BotLogger;
}

export type RegistrationResult = 'registered' | 'unchanged';

/**
 * Register the commands with Discord (to one server when `guildId` is set, else globally), but only when
 * they differ from what Discord has: a PUT on every start would count against Discord's daily limit on
 * command creation and make global commands flicker for users.
 */
export async function registerCommands(
  rest: CommandsRest,
  commands: readonly unknown[],
  options: RegisterOptions,
): Promise<RegistrationResult> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const scope = options.guildId ? { guildId: options.guildId } : { scope: 'global' };
  if (!options.force) {
    const existing = await rest.get(route);
    if (Array.isArray(existing) && sameCommands(commands, existing)) {
      options.logger?.info({ ...scope, commands: commands.length }, 'slash commands already registered; nothing to change');
      return 'unchanged';
    }
  }
  await rest.put(route, { body: commands });
  options.logger?.info({ ...scope, commands: commands.length }, 'slash commands registered');
  return 'registered';
}
