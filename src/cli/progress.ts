import type { OpenProgress } from '../desk-open.js';

/**
 * Progress of opening a Desk, as one line rewritten in place on a terminal. Nothing is written when the
 * stream is not a terminal, so that logs and pipes stay clean.
 */
export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }): {
  onProgress: (progress: OpenProgress) => void;
  done: () => void;
} {
  if (!stream.isTTY) return { onProgress: () => {}, done: () => {} };
  let shown = false;
  let lastWrite = 0;
  const show = (text: string, force = false) => {
    const now = Date.now();
    // Redrawing for every one of thousands of files would cost more than reading them.
    if (!force && now - lastWrite < 80) return;
    lastWrite = now;
    shown = true;
    stream.write(`\r\u001b[2K${text}`);
  };
  return {
    onProgress: (progress) => {
      switch (progress.stage) {
        case 'key':
          show('Checking the corpus…', true);
          break;
        case 'snapshot-load':
          show('Loading the saved index…', true);
          break;
        case 'read':
          show(`Reading articles ${progress.done}/${progress.total}`, progress.done === progress.total);
          break;
        case 'build':
          show(`Indexing ${progress.articles} articles…`, true);
          break;
        case 'snapshot-write':
          show('Saving the index for next time…', true);
          break;
      }
    },
    done: () => {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
