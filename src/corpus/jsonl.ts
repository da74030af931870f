import { buildArticle, plainTextBlocks, withoutRepeatedTitle } from './article.js';
import { readBody } from './body.js';
import { jsonLinesRowSchema, metadataProblem } from './metadata.js';
import { emptyProblem, noParagraphsProblem, tooLargeProblem } from './problems.js';
import type { Article, CorpusProblem } from './types.js';

type ParsedRows = { articles: Article[]; problems: CorpusProblem[] };
type RowResult = { article: Article } | { problem: CorpusProblem };

/**
 * A JSON Lines file: one article a row, `{id, title, url, date, byline, outlet, tags, text}`. A bad row
 * is reported with its line number and skipped; the other rows load. Its source is `FILE:LINE`.
 */
export function parseJsonLines(file: string, text: string, maxRowBytes: number): ParsedRows {
  const parsed: ParsedRows = { articles: [], problems: [] };
  for (const row of readRows(file, text, maxRowBytes)) collect(parsed, row);
  return finish(file, parsed);
}

const SLICE_MS = 10;

/**
 * {@link parseJsonLines}, giving the event loop a turn every 10 ms: a bulk import of thousands of rows,
 * loaded while the bot serves from the old index, must not hold up its replies.
 */
export async function parseJsonLinesInSlices(file: string, text: string, maxRowBytes: number): Promise<ParsedRows> {
  const parsed: ParsedRows = { articles: [], problems: [] };
  let sliceStarted = performance.now();
  for (const row of readRows(file, text, maxRowBytes)) {
    collect(parsed, row);
    if (performance.now() - sliceStarted > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
  return finish(file, parsed);
}

function collect(parsed: ParsedRows, row: RowResult): void {
  if ('article' in row) parsed.articles.push(row.article);
  else parsed.problems.push(row.problem);
}

function finish(file: string, parsed: ParsedRows): ParsedRows {
  return parsed.articles.length === 0 && parsed.problems.length === 0
    ? { articles: [], problems: [emptyProblem(file)] }
    : parsed;
}

function* readRows(file: string, text: string, maxRowBytes: number): Generator<RowResult> {
  let line = 0;
  for (const rowText of text.split('\n')) {
    line++;
    if (rowText.trim() === '') continue;
    yield readRow(file, rowText, line, maxRowBytes);
  }
}

function readRow(file: string, rowText: string, line: number, maxRowBytes: number): RowResult {
  const rowBytes = Buffer.byteLength(rowText);
  if (rowBytes > maxRowBytes) return { problem: { ...tooLargeProblem(file, rowBytes, maxRowBytes, 'row'), line } };
  let row: unknown;
  try {
    row = JSON.parse(rowText);
  } catch (error) {
    return {
      problem: {
        file,
        line,
        // V8 counts from 0 within the row; people count columns from 1.
        problem: `the row is not valid JSON: ${(error as Error).message.replace(/ at position (\d+)/, (_, at: string) => ` at column ${Number(at) + 1}`)}`,
        fix: 'Write each article as one JSON object on a single line: {"id": …, "title": …, "text": …}; a line break inside the text is written \\n.',
      },
    };
  }
  const checked = jsonLinesRowSchema.safeParse(row);
  if (!checked.success) {
    return { problem: metadataProblem(checked.error, { file, what: 'row', locate: () => line, fallbackLine: line }) };
  }
  const { id, text: articleText, ...metadata } = checked.data;
  const body = readBody(withoutRepeatedTitle(plainTextBlocks(articleText), metadata.title), { findHeadline: false });
  if (body.paragraphs.length === 0) return { problem: { ...noParagraphsProblem(file), line } };
  return { article: buildArticle(id, `${file}:${line}`, body, metadata) };
}
