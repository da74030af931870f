import { expect } from 'vitest';
import type { DiscordReply } from '../../src/render/discord/payload.js';
import { boldMarkerCount, DISCORD_LIMITS } from '../../src/render/limits.js';

/** Any text Discord would draw as a mention or act on as a ping. */
export const LIVE_MENTION = /@everyone|@here|<@[!&]?\d+>|<#\d+>/i;

/** Every text of a reply Discord draws as markdown. */
function markdownTexts(payload: DiscordReply): string[] {
  const texts: string[] = [];
  if (payload.content !== undefined) texts.push(payload.content);
  for (const embed of payload.embeds) {
    if (embed.title !== undefined) texts.push(embed.title);
    if (embed.description !== undefined) texts.push(embed.description);
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  return texts;
}

/** Half of a surrogate pair: what a cut in the middle of an emoji leaves. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Fail the test when `payload` breaks any Discord limit, could ping, or leaves bold or code open. */
export function expectWithinDiscordLimits(payload: DiscordReply, wellFormedInput = true): void {
  expect(payload.allowedMentions).toEqual({ parse: [] });
  if (payload.content !== undefined) expect(payload.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(payload.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  let total = 0;
  for (const embed of payload.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footerText);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.authorName);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fieldsPerEmbed);
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      total += field.name.length + field.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  expect(payload.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
  for (const row of payload.components) {
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.componentsPerRow);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    }
  }
  for (const text of [...markdownTexts(payload), ...payload.embeds.map((embed) => embed.footer?.text ?? '')]) {
    expect(text).not.toMatch(LIVE_MENTION);
    if (wellFormedInput) expect(text).not.toMatch(LONE_SURROGATE);
  }
  for (const text of markdownTexts(payload)) {
    expect(boldMarkerCount(text) % 2, `bold markers left open in: ${text.slice(0, 200)}`).toBe(0);
  }
}
