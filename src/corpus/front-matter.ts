import matter from 'gray-matter';
import { escapeForPattern } from '../util/pattern.js';
import { type ArticleMetadata, metadataProblem, metadataSchema } from './metadata.js';
import type { CorpusProblem } from './types.js';

export type FrontMatterResult =
  | { ok: true; metadata: ArticleMetadata; body: string }
  | { ok: false; problem: CorpusProblem };

const OPENING = /^---([A-Za-z]*)[ \t]*\n/;

/**
 * True when the text opens with a `---` front-matter block. In plain text, where `---` may just be a
 * rule, the next line must also look like a key (`title: …`).
 */
export function hasFrontMatter(text: string, format: 'text' | 'markdown'): boolean {
  if (!OPENING.test(text)) return false;
  if (format === 'markdown') return true;
  const firstLine = text.split('\n', 2)[1] ?? '';
  return /^\s*["']?[A-Za-z_][\w-]*["']?\s*:/.test(firstLine);
}

// gray-matter can evaluate JavaScript front matter (`---js`); a corpus file must never run code.
const refuseCode = () => {
  throw new Error('front matter in a programming language is not read');
};
const SAFE_ENGINES = { javascript: refuseCode, js: refuseCode, coffee: refuseCode, coffeescript: refuseCode, cson: refuseCode };

/**
 * Read and check the front matter that opens `text` (LF line endings, no BOM). Only YAML (and JSON,
 * which YAML reads too) is accepted; errors name the line and how to fix it.
 */
export function readFrontMatter(file: string, text: string): FrontMatterResult {
  const lines = text.split('\n');
  const closing = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
  if (closing === -1) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        problem: 'the front matter opened on line 1 is never closed',
        fix: 'Add a line holding only --- after the last key (title, url, date, byline, outlet, tags), before the article text.',
      },
    };
  }
  const language = OPENING.exec(text)?.[1]?.toLowerCase() ?? '';
  if (language !== '' && language !== 'yaml' && language !== 'yml' && language !== 'json') {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        problem: `front matter in "${language}" is not read`,
        fix: 'Open the front matter with a plain --- line and write it in YAML (key: value lines).',
      },
    };
  }

  let data: unknown;
  let body: string;
  try {
    // Options are always passed: without them gray-matter caches every text it has seen, for ever.
    const parsed = matter(text.split('\n').slice(0, closing + 1).join('\n'), { engines: SAFE_ENGINES });
    data = withDatesAsWritten(parsed.data, lines.slice(0, closing));
    body = lines.slice(closing + 1).join('\n');
  } catch (error) {
    return { ok: false, problem: yamlProblem(file, error, lines.slice(0, closing)) };
  }

  const checked = metadataSchema.safeParse(data);
  if (!checked.success) {
    return {
      ok: false,
      problem: metadataProblem(checked.error, {
        file,
        what: 'front matter',
        locate: (key) => lineOfYamlKey(lines.slice(0, closing), key),
        fallbackLine: 1,
      }),
    };
  }
  return { ok: true, metadata: checked.data, body };
}

/**
 * YAML reads `date: 2011-02-30` as a Date and rolls it over to 2 March; keep a plain date as it was
 * written so that the check can catch a date that does not exist.
 */
function withDatesAsWritten(data: unknown, frontMatterLines: string[]): unknown {
  if (typeof data !== 'object' || data === null || !((data as { date?: unknown }).date instanceof Date)) return data;
  const line = lineOfYamlKey(frontMatterLines, 'date');
  const written = line === undefined ? undefined : /:\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*(?:#.*)?$/.exec(frontMatterLines[line - 1] ?? '');
  return written?.[1] ? { ...data, date: written[1] } : data;
}

function lineOfYamlKey(frontMatterLines: string[], key: string): number | undefined {
  const escaped = escapeForPattern(key);
  const pattern = new RegExp(`^\\s*["']?${escaped}["']?\\s*:`);
  const index = frontMatterLines.findIndex((line, at) => at > 0 && pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

interface YamlMark {
  line?: number;
}

function yamlProblem(file: string, error: unknown, frontMatterLines: string[]): CorpusProblem {
  const mark = (error as { mark?: YamlMark }).mark;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message ?? String(error);
  // js-yaml counts lines from 0 in the text after the opening `---`, which gray-matter starts with the
  // rest of that line: its line 0 is the file's line 1.
  let line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
  // An unclosed bracket or quote is only noticed at the end of the block: point at its last written line.
  if (line !== undefined && line >= frontMatterLines.length) {
    const lastWritten = frontMatterLines.findLastIndex((text, index) => index > 0 && text.trim() !== '');
    if (lastWritten > 0) line = lastWritten + 1;
  }
  return {
    file,
    ...(line === undefined ? {} : { line }),
    problem: `the front matter is not valid YAML: ${reason.split('\n')[0]}`,
    fix: 'Write one key: value per line (title, url, date, byline, outlet, tags); put quotes around a value that holds a colon, e.g. title: "Libya: rebels retreat".',
  };
}
