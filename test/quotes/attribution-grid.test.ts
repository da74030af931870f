import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.js';

/**
 * Every common attribution form crossed with names of every shape: a rule written for one name (`Sarah
 * Jones, Oxford University, said`) must hold for a name whose first name no list knows (`Olumide Adeyemi`),
 * one with particles (`Mohammed bin Salman`), a month or a modal in it (`Theresa May`, `Will Hurd`), and
 * bodies named with or without `the`.
 */

/** [full name, the form a later mention uses]. */
const PEOPLE: [string, string][] = [
  ['Theresa May', 'May'],
  ['Will Hurd', 'Hurd'],
  ['Cristianne Close', 'Close'],
  ['Mohammed bin Salman', 'bin Salman'],
  ['Xi Jinping', 'Xi'],
  ['Jean-Claude Juncker', 'Juncker'],
  ['Ahmed al-Sharaa', 'al-Sharaa'],
  ['Alexandria Ocasio-Cortez', 'Ocasio-Cortez'],
  ['Kim Jong Un', 'Kim'],
  ["Beto O'Rourke", "O'Rourke"],
  ['Anthony Fauci', 'Fauci'],
  ['Tulsi Gabbard', 'Gabbard'],
  ['Nguyen Van Thanh', 'Thanh'],
  ['Priya Sharma', 'Sharma'],
  ['Olumide Adeyemi', 'Adeyemi'],
  ['Siobhan McSweeney', 'McSweeney'],
  ['Paris Hilton', 'Hilton'],
  ['Summer Lee', 'Lee'],
];

const SAID = '"We will keep working on this problem,"';
const SAYS = '"We will keep working on this problem."';
const PART = '"keep working on this problem"';

/** Each form, written around a full name and its later form. */
const PERSON_FORMS: [string, (full: string, short: string) => string[]][] = [
  ['“…,” X said.', (full, short) => [`${full} spoke on Monday.`, `${SAID} ${short} said.`]],
  ['“…,” said X, a ROLE.', (full) => [`${SAID} said ${full}, a spokesman for the company.`]],
  ['X, a ROLE, said: “…”', (full) => [`${full}, a spokesman for the company, said: ${SAYS}`]],
  ['In a statement, X said:', (full) => [`In a statement, ${full} said: ${SAYS}`]],
  ['Asked about …, X said:', (full) => [`Asked about the report, ${full} said: ${SAYS}`]],
  ['Speaking to reporters, X said:', (full) => [`Speaking to reporters on Monday, ${full} said: ${SAYS}`]],
  ['X told reporters:', (full) => [`${full} told reporters: ${SAYS}`]],
  ['“…,” X told the AP.', (full) => [`${SAID} ${full} told the Associated Press.`]],
  ['According to X, …', (full) => [`According to ${full}, the team will ${PART}.`]],
  ['X said the team would “…”', (full) => [`${full} said the team would ${PART}.`]],
  ['X, who …, said:', (full) => [`${full}, who leads the group, said: ${SAYS}`]],
  ['“…,” X wrote on Twitter.', (full) => [`${SAID} ${full} wrote on Twitter.`]],
  ['Later, X tweeted:', (full, short) => [`${full} arrived on Monday.`, `Later, ${short} tweeted: ${SAYS}`]],
  ['“…,” X, director of …, said in an email.', (full) => [`${SAID} ${full}, director of the Center for Health Policy at Duke University, said in an email.`]],
  ['X, BODY, said:', (full) => [`${full}, University College London, said: ${SAYS}`]],
  ['X of the charity BODY said:', (full) => [`${full} of the charity Oxfam said: ${SAYS}`]],
  ['“…,” X, 45, said.', (full) => [`${SAID} ${full}, 45, said.`]],
  ['“…,” X said Tuesday.', (full) => [`${SAID} ${full} said Tuesday.`]],
  ['X, who …, told CNN:', (full) => [`${full}, who has led the group since 2010, told CNN: ${SAYS}`]],
  ['“We lost,” X said, adding: “…”', (full) => [`"We lost," ${full} said on Monday, adding: ${SAYS}`]],
  ['Reached by phone, X said:', (full) => [`Reached by phone, ${full} said: ${SAYS}`]],
  ['Critics attacked X. X responded:', (full, short) => [`Critics have attacked ${full} for months.`, `${short} responded: ${SAYS}`]],
  ['X, a nurse, … “…,” X said. “…”', (full, short) => [`${full}, a nurse, was at the scene.`, `"It was chaos," ${short} said. ${SAYS}`]],
];

const BODIES = ['the World Health Organization', 'Amnesty International', 'the Pentagon', 'Human Rights Watch', 'the European Commission', 'Google', 'the Kremlin', 'Oxfam', 'Boeing', 'the Bank of England', 'NATO', 'Goldman Sachs'];

const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Each form around a body's name as the text writes it. */
const BODY_FORMS: [string, (body: string) => string[]][] = [
  ['“…,” BODY said in a statement.', (body) => [`${SAID} ${body} said in a statement.`]],
  ['In a statement, BODY said:', (body) => [`In a statement, ${body} said: ${SAYS}`]],
  ['BODY issued a statement. “…,” it said.', (body) => [`${capitalised(body)} issued a statement on Monday.`, `${SAID} it said.`]],
  ['BODY released a report. “…,” the report said.', (body) => [`${capitalised(body)} released a report on Monday.`, `${SAID} the report said.`]],
  ['BODY criticised the plan. “…,” it added.', (body) => [`${capitalised(body)} criticised the plan.`, `${SAID} it added.`]],
  ['BODY, which …, said:', (body) => [`${capitalised(body)}, which has long opposed the plan, said: ${SAYS}`]],
  ['A statement from BODY read:', (body) => [`A statement from ${body} read: ${SAYS}`]],
];

/** The speaker given to the quotation that holds `keep working`. */
function speakerOfTheQuotation(paragraphs: string[]): string | undefined {
  return speakersOf(...paragraphs).find(([text]) => text.includes('keep working'))?.[1];
}

describe('attribution forms crossed with names', () => {
  it.each(PERSON_FORMS)('%s, for every shape of name', (_form, write) => {
    const wrong = PEOPLE.map(([full, short]) => [full, speakerOfTheQuotation(write(full, short))]).filter(([full, got]) => got !== full);
    expect(wrong).toEqual([]);
  });

  it.each(BODY_FORMS)('%s, for every body', (_form, write) => {
    const wrong = BODIES.map((body) => [body, speakerOfTheQuotation(write(body))]).filter(([body, got]) => got !== (body as string).replace(/^the /, ''));
    expect(wrong).toEqual([]);
  });

  it('keeps whom a spokeswoman speaks for, after the cue, for every body', () => {
    const wrong = BODIES.map((body) => [body, speakerOfTheQuotation([`${SAID} said a spokeswoman for ${body}, who declined to be named.`])]).filter(
      ([body, got]) => got !== `a spokeswoman for ${body}`,
    );
    expect(wrong).toEqual([]);
  });
});

/** A person brought in, then a sentence of another kind, then `“…,” he said`. */
const INTRODUCTIONS: [string, (name: string) => string][] = [
  ['X, a spokesman for the group, spoke', (name) => `${name}, a spokesman for the group, spoke to reporters on Monday.`],
  ['X is the director of …', (name) => `${name} is the director of the Center for Policy.`],
  ['“…,” said X, the group’s director.', (name) => `"We are ready," said ${name}, the group's director.`],
  ['X, 45, has led the group', (name) => `${name}, 45, has led the group since 2010.`],
  ['The plan was drawn up by X, the group’s director.', (name) => `The plan was drawn up by ${name}, the group's director.`],
];
const BETWEEN = [
  'The plan was criticised by Mary Jones last week.',
  'Google has not commented.',
  'He said the plan would cost $5 million.',
  'The vote is set for Tuesday.',
  'He met the city council on Monday.',
  'His office said the plan was ready.',
  'Critics say the plan is too costly.',
  'Last year, Mary Jones rejected a similar plan.',
];

describe('a pronoun after a person brought in and a sentence between', () => {
  it.each(INTRODUCTIONS)('%s, then any of eight sentences, then “…,” he said', (_form, introduce) => {
    const wrong = ['John Smith', 'Olumide Adeyemi', 'Mark Knecht'].flatMap((name) =>
      BETWEEN.map((between) => [name, between, speakerOfTheQuotation([introduce(name), between, `${SAID} he said.`])]).filter(([name, , got]) => got !== name),
    );
    expect(wrong).toEqual([]);
  });
});

/** Reported speech that names someone else inside it: the one who reports speaks, not the one reported on. */
const REPORTED: [string, (speaker: string, other: string) => string][] = [
  ['X said Y had made a “…”', (speaker, other) => `${speaker} said ${other} had made a "terrible mistake" in the talks.`],
  ['X accused Y of a “…”', (speaker, other) => `${speaker} accused ${other} of a "terrible mistake" in the talks.`],
  ['X told reporters that Y had made a “…”', (speaker, other) => `${speaker} told reporters that ${other} had made a "terrible mistake."`],
  ['X called Y’s decision a “…”', (speaker, other) => `${speaker} called ${other}'s decision a "terrible mistake."`],
  ['X said the decision by Y was a “…”', (speaker, other) => `${speaker} said the decision by ${other} was a "terrible mistake."`],
  ['X criticised Y, calling the move a “…”', (speaker, other) => `${speaker} criticised ${other}, calling the move a "terrible mistake."`],
  ['X said that Y, who …, had made a “…”', (speaker, other) => `${speaker} said that ${other}, who leads the talks, had made a "terrible mistake."`],
  ['Asked about Y, X said it was a “…”', (speaker, other) => `Asked about ${other}, ${speaker} said it was a "terrible mistake."`],
  ['X described Y’s plan as a “…”', (speaker, other) => `${speaker} described ${other}'s plan as a "terrible mistake."`],
  ['X responded to Y, saying …“…”', (speaker, other) => `${speaker} responded to ${other}, saying the plan was a "terrible mistake."`],
  ['X said in an interview with Y that …“…”', (speaker, other) => `${speaker} said in an interview with ${other} that the plan was a "terrible mistake."`],
];

describe('reported speech that names someone else', () => {
  it.each(REPORTED)('%s, for named speakers, a titled one and one described', (_form, write) => {
    const speakers: [string, string[]][] = [
      ['John Smith', []],
      ['Olumide Adeyemi', []],
      ['Sen. Chuck Grassley', []],
      ['the senator', ['Sen. Chuck Grassley spoke on Monday.']],
    ];
    const wrong = speakers.flatMap(([speaker, before]) =>
      ['Donald Trump', 'Mary Jones', 'the Pentagon', 'Google']
        .map((other) => [speaker, other, speakersOf(...before, capitalised(write(speaker, other))).find(([text]) => text.includes('terrible'))?.[1]])
        .filter(([, , got]) => got !== (speaker === 'John Smith' || speaker === 'Olumide Adeyemi' ? speaker : 'Chuck Grassley')),
    );
    expect(wrong).toEqual([]);
  });
});

/** Where and how the words were given, between the speaker and a colon or after the quotation. */
const CIRCUMSTANCES = [
  'said in a statement',
  'wrote on Twitter',
  'added in an interview with CNN',
  'told Fox News on Sunday',
  'posted on Facebook',
  'tweeted Tuesday',
  'said in a statement to The Associated Press',
  'warned in a letter to lawmakers',
  'later clarified on Twitter',
  'said in an email to The Hill',
  'wrote in an op-ed for The Washington Post',
  'argued in a court filing',
  'said at a news conference in Washington',
  'told reporters at the White House',
  'said in a video posted online',
  'has said repeatedly',
];
const GIVERS: [string, string][] = [
  ['John Smith', 'John Smith'],
  ['Olumide Adeyemi', 'Olumide Adeyemi'],
  ['Sen. Chuck Grassley (R-Iowa)', 'Chuck Grassley'],
  ['The company', 'the company'],
  ['Amnesty International', 'Amnesty International'],
  ['A spokeswoman for the group', 'a spokeswoman for the group'],
];

describe('where and how the words were given', () => {
  it.each(CIRCUMSTANCES)('X %s, before a colon and after the quotation, for people, bodies and descriptions', (circumstance) => {
    const wrong = GIVERS.flatMap(([giver, speaker]) => {
      const inText = giver.replace(/^(The|A) /, (article) => article.toLowerCase());
      return [`${giver} ${circumstance}: ${SAYS}`, `${SAID} ${inText} ${circumstance}.`]
        .map((sentence) => [sentence, speakerOfTheQuotation([sentence])])
        .filter(([, got]) => got?.toLowerCase() !== speaker.toLowerCase());
    });
    expect(wrong).toEqual([]);
  });
});

describe('a person named again by a shorter form', () => {
  const named = ['John Smith', 'Olumide Adeyemi', 'Kim Jong Un', 'Jean-Claude Juncker', "Beto O'Rourke", 'Mohammed bin Salman', 'Alexandria Ocasio-Cortez', 'Martin Luther King Jr.', 'Hillary Rodham Clinton'];
  const surnameOf = (name: string): string => name.replace(/ Jr\.$/, '').split(' ').at(-1) as string;
  // (A courtesy title of the person's own gender: `Mr. Clinton` is no one the grid named, since Hillary is a woman's name.)
  const women = new Set(['Alexandria Ocasio-Cortez', 'Hillary Rodham Clinton']);
  it.each([
    ['the surname', surnameOf],
    ['`Mr.` or `Ms.` and the surname', (name: string) => `${women.has(name) ? 'Ms.' : 'Mr.'} ${surnameOf(name)}`],
    ['`Dr` and the surname', (name: string) => `Dr ${surnameOf(name)}`],
    ['the full name', (name: string) => name],
  ] as [string, (name: string) => string][])('%s, after the full name with a role', (_form, later) => {
    const wrong = named
      .map((name) => [name, speakerOfTheQuotation([`${name}, a spokesman for the group, spoke on Monday.`, 'Officials met on Tuesday.', `${SAID} ${later(name)} said.`])])
      .filter(([name, got]) => got !== name);
    expect(wrong).toEqual([]);
  });
});

/** A document with the kind of body that issued it before it (`a police statement`), after a body of that kind or none. */
const KIND_DOCUMENTS: [string, string[], string][] = [
  ['a police statement', [], 'the police'],
  ['an army statement', [], 'the army'],
  ['a government statement', [], 'the government'],
  ['a campaign statement', [], 'the campaign'],
  ['a company statement', ['Nordvik Airlines cut 300 jobs on Monday.'], 'Nordvik Airlines'],
  ['a ministry statement', ['The Ministry of Fisheries closed the bay on Monday.'], 'Ministry of Fisheries'],
];

describe('a document the kind of body before it issued', () => {
  it.each(KIND_DOCUMENTS)('“…,” %s said, and the same before a colon and after `according to`', (document, before, speaker) => {
    const sentences = [`${SAID} ${document} said.`, `${capitalised(document)} said: ${SAYS}`, `The crew will ${PART}, according to ${document}.`];
    const wrong = sentences.map((sentence) => [sentence, speakerOfTheQuotation([...before, sentence])]).filter(([, got]) => got !== speaker);
    expect(wrong).toEqual([]);
  });

  it.each(KIND_DOCUMENTS)('%s written as a statement from that kind, before the cue, after it and after `according to`', (document, before, speaker) => {
    const from = `a statement from the ${document.split(' ')[1]}`;
    const sentences = [`${SAID} said ${from}.`, `${capitalised(from)} said: ${SAYS}`, `The crew will ${PART}, according to ${from}.`];
    const wrong = sentences.map((sentence) => [sentence, speakerOfTheQuotation([...before, sentence])]).filter(([, got]) => got !== speaker);
    expect(wrong).toEqual([]);
  });

  it('reads a nation’s word before the kind as part of the description, not as a name (`a letter from the Russian defence ministry`)', () => {
    expect(speakerOfTheQuotation([`The crew will ${PART}, according to a letter from the Norwegian fisheries ministry.`])).toBe('the Norwegian fisheries ministry');
  });
});

/** An owner's noun for words said, then a colon: the owner speaks what the colon gives. */
const OWNED_WORDS_FORMS: [string, (full: string, short: string) => string[]][] = [
  ['X’s message was clear: “…”', (full, short) => [`${full} spoke on Monday.`, `${short}'s message was clear: ${SAYS}`]],
  ['X’s advice to voters: “…”', (full) => [`${full}'s advice to voters: ${SAYS}`]],
  ['The message from X was simple: “…”', (full) => [`The message from ${full} was simple: ${SAYS}`]],
];

describe('an owner’s noun for words said, before a colon', () => {
  it.each(OWNED_WORDS_FORMS)('%s, for every shape of name', (_form, write) => {
    const wrong = PEOPLE.map(([full, short]) => [full, speakerOfTheQuotation(write(full, short))]).filter(([full, got]) => got !== full);
    expect(wrong).toEqual([]);
  });

  it('reads `his` or `her` before the noun as whom `he` or `she` would stand for', () => {
    expect(speakerOfTheQuotation(['Marit Solberg lost the vote on Tuesday.', `Her response was defiant: ${SAYS}`])).toBe('Marit Solberg');
    expect(speakerOfTheQuotation(['Tobias Renn was asked about the donor.', `His reply was short: ${SAYS}`])).toBe('Tobias Renn');
  });
});

/** A noun for words said as the predicate after the quotation: its owner speaks. */
const WORDS_NOUN_AFTER_FORMS: [string, (full: string, short: string) => string[]][] = [
  ['“…,” was X’s reply.', (full, short) => [`${full} was asked about the plan.`, `${SAID} was ${short}'s reply.`]],
  ['“…,” came the answer from X.', (full) => [`${SAID} came the answer from ${full}.`]],
  ['“…,” were X’s first words.', (full) => [`${SAID} were ${full}'s first words after the vote.`]],
];

describe('a noun for words said after the quotation', () => {
  it.each(WORDS_NOUN_AFTER_FORMS)('%s, for every shape of name', (_form, write) => {
    const wrong = PEOPLE.map(([full, short]) => [full, speakerOfTheQuotation(write(full, short))]).filter(([full, got]) => got !== full);
    expect(wrong).toEqual([]);
  });

  it('reads `his` or `her` before the noun, and someone described after `from`', () => {
    expect(speakerOfTheQuotation(['Marit Solberg was asked whether she would resign.', `${SAID} was her reply.`])).toBe('Marit Solberg');
    expect(speakerOfTheQuotation([`${SAID} came the reply from a spokeswoman for the port.`])).toBe('a spokeswoman for the port');
  });
});

/** A phrase that gives the source of the words in the rest of the sentence. */
const SOURCE_PHRASE_FORMS: [string, (full: string) => string[]][] = [
  ['As X put it, “…”', (full) => [`As ${full} put it, ${SAYS}`]],
  ['In X’s words, the crew will “…”', (full) => [`In ${full}'s words, the crew will ${PART}.`]],
];

describe('a phrase that gives the source of the words', () => {
  it.each(SOURCE_PHRASE_FORMS)('%s, for every shape of name', (_form, write) => {
    const wrong = PEOPLE.map(([full]) => [full, speakerOfTheQuotation(write(full))]).filter(([full, got]) => got !== full);
    expect(wrong).toEqual([]);
  });

  // (Not the whole grid: a name after `of` loses an unknown first word, `the words of Nguyen Van Thanh` read as `Van Thanh`.)
  it('reads `in the words of X` opening the sentence, set off inside it, and closing it', () => {
    const wrong = ['Theresa May', 'Olumide Adeyemi', 'Jean-Claude Juncker', 'Mohammed bin Salman']
      .flatMap((full) => [
        [full, speakerOfTheQuotation([`In the words of ${full}, the crew will ${PART}.`])],
        [full, speakerOfTheQuotation([`The crew will, in the words of ${full}, ${PART}.`])],
        [full, speakerOfTheQuotation([`The crew will "keep working on this problem," in the words of ${full}.`])],
      ])
      .filter(([full, got]) => got !== full);
    expect(wrong).toEqual([]);
  });

  it('gives way to a cue of the clause after the phrase (`As Okoro put it, Mensah said “…”`)', () => {
    expect(speakerOfTheQuotation([`As Lene Dahl put it, Marek Olsen said the crew will ${PART}.`])).toBe('Marek Olsen');
  });
});
