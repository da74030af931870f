import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.js';
import { tempDir } from '../support/temp-dir.js';

const folders: string[] = [];

/** A commands folder holding the given files (plain ESM, so no TypeScript transform is involved). */
function commandsFolder(files: Record<string, string>): string {
  const dir = tempDir('newsdesk-commands-');
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function commandModule(name: string, description = 'Does a thing', extra = ''): string {
  return `export const data = { name: ${JSON.stringify(name)}, description: ${JSON.stringify(description)}, toJSON() { return { name: this.name, description: this.description }; } };
export function execute() { return { embeds: [], components: [], allowedMentions: { parse: [] } }; }
${extra}`;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadCommands', () => {
  it('finds the project’s own commands: /ask, /quote and /town', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(['ask', 'quote', 'town']);
    for (const command of commands.values()) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[a-z]{1,32}$/);
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(100);
    }
    expect(commands.get('quote')?.autocomplete).toBeTypeOf('function');
    expect(commands.get('town')?.autocomplete).toBeTypeOf('function');
  });

  it('loads every module file and skips declarations, tests and private helpers', async () => {
    const dir = commandsFolder({
      'hello.mjs': commandModule('hello'),
      'world.js': commandModule('world'),
      'types.d.ts': 'export {};',
      'hello.test.js': 'throw new Error("not a command");',
      '_shared.mjs': 'throw new Error("not a command either");',
      'notes.md': '# notes',
    });
    const commands = await loadCommands(dir);
    expect([...commands.keys()].sort()).toEqual(['hello', 'world']);
  });

  it('names the file and the problem when a module has no execute', async () => {
    const dir = commandsFolder({ 'broken.mjs': 'export const data = { name: "broken", description: "x", toJSON() { return this; } };' });
    await expect(loadCommands(dir)).rejects.toThrow(/commands\/broken\.mjs: .*execute/);
  });

  it('names the file when a command name is not lower case or too long', async () => {
    await expect(loadCommands(commandsFolder({ 'shout.mjs': commandModule('Shout') }))).rejects.toThrow(/commands\/shout\.mjs: .*name.*lower-case/);
    await expect(loadCommands(commandsFolder({ 'long.mjs': commandModule('x'.repeat(33)) }))).rejects.toThrow(/commands\/long\.mjs/);
  });

  it('names the file when a description is empty or longer than 100 characters', async () => {
    await expect(loadCommands(commandsFolder({ 'empty.mjs': commandModule('empty', '') }))).rejects.toThrow(/commands\/empty\.mjs: .*description/);
    await expect(loadCommands(commandsFolder({ 'wordy.mjs': commandModule('wordy', 'w'.repeat(101)) }))).rejects.toThrow(/commands\/wordy\.mjs: .*100/);
  });

  it('names the file and the option when an option breaks Discord’s rules', async () => {
    const module = `export const data = { name: "opt", description: "x", toJSON() { return { name: "opt", description: "x", options: [{ type: 3, name: "Question", description: "q" }] }; } };
export function execute() {}`;
    await expect(loadCommands(commandsFolder({ 'opt.mjs': module }))).rejects.toThrow(/commands\/opt\.mjs: command options\.0\.name/);
  });

  it('refuses two modules that define the same command', async () => {
    const dir = commandsFolder({ 'a.mjs': commandModule('same'), 'b.mjs': commandModule('same') });
    await expect(loadCommands(dir)).rejects.toThrow(/commands\/b\.mjs: defines \/same, which commands\/a\.mjs defines too/);
  });

  it('names the file when a module cannot be imported', async () => {
    const dir = commandsFolder({ 'syntax.mjs': 'export const = ;' });
    await expect(loadCommands(dir)).rejects.toThrow(/commands\/syntax\.mjs: cannot be loaded/);
  });
});
