/**
 * Measures place detection: speed over a folder of plain-text articles, and, given a hand-annotated
 * file, mention recall and precision and how often the right country is chosen.
 *
 *   npm run eval:places -- --corpus ../shared/data/bbc-news \
 *     [--gold eval/places/bbc-gold.jsonl --articles eval/places/bbc-articles.txt] [--dump]
 *   npm run eval:places -- --corpus ../shared/data/polnear-quotes.jsonl \
 *     --gold eval/places/polnear-test-gold.jsonl --articles eval/places/polnear-test-articles.txt
 *
 * Gold file: JSON Lines, one mention a line, `{articleId, paragraph, name, country}` (country: ISO code,
 * empty for a continent). `--articles` lists the annotated articles, one id a line (an article may have no
 * place at all); without it, the articles named in the gold file are scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeHTML } from 'entities';
import { z } from 'zod';
import { analysePlaces, defaultGazetteer } from '../src/analyse/places/index.js';
import { foldName } from '../src/analyse/places/names.js';
import type { Article } from '../src/corpus/types.js';

const goldSchema = z.object({
  articleId: z.string(),
  paragraph: z.number().int().positive(),
  name: z.string().min(1),
  country: z.string(),
});
type Gold = z.infer<typeof goldSchema>;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Plain text with a headline line: the layout of the BBC files (the project loader may replace this). */
function readArticles(dir: string): Article[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.txt'));
  return files.sort().map((file) => articleOf(basename(file, extname(file)), readFileSync(join(dir, file), 'utf8'), file));
}

const jsonArticle = z.object({ id: z.string(), text: z.string() });

/**
 * Articles from a JSON Lines file of `{id, text}` (the layout of `../shared/data/polnear-quotes.jsonl`), the
 * text read as a file's: its first block the headline.
 */
function readJsonArticles(path: string): Article[] {
  return readJsonLines(path, jsonArticle)
    .map(({ value, line }) => articleOf(value.id, value.text, `${path}:${line}`))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Each non-blank line of a JSON Lines file checked against a schema, with its line number; an error names the line. */
function readJsonLines<T>(path: string, schema: z.ZodType<T>): { value: T; line: number }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => {
      const parsed = schema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`${path}:${line}: ${parsed.error.issues[0]?.message ?? parsed.error.message}`);
      return { value: parsed.data, line };
    });
}

function articleOf(id: string, raw: string, source: string): Article {
  const blocks = decodeHTML(raw)
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const [title = '', ...paragraphs] = blocks;
  return { id, title, titleIsDerived: false, tags: [], paragraphs, source };
}

function readGold(path: string): Gold[] {
  return readJsonLines(path, goldSchema).map(({ value }) => value);
}

function main(): void {
  const corpus = option('--corpus');
  if (!corpus) throw new Error('give the articles folder (--corpus ../shared/data/bbc-news) or a JSON Lines file of {id, text}');
  let started = performance.now();
  const gazetteer = defaultGazetteer();
  const loadMs = performance.now() - started;
  // (`--corpus ../shared/data/polnear-quotes.jsonl`: the articles of a JSON Lines file, `{id, text}` a line.)
  const articles = corpus.endsWith('.jsonl') ? readJsonArticles(corpus) : readArticles(corpus);
  const paragraphs = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  started = performance.now();
  const analysis = analysePlaces(articles, gazetteer);
  const detectMs = performance.now() - started;
  console.log(`gazetteer: ${gazetteer.size} entries, loaded in ${loadMs.toFixed(0)} ms`);
  console.log(
    `${articles.length} articles, ${paragraphs} paragraphs: ${analysis.mentions.length} mentions of ${analysis.places.length} places in ${detectMs.toFixed(0)} ms`,
  );
  const byId = new Map(analysis.places.map((place) => [place.id, place]));

  if (process.argv.includes('--dump')) {
    for (const mention of analysis.mentions) {
      const place = byId.get(mention.placeId);
      console.log(`${mention.articleId}\t${mention.paragraph}\t${mention.name}\t${place?.name}\t${place?.countryCode ?? ''}`);
    }
  }

  const goldPath = option('--gold');
  if (!goldPath) return;
  const allGold = readGold(goldPath);
  const articlesPath = option('--articles');
  const scored = new Set(
    articlesPath
      ? readFileSync(articlesPath, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
      : allGold.map((mention) => mention.articleId),
  );
  // (A list of articles may score a part of a gold file: the other articles' mentions are not counted.)
  const gold = allGold.filter((mention) => scored.has(mention.articleId));
  // (A leading `the` is no part of a name to compare, whichever side writes it: `the United States`, `The Hague`.)
  const key = (articleId: string, paragraph: number, name: string): string => `${articleId}:${paragraph}:${foldName(name.replace(/^the\s+/i, ''))}`;
  const goldLeft = new Map<string, Gold[]>();
  for (const mention of gold) {
    const k = key(mention.articleId, mention.paragraph, mention.name);
    goldLeft.set(k, [...(goldLeft.get(k) ?? []), mention]);
  }
  let found = 0;
  let predicted = 0;
  let rightCountry = 0;
  const falsePositives: string[] = [];
  for (const mention of analysis.mentions) {
    if (!scored.has(mention.articleId)) continue;
    predicted++;
    const k = key(mention.articleId, mention.paragraph, mention.name);
    const match = goldLeft.get(k)?.shift();
    const place = byId.get(mention.placeId);
    if (!match) {
      falsePositives.push(`  + ${mention.articleId} p${mention.paragraph} ${mention.name} → ${place?.name} ${place?.countryCode ?? ''}`);
      continue;
    }
    found++;
    if ((place?.countryCode ?? '') === match.country) rightCountry++;
    else console.log(`  country ${mention.articleId} p${mention.paragraph} ${mention.name}: ${place?.countryCode} ≠ ${match.country}`);
  }
  for (const line of falsePositives) console.log(line);
  for (const left of goldLeft.values()) for (const m of left) console.log(`  - ${m.articleId} p${m.paragraph} ${m.name} (${m.country})`);
  const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
  console.log(
    `${scored.size} annotated articles, ${gold.length} gold mentions: recall ${percent(found, gold.length)}, precision ${percent(found, predicted)}, right country ${percent(rightCountry, found)}`,
  );
}

main();
