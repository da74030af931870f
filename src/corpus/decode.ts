import { SUPPORTED_EXTENSIONS } from './formats.js';
import type { CorpusProblem } from './types.js';

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
