import type { PlaceSummary, TownAnswer } from '../../answer/types.js';
import { pagingLine, resolveOptions, sourceLine, type TextRenderOptions } from './source.js';
import { cleanText, highlight, type TextStyle, wrap } from './style.js';

export interface TownTextOptions extends TextRenderOptions {
  moreHint?: string;
}

/** "Brega, Libya (Cyrenaica) · 30.4058, 19.5795 · https://www.openstreetmap.org/…" */
function placeHeading(place: PlaceSummary, style: TextStyle): string {
  // A country is its own country: `Russia`, not `Russia, Russia`.
  const country = place.country === place.name ? undefined : place.country;
  const where = [country, place.region && place.region !== place.country ? place.region : undefined]
    .filter((part): part is string => Boolean(part))
    .map(cleanText);
  const name = style.bold(cleanText(place.name)) + (where.length > 0 ? `, ${where.join(', ')}` : '');
  const parts = [name];
  if (place.lat !== undefined && place.lon !== undefined) {
    parts.push(`${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}`);
  } else {
    parts.push('coordinates unknown');
  }
  if (place.mapUrl) parts.push(cleanText(place.mapUrl));
  const lines = [parts.join(' · ')];
  const others = place.altNames.filter((alt) => alt !== place.name).slice(0, 6);
  if (others.length > 0) lines.push(style.dim(`Also written: ${others.map(cleanText).join(', ')}`));
  return lines.join('\n');
}

/** A /town answer as terminal text: where the place is, then the passages that name it. */
export function renderTownText(answer: TownAnswer, options: TownTextOptions = {}): string {
  const { style, width } = resolveOptions(options);
  switch (answer.kind) {
    case 'invalid-input':
      return `Cannot look that up: ${cleanText(answer.reason)}`;
    case 'unknown-place': {
      const lines = [`No place called “${cleanText(answer.query)}” is known.`];
      if (answer.closest.length > 0) lines.push(`Closest places: ${answer.closest.map(cleanText).join(', ')}`);
      return lines.join('\n');
    }
    case 'not-mentioned':
      return `${placeHeading(answer.place, style)}\n${cleanText(answer.place.name)} is not mentioned in the corpus.`;
    case 'town': {
      const lines = [
        placeHeading(answer.place, style),
        `Named in ${answer.passageCount} ${plural(answer.passageCount, 'passage')} of ${answer.articleCount} ${plural(answer.articleCount, 'article')}.`,
        '',
      ];
      for (const passage of answer.passages) {
        // isDateline is about the article (datelined at this place), so it belongs with the source.
        const datelined = passage.isDateline ? ' · datelined here' : '';
        lines.push(wrap(highlight(passage.text, passage.highlights, style), width));
        lines.push(style.dim(wrap(`— ${sourceLine(passage)}${datelined}`, width, '   ')), '');
      }
      const paging = pagingLine(answer.paging, answer.passages.length, options.moreHint);
      if (paging) lines.push(paging);
      else if (lines.at(-1) === '') lines.pop();
      return lines.join('\n');
    }
  }
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
