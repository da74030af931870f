import { titleCase } from '../../util/title-case.js';
import { CLAUSE_VERB, INVERTED_AFTER_BLANKED_QUOTATION, INVERTED_CUES, NAMING_VERBS, TELLING } from './attribution-after.js';
import { unblanked, withoutConditionAfterThat, withoutDayOrQuantity, withoutPartyTags, withoutPlaceBeforeWho, withoutSourceAside, withoutStateOfTown } from './clause-trimming.js';
import { namesPeopleInPlural, TIME_WORDS, tokenCountUpTo, tokens } from './clause-words.js';
import { type Cue, findCues, isAsideCue, isNounLikeCue, isWeakCue, NOUN_LIKE_CUE, NOUN_OR_INFINITIVE_BEFORE, ownersWordsAfterPreposition, PLURAL_NOUN_LIKE_CUE, usedAsNoun } from './cues.js';
import { isKnownFirstName } from './given-names.js';
import { CUE_WORDS, ISSUED_DOCUMENTS, ORGANISATION_HEAD, SPEAKING_BODY_KINDS, SPEAKING_PAPERS } from './lexicon.js';
import { WEEKDAY_WORDS } from './name-words.js';
import { ownerOfWordsBeforeColon, PEOPLE_OPENING_SENTENCE, signCarriers, sourcePhraseBefore } from './owned-words.js';
import { firstConjunctSubject, OWN_VERB_INSIDE, sentenceSubject } from './sentence-subject.js';
import { subjectAfterCue } from './subject-after-cue.js';
import { type ClauseAttribution, DOCUMENT_WORDS, describedBy, PERSON_OR_BODY_WORD, PLURAL_WITHOUT_S, subjectOfPart, WORD_OPENING_NO_NAME, withoutOpeningWordAsName } from './subject-of-part.js';
import { CONJUNCTION_OPENING, subjectOf } from './subject-of-phrase.js';

/**
 * The attribution in the words of the sentence before a quotation (`X said:`, `He conceded that rebel fighters
 * had`, `according to X,`, `Gerald F. Seib, The Wall Street Journal:`): the cue nearest the quotation, its subject,
 * and the corrections for clauses that report another's words. One module because its reader and its corrections
 * call each other. Offsets are relative to the string given.
 */

/** `…, Spicer said`: a comma, a name and a finite cue closing a clause. */
export const CLOSING_CUE_SUBJECT = /,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:said|says|told|added|adds|wrote|writes|explained|noted|argued|insisted|warned)$/u;

/** `…, the source said`, `…, a spokesman for the ministry added`: a comma, one described (or a document) and a finite cue closing a clause. */
const CLOSING_CUE_DESCRIBED = /,\s+((?:the|a|an|one|another)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{Ll}'’-]+)\s+(?:said|says|told|added|adds|wrote|writes|explained|noted|argued|insisted|warned)$/u;

/** ` a blunt message to Trump`: a noun for words said and whom they were for, closing the clause before a colon. */
const MESSAGE_TO_BEFORE_COLON = /\b(?:message|warning|plea|advice|reminder|challenge|rebuke|retort|reply|answer)\s+(?:to|for)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u;

/**
 * ` in a video `, ` in the statement `, ` on her Instagram post `: a thing said or shown, after a preposition, right
 * before a participle that describes it (not `the North Korean statement denounced them`, where the thing acts).
 */
const THING_BEFORE_PARTICIPLE =
  /\b(?:in|on|via|through|with)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:video|statement|letter|post|message|report|tweet|clip|photo|picture|memo|note|document|e-?mail|release|book|article|interview|speech|op-ed|column)\s+$/u;

/** ` in a blog post by Twitter execs`: a document and who wrote it, closing the clause before a colon. */
const DOCUMENT_BY_BEFORE_COLON = new RegExp(
  String.raw`\s(?:a|an|the|its|his|her|their)\s+${DOCUMENT_WORDS}\s+(?:by|from)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})\s*$`,
  'u',
);

/** `, telling ABC News' George Stephanopoulos`: whom words are told, closing the clause before a colon. */
const TOLD_BEFORE_COLON = /\b(?:telling|told|tells)\s+(?:[\p{L}'’.-]+\s+){0,4}\p{Lu}[\p{L}'’.-]*\s*$/u;

/** ` to ask Mr Mansfield, who represents …`: someone asked, perhaps with a relative clause, before a colon. */
const ASKED_OF_BEFORE_COLON = /\b(?:to\s+ask|asking|asked)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}(?:,\s+who\s[^:;]{1,80})?$/u;

/** ` at Trump`, ` blame on President Obama`: whom a clause's words are aimed at, closing it before a colon. */
const AIMED_AT_BEFORE_COLON = /\s(?:on|at|against|toward|towards|upon)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u;

/** ` implored to Cardinal Timothy Dolan`: a verb of speech and whom it was said to, closing the clause before a colon. */
const SAID_TO_BEFORE_COLON = /\b([a-z]+)\s+to\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u;

function saidToBeforeColon(clause: string): boolean {
  const verb = SAID_TO_BEFORE_COLON.exec(clause)?.[1];
  return verb !== undefined && verb !== 'according' && CUE_WORDS.has(verb);
}

/** `Peggy Drexler, CNN`: a whole clause that is a name, a comma and a short capitalised outlet. */
const NAME_COMMA_OUTLET = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s*$/u;

/** `the number`, `the scope`: a measure or an amount, which says nothing. */
const AMOUNT_DESCRIPTION = /^(?:the|a|an|that|this)\s+(?:[a-z-]+\s+)?(?:number|scope|amount|rate|level|size|share|percentage|total|cost|price|value|extent|volume|pace|scale)$/;

/** `, he claimed, ` just before a participle. */
const INVERTED_CUE_BEFORE = /,\s*(he|she|He|She)\s+([a-z]+)\s*,\s*$/;

/** A verb in the past ending a phrase (`also left`, `has joined`), whose object the next name is. */
const VERB_AT_END = /\b(?:[a-z]{2,}ed|left|met|told|took|quit|beat|hit|joined|won|lost|sent)(?:\s+the)?$/;

/** `with Mr Dixon quoted as `: a name, then `quoted as`, just before `saying`. */
const NAME_QUOTED_AS = /(?:^|[,;]\s+|\bwith\s+|\band\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:was\s+|is\s+)?quoted\s+as\s+$/u;

/** `an unnamed Guards source in the region as `: whom a text quoted, described, before `saying`. */
const QUOTED_DESCRIBED_AS = /^\s+((?:an?|one|two|three|several|some|unnamed)\s[^,.;:“”"]{1,60}?)\s*,?\s*as\s+$/;
/** `, a patient was quoted as `: one described, then `was quoted as`, just before `saying`. */
const DESCRIBED_QUOTED_AS = /(?:^|[,;]\s+|\.\s+)((?:[Aa]n?|[Oo]ne)\s[^,.;:“”"]{1,50}?)\s+(?:was|is|were|are)\s+quoted\s+as\s+$/;

/** `Says Paine:`, `Adds Mr Smith:`: a cue in capitals opening the sentence, then its subject, before a colon. */
const INVERTED_CUE_BEFORE_COLON = /(?:^|[.!?]\s+)(Says|Said|Adds|Added|Writes|Wrote|Recalls|Recalled|Explains|Explained)\s+((?:(?:the|a|an)\s+)?[^\s:,.;!?“”"][^:,.;!?“”"]{0,60})\s*$/;

/** `, and the crowd responded by `: a clause joined by `and` or `but`, its subject, a verb and `by`, right before a participle. */
const CLAUSE_THEN_BY_BEFORE =
  /,\s+(?:and|but)\s+((?:(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z]+)|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:also\s+)?[a-z]+ed\s+by\s+$/u;

/** `, who had the tweet read to him during an interview, `: a relative clause set off by commas, ending the text. */
const RELATIVE_CLAUSE_BEFORE_CUE = /,\s*(?:who|which)\s[^.;:!?“”",]{1,140},\s*$/;

/** `, which `, ` who has `: a relative pronoun (and perhaps an auxiliary or adverb) right before a verb. */
const RELATIVE_PRONOUN_AT_END = /,\s*(?:which|who)\s+(?:[a-z]+\s+)?$/;

/** ` by Peter Hain that `: who made a claim, then what it says. */
// (` from Ocasio-Cortez that `, ` by President Donald Trump for a `: whom a claim comes from; what a demand is for.
// Not a relative `that`, `a quote from AIG that was …`, about the thing named.)
const CLAIM_BY_THAT = /^\s+(?:made\s+)?(?:by|from)\s+((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:that(?!\s+(?:was|were|is|are|had|has|have|will|would|could)\b)|for)\s/u;

/** ` of late-night `: `of` and perhaps one word, just before a noun. */
const OF_BEFORE = /\sof\s+(?:[a-z-]+\s+)?$/;
/** ` raised `, ` drew new `: a verb in the past (and perhaps an adjective) just before a noun. */
const PAST_VERB_BEFORE = /\s(?:[a-z]+ed|made|drew|took|gave)\s+(?:(?:new|fresh|serious|further)\s+)?$/;
const OWNER_OR_NUMBER_BEFORE = /(?:\p{L}['’]s|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+))\s+(?:[a-z-]+\s+){0,2}$/u;

/** ` and comments make`, ` will`: after someone's words, a verb of their own (so the words are a clause's subject). */
const OWN_VERB_AFTER_POSSESSED = /^(?:\s+and\s+[a-z]+)?\s+(?:make|makes|made|have|has|had|will|would|could|can|may|might|should|must|do|does|did|show|shows|showed)\b/;

/**
 * ` of the `, ` outside `, ` near the `, ` on `: a place's preposition right before a name (`footage of Hillary
 * Clinton` has no `the`; `a statement on Twitter saying`, `via Twitter stating`).
 */
const PLACE_PREPOSITION_BEFORE = /\b(?:of\s+the|outside(?:\s+the)?|near(?:\s+the)?|inside(?:\s+the)?|across(?:\s+the)?|in\s+the|at\s+the|on|via)\s+$/;
/** ` against `, ` towards `: a preposition of what an act is aimed at, right before a name. */
const AIMED_AT_BEFORE = /\b(?:against|toward|towards)\s+$/;

/**
 * ` a letter to `, ` an email to the `: a document sent to someone, right before the addressee's name (`a letter
 * last week to acting FDA Commissioner `: a time, and a title before the name, may stand between).
 */
const DOCUMENT_TO_BEFORE = /\b(?:letter|note|message|e-?mail|memo|text)\s+(?:(?:last|this|on)\s+\w+\s+)?to\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}$/u;

/** `she was videotaped `, `he was heard `: a pronoun, then a passive of seeing or recording, right before a participle. */
const PRONOUN_SEEN_BEFORE = /\b(he|she)\s+(?:was|is|had\s+been|has\s+been)\s+(?:\w+ed|seen|heard|caught|shown)\s+$/;

/** `… the airline ` right before a cue: a definite description of a body or a person that acts. */
const DESCRIPTION_BEFORE_CUE = /\s((?:the|The)\s+(?:[a-z-]+\s+){0,2}?(?:airline|firm|company|group|bank|retailer|carrier|club|agency|council|committee|government|ministry|court|report|spokesman|spokeswoman|official|minister|chairman|director|boss|coach|manager))\s+$/;

/** `The idea, `: a short noun phrase that opens a sentence and a comma, before a cue set off by commas. */
// (`As a result, says the committee, the government may …`, `In fact, says …`: or an opening adverbial;
// `With access to the net, the government, suggests Mr Davies, could …`: or both.)
const PARENTHETICAL_HEAD =
  /^\s*(?:(?:\p{Lu}[^,.;:!?“”"]{0,60},\s+(?:the|this|that|its|their|our)|The|This|That|Its|Their|Our)\s+[a-z][^,.;:!?“”"]{0,40}|As a result|In fact|In short|In addition|Instead|However|Meanwhile|Overall|Above all|Crucially|Worse)\s*,\s*$/u;

/** `what she `, `which he once `: a relative word and a pronoun, the subject of the cue after them. */
const RELATIVE_PRONOUN_BEFORE = /\b(?:what|which|whom)\s+(he|she)\s+(?:has\s+|had\s+|once\s+|later\s+|then\s+)?$/;

/** `what it `, `what they have long `, `which it `: `what` or `which`, then `it` or `they`, the subject of the cue after them. */
const WHAT_IT_NAMES_BEFORE = /\b(?:what|which)\s+(?:it|they)\s+(?:has\s+|have\s+|had\s+|once\s+|long\s+|now\s+|also\s+)?$/;

/**
 * `the coalition also objects to `, `The right wing of the party is uneasy about `, `that the government has …`:
 * the subject at the start of a clause, a description or a name, then its verb (the shortest subject that a word
 * shaped as a verb follows; not a possessive in -s, `The Post said its research`).
 */
const CLAUSE_SUBJECT_OPENING =
  /^\s*(?:that\s+)?((?:[Tt]he|[Oo]ther|[Ss]ome|[Mm]any|[Nn]umerous)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+|(?!(?:The|Its|Their|His|Her|Other|Some|Many|Numerous)\s)(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*)\s+(?:(?:also|long|still|now|last\s+\p{Ll}+|\p{Ll}+ly)\s+)*(?:is|are|was|were|has|have|had|will|would|said|told|wrote|\p{Ll}+ed|(?!(?:its|his|this|thus|us)\s)\p{Ll}+s|(?<=\p{Ll}[^'’s]s\s+)(?!(?:of|in|on|at|for|from|with|and|or|to|by|who|that|which|whose)\s)\p{Ll}+)\s/u;

/** `Chris Rock, who whipped up a storm for saying he rarely watched them, `: a name, then its relative clause. */
const NAME_WHO_CLAUSE_BEFORE = /(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}),\s+who\s[^.;:!?“”"]{1,160},\s*$/u;

/** ` (D-N.Y.) `: a party tag in brackets, ending a phrase. */
const BRACKETED_PARTY_TAG_AT_END = /\s\([DRI]-[A-Za-z.\s]{1,14}\)\s*$/;

/**
 * ` President Trump supporters `, ` angry protesters `, ` protesters riotously `: people in the plural, perhaps after
 * capitalised words or an adjective, right before a participle, or before an adverb of manner that goes with it (not
 * after `of`: `Hundreds of fans`).
 */
const PEOPLE_RIGHT_BEFORE =
  /(?:^|[\s,])(?<!\bof\s)((?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:angry|some|many|other|several|the)\s+)?(?:supporters|protesters|demonstrators|fans|marchers|activists|students|counter-protesters|crowds?))\s+(?:\p{Ll}+ly\s+)?$/u;
/**
 * ` with one man `, ` with a woman in the crowd `, ` with observers `, ` with people `, ` with dozens of students `: someone
 * described, after `with`, right before a participle (people in the plural, as a crowd is, perhaps counted roughly; or one
 * a possessive describes by a role: ` with his top strategist `; or `one` alone, one of the people just named:
 * `rejected by senior Hamas officials, with one telling`).
 */
const WITH_DESCRIBED_AGENT_BEFORE =
  /\bwith\s+((?:one|another)(?:\s+of\s+them)?|(?:some|many|other|several|(?:dozens|hundreds|thousands)\s+of)?\s*(?:observers|critics|analysts|experts|researchers|scientists|economists|commentators|officials|lawmakers|residents|witnesses|people|protesters|demonstrators|marchers|supporters|fans|students|activists)|(?:one|a|an|another|some|several|many)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:man|woman|men|women|person|people|protester|protesters|supporter|supporters|resident|residents|demonstrator|demonstrators|fan|fans|member|members|official|officials)|(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:strategist|adviser|advisor|spokes(?:man|woman|person)|aide|lawyer|attorney|campaign\s+manager|chief\s+of\s+staff)s?)\s+$/u;
/** `with Maria Hutchings marching up to him, `: `with`, a name and a participle of its own, before a participle cue. */
const WITH_AGENT_BEFORE = /\bwith\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s+[a-z]+ing\b[^.;:!?“”"]*,\s*$/u;

/** `In Dr. Shadlen's words,`, `in the words of Michael Shadlen,`: a name whose words follow. */
const IN_WORDS_OF =
  /\b[Ii]n\s+(?:the\s+words\s+of\s+((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*)|((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}.-]*)['’]s?\s+(?:own\s+)?words),?\s*$/u;
/** `In the words of one prominent Saudi:`: whose words, described, not named. */
const IN_WORDS_OF_DESCRIBED = /\b[Ii]n\s+the\s+words\s+of\s+((?:an?|one|another)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*[:,]?\s*$/u;

/** ` that`, `:`, ` at the report that`: what a weak cue's words are, perhaps after whom or what they answer (up to six words after `at`, `on` or `against`). */
const ANSWERED_THEN_THAT = /^\s*(?:(?:at|on|against)\s+(?:[^\s,;:.“”"]+\s+){1,6})?(?:that\b|:)/;

/** ` just after 1 a.m., `, ` on Monday: `: a time between a cue and its quotation, ending the head. */
const TIME_THEN_QUOTATION = /^\s+(?:just\s+|shortly\s+|late\s+|early\s+)?(?:(?:after|before|at|on)\s+[^,;:“”"]{1,24}|around\s+\d[^,;:“”"]{0,20})[,:]\s*$/;

/** `admitted he was`, `conceded it had`: a pronoun and a verb after a cue open the words it reports. */
const REPORTED_CLAUSE_AFTER = /^\s+(?:he|she|they|we|it)\s+(?:was|were|is|are|had|has|would|could|will|felt|thought|did|had)\b/;

/** ` used a speech to `, ` took the opportunity to `: an occasion to speak, and the infinitive that says what was said. */
const USED_TO_SPEAK =
  /\b(?:used|uses|using|took|takes|taking)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:speech|message|statement|interview|address|letter|column|sermon|article|broadcast|appearance|opportunity|chance|platform|occasion)\s+to\s+$/u;

/** ` she `, ` he also `, ` he had previously `: a lower-case subject pronoun right before a cue, perhaps an auxiliary and an adverb between. */
const PRONOUN_RIGHT_BEFORE = /\s(he|she)\s+(?:(?:also|later|then|once|has|had|previously|repeatedly|\p{Ll}{3,}ly)\s+){0,2}$/u;

/** `Nam Sung-wook, a North Korea expert at Seoul’s `: a name, then a description it is set off from, to the end. */
const NAME_THEN_APPOSITION_END = /(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:a|an|the)\s[^,;:.!?“”"]*$/u;

/** A full name, then `who` right before the cue (`Tessa Jowell who said`, `Rashida Tlaib (D-MI) who publicly called`). */
const NAME_THEN_WHO = /(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,4})(?:\s+\([^()]{1,12}\))?\s+who\s+(?:has\s+|had\s+|also\s+|later\s+|\p{Ll}+ly\s+)?$/u;

/** Things that `show` or `suggest` without speaking: `the interviews`, `the figures`, `these results`. */
const EVIDENCE_NOUN = /^(?:the|these|those|its|their|such)\s+(?:[a-z-]+\s+)?(?:interviews|figures|data|results|numbers|statistics|findings|evidence|signs|trends|report|study|survey|research|review|debate|decision|episode|experience|situation|process)\b/i;

/** An aside set off by dashes just before a cue: ` - all are anonymous - `. */
const DASHED_ASIDE_AT_END = /\s[-–—]\s[^-–—]{1,60}\s[-–—]\s*$/;
/** `When `, `If `, `Once `: a subordinator opening the sentence right before a participle cue (`When asked`). */
const ADVERBIAL_OPENER_ALONE = /(?:^|[.!?]\s+)(?:When|If|Once|Unless|Whenever|Until|Although|Though|While)\s+$/;

/** `, Benny Gantz,`: a name alone between commas, closing a phrase. */
const NAME_PART_AT_END = /,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*,\s*$/u;

/** ` Fred Gladney, `, ` Fred Gladney:`, ` Mr. Welch – `: a full name right after a cue, set off by a comma, a colon or a spaced dash. */
const FULL_NAME_SET_OFF_AFTER = /^\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}(?:\s*[,:]|\s[-–—]\s)/u;
/** A short description right after a cue, then a break: ` the party - and`, ` the firm, which`. */
const INVERTED_SUBJECT = /^\s+(?:the|a|an)\s+[\p{L}'’ -]{1,40}?(?:[,.;]|\s[-–—]\s)/u;

const PARTICIPLE_CUE = /ing$/;
/** A finite verb of saying whose clause a participle after it goes on (`said …, adding`). */
const FINITE_CUE_BEFORE_PARTICIPLE =
  /^(?:said|says|told|tells|wrote|writes|argued|argues|insisted|insists|warned|claimed|stressed|explained|revealed|reveals|added|adds|noted|notes|acknowledged|admitted|conceded|testified|announced|declared|contended|maintained|asserted|complained|recalled|responded|replied)$/;

/** ` which critics `, ` that opponents `: people in the plural opening a relative clause, just before its cue. */
const RELATIVE_SPEAKERS_BEFORE = /\b(?:(?:in|on)\s+)?(?:which|that|whom)\s+((?:(?:some|many|most|other|ordinary|local)\s+)?(?:critics|opponents|campaigners|analysts|experts|economists|observers|officials|sources|supporters|residents|unions|doctors|lawyers|scientists|researchers|others|people|voters|users|fans|viewers|students|parents|workers))\s+$/;
/** ` with a co-worker who `, ` one neighbour who had `: a person described with `a`, then `who` right before a cue. */
const DESCRIBED_PERSON_WHO_BEFORE =
  /\b((?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:[\p{Ll}-]+(?:er|or|man|woman|ist|ian)|friend|neighbou?r|colleague|relative|resident|student|child|son|daughter|mother|father|wife|husband|official|aide|source))\s+who\s+(?:(?:had|has|later|then|also|[a-z]+ly)\s+)?$/u;
/**
 * ` by one civil service union as`, ` by the public-address announcer that`: the agent of a passive cue, described in
 * lower case, before `as` or the `that` of what it told.
 */
const DESCRIBED_AGENT = /^\s+by\s+((?:an?|one|some|many|several|the)\s+[a-z][^,.;:“”"()]{1,60}?)\s+(?:as|that)\b/;

/** `When `, `If `: a conjunction alone opening a sentence, before a participle. */
export const CONJUNCTION_ONLY = /^\s*(?:When|Whenever|If|Once|While|Unless|Until|Though|Although|As|Before|After|Since|Because)\s+$/;

/** ` two Americans remained in captivity, and `: a reported clause after a cue, then `and`, right before a quotation. */
const CUE_THEN_CLAUSE_AND = /^\s+(?:that\s+)?[^“”"\u00a0.;:]{1,120}?,?\s+and\s+(?:that\s+)?$/;

/** ` the report, `: a short subject, then the comma that closes the aside before the quotation. */
const INVERTED_ASIDE_AFTER_CUE = /^\s+[^,;:.]{2,60},\s*$/;
/** ` Miringoff, run the danger`: a short subject, then the comma that closes the aside and the clause going on. */
const INVERTED_ASIDE_MID_CLAUSE = /^(\s+[^,;:.]{2,40}),\s+[A-Za-z]/;
/** ` also`, ` has previously`: an auxiliary or an adverb between a relative clause's subject and its verb, to the end. */
const AFTER_RELATIVE_SUBJECT = String.raw`(?:\s+(?:also|once|later|then|has|had|have|previously|\p{Ll}{3,}ly))*\s*$`;

/**
 * ` that his mother `, ` which the senator `, ` - which the United Nations also `, ` in what the campaign `, `, which
 * her lawyers late Wednesday `: `that` or `which` after a noun, a comma or a dash (or `what`), then a short subject
 * ending the phrase, perhaps a day, an auxiliary or an adverb after it.
 */
const OBJECT_RELATIVE_SUBJECT = new RegExp(
  String.raw`(?:\b(?<noun>[a-z]+)\s+|[,–—-]\s*)(?:that|which)\s+(?<subject>(?:his|her|their|its|the|one|an?)\s+(?:[\p{L}-]+\s+){0,2}?[a-z-]+|(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)(?:\s+(?:late|early|on|last)\s+(?:${WEEKDAY_WORDS}))?${AFTER_RELATIVE_SUBJECT}` +
    String.raw`|\bwhat\s+(?<owned>(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,2}?[a-z-]+)${AFTER_RELATIVE_SUBJECT}`,
  'u',
);

/**
 * The attribution in the words of the sentence before a quotation (`X said:`, `He conceded that rebel
 * fighters had`, `according to X,`, `Gerald F. Seib, The Wall Street Journal:`), or null.
 */
export function attributionBefore(head: string): ClauseAttribution | null {
  // (`They carried signs that read “…”`, `a protester holding a sign that read “…”`: a sign's words are those
  // of whoever carries it.)
  const sign = SIGN_READ_AT_END.exec(head);
  if (sign) return signCarriers(head, sign);
  // (`The vote was disrupted by activists who chanted “…”`, `a rival who has labeled Russia “…”`: people described
  // right before a `who` whose verb is the cue are its subject, whatever the sentence's own.)
  // (Not a role set off after a name, `Chaney, a vocal Mitt Romney supporter who says`, whom `who` is; nor a weak
  // cue, `politicians who put their religion “…”`, whose words the writer gives.)
  // (`a group of House GOP members who said Denham's proposal amounted to “…”`, `a top Romney adviser who
  // described the re-set as “…”`: capitalised words may stand before the head noun, and the relative clause may
  // run on to the quotation; not past a cue of its own subject, `The staff member who reported the call recalled
  // that he said, “…”`, whose words are another's; nor one told something, `forcefully told a young woman who
  // suggested that some people … that “…”`, where the words are what the teller said.)
  const relative = DESCRIBED_WHO_CUE_AT_END.exec(head);
  const reportsAnother =
    relative !== null && (speechOfOwnSubject(relative[0].slice(relative[0].lastIndexOf(` ${relative[2]}`) + 1)) || TELLING_RIGHT_BEFORE.test(head.slice(Math.max(0, relative.index - 12), relative.index)));
  if (relative?.[1] && relative[2] && CUE_WORDS.has(relative[2]) && !isWeakCue(relative[2]) && !NO_ONE_ALONE.test(relative[1]) && !reportsAnother && !APPOSITION_OR_NAME_BEFORE.test(head.slice(0, relative.index))) {
    return { cue: relative[2], subject: describedBy(relative, 0) };
  }
  // (`an attack the FBI is investigating as an “…”`, `whom the newspaper identified simply as “…”`: who gave
  // something the quoted name is the subject of the clause that ends on `as`, whatever the sentence's cue.)
  const characterised = CHARACTERISED_AS_AT_END.exec(head);
  if (characterised?.[1] && characterised[2]) {
    const text = characterised[1];
    const start = characterised.index + characterised[0].indexOf(text);
    return { cue: characterised[2], subject: /^the\s+\p{Ll}/u.test(text) ? { kind: 'description', text, start } : { kind: 'name', text: text.replace(/^the\s+/, ''), start: start + (text.startsWith('the ') ? 4 : 0) } };
  }
  // (`in what a ministry spokesperson described as “…”`, `what one analyst calls Northeast Asia’s “…”`: the
  // clause of `what` that gives a name says whose the name is, whatever the sentence's own cue.)
  const namedInWhat = WHAT_DESCRIBED_NAMES_AT_END.exec(head);
  if (namedInWhat?.[1] && namedInWhat[2]) return { cue: namedInWhat[2], subject: describedBy(namedInWhat, 0) };
  // (`Ngozi Eze’s message was clear:`, `Her reply:`: an owner's noun for words said, before a colon.)
  const owned = ownerOfWordsBeforeColon(head);
  if (owned) return owned;
  // (`As Tamsin Okoro put it, “…”`, `In the words of Kofi Boateng, the team was “…”`: a phrase that gives the source.)
  const sourced = sourcePhraseBefore(head);
  if (sourced) return sourced;
  const untagged = withoutPartyTags(head);
  const stateless = withoutStateOfTown(untagged);
  const found = withoutDayOrQuantity(readAttributionBefore(withoutConditionAfterThat(withoutPlaceBeforeWho(withoutSourceAside(stateless)))));
  // (A role or a description read across a town's blanked state is given as the text has it: `The Mandan, North
  // Dakota, police chief`, `a Boonville, New York, resident`.)
  // (Only words the head does not hold as read; a role's start is its first word's last place before the name.)
  if (found && stateless !== untagged) {
    const { subject } = found;
    if (subject.kind === 'name' && subject.role && !head.includes(subject.role)) subject.role = unblanked(head, subject.role, head.lastIndexOf(subject.role.split(' ', 1)[0] as string, subject.start));
    else if (subject.kind === 'description' && !head.includes(subject.text)) subject.text = unblanked(head, subject.text, subject.start);
  }
  // (`Naftali Bennett, called Kaye a hero, the Jewish Press reported: “…”`: a source closing a clause of speech before
  // the colon reports that clause's speaker's words, as it does closing a sentence after them.)
  const reportedClause = found && REPORTING_SOURCE_CUE.test(found.cue) ? SOURCE_REPORTED_BEFORE_COLON.exec(head) : null;
  if (reportedClause) {
    const reported = attributionBefore(head.slice(0, reportedClause.index));
    if (reported && reported.subject.kind !== 'document' && !isWeakCue(reported.cue) && !REPORTING_SOURCE_CUE.test(reported.cue)) return reported;
  }
  // (`The president said the action could spell “…”`, `McConnell said the format for the impeachment probe denies
  // Trump the “…”`, `he also declared that the change will guarantee that …`: a thing that is the subject of a clause
  // someone reports says nothing; the words are the reporter's, the one who says the clause. Not a body or a paper,
  // which speaks for those it stands for: `the board`, `the memo`, `the findings`.)
  if (found?.subject.kind === 'description' && saysNothing(found.subject.text)) {
    const reporting = head.slice(0, found.subject.start);
    const cue = REPORTING_CUE_AT_END.exec(reporting)?.[1];
    const reporter = cue && CUE_WORDS.has(cue) && !isWeakCue(cue) ? attributionBefore(reporting) : null;
    if (reporter && reporter.cue === cue && !(reporter.subject.kind === 'description' && saysNothing(reporter.subject.text))) return reporter;
  }
  // (`Trump, who has the endorsement of the NRA, told a rally in Georgia,`: whom one tells is no speaker; the one
  // before `told` is.)
  if (found && TELLING.test(found.cue)) {
    const cueAt = head.lastIndexOf(found.cue, found.subject.start);
    // (Not `Kudlow told Fox News …, adding that Trump has told him`, whose subject comes before a `told` of its own.)
    // (Nor `Schreiber said he was told by Doucet, a Mulroney aide, that …`, `fans were told by the public-address
    // announcer that …`: the agent of a passive `told` is the one who tells.)
    const agentOfPassive = cueAt >= 0 && PASSIVE_AGENT_BETWEEN.test(head.slice(cueAt + found.cue.length, found.subject.start));
    if (agentOfPassive) return found;
    if (cueAt >= 0 && head.indexOf(found.cue, found.subject.start + found.subject.text.length) < 0) {
      const teller = subjectOf(head.slice(0, cueAt));
      return teller && teller.kind !== 'document' ? { cue: found.cue, subject: teller } : null;
    }
  }
  // (`The hacker group, sometimes referred to as “Cozy Bear”`: an adverb before a participle is no one who speaks;
  // nor an article before one, `a recently announced inquiry … were “…”`.)
  if (found?.subject.kind === 'description' && NO_ONE_ALONE.test(found.subject.text)) return null;
  // (`A NEW British TV soap … has failed to impress British critics who have branded it`: a description with a
  // verb of its own is a clause.)
  if (found?.subject.kind === 'description' && OWN_VERB_INSIDE.test(found.subject.text)) return null;
  // (`Sekulow, who worked …, said the number of groups he’s heard from … persuaded him`: a measure or an amount
  // after the cue opens the reported clause; it is no one said to speak.)
  if (found?.subject.kind === 'description' && AMOUNT_DESCRIPTION.test(found.subject.text) && found.subject.start > head.lastIndexOf(found.cue, found.subject.start)) return null;
  // (Read by the sentence-opening patterns as well as by `subjectOfPart`.)
  if (found?.subject.kind === 'name' && WORD_OPENING_NO_NAME.test(found.subject.text)) {
    const subject = withoutOpeningWordAsName(found.subject);
    return subject ? { ...found, subject } : null;
  }
  // (`Roberts asked about the issue, and Justice Stephen Breyer, in researching the history, said,`: the name that
  // `and` brings in, before an aside, is the cue's subject, not the first clause's.)
  const joined = found === null || found.subject.kind === 'name' ? AND_NAME_ASIDE_CUE.exec(head) : null;
  if (joined?.[1] && joined[2] && CUE_WORDS.has(joined[2]) && (found === null || (joined[2] === found.cue && joined.index > found.subject.start))) {
    return { cue: joined[2], subject: { kind: 'name', text: joined[1], start: joined.index + joined[0].indexOf(joined[1]) } };
  }
  return found?.subject.kind === 'name' ? (openingNameBeforeBody(head, found) ?? reporterOfParticiple(head, found) ?? found) : found;
}

/** ` by `: all that stands between a passive cue and its agent (`was told by Doucet`). */
const PASSIVE_AGENT_BETWEEN = /^\s+by\s+$/;

/** `according to`, `reported`: the cue of a source that reports someone's words, which are not its own. */
export const REPORTING_SOURCE_CUE = /^(?:according to|reports|reported)$/;
/** `, the Jewish Press reported: `: a source and its `reported` after a comma, closing the clause before a colon. */
const SOURCE_REPORTED_BEFORE_COLON = /,\s+[^,;:“”"]{2,60}?\s+(?:has\s+|had\s+)?(?:reported|reports)\s*:\s*$/;

/**
 * `Hogan agreed and said Trump attacking states for … “…”`: a name and a participle inside what a clause
 * before reports are what it is about; whoever said it speaks.
 */
function reporterOfParticiple(head: string, found: ClauseAttribution): ClauseAttribution | undefined {
  // (Only a participle right after its name: in `said Powell responded to the emails by saying:` Powell's own verb stands between.)
  const subjectEnd = found.subject.start + found.subject.text.length;
  if (!found.cue.endsWith('ing') || !/^\s+$/.test(head.slice(subjectEnd, head.indexOf(found.cue, subjectEnd)))) return undefined;
  const said = REPORTING_CUE_BEFORE.exec(head.slice(0, found.subject.start));
  if (!said) return undefined;
  const reporter = attributionBefore(head.slice(0, said.index + said[0].trimEnd().length));
  return reporter && reporter.subject.start < said.index ? reporter : undefined;
}

/** ` said `, ` told reporters `: a finite verb of speech that reports a clause, right before the clause's subject. */
const REPORTING_CUE_BEFORE = /\s(?:said|says|told|tells|added|argued|insisted|warned)\s+(?:that\s+)?$/;

/**
 * `Ken Shilson, president of the National Alliance of Buy Here, Pay Here Dealers (NABD), said`, `Astronomer
 * Sandra Faber with the University of California, Santa Cruz, said`: a name after a comma inside the role or
 * the body of the name that opens the sentence is the body's, and the opening name is who speaks.
 */
function openingNameBeforeBody(head: string, found: ClauseAttribution): ClauseAttribution | undefined {
  const { subject } = found;
  if (subject.start === 0 || head.slice(Math.max(0, subject.start - 2), subject.start) !== ', ') return undefined;
  const opening = OPENING_NAME_THEN_ROLE.exec(head);
  const name = opening?.[1];
  if (!opening || !name) return undefined;
  const roleStart = opening[0].length;
  const role = head.slice(roleStart, subject.start - 2);
  if (roleStart >= subject.start || ROLE_BREAKS.test(role) || findCues(role).length > 0) return undefined;
  // (The role runs through the body's name to the comma after it: `…, Pay Here Dealers (NABD), said`.)
  const roleEnd = head.indexOf(',', subject.start + subject.text.length);
  return { cue: found.cue, subject: { kind: 'name', text: name, start: opening[0].indexOf(name), role: head.slice(roleStart, roleEnd < 0 ? subject.start + subject.text.length : roleEnd).trim() } };
}

/** A name of two to four capitalised words opening the sentence (not `On Monday`), then a role in lower case after a comma or a body after `with`/`of`/`at`. */
const OPENING_NAME_THEN_ROLE = /^\s*(?!(?:On|In|At|For|After|Before|During|Since|From|With|By|Last|This|Next|When|While|As|But|And|The|A|An|Then|Now|Meanwhile|Earlier|Later)\s)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?:,\s+(?=(?:the\s+|a\s+|an\s+)?\p{Ll})|\s+(?=(?:with|of|at|from)\s+the\s))/u;
/** What a role or a body's name does not hold: another clause, another person brought in, a verb of its own. */
const ROLE_BREAKS = /\b(?:and|but|while|as|when|who|is|was|were|are|has|had|have|will|would)\s|[;:“”"]/;

/** `the FBI is investigating as an `, `whom the newspaper identified simply as `: a subject, a verb that names or treats (active: not `Credico is identified as`), `as`. */
const CHARACTERISED_AS_AT_END =
  /(?:^|[\s,])(?!(?:He|She|They|It|We|I|You|The|This|That)\s)((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|the\s+\p{Ll}+)\s+(?:(?:is|was|are|were)\s+(?=\p{Ll}+ing\s)|(?:has|have|had)\s+(?:been\s+(?=\p{Ll}+ing\s))?)?(?:\p{Ll}+ly\s+)?(investigat(?:es|ed|ing|e)|identif(?:ies|ied|ying|y)|label(?:s|l?ed|l?ing)?|classif(?:ies|ied|ying|y)|characteri[sz](?:es|ed|ing|e)|treat(?:s|ed|ing)?|regard(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?)\s+(?:(?:it|him|her|them|this|that)\s+)?(?:\p{Ll}+ly\s+)?as\s+(?:an?\s+|the\s+)?$/u;

/** `has`, `are`: an auxiliary before a clause's verb (`what many are calling`), no word of its subject. */
const AUXILIARY = '(?:has|have|had|is|are|was|were)';

/**
 * `what one official called an `, `in what a ministry spokesperson described as `, `what many are calling a case of `,
 * `what officials and analysts describe as the U.S. administration’s `: `what`, someone described in lower case (one
 * counted, or people in the plural), a verb that names, and at most four words of the name before the quotation.
 */
const WHAT_DESCRIBED_NAMES_AT_END = new RegExp(
  String.raw`\bwhat\s+((?:(?:an?|one|another|some|many|several|most|other)\s+(?:(?!${AUXILIARY}\s)[\p{Ll}-]+\s+){0,4}?(?!${AUXILIARY}\s)[\p{Ll}-]+|(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]+(?:ers|ors|ists|ians|ants|ents|als|ics)|people|officials|experts|critics|(?:[\p{Ll}-]+\s+and\s+)?analysts|media\s+outlets))` +
    String.raw`|one|many|some|others|critics)\s+(?:${AUXILIARY}\s+(?:long\s+|since\s+|been\s+)?)?(?:\p{Ll}+ly\s+|also\s+|once\s+)?` +
    '(call(?:s|ed|ing)?|describ(?:es|ed|ing|e)|term(?:s|ed)?|label(?:s|l?ed|l?ing)?|brand(?:s|ed)?|dub(?:s|bed)?|characteri[sz](?:es|ed|e)|consider(?:s|ed)?|deem(?:s|ed)?)' +
    String.raw`\s+(?:as\s+)?(?:[^\s“”"‘’,;:!?]+['’]?s?\s+){0,4}$`,
  'u',
);

/**
 * `by anti-jail activists who chanted `, `against a rival who has labeled Russia `, `the others who say, `, `a
 * top Romney adviser who described the re-set as `: people described (perhaps with an article or a number, and
 * up to three words, capitalised or not, before the head noun in lower case), with no comma before `who`, then
 * the clause's cue, perhaps with an object of up to twelve words between it and the end.
 */
const DESCRIBED_WHO_CUE_AT_END =
  /(?<![\p{L}'’-])((?:(?:the|a|an|some|several|many|two|three|four|five|other|one|[Tt]he|[Aa]n?|[Ss]ome)\s+)?(?:(?!(?:a|an|the|his|her|its|their|our|my|including|by|against|and|or|but|of|to|in|on|at|for|with|from|than|as|were|was|are|is|be|been|who|that|which)\s)[\p{L}\d-]+\s+){0,3}[\p{Ll}-]*(?:man|woman|men|women|person|people|ers?|ors?|ists?|ians?|ants?|ents?|ees?|als?|ives?|others))\s+who\s+(?:(?:has|have|had|also|then|later|once|repeatedly|publicly|[a-z]+ly)\s+)*([a-z]+)(?:\s+[^\s,.;:“”"]+){0,12}?[,:]?\s*$/u;

/**
 * ` recalled that he said`, ` thinks that they told`: a reported clause with a subject pronoun and a verb of speech
 * of its own (not ` for what they say is`, the relative clause's own subject again).
 */
const PRONOUN_THEN_VERB = /\bthat\s+(?:he|she|they|we|I|it)\s+([a-z]+)/g;

/** ` said `, ` declared that `, ` wrote, in his 34-page opinion, `: a cue, perhaps an aside and `that`, ending the text. */
const REPORTING_CUE_AT_END = /\b([a-z]+)(?:,\s+[^,;:.“”"]{1,80},)?\s+(?:that\s+)?$/;

/** `the action`, `the new filings`, `the format for the probe`: a thing in lower case, its head before any `of` or `for`. */
const THING_DESCRIPTION = /^(?:the|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?:\s+(?:of|for|in|on)\s[\s\S]*)?$/;

/** Words for people or bodies, and for papers that speak for those who issued them (`the board`, `the memo`). */
const SPEAKING_THING = new RegExp(
  `^(?:${SPEAKING_PAPERS}|${SPEAKING_BODY_KINDS.join('|')}|board|court|jury|panel|union|city|state|country|nation|team|party|police|army|military|campaign|family|couple|crowd|public|council|senate|house|congress|parliament|cabinet|regime|side|network|station|school|university|church|league|organi[sz]ation|administration|government|ministry|office|department|committee|commission|bureau|staff|world|website|site|page|account|filings?|documents?|papers?|records?|data|figures|numbers|polls?|surveys?|studies|research|evidence|findings|results|analysis|minutes|coalitions?|alliances?)$`,
);

/** Whether a description is a thing that speaks for no one (`the action`, `the extra time`), not a person, body or paper. */
function saysNothing(description: string): boolean {
  const head = THING_DESCRIPTION.exec(description)?.[1];
  // (`the association`, `the foundation`: nor a body's kind, as capitalised names end on it.)
  return head !== undefined && !PERSON_OR_BODY_WORD.test(head) && !SPEAKING_THING.test(head) && !PLURAL_WITHOUT_S.test(head) && !ORGANISATION_HEAD.test(titleCase(head));
}

/** ` told `, ` telling `: a verb of telling right before whom it tells. */
const TELLING_RIGHT_BEFORE = /\b(?:told|tells|tell|telling)\s+$/;

/** Whether words after a cue hold a reported clause with a verb of speech of its own (` recalled that he said`). */
function speechOfOwnSubject(words: string): boolean {
  for (const found of words.matchAll(PRONOUN_THEN_VERB)) if (CUE_WORDS.has(found[1] as string)) return true;
  return false;
}

/** `Chaney, `, `Chaney, a vocal Mitt Romney `: a comma or a capitalised word right before a description, which it is a part or a role of. */
const APPOSITION_OR_NAME_BEFORE = /(?:,|\p{Lu}[\p{L}'’.-]*)\s*(?:(?:a|an|the)\s+(?:[\p{Ll}\d-]+\s+){0,3})?$/u;

/** ` carried signs that read `, ` holding aloft placards saying `: a verb of carrying, what is carried, and its words' verb, at the end. */
const SIGN_READ_AT_END =
  /(?:^|\s)(carr(?:y|ies|ied)|carrying|h(?:old|olds|eld)|holding|wav(?:e|es|ed)|waving|wore|wears?|wearing|display(?:s|ed)?|displaying|brandish(?:es|ed)?|brandishing)\s+(?:(?:aloft|up)\s+)?(?:[a-z-]+\s+){0,3}?(?:signs?|placards?|banners?|posters?|T-shirts?)\s+(?:that\s+|which\s+)?(read|reads|reading|said|saying)[,:]?\s*$/;

/** `crowd`, `mob`: a word for people gathered. */
const GATHERED_PEOPLE = /^(?:crowd|crowds|mob|audience|throng)$/;

/** `, and Justice Stephen Breyer, in researching the history, said, `: `and`, a name, an aside in lower case, the cue. */
const AND_NAME_ASIDE_CUE = /,\s+and\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+[a-z][^,;.:“”"]{0,80},\s+(?:also\s+)?([a-z]+)[\s,:]*$/u;

/** `sometimes`, `widely`, `a`: an adverb or an article read as a whole description. */
const NO_ONE_ALONE = /^(?:[a-z]+ly|sometimes|often|also|once|still|always|never|now|then|later|since|already|an?|the)$/;

/** ` while retired champion … Tony Stewart seethed in a social media post: `: `while`, `whereas` or `but`, a subject, a verb in the past, then the colon. */
const OWN_CLAUSE_TO_COLON = /\s(?:while|whereas|but)\s+([^,;:“”"]{3,100}?)\s+([a-z]+ed)\b[^:;“”"]{0,60}:\s*$/;

/**
 * ` was asked by a reporter if responsibility `, `When asked further by Chairman Rogers if America’s allies `, `Asked by
 * Rep. Joe Kennedy, D-Mass., if officials `: a passive `asked by` (or one opening a clause of time, or the sentence),
 * the asker, then `if` or `whether` and the question's opening words (up to the quotation, with no comma and no quotation
 * blanked between: not `…, he replied, “…”`).
 */
const ASKED_BY_BEFORE =
  /(?:\b(?:was|were|is|been|being|[Ww]hen|[Aa]fter|[Oo]nce)\s+|^\s*|,\s*)[Aa]sked\s+(?:(?:further|again|\p{Ll}+ly)\s+)?by\s+((?:(?:a|an|the|one)\s+)?[^,;:“”"]{1,50}?)[\s,]+(?:if|whether)\s[^,.;:“”"\u00a0]{0,120}$/u;

/** What `, D-Md., ` leaves at the end of a phrase once the tag is blanked: spaces, then the comma that closed it. */
const BLANKED_TAG_AT_END = /(?<=\S) {4,},\s*$/;

/** `officials`, ` lawmakers`: a word in lower case and in the plural, opening the text (not `as`, `was`, `this`). */
const PLURAL_NOUN_OPENING = /^\s*(?!(?:this|thus|was|has|is|as)\b)\p{Ll}[\p{Ll}-]{2,}s\b/u;

/** ` not `, ` never `, `n't `: a negation right before a cue. */
const NEGATION_RIGHT_BEFORE = /(?:\bnot|\bnever|n['’]t)\s+$/;

function readAttributionBefore(head: string): ClauseAttribution | null {
  // `In Dr. Shadlen's words, “…”`, `In the words of Michael Shadlen, “…”`: whose words they are.
  const inWords = IN_WORDS_OF.exec(head);
  const wordsOf = inWords?.[1] ?? inWords?.[2];
  if (inWords && wordsOf) {
    const subject = subjectOfPart(wordsOf, inWords.index + inWords[0].indexOf(wordsOf));
    if (subject?.kind === 'name') return { cue: 'words', subject };
  }
  const inWordsOfDescribed = IN_WORDS_OF_DESCRIBED.exec(head);
  if (inWordsOfDescribed?.[1]) {
    const text = inWordsOfDescribed[1];
    return { cue: 'words', subject: { kind: 'description', text, start: inWordsOfDescribed.index + inWordsOfDescribed[0].indexOf(text) } };
  }
  // (`Gordon called it a “cowardly” act while … team owner Tony Stewart seethed in a social media post:`: a
  // clause of its own, opened by `while` or `but`, leads to the colon; its subject speaks.)
  // (Read only when it can matter: a head that ends on a colon.)
  const ownClause = /:\s*$/.test(head) ? OWN_CLAUSE_TO_COLON.exec(head) : null;
  if (ownClause?.[1] && ownClause[2]) {
    const subject = subjectOfPart(ownClause[1], ownClause.index + ownClause[0].indexOf(ownClause[1]));
    if (subject?.kind === 'name') return { cue: ownClause[2], subject };
  }
  // (`O'Rourke … was asked by a reporter if responsibility “…”`: the one who asks puts the question.)
  const askedBy = / by /.test(head) && /[Aa]sked /.test(head) ? ASKED_BY_BEFORE.exec(head) : null;
  if (askedBy?.[1]) {
    const subject = subjectAfterCue(` ${askedBy[1]}`, askedBy.index + askedBy[0].indexOf(askedBy[1]) - 1);
    if (subject && subject.kind !== 'pronoun') return { cue: 'asked', subject };
  }
  const cues = findCues(head);
  for (let index = cues.length - 1; index >= 0; index--) {
    const cue = cues[index] as Cue;
    const after = head.slice(cue.end);
    if (ownersWordsAfterPreposition(head, cues, index, after)) continue;
    // (`Higgins said Neal has not specified a date …, “…”`: what someone did not say is no one's words.)
    if (NEGATION_RIGHT_BEFORE.test(head.slice(Math.max(0, cue.start - 8), cue.start))) continue;
    // (`The company said in a video posted online:`: a participle after a thing it describes is no one's cue.)
    if (cue.word.endsWith('ed') && THING_BEFORE_PARTICIPLE.test(head.slice(Math.max(0, cue.start - 40), cue.start))) continue;
    if (cue.word === 'according to') {
      const subject = subjectAfterCue(after, cue.end);
      if (subject) return { cue: cue.word, subject };
      continue;
    }
    // (`…, saying two Americans remained in captivity, and “…”`: a reported clause, then `and` and the quotation,
    // goes on with the speaker of the cue before it.)
    if (CUE_THEN_CLAUSE_AND.test(after) && (PARTICIPLE_CUE.test(cue.word) || INVERTED_CUES.test(cue.word))) {
      const clause = readAttributionBefore(head.slice(0, cue.end));
      if (clause) return clause;
    }
    // (`… these cuts do not “…,” says Benjamin Freeman, policy adviser …`: a quotation, blanked after a word in
    // lower case, right before an inverted cue puts its speaker after the cue, as a name.)
    if (INVERTED_CUES.test(cue.word) && head.charCodeAt(cue.start - 3) === 0xa0 && INVERTED_AFTER_BLANKED_QUOTATION.test(head.slice(Math.max(0, cue.start - 600), cue.start))) {
      const subject = subjectAfterCue(after, cue.end);
      if (subject?.kind === 'name') return { cue: cue.word, subject };
    }
    // `When asked whether …, however, Rubio cited concerns about the “…”`: a cue in an opening adverbial
    // clause with no subject of its own goes with the main clause's, the name after its comma.
    const opener = ADVERBIAL_OPENER_ALONE.exec(head.slice(Math.max(0, cue.start - 12), cue.start));
    if (opener) {
      const sentenceStart = Math.max(0, cue.start - 12) + opener.index + opener[0].search(/\p{Lu}/u);
      const named = sentenceSubject(head.slice(sentenceStart));
      if (named?.kind === 'name') return { cue: cue.word, subject: { ...named, start: sentenceStart + named.start } };
      continue;
    }
    // `Current airline pricing practices, said the report, “…”`: a cue set off by commas, its subject after
    // it, is the attribution whatever the sentence opened with.
    if (INVERTED_CUES.test(cue.word) && /,\s*$/.test(head.slice(Math.max(0, cue.start - 3), cue.start)) && INVERTED_ASIDE_AFTER_CUE.test(after)) {
      const subject = subjectAfterCue(after.replace(/,\s*$/, ''), cue.end);
      if (subject) return { cue: cue.word, subject };
    }
    // (`Republicans, says Miringoff, run the danger of a maneuver to “…”`: so is a name set off with the cue in
    // the middle of the clause that goes on to the quotation.)
    const asideName = INVERTED_CUES.test(cue.word) && /,\s*$/.test(head.slice(Math.max(0, cue.start - 3), cue.start)) ? INVERTED_ASIDE_MID_CLAUSE.exec(after) : null;
    if (asideName?.[1]) {
      // (The name is the whole aside: not `notes the Victoria and Albert Museum,` read as `Victoria`.)
      const subject = subjectAfterCue(asideName[1], cue.end);
      if (subject?.kind === 'name' && asideName[1].trimEnd().endsWith(subject.text)) return { cue: cue.word, subject };
    }
    // `was described by Jobs as “…”`: a passive cue names its speaker after `by`.
    const agent = /^\s+by\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})/u.exec(after);
    // Only a participle (`described`, `told`) can be passive (`was recently ruled “…”`: perhaps after an adverb).
    const passive = !/(?:s|ing)$/.test(cue.word) && /\b(was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?$/.test(head.slice(Math.max(0, cue.start - 28), cue.start));
    // (Not `told by Mexican officials`: capitalised words before a noun in the plural describe the people it names.)
    const adjectiveOfPeople = agent !== null && PLURAL_NOUN_OPENING.test(after.slice(agent[0].length));
    if (agent?.[1] && passive && !adjectiveOfPeople) {
      const subject = subjectOfPart(agent[1].trim(), cue.end + agent[0].indexOf(agent[1]));
      if (subject?.kind === 'name') return { cue: cue.word, subject };
    }
    // `described by one civil service union as a “…”`: or someone described, in lower case.
    const describedAgent = passive || /^\s*-?\s*$/.test(head.slice(Math.max(0, cue.start - 3), cue.start)) ? DESCRIBED_AGENT.exec(after) : null;
    if (describedAgent?.[1]) {
      return { cue: cue.word, subject: { kind: 'description', text: describedAgent[1], start: cue.end + describedAgent[0].indexOf(describedAgent[1]) } };
    }
    // `Dr Fox said Labour's rule had been characterised by “…”`, `Her comments have been described as “…”`:
    // the subject of a passive is what the words are about; the reported speech around it says whose they are.
    if (passive && /^\s*by\s*$/.test(after)) continue;
    const passiveSubject = passive && !agent;
    // `In its report on … the committee said`: a cue word used as a noun (`its report`) does not end the subject's phrase.
    let previous = index - 1;
    // (`the 20-page report noted`: so does one after a determiner and a word that is no plural.)
    while (previous >= 0 && usedAsNoun(head, cues[previous] as Cue)) previous--;
    // `E Hayot, writing in the culture blogzine Print Culture, said`: a participle set off by commas is an
    // aside within the subject's phrase, not where it starts.
    while (previous >= 0 && isAsideCue(head, cues[previous] as Cue, cue)) previous--;
    // (`Ip Kwok-him, who sits on the Executive Council, which advises senior officials, including Lam, told`:
    // nor is the verb of a relative clause, which says something of a word before it.)
    while (previous >= 0 && RELATIVE_PRONOUN_AT_END.test(head.slice(Math.max(0, (cues[previous] as Cue).start - 24), (cues[previous] as Cue).start))) previous--;
    // (`Rep. Jim Clyburn, who had the tweet read to him during an interview on CNN, said`: nor a cue word anywhere
    // in a relative clause set off by commas right before the cue.)
    const relativeClause = previous >= 0 ? RELATIVE_CLAUSE_BEFORE_CUE.exec(head.slice(Math.max(0, cue.start - 160), cue.start)) : null;
    const relativeStart = relativeClause ? Math.max(0, cue.start - 160) + relativeClause.index : Number.POSITIVE_INFINITY;
    while (previous >= 0 && (cues[previous] as Cue).start > relativeStart) previous--;
    const from = previous >= 0 ? (cues[previous] as Cue).end : 0;
    const phrase = head.slice(from, cue.start);
    // `The two will meet next week, Spicer said, adding, “…”`: a participle right after a closing cue goes
    // on with that cue's speaker, not with the sentence's subject.
    if (previous === index - 1 && PARTICIPLE_CUE.test(cue.word) && /^\s*,\s*$/.test(phrase)) {
      const closing = CLOSING_CUE_SUBJECT.exec(head.slice(Math.max(0, from - 80), from));
      if (closing?.[1]) {
        const start = Math.max(0, from - 80) + closing.index + closing[0].indexOf(closing[1]);
        const named = subjectOfPart(closing[1], start);
        if (named?.kind === 'name') return { cue: cue.word, subject: named };
      }
      // (`…, the source said, adding, “…”`, `…, the statement said, adding that …`: so does one described or a document.)
      const described = CLOSING_CUE_DESCRIBED.exec(head.slice(Math.max(0, from - 80), from));
      if (described?.[1]) {
        const start = Math.max(0, from - 80) + described.index + described[0].indexOf(described[1]);
        const subject = subjectOfPart(described[1], start);
        if (subject?.kind === 'description' || subject?.kind === 'document') return { cue: cue.word, subject };
      }
    }
    // `In a Tumblr post at the time she described this as`, `In a letter to his constituency chairman he
    // wrote:`: a lower-case `he` or `she` right before the cue is its subject, whatever stands before it.
    const pronounBefore = PRONOUN_RIGHT_BEFORE.exec(phrase);
    if (pronounBefore?.[1] && tokens(phrase).length > 2) {
      return { cue: cue.word, subject: { kind: 'pronoun', text: pronounBefore[1], start: from + pronounBefore.index + pronounBefore[0].indexOf(pronounBefore[1]) } };
    }
    // `a bill which critics claim would …`: in a relative clause, the people just before the cue speak.
    const relativeSpeakers = RELATIVE_SPEAKERS_BEFORE.exec(phrase);
    if (relativeSpeakers?.[1]) {
      return { cue: cue.word, subject: describedBy(relativeSpeakers, from) };
    }
    // (`an argument with a co-worker who denounced the “…”`: one described just before `who` speaks, wherever
    // the sentence began.)
    // (Only with the quotation close after the cue: in `told a young woman who suggested that some people …
    // that “…”`, the words are what she was told.)
    const describedWho = tokenCountUpTo(after, 4) <= 3 ? DESCRIBED_PERSON_WHO_BEFORE.exec(phrase) : null;
    if (describedWho?.[1]) {
      return { cue: cue.word, subject: describedBy(describedWho, from) };
    }
    // `A BuzzFeed article quotes Sean Hines, an Antifa member …, saying,`: whom a text quotes speaks.
    const quoting = cue.word === 'saying' && index > 0 ? (cues[index - 1] as Cue) : undefined;
    if (quoting && /^(?:quotes|quoted|quoting)$/.test(quoting.word)) {
      const between = head.slice(quoting.end, cue.start);
      const quoted = subjectAfterCue(between.replace(/,\s*$/, ''), quoting.end);
      if (quoted?.kind === 'name') return { cue: 'quoted', subject: quoted };
      // (`State television quoted an unnamed Guards source in the region as saying`: one described, too.)
      const described = QUOTED_DESCRIBED_AS.exec(between);
      if (described?.[1]) return { cue: 'quoted', subject: { kind: 'description', text: described[1], start: quoting.end + described[0].indexOf(described[1]) } };
    }
    // `…, with Mr Dixon quoted as saying that`: the name before `quoted as` speaks.
    if (cue.word === 'saying') {
      const quotedName = NAME_QUOTED_AS.exec(head.slice(Math.max(0, cue.start - 80), cue.start));
      if (quotedName?.[1]) {
        const start = Math.max(0, cue.start - 80) + quotedName.index + quotedName[0].indexOf(quotedName[1]);
        const named = subjectOfPart(quotedName[1], start);
        if (named?.kind === 'name') return { cue: 'quoted', subject: named };
      }
      // (`a patient was quoted as saying`: or the one described just before.)
      const describedQuoted = DESCRIBED_QUOTED_AS.exec(head.slice(Math.max(0, cue.start - 80), cue.start));
      if (describedQuoted?.[1]) {
        const start = Math.max(0, cue.start - 80) + describedQuoted.index + describedQuoted[0].indexOf(describedQuoted[1]);
        return { cue: 'quoted', subject: { kind: 'description', text: describedQuoted[1], start } };
      }
    }
    // `backed by Culture Secretary Tessa Jowell who said:`: a name and `who` with no comma between.
    const whoAfterName = NAME_THEN_WHO.exec(phrase.slice(-80));
    if (whoAfterName?.[1]) {
      const whoAt = Math.max(0, phrase.length - 80) + whoAfterName.index;
      // (`Nam Sung-wook, a North Korea expert at Seoul’s Korea University who termed`: `who` is no body, but
      // the person whose apposition the body ends.)
      const apposed = ORGANISATION_HEAD.test(whoAfterName[1]) ? NAME_THEN_APPOSITION_END.exec(phrase.slice(Math.max(0, whoAt - 100), whoAt)) : null;
      const named = apposed?.[1]
        ? subjectOfPart(apposed[1], from + Math.max(0, whoAt - 100) + apposed.index)
        : subjectOfPart(whoAfterName[1], from + whoAt);
      if (named?.kind === 'name') return { cue: cue.word, subject: named };
    }
    // (`He said the coalition also objects to what it calls “…”`, `The right wing of the party is uneasy about
    // extending what they call “…”`: `it` or `they` in a clause of `what` is the subject of the clause `what` is in.)
    const whatItNames = WHAT_IT_NAMES_BEFORE.exec(phrase);
    if (whatItNames) {
      // (`objects to`, `called for an end to`: the clause's own verb may read as a cue; its subject is before it.)
      const whatAt = from + whatItNames.index;
      for (let earlier = index - 1; earlier >= -1; earlier--) {
        const clauseStart = earlier >= 0 ? (cues[earlier] as Cue).end : 0;
        const opening = CLAUSE_SUBJECT_OPENING.exec(head.slice(clauseStart, whatAt));
        const named = opening?.[1] ? subjectOfPart(opening[1], clauseStart + opening[0].indexOf(opening[1])) : null;
        if (named && named.kind !== 'pronoun') return { cue: cue.word, subject: named };
      }
    }
    // `… quit the show over what she called “bullying”`: a relative clause's own pronoun says the words.
    const relativePronoun = RELATIVE_PRONOUN_BEFORE.exec(phrase.slice(-40));
    if (relativePronoun?.[1]) {
      return { cue: cue.word, subject: { kind: 'pronoun', text: relativePronoun[1], start: from + Math.max(0, phrase.length - 40) + relativePronoun.index + relativePronoun[0].indexOf(relativePronoun[1]) } };
    }
    // `a claim by Peter Hain that the Tory leader is acting like an “…”`: a claim made by someone, then what
    // it says, is theirs; only its first quotation (`… “attack mongrel” shows Labour is “rattled”` goes on
    // past it: a quotation before this one, marked or blanked to spaces, stands between).
    const claimBy = (NOUN_LIKE_CUE.test(cue.word) || PLURAL_NOUN_LIKE_CUE.test(cue.word)) && !/["“”]|\s{4}/.test(after) ? CLAIM_BY_THAT.exec(after) : null;
    if (claimBy?.[1]) {
      const named = subjectOfPart(claimBy[1], cue.end + claimBy.index + claimBy[0].indexOf(claimBy[1]));
      if (named?.kind === 'name') return { cue: cue.word, subject: named };
    }
    // `Trump’s claim that …`: the owner of the claim is the speaker.
    // Patterns anchored at the end look only at the end of the phrase, so that they stay linear.
    const tailStart = Math.max(0, phrase.length - 60);
    const possessive = /([A-Z][\p{L}.-]*(?:\s[A-Z][\p{L}.-]*)*)['’]s?\s*$/u.exec(phrase.slice(tailStart));
    // `Moore called Mr. Obama's remarks “a wake-up call”`: the possessive is the object of a verb of naming
    // just before it, whose subject gives the words.
    const namedObject = index > 0 && NAMING_VERBS.test((cues[index - 1] as Cue).word) && tokenCountUpTo(phrase, 7) <= 6;
    if (possessive?.[1] && namedObject) continue;
    // `Russia's proposed membership`: a cue that runs on into a noun is an adjective, not somebody's words.
    const adjectival = /ed$/.test(cue.word) && /^\s+[a-z]/.test(after) && !/^\s+(that|as|to)\b/.test(after);
    // `Ms Gavron said she thought Mr Livingstone's comments were “inappropriate”`: what someone's words
    // were is the judgement of whoever reports it, not the owner's.
    // (`Pelosi said DeVos' comments amounted to “malfeasance”`: or what they amounted to.)
    if (possessive?.[1] && /^\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been|amounted\s+to|amount\s+to|amounts\s+to|constituted|constitute)\b/.test(after)) continue;
    // (`the President's tweets and comments make it “harder …”`: nor what they do, in a clause of their own.)
    if (possessive?.[1] && OWN_VERB_AFTER_POSSESSED.test(after)) continue;
    if (possessive?.[1] && !PARTICIPLE_CUE.test(cue.word) && !adjectival) {
      return { cue: cue.word, subject: { kind: 'name', text: possessive[1], start: from + tailStart + possessive.index } };
    }
    // `Mr Kennedy used a speech to say …`, `The cardinal used a Christmas message to denounce …`: the
    // infinitive is what the subject of the sentence said there.
    const occasion = USED_TO_SPEAK.exec(phrase);
    if (occasion) {
      const subject = subjectOf(phrase.slice(0, occasion.index), from) ?? sentenceSubject(head.slice(0, from + occasion.index));
      if (subject) return { cue: cue.word, subject };
    }
    if (usedAsNoun(head, cue)) continue;
    // `attacked Labour's six new pledges as “vacuous”`: a plural after a possessive or a number is a noun.
    if (PLURAL_NOUN_LIKE_CUE.test(cue.word) && OWNER_OR_NUMBER_BEFORE.test(phrase.slice(-40))) continue;
    // `her harsh criticism of Putin raised questions about …`: a plural after a verb in the past is its
    // object; `Trump’s flurry of late-night tweets`, one after `of`, a noun.
    if (PLURAL_NOUN_LIKE_CUE.test(cue.word) && (PAST_VERB_BEFORE.test(phrase.slice(-24)) || OF_BEFORE.test(phrase.slice(-30)))) continue;
    // `Bourne admitted he was “devastated”`: a weak cue with a clause of its own after it reports speech too.
    // (`A White House spokeswoman shot back at the report that …`: whom or what the words answer may stand before `that`.)
    // (`… seemed overwhelmed, posting just after 1 a.m., “…”`: nor a time between the cue and the quotation.)
    // (`It read, in part:`: nor that only part of the words is given.)
    if (isWeakCue(cue.word) && !/^(?:,\s+in\s+part)?[\s,:]*$/.test(after) && !ANSWERED_THEN_THAT.test(after) && !REPORTED_CLAUSE_AFTER.test(after) && !TIME_THEN_QUOTATION.test(after)) continue;
    // (`with House Democratic Whip Steny Hoyer, D-Md., saying`: the comma closing a party tag after the name,
    // the tag blanked, is read past.)
    // (`with Minority Leader Charles Schumer (D-N.Y.) saying`: or a party tag in brackets.)
    const untagged = PARTICIPLE_CUE.test(cue.word) ? phrase.replace(BLANKED_TAG_AT_END, ' ').replace(BRACKETED_PARTY_TAG_AT_END, (tag) => ' '.repeat(tag.length)) : phrase;
    if (PARTICIPLE_CUE.test(cue.word) && /[A-Z][\p{L}.-]*\s+$/u.test(untagged.slice(-40)) && !/,\s*$/.test(untagged.slice(-8))) {
      // `footage of Hillary Clinton asking, “…”`: the name right before the participle.
      const subject = subjectOfPart(untagged, from, true);
      // (`a lengthy statement Tuesday slamming`: a day is when, not who.)
      // (`Mr Hockney also left UKIP saying`: a name right after a verb is its object, not who acts.)
      const objectOfVerb = subject?.kind === 'name' && subject.role !== undefined && VERB_AT_END.test(subject.role);
      // (`he wrote a letter to DuMond saying`: whom a letter is to does not say what it says.)
      const nameAt = subject?.kind === 'name' ? subject.start - from : phrase.length;
      const addressee = DOCUMENT_TO_BEFORE.test(phrase.slice(Math.max(0, nameAt - 40), nameAt));
      // (`A crowd gathered outside the gates of the White House shouting, “…”`: nor where something happens.)
      // (`about the violence in Ferguson, Mo., saying`: nor a town whose state was blanked after it.)
      const townOfState = subject?.kind === 'name' && / {4,}$/.test(phrase.slice(nameAt + subject.text.length)) && /\b(?:in|at|near)\s+$/.test(phrase.slice(Math.max(0, nameAt - 6), nameAt));
      // (`took a tough stance against Russia saying:`: nor whom or what an act is aimed at.)
      const where = PLACE_PREPOSITION_BEFORE.test(phrase.slice(Math.max(0, nameAt - 12), nameAt)) || townOfState || AIMED_AT_BEFORE.test(phrase.slice(Math.max(0, nameAt - 10), nameAt));
      if (subject?.kind === 'name' && !TIME_WORDS.test(subject.text) && !objectOfVerb && !addressee && !where) return { cue: cue.word, subject };
    }
    // `Mr Blair has failed to tackle these problems, he claimed, saying`: the participle goes with the
    // inverted cue just before it, whose subject speaks, not with the reported clause's subject.
    const invertedBefore = PARTICIPLE_CUE.test(cue.word) ? INVERTED_CUE_BEFORE.exec(head.slice(Math.max(0, cue.start - 40), cue.start)) : null;
    if (invertedBefore?.[1] && invertedBefore[2] && CUE_WORDS.has(invertedBefore[2].toLowerCase())) {
      const start = cue.start - invertedBefore[0].length + invertedBefore[0].indexOf(invertedBefore[1]);
      return { cue: cue.word, subject: { kind: 'pronoun', text: invertedBefore[1], start } };
    }
    // (`the crowd, which included President Trump supporters shouting “…”`, `protesters chanting`: people in the
    // plural right before the participle do it.)
    const crowd = PARTICIPLE_CUE.test(cue.word) ? PEOPLE_RIGHT_BEFORE.exec(phrase) : null;
    if (crowd?.[1]) return { cue: cue.word, subject: describedBy(crowd, from) };
    // (`… chased a reporter — with one man remarking,`: the one `with` brings in, described, right before the participle.)
    const withDescribed = PARTICIPLE_CUE.test(cue.word) ? WITH_DESCRIBED_AGENT_BEFORE.exec(phrase) : null;
    if (withDescribed?.[1]) {
      return { cue: cue.word, subject: describedBy(withDescribed, from) };
    }
    // `…, with Maria Hutchings marching up to him, saying`: the participle goes with the one `with` brings in.
    const withAgent = PARTICIPLE_CUE.test(cue.word) ? WITH_AGENT_BEFORE.exec(phrase.slice(-120)) : null;
    if (withAgent?.[1]) {
      const agent = subjectOfPart(withAgent[1], from + Math.max(0, phrase.length - 120) + withAgent.index + withAgent[0].indexOf(withAgent[1]));
      if (agent?.kind === 'name') return { cue: cue.word, subject: agent };
    }
    // `… comedian Chris Rock, who whipped up a storm for saying he rarely watched them, calling`: the
    // participle goes on the relative clause, whose subject is the name before `who`.
    const whoAgent = PARTICIPLE_CUE.test(cue.word) ? NAME_WHO_CLAUSE_BEFORE.exec(head.slice(Math.max(0, cue.start - 200), cue.start)) : null;
    if (whoAgent?.[1]) {
      const agent = subjectOfPart(whoAgent[1], Math.max(0, cue.start - 200) + whoAgent.index);
      if (agent?.kind === 'name') return { cue: cue.word, subject: agent };
    }
    // `…, but Baldrige said he was more optimistic, adding,`: a participle after a clause of speech goes on
    // with that clause's speaker, not the sentence's first subject.
    const finiteBefore = PARTICIPLE_CUE.test(cue.word) && index > 0 ? (cues[index - 1] as Cue) : undefined;
    if (
      finiteBefore &&
      FINITE_CUE_BEFORE_PARTICIPLE.test(finiteBefore.word) &&
      !/[.!?;:]/.test(head.slice(finiteBefore.end, cue.start)) &&
      // (`the Brit Awards announced …, with the Brits committee announcing`: a participle with a subject of its own.)
      !/,\s*with\s/.test(head.slice(finiteBefore.end, cue.start)) &&
      // (`dismissed the latest claims, saying`: a cue after a determiner or an adjective is a noun.)
      !NOUN_OR_INFINITIVE_BEFORE.test(head.slice(Math.max(0, finiteBefore.start - 24), finiteBefore.start)) &&
      !/\b(?:the|a|an|his|her|its|their|latest|new|such)\s+(?:[a-z]+\s+)?$/i.test(head.slice(Math.max(0, finiteBefore.start - 30), finiteBefore.start))
    ) {
      const clause = attributionBefore(head.slice(0, finiteBefore.end));
      if (clause && clause.subject.kind !== 'document') return { cue: cue.word, subject: clause.subject };
    }
    // (`…,” and Bright's boss, HHS Secretary Alex Azar, said`: a conjunction, then a name of its own, opens a
    // new clause, whose subject that name is.)
    const ownClause = !PARTICIPLE_CUE.test(cue.word) && CONJUNCTION_OPENING.test(phrase) ? subjectOf(phrase, from) : null;
    if (ownClause?.kind === 'name') return { cue: cue.word, subject: ownClause };
    // (`Trump attacked the quartet at a rally, and the crowd responded by chanting`: a clause of its own after
    // `, and`, whose verb the participle goes on by `by`.)
    const respondedBy = PARTICIPLE_CUE.test(cue.word) ? CLAUSE_THEN_BY_BEFORE.exec(head.slice(Math.max(0, cue.start - 80), cue.start)) : null;
    if (respondedBy?.[1]) {
      const own = subjectOf(respondedBy[1], Math.max(0, cue.start - 80) + respondedBy.index + respondedBy[0].indexOf(respondedBy[1]));
      if (own) return { cue: cue.word, subject: own };
    }
    if (PARTICIPLE_CUE.test(cue.word) || /\s(and|but)\s*$/.test(phrase.slice(-8)) || /^\s*(and|but)\s/.test(phrase)) {
      // (`…, and the singer blew him kisses and whispered,`, `In Denver, protesters lay down and chanted,`: a
      // second verb joined by `and` has the subject of the clause its first verb opens, not the sentence's.)
      // (At the sentence's start, its subject as `sentenceSubject` reads it comes first: `The group waved torches
      // and chanted` only when that reading finds none.)
      // (Only a finite cue: in `agreed to apologize and admit to being “…”` the cue goes on from `apologize`.)
      const conjunct = !FINITE_CUE_FORM.test(cue.word) ? null : firstConjunctSubject(head.slice(0, cue.start), cue.word, cues.slice(0, index), /^[\s,:]*$/.test(after));
      if (conjunct && !conjunct.opensSentence) return { cue: cue.word, subject: conjunct.subject };
      // `…, tweeting`, `bemoaned the unrest and said`: the speaker is the subject of the sentence.
      const subject = sentenceSubject(head.slice(0, cue.start), PARTICIPLE_CUE.test(cue.word));
      if (subject) return { cue: cue.word, subject };
      if (conjunct) return { cue: cue.word, subject: conjunct.subject };
      // (`A crowd gathered outside the gates of the White House shouting, “…”`: or people described opening the
      // sentence before their verb.)
      const people = PARTICIPLE_CUE.test(cue.word) ? PEOPLE_OPENING_SENTENCE.exec(head.slice(0, cue.start)) : null;
      const peopleWord = people?.[1]?.slice(people[1].lastIndexOf(' ') + 1) ?? '';
      // (Not `The crowd stayed with Trump while he ticked down …, sarcastically calling`: a clause of its own between.)
      const ownSubjectBetween = people ? /\b(?:he|she|they|it|who|which)\s/i.test(head.slice(people.index + people[0].length, cue.start)) : true;
      if (people?.[1] && !ownSubjectBetween && (GATHERED_PEOPLE.test(peopleWord) || namesPeopleInPlural(peopleWord))) {
        return { cue: cue.word, subject: { kind: 'description', text: people[1], start: people.index + people[0].indexOf(people[1]) } };
      }
      // (`…, she was videotaped telling the paparazzi`: or of the passive clause the participle ends.)
      const seen = PARTICIPLE_CUE.test(cue.word) ? PRONOUN_SEEN_BEFORE.exec(head.slice(Math.max(0, cue.start - 40), cue.start)) : null;
      if (seen?.[1]) return { cue: cue.word, subject: { kind: 'pronoun', text: seen[1], start: Math.max(0, cue.start - 40) + seen.index + seen[0].indexOf(seen[1]) } };
      continue;
    }
    // `The plan would save money, says the party - and …`: a cue set after a whole clause and a comma has
    // its subject right after it (unlike `Mr Smith, 45, said the company had …`, where no clause comes first).
    // (Not after a name set off by commas, `…, but Netanyahu's chief rival, Benny Gantz, criticised the
    // Palestinian response, saying`: that name is the subject, and what follows the cue its object.)
    // (`…, the church campus erupted in chatter, recalled Fred Gladney, an associate elder:`: or a full name after
    // it; not `The MP, who is consulting his lawyers, told BBC News:`, whom words are told.)
    const nameAfter = (INVERTED_CUES.test(cue.word) || /^recall(?:ed|s)$/.test(cue.word)) && FULL_NAME_SET_OFF_AFTER.test(after);
    if (/,\s*$/.test(phrase) && (INVERTED_SUBJECT.test(after) || nameAfter) && CLAUSE_VERB.test(phrase) && !NAME_PART_AT_END.test(phrase.slice(-60))) {
      const following = subjectAfterCue(after, cue.end);
      if (following) return { cue: cue.word, subject: following };
    }
    // `The idea, says BT, is to shape a “…”`: a cue set off by commas inside a sentence has its subject after it.
    if (PARENTHETICAL_HEAD.test(phrase) && /^\s+[^,.;:!?“”"]{1,50},\s/.test(after)) {
      const following = subjectAfterCue(after, cue.end);
      if (following) return { cue: cue.word, subject: following };
    }
    // (`a knife wound to his neck that his mother said was “…”`: a relative clause's own subject, right after
    // `that` or `which`, speaks.)
    // (Not `that` after a word of speech, which opens what is said: `said in a statement that the inspector general
    // correctly concluded “…”` are the words of whoever made the statement.)
    const objectRelative = OBJECT_RELATIVE_SUBJECT.exec(phrase);
    const relativeNoun = objectRelative?.groups?.noun;
    // (`an order that the judge called “…”` is a relative clause: an order is no word of speech.)
    const opensSpeech = relativeNoun !== undefined && (((CUE_WORDS.has(relativeNoun) || isNounLikeCue(relativeNoun)) && !isWeakCue(relativeNoun)) || ISSUED_DOCUMENTS.test(relativeNoun));
    const relativeSubject = opensSpeech ? undefined : (objectRelative?.groups?.subject ?? objectRelative?.groups?.owned);
    if (objectRelative && relativeSubject) {
      const own = subjectOfPart(relativeSubject, from + objectRelative.index + objectRelative[0].indexOf(relativeSubject));
      if (own?.kind === 'name' || own?.kind === 'description') return { cue: cue.word, subject: own };
    }
    // `Liam Neeson, whose films include Schindler's List and Michael Collins, said`: the name before the
    // relative clause speaks, not the last name inside it.
    const relative = /,\s+(?:who|whose)\s[\s\S]*,\s*$/.exec(phrase);
    if (relative) {
      const named = subjectOf(phrase.slice(0, relative.index), from);
      if (named?.kind === 'name' || named?.kind === 'description') return { cue: cue.word, subject: named };
    }
    // `One unnamed correspondent - all are anonymous - wrote`: an aside between dashes after a short
    // subject is not part of it.
    const unbracketed = phrase.replace(DASHED_ASIDE_AT_END, ' ');
    const subject = subjectOf(tokens(unbracketed).length <= 5 ? unbracketed : phrase, from);
    // `Mr DiPiazza said the interviews suggested companies had “adjusted”`: a thing that `suggests` inside
    // someone's reported speech does not speak; the one reporting it does.
    if ((subject?.kind === 'description' || subject?.kind === 'document') && from > 0 && EVIDENCE_NOUN.test(subject.text)) continue;
    // (`Milley added that the Pentagon believes that Iran fired the missiles with the intent “…”`: what one is
    // said to believe, in another's reported speech, is the reporter's to quote.)
    if (from > 0 && (cue.word === 'believes' || cue.word === 'believe') && /^\s*that\s/.test(phrase) && !isWeakCue((cues[index - 1] as Cue).word)) continue;
    if (passiveSubject && (subject?.kind === 'name' || subject?.kind === 'description')) continue;
    if (subject) return { cue: cue.word, subject };
    // `said X, “…”`: the subject follows the cue.
    if (/^\s+[A-Z]/.test(after) && /^[^,]*,\s*$/.test(after)) {
      const following = subjectAfterCue(after, cue.end);
      if (following && following.kind === 'name') return { cue: cue.word, subject: following };
    }
    // (`Added a South Carolina Republican, “…”`: a cue opening the sentence, then someone described.)
    if (phrase.trim() === '' && /^\s+(?:a|an|one|another)\s[^,:]*[,:]\s*$/.test(after)) {
      const following = subjectAfterCue(after.replace(/[,:]\s*$/, ''), cue.end);
      if (following?.kind === 'description') return { cue: cue.word, subject: following };
    }
    if (phrase.trim() !== '') {
      const opening = sentenceSubject(head.slice(0, cue.start));
      if (opening) return { cue: cue.word, subject: opening };
      // `In a filing to US regulators the airline warned`: an opening phrase whose comma went missing, then
      // a definite description right before the cue (not one after a preposition: `the report on the airline`).
      const described = DESCRIPTION_BEFORE_CUE.exec(phrase);
      if (described?.[1] && !/\b(?:of|to|in|for|on|at|with|by|from|about|into|over|than|and|or)\s+$/.test(phrase.slice(0, described.index + described[0].indexOf(described[1])))) {
        return { cue: cue.word, subject: { kind: 'description', text: described[1], start: from + described.index + described[0].indexOf(described[1]) } };
      }
      // `It said data from employment tribunals suggested 1,500 “…”`: what merely shows something, inside
      // someone's reported words, gives them to the one reporting.
      if (from > 0 && /^(?:suggest|show|indicat|reveal)/.test(cue.word)) continue;
      return null;
    }
  }
  const colon = /^(.*):\s*$/s.exec(head);
  // (`Video: “…”`, `Clarification: “…”`: a label of a page's furniture, not a speaker's name.)
  if (colon?.[1] && PAGE_LABEL.test(colon[1])) return null;
  // `Peggy Drexler, CNN: “…”`: a round-up's label, a person's name and where they wrote.
  const byline = colon?.[1] ? NAME_COMMA_OUTLET.exec(colon[1]) : null;
  if (byline?.[1] && isKnownFirstName(byline[1].split(/\s+/)[0] ?? '')) {
    const named = subjectOfPart(byline[1], byline[0].indexOf(byline[1]));
    if (named?.kind === 'name') return { cue: ':', subject: named };
  }
  // (`Says Paine:`: a cue opening the sentence, its subject after it.)
  const inverted = colon?.[1] ? INVERTED_CUE_BEFORE_COLON.exec(colon[1]) : null;
  if (inverted?.[1] && inverted[2]) {
    const named = subjectAfterCue(` ${inverted[2]}`, inverted.index + inverted[0].length - inverted[2].length - 1);
    if (named && named.kind !== 'pronoun') return { cue: inverted[1].toLowerCase(), subject: named };
  }
  if (colon?.[1]) {
    // `McConnell delivered a blunt message to Trump:`: whom a message is for does not speak it.
    // (`Rudy Giuliani echoed the sentiment, but laid blame on President Obama:`: nor whom words are aimed at.)
    // (`Lord Justice Scott Baker interrupted to ask Mr Mansfield, who represents Mohamed al Fayed:`: nor whom
    // a question is put to, nor whom words are said to: `Trump … implored to Cardinal Timothy Dolan:`.)
    const addressed =
      MESSAGE_TO_BEFORE_COLON.test(colon[1]) ||
      AIMED_AT_BEFORE_COLON.test(colon[1]) ||
      ASKED_OF_BEFORE_COLON.test(colon[1]) ||
      TOLD_BEFORE_COLON.test(colon[1]) ||
      saidToBeforeColon(colon[1]);
    if (addressed) {
      // (`Trump speculated he was in “trouble” …, and implored to Cardinal Timothy Dolan:`: with the subject
      // before an earlier quotation, out of this clause, the one addressed is still no speaker.)
      const sender = sentenceSubject(colon[1]);
      return sender?.kind === 'name' ? { cue: ':', subject: sender } : null;
    }
    // `… were illustrated in a blog post by Twitter execs:`: a document's author, named after it, wrote it.
    const author = DOCUMENT_BY_BEFORE_COLON.exec(colon[1]);
    const authored = author?.[2] ? subjectOf(author[2], (author.index ?? 0) + author[0].length - author[2].length) : null;
    if (authored && authored.kind !== 'pronoun') return { cue: ':', subject: authored };
    const subject = subjectOf(colon[1]);
    // (`… Dean Baquet also cited the need for journalists to stay at work in China:`: a name after a preposition
    // is where or what the clause is about; its subject says the words.)
    const governed = subject?.kind === 'name' && PREPOSITION_AT_END.test(colon[1].slice(Math.max(0, subject.start - 12), subject.start));
    const clauseSubject = governed ? sentenceSubject(colon[1]) : null;
    if (clauseSubject && clauseSubject.kind !== 'pronoun' && clauseSubject.start < (subject?.start ?? 0)) return { cue: ':', subject: clauseSubject };
    if (subject && subject.kind === 'name') return { cue: ':', subject };
    const opening = sentenceSubject(colon[1]);
    if (opening) return { cue: ':', subject: opening };
  }
  return null;
}

/** `chanted`, `says`, `wrote`: a cue in a finite form, past or present (not `admit`, `saying`). */
const FINITE_CUE_FORM = /(?:ed|[^s]s)$|^(?:said|told|wrote|sang|spoke|swore)$/;

/** ` in `, ` to the `: a preposition (perhaps with its article) right before a name. */
const PREPOSITION_AT_END = /\s(?:in|on|at|to|for|from|with|about|into|over|against|toward|towards|across)\s+(?:the\s+)?$/;

/** `Video`, `Breaking`, `Clarification`: a label that opens a paragraph of a page's furniture before a colon. */
const PAGE_LABEL = /^\s*(?:Video|Videos|Photo|Photos|Watch|Listen|Breaking|Update|Updated|Clarification|Correction|Editor['’]s\s+note|Note|Related|Read\s+more|Wanted|Warning|Caption|Advertisement|Headline|Subject|Summary)\s*$/i;
