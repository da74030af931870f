import { type Interaction, MessageFlags, SnowflakeUtil } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../src/desk.js';
import { InteractionRouter } from '../../src/discord/bot.js';
import type { CommandContext, CommandModule, StoredRequest } from '../../src/discord/command.js';
import { PageStore } from '../../src/discord/pages.js';
import { reply } from '../../src/render/discord/payload.js';

type Kind = 'command' | 'autocomplete' | 'button';

/** A stand-in for a discord.js interaction that records what the router sends back. */
function fakeInteraction(kind: Kind, fields: { commandName?: string; customId?: string; createdAt?: number; userId?: string } = {}) {
  const sent: { method: string; body?: unknown }[] = [];
  const state = { deferred: false, replied: false, responded: false };
  const record = (method: string, after?: () => void) => async (body?: unknown) => {
    sent.push({ method, body });
    after?.();
  };
  const interaction = {
    id: SnowflakeUtil.generate({ timestamp: fields.createdAt ?? Date.now() }).toString(),
    commandName: fields.commandName ?? 'test',
    customId: fields.customId ?? '',
    user: { id: fields.userId ?? 'asker' },
    get deferred() {
      return state.deferred;
    },
    get replied() {
      return state.replied;
    },
    get responded() {
      return state.responded;
    },
    isChatInputCommand: () => kind === 'command',
    isCommand: () => kind === 'command',
    isAutocomplete: () => kind === 'autocomplete',
    isButton: () => kind === 'button',
    reply: record('reply', () => {
      state.replied = true;
    }),
    deferReply: record('deferReply', () => {
      state.deferred = true;
    }),
    deferUpdate: record('deferUpdate', () => {
      state.deferred = true;
    }),
    editReply: record('editReply', () => {
      state.replied = true;
    }),
    update: record('update', () => {
      state.replied = true;
    }),
    followUp: record('followUp'),
    deleteReply: record('deleteReply'),
    respond: record('respond', () => {
      state.responded = true;
    }),
    options: { getFocused: () => '' },
  };
  return { interaction: interaction as unknown as Interaction, sent };
}

function silentLogger() {
  const lines: { level: string; object: object; message?: string }[] = [];
  const log = (level: string) => (object: object, message?: string) => lines.push({ level, object, message });
  return { logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }, lines };
}

function routerWith(modules: Partial<CommandModule>[], deferAfterMs = 1000) {
  const { logger, lines } = silentLogger();
  const context: CommandContext = {
    desks: { current: () => ({}) as Desk },
    pages: new PageStore<StoredRequest>(),
    logger,
  };
  const commands = new Map(
    modules.map((module, index) => {
      const name = `test${index === 0 ? '' : index}`;
      return [name, { data: { name, description: 'x', toJSON: () => ({ name, description: 'x' }) }, execute: () => reply({}), ...module } as CommandModule];
    }),
  );
  return { router: new InteractionRouter(commands, context, { deferAfterMs }), context, lines };
}

describe('InteractionRouter', () => {
  it('replies with what the handler returns, mentions off', async () => {
    const { router } = routerWith([{ execute: () => reply({ content: 'hello @everyone' }) }]);
    const { interaction, sent } = fakeInteraction('command');
    await router.handle(interaction);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('reply');
    expect(sent[0]?.body).toMatchObject({ content: 'hello @everyone', allowedMentions: { parse: [] } });
  });

  it('turns a handler error into a private reply and a log line, without throwing', async () => {
    const { router, lines } = routerWith([
      {
        execute: () => {
          throw new Error('index exploded');
        },
      },
    ]);
    const { interaction, sent } = fakeInteraction('command');
    await expect(router.handle(interaction)).resolves.toBeUndefined();
    expect(sent[0]?.method).toBe('reply');
    expect(sent[0]?.body).toMatchObject({ flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    expect(JSON.stringify(sent[0]?.body)).not.toContain('index exploded');
    expect(lines.some((line) => line.level === 'error' && JSON.stringify(line.object).includes('index exploded'))).toBe(true);
  });

  it('defers a handler that runs past the deadline, then edits the deferred reply', async () => {
    const { router } = routerWith(
      [
        {
          execute: async () => {
            await new Promise((resolve) => setTimeout(resolve, 80));
            return reply({ content: 'late answer' });
          },
        },
      ],
      20,
    );
    const { interaction, sent } = fakeInteraction('command');
    await router.handle(interaction);
    expect(sent.map((call) => call.method)).toEqual(['deferReply', 'editReply']);
    expect(sent[1]?.body).toMatchObject({ content: 'late answer' });
  });

  it('defers first when the interaction is already late, or the command is marked slow', async () => {
    const late = routerWith([{}], 1000);
    const old = fakeInteraction('command', { createdAt: Date.now() - 1500 });
    await late.router.handle(old.interaction);
    expect(old.sent.map((call) => call.method)).toEqual(['deferReply', 'editReply']);

    const slow = routerWith([{ slow: true }], 1000);
    const fresh = fakeInteraction('command');
    await slow.router.handle(fresh.interaction);
    expect(fresh.sent.map((call) => call.method)).toEqual(['deferReply', 'editReply']);
  });

  it('answers a button whose page has expired privately', async () => {
    const { router } = routerWith([{ page: () => reply({ content: 'page' }) }]);
    const { interaction, sent } = fakeInteraction('button', { customId: 'test:abcdefghij:3' });
    await router.handle(interaction);
    expect(sent[0]?.method).toBe('reply');
    expect(sent[0]?.body).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(JSON.stringify(sent[0]?.body)).toMatch(/expired/);
  });

  it('updates the message in place for a known page', async () => {
    const { router, context } = routerWith([{ page: (target) => reply({ content: `offset ${target.offset}` }) }]);
    const pageId = context.pages.save({ command: 'test', options: {}, limit: 3 });
    const { interaction, sent } = fakeInteraction('button', { customId: `test:${pageId}:3` });
    await router.handle(interaction);
    expect(sent.map((call) => call.method)).toEqual(['update']);
    expect(sent[0]?.body).toMatchObject({ content: 'offset 3' });
  });

  it('marks a stored request as the asker\'s', async () => {
    let pageId = '';
    const { router, context } = routerWith([
      {
        execute: (_interaction, handlerContext) => {
          pageId = handlerContext.pages.save({ command: 'test', options: { q: 'x' }, limit: 3 });
          return reply({ content: 'first page' });
        },
      },
    ]);
    await router.handle(fakeInteraction('command', { userId: 'asker' }).interaction);
    expect(context.pages.get(pageId)).toEqual({ command: 'test', options: { q: 'x' }, limit: 3, ownerId: 'asker' });
  });

  it('gives anyone but the asker a private copy to page, leaving the shared reply alone', async () => {
    const { router, context } = routerWith([{ page: (target) => reply({ content: `${target.pageId} at ${target.offset}` }) }]);
    const pageId = context.pages.save({ command: 'test', options: {}, limit: 3, ownerId: 'asker' });

    const other = fakeInteraction('button', { customId: `test:${pageId}:3`, userId: 'reader' });
    await router.handle(other.interaction);
    expect(other.sent.map((call) => call.method)).toEqual(['reply']);
    expect(other.sent[0]?.body).toMatchObject({ flags: MessageFlags.Ephemeral });
    const copyId = /^(\S+) at 3$/.exec(String((other.sent[0]?.body as { content?: string } | undefined)?.content))?.[1] ?? '';
    expect(copyId).not.toBe(pageId);
    expect(context.pages.get(copyId)?.ownerId).toBe('reader');
    expect(context.pages.get(pageId)?.ownerId).toBe('asker');

    // The reader's own copy then pages in place, like the asker's does.
    const again = fakeInteraction('button', { customId: `test:${copyId}:6`, userId: 'reader' });
    await router.handle(again.interaction);
    expect(again.sent.map((call) => call.method)).toEqual(['update']);
    const asker = fakeInteraction('button', { customId: `test:${pageId}:6`, userId: 'asker' });
    await router.handle(asker.interaction);
    expect(asker.sent.map((call) => call.method)).toEqual(['update']);
  });

  it('keeps autocomplete within 25 choices, and answers an empty list when the handler fails', async () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ name: `name ${index}`, value: `v${index}` }));
    const ok = routerWith([{ autocomplete: () => many }]);
    const typing = fakeInteraction('autocomplete');
    await ok.router.handle(typing.interaction);
    expect(((typing.sent[0]?.body ?? []) as unknown[]).length).toBe(25);

    const failing = routerWith([
      {
        autocomplete: () => {
          throw new Error('no');
        },
      },
    ]);
    const broken = fakeInteraction('autocomplete');
    await failing.router.handle(broken.interaction);
    expect(broken.sent).toEqual([{ method: 'respond', body: [] }]);
  });
});
