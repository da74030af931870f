import { withoutDayOrQuantity, withoutPartyTags } from './clause-trimming.js';
import { tokenCountUpTo } from './clause-words.js';
import { findCues, INDEFINITE_AND_WORD, isBaseForm, isWeakCue, NOUN_LIKE_CUE, NOUN_OR_INFINITIVE_BEFORE } from './cues.js';
import { CUE_WORDS, SPEAKING_PAPERS } from './lexicon.js';
import { ownerOfWordsAfter } from './owned-words.js';
import { subjectAfterCue } from './subject-after-cue.js';
import { type ClauseAttribution, DOCUMENT_FROM_NAMED_PART, subjectOfPart } from './subject-of-part.js';
import { onlyAdverbs, subjectOf } from './subject-of-phrase.js';

/**
 * The attribution in the words after a quotation (`,” said X`, `,” X said`, `,” according to X`, `,” was X’s
 * reply`): the cue and who it says spoke, and what after a quotation is not its speaker. Separate from the reading
 * before a quotation, which has forms of its own. Offsets are relative to the string given.
 */

/** ` in Ferguson, Mo., `, ` in Gaza, `: a place after a preposition (its state perhaps blanked), all that stands before a cue. */
const PLACE_THEN_COMMA = /^\s*(?:in|at|near|outside)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,)?)?\s*$/u;

/** `, as Van Jackson, associate professor at …, puts it`: `as`, a name, its role set off by commas, `put it`. */
const AS_NAME_ROLE_PUT_IT =
  /^[\s,.;:!?]*as\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),[^.;:!?“”"]{1,200}?,\s+(put|puts|said|says|wrote|writes|noted|notes)\s+it\b/u;

/** `lead author Keiichiro Kanemoto of the Research`: perhaps a role in lower case, a capitalised name, then a body's name after a preposition. */
const NAME_OF_BODY_OPENING = /^(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u;

/** `state prosecutor Alexis`: a lower-case noun (no determiner) and then a name. */
const WEAK_CUE_AS_ADJECTIVE = /^\s+(?!(?:the|a|an|his|her|its|their|our|one)\s)[a-z]+\s+\p{Lu}/u;
/** ` Rep. Mike Ball`, `’s police`: what follows `state` as a noun or an adjective, not a verb. */
const STATE_AS_NOUN_AFTER = /^(?:['’]s?\s|\s+(?:Rep|Reps|Sen|Sens|Gov|Senator|Representative|Assemblyman|Assemblywoman|Attorney|Treasurer|Auditor|Comptroller|Superintendent)\b)/;

/**
 * `the complaint, reviewed by the Gazette,`, `Fox News’s motion, filed Tuesday,`: a paper that speaks for itself
 * (the, or whose it is), then a participle's aside a comma closes, the whole phrase before a cue.
 */
const PAPER_THEN_PARTICIPLE_ASIDE = new RegExp(
  String.raw`^\s*(?:the|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${SPEAKING_PAPERS}),\s+(?:[a-z]+ed|sent|written|seen)\s[^,]{1,60},\s*$`,
  'u',
);

/** `an insider in the talks as saying`: who a paper quoted. */
// (`quoted Qantas chief executive Geoff Dixon as saying`: or a body's name and a role before the name.)
const QUOTED_AS_SAYING =
  /^\s+((?:an?|the|one|its|his|her)\s[^,.;:“”"]{1,60}?|(?:him|her)\s|(?:\p{Lu}[\p{L}'’.&-]*\s){0,3}(?:\p{Ll}+\s){0,3}(?:\p{Lu}[\p{L}'’.-]*\s){1,4})\s*,?\s*as\s+(?:saying|telling|describing)\b/u;

/** `a former national security official who …`: a description in lower case of up to six words, then `who`. */
const DESCRIPTION_THEN_WHO_OPENING = /^\s*(?:an?|the|one)\s(?:[\p{Ll}-]+\s){0,5}who\s/u;

/** ` legally, `: a phrase that a comma closes. */
const PHRASE_ENDS_ON_COMMA = /,\s*$/;
/** ` government spokesman Mohammad Bagher Nobakht,`: a phrase that ends on a capitalised word and a comma. */
const NAME_THEN_COMMA = /\p{Lu}[\p{L}'’.-]*\s*,\s*$/u;

/** ` not to be named`, ` to remain anonymous`: what a source asks, after `asked` or `requested`. */
const ASKED_NOT_TO_BE_NAMED_AT = /^\s+(?:not\s+to\s+be|to\s+not\s+be|to\s+remain|that\s+(?:his|her|their)\s+name)\b/;

/**
 * The attribution in the words that follow a quotation up to the end of its sentence (`,” Capt. Clint
 * Gebke said.`, `,” said X`, `,” he added`), or null. `maxWords` bounds how far before the cue the
 * subject may start, so that a later, unrelated verb is not taken for the cue.
 */
export function attributionAfter(tail: string, maxWords = 12): ClauseAttribution | null {
  const found = withoutDayOrQuantity(readAttributionAfter(withoutPartyTags(tail), maxWords));
  // (`…, R-Texas, told CNN.`: whom one tells is no speaker; `told` never stands before its subject.)
  if (found && TELLING.test(found.cue) && found.subject.start > tail.search(TELLING_WORD)) return null;
  // (`“incredibly competent,” says he believes in …`: a pronoun and its verb after the cue report what was
  // said, and `goes to places, said Stitt` is a verb's phrase, not who spoke.)
  if (found?.subject.kind !== 'description') return found;
  if (CLAUSE_NOT_SPEAKER.test(found.subject.text) || WHERE_OR_WHEN_INSIDE.test(found.subject.text)) return null;
  // (`“…,” Maria Smirnova, who was travelling in the next train behind the one where the bomb detonated, told`:
  // the name before a relative clause, however long, is the cue's subject, not the clause's last words.)
  // (`David Gergen, who served in the Nixon, Ford, Reagan, and Clinton administrations, told CNN's Anderson
  // Cooper, adding`: up to the cue read, whatever comes after it.)
  const subjectEnd = found.subject.start + found.subject.text.length;
  const named = NAME_WHO_THEN_CUE.exec(tail.slice(0, tail.indexOf(found.cue, subjectEnd) + found.cue.length));
  if (named?.[1] && named[2] === found.cue) return { ...found, subject: { kind: 'name', text: named[1], start: named[0].indexOf(named[1]) } };
  // (`said a person familiar with the matter`: the words that say what the source is close to belong to it;
  // `said one of the officials`: so do those that say whom `one` is one of.)
  const rest = tail.slice(found.subject.start + found.subject.text.length);
  const relation = RELATION_AT_END.test(found.subject.text) ? RELATION_OBJECT.exec(rest) : QUANTIFIER_ALONE.test(found.subject.text) ? PARTITIVE_OBJECT.exec(rest) : null;
  return relation ? { ...found, subject: { ...found.subject, text: found.subject.text + relation[0] } } : found;
}

/** `states where people` (`“liberate” states where people protested`): a relative clause's words are no one who speaks. */
const WHERE_OR_WHEN_INSIDE = /\s(?:where|when|whereby)\s/;

/** `one`, `another`, `two`: a quantifier read as the whole description. */
const QUANTIFIER_ALONE = /^(?:one|another|two|three|four|five|some|several|many|most|each|both|none|either|neither)$/i;
/** ` of the officials`, ` of the counter-protesters`: whom a quantifier counts, up to the clause's end. */
const PARTITIVE_OBJECT = /^\s+of\s+(?:the|his|her|their|its|our|those|these)\s+[^,.;:!?“”"()]{1,60}?(?=\s*(?:[,.;:!?“”"(]|$))/;

/** `familiar`, `close`: a source's word for what it is near, which the words after it complete. */
const RELATION_AT_END = /\s(?:familiar|close|affiliated|involved|associated|connected|briefed|knowledgeable|closest)$/;
/** ` with the matter`, ` to the president`: what a source is close to, up to the clause's end. */
const RELATION_OBJECT = /^\s+(?:with|to|in|on|about)\s+[^,.;:!?“”"()]{1,60}?(?=\s*(?:[,.;:!?“”"(]|$))/;

/** `Maria Smirnova, who … , told`: a name, a relative clause set off by commas, then a verb. */
const NAME_WHO_THEN_CUE = /^[\s,]*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+who\s[^;.!?“”"]{1,200},\s+(?:also\s+|later\s+)?([a-z]+)\b/u;
/** ` to sway the vote, Justin Fier, director for …, told`: the reported clause's end, then a name and its role set off by commas. */
const CLAUSE_THEN_NAME_AND_ROLE = /^[^,]{1,60},\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,\s+[^,]{1,80},\s*$/u;

/** `he believes`, `goes to places`: a pronoun and a verb, or a verb, read as a description. */
const CLAUSE_NOT_SPEAKER = /^(?:(?:he|she|they|we|i|it|you)\s|(?:goes|is|was|are|were|has|have|had|does|did|will|would|can|could)\b)/i;

/** `,” in the words of `: the source of the words closing the sentence after them. */
const IN_THE_WORDS_OF_AFTER = /^[\s,]*in\s+the\s+(?:[a-z-]+\s+)?words\s+of\s/;

function readAttributionAfter(tail: string, maxWords: number): ClauseAttribution | null {
  // `…,” was Ferro’s reply.`, `…,” came the answer from Minister Lidia Sorensen.`
  const owned = ownerOfWordsAfter(tail);
  if (owned) return owned;
  // `…,” in the words of Lidia Sorensen, the energy minister.`
  const wordsOf = IN_THE_WORDS_OF_AFTER.exec(tail);
  const source = wordsOf ? subjectAfterCue(tail.slice(wordsOf[0].length - 1), wordsOf[0].length - 1) : null;
  if (source && source.kind !== 'document') return { cue: 'words', subject: source };
  // `…,” as a Homeland Security memo put it.`
  // (`“splattered,” as one aide described it`.)
  const asPutIt = /^[\s,.;:!?]*as\s+((?:[^,.;:!?]{1,80}?))\s+(put|puts|said|says|wrote|writes|noted|notes|called|calls|described|describes)\s+it\b/i.exec(tail);
  if (asPutIt?.[1] && asPutIt[2]) {
    const offset = asPutIt[0].indexOf(asPutIt[1], asPutIt[0].search(/as\s/i) + 2);
    const subject = subjectOf(asPutIt[1], offset);
    if (subject) return { cue: asPutIt[2].toLowerCase(), subject };
  }
  // `…,” as Van Jackson, associate professor at …, a Pentagon think tank in Hawaii, puts it.`
  const asPutItAfterRole = AS_NAME_ROLE_PUT_IT.exec(tail);
  if (asPutItAfterRole?.[1] && asPutItAfterRole[2]) {
    const subject = subjectOfPart(asPutItAfterRole[1], asPutItAfterRole[0].indexOf(asPutItAfterRole[1]));
    if (subject?.kind === 'name') return { cue: asPutItAfterRole[2].toLowerCase(), subject };
  }
  // `…,” as reported Monday by Bill Gertz of the Washington Times.`: who reported the words.
  const reportedBy = AS_REPORTED_BY.exec(tail);
  if (reportedBy?.[1]) {
    const subject = subjectAfterCue(` ${reportedBy[1]}`, reportedBy[0].length - reportedBy[1].length - 1);
    if (subject && subject.kind !== 'pronoun') return { cue: 'reported', subject };
  }
  // (`"…" - Iranian President Hassan Rouhani on Twitter`: a spaced hyphen for the dash, before a name only; in
  // a list, `preventing "ear popping" - An active control system`, it parts items.)
  const dash = /^\s*(?:[―—–]|-(?=\s))\s*(?=[A-Z])/.exec(tail);
  if (dash) {
    const subject = subjectAfterCue(tail.slice(dash[0].length), dash[0].length);
    if (subject && (subject.kind === 'name' || !dash[0].includes('-'))) return { cue: '―', subject };
  }
  for (const cue of findCues(tail)) {
    // (`…,” a senior official, who asked not to be identified, said`: a source asking to go unnamed asks nothing quoted.)
    if (ASKED_NOT_TO_BE_NAMED_AT.test(tail.slice(cue.end, cue.end + 24))) continue;
    // `…,” the ADB report said`: a cue word right before a verb of speech is the noun that verb's subject ends in.
    if (NOUN_LIKE_CUE.test(cue.word) && CUE_WORDS.has(/^\s+([a-z]+)/.exec(tail.slice(cue.end))?.[1] ?? '')) continue;
    // `…,” the Financial Times quoted an insider in the talks as saying`: the one quoted speaks.
    const quotedAs = cue.word === 'quoted' || cue.word === 'quotes' ? QUOTED_AS_SAYING.exec(tail.slice(cue.end)) : null;
    if (quotedAs?.[1]) {
      const at = cue.end + quotedAs[0].indexOf(quotedAs[1]);
      // (`…,” the Times quotes him as saying`: the one a pronoun stands for.)
      const pronoun = /^(?:him|her)\s$/.test(quotedAs[1]) ? quotedAs[1].trim() : undefined;
      if (pronoun) return { cue: cue.word, subject: { kind: 'pronoun', text: pronoun, start: at } };
      const quoted = subjectAfterCue(quotedAs[1], at);
      if (quoted) return { cue: cue.word, subject: quoted };
    }
    const before = tail.slice(0, cue.start);
    // (`“…,” these cuts do not “…,” says Benjamin Freeman`: a quotation right before an inverted cue puts the
    // speaker of every quotation its sentence has after the cue.)
    if (INVERTED_CUES.test(cue.word) && INVERTED_AFTER_BLANKED_QUOTATION.test(before)) {
      const subject = subjectAfterCue(tail.slice(cue.end), cue.end);
      if (subject?.kind === 'name' || subject?.kind === 'description') return { cue: cue.word, subject };
    }
    // (`in “extraordinary times,” state officials “have a legal … duty”`: `state` before a noun is the state's.)
    if (cue.word === 'state' && STATE_AS_ADJECTIVE_AT.test(tail.slice(cue.end, cue.end + 24))) continue;
    // (`telling “lies” about his hometown El Paso, which Trump said was a dangerous place`: a cue inside a
    // relative clause says something of the word before it, not who said the quotation.)
    if (RELATIVE_CLAUSE_OPEN_BEFORE.test(before)) continue;
    // (`“…” with large numbers of Republicans defecting, Sen. John Cornyn, R-Texas, an adviser …, said`: an
    // absolute phrase of `with` and a participle, set off by a comma, comes before the subject.)
    const punctuation = /^[\s,.;:!?)\]’'…]*/.exec(before)?.[0].length ?? 0;
    const absolute = WITH_PARTICIPLE_OPENING.exec(before.slice(punctuation));
    const lead = punctuation + (absolute ? absolute[0].length : 0);
    const phrase = before.slice(lead);
    // `X, the attorney general of Oklahoma, one of the states suing, said`: appositions may run long.
    // (`…,” a senior Pakistan Cricket Board (PCB) official, who chose not to be named, told AFP`: a
    // description's too.)
    // (`…,” a former national security official who worked for both Democratic and Republican presidents said`:
    // or its relative clause.)
    // (`…,” lead author Keiichiro Kanemoto of the Research Institute for Humanity and Nature in Kyoto explained`:
    // or a name, then the body the person is of.)
    const limit =
      /^(?:[A-Z]|(?:an?|the|one)\s)[^,]{0,60},/.test(phrase) ||
      DESCRIPTION_THEN_WHO_OPENING.test(phrase) ||
      CLAUSE_THEN_NAME_AND_ROLE.test(phrase) ||
      DOCUMENT_FROM_NAMED_PART.test(phrase) ||
      NAME_OF_BODY_OPENING.test(phrase)
        ? maxWords * 2
        : maxWords;
    if (tokenCountUpTo(phrase, limit + 1) > limit) return null;
    // `…” as when Labour came to power, he said`, `… and is run from headquarters, says a spokesman`, `…” that's
    // needed, said Larry Cohen`, `…” when it comes to Russia, Duda said`: the clause after the quotation goes on,
    // and the attribution follows its last comma.
    const comma = phrase.lastIndexOf(',');
    if (comma >= 0 && /^(as|and|but|which|who|that|when|where)\b/i.test(phrase)) {
      const afterComma = phrase.slice(comma + 1);
      // (`… and was going to be something, his uncle, Bryan Kimble, told Fox 2 News`: a subject set off by
      // commas of its own comes before the cue.)
      const firstComma = phrase.indexOf(',');
      // (Not `… and Bright's boss, HHS Secretary Alex Azar, said, “…”`: a cue that opens the next quotation is its own.)
      // (The next quotation may stand blanked to spaces, or be cut off where the tail ends.)
      const opensNext = /^\s*[,:]?\s*(?:[“"‘]|\s{3}|$)/.test(tail.slice(cue.end, cue.end + 8));
      const setOff = afterComma.trim() === '' && firstComma < comma && !opensNext ? phrase.slice(firstComma + 1, comma) : '';
      const setOffSubject = setOff !== '' && tokenCountUpTo(setOff, 9) <= 8 ? subjectOf(setOff, lead + firstComma + 1) : null;
      const subject =
        setOffSubject ?? (afterComma.trim() === '' ? subjectAfterCue(tail.slice(cue.end), cue.end) : tokenCountUpTo(afterComma, 7) <= 6 ? subjectOf(afterComma, lead + comma + 1) : null);
      if (subject) return { cue: cue.word, subject };
    }
    // `…,” while 73 percent said`: a new clause with its own subject and verb.
    if (/^(while|whereas|but|and|as|when|although|though|because|since|if|meaning|even)\b/i.test(phrase)) return null;
    // (`Her “…” qualities shone some years ago, said Carl Guardino, a former HP executive`: an inverted cue after
    // the clause's comma, a name after it, reports the whole sentence.)
    if (INVERTED_CUES.test(cue.word) && /,\s*$/.test(phrase) && /^\s+\p{Lu}/u.test(tail.slice(cue.end, cue.end + 3))) {
      const following = subjectAfterCue(tail.slice(cue.end), cue.end);
      if (following?.kind === 'name') return { cue: cue.word, subject: following };
    }
    // `…,” Mr Wen is reported to have replied.`: speech reported at second hand is still the speaker's.
    const secondHand = SECOND_HAND_BEFORE.exec(phrase);
    if (secondHand && (cue.word.endsWith('ing') || /^\s+(?:is|was|are|were)\s/.test(secondHand[0]))) {
      const subject = subjectOf(phrase.slice(0, secondHand.index), lead);
      if (subject) return { cue: cue.word, subject };
    }
    // `…,” Biden was due to say, according to an advance copy`: words someone is to say are theirs.
    const dueTo = DUE_TO_SAY_BEFORE.exec(phrase);
    if (dueTo && /^say/.test(cue.word)) {
      const subject = subjectOf(phrase.slice(0, dueTo.index), lead);
      if (subject?.kind === 'name' || subject?.kind === 'pronoun') return { cue: cue.word, subject };
    }
    if (NOUN_OR_INFINITIVE_BEFORE.test(phrase.slice(-24))) continue;
    // (`…” — an apparent reference to a years-long probe`, `…” - a clear warning against a trade war`: a cue in its
    // base form, or a noun of speech, after `a` or `an` and a word is a noun, since one described in the singular
    // would take the verb in -s or the past; the aside says what the words were, not who said them.)
    if ((isBaseForm(cue.word) || NOUN_LIKE_CUE.test(cue.word)) && INDEFINITE_ASIDE_OPENING.test(phrase)) return null;
    // (`…,” the lack of corroborating evidence raised questions`, `the two men traded insults`: a cue in -s right
    // after a verb in the past is that verb's object, a noun in the plural; the clause is the writer's.)
    if (/s$/.test(cue.word) && PAST_VERB_ENDING.test(phrase)) return null;
    // (`…,” the talking points read`, `…,” his opening remarks said`: a cue in -s after a determiner and a word, with a
    // verb of speech right after it, is a noun in the plural, the head of that verb's subject.)
    if (/s$/.test(cue.word) && DETERMINER_AND_WORD_ENDING.test(phrase) && PLURAL_SUBJECT_VERB_AT.test(tail.slice(cue.end))) continue;
    // `… Four movies have already been announced for PSP`: a passive with no agent names no speaker (`it has
    // been suggested` keeps its impersonal `it`, which names no one either).
    if (/\b(?:been|being|was|were|is|are)\s+(?:already\s+|also\s+)?$/.test(phrase) && !/^\s*it\s/i.test(phrase) && !/^\s+(?:by|as)\b/.test(tail.slice(cue.end))) continue;
    // `…,” state prosecutor Alexis Ortiz told Reuters`: a weak cue that runs on into a role is an adjective.
    // (`…,” MCA state official Tan Kok Hong told`: `state` before a role is an adjective wherever it stands.)
    if ((phrase.trim() === '' || /^states?$/.test(cue.word)) && isWeakCue(cue.word) && WEAK_CUE_AS_ADJECTIVE.test(tail.slice(cue.end, cue.end + 40))) continue;
    // (`Republican state Rep. Mike Ball said`, `Kaduna state’s police commissioner`: nor before a title in
    // capitals, nor with a possessive's `'s`.)
    if (/^states?$/.test(cue.word) && STATE_AS_NOUN_AFTER.test(tail.slice(cue.end, cue.end + 24))) continue;
    // `Keys said she was “very excited”, describing Charles as`: a participle goes on the sentence's subject,
    // so the name after it is its object, not a speaker put after the cue.
    if (phrase.trim() === '' && cue.word.endsWith('ing') && cue.word !== 'according to') continue;
    // (`the “violent turn” in Ferguson, Mo., saying`: nor is where something happened, before a participle.)
    if (cue.word.endsWith('ing') && PLACE_THEN_COMMA.test(phrase)) continue;
    // (`“…,” government spokesman Mohammad Bagher Nobakht, according to the semi-official Fars news agency.`: a
    // person named with no verb of their own, then the source that reported them: the person spoke.)
    const reportedName = cue.word === 'according to' && NAME_THEN_COMMA.test(phrase) && tokenCountUpTo(phrase, 9) <= 8 ? subjectOf(phrase.replace(/,\s*$/, ''), lead) : null;
    if (reportedName?.kind === 'name' && reportedName.text.includes(' ')) return { cue: 'said', subject: reportedName };
    // `“There’s no immediate benefit” legally, says Elissa Steglich`: an adverb set off after the quotation
    // goes with its words, and the subject follows the cue as it would right after them.
    if (PHRASE_ENDS_ON_COMMA.test(phrase) && onlyAdverbs(phrase.slice(0, phrase.lastIndexOf(',')))) {
      const following = subjectAfterCue(tail.slice(cue.end), cue.end);
      if (following) return { cue: cue.word, subject: following };
    }
    if (cue.word === 'according to' || phrase.trim() === '') {
      const subject = subjectAfterCue(tail.slice(cue.end), cue.end);
      // (`…,” according to an interview with the Cleveland Plain Dealer.`: where the words were given, not who
      // gave them; the sentence's own cue says that.)
      if (subject?.kind === 'description' && cue.word === 'according to' && INTERVIEW.test(subject.text)) return null;
      if (subject) return { cue: cue.word, subject };
      if (phrase.trim() === '') continue;
      return null;
    }
    // (`US district judge Keith Watkins ruled.`: a role in lower case and a full name are one subject, however many words.)
    // (`…,” the complaint, reviewed by the Gazette, reads.`: nor a paper and a participle's aside on it.)
    if (isWeakCue(cue.word) && tokenCountUpTo(phrase, 5) > 4 && !ROLE_THEN_FULL_NAME.test(phrase) && !PAPER_THEN_PARTICIPLE_ASIDE.test(phrase)) continue;
    // `…, and local authority TV, too says BT`: after a comma and only an adverb, the subject follows the cue.
    // (Not `…, previously told the Monitor`: whom one tells is no speaker.)
    const afterLastComma = phrase.slice(phrase.lastIndexOf(',') + 1);
    if (phrase.includes(',') && onlyAdverbs(afterLastComma) && !TELLING.test(cue.word)) {
      const following = subjectAfterCue(tail.slice(cue.end), cue.end);
      if (following) return { cue: cue.word, subject: following };
    }
    // `the biggest snack brand in Europe`: a verb of naming has an object; without one it is a noun.
    // (`…,” the patient described in the case report.`: a verb of naming in the past with where, not what, after it
    // speaks; `the biggest snack brand in Europe` is a noun. `…,” Obama called out to Republicans`: to call out is to shout.)
    if (NAMING_VERBS.test(cue.word) && !/^\s+(?:him|her|them|it|us|me|the|a|an|this|that|his|their|its|out\s|\p{Lu})/u.test(tail.slice(cue.end)) && !(/ed$/.test(cue.word) && WHERE_SAID_AFTER.test(tail.slice(cue.end)))) continue;
    // `“…” in 2005, said Kurt Karl, economist at Swiss Re`: the quoted sentence runs on after the quotation,
    // and a comma sets off the cue with its subject after it.
    // (`“velvet gloves” in its dealings with Central Asia, said Nargis Kassenova`: capitals may stand in it.)
    // (`…” this fall, told Hill.TV`: whom one tells is no speaker.)
    // (`… for goods at Walmart, said spokesman Randy Hargrove`: a role in lower case may come before the name.)
    // (`“…need to do” a tax overhaul at the same time as highway funding, said Rep. Pat Tiberi`: or the rest of
    // the quoted sentence's object.)
    if (/^(?:in|on|at|by|for|over|from|this|next|last|with|to|into|against|about|after|before|during|an?|the)\s[^,]*,\s*$/.test(phrase) && !CLAUSE_VERB.test(phrase) && /^\s+(?:[a-z]+\s+){0,2}\p{Lu}/u.test(tail.slice(cue.end)) && !TELLING.test(cue.word)) {
      const following = subjectAfterCue(tail.slice(cue.end), cue.end);
      if (following?.kind === 'name') return { cue: cue.word, subject: following };
    }
    // (`… “red wave” this fall, told Hill.TV`: a time is no one.)
    if (TIME_PHRASE.test(phrase)) return null;
    const handle = HANDLE_BEFORE_CUE.exec(phrase);
    if (handle?.[1]) return { cue: cue.word, subject: { kind: 'description', text: handle[1], start: lead + handle.index + handle[0].indexOf(handle[1]) } };
    const subject = subjectOf(phrase, lead);
    if (subject) return { cue: cue.word, subject };
    return null;
  }
  return null;
}

/**
 * A screen name, all the phrase before the cue (`user christopha710 `): `@AskPlayStation`, a word in lower case
 * with a digit in it (`calin75`), or any word after `user` (`user allenjaelee`), as forums and social networks
 * show who posted.
 */
const HANDLE_BEFORE_CUE =
  /^(?:user\s+|username\s+|commenter\s+|poster\s+)?(@\w{2,}|[a-z][a-z0-9_.]*\d[a-z0-9_]*|(?<=(?:user|username|commenter|poster)\s+)[a-z][a-z0-9_]{3,})\s+$/;

/** `with large numbers of Republicans defecting, `: `with`, a noun phrase and a participle, and a comma. */
const WITH_PARTICIPLE_OPENING = /^with\s[^,.;:“”"]{1,60}?\s[a-z]+ing,\s+(?=\p{Lu})/u;

/** `this fall,`, `last week,`: a time after the quotation, before the sentence's verb. */
const TIME_PHRASE = /^(?:this|next|last|earlier|later)\s+(?:fall|autumn|spring|summer|winter|week|weekend|month|year|season|morning|afternoon|evening|night)\s*,?\s*$/i;

/** `told`, `tells`: a cue whose object is whom the words were said to, never who said them. */
export const TELLING = /^(?:told|tells|tell|telling)$/;
/** The same verbs inside a text, to find where one stands. */
const TELLING_WORD = /\b(?:told|tells|tell|telling)\b/;

/** `an interview`, `a TV interview`: the occasion of words, no one who said them. */
const INTERVIEW = /^(?:an?|the|his|her)\s+(?:[a-z-]+\s+)?interviews?$/i;

/**
 * ` is reported to have `, ` was said to have `: speech reported at second hand, right before its verb; or
 * recalled by the speaker (`he remembers asking himself`), right before its participle.
 */
// (`Kremlin spokesman Dmitry Peskov was cited as saying`: or cited or quoted as saying. `…,” a German archbishop,
// Georg Gänswein, could be overheard joking`: or heard, seen or recorded saying it.)
const SECOND_HAND_BEFORE =
  /\s+(?:(?:is|was|are|were)\s+(?:reported|said|understood|believed|alleged|quoted)\s+to\s+have|(?:is|was|are|were)\s+(?:cited|quoted)\s+as|(?:is|was|are|were|could\s+be|can\s+be|has\s+been|had\s+been)\s+(?:heard|overheard|seen|caught|recorded|filmed|videotaped)(?:\s+to)?|(?:remembers|remembered|recalls|recalled))\s*$/;

/** ` in the case report.`, ` to reporters.`: where or to whom something was said, closing the sentence. */
const WHERE_SAID_AFTER = /^\s+(?:in|to|on|at|during)\s+[^,.;:!?“”"]{1,60}[.!?]?\s*$/;

/** ` US district judge Keith Watkins `: perhaps a capitalised word, a role in lower case, then a full name, and nothing else. */
const ROLE_THEN_FULL_NAME = /^\s*(?:\p{Lu}[\p{L}.]*\s+)?(?:[a-z-]+\s+){1,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}\s*$/u;

/** ` was due to `, ` is expected to `: what someone is to do, before its verb. */
const DUE_TO_SAY_BEFORE = /\s+(?:was|is|were|are)\s+(?:due|expected|set|scheduled|slated|poised|going)\s+to\s*$/;

/** ` officials`, ` lawmakers`: a noun in lower case right after `state`, which it qualifies. */
const STATE_AS_ADJECTIVE_AT = /^\s+(?!that\b)[a-z]+(?:s|ers?|ors?|ment|ture|tion|house|police|law)\b/;

/** `, which Trump `: a relative clause opened by `which` or `whom`, with its subject, right before a cue. */
const RELATIVE_CLAUSE_OPEN_BEFORE = /,\s+(?:which|whom)\s+(?:[^\s,]+\s+){0,4}$/;

/** A finite verb, the mark of a whole clause (not a compound such as `Sheffield-based`). */
export const CLAUSE_VERB = /(?<![\w-])(?:would|will|could|can|should|must|is|are|was|were|has|have|had|[a-z]{3,}ed)\b/;

export const NAMING_VERBS = /^(call|calls|called|calling|describe|describes|described|describing|label|labels|labeled|labelled|dub|dubs|dubbed|term|terms|termed|brand|brands|branded)$/;

/** ` do not “…,” `: a word in lower case or a comma, then a quotation blanked with no-break spaces, right before a cue. */
export const INVERTED_AFTER_BLANKED_QUOTATION = /[\p{Ll},]\s?\u00a0{4,}\s*$/u;
/** Verbs of speech that may come before their subject (`…, said the report, “…”`). */
export const INVERTED_CUES = /^(?:said|says|added|adds|wrote|writes|noted|notes|continued|argued|explained|stated|states|insisted|warned)$/;

/** ` evidence raised `, ` men traded `: a subject's words, then a verb in the past, right before a noun (not ` officials involved `). */
const PAST_VERB_ENDING = /\p{L}\s+(?!(?:involved|concerned|affected|named|interviewed|surveyed|polled|asked|contacted|reached|quoted|cited|briefed|based|related|linked|connected|associated|allied|aligned|supported|backed|funded|appointed|elected)\s)[a-z]{2,}ed\s+$/u;

/** ` the talking `, ` his opening `: a determiner and one word in lower case, all a phrase before a cue in -s. */
const DETERMINER_AND_WORD_ENDING = /^\s*(?:the|his|her|their|its|our|these|those)\s+[a-z][a-z-]*\s+$/;

/** ` read`, ` said`, ` stated`: a verb a plural subject speaks with, right after its head noun. */
const PLURAL_SUBJECT_VERB_AT = /^\s+(?:also\s+)?(?:read|said|say|stated|state|added|noted|warned|claimed|argued|suggested|concluded)\b/;

/** ` — an apparent `, ` a clear `: the same, all a phrase set off after a quotation, perhaps by a dash. */
const INDEFINITE_ASIDE_OPENING = new RegExp(String.raw`^[\s—–-]*${INDEFINITE_AND_WORD}`, 'u');

/** `, as reported Monday by `, ` as first reported by `: the phrase, then whoever reported the words. */
const AS_REPORTED_BY = /^[\s,]*as\s+(?:first\s+|previously\s+|initially\s+)?reported\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier)\s+)?by\s+([^,.;:!?“”"]{2,80})/;
