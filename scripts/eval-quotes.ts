/**
 * Scores quotation extraction against a JSON Lines file of articles with gold quotations (the layout of
 * PolNeAR's `polnear-quotes.jsonl`): quotation recall and precision by span overlap, and speaker accuracy on
 * the quotations whose gold speaker was annotated by hand.
 *
 *   npm run eval:quotes -- ../shared/data/polnear-quotes.jsonl [--split dev|test|all] [--errors N]
 *   npm run eval:quotes -- eval/quotes/bbc-heldout.jsonl --corpus ../shared/data/bbc-news
 *
 * A gold line may leave out `text` (so that a repository need not copy the articles): `--corpus DIR` then
 * reads it from `DIR/<id>.txt`, the file the offsets count in. The whole of that folder is analysed, as the
 * bot analyses its corpus (what other articles say of a person counts, `Foreign Secretary Jack Straw`), and
 * the gold articles are scored; `--alone` analyses the gold articles only. `--pairs OUT.jsonl` writes every
 * scored speaker, gold beside predicted (`{id, start, end, gold, got, mention, role, right}`), for review.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { analyseQuotesDetailed } from '../src/analyse/quotes/index.js';
import { SHORT_GIVEN_NAMES } from '../src/analyse/quotes/lexicon.js';
import type { Quotation, Speaker } from '../src/analyse/types.js';
import type { Article } from '../src/corpus/types.js';

const GoldQuote = z.object({
  text: z.string().optional(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.string().optional(),
  speaker: z.string().nullable().optional(),
  speaker_mention: z.string().nullable().optional(),
  speaker_from: z.string().nullable().optional(),
  cue: z.string().nullable().optional(),
});
const GoldLine = z.object({
  id: z.string(),
  title: z.string().optional(),
  split: z.string().optional(),
  text: z.string().optional(),
  quotes: z.array(GoldQuote),
});
/** `titleLine`: the text is a corpus file whose first line is the title, read apart as the corpus loader does. */
type GoldArticle = z.infer<typeof GoldLine> & { text: string; titleLine?: boolean };
type GoldQuote = z.infer<typeof GoldQuote>;

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run eval:quotes -- FILE.jsonl [--split dev|test|all] [--errors N] [--corpus DIR [--alone]] [--texts ARTICLES.jsonl] [--pairs OUT.jsonl]`);
  process.exit(2);
}

function parseArguments(argv: string[]): { file: string; split: string; errors: number; corpus?: string; texts?: string; pairs?: string; alone: boolean } {
  let file: string | undefined;
  let split = 'all';
  let errors = 0;
  let corpus: string | undefined;
  let texts: string | undefined;
  let pairs: string | undefined;
  let alone = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '--split') split = argv[++index] ?? usage('--split needs dev, test or all');
    else if (argument === '--corpus') corpus = argv[++index] ?? usage('--corpus needs the folder of the articles');
    else if (argument === '--texts') texts = argv[++index] ?? usage('--texts needs a JSON Lines file of {id, text, title?}');
    else if (argument === '--pairs') pairs = argv[++index] ?? usage('--pairs needs a file to write the scored speakers to');
    else if (argument === '--errors') errors = Number(argv[++index] ?? usage('--errors needs a number'));
    else if (argument === '--alone') alone = true;
    else if (!argument.startsWith('--')) file = argument;
    else usage(`Unknown option ${argument}`);
  }
  if (!file) usage('No gold file given.');
  if (!['dev', 'test', 'all'].includes(split)) usage(`--split must be dev, test or all, not ${split}`);
  if (!Number.isFinite(errors) || errors < 0) usage('--errors must be a whole number');
  return { file, split, errors, alone, ...(corpus ? { corpus } : {}), ...(texts ? { texts } : {}), ...(pairs ? { pairs } : {}) };
}

/**
 * The split of an article: the file's own `split` field when it has one, else a stable hash of the id,
 * so that the same article always falls in the same half.
 */
function splitOf(article: GoldArticle): 'dev' | 'test' {
  if (article.split === 'dev' || article.split === 'test') return article.split;
  let hash = 0;
  for (const char of article.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 2 === 0 ? 'dev' : 'test';
}

interface Paragraphs {
  article: Article;
  /** Offset in the gold text where each paragraph starts. */
  offsets: number[];
}

/** The corpus folder's other articles, read as the gold ones are. */
function otherArticles(corpus: string, goldIds: ReadonlySet<string>): Article[] {
  let files: string[];
  try {
    files = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
  } catch (error) {
    usage(`Cannot read the corpus folder ${corpus}: ${(error as Error).message}`);
  }
  return files
    .map((name) => name.slice(0, -'.txt'.length))
    .filter((id) => !goldIds.has(id))
    .map((id) => toArticle({ id, text: readFileSync(join(corpus, `${id}.txt`), 'utf8'), quotes: [], titleLine: true }).article);
}

function toArticle(gold: GoldArticle): Paragraphs {
  const paragraphs: string[] = [];
  const offsets: number[] = [];
  let title = gold.title ?? gold.id;
  const blocks = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of gold.text.matchAll(blocks)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    // The analysis sees an article's body as the bot does: a corpus file's first line is its title.
    if (gold.titleLine && offsets.length === 0 && title === (gold.title ?? gold.id) && !gold.text.slice(0, match.index).trim()) {
      title = trimmed;
      continue;
    }
    paragraphs.push(trimmed);
    offsets.push(match.index + lead);
  }
  return {
    article: { id: gold.id, title, titleIsDerived: false, tags: [], paragraphs, source: gold.id },
    offsets,
  };
}

// A peer's or knight's title is no given name either: `Lord Butler` is the `Robin Butler` the article names once.
const HONORIFICS = /^(mr|mrs|ms|miss|dr|sen|rep|gov|gen|col|capt|lt|president|senator|secretary|lord|lady|baroness|baron|viscount|earl|sir|dame|prof|professor|rev|the|a|an)$/;
/** Offices written before a surname as a title (`Chief Williams`): no given name to contradict another. */
const TITLE_BEFORE_SURNAME = /^(chief|judge|justice|mayor|governor|sheriff)$/;

const ACCENTS = /\p{M}/gu;

function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(ACCENTS, '');
}

function nameWords(name: string): string[] {
  return name
    // (`Sen. Pat Toomey (R-Pa.`: a gold span may end inside the party tag.)
    .replace(/\([^)]*\)|\([DRI]-[^)]*$/g, ' ')
    .toLowerCase()
    // (`Julián Castro` and `Julian Castro`: the same name, whether the article or the annotator kept the accent.)
    .normalize('NFD')
    .replace(ACCENTS, '')
    .replace(/[’']s\b/g, '')
    // (`M&S`, `AT&T`: initials joined by an ampersand are one word.)
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((word) => word.length > 1 && !HONORIFICS.test(word));
}

/**
 * A gold speaker given with where they are from (`Gov. Earl Ray Tomblin of West Virginia`, `Craig Holman of
 * Public Citizen`) is the person named before `of`: two or more capitalised words, so that an office
 * (`Secretary of State John Kerry`) or an organisation (`the Association of Flight Attendants`) stays whole.
 */
function withoutAffiliation(speaker: string): string {
  // `Pence himself`: the emphasis is no part of the name.
  const plain = speaker.replace(/\s+(?:himself|herself|themselves)$/, '');
  // (`Chris Low at FTN Financial`: where someone works is given with `at` too.)
  const at = Math.max(plain.lastIndexOf(' of '), plain.lastIndexOf(' at '));
  if (at < 0) return plain;
  const person = plain.slice(0, at);
  // `National Association of Probation Officers`: a body's name goes on through `of`.
  if (/\b(?:Association|Council|Institute|Federation|Society|Union|Board|Commission|Committee|Department|Ministry|Office|Bank|Fund|Organisation|Organization)$/.test(person)) return plain;
  const capitalised = person.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && !/\.$/.test(word));
  // (`Mr. Morgan of the Sierra Club`: a title and a surname name a person too.)
  const titled = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]+$/u.test(person);
  return (capitalised.length >= 2 || titled) && /^(?:the\s+)?\p{Lu}/u.test(plain.slice(at + 4)) ? person : plain;
}

/**
 * A body given with the word for its kind (`the Labour Party`, `Broadcast magazine`, `Foster's Group`,
 * `Facebook Inc.`) is the body the extractor may name without it (`Labour`, `Broadcast`, `Facebook`).
 */
function withoutBodyKind(speaker: string): string {
  return /^(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+)*\p{Lu}[\p{L}\p{N}'’&.-]*)\s+(?:[Pp]arty|[Gg]roup|plc|PLC|Ltd\.?|Inc\.?|Corp\.?|Co\.|Corporation|[Cc]ompany|magazine|newspaper|FC)$/u.exec(speaker)?.[1] ?? speaker;
}

/** `Patrick W. Carlineo Jr.`: a generational suffix is no surname (the article may call him `Pat Carlineo`). */
function withoutGeneration(speaker: string): string {
  return speaker.replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, '');
}

/**
 * Whether the predicted speaker is the gold one. Gold speakers are mention spans, so three forms count:
 * - the gold name's surname is a form of the predicted person, and no given name contradicts it
 *   (`Ivana Trump` is not `Donald Trump`);
 * - the gold span was trimmed to a description whose apposition names the person
 *   (`Another critic, Laurence H. Tribe,`): the predicted surname must be in the full gold mention;
 * - the gold span is a description (`the California congressman`, `one senior American official`): right
 *   when the predicted speaker is that description, or a person the extractor itself tied to it (its role
 *   or one of its forms holds every word of the description). A named person the extractor never linked
 *   to the description is scored wrong, since nothing shows it is the same entity.
 * Joint speakers on either side are right when one person is named on both; a son is not his father, nor
 * someone's thing (`Trump’s opponents`) its owner.
 */
export function sameSpeaker(gold: GoldQuote, predicted: Quotation, speaker: Speaker | undefined): boolean {
  // Joint speakers (`Celinda Lake and Alex Dunn`, or the extractor's `with`): each of them said the words, so a
  // speaker named on both sides is right, whichever of the pair (the first as well as the last), by a form of
  // their name and with no given name against it.
  // (A gold span trimmed to the first of a list, `Sens. Tom Carper`, keeps the list in its mention.)
  const goldPeople = jointNames(gold.speaker ?? '') ?? (gold.speaker_from === 'gold-mention-trimmed' ? jointNames(gold.speaker_mention ?? '') : undefined);
  // (`the two said` after `Mitch McConnell and Kevin McCarthy`: a pair may also stand as one description.)
  const predictedPeople = predicted.withSpeakers ? undefined : jointNames(predicted.speaker ?? '');
  if (goldPeople || predicted.withSpeakers || predictedPeople) {
    const predictedNames = predictedPeople
      ? predictedPeople.map((name) => [name])
      : [[predicted.speaker ?? '', predicted.mention ?? '', ...(speaker?.forms ?? [])], ...(predicted.withSpeakers ?? []).map((name) => [name])];
    return (goldPeople ?? [gold.speaker ?? '']).some((name) => {
      const surname = nameWords(withoutGeneration(withoutBodyKind(withoutAffiliation(name)))).at(-1);
      return surname !== undefined && predictedNames.some((forms) => forms.some((form) => nameWords(form).includes(surname) && !givenNamesConflict(name, withoutBodyKind(forms[0] as string))));
    });
  }
  const goldFull = withoutBodyKind(withoutAffiliation(gold.speaker ?? ''));
  const goldSpeaker = withoutGeneration(goldFull);
  const goldWords = nameWords(goldSpeaker);
  if (goldWords.length === 0) return false;
  const predictedName = withoutGeneration(predicted.speaker ?? '');
  // (`Donald Trump` is not `Donald Trump Jr.`: the name without the suffix is the father's.)
  if (goldSpeaker !== goldFull && predictedName === predicted.speaker && nameWords(predictedName).join(' ') === goldWords.join(' ')) return false;
  // (Nor the other way: a predicted `Donald Trump Jr` is not the gold `Donald Trump`.)
  if (goldSpeaker === goldFull && predictedName !== (predicted.speaker ?? '') && nameWords(predictedName).join(' ') === goldWords.join(' ')) return false;
  // (`President Donald Trump’s opponents` are not Trump: a possessive before words in lower case names someone's
  // thing or people, right only against the same thing of the same owner, `Harry Reid's office`, `Trump campaign`.)
  const owned = /^(.*\p{L})['’]s?\s+(\p{Ll}[^\p{Lu}@]*)$/u.exec(predictedName);
  if (owned?.[1] && owned[2]) return nameWords(predictedName).join(' ') === goldWords.join(' ') || ownedAlike(goldSpeaker, owned[1], owned[2]);
  const forms = [predictedName, predicted.mention ?? '', ...(speaker?.forms ?? [])].map(nameWords).filter((words) => words.length > 0);
  // (`Kim Jong Un` for `Kim Jong-un`: the same words, hyphenated or not, are the same name.)
  if (nameWords(predictedName).join(' ') === goldWords.join(' ')) return true;
  const surname = goldWords.at(-1) as string;
  if (forms.some((words) => words.includes(surname))) return !givenNamesConflict(goldSpeaker, withoutBodyKind(predictedName));
  // `Ahmed 'Mido' Hossam`: a gold name with the nickname in it is the person the article calls by that nickname.
  const nickname = /['‘"“]([^'’"”]+)['’"”]/u.exec(goldSpeaker)?.[1];
  if (nickname && forms.some((words) => words.join(' ') === nameWords(nickname).join(' '))) return true;
  const predictedSurname = speaker && !speaker.unnamed ? nameWords(speaker.name).at(-1) : undefined;
  if (gold.speaker_from === 'gold-mention-trimmed' && predictedSurname && nameWords(gold.speaker_mention ?? '').includes(predictedSurname)) return true;
  const linked = [...forms, nameWords(speaker?.role ?? '')].filter((words) => words.length > 0);
  // Descriptions: `one senior American official` against `a senior American official`.
  if (linked.some((words) => words.every((word) => goldWords.includes(word)) && !isPersonName(words, speaker))) return true;
  // (Only a description is matched by a role's words: `IBM` is not `Dr John E. Kelly, IBM senior vice president`.)
  if (!/\s\p{Ll}/u.test(` ${goldSpeaker}`)) return forms.some((words) => goldWords.every((word) => words.includes(word)));
  return linked.some((words) => goldWords.every((word) => words.includes(word)));
}

/**
 * Whether a gold speaker is the owner's same thing: `Harry Reid’s office` or `Trump campaign` for `Mr. Reid`
 * and `office`, `the authors of the Stimson Center report` for `the report` and `authors` (the head noun the
 * same, the owner's last word among the gold's other words).
 */
function ownedAlike(gold: string, owner: string, thing: string): boolean {
  const ofAt = gold.indexOf(' of ');
  const ordered = ofAt > 0 ? `${gold.slice(ofAt + 4)} ${gold.slice(0, ofAt)}` : gold;
  const goldWords = nameWords(ordered);
  const head = nameWords(thing).at(-1);
  const ownerWord = nameWords(owner).at(-1);
  return head !== undefined && ownerWord !== undefined && goldWords.at(-1) === head && goldWords.slice(0, -1).includes(ownerWord);
}

/**
 * The people of a joint gold speaker (`Celinda Lake and Alex Dunn`, `Mark Warner, Tim Kaine and Bobby Scott`):
 * two or more capitalised names joined by commas and `and`; not a body's name (`Customs and Border Protection`).
 */
function jointNames(speaker: string): string[] | undefined {
  const parts = speaker.split(/,\s*(?:and\s+)?|\s+and\s+/).map((part) => part.trim());
  if (parts.length < 2) return undefined;
  const personal = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+(?:,?\s+(?:Jr|Sr)\.?)?$/u;
  const body = /(?:Protection|Enforcement|Services?|Affairs|Department|Committee|Council|Agency|Commission|Institute|Association|Foundation|Party|Group|Company|Administration|Authority|Bureau|Office|Board|Court|Center|Centre|University|College|School|Museum|Times|Post|News|Network|Courier|Patrol)$/;
  return parts.every((part) => personal.test(part)) && !parts.some((part) => body.test(part)) ? parts : undefined;
}

/** A predicted form that is the person's own name, not a description (so it cannot match a description by its words). */
function isPersonName(words: string[], speaker: Speaker | undefined): boolean {
  if (!speaker || speaker.unnamed) return false;
  const name = nameWords(speaker.name);
  return words.every((word) => name.includes(word));
}

/** `Ivana Trump` against `Donald Trump`: the words just before the shared surname are both given names, and differ. */
function givenNamesConflict(gold: string, predicted: string): boolean {
  const givenName = (name: string): string | undefined => {
    const words = name.replace(/\([^)]*\)|\([DRI]-[^)]*$/g, ' ').trim().split(/\s+/);
    const given = words.at(-2);
    return given && /^\p{Lu}\p{Ll}+$/u.test(given) && !HONORIFICS.test(given.toLowerCase()) && !TITLE_BEFORE_SURNAME.test(given.toLowerCase()) ? withoutAccents(given.toLowerCase()) : undefined;
  };
  // `the Vermont senator` is a description, not a name: `Vermont` is no given name to contradict.
  if (/^(the|a|an|one|another|his|her|their|its)\s/i.test(gold.trim())) return false;
  const goldGiven = givenName(gold);
  const predictedGiven = givenName(predicted);
  if (!goldGiven || !predictedGiven) return false;
  // (`Mike Bloomberg` and `Michael Bloomberg`: a given name and its short form are one.)
  const shortForm = (SHORT_GIVEN_NAMES.get(goldGiven)?.includes(predictedGiven) ?? false) || (SHORT_GIVEN_NAMES.get(predictedGiven)?.includes(goldGiven) ?? false);
  return !goldGiven.startsWith(predictedGiven) && !predictedGiven.startsWith(goldGiven) && !shortForm;
}

const TextLine = z.object({ id: z.string(), text: z.string(), title: z.string().optional() });
type ArticleText = z.infer<typeof TextLine>;

/**
 * The texts of a JSON Lines file of `{id, text, title?}` by id; an error names the line. The title, when
 * given, is the article's as the bot would have it (an interview may name its interviewee only there).
 */
function readTexts(path: string): Map<string, ArticleText> {
  const texts = new Map<string, ArticleText>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = TextLine.safeParse(JSON.parse(line));
      if (!parsed.success) usage(`${path}:${index + 1}: not an {id, text, title?} line (${parsed.error.issues[0]?.message}).`);
      texts.set(parsed.data.id, parsed.data);
    });
  return texts;
}

/**
 * An article with no gold quotation that writes its quote marks as two apostrophes (`''suffering and
 * delight''`): PolNeAR's conversion reads no quotation in such articles (nine New York Times articles of its
 * dev and test splits), so they are unannotated rather than free of quotations, and are left out of the scores.
 */
function isUnannotated(gold: GoldArticle): boolean {
  return gold.quotes.length === 0 && (gold.text.match(/''/g)?.length ?? 0) >= 2;
}

function main(): void {
  const { file, split, errors, corpus, texts, pairs, alone } = parseArguments(process.argv.slice(2));
  // (`--texts articles.jsonl`: gold kept apart from texts that may not be copied, offsets into each `text`.)
  const textById = texts ? readTexts(texts) : new Map<string, ArticleText>();
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch (error) {
    usage(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const golds: GoldArticle[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = GoldLine.safeParse(JSON.parse(line));
    if (!parsed.success) usage(`${file}:${index + 1}: not a gold article (${parsed.error.issues[0]?.message}).`);
    const given = textById.get(parsed.data.id);
    let text = parsed.data.text ?? given?.text;
    if (text === undefined) {
      if (!corpus) usage(`${file}:${index + 1}: the line has no "text"; give --corpus DIR, the folder that holds ${parsed.data.id}.txt.`);
      try {
        text = readFileSync(join(corpus, `${parsed.data.id}.txt`), 'utf8');
      } catch (error) {
        usage(`${file}:${index + 1}: cannot read the article ${parsed.data.id}.txt in ${corpus}: ${(error as Error).message}`);
      }
    }
    const title = parsed.data.title ?? given?.title;
    const gold: GoldArticle = { ...parsed.data, ...(title ? { title } : {}), text, titleLine: parsed.data.text === undefined && !given };
    if (split === 'all' || splitOf(gold) === split) golds.push(gold);
  });
  const converted = golds.map(toArticle);
  const others = corpus && !alone ? otherArticles(corpus, new Set(golds.map((gold) => gold.id))) : [];
  // In the order of their ids, as the bot loads a folder (by path): what the corpus pass reads first about a
  // person must not depend on which articles were scored.
  const articles = [...converted.map((entry) => entry.article), ...others].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const started = performance.now();
  const { analysis, pieces } = analyseQuotesDetailed(articles);
  const elapsed = performance.now() - started;
  const speakerById = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));

  let goldCount = 0;
  let goldFound = 0;
  let predictedPieces = 0;
  let predictedMatched = 0;
  let speakerGold = 0;
  let speakerRight = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const wrongSpeakers: string[] = [];
  // Every scored speaker, gold beside predicted, for `--pairs`: what a reviewer reads to judge either one.
  const scoredPairs: string[] = [];
  const quoteIndexByArticle = new Map<string, number[]>();
  analysis.quotations.forEach((quotation, index) => {
    const list = quoteIndexByArticle.get(quotation.articleId) ?? [];
    list.push(index);
    quoteIndexByArticle.set(quotation.articleId, list);
  });

  let unannotated = 0;
  golds.forEach((gold, articleIndex) => {
    if (isUnannotated(gold)) {
      unannotated++;
      return;
    }
    const { offsets } = converted[articleIndex] as Paragraphs;
    const spans: { start: number; end: number; quotation: number }[] = [];
    for (const index of quoteIndexByArticle.get(gold.id) ?? []) {
      for (const piece of pieces[index] ?? []) {
        const base = offsets[piece.paragraph] ?? 0;
        spans.push({ start: base + piece.start, end: base + piece.end, quotation: index });
      }
    }
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const span of spans) {
      predictedPieces++;
      if (gold.quotes.some((quote) => overlaps(span, quote))) predictedMatched++;
      else if (falseAlarms.length < errors) falseAlarms.push(`${gold.id}: ${context(gold.text, span.start, span.end)}`);
    }
    for (const quote of gold.quotes) {
      goldCount++;
      const hit = spans.find((span) => overlaps(span, quote));
      if (!hit) {
        if (misses.length < errors) misses.push(`${gold.id}: ${context(gold.text, quote.start, quote.end)}`);
        continue;
      }
      goldFound++;
      if (!quote.speaker || !quote.speaker_from?.startsWith('gold')) continue;
      speakerGold++;
      const predicted = analysis.quotations[hit.quotation] as Quotation;
      const speaker = predicted.speakerId ? speakerById.get(predicted.speakerId) : undefined;
      const right = sameSpeaker(quote, predicted, speaker);
      if (pairs) {
        scoredPairs.push(
          JSON.stringify({ id: gold.id, start: quote.start, end: quote.end, gold: quote.speaker, got: predicted.speaker ?? null, mention: predicted.mention ?? null, role: speaker?.role ?? null, right }),
        );
      }
      if (right) speakerRight++;
      else if (wrongSpeakers.length < errors) {
        wrongSpeakers.push(
          `${gold.id}: gold=${quote.speaker} | got=${predicted.speaker ?? '-'} (mention ${predicted.mention ?? '-'}, cue ${predicted.cue ?? '-'})\n    ${context(gold.text, quote.start, quote.end)}`,
        );
      }
    }
  });

  const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
  const scored = [...quoteIndexByArticle.entries()].filter(([id]) => golds.some((gold) => gold.id === id)).reduce((sum, [, list]) => sum + list.length, 0);
  console.log(`split ${split}: ${golds.length} articles, ${goldCount} gold quotations, ${predictedPieces} predicted pieces (${scored} quotations)`);
  if (unannotated > 0) console.log(`(${unannotated} articles left out: quote marks written as '' and no quotation annotated)`);
  console.log(`recall     ${percent(goldFound, goldCount)}  (${goldFound}/${goldCount} gold quotations overlapped)`);
  console.log(`precision  ${percent(predictedMatched, predictedPieces)}  (${predictedMatched}/${predictedPieces} predicted pieces overlap a gold quotation)`);
  console.log(`speaker    ${percent(speakerRight, speakerGold)}  (${speakerRight}/${speakerGold} found quotations with a hand-annotated speaker)`);
  const analysed = converted.reduce((sum, entry) => sum + entry.article.paragraphs.length, 0) + others.reduce((sum, article) => sum + article.paragraphs.length, 0);
  console.log(`time       ${elapsed.toFixed(0)} ms for ${analysed} paragraphs (${converted.length + others.length} articles analysed)`);
  if (pairs) {
    writeFileSync(pairs, scoredPairs.map((line) => `${line}\n`).join(''));
    console.log(`pairs      ${scoredPairs.length} scored speakers written to ${pairs}`);
  }
  if (errors > 0) {
    console.log(`\n--- missed (${misses.length}) ---\n${misses.join('\n')}`);
    console.log(`\n--- false alarms (${falseAlarms.length}) ---\n${falseAlarms.join('\n')}`);
    console.log(`\n--- wrong speaker (${wrongSpeakers.length}) ---\n${wrongSpeakers.join('\n')}`);
  }
}

function context(text: string, start: number, end: number): string {
  return JSON.stringify(`${text.slice(Math.max(0, start - 90), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 70)}`);
}

// `npm run eval:quotes -- … --errors 400 | head`: a reader that stops early ends the report, not in a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
// Run as a script; a test imports the scorer alone.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
