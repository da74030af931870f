// The dateline that opens a news story: "BREGA, Libya —", "WASHINGTON —", "LONDON (Reuters) -",
// "PARIS, France, March 3 —". The place is what Newsdesk keeps; the date and the agency are dropped.

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.\-]*(?:\s+\p{Lu}[\p{Lu}'’.\-]*){0,4}`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|of|and|de|du|la|el|al)){0,4}`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?`;
const AGENCY = String.raw`\([^()\n]{1,40}\)`;
// A space on at least one side, so that "US—China talks" does not open with a dateline "US".
const DASH = String.raw`(?:\s+[—–]\s*|[—–]\s+|\s+-{1,2}\s+)`;
const REGIONS = String.raw`(?:,\s+${TITLE_PLACE}){0,3}`;
const TAIL = String.raw`(?:,\s+${DAY})?(?:\s+${AGENCY})?${DASH}`;

// A capitalised first place ("BREGA") is a dateline on its own; a title-case one ("Tripoli") only with a
// region or an agency after it, so that an ordinary opening ("Officials — ...") is not read as one.
const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE}${REGIONS})${TAIL}`, 'u');
// (`MIDLAND CITY, Alabama—A Roy Moore victory`: with a region after the comma, a dash with no space either
// side still closes a capitalised dateline, as the Daily Beast writes it.)
const GLUED_CAPS_DATELINE = new RegExp(String.raw`^(${CAPS_PLACE}(?:,\s+${TITLE_PLACE}){1,3})[—–](?=\p{Lu}|["“‘])`, 'u');
// (`ROME–Just when you thought …`: so may a lone place in capitals, before a word that opens a sentence.)
const GLUED_CAPS_WORD_DATELINE = new RegExp(
  String.raw`^(${CAPS_PLACE})[—–](?=(?:The|A|An|Just|In|On|At|When|As|After|Before|It|He|She|They|We|This|That|For|With|While|Police|Officials|Authorities)\b)`,
  'u',
);
const TITLE_DATELINE = new RegExp(
  String.raw`^(${TITLE_PLACE}(?:(?:,\s+${TITLE_PLACE}){1,3}(?:,\s+${DAY})?(?:\s+${AGENCY})?|(?:,\s+${DAY})?\s+${AGENCY})${DASH})`,
  'u',
);

// `Washington (CNN) A House panel …`: a wire's or a network's name in brackets and no dash, as CNN writes
// its datelines; only a known agency's name, so that `Tripoli (Libya) Rebels` is not read as one.
const WIRE = String.raw`\((?:CNN|CNN Business|CNNMoney|AP|Reuters|AFP|UPI|Bloomberg|Xinhua|Yonhap|Kyodo|dpa|PTI|IANS|ANI|TASS|Anadolu|EFE|AAP|CP)\)`;
const WIRE_DATELINE = new RegExp(String.raw`^(${TITLE_PLACE}(?:,\s+${TITLE_PLACE}){0,2})\s+${WIRE}\s+(?=\p{Lu}|["“‘'])`, 'u');

const MAX_DATELINE_LENGTH = 80;

export interface Dateline {
  /** The place, e.g. `BREGA, Libya`. */
  place: string;
  /** How many characters of the paragraph the dateline and its dash take. */
  length: number;
}

/** Labels a story may open with, in capitals and before a dash like a dateline (`EXCLUSIVE – Roger Stone: …`). */
const KICKER = /^(?:EXCLUSIVE|BREAKING(?: NEWS)?|UPDATED?|WATCH|VIDEO|LIVE|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|REVIEW|FLASHBACK|FACT CHECK|POLL|REPORT|DEVELOPING)$/;

/** Whether a dateline's place is a story's label (`EXCLUSIVE`, `BREAKING`) rather than a place. */
export function isKicker(place: string): boolean {
  return KICKER.test(place.split(',')[0]?.trim() ?? '');
}

/** The dateline that opens `paragraph`, if it has one. */
export function findDateline(paragraph: string): Dateline | undefined {
  const caps = CAPS_DATELINE.exec(paragraph) ?? GLUED_CAPS_DATELINE.exec(paragraph) ?? GLUED_CAPS_WORD_DATELINE.exec(paragraph);
  if (caps?.[1] && isKicker(caps[1])) return undefined;
  if (caps?.[1] && /\p{Lu}{2}/u.test(caps[1]) && caps[0].length <= MAX_DATELINE_LENGTH) {
    return { place: caps[1].trim(), length: caps[0].length };
  }
  const title = TITLE_DATELINE.exec(paragraph);
  if (title?.[1] && title[0].length <= MAX_DATELINE_LENGTH) {
    return { place: placeOf(title[1]), length: title[0].length };
  }
  const wire = WIRE_DATELINE.exec(paragraph);
  if (wire?.[1] && wire[0].length <= MAX_DATELINE_LENGTH) return { place: wire[1].trim(), length: wire[0].length };
  return undefined;
}

// The title-case form's capture holds the whole dateline; keep the place parts before a date or agency.
function placeOf(dateline: string): string {
  return dateline
    .replace(new RegExp(String.raw`(?:,\s+${DAY})?(?:\s+${AGENCY})?${DASH}$`, 'u'), '')
    .trim();
}
