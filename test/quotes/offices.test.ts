import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../src/analyse/quotes/index.js';
import { article } from './helpers.js';

/**
 * `The foreign secretary said …` in a story that names the holder without the office: the rest of the
 * corpus calls that person by it. Every article here is written for the test.
 */
const earlier = [
  article('early-1', ['Foreign Secretary Dana Whitfield flew to Geneva on Monday for the talks.']),
  article('early-2', ['The deal was welcomed by Dana Whitfield, the foreign secretary, and by shadow foreign secretary Owen Marsh.']),
  article('early-3', ['Shadow foreign secretary Owen Marsh asked for a vote. Former foreign secretary Owen Marsh had said so before.']),
  article('early-4', ['The former Tory foreign secretary Owen Marsh spoke at the dinner.']),
  article('early-5', ['Former Tory foreign secretary Owen Marsh wrote to the paper.']),
];

function speakersIn(paragraphs: string[], corpus = earlier): [string, string | undefined][] {
  const analysis = analyseQuotes([...corpus, article('story', paragraphs)]);
  return analysis.quotations.filter((quotation) => quotation.articleId === 'story').map((quotation) => [quotation.text, quotation.speaker]);
}

describe('offices the corpus gives someone the article names', () => {
  it('gives the words of `the foreign secretary` to the person other articles call that', () => {
    expect(
      speakersIn(['Dana Whitfield has attacked the ruling of the court.', 'The foreign secretary said the ruling was “simply wrong” and would be appealed.']),
    ).toEqual([['simply wrong', 'Dana Whitfield']]);
  });

  it('gives `he said` after a sentence about `the foreign secretary` to the holder the corpus shows, over one a clause names', () => {
    const story = [
      'Dana Whitfield has backed the new treaty.',
      'The treaty was a theme of the US election, where Carl Brandt opposed it. But the foreign secretary argued there was a case for it. “We have a duty to sign,” he said.',
    ];
    expect(speakersIn(story)).toEqual([['We have a duty to sign', 'Dana Whitfield']]);
    // With no article to show who holds the office, the pronoun is read as before.
    expect(speakersIn(story, [])).toEqual([['We have a duty to sign', 'Carl Brandt']]);
  });

  it('counts neither a shadow nor a former office, nor a single article, as the office', () => {
    // Owen Marsh is only ever the shadow (or former) foreign secretary; Dana Whitfield is not named here.
    expect(speakersIn(['Owen Marsh has attacked the ruling of the court.', 'The foreign secretary said the ruling was “simply wrong”.'])).toEqual([
      ['simply wrong', 'The foreign secretary'],
    ]);
    expect(
      speakersIn(
        ['Dana Whitfield has attacked the ruling of the court.', 'The foreign secretary said the ruling was “simply wrong”.'],
        earlier.slice(0, 1),
      ),
    ).toEqual([['simply wrong', 'The foreign secretary']]);
  });

  it('leaves the office to one the article titles with it and no place, over one it titles as another place’s', () => {
    const story = [
      '“We will rebuild every bridge,” Foreign Secretary Mira Lund said on Friday.',
      'Condolences came from abroad. Norway’s Foreign Secretary Dana Whitfield called the flooding a tragedy.',
      'On Saturday, the foreign secretary said the dams would be “inspected one by one”.',
    ];
    expect(speakersIn(story).at(-1)).toEqual(['inspected one by one', 'Mira Lund']);
  });

  it('leaves the office alone when two people the article names have held it', () => {
    expect(
      speakersIn(
        ['Dana Whitfield met Owen Marsh on Monday.', 'The foreign secretary said the ruling was “simply wrong”.'],
        [...earlier, article('early-6', ['Foreign Secretary Owen Marsh resigned in 1998.']), article('early-7', ['Owen Marsh, the foreign secretary, resigned.'])],
      ),
    ).toEqual([['simply wrong', 'The foreign secretary']]);
  });

  it('gives the office to the holder the story is about when another holder is named only in passing', () => {
    const holders = [...earlier, article('early-6', ['Foreign Secretary Owen Marsh resigned in 1998.']), article('early-7', ['Owen Marsh, the foreign secretary, resigned.'])];
    const story = [
      'Dana Whitfield flew to Rome on Monday.',
      'Whitfield met the Italian premier there.',
      'Whitfield has had a hard week. Critics compared her to Owen Marsh, who quit in 1998.',
      'The foreign secretary said the talks had been “very good”.',
    ];
    expect(speakersIn(story, holders)).toEqual([['very good', 'Dana Whitfield']]);
    // Named about as often as she is, he is as likely a holder: the office stays unresolved.
    const even = [...story.slice(0, 3), 'Marsh said nothing.', 'Marsh left early.', ...story.slice(3)];
    expect(speakersIn(even, holders)).toEqual([['very good', 'The foreign secretary']]);
  });

  it('does not let one article that seems to give someone the office make them a rival', () => {
    expect(
      speakersIn(
        ['Dana Whitfield met Owen Marsh on Monday.', 'The foreign secretary said the ruling was “simply wrong”.'],
        [...earlier, article('early-6', ['Echoing the new envoy Owen Marsh, the foreign secretary said talks would go on.'])],
      ),
    ).toEqual([['simply wrong', 'Dana Whitfield']]);
  });

  it('moves words the article gave, by the person just written about, to the one the corpus calls by the office', () => {
    const leaders = [
      article('lead-1', ['Lib Dem leader Owen Marsh spoke in Bath on Monday.']),
      article('lead-2', ['The plan was attacked by Owen Marsh, the Lib Dem leader, on Friday.']),
    ];
    expect(
      speakersIn(
        ['Home Secretary Dana Whitfield has vowed to press on despite a call from Owen Marsh.', 'The Lib Dem leader said the change was a “good opportunity” to think again.'],
        leaders,
      ),
    ).toEqual([['good opportunity', 'Owen Marsh']]);
  });

  it('reads `Gov.` before a name as the governor, and not `Lt. Gov.`', () => {
    const governors = [
      article('gov-1', ['Gov. Dana Whitfield signed the bill on Monday.']),
      article('gov-2', ['The bill reached Gov. Dana Whitfield late on Friday.']),
      article('gov-3', ['Lt. Gov. Owen Marsh chaired the session.']),
      article('gov-4', ['The vote was called by Lt. Gov. Owen Marsh.']),
    ];
    expect(speakersIn(['Dana Whitfield has attacked the ruling of the court.', 'The governor said the ruling was “simply wrong”.'], governors)).toEqual([
      ['simply wrong', 'Dana Whitfield'],
    ]);
    expect(speakersIn(['Owen Marsh has attacked the ruling of the court.', 'The governor said the ruling was “simply wrong”.'], governors)).toEqual([
      ['simply wrong', 'The governor'],
    ]);
  });

  it('finds a peer by title and name (`Attorney General Lord Fenwick`)', () => {
    const peers = [
      article('peer-1', ['Attorney General Lord Fenwick gave his advice in March.']),
      article('peer-2', ['The advice of the Attorney General, Lord Fenwick, was published.']),
    ];
    const [[, speaker]] = speakersIn(['Lord Fenwick faced questions in the Lords.', 'The attorney general denied he had been “leant on” by anyone.'], peers) as [[string, string]];
    expect(speaker).toMatch(/Fenwick/);
  });
});

