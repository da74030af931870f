import type { AskAnswer } from '../answer/types.js';
import type { Desk } from '../desk.js';

/** One search result in `newsdesk ask --json`. Missing metadata is null, never invented. */
export interface AskResultJson {
  articleId: string;
  paragraph: number;
  text: string;
  score: number;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

export interface AskJson {
  query: string;
  /** The one-line answer, when the question has one the passages give confidently. */
  answer: string | null;
  results: AskResultJson[];
  /** Present when nothing matched: a respelling that finds something, and other commands to try. */
  suggestion?: string;
  hints?: string[];
  /** Present when the question could not be used as typed. */
  error?: string;
}

export function askJson(answer: AskAnswer): AskJson {
  if (answer.kind === 'invalid-input') {
    return { query: answer.query, answer: null, results: [], error: answer.reason };
  }
  if (answer.kind === 'no-match') {
    return {
      query: answer.query,
      answer: null,
      results: [],
      ...(answer.suggestion ? { suggestion: answer.suggestion } : {}),
      hints: answer.hints,
    };
  }
  return {
    query: answer.query,
    answer: answer.answer?.text ?? null,
    results: answer.results.map((result) => ({
      articleId: result.articleId,
      paragraph: result.paragraph,
      text: result.text,
      score: result.score,
      title: result.title,
      outlet: result.outlet ?? null,
      date: result.date ?? null,
      url: result.url ?? null,
    })),
  };
}

export interface QuotationJson {
  articleId: string;
  paragraph: number;
  text: string;
  speaker: string | null;
  mention: string | null;
  cue: string | null;
  /** Others who said the words with the speaker, only when there are any (`said Ms. Lake and Mr. Dunn`). */
  with?: string[];
}

/** Every quotation the analysis found, in corpus order. */
export function* quotationsJson(desk: Desk): Generator<QuotationJson> {
  for (const quotation of desk.quotes.quotations) {
    yield {
      articleId: quotation.articleId,
      paragraph: quotation.paragraph,
      text: quotation.text,
      speaker: quotation.speaker ?? null,
      mention: quotation.mention ?? null,
      cue: quotation.cue ?? null,
      ...(quotation.withSpeakers ? { with: quotation.withSpeakers } : {}),
    };
  }
}

export interface PlaceMentionJson {
  articleId: string;
  paragraph: number;
  /** As written in the text. */
  name: string;
  /** The canonical name of the place it was resolved to. */
  place: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** Every place mention the analysis found, with the place it resolved to. */
export function* placeMentionsJson(desk: Desk): Generator<PlaceMentionJson> {
  const placeById = new Map(desk.places.places.map((place) => [place.id, place]));
  for (const mention of desk.places.mentions) {
    const place = placeById.get(mention.placeId);
    yield {
      articleId: mention.articleId,
      paragraph: mention.paragraph,
      name: mention.name,
      place: place?.name ?? mention.name,
      country: place?.country ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
    };
  }
}
