import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { z } from 'zod';
import { type Config, ConfigError, loadConfig, loadDotenv } from './config.js';
import type { BotLogger } from './discord/command.js';
import { loadCommands } from './discord/loader.js';
import { registerCommands } from './discord/registration.js';
import { logger } from './logger.js';

/**
 * `npm run deploy`: register the slash commands now, even when Discord already has the same ones (the bot
 * itself registers only changed commands on start). To DISCORD_GUILD_ID when set, else globally.
 * Returns the names of the commands registered.
 */
export async function deployCommands(
  config: Pick<Config, 'discordToken' | 'discordGuildId' | 'discordApiBase'>,
  log: BotLogger = logger,
): Promise<string[]> {
  if (!config.discordToken) {
    throw new ConfigError([{ setting: 'DISCORD_TOKEN', message: 'is not set; deploying commands needs the bot token (see .env.example).' }]);
  }
  const rest = new REST(config.discordApiBase ? { api: config.discordApiBase } : {}).setToken(config.discordToken);
  const application = z.object({ id: z.string() }).parse(await rest.get(Routes.currentApplication()));
  const commands = await loadCommands();
  await registerCommands(
    rest,
    [...commands.values()].map((command) => command.data.toJSON()),
    { applicationId: application.id, ...(config.discordGuildId ? { guildId: config.discordGuildId } : {}), force: true, logger: log },
  );
  return [...commands.keys()];
}

async function main(): Promise<void> {
  loadDotenv();
  const config = loadConfig();
  const names = await deployCommands(config);
  const where = config.discordGuildId ? `server ${config.discordGuildId}` : 'every server (global commands can take up to an hour to appear)';
  process.stdout.write(`Registered ${names.length} commands (${names.map((name) => `/${name}`).join(', ')}) for ${where}.\n`);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `Could not deploy the commands: ${(error as Error).message}`}\n`);
    process.exit(1);
  });
}
