// Turns a pipe-separated draft (question|articleId|paragraphs|answer, paragraphs comma-separated) into the
// JSON Lines layout of the question sets. Usage: npx tsx eval/build.ts PREFIX < draft > out.jsonl
import { readFileSync } from "node:fs";

const prefix = process.argv[2] ?? "q";
const lines = readFileSync(0, "utf8").split("\n").filter((line) => line.trim() !== "");
lines.forEach((line, index) => {
  const [question, articleId, paragraphs, answer] = line.split("|").map((part) => part.trim());
  if (!question || !articleId || !paragraphs || !answer) throw new Error(`draft line ${index + 1}: needs 4 fields`);
  const id = `${prefix}${String(index + 1).padStart(3, "0")}`;
  const record = { id, question, articleId, paragraphs: paragraphs.split(",").map(Number), answer };
  process.stdout.write(`${JSON.stringify(record)}\n`);
});
