import type { PlaceSummary, TownAnswer } from '../../answer/types.js';
import { cutText, DISCORD_LIMITS } from '../limits.js';
import type { PagedRenderOptions } from './ask.js';
import { pageButtons } from './buttons.js';
import { COLOURS, footerText, invalidInputReply, listDescription, roomPerItem } from './common.js';
import { boldName, highlighted, pagingText, safeInline, safeUrl, sourceParts } from './markdown.js';
import { type DiscordReply, reply } from './payload.js';

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** "Libya (Cyrenaica) · 30.4058, 19.5795 · [OpenStreetMap](…)" and the other spellings. */
function placeHeader(place: PlaceSummary): string {
  const where = [place.country, place.region && place.region !== place.country ? place.region : undefined]
    .filter((part): part is string => Boolean(part))
    .map((part) => safeInline(part, 200));
  const parts = [where.length > 0 ? where.join(', ') : 'Country unknown'];
  const hasCoordinates = place.lat !== undefined && place.lon !== undefined && Number.isFinite(place.lat) && Number.isFinite(place.lon);
  parts.push(hasCoordinates ? `${place.lat?.toFixed(4)}, ${place.lon?.toFixed(4)}` : 'coordinates unknown');
  const map = safeUrl(place.mapUrl);
  if (map) parts.push(`[OpenStreetMap](<${map}>)`);
  const lines = [parts.join(' · ')];
  const others = place.altNames.filter((alt) => alt !== place.name).slice(0, 6);
  if (others.length > 0) lines.push(cutText(`Also written: ${others.map((other) => safeInline(other, 100)).join(', ')}`, 400));
  return lines.join('\n');
}

function placeTitle(place: PlaceSummary): string {
  return safeInline(place.name, DISCORD_LIMITS.embedTitle);
}

/** A /town answer: where the place is, then the passages that name it (datelines first), paged. */
export function renderTown(answer: TownAnswer, options: PagedRenderOptions = {}): DiscordReply {
  switch (answer.kind) {
    case 'invalid-input':
      return invalidInputReply('town', answer);
    case 'unknown-place': {
      const lines = [`No place called “${safeInline(answer.query, 200)}” is known.`];
      if (answer.closest.length > 0) {
        lines.push(`Closest places: ${answer.closest.slice(0, 10).map((name) => boldName(name, 100)).join(', ')}`);
      }
      return reply({
        embeds: [{ title: 'Unknown place', description: cutText(lines.join('\n'), DISCORD_LIMITS.embedDescription), color: COLOURS.empty }],
      });
    }
    case 'not-mentioned':
      return reply({
        embeds: [
          {
            title: placeTitle(answer.place),
            description: cutText(`${placeHeader(answer.place)}\n\n${safeInline(answer.place.name, 200)} is not mentioned in the corpus.`, DISCORD_LIMITS.embedDescription),
            color: COLOURS.empty,
          },
        ],
      });
    case 'town': {
      const header = `${placeHeader(answer.place)}\nNamed in ${answer.passageCount} ${plural(answer.passageCount, 'passage')} of ${answer.articleCount} ${plural(answer.articleCount, 'article')}.`;
      const room = roomPerItem(answer.passages.length);
      const items = answer.passages.map((passage) => ({
        text: highlighted(passage.text, passage.highlights, room),
        // Being datelined here is about the article, so it goes with the source.
        source: sourceParts(passage, passage.isDateline ? { note: 'datelined here' } : {}),
      }));
      const footer = footerText([pagingText(answer.paging, answer.passages.length)]);
      return reply({
        embeds: [
          {
            title: placeTitle(answer.place),
            description: listDescription(header, items, answer.paging.offset + 1),
            color: COLOURS.answer,
            ...(footer ? { footer } : {}),
          },
        ],
        components: pageButtons('town', options.pageId, answer.paging, answer.passages.length),
      });
    }
  }
}
