import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// tsx's loader by absolute URL, so that it is found from a folder outside the repository.
const tsxLoader = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const startLine = ['--import', tsxLoader, join(repo, 'src/main.ts')];
const bin = join(repo, 'bin/newsdesk.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command in a folder outside the repository, so that no .env of the developer's is read. */
function runIn(cwd: string, args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let root: string;
beforeAll(() => {
  root = tempDir('newsdesk-start-');
  mkdirSync(join(root, 'corpus'));
  writeFileSync(
    join(root, 'corpus', 'defection.txt'),
    'Headline about a minister\n\nThe foreign minister, Musa Kusa, defected to Britain on Wednesday.\n\nOfficials in London confirmed his arrival.\n',
  );
  writeFileSync(
    join(root, 'corpus', 'harbour.txt'),
    'Harbour news\n\nFishing boats returned to the harbour after the storm.\n',
  );
});

// Each test starts Node with tsx; on a busy two-core machine that alone can take several seconds.
vi.setConfig({ testTimeout: 60_000 });

describe('npm start', () => {
  it('stops with a message naming a wrong setting, and never shows the token', async () => {
    const secret = 'sEcReT0123456789abcdefghijklmnop';
    const result = await runIn(root, startLine, {
      DISCORD_TOKEN: `Bot ${secret}`,
      DISCORD_GUILD_ID: 'my server',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DISCORD_GUILD_ID:');
    expect(result.stderr).toContain('DISCORD_TOKEN: remove the "Bot " prefix');
    expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('opens the console without a token and answers the same commands', async () => {
    const result = await runIn(
      root,
      startLine,
      { DISCORD_TOKEN: '', NEWSDESK_CACHE_DIR: join(root, 'cache') },
      '/help\n/ask who defected\n/quit\n',
    );
    expect(result.stderr).toMatch(/Loaded 2 articles/);
    expect(result.stdout).toContain('Newsdesk console.');
    expect(result.stdout).toContain('/quote NAME [about: WORDS]');
    expect(result.stdout).toMatch(/1\. .*defected to Britain/);
    expect(result.stdout).toContain('— “Headline about a minister” · ¶1');
    expect(result.code).toBe(0);
  });
});

describe('shutting down', () => {
  it('ends cleanly on SIGTERM while the console waits for input', async () => {
    // An empty corpus: this test is about the process, not the answers.
    const emptyCorpus = join(root, 'empty-corpus');
    mkdirSync(emptyCorpus, { recursive: true });
    const child = spawn(process.execPath, startLine, {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CORPUS_DIR: emptyCorpus, NEWSDESK_CACHE_DIR: join(root, 'cache-term') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      let stdout = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('newsdesk>')) resolve();
        });
        void closed.then(() => reject(new Error(`the console ended before its prompt: ${stdout}`)));
      });
      child.kill('SIGTERM');
      expect(await closed).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('the newsdesk bin', () => {
  it('runs from any folder, reading questions from stdin and writing one JSON line each', async () => {
    const result = await runIn(
      tmpdir(),
      [bin, 'ask', '--corpus', join(root, 'corpus'), '--limit', '1', '--cache-dir', join(root, 'bin-cache')],
      {},
      'who defected\nwhen did the boats return\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['answer', 'query', 'results']);
      for (const hit of line.results) {
        expect(Object.keys(hit).sort()).toEqual(['articleId', 'date', 'outlet', 'paragraph', 'score', 'text', 'title', 'url']);
      }
    }
    expect(lines.map((line) => line.query)).toEqual(['who defected', 'when did the boats return']);
    expect(lines.map((line) => line.results[0]?.articleId)).toEqual(['defection', 'harbour']);
    expect(lines.every((line) => line.results.length <= 1)).toBe(true);
  });
});
