import { z } from 'zod';
import { editDistance } from '../util/edit-distance.js';
import type { CorpusProblem } from './types.js';

/** The metadata an article may carry in front matter, a sidecar file or a JSON Lines row. */
export interface ArticleMetadata {
  title?: string;
  url?: string;
  date?: string;
  byline?: string;
  outlet?: string;
  tags?: string[];
}

export const METADATA_KEYS = ['title', 'url', 'date', 'byline', 'outlet', 'tags'] as const;
type MetadataKey = (typeof METADATA_KEYS)[number];

const HOW_TO_WRITE: Record<MetadataKey, string> = {
  title: 'Write the headline as text, e.g. title: Rebels retreat from Brega.',
  url: 'Give the full web address, e.g. url: https://www.example.com/2011/03/30/story.html, or leave url out when unknown.',
  date: 'Write the publication date as YYYY-MM-DD, e.g. date: 2011-03-30 (or an ISO timestamp such as 2011-03-30T14:05:00Z), or leave date out when unknown.',
  byline: 'Write the authors as text, e.g. byline: C. J. Chivers and David D. Kirkpatrick.',
  outlet: 'Write the publication as text, e.g. outlet: The New York Times.',
  tags: 'Give a list of words, e.g. tags: [libya, war] (or one line: tags: libya, war).',
};

// Common names for the same fields in other tools, for a "did you mean" hint.
const ALIASES: Record<string, MetadataKey> = {
  author: 'byline', authors: 'byline', by: 'byline', writer: 'byline',
  source: 'outlet', publication: 'outlet', publisher: 'outlet', newspaper: 'outlet', site: 'outlet',
  link: 'url', href: 'url', permalink: 'url', address: 'url',
  headline: 'title', name: 'title',
  published: 'date', pubdate: 'date', publishedat: 'date', published_at: 'date', dateline: 'date',
  keywords: 'tags', categories: 'tags', category: 'tags', tag: 'tags',
};

/** A YAML date (`date: 2011-03-30` parses to a Date) as the ISO text Newsdesk stores. */
function dateToIsoText(value: unknown): unknown {
  // "2011-03-30 14:05:00", as databases export it, is the ISO timestamp "2011-03-30T14:05:00".
  if (typeof value === 'string') return value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d{2}:\d{2})/, '$1T');
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) return 'an invalid date';
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function text(key: MetadataKey) {
  return z
    .string({ error: `${key} must be text` })
    .trim()
    .min(1, { error: `${key} is empty` });
}

const metadataFields = {
  title: text('title').optional(),
  url: z.url({ protocol: /^https?$/, error: 'url must be a full http:// or https:// address' }).optional(),
  date: z
    .preprocess(
      dateToIsoText,
      z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
        error: 'date must be a real date written YYYY-MM-DD (or an ISO timestamp)',
      }),
    )
    .optional(),
  byline: text('byline').optional(),
  outlet: text('outlet').optional(),
  tags: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(',') : value),
      z.array(z.union([z.string(), z.number()]).transform((tag) => String(tag).trim()), {
        error: 'tags must be a list of words',
      }),
    )
    .transform((tags) => tags.filter(Boolean))
    .optional(),
};

/** An empty value (`url:` with nothing after it, `"url": null`) means the same as leaving the key out. */
function withoutEmptyValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined));
}

/**
 * Hand-written metadata (front matter, sidecar files): an unknown key is an error, because it is most
 * likely a typo (`titel:`) that would otherwise be dropped without a word.
 */
export const metadataSchema = z.preprocess(
  withoutEmptyValues,
  z.strictObject(metadataFields, { error: 'must be a set of keys and values (title, url, date, byline, outlet, tags)' }),
);

/**
 * One JSON Lines row. Rows are usually exported by a script that adds fields of its own (category,
 * language, ...), so unknown keys are ignored here rather than rejected.
 */
export const jsonLinesRowSchema = z.preprocess(
  withoutEmptyValues,
  z.object(
    {
      id: z.union([z.string().trim().min(1), z.number().int().nonnegative().transform(String)], {
        error: 'id must be a non-empty text (or a whole number)',
      }),
      text: z.string({ error: 'text must be the article text' }),
      ...metadataFields,
    },
    { error: 'must be a JSON object {id, title, url, date, byline, outlet, text}' },
  ),
);

const ROW_HELP: Record<string, string> = {
  id: 'Give every row a unique "id", e.g. "id": "reuters-2011-03-30-libya".',
  text: 'Give every row its article text in "text", paragraphs separated by a blank line ("\\n\\n").',
};

/** Where to point in a file for a given key: a 1-based line number, if it can be found. */
export type KeyLocator = (key: string) => number | undefined;

/**
 * Turn zod's issues for one file (or row) into a single problem: every issue named, with the line of the
 * first bad key and how to fix each.
 */
export function metadataProblem(
  error: z.ZodError,
  where: { file: string; what: string; locate: KeyLocator; fallbackLine?: number },
): CorpusProblem {
  const messages: string[] = [];
  const fixes: string[] = [];
  const lines: number[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = suggestKey(key);
        messages.push(`unknown key "${key}"`);
        fixes.push(
          known
            ? `Rename "${key}" to "${known}".`
            : `Remove "${key}"; the keys Newsdesk reads are ${METADATA_KEYS.join(', ')}.`,
        );
        lines.push(where.locate(key) ?? Number.NaN);
      }
      continue;
    }
    const key = issue.path[0];
    if (typeof key === 'string') {
      messages.push(issue.message);
      fixes.push(HOW_TO_WRITE[key as MetadataKey] ?? ROW_HELP[key] ?? `Correct "${key}".`);
      lines.push(where.locate(key) ?? Number.NaN);
    } else {
      messages.push(`${where.what} ${issue.message}`);
      fixes.push(`Write the ${where.what} as keys and values: ${METADATA_KEYS.join(', ')}.`);
    }
  }
  // Point at the first bad key in the file, whatever order zod reported them in.
  const located = lines.filter((line) => !Number.isNaN(line));
  const line = located.length > 0 ? Math.min(...located) : where.fallbackLine;
  return {
    file: where.file,
    ...(line === undefined ? {} : { line }),
    problem: `invalid ${where.what}: ${[...new Set(messages)].join('; ')}`,
    fix: [...new Set(fixes)].join(' '),
  };
}

function suggestKey(key: string): MetadataKey | undefined {
  const lower = key.toLowerCase();
  const alias = ALIASES[lower];
  if (alias) return alias;
  return METADATA_KEYS.find((known) => known === lower || editDistance(known, lower) <= 2);
}
