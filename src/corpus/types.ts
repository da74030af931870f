/** One news article as Newsdesk sees it after loading, whatever its file format. */
export interface Article {
  /** File name without extension, or the JSON Lines `id`. Unique across the corpus. */
  id: string;
  title: string;
  /** True when the file had no title and one was made from the lede. */
  titleIsDerived: boolean;
  url?: string;
  /** ISO date, `YYYY-MM-DD` (or a full ISO timestamp when the source gives one). Never invented. */
  date?: string;
  byline?: string;
  outlet?: string;
  tags: string[];
  /** The dateline that opens the first paragraph, e.g. `BREGA, Libya`. The paragraph text keeps it. */
  dateline?: string;
  /** A closing credits line (`X reported from …; Y contributed reporting from …`), not a body paragraph. */
  credits?: string;
  /**
   * Body paragraphs, entities decoded and whitespace trimmed. `paragraphs[0]` is paragraph 1.
   * Title, front matter and credits are not here.
   */
  paragraphs: string[];
  /** Where it came from, relative to the corpus folder (`feed.jsonl:12` for a JSON Lines row). */
  source: string;
}

/** A file (or JSON Lines row) that could not be loaded, and how to fix it. */
export interface CorpusProblem {
  file: string;
  line?: number;
  problem: string;
  fix: string;
}

export interface LoadedCorpus {
  articles: Article[];
  problems: CorpusProblem[];
}

export interface LoadProgress {
  done: number;
  total: number;
  file: string;
}
