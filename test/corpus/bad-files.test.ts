import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { CorpusProblem } from '../../src/corpus/types.js';
import { corpusFolder } from './helpers.js';

const GOOD = 'A good article.\n\nIt has two paragraphs.\n';

async function problemsFor(files: Record<string, string | Uint8Array>, maxFileBytes?: number) {
  const corpus = await loadCorpus(corpusFolder({ 'good.txt': GOOD, ...files }), maxFileBytes ? { maxFileBytes } : {});
  // The good article always loads, whatever is wrong next to it.
  expect(corpus.articles.map((article) => article.id)).toContain('good');
  return corpus.problems;
}

function expectOneProblem(problems: CorpusProblem[], file: string, problem: RegExp, line?: number) {
  expect(problems).toHaveLength(1);
  expect(problems[0]?.file).toBe(file);
  expect(problems[0]?.problem).toMatch(problem);
  expect(problems[0]?.line).toBe(line);
  expect(problems[0]?.fix).toMatch(/\w{3,}/);
}

describe('bad files are reported once and skipped', () => {
  it('front matter with a YAML error names the line', async () => {
    const problems = await problemsFor({ 'yaml.md': '---\ntitle: ok\ndate: [2011\n---\nBody.\n' });
    expectOneProblem(problems, 'yaml.md', /not valid YAML/, 3);
  });

  it('front matter with an unknown key names its line and suggests the key meant', async () => {
    const problems = await problemsFor({ 'typo.md': '---\ntitle: Fine\nauthor: Ann Lee\n---\nBody.\n' });
    expectOneProblem(problems, 'typo.md', /unknown key "author"/, 3);
    expect(problems[0]?.fix).toMatch(/byline/);
  });

  it('front matter with a bad value names its line and shows a good one', async () => {
    const problems = await problemsFor({ 'url.md': '---\ntitle: Fine\nurl: www.example.com/story\n---\nBody.\n' });
    expectOneProblem(problems, 'url.md', /url/, 3);
    expect(problems[0]?.fix).toMatch(/https:\/\//);
  });

  it('a date that does not exist is refused, not rolled over', async () => {
    const problems = await problemsFor({ 'date.md': '---\ndate: 2011-02-30\n---\nBody.\n' });
    expectOneProblem(problems, 'date.md', /date/, 2);
  });

  it('front matter that is never closed', async () => {
    const problems = await problemsFor({ 'open.md': '---\ntitle: Never closed\nBody.\n' });
    expectOneProblem(problems, 'open.md', /never closed/, 1);
  });

  it('JavaScript front matter is refused, never run', async () => {
    const marker = '__newsdeskFrontMatterRan';
    const problems = await problemsFor({ 'js.md': `---js\n{ title: (globalThis.${marker} = 'ran') }\n---\nBody.\n` });
    expectOneProblem(problems, 'js.md', /not read/, 1);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('a file that is not UTF-8 names the line of the first bad byte', async () => {
    const latin1 = Buffer.concat([Buffer.from('First line.\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    const problems = await problemsFor({ 'latin1.txt': latin1 });
    expectOneProblem(problems, 'latin1.txt', /not valid UTF-8/, 3);
  });

  it('a binary file', async () => {
    const problems = await problemsFor({ 'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) });
    expectOneProblem(problems, 'photo.txt', /binary/);
  });

  it('a UTF-16 file is told apart from a binary one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello world.\n', 'utf16le')]);
    const problems = await problemsFor({ 'utf16.txt': utf16 });
    expectOneProblem(problems, 'utf16.txt', /UTF-16/);
    expect(problems[0]?.fix).toMatch(/UTF-8/);
  });

  it.each([
    ['empty.txt', ''],
    ['spaces.txt', ' \n\t\n\u00a0 \n'],
  ])('an empty file (%s)', async (name, content) => {
    const problems = await problemsFor({ [name]: content });
    expectOneProblem(problems, name, /empty/);
  });

  it('a file with front matter and no text', async () => {
    const problems = await problemsFor({ 'meta-only.md': '---\ntitle: Nothing here\n---\n\n## Only a heading\n' });
    expectOneProblem(problems, 'meta-only.md', /no paragraphs/);
  });

  it('a file over the size limit, which can be raised', async () => {
    const big = `${'word '.repeat(400)}\n`;
    expectOneProblem(await problemsFor({ 'big.txt': big }, 1000), 'big.txt', /over the .* limit/);
    expect(await problemsFor({ 'big.txt': big }, 10_000)).toEqual([]);
  });

  it('a duplicate id: the second file is skipped, naming the first', async () => {
    const problems = await problemsFor({ 'a/story.txt': 'First story.\n', 'b/story.md': 'Second story.\n' });
    expectOneProblem(problems, 'b/story.md', /"story" is already used by a\/story\.txt/);
  });

  it('a file of a kind Newsdesk does not read', async () => {
    const problems = await problemsFor({ 'notes.docx': 'PK...' });
    expectOneProblem(problems, 'notes.docx', /not articles/);
  });

  it('several bad files at once: each reported once, the good ones all load', async () => {
    const corpus = await loadCorpus(
      corpusFolder({
        'one.txt': GOOD,
        'two.md': GOOD,
        'empty.txt': '',
        'bin.txt': Buffer.from([0, 1, 2]),
        'bad.md': '---\ntitel: x\n---\nBody.\n',
      }),
    );
    expect(corpus.articles.map((article) => article.id)).toEqual(['one', 'two']);
    expect(corpus.problems.map((problem) => problem.file).sort()).toEqual(['bad.md', 'bin.txt', 'empty.txt']);
  });
});
