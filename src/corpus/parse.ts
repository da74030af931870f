import { basename, extname } from 'node:path';
import { type ArticleBody, type RawBlock, readBody } from './body.js';
import { normaliseNewlines, splitBlocks } from './clean.js';
import { hasFrontMatter, readFrontMatter } from './front-matter.js';
import { readMarkdown } from './markdown.js';
import { type ArticleMetadata, jsonLinesRowSchema, metadataProblem } from './metadata.js';
import { readSidecar, SIDECAR_SUFFIX } from './sidecar.js';
import { titleFromLede } from './title.js';
import type { Article, CorpusProblem } from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ArticleFormat = 'text' | 'markdown' | 'jsonl';

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(relativePath: string): ArticleFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(relativePath).toLowerCase()];
}

/** The article id of a file: its name without the extension. */
export function idOf(relativePath: string): string {
  const name = basename(relativePath);
  return name.slice(0, name.length - extname(name).length);
}

export interface ParseOptions {
  /** Larger files are refused (for JSON Lines: larger rows). Default 5 MB. */
  maxFileBytes?: number;
  /** The `NAME.meta.json` beside the file, if there is one. */
  sidecar?: { relativePath: string; bytes: Uint8Array };
}

export interface ParsedFile {
  articles: Article[];
  problems: CorpusProblem[];
}

/**
 * Parse one corpus file, given its path relative to the corpus folder (which sets its format and id)
 * and its bytes. Never throws for bad content: what cannot be read is returned as a problem.
 */
export function parseArticleFile(relativePath: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedFile {
  const file = relativePath;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const format = formatOf(relativePath);
  if (!format) return failed(unsupportedProblem(file));
  if (format !== 'jsonl' && bytes.length > maxBytes) return failed(tooLargeProblem(file, bytes.length, maxBytes));

  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return failed(decoded.problem);
  const text = normaliseNewlines(decoded.text);
  if (text.trim() === '') return failed(emptyProblem(file));

  if (format === 'jsonl') return parseJsonLines(file, text, maxBytes);

  let metadata: ArticleMetadata = {};
  let content = text;
  if (hasFrontMatter(text, format)) {
    const frontMatter = readFrontMatter(file, text);
    if (!frontMatter.ok) return failed(frontMatter.problem);
    metadata = frontMatter.metadata;
    content = frontMatter.body;
  }
  if (options.sidecar) {
    const sidecarText = decodeText(options.sidecar.relativePath, options.sidecar.bytes);
    if (!sidecarText.ok) return failed(sidecarText.problem);
    const sidecar = readSidecar(options.sidecar.relativePath, sidecarText.text);
    if (!sidecar.ok) return failed(sidecar.problem);
    metadata = { ...metadata, ...sidecar.metadata };
  }

  let body: ArticleBody;
  let heading: string | undefined;
  if (format === 'markdown') {
    const markdown = readMarkdown(content);
    heading = markdown.leadingHeading;
    body = readBody(
      markdown.blocks.map((block) => ({ text: block, singleLine: !block.includes('\n') })),
      { findHeadline: false },
    );
  } else {
    body = readBody(plainTextBlocks(content), { findHeadline: true });
  }
  if (body.paragraphs.length === 0) return failed(noParagraphsProblem(file));
  return { articles: [buildArticle(idOf(relativePath), file, body, metadata, heading)], problems: [] };
}

// A line of only `---`, `***`, `* * *` or `===`: a section break, not text.
const RULE_LINE = /^\s*([-*_=~])(?:\s*\1){2,}\s*$/;

function plainTextBlocks(text: string): RawBlock[] {
  return splitBlocks(text)
    .map((block) => block.lines.filter((line) => !RULE_LINE.test(line)))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({ text: lines.join('\n'), singleLine: lines.length === 1 }));
}

/**
 * Fill in an article. Which value wins, from weakest to strongest: derived from the text (title from the
 * lede, byline from the credits), found in the text (headline, "By" line), given as metadata.
 */
function buildArticle(
  id: string,
  source: string,
  body: ArticleBody,
  metadata: ArticleMetadata,
  heading?: string,
): Article {
  const givenTitle = metadata.title ?? body.headline ?? heading;
  const byline = metadata.byline ?? body.byline ?? body.bylineFromCredits;
  return {
    id,
    // A lede of only punctuation gives no title; the file's name is better than an empty one.
    title: givenTitle ?? (titleFromLede(body.lede ?? '') || titleFromLede(body.paragraphs[0] ?? '') || id),
    titleIsDerived: givenTitle === undefined,
    ...(metadata.url ? { url: metadata.url } : {}),
    ...(metadata.date ? { date: metadata.date } : {}),
    ...(byline ? { byline } : {}),
    ...(metadata.outlet ? { outlet: metadata.outlet } : {}),
    tags: metadata.tags ?? [],
    ...(body.dateline ? { dateline: body.dateline } : {}),
    ...(body.credits ? { credits: body.credits } : {}),
    paragraphs: body.paragraphs,
    source,
  };
}

function parseJsonLines(file: string, text: string, maxRowBytes: number): ParsedFile {
  const result: ParsedFile = { articles: [], problems: [] };
  text.split('\n').forEach((rowText, index) => {
    const line = index + 1;
    if (rowText.trim() === '') return;
    const rowBytes = Buffer.byteLength(rowText);
    if (rowBytes > maxRowBytes) {
      result.problems.push({ ...tooLargeProblem(file, rowBytes, maxRowBytes, 'row'), line });
      return;
    }
    let row: unknown;
    try {
      row = JSON.parse(rowText);
    } catch (error) {
      result.problems.push({
        file,
        line,
        // V8 counts from 0 within the row; people count columns from 1.
        problem: `the row is not valid JSON: ${(error as Error).message.replace(/ at position (\d+)/, (_, at: string) => ` at column ${Number(at) + 1}`)}`,
        fix: 'Write each article as one JSON object on a single line: {"id": …, "title": …, "text": …}; a line break inside the text is written \\n.',
      });
      return;
    }
    const checked = jsonLinesRowSchema.safeParse(row);
    if (!checked.success) {
      result.problems.push(metadataProblem(checked.error, { file, what: 'row', locate: () => line, fallbackLine: line }));
      return;
    }
    const { id, text: articleText, ...metadata } = checked.data;
    const body = readBody(plainTextBlocks(articleText), { findHeadline: false });
    if (body.paragraphs.length === 0) {
      result.problems.push({ ...noParagraphsProblem(file), line });
      return;
    }
    result.articles.push(buildArticle(id, `${file}:${line}`, body, metadata));
  });
  if (result.articles.length === 0 && result.problems.length === 0) return failed(emptyProblem(file));
  return result;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text: a NUL byte means binary, invalid UTF-8 is refused (with the line it starts on). */
export function decodeText(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: CorpusProblem } {
  // UTF-16 text is full of NUL bytes too, but it is text: say how to convert it rather than "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      problem: {
        file,
        problem: 'the file is UTF-16 text; Newsdesk reads UTF-8',
        fix: 'Save it as UTF-8 (in most editors: Save As → Encoding → UTF-8), e.g. `iconv -f utf-16 -t utf-8 OLD > NEW`.',
      },
    };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: {
        file,
        problem: 'the file is binary (it holds NUL bytes), not text',
        fix: `Export the article as plain text (UTF-8) with one of the extensions ${SUPPORTED_EXTENSIONS.join(', ')}, or move the file out of the corpus folder.`,
      },
    };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const lossy = Buffer.from(bytes).toString('utf8');
    const firstBad = lossy.indexOf('\uFFFD');
    return {
      ok: false,
      problem: {
        file,
        ...(firstBad === -1 ? {} : { line: lossy.slice(0, firstBad).split('\n').length }),
        problem: 'the file is not valid UTF-8 text',
        fix: 'Save it as UTF-8, e.g. `iconv -f windows-1252 -t utf-8 OLD > NEW` for a file from Windows.',
      },
    };
  }
}

function failed(problem: CorpusProblem): ParsedFile {
  return { articles: [], problems: [problem] };
}

export function unsupportedProblem(file: string): CorpusProblem {
  return {
    file,
    problem: `"${extname(file) || basename(file)}" files are not articles Newsdesk can read`,
    fix: `Save the article with one of the extensions ${SUPPORTED_EXTENSIONS.join(', ')}, or move the file out of the corpus folder.`,
  };
}

export function tooLargeProblem(file: string, bytes: number, maxBytes: number, what = 'file'): CorpusProblem {
  return {
    file,
    problem: `the ${what} is ${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit`,
    fix: 'Split it into one article per file (or per JSON Lines row), or raise the size limit.',
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;
}

function emptyProblem(file: string): CorpusProblem {
  return { file, problem: 'the file is empty', fix: 'Write the article text into it, or delete it.' };
}

function noParagraphsProblem(file: string): CorpusProblem {
  return {
    file,
    problem: 'the article has no paragraphs of text',
    fix: 'Add the article text after the title or front matter, paragraphs separated by a blank line.',
  };
}

export { SIDECAR_SUFFIX };
