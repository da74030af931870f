import { basename, extname } from 'node:path';

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
