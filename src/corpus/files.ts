import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { SIDECAR_SUFFIX } from './sidecar.js';

export interface CorpusFile {
  /** Relative to the corpus folder, with `/` separators on every system. */
  relativePath: string;
  absolutePath: string;
}

/**
 * Every file under `dir`, recursively, sorted by relative path; dotfiles and dot-folders (`.git`,
 * `.DS_Store`, an editor's swap files) left out. Symbolic links to files are followed; links to folders
 * are not, so a link cycle cannot trap the walk.
 */
export async function listFiles(dir: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolutePath = join(folder, entry.name);
      if (entry.isDirectory()) {
        await walk(absolutePath);
        continue;
      }
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(absolutePath).catch(() => undefined))?.isFile());
      if (isFile) files.push({ relativePath: relative(dir, absolutePath).split(sep).join('/'), absolutePath });
    }
  };
  await walk(dir);
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

/** README files describe the corpus; sidecars describe an article: neither is one. */
export function isArticleCandidate(relativePath: string): boolean {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return !/^readme/i.test(name) && !isSidecar(relativePath);
}

export function isSidecar(relativePath: string): boolean {
  return relativePath.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** `a/NAME.meta.json` → the stem `a/NAME` that its article's path starts with. */
export function sidecarStem(relativePath: string): string {
  return relativePath.slice(0, relativePath.length - SIDECAR_SUFFIX.length);
}

/** `a/NAME.txt` → `a/NAME`. */
export function pathStem(relativePath: string): string {
  const slash = relativePath.lastIndexOf('/');
  const dot = relativePath.lastIndexOf('.');
  return dot > slash + 1 ? relativePath.slice(0, dot) : relativePath;
}
