import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { buildDesk } from '../../src/desk.js';
import { fixedDesk } from '../../src/desk-source.js';
import { type RunningBot, startBot } from '../../src/discord/bot.js';
import { FakeDiscord, type RecordedRequest } from '../support/fake-discord.js';

const TOKEN = 'fake-bot-token.for-the-end-to-end-test.0123456789';

function article(id: string, title: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return { id, title, titleIsDerived: false, tags: [], paragraphs, source: `${id}.txt`, outlet: 'The Test Gazette', ...extra };
}

// Written for this test: several defections, so that /ask has more than one page, and a quoted officer.
const articles: Article[] = [
  article(
    'minister',
    'Foreign minister flees to Britain',
    [
      'TRIPOLI, Libya — Moussa Koussa, the foreign minister, defected to Britain on Wednesday, officials said.',
      '“We will not give up the port,” said Col. Ahmed Tarek Bani, a rebel commander. “Not tonight, not ever.”',
      'The government called the minister a traitor and said nothing more.',
    ],
    { date: '2011-03-31', url: 'https://news.example/minister', byline: 'Jane Doe', dateline: 'TRIPOLI, Libya' },
  ),
  article('pilots', 'Pilots land in Malta', [
    'Two air force pilots defected with their jets and landed in Malta, the island’s officials said.',
    'The pilots said they had refused orders to bomb protesters.',
  ]),
  article('envoy', 'Envoy breaks with the government', [
    'The ambassador to the United Nations defected last month and called on the army to stop.',
    'Several diplomats in Europe defected after him, one by one.',
  ]),
  article('soldiers', 'Soldiers change sides in the east', [
    'Hundreds of soldiers who defected joined the rebels in Benghazi, bringing their weapons.',
  ]),
];

describe('the bot against a Discord-compatible server', () => {
  let fake: FakeDiscord;
  let bot: RunningBot | undefined;
  const logger = pino({ level: 'silent' });
  const desks = fixedDesk(buildDesk('e2e', articles, []).desk);

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
    bot = await startBot({ token: TOKEN, guildId: fake.guildId, apiBase: fake.apiBase, desks, logger });
  });

  afterAll(async () => {
    await bot?.stop();
    // The bot closes its gateway connection itself; the server only sees it a moment later.
    for (let waited = 0; fake.openSockets > 0 && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    const leftOpen = fake.openSockets;
    await fake.close();
    expect(leftOpen).toBe(0);
  });

  it('logs in over the gateway and registers the commands to the guild once', () => {
    expect(fake.identifies).toBe(1);
    const puts = fake.requestsTo('PUT', /^\/applications\/\d+\/guilds\/\d+\/commands$/);
    expect(puts).toHaveLength(1);
    const names = ((puts[0]?.body ?? []) as { name: string }[]).map((command) => command.name).sort();
    expect(names).toEqual(['ask', 'quote', 'town']);
    expect(fake.requestsTo('PUT', /^\/applications\/\d+\/commands$/)).toHaveLength(0);
  });

  it('answers /ask who defected with passages, bold query words and sources, pinging no one', async () => {
    const id = fake.sendCommand('ask', { question: 'who defected' });
    const callback = await fake.waitForCallback(id);
    const body = callback.body as {
      type: number;
      data: { content?: string; embeds: { title: string; description: string; footer?: { text: string } }[]; allowed_mentions: unknown };
    };
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data.embeds[0];
    expect(embed?.title).toContain('who defected');
    expect(embed?.description).toMatch(/\*\*defected\*\*/);
    expect(embed?.description).toContain('The Test Gazette');
    expect(embed?.description).toMatch(/¶\d/);
    expect(embed?.footer?.text).toMatch(/Showing 1–3 of \d+/);
    // The one-line answer, when the answer layer is confident of one, is a single line above the passages.
    expect(body.data.content ?? '').toMatch(/^(\*\*Who:\*\* [^\n]+)?$/);
  });

  it('pages with the Next button, and says so when a page has expired', async () => {
    const id = fake.sendCommand('ask', { question: 'defected' });
    const first = (await fake.waitForCallback(id)).body as {
      data: { components: { components: { custom_id: string; label: string; disabled?: boolean }[] }[] };
    };
    const next = first.data.components[0]?.components.find((button) => button.label === 'Next');
    expect(next?.disabled).toBe(false);
    const pressed = fake.sendButton(next?.custom_id ?? '');
    const update = (await fake.waitForCallback(pressed)).body as { type: number; data: { embeds: { footer?: { text: string } }[] } };
    expect(update.type).toBe(7);
    expect(update.data.embeds[0]?.footer?.text).toMatch(/Showing 4–/);

    const stale = fake.sendButton('ask:nosuchpage:3');
    const expired = (await fake.waitForCallback(stale)).body as { type: number; data: { content: string; flags: number } };
    expect(expired.type).toBe(4);
    expect(expired.data.content).toMatch(/expired/);
    expect(expired.data.flags & 64).toBe(64);
  });

  it('suggests speakers as the user types', async () => {
    const id = fake.sendAutocomplete('quote', 'speaker', 'Ban');
    const body = (await fake.waitForCallback(id)).body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    expect(body.data.choices.map((choice) => choice.name).join(' ')).toMatch(/Bani/);
  });

  it('answers /quote with the speaker’s own words and their source', async () => {
    const id = fake.sendCommand('quote', { speaker: 'Bani' });
    const body = (await fake.waitForCallback(id)).body as { type: number; data: { embeds: { title: string; description: string }[] } };
    expect(body.type).toBe(4);
    expect(body.data.embeds[0]?.title).toMatch(/Bani/);
    expect(body.data.embeds[0]?.description).toContain('We will not give up the port');
    expect(body.data.embeds[0]?.description).toContain('“Foreign minister flees to Britain”');
  });

  it('shows a question full of mentions and markdown as text, without pinging', async () => {
    const id = fake.sendCommand('ask', { question: '@everyone <@123456789012345678> **who** defected' });
    const body = (await fake.waitForCallback(id)).body as { data: { content?: string; embeds: { title?: string; description?: string }[]; allowed_mentions: unknown } };
    const shown = JSON.stringify(body.data);
    expect(shown).not.toMatch(/@everyone|<@\d/);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('does not register again when a restarted bot finds the same commands', async () => {
    await bot?.stop();
    bot = await startBot({ token: TOKEN, guildId: fake.guildId, apiBase: fake.apiBase, desks, logger });
    expect(fake.identifies).toBe(2);
    expect(fake.requestsTo('GET', /^\/applications\/\d+\/guilds\/\d+\/commands$/)).toHaveLength(2);
    expect(fake.requestsTo('PUT', /commands$/)).toHaveLength(1);
    // The restarted bot still answers.
    const id = fake.sendCommand('town', { name: 'Benghazi' });
    const callback: RecordedRequest = await fake.waitForCallback(id);
    expect((callback.body as { type: number }).type).toBe(4);
  });
});

describe('a wrong token', () => {
  it('stops the start with a message that names the setting and never shows the token', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    const wrong = 'wrong-token.for-the-end-to-end-test.0123456789';
    try {
      const starting = startBot({ token: wrong, apiBase: fake.apiBase, desks: fixedDesk(buildDesk('empty', [], []).desk), logger: pino({ level: 'silent' }) });
      await expect(starting).rejects.toThrow(/could not log in to Discord: .*Check DISCORD_TOKEN/);
      await expect(starting).rejects.not.toThrow(wrong);
    } finally {
      await fake.close();
    }
  });
});

describe('npm run deploy against a Discord-compatible server', () => {
  it('registers the commands even when Discord already has them, and needs a token', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    try {
      const { deployCommands } = await import('../../src/deploy.js');
      const quiet = pino({ level: 'silent' });
      const config = { discordToken: TOKEN, discordGuildId: fake.guildId, discordApiBase: fake.apiBase };
      expect((await deployCommands(config, quiet)).sort()).toEqual(['ask', 'quote', 'town']);
      await deployCommands(config, quiet);
      expect(fake.requestsTo('PUT', /^\/applications\/\d+\/guilds\/\d+\/commands$/)).toHaveLength(2);
      await expect(deployCommands({ discordApiBase: fake.apiBase }, quiet)).rejects.toThrow(/DISCORD_TOKEN/);
    } finally {
      await fake.close();
    }
  });
});
