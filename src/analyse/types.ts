/**
 * What the analysis stage finds in the articles. Everything here is plain JSON-safe data, so that it can
 * be saved in the on-disk snapshot and reloaded without re-analysing the corpus.
 */

/** A direct quotation, possibly spread over several paragraphs or broken by its attribution. */
export interface Quotation {
  articleId: string;
  /** Paragraph (1-based) where the quotation opens. */
  paragraph: number;
  /** Paragraph where it closes (same as `paragraph` unless it runs over several). */
  endParagraph: number;
  /** The quoted words, without the outer quote marks; parts broken by an attribution joined with " … ". */
  text: string;
  /** Offsets of the quotation (quote marks included) in the opening paragraph's text. */
  start: number;
  end: number;
  /** Speaker id (see `Speaker.id`) when the speaker is a named person. */
  speakerId?: string;
  /** Canonical name of the person, or the description of an unnamed speaker (`one senior American official`). */
  speaker?: string;
  /** The words that name the speaker where the quotation is attributed (`he`, `Col. Ahmaed Omar Bani`). */
  mention?: string;
  /** The cue verb or form (`said`, `pleaded`, `according to`, `:`). */
  cue?: string;
  /** Others who said the words jointly with the speaker (`said Ms. Lake and Mr. Dunn`): their speaker ids and names. */
  withSpeakerIds?: string[];
  withSpeakers?: string[];
}

/** One person (or unnamed source) across the corpus. */
export interface Speaker {
  /** Stable id derived from the canonical name, e.g. `ahmaed-omar-bani`. */
  id: string;
  /** The fullest form of the name (`Ahmaed Omar Bani`), or the description for an unnamed source. */
  name: string;
  /** Every form used for this person (`Col. Ahmaed Omar Bani`, `Colonel Bani`, `Bani`, `Mr. Bani`). */
  forms: string[];
  /** The role given in an apposition (`a senior rebel officer`). */
  role?: string;
  /** True for unnamed sources described rather than named. */
  unnamed: boolean;
  articleIds: string[];
  quoteCount: number;
  /** Paragraphs that mention the person by any of its forms, quoted or not. */
  mentions: { articleId: string; paragraph: number }[];
}

export interface QuoteAnalysis {
  quotations: Quotation[];
  speakers: Speaker[];
}

/** A place as the gazetteer (or, failing it, the text) knows it. */
export interface Place {
  /** Stable id: the GeoNames id when known, else `text:<normalised name>`. */
  id: string;
  /** Canonical name (`Brega`). */
  name: string;
  /** Other spellings (`Marsa el-Brega`, `Al Burayqah`). */
  altNames: string[];
  country?: string;
  countryCode?: string;
  /** Admin region or feature kind, when known (`Scotland`, `city`, `country`). */
  region?: string;
  kind?: 'country' | 'region' | 'city' | 'place';
  lat?: number;
  lon?: number;
  population?: number;
}

export interface PlaceMention {
  articleId: string;
  paragraph: number;
  /** The name as written in the text. */
  name: string;
  /** Offsets of `name` in the paragraph text. */
  start: number;
  end: number;
  placeId: string;
  /** True when the mention is the article's dateline. */
  isDateline: boolean;
}

export interface PlaceAnalysis {
  /** Only the places the corpus mentions. */
  places: Place[];
  mentions: PlaceMention[];
}
