// Turns a pipe-separated draft (question|articleId|paragraphs|answer, paragraphs comma-separated) into the
// JSON Lines layout of the question sets. Usage: npx tsx eval/build.ts PREFIX [DUPLICATE_PAIRS] < draft > out.jsonl
// DUPLICATE_PAIRS: lines "idA idB" naming articles whose bodies are identical; a question on one of them
// gets `duplicates` listing the others, whose same paragraphs hold the same answer.
import { readFileSync } from "node:fs";

const prefix = process.argv[2] ?? "q";
const duplicatesOf = new Map<string, string[]>();
if (process.argv[3]) {
  for (const pair of readFileSync(process.argv[3], "utf8").split("\n")) {
    const [a, b] = pair.trim().split(/\s+/);
    if (!a || !b) continue;
    duplicatesOf.set(a, [...(duplicatesOf.get(a) ?? []), b]);
    duplicatesOf.set(b, [...(duplicatesOf.get(b) ?? []), a]);
  }
}
const lines = readFileSync(0, "utf8").split("\n").filter((line) => line.trim() !== "");
lines.forEach((line, index) => {
  const [question, articleId, paragraphs, answer] = line.split("|").map((part) => part.trim());
  if (!question || !articleId || !paragraphs || !answer) throw new Error(`draft line ${index + 1}: needs 4 fields`);
  const id = `${prefix}${String(index + 1).padStart(3, "0")}`;
  const duplicates = duplicatesOf.get(articleId);
  const record = {
    id,
    question,
    articleId,
    paragraphs: paragraphs.split(",").map(Number),
    answer,
    ...(duplicates ? { duplicates } : {}),
  };
  process.stdout.write(`${JSON.stringify(record)}\n`);
});
