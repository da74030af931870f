// Checks the /ask question sets against the BBC corpus: every answer span must appear in every gold
// paragraph it names, and ids must be unique across the files.
// Usage: npx tsx eval/check.ts ../shared/data/bbc-news [eval/bbc-natural.jsonl eval/bbc-squad.jsonl]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const questionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  articleId: z.string().min(1),
  paragraphs: z.array(z.number().int().positive()).min(1),
  answer: z.string().min(1),
  // Articles whose body is identical to this one: their same paragraphs hold the answer too.
  duplicates: z.array(z.string().min(1)).optional(),
});

function paragraphsOf(corpusDir: string, articleId: string): string[] {
  const bytes = readFileSync(join(corpusDir, `${articleId}.txt`));
  // The dataset mixes UTF-8 files with Latin-1 ones (a lone 0xA3 for the pound sign).
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString("latin1");
  }
  const blocks = text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter((block) => block.length > 0);
  // The first block is the headline line.
  return blocks.slice(1);
}

const [corpusDir, ...files] = process.argv.slice(2);
if (!corpusDir) {
  console.error("usage: npx tsx eval/check.ts CORPUS_DIR [FILE.jsonl ...]");
  process.exit(2);
}
const questionFiles = files.length > 0 ? files : ["eval/bbc-natural.jsonl", "eval/bbc-squad.jsonl"];
const seenIds = new Set<string>();
let problems = 0;
for (const file of questionFiles) {
  const lines = readFileSync(file, "utf8").split("\n");
  const perArticle = new Map<string, number>();
  let count = 0;
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${file}:${index + 1}`;
    const parsed = questionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      problems++;
      console.log(`${where}: bad record: ${parsed.error.message}`);
      return;
    }
    const q = parsed.data;
    count++;
    if (seenIds.has(q.id)) {
      problems++;
      console.log(`${where}: duplicate id ${q.id}`);
    }
    seenIds.add(q.id);
    perArticle.set(q.articleId, (perArticle.get(q.articleId) ?? 0) + 1);
    let paragraphs: string[];
    try {
      paragraphs = paragraphsOf(corpusDir, q.articleId);
    } catch {
      problems++;
      console.log(`${where}: no article ${q.articleId}`);
      return;
    }
    const needle = q.answer.toLowerCase();
    for (const n of q.paragraphs) {
      const paragraph = paragraphs[n - 1];
      if (!paragraph?.toLowerCase().includes(needle)) {
        problems++;
        console.log(`${where}: ${q.id} answer "${q.answer}" not in ${q.articleId} paragraph ${n}`);
      }
    }
    for (const duplicate of q.duplicates ?? []) {
      const copy = paragraphsOf(corpusDir, duplicate);
      for (const n of q.paragraphs) {
        if (copy[n - 1] !== paragraphs[n - 1]) {
          problems++;
          console.log(`${where}: ${q.id} duplicate ${duplicate} paragraph ${n} differs from ${q.articleId}`);
        }
      }
    }
    // Report other paragraphs that hold the span too, so that the gold list can be checked by hand.
    paragraphs.forEach((paragraph, i) => {
      if (!q.paragraphs.includes(i + 1) && paragraph.toLowerCase().includes(needle)) {
        console.log(`${where}: note ${q.id} answer "${q.answer}" also in paragraph ${i + 1}`);
      }
    });
  });
  const crowded = [...perArticle].filter(([, n]) => n > 2);
  for (const [articleId, n] of crowded) console.log(`${file}: note ${n} questions on ${articleId}`);
  console.log(`${file}: ${count} questions over ${perArticle.size} articles`);
}
console.log(problems === 0 ? "no problems" : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
