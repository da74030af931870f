import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.js';
import { type CommandsRest, normaliseCommands, registerCommands, sameCommands } from '../../src/discord/registration.js';
import { asDiscordStoresIt } from '../support/fake-discord.js';

/** A REST stand-in that stores commands the way Discord returns them: with ids, versions and defaults. */
class RecordingRest implements CommandsRest {
  readonly calls: string[] = [];
  readonly stored = new Map<string, unknown[]>();

  async get(route: `/${string}`): Promise<unknown> {
    this.calls.push(`GET ${route}`);
    return this.stored.get(route) ?? [];
  }

  async put(route: `/${string}`, options: { body: unknown }): Promise<unknown> {
    this.calls.push(`PUT ${route}`);
    const guildId = /\/guilds\/(\d+)\//.exec(route)?.[1];
    const commands = (options.body as Record<string, unknown>[]).map((command) =>
      asDiscordStoresIt(command, { applicationId: '42', version: String(Date.now()), guildId }),
    );
    this.stored.set(route, commands.reverse());
    return commands;
  }
}

async function ourCommands(): Promise<unknown[]> {
  return [...(await loadCommands()).values()].map((command) => command.data.toJSON());
}

describe('registering slash commands', () => {
  it('registers to the guild when there is one, and not again while nothing changed', async () => {
    const rest = new RecordingRest();
    const commands = await ourCommands();
    expect(await registerCommands(rest, commands, { applicationId: '42', guildId: '7' })).toBe('registered');
    expect(await registerCommands(rest, commands, { applicationId: '42', guildId: '7' })).toBe('unchanged');
    expect(rest.calls).toEqual([
      'GET /applications/42/guilds/7/commands',
      'PUT /applications/42/guilds/7/commands',
      'GET /applications/42/guilds/7/commands',
    ]);
  });

  it('registers globally without a guild', async () => {
    const rest = new RecordingRest();
    await registerCommands(rest, await ourCommands(), { applicationId: '42' });
    expect(rest.calls).toEqual(['GET /applications/42/commands', 'PUT /applications/42/commands']);
  });

  it('registers again when a description, an option or the set of commands changes', async () => {
    const rest = new RecordingRest();
    const commands = (await ourCommands()) as { name: string; description: string; options?: { max_length?: number }[] }[];
    await registerCommands(rest, commands, { applicationId: '42' });
    const described = commands.map((command) => (command.name === 'ask' ? { ...command, description: 'Another description' } : command));
    expect(await registerCommands(rest, described, { applicationId: '42' })).toBe('registered');
    const longer = described.map((command) =>
      command.name === 'ask' ? { ...command, options: command.options?.map((option) => ({ ...option, max_length: 500 })) } : command,
    );
    expect(await registerCommands(rest, longer, { applicationId: '42' })).toBe('registered');
    expect(await registerCommands(rest, longer.slice(1), { applicationId: '42' })).toBe('registered');
    expect(await registerCommands(rest, longer.slice(1), { applicationId: '42' })).toBe('unchanged');
  });

  it('puts without asking when forced (npm run deploy)', async () => {
    const rest = new RecordingRest();
    const commands = await ourCommands();
    await registerCommands(rest, commands, { applicationId: '42', guildId: '7' });
    expect(await registerCommands(rest, commands, { applicationId: '42', guildId: '7', force: true })).toBe('registered');
    expect(rest.calls.at(-1)).toBe('PUT /applications/42/guilds/7/commands');
    expect(rest.calls.filter((call) => call.startsWith('GET'))).toHaveLength(1);
  });

  it('compares regardless of command order and Discord’s added fields, but not option order', () => {
    const a = { name: 'a', description: 'A', options: [{ type: 3, name: 'x', description: 'X', required: true }, { type: 3, name: 'y', description: 'Y' }] };
    const b = { name: 'b', description: 'B' };
    const stored = { ...a, id: '1', version: '9', nsfw: false, type: 1, options: [{ ...a.options[0], autocomplete: false }, { ...a.options[1], required: false }] };
    expect(sameCommands([a, b], [b, stored])).toBe(true);
    expect(sameCommands([a], [{ ...a, options: [...a.options].reverse() }])).toBe(false);
    expect(normaliseCommands([b])).toEqual([{ description: 'B', name: 'b' }]);
  });
});
