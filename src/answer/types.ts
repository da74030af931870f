/**
 * Answer objects: what the answer layer returns and both renderers (Discord and terminal) draw.
 * Pure data, no Discord types. Offsets are UTF-16 offsets into `text`.
 */

/** Where a passage comes from. */
export interface SourceRef {
  articleId: string;
  /** 1-based paragraph number in the article body. */
  paragraph: number;
  title: string;
  outlet?: string;
  byline?: string;
  date?: string;
  url?: string;
  dateline?: string;
}

/** A span of `text` to draw in bold (a query word, a place name, a speaker's name). */
export interface Highlight {
  start: number;
  end: number;
}

export interface Passage extends SourceRef {
  text: string;
  highlights: Highlight[];
}

export interface ScoredPassage extends Passage {
  score: number;
}

export interface Paging {
  /** Index of the first item shown. */
  offset: number;
  /** How many items a page holds. */
  limit: number;
  /** How many items there are in all. */
  total: number;
}

/** The user's text could not be used as it is (empty, punctuation only, too long). */
export interface InvalidInput {
  kind: 'invalid-input';
  query: string;
  reason: string;
}

export type QuestionType = 'who' | 'where' | 'when' | 'how-many' | 'how-much';

export interface ShortAnswer {
  type: QuestionType;
  /** The span read off the passage ("Moussa Koussa, Libya's foreign minister"). */
  text: string;
  /** Index into `results` of the passage it was read from. */
  from: number;
}

export type AskAnswer =
  | {
      kind: 'results';
      query: string;
      answer?: ShortAnswer;
      results: ScoredPassage[];
      paging: Paging;
    }
  | {
      kind: 'no-match';
      query: string;
      /** A respelling of the question from the index's vocabulary, when one finds something. */
      suggestion?: string;
      /** Pointers to other commands, e.g. `/town Brega` when the query names a known place. */
      hints: string[];
    }
  | InvalidInput;

export interface QuotedPassage extends SourceRef {
  /** The quotation in the speaker's words. */
  text: string;
  /** Which paragraph the quotation closes in, when it runs over several. */
  endParagraph: number;
  cue?: string;
  mention?: string;
  /** The others who said the words with the speaker asked about (`with Alex Dunn`). */
  with?: string[];
}

export interface SpeakerSummary {
  id: string;
  name: string;
  role?: string;
  forms: string[];
  quoteCount: number;
}

export type QuoteAnswer =
  | {
      kind: 'quotes';
      speaker: SpeakerSummary;
      about?: string;
      quotes: QuotedPassage[];
      paging: Paging;
    }
  | {
      kind: 'mentioned-not-quoted';
      speaker: SpeakerSummary;
      about?: string;
      /** How many passages mention the person. */
      mentionCount: number;
      passages: Passage[];
      paging: Paging;
    }
  | {
      /** Known speaker, but no quotation matches `about`. */
      kind: 'no-quotes-about';
      speaker: SpeakerSummary;
      about: string;
    }
  | { kind: 'unknown-speaker'; query: string; closest: string[] }
  | InvalidInput;

export interface PlaceSummary {
  id: string;
  name: string;
  altNames: string[];
  country?: string;
  countryCode?: string;
  region?: string;
  lat?: number;
  lon?: number;
  /** OpenStreetMap link, when the coordinates are known. */
  mapUrl?: string;
}

export interface PlacePassage extends Passage {
  /** The article is datelined at this place. */
  isDateline: boolean;
}

export type TownAnswer =
  | {
      kind: 'town';
      place: PlaceSummary;
      articleCount: number;
      passageCount: number;
      passages: PlacePassage[];
      paging: Paging;
    }
  | { kind: 'not-mentioned'; place: PlaceSummary }
  | { kind: 'unknown-place'; query: string; closest: string[] }
  | InvalidInput;

/** An autocomplete suggestion. `value` is what the option receives when picked. */
export interface Choice {
  name: string;
  value: string;
}
