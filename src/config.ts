import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { config as loadDotenvFile } from 'dotenv';
import { z } from 'zod';

/**
 * The process configuration, read from the environment (and `.env` through dotenv). Every setting is
 * checked here, once, so that a wrong value stops the start with a message naming it instead of failing
 * later somewhere deep in discord.js.
 */
export interface Config {
  /** Absent: no bot; the start line opens the terminal console instead. */
  discordToken?: string;
  discordGuildId?: string;
  corpusDir: string;
  discordApiBase?: string;
  cacheDir: string;
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ConfigProblem {
  setting: string;
  message: string;
}

/** A configuration that cannot be used. The message lists every problem; it never holds the token. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Newsdesk cannot start: ${problems.length === 1 ? 'a setting is' : 'some settings are'} wrong.\n` +
        problems.map((problem) => `  - ${problem.setting}: ${problem.message}`).join('\n') +
        '\nSet them in .env (see .env.example) or in the environment.',
    );
    this.name = 'ConfigError';
  }
}

/** Load `.env` from the working directory into `process.env`, without dotenv's banner on stdout. */
export function loadDotenv(path?: string): void {
  loadDotenvFile({ quiet: true, ...(path ? { path } : {}) });
}

// An empty value (`DISCORD_GUILD_ID=` copied from .env.example) means "not set".
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

// The token's value never goes into a message: only what is wrong with its shape.
const tokenSchema = optionalText.superRefine((token, context) => {
  if (token === undefined) return;
  if (/^bot\s/i.test(token)) {
    context.addIssue({ code: 'custom', message: 'remove the "Bot " prefix; give the token alone.' });
  } else if (/\s/.test(token)) {
    context.addIssue({
      code: 'custom',
      message: 'contains spaces or line breaks; copy the token again from the Developer Portal (Bot → Reset Token).',
    });
  } else if (token.length < 20) {
    context.addIssue({
      code: 'custom',
      message:
        'is too short to be a bot token; copy it from the Developer Portal (Bot → Reset Token), or leave it empty to use the terminal console.',
    });
  }
});

const settingsSchema = z.object({
  DISCORD_TOKEN: tokenSchema,
  DISCORD_GUILD_ID: optionalText.superRefine((id, context) => {
    if (id !== undefined && !/^\d{17,20}$/.test(id)) {
      context.addIssue({
        code: 'custom',
        message: `"${id}" is not a server id (a number of 17 to 20 digits). In Discord, turn on Developer Mode, right-click the server and choose "Copy Server ID"; or leave it empty to register commands globally.`,
      });
    }
  }),
  CORPUS_DIR: optionalText.transform((dir) => dir ?? 'corpus'),
  DISCORD_API_BASE: optionalText.superRefine((base, context) => {
    if (base === undefined) return;
    let url: URL | undefined;
    try {
      url = new URL(base);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      context.addIssue({
        code: 'custom',
        message: `"${base}" is not an http(s) URL. Give the REST API base of your proxy or local server (for example http://127.0.0.1:8080/api), or leave it empty to talk to Discord.`,
      });
    }
  }),
  NEWSDESK_CACHE_DIR: optionalText.transform((dir) => dir ?? '.newsdesk-cache'),
  LOG_LEVEL: optionalText.superRefine((level, context) => {
    if (level !== undefined && !(LOG_LEVELS as readonly string[]).includes(level.toLowerCase())) {
      context.addIssue({ code: 'custom', message: `"${level}" is not a log level; use one of ${LOG_LEVELS.join(', ')}.` });
    }
  }),
});

/** Check every setting. Throws a ConfigError naming each wrong setting and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        setting: String(issue.path[0] ?? 'configuration'),
        // zod's own messages (a value that is not a string) carry no input; ours never carry the token.
        message: issue.message,
      })),
    );
  }
  const settings = parsed.data;
  const corpusProblem = checkCorpusDir(settings.CORPUS_DIR, cwd);
  if (corpusProblem) throw new ConfigError([{ setting: 'CORPUS_DIR', message: corpusProblem }]);
  const cacheProblem = checkCacheDir(settings.NEWSDESK_CACHE_DIR, settings.CORPUS_DIR, cwd);
  if (cacheProblem) throw new ConfigError([{ setting: 'NEWSDESK_CACHE_DIR', message: cacheProblem }]);
  const config: Config = {
    corpusDir: settings.CORPUS_DIR,
    cacheDir: settings.NEWSDESK_CACHE_DIR,
    logLevel: (settings.LOG_LEVEL?.toLowerCase() ?? 'info') as LogLevel,
  };
  if (settings.DISCORD_TOKEN) config.discordToken = settings.DISCORD_TOKEN;
  if (settings.DISCORD_GUILD_ID) config.discordGuildId = settings.DISCORD_GUILD_ID;
  if (settings.DISCORD_API_BASE) config.discordApiBase = settings.DISCORD_API_BASE;
  return config;
}

/** Why `dir` cannot be the corpus folder, or undefined when it can. */
export function checkCorpusDir(dir: string, cwd = process.cwd()): string | undefined {
  const absolute = resolve(cwd, dir);
  if (!existsSync(absolute)) {
    return `the folder "${dir}" does not exist (looked in ${absolute}). Create it and put articles in it, or point CORPUS_DIR at the folder that holds them.`;
  }
  if (!statSync(absolute).isDirectory()) {
    return `"${dir}" is a file, not a folder. Point CORPUS_DIR at the folder that holds the articles.`;
  }
  return undefined;
}

// A cache inside the corpus would be read as articles and, being written on every rebuild, would set off
// the corpus watcher again. Dot-folders are skipped by the loader, so `corpus/.cache` is fine.
function checkCacheDir(cacheDir: string, corpusDir: string, cwd: string): string | undefined {
  const inside = relative(resolve(cwd, corpusDir), resolve(cwd, cacheDir));
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  if (inside !== '' && inside.split(sep).some((part) => part.startsWith('.'))) return undefined;
  return `"${cacheDir}" is inside the corpus folder, where the saved index would be read as articles. Put it outside CORPUS_DIR (the default is .newsdesk-cache).`;
}

/** The configuration with the token hidden, for a start-up log line. */
export function describeConfig(config: Config): Record<string, string> {
  return {
    mode: config.discordToken ? 'discord' : 'terminal console',
    corpusDir: config.corpusDir,
    cacheDir: config.cacheDir,
    logLevel: config.logLevel,
    ...(config.discordGuildId ? { guildId: config.discordGuildId } : {}),
    ...(config.discordApiBase ? { apiBase: config.discordApiBase } : {}),
  };
}
