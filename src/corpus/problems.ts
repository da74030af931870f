import { basename, extname } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './formats.js';
import type { CorpusProblem } from './types.js';

// The problems every format can have, worded once: what is wrong, and how to fix it.

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
    fix: 'Split it into one article per file (a JSON Lines file holds one article per row), or shorten it; the limit is the loader\'s maxFileBytes option.',
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;
}

export function emptyProblem(file: string): CorpusProblem {
  return { file, problem: 'the file is empty', fix: 'Write the article text into it, or delete it.' };
}

export function noParagraphsProblem(file: string): CorpusProblem {
  return {
    file,
    problem: 'the article has no paragraphs of text',
    fix: 'Add the article text after the title or front matter, paragraphs separated by a blank line.',
  };
}
