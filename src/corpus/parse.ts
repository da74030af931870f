import { buildArticle, plainTextBlocks, withoutRepeatedTitle } from './article.js';
import { type ArticleBody, readBody } from './body.js';
import { normaliseNewlines } from './clean.js';
import { decodeText } from './decode.js';
import { type ArticleFormat, DEFAULT_MAX_FILE_BYTES, formatOf, idOf } from './formats.js';
import { hasFrontMatter, readFrontMatter } from './front-matter.js';
import { parseJsonLines, parseJsonLinesInSlices } from './jsonl.js';
import { readMarkdown } from './markdown.js';
import type { ArticleMetadata } from './metadata.js';
import { emptyProblem, noParagraphsProblem, tooLargeProblem, unsupportedProblem } from './problems.js';
import { readSidecar } from './sidecar.js';
import type { Article, CorpusProblem } from './types.js';

export { DEFAULT_MAX_FILE_BYTES, formatOf, idOf, SUPPORTED_EXTENSIONS } from './formats.js';
export { tooLargeProblem, unsupportedProblem } from './problems.js';

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
  const opened = openText(relativePath, bytes, options);
  if ('problem' in opened) return failed(opened.problem);
  if (opened.format === 'jsonl') return parseJsonLines(relativePath, opened.text, opened.maxBytes);
  return parseArticleText(relativePath, opened.format, opened.text, options);
}

/** {@link parseArticleFile}, with a large JSON Lines file parsed in slices that let other work run. */
export async function parseArticleFileInSlices(
  relativePath: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ParsedFile> {
  const opened = openText(relativePath, bytes, options);
  if ('problem' in opened) return failed(opened.problem);
  if (opened.format === 'jsonl') return parseJsonLinesInSlices(relativePath, opened.text, opened.maxBytes);
  return parseArticleText(relativePath, opened.format, opened.text, options);
}

type OpenedText = { format: ArticleFormat; text: string; maxBytes: number } | { problem: CorpusProblem };

/** The checks every format shares: a kind Newsdesk reads, within the size limit, UTF-8 text, not empty. */
function openText(file: string, bytes: Uint8Array, options: ParseOptions): OpenedText {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const format = formatOf(file);
  if (!format) return { problem: unsupportedProblem(file) };
  if (format !== 'jsonl' && bytes.length > maxBytes) return { problem: tooLargeProblem(file, bytes.length, maxBytes) };
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { problem: decoded.problem };
  const text = normaliseNewlines(decoded.text);
  if (text.trim() === '') return { problem: emptyProblem(file) };
  return { format, text, maxBytes };
}

/** A plain text or Markdown article: front matter, sidecar, body. */
function parseArticleText(file: string, format: 'text' | 'markdown', text: string, options: ParseOptions): ParsedFile {
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
    const blocks = markdown.blocks.map((block) => ({ text: block, singleLine: !block.includes('\n') }));
    body = readBody(withoutRepeatedTitle(blocks, metadata.title), { findHeadline: false });
  } else {
    body = readBody(withoutRepeatedTitle(plainTextBlocks(content), metadata.title), { findHeadline: true });
  }
  if (body.paragraphs.length === 0) return failed(noParagraphsProblem(file));
  return { articles: [buildArticle(idOf(file), file, body, metadata, heading)], problems: [] };
}

function failed(problem: CorpusProblem): ParsedFile {
  return { articles: [], problems: [problem] };
}
