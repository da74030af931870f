import { joinNames, looksLikeNameList, splitNames } from './names.js';

// A closing credits line: "X reported from …; Y contributed reporting from …" (New York Times style),
// "Reporting by …; Editing by …" (Reuters), "Additional reporting by …", "Writing by …".

const MAX_CREDITS_LENGTH = 600;
const AGENCY_CREDIT = /^(?:(?:additional|further|contributing) )?(?:reporting|writing|editing|edited|written|compiled|research) (?:was contributed )?by\b/i;
// "The Associated Press contributed to this report.", "AP writer Jane Doe contributed to this report
// from Paris.": a body paragraph never says that of itself.
const CONTRIBUTED_TO_THIS = /\bcontributed (?:reporting |research )?to this (?:report|article|story)\b/i;
const CONTRIBUTED_TO_THIS_MAX_LENGTH = 250;
const NAMES_THEN_CREDIT_VERB = /^(.+?)\s+(?:reported|contributed|also contributed)\b/;

/** Unwrap "(Reporting by …)" and "*X reported from …*" to the credits text itself. */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .replace(/^[*_]+(.*?)[*_]+$/s, '$1')
    .trim();
}

/** True when a paragraph is a credits line rather than part of the story. */
export function isCreditsLine(paragraph: string): boolean {
  const text = unwrap(paragraph);
  if (text.length === 0 || text.length > MAX_CREDITS_LENGTH) return false;
  // A quotation is story, not credits.
  if (/["“”]/.test(text)) return false;
  if (AGENCY_CREDIT.test(text)) return true;
  if (text.length <= CONTRIBUTED_TO_THIS_MAX_LENGTH && CONTRIBUTED_TO_THIS.test(text)) return true;
  const lead = NAMES_THEN_CREDIT_VERB.exec(text);
  return lead?.[1] !== undefined && looksLikeNameList(lead[1]);
}

/** The credits text as stored on the article: unwrapped, otherwise as written. */
export function creditsText(paragraphs: string[]): string {
  return paragraphs.map(unwrap).join(' ');
}

// Sentence ends in a credits line; the period of an initial ("C. J. Chivers") is not one.
const CREDITS_SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu}\.)(?<=[.!?])\s+(?=\p{Lu})/u;

/**
 * The people the credits name as the story's reporters, as a byline ("C. J. Chivers and David D.
 * Kirkpatrick"): those who "reported from" somewhere, or the Reuters-style "Reporting by" names.
 * Contributors ("contributed reporting", "Additional reporting by") are not the byline.
 */
export function bylineFromCredits(credits: string): string | undefined {
  const names: string[] = [];
  for (const segment of credits.split(/\s*;\s*/)) {
    const reporting = /^(?:\()?(?:reporting|writing|written) by\s+(.+?)\)?\.?$/i.exec(segment.trim());
    if (reporting?.[1]) names.push(...namesWithoutPlaces(reporting[1]));
  }
  if (names.length === 0) {
    for (const sentence of credits.split(CREDITS_SENTENCE_END)) {
      if (!/\breported\b/.test(sentence) || /\bcontributed\b/.test(sentence)) continue;
      const lead = /^(.+?)\s+reported\b/.exec(sentence);
      if (lead?.[1] && looksLikeNameList(lead[1])) names.push(...splitNames(lead[1]));
      // "… and David D. Kirkpatrick from Tripoli", "…, and Mark Landler and Coral Davenport from Kaneohe
      // Bay": more reporters after the first, each group before its own "from".
      const after = sentence.slice((lead?.[0].length ?? 0));
      for (const more of after.matchAll(/(?:,|;|\band\b)\s*(?:and\s+)?([^,;]+?),?\s+from\b/g)) {
        if (more[1] && looksLikeNameList(more[1])) names.push(...splitNames(more[1]));
      }
    }
  }
  const unique = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
  return unique.length > 0 ? joinNames(unique) : undefined;
}

// "X in London and Y in Paris" → X, Y.
function namesWithoutPlaces(text: string): string[] {
  return splitNames(text.replace(/\s+in\s+\p{Lu}[\p{L}.'’ -]*?(?=\s*(?:,|\band\b|&|$))/gu, ''));
}
