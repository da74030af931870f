import MiniSearch from 'minisearch';
import type { Quotation, Speaker } from '../analyse/types.js';
import type { Desk } from '../desk.js';
import { termsOf } from '../search/text.js';
import { passageOf, sourceOf } from './source.js';
import type { Choice, Highlight, Passage, QuoteAnswer, QuotedPassage, SpeakerSummary } from './types.js';

export interface QuoteRequest {
  speaker: string;
  about?: string;
  offset?: number;
  limit?: number;
}

const DEFAULT_LIMIT = 5;
const MAX_QUERY_LENGTH = 100;
const MAX_CHOICE_LENGTH = 100;

/** What /quote needs about a Desk's speakers, built once per Desk on first use. */
interface SpeakerLookup {
  speakers: Speaker[];
  byId: Map<string, Speaker>;
  /** Speakers by every word of every form, lower case without accents. */
  byWord: Map<string, Speaker[]>;
  /** Speakers by whole form, lower case. */
  byForm: Map<string, Speaker[]>;
  /** The fuzzy index over name forms, built on the first search that needs it. */
  search: () => MiniSearch<{ id: string; forms: string }>;
  quotesBySpeaker: Map<string, Quotation[]>;
  /** Stemmed terms of each quotation, computed when an `about` filter first needs them. */
  termsByQuotation: WeakMap<Quotation, Set<string>>;
}

const lookups = new WeakMap<Desk, SpeakerLookup>();

/** Titles a user may type that the article wrote another way (`colonel` for `Col.`). */
const TITLE_WORDS = new Set(
  'mr mrs ms miss dr col colonel capt captain gen general lt lieutenant sgt sergeant sen senator rep representative gov governor president minister secretary prof professor sir lord lady judge mayor'.split(' '),
);

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function byQuotesThenMentions(a: Speaker, b: Speaker): number {
  return b.quoteCount - a.quoteCount || b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function lookupOf(desk: Desk): SpeakerLookup {
  const cached = lookups.get(desk);
  if (cached) return cached;
  const speakers = [...desk.quotes.speakers].sort(byQuotesThenMentions);
  const byWord = new Map<string, Speaker[]>();
  const byForm = new Map<string, Speaker[]>();
  const add = <K>(map: Map<K, Speaker[]>, key: K, speaker: Speaker): void => {
    const list = map.get(key);
    // Speakers arrive one at a time, so a repeat can only be the last one added.
    if (!list) map.set(key, [speaker]);
    else if (list.at(-1) !== speaker) list.push(speaker);
  };
  for (const speaker of speakers) {
    for (const form of [speaker.name, ...speaker.forms]) {
      const folded = fold(form);
      add(byForm, folded, speaker);
      for (const word of folded.split(' ')) if (word.length > 0) add(byWord, word, speaker);
    }
  }
  let index: MiniSearch<{ id: string; forms: string }> | undefined;
  const search = (): MiniSearch<{ id: string; forms: string }> => {
    if (!index) {
      index = new MiniSearch<{ id: string; forms: string }>({ fields: ['forms'], storeFields: [], processTerm: (term) => fold(term) || null });
      index.addAll(speakers.map((speaker) => ({ id: speaker.id, forms: [speaker.name, ...speaker.forms].join(' ') })));
    }
    return index;
  };
  const articleOrder = new Map(desk.articles.map((article, index) => [article.id, index]));
  const quotesBySpeaker = new Map<string, Quotation[]>();
  for (const quotation of desk.quotes.quotations) {
    // (`said Ms. Lake and Mr. Dunn`: a joint quotation is each speaker's.)
    for (const id of [quotation.speakerId, ...(quotation.withSpeakerIds ?? [])]) {
      if (!id) continue;
      const list = quotesBySpeaker.get(id) ?? [];
      list.push(quotation);
      quotesBySpeaker.set(id, list);
    }
  }
  for (const list of quotesBySpeaker.values()) {
    list.sort(
      (a, b) =>
        (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0) || a.paragraph - b.paragraph || a.start - b.start,
    );
  }
  const lookup: SpeakerLookup = {
    speakers,
    byId: new Map(speakers.map((speaker) => [speaker.id, speaker])),
    byWord,
    byForm,
    search,
    quotesBySpeaker,
    termsByQuotation: new WeakMap(),
  };
  lookups.set(desk, lookup);
  return lookup;
}

/**
 * Build the speaker lookup of a Desk ahead of the first /quote (it takes tens of milliseconds on a large
 * corpus); optional, since the first answer builds it otherwise.
 */
export function prepareQuoteLookup(desk: Desk): void {
  lookupOf(desk);
}

/** The speakers every word of the query names (`Bani`, `colonel bani`, `official`), best first. */
function exactMatches(lookup: SpeakerLookup, query: string): Speaker[] {
  const folded = fold(query);
  const whole = lookup.byForm.get(folded);
  if (whole && whole.length > 0) return [...whole].sort(byQuotesThenMentions);
  const words = folded.split(' ').filter((word) => word.length > 0);
  const found = speakersNamedByAll(lookup, words);
  if (found.length > 0) return found;
  // `colonel bani` for a man written `Col. Ahmaed Omar Bani`: titles need not match.
  const untitled = words.filter((word) => !TITLE_WORDS.has(word));
  return untitled.length < words.length ? speakersNamedByAll(lookup, untitled) : [];
}

function speakersNamedByAll(lookup: SpeakerLookup, words: string[]): Speaker[] {
  if (words.length === 0) return [];
  let candidates = lookup.byWord.get(words[0] as string) ?? [];
  for (const word of words.slice(1)) {
    const next = new Set(lookup.byWord.get(word) ?? []);
    candidates = candidates.filter((speaker) => next.has(speaker));
  }
  return [...candidates].sort(byQuotesThenMentions);
}

/** Speakers whose forms are within a typo of the query (`Banni` → Bani), best first. */
function fuzzyMatches(lookup: SpeakerLookup, query: string, fuzzy: number, combineWith: 'AND' | 'OR'): Speaker[] {
  const results = lookup.search().search(query, { fuzzy, prefix: false, combineWith });
  const speakers: Speaker[] = [];
  for (const result of results) {
    const speaker = lookup.byId.get(String(result.id));
    if (speaker) speakers.push(speaker);
  }
  return speakers;
}

function summaryOf(speaker: Speaker): SpeakerSummary {
  const summary: SpeakerSummary = {
    id: speaker.id,
    name: speaker.name,
    forms: speaker.forms,
    quoteCount: speaker.quoteCount,
  };
  if (speaker.role) summary.role = speaker.role;
  return summary;
}

function invalidReason(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'Give the name of a person quoted in the articles, e.g. /quote Bani.';
  if (trimmed.length > MAX_QUERY_LENGTH) return `A name is at most ${MAX_QUERY_LENGTH} characters long.`;
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'A name needs letters or digits, not only punctuation.';
  return undefined;
}

function pageOf(request: QuoteRequest, total: number): { offset: number; limit: number } {
  const limit = Math.max(1, Math.min(50, Math.floor(request.limit ?? DEFAULT_LIMIT)));
  const wanted = Math.max(0, Math.floor(request.offset ?? 0));
  return { offset: total === 0 ? 0 : Math.min(wanted, Math.max(0, total - 1)), limit };
}

/** Where any form of the speaker's name stands in a paragraph, to draw it in bold. */
function nameHighlights(text: string, speaker: Speaker): Highlight[] {
  const highlights: Highlight[] = [];
  const forms = [...new Set([speaker.name, ...speaker.forms])].sort((a, b) => b.length - a.length);
  const taken = (start: number, end: number): boolean => highlights.some((span) => start < span.end && span.start < end);
  for (const form of forms) {
    if (form.length < 2) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (!taken(at, at + form.length)) highlights.push({ start: at, end: at + form.length });
    }
  }
  return highlights.sort((a, b) => a.start - b.start);
}

function quotedPassage(desk: Desk, quotation: Quotation, speakerId: string): QuotedPassage | null {
  const article = desk.articleById.get(quotation.articleId);
  if (!article) return null;
  const passage: QuotedPassage = { ...sourceOf(article, quotation.paragraph), text: quotation.text, endParagraph: quotation.endParagraph };
  if (quotation.cue) passage.cue = quotation.cue;
  if (quotation.mention) passage.mention = quotation.mention;
  if (quotation.withSpeakerIds) {
    // The others who said it: the main speaker and the rest, but not the one asked about.
    const names: string[] = [];
    if (quotation.speakerId !== speakerId && quotation.speaker) names.push(quotation.speaker);
    quotation.withSpeakerIds.forEach((id, index) => {
      const name = quotation.withSpeakers?.[index];
      if (id !== speakerId && name) names.push(name);
    });
    if (names.length > 0) passage.with = names;
  }
  return passage;
}

function matchesAbout(lookup: SpeakerLookup, quotation: Quotation, aboutTerms: string[]): boolean {
  let terms = lookup.termsByQuotation.get(quotation);
  if (!terms) {
    terms = new Set(termsOf(quotation.text));
    lookup.termsByQuotation.set(quotation, terms);
  }
  return aboutTerms.every((term) => terms.has(term));
}

/**
 * `/quote speaker [about]`: the speaker's quotations in document order, or the passages that mention a
 * person never quoted, or the closest names when nobody matches.
 */
export function answerQuote(desk: Desk, request: QuoteRequest): QuoteAnswer {
  const reason = invalidReason(request.speaker);
  if (reason) return { kind: 'invalid-input', query: request.speaker, reason };
  const query = request.speaker.trim();
  const lookup = lookupOf(desk);
  const speaker =
    lookup.byId.get(query) ?? exactMatches(lookup, query)[0] ?? fuzzyMatches(lookup, query, 0.2, 'AND')[0];
  if (!speaker) {
    const closest = fuzzyMatches(lookup, query, 0.4, 'OR')
      .slice(0, 5)
      .map((candidate) => candidate.name);
    return { kind: 'unknown-speaker', query, closest };
  }
  const summary = summaryOf(speaker);
  const about = request.about?.trim() ? request.about.trim() : undefined;
  const quotations = lookup.quotesBySpeaker.get(speaker.id) ?? [];

  if (quotations.length === 0) {
    const passages: Passage[] = [];
    for (const mention of speaker.mentions) {
      const article = desk.articleById.get(mention.articleId);
      if (!article) continue;
      const passage = passageOf(article, mention.paragraph);
      passage.highlights = nameHighlights(passage.text, speaker);
      passages.push(passage);
    }
    const { offset, limit } = pageOf(request, passages.length);
    const answer: QuoteAnswer = {
      kind: 'mentioned-not-quoted',
      speaker: summary,
      mentionCount: passages.length,
      passages: passages.slice(offset, offset + limit),
      paging: { offset, limit, total: passages.length },
    };
    if (about) answer.about = about;
    return answer;
  }

  let selected = quotations;
  if (about) {
    const aboutTerms = termsOf(about);
    if (aboutTerms.length > 0) selected = quotations.filter((quotation) => matchesAbout(lookup, quotation, aboutTerms));
    if (selected.length === 0) return { kind: 'no-quotes-about', speaker: summary, about };
  }
  const { offset, limit } = pageOf(request, selected.length);
  const quotes: QuotedPassage[] = [];
  for (const quotation of selected.slice(offset, offset + limit)) {
    const passage = quotedPassage(desk, quotation, speaker.id);
    if (passage) quotes.push(passage);
  }
  const answer: QuoteAnswer = { kind: 'quotes', speaker: summary, quotes, paging: { offset, limit, total: selected.length } };
  if (about) answer.about = about;
  return answer;
}

function choiceOf(speaker: Speaker): Choice {
  const count = speaker.quoteCount === 1 ? '1 quote' : `${speaker.quoteCount} quotes`;
  const suffix = ` (${count})`;
  let name = `${speaker.name}${speaker.role ? ` — ${speaker.role}` : ''}`;
  if (name.length + suffix.length > MAX_CHOICE_LENGTH) name = `${name.slice(0, MAX_CHOICE_LENGTH - suffix.length - 1).trimEnd()}…`;
  return { name: `${name}${suffix}`, value: speaker.id.slice(0, MAX_CHOICE_LENGTH) };
}

/**
 * Autocomplete for the speaker option: people quoted most first, matching any form of the name by
 * prefix (`ban` → Bani) and forgiving a typo.
 */
export function suggestSpeakers(desk: Desk, partial: string, max = 25): Choice[] {
  const lookup = lookupOf(desk);
  const limit = Math.max(0, Math.min(25, max));
  const query = partial.trim().slice(0, MAX_QUERY_LENGTH);
  if (!/[\p{L}\p{N}]/u.test(query)) return lookup.speakers.filter((speaker) => speaker.quoteCount > 0).slice(0, limit).map(choiceOf);
  const results = lookup.search().search(query, {
    prefix: true,
    fuzzy: (term) => (term.length > 3 ? 0.34 : 0),
    combineWith: 'AND',
  });
  const matched: Speaker[] = [];
  for (const result of results) {
    const speaker = lookup.byId.get(String(result.id));
    if (speaker) matched.push(speaker);
  }
  return matched.sort(byQuotesThenMentions).slice(0, limit).map(choiceOf);
}
