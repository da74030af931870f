import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../src/config.js';
import { tempDir } from '../support/temp-dir.js';

// Looks like a token (three dot-separated parts) but is made up.
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDe.sEcReTsEcReTsEcReTsEcReTsEcReT';
let cwd: string;

beforeAll(() => {
  cwd = tempDir('newsdesk-config-');
  mkdirSync(join(cwd, 'corpus'));
  mkdirSync(join(cwd, 'articles'));
  writeFileSync(join(cwd, 'a-file.txt'), 'not a folder');
});

function problemsOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the defaults and the console mode when nothing is set', () => {
    expect(loadConfig({}, cwd)).toEqual({ corpusDir: 'corpus', cacheDir: '.newsdesk-cache', logLevel: 'info' });
  });

  it('treats empty values copied from .env.example as unset', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ', DISCORD_API_BASE: '', CORPUS_DIR: '' }, cwd);
    expect(config.discordToken).toBeUndefined();
    expect(config.discordGuildId).toBeUndefined();
    expect(config.corpusDir).toBe('corpus');
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        DISCORD_TOKEN: ` ${TOKEN}\n`,
        DISCORD_GUILD_ID: '123456789012345678',
        CORPUS_DIR: 'articles',
        DISCORD_API_BASE: 'http://127.0.0.1:8080/api',
        NEWSDESK_CACHE_DIR: '/tmp/cache',
        LOG_LEVEL: 'DEBUG',
      },
      cwd,
    );
    expect(config).toEqual({
      discordToken: TOKEN,
      discordGuildId: '123456789012345678',
      corpusDir: 'articles',
      discordApiBase: 'http://127.0.0.1:8080/api',
      cacheDir: '/tmp/cache',
      logLevel: 'debug',
    });
  });

  it.each([
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: 'my-server' }, /Copy Server ID/],
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: '12345' }, /17 to 20 digits/],
    ['DISCORD_API_BASE', { DISCORD_API_BASE: 'localhost:8080' }, /http\(s\) URL/],
    ['DISCORD_API_BASE', { DISCORD_API_BASE: 'ftp://example.com/api' }, /http\(s\) URL/],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }, /one of fatal, error, warn, info/],
    ['CORPUS_DIR', { CORPUS_DIR: 'missing' }, /does not exist/],
    ['CORPUS_DIR', { CORPUS_DIR: 'a-file.txt' }, /is a file, not a folder/],
    ['NEWSDESK_CACHE_DIR', { NEWSDESK_CACHE_DIR: 'corpus/cache' }, /inside the corpus folder/],
    ['NEWSDESK_CACHE_DIR', { CORPUS_DIR: '.', NEWSDESK_CACHE_DIR: 'cache' }, /inside the corpus folder/],
  ])('names %s when it is wrong (%o)', (setting, env, fix) => {
    const error = problemsOf(env);
    expect(error.problems.map((problem) => problem.setting)).toEqual([setting]);
    expect(error.message).toContain(`${setting}:`);
    expect(error.message).toMatch(fix);
  });

  it('accepts a cache beside the corpus or in a hidden folder inside it', () => {
    expect(loadConfig({ NEWSDESK_CACHE_DIR: 'corpus-cache' }, cwd).cacheDir).toBe('corpus-cache');
    expect(loadConfig({ NEWSDESK_CACHE_DIR: 'corpus/.cache' }, cwd).cacheDir).toBe('corpus/.cache');
    expect(loadConfig({ CORPUS_DIR: '.' }, cwd).cacheDir).toBe('.newsdesk-cache');
  });

  it('lists every wrong setting at once', () => {
    const error = problemsOf({ DISCORD_GUILD_ID: 'x', LOG_LEVEL: 'loud', DISCORD_API_BASE: 'nope' });
    expect(error.problems.map((problem) => problem.setting).sort()).toEqual([
      'DISCORD_API_BASE',
      'DISCORD_GUILD_ID',
      'LOG_LEVEL',
    ]);
  });

  it.each([
    ['with a "Bot " prefix', `Bot ${TOKEN}`, /remove the "Bot " prefix/],
    ['with a space inside', `${TOKEN.slice(0, 30)} ${TOKEN.slice(30)}`, /contains spaces/],
    ['too short', 'sEcReT-abc', /too short/],
  ])('rejects a token %s without ever printing it', (_case, token, fix) => {
    const error = problemsOf({ DISCORD_TOKEN: token });
    expect(error.problems[0]?.setting).toBe('DISCORD_TOKEN');
    expect(error.message).toMatch(fix);
    const everything = `${error.message}\n${JSON.stringify(error.problems)}\n${String(error.stack)}`;
    expect(everything).not.toContain('sEcReT');
  });

  it('describes the configuration without the token', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN }, cwd);
    const described = JSON.stringify(describeConfig(config));
    expect(described).toContain('discord');
    expect(described).not.toContain('sEcReT');
  });
});
