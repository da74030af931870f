import { type ArticleMetadata, metadataProblem, metadataSchema } from './metadata.js';
import type { CorpusProblem } from './types.js';

export const SIDECAR_SUFFIX = '.meta.json';

export type SidecarResult = { ok: true; metadata: ArticleMetadata } | { ok: false; problem: CorpusProblem };

/** The line of a character offset in `text`, from 1. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text[index] === '\n') line++;
  return line;
}

/** The line of a JSON.parse error, from the "at position N" or "(line N column M)" that V8 reports. */
export function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const line = /\bline (\d+) column \d+/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /\bposition (\d+)/.exec(message)?.[1];
  return position ? lineAt(text, Number(position)) : undefined;
}

/**
 * Read a `NAME.meta.json` sidecar: a JSON object with title, url, date, byline, outlet and tags, all
 * optional. Its fields override what the article file itself gives or what is derived from its text.
 */
export function readSidecar(file: string, text: string): SidecarResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const line = jsonErrorLine(text, error);
    return {
      ok: false,
      problem: {
        file,
        ...(line === undefined ? {} : { line }),
        problem: `the sidecar is not valid JSON: ${(error as Error).message}`,
        fix: 'Write one JSON object, e.g. {"outlet": "The New York Times", "date": "2011-03-30"}, with double quotes around keys and text and no trailing comma.',
      },
    };
  }
  const checked = metadataSchema.safeParse(data);
  if (!checked.success) {
    return {
      ok: false,
      problem: metadataProblem(checked.error, {
        file,
        what: 'sidecar',
        locate: (key) => {
          const index = text.split('\n').findIndex((line) => line.includes(`"${key}"`));
          return index === -1 ? undefined : index + 1;
        },
        fallbackLine: 1,
      }),
    };
  }
  return { ok: true, metadata: checked.data };
}
