import { buildArticle, plainTextBlocks, withoutRepeatedTitle } from './article.js';
import { readBody } from './body.js';
import { jsonLinesRowSchema, metadataProblem } from './metadata.js';
import { emptyProblem, noParagraphsProblem, tooLargeProblem } from './problems.js';
import type { Article, CorpusProblem } from './types.js';

/**
 * A JSON Lines file: one article a row, `{id, title, url, date, byline, outlet, tags, text}`. A bad row
 * is reported with its line number and skipped; the other rows load. Its source is `FILE:LINE`.
 */
export function parseJsonLines(file: string, text: string, maxRowBytes: number): { articles: Article[]; problems: CorpusProblem[] } {
  const result: { articles: Article[]; problems: CorpusProblem[] } = { articles: [], problems: [] };
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
    const body = readBody(withoutRepeatedTitle(plainTextBlocks(articleText), metadata.title), { findHeadline: false });
    if (body.paragraphs.length === 0) {
      result.problems.push({ ...noParagraphsProblem(file), line });
      return;
    }
    result.articles.push(buildArticle(id, `${file}:${line}`, body, metadata));
  });
  if (result.articles.length === 0 && result.problems.length === 0) return { articles: [], problems: [emptyProblem(file)] };
  return result;
}
