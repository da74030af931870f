// Plain BM25 baseline (k1 1.2, b 0.75, Porter stemming, English stop words) over every paragraph of the
// BBC corpus: how often a gold paragraph is first / in the top 3. Usage: npx tsx eval/bm25-baseline.ts FILE.jsonl ...
// A reference figure for the question sets, not part of Newsdesk. Reads ../shared, never copies it.
import { readFileSync, readdirSync } from "node:fs";
import { stemmer } from "stemmer";
import { eng } from "stopword";
const dir = "/work/shared/data/bbc-news";
const stop = new Set(eng);
const tok = (t: string) => (t.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !stop.has(w)).map((w) => stemmer(w));
type P = { a: string; n: number; tf: Map<string, number>; len: number };
const ps: P[] = [];
const df = new Map<string, number>();
for (const f of readdirSync(dir)) {
  const b = readFileSync(`${dir}/${f}`);
  let t: string; try { t = new TextDecoder("utf-8", { fatal: true }).decode(b); } catch { t = b.toString("latin1"); }
  const blocks = t.split(/\r?\n\s*\r?\n/).map((x) => x.trim()).filter(Boolean).slice(1);
  blocks.forEach((x, i) => { const w = tok(x); const tf = new Map<string, number>(); for (const k of w) tf.set(k, (tf.get(k) ?? 0) + 1); for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1); ps.push({ a: f.replace(".txt", ""), n: i + 1, tf, len: w.length }); });
}
const avg = ps.reduce((s, p) => s + p.len, 0) / ps.length; const N = ps.length;
for (const file of process.argv.slice(2)) {
  let top1 = 0, top3 = 0, total = 0;
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const q = JSON.parse(line) as { question: string; articleId: string; paragraphs: number[]; duplicates?: string[] };
    const ids = new Set([q.articleId, ...(q.duplicates ?? [])]);
    const qt = tok(q.question);
    const scored = ps.map((p) => { let s = 0; for (const k of qt) { const f = p.tf.get(k); if (!f) continue; const d = df.get(k) ?? 0; s += Math.log(1 + (N - d + 0.5) / (d + 0.5)) * (f * 2.2) / (f + 1.2 * (0.25 + 0.75 * p.len / avg)); } return { p, s }; }).sort((x, y) => y.s - x.s).slice(0, 3);
    const hit = scored.map(({ p }) => ids.has(p.a) && q.paragraphs.includes(p.n));
    total++; if (hit[0]) top1++; if (hit.some(Boolean)) top3++;
  }
  console.log(`${file}: n=${total} BM25 top1 ${(100 * top1 / total).toFixed(1)}% top3 ${(100 * top3 / total).toFixed(1)}%`);
}
