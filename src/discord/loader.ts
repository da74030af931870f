import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { CommandModule } from './command.js';

/** The folder that holds one module per slash command, found from this file so any working directory works. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

const handler = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
  message: 'must be a function',
});

// Discord's rules for command and option names and descriptions; it rejects the whole registration otherwise.
const nameSchema = z
  .string()
  .regex(/^[-_\p{Ll}\p{N}]{1,32}$/u, 'must be 1 to 32 lower-case letters, digits, "-" or "_" (Discord rejects others)');
const descriptionSchema = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

const commandJsonSchema = z.object({
  name: nameSchema,
  description: descriptionSchema,
  options: z
    .array(z.object({ name: nameSchema, description: descriptionSchema }).passthrough())
    .max(25, 'must hold at most 25 options')
    .optional(),
});

const moduleSchema = z.object({
  data: z.object({ toJSON: handler }).passthrough(),
  execute: handler,
  autocomplete: handler.optional(),
  page: handler.optional(),
  slow: z.boolean().optional(),
});

export class CommandModuleError extends Error {
  constructor(file: string, problem: string) {
    super(`commands/${basename(file)}: ${problem}`);
    this.name = 'CommandModuleError';
  }
}

/** Check one imported module; the error names the file and the part that is wrong. */
export function validateCommandModule(file: string, imported: unknown): CommandModule {
  const shape = moduleSchema.safeParse(imported);
  if (!shape.success) {
    const problems = shape.error.issues.map((issue) => `${issue.path.join('.') || 'module'} ${issue.message}`);
    throw new CommandModuleError(
      file,
      `${problems.join('; ')}. A command module exports \`data\` (a SlashCommandBuilder) and \`execute\`.`,
    );
  }
  const module = imported as CommandModule;
  const json = commandJsonSchema.safeParse(module.data.toJSON());
  if (!json.success) {
    const problems = json.error.issues.map((issue) => `command ${issue.path.join('.')} ${issue.message}`);
    throw new CommandModuleError(file, problems.join('; '));
  }
  return module;
}

function isCommandFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$/.test(name) && !/\.test\.[jt]s$/.test(name) && !name.startsWith('_');
}

/** Every command module in `dir`, by command name. Two modules with one name are an error. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, CommandModule>> {
  const names = (await readdir(dir)).filter(isCommandFile).sort();
  const commands = new Map<string, CommandModule>();
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    let imported: unknown;
    try {
      imported = await import(pathToFileURL(file).href);
    } catch (error) {
      throw new CommandModuleError(file, `cannot be loaded: ${(error as Error).message}`);
    }
    const module = validateCommandModule(file, imported);
    const commandName = module.data.name;
    const earlier = fileOf.get(commandName);
    if (earlier) throw new CommandModuleError(file, `defines /${commandName}, which commands/${basename(earlier)} defines too`);
    commands.set(commandName, module);
    fileOf.set(commandName, file);
  }
  return commands;
}
