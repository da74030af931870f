import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.js';

/**
 * Speakers named only by a description (`the former cabinet secretary`, `the 25-year-old`): who the
 * description stands for is read from the sentences before. Every article here is written for the test.
 */
describe('speakers named by a description', () => {
  it('gives `the former …` the person whose report, quoting words of its own, comes just before', () => {
    expect(
      speakersOf(
        'Lord Hartley said the government had too much freedom to “bring in bad laws” and relied on advisers. The former cabinet secretary said in an interview: “There is too much central control.”',
      ),
    ).toEqual([
      ['bring in bad laws', 'Lord Hartley'],
      ['There is too much central control.', 'Lord Hartley'],
    ]);
  });

  it('does not give a spokeswoman the words of the man reported just before', () => {
    const speakers = speakersOf(
      'Opposition leader David Mallory said it was “almost beyond belief”. The executive spokeswoman said: “Ministers were told of that.”',
    );
    expect(speakers[1]?.[1]).not.toBe('David Mallory');
  });

  it('reads `a Boonville, New York, resident wrote` as one described, town and state inside, whom `the person wrote` then stands for', () => {
    expect(
      speakersOf(
        'Rep. Claudia Tenney said she received a threatening email.',
        '“One down, 216 to go,” a Boonville, New York, resident wrote in the email, published by Politico.',
        '“Did you NOT expect this?” the person wrote.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['a Boonville, New York, resident', 'a Boonville, New York, resident']);
  });

  it('gives an epithet of age or kin (`the silver-haired septuagenarian`, `the dad`) the one the sentence before calls `she` or `he`, after an opening clause too', () => {
    expect(
      speakersOf(
        'Donald Trump attacked Baltimore this week.',
        'When Marilyn Ford points, she might as well be pointing with the president’s finger.',
        '“He is right, you know,” says the silver-haired septuagenarian.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Marilyn Ford']);
  });
});

describe('the subject after an opening word', () => {
  it('reads past `Earlier` with no comma, as past `Later`, to the subject a participle belongs to', () => {
    expect(
      speakersOf(
        'Prime Minister Tony Blair praised the result. Earlier Tory leader Michael Howard sent his “warmest congratulations”, saying: “We look to the president to unite us.”',
      ),
    ).toEqual([
      ['warmest congratulations', 'Michael Howard'],
      ['We look to the president to unite us.', 'Michael Howard'],
    ]);
  });
});

describe('groups named together', () => {
  it('gives `the two firms`, `the judges`, `said the artists` to the names last listed together that act or speak', () => {
    expect(
      speakersOf(
        'Shares in Ardent and Kellow Labs fell on Monday as the firms halted sales of a drug. Doctors were told to stop prescribing Zelvin and Ornax.',
        '“We will work with doctors to understand the risk,” the two firms said in a statement.',
      ),
    ).toEqual([['We will work with doctors to understand the risk', 'Ardent and Kellow Labs']]);
    expect(
      speakersOf('But Lord Justice Pym and Mr Justice Hale ruled that the case could go on. The inquiry had not been “timely or effective”, the judges said.'),
    ).toEqual([['timely or effective', 'Lord Justice Pym and Mr Justice Hale']]);
    expect(speakersOf('Prize-winning artists Dorsey & Vane have built a model of the old city. “The river was the city,” said the artists.')).toEqual([
      ['The river was the city', 'Dorsey & Vane'],
    ]);
  });

  it('does not give a group the names the article calls by another noun', () => {
    expect(
      speakersOf(
        'Shares in construction companies Adhi Mulia and Semen Raya have jumped sharply.',
        'A study found most businesses recover. “Our research shows that most businesses do recover,” the authors concluded.',
      ),
    ).toEqual([['Our research shows that most businesses do recover', 'the authors']]);
  });
});

describe('time before the subject', () => {
  it('leaves a time with no comma after it (`This week a judge claimed`) out of who spoke', () => {
    expect(speakersOf('This week a judge claimed easy access to drink was breeding “urban savages”.')).toEqual([['urban savages', 'a judge']]);
  });
});

describe('relative clauses', () => {
  it('gives words to the name before `, who this week criticised`', () => {
    expect(
      speakersOf('Mr Chirac will miss an address to the summit from Iraqi interim leader Iyad Allawi, who this week criticised nations which took a “spectator” role.'),
    ).toEqual([['spectator', 'Iyad Allawi']]);
  });
});

describe('a quotation with no cue after a report', () => {
  it('goes on with the speaker named after the cue at the end of a long report', () => {
    expect(
      speakersOf(
        'Senator Ruth Hale said in her letter that the move would be “uncommon”.',
        'It is unclear whether Democrats will regain control of the Senate next year, but if the president acts now, members of the party could push to replace the chairwoman, said Bart Nolan, policy advocate for Public Watch. “It would avoid a big Senate fight.”',
      ),
    ).toEqual([
      ['uncommon', 'Ruth Hale'],
      ['It would avoid a big Senate fight.', 'Bart Nolan'],
    ]);
  });
});

describe('a cue after a closed quotation', () => {
  it('closes the quotation before it when how or where it was said and a participle follow (`wrote sarcastically on Twitter, adding that …`)', () => {
    expect(
      speakersOf(
        'Critics call the network a mouthpiece that seeks to create an alternative to reality.',
        '“Long live freedom of speech!” Marina Volkova, the editor in chief of the network, wrote sarcastically on Twitter, adding that the bank had offered no explanation.',
      ),
    ).toEqual([['Long live freedom of speech!', 'Marina Volkova']]);
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation of three or more letters (`the F.B.I. review`)', () => {
    expect(
      speakersOf(
        'Mr. Schriefer spoke first.',
        'Mrs. Clinton assured supporters on Monday that the F.B.I. review would “reach the same conclusion they did.”',
      ),
    ).toEqual([['reach the same conclusion they did.', 'Clinton']]);
  });
});

describe('documents', () => {
  it('takes no programme or paper named `… Report` for a report someone issued', () => {
    expect(
      speakersOf(
        'Growth will slow next year, the OECD said. “The oil shock is not enormous,” Vincent Kohl, a senior economist with the OECD, told the BBC’s World Business Report. Japan would help the recovery, the OECD said. “Business investment should continue to recover,” it added. However, the report warned: “It remains to be seen.”',
      ),
    ).toEqual([
      ['The oil shock is not enormous', 'Vincent Kohl'],
      ['Business investment should continue to recover', 'OECD'],
      ['It remains to be seen.', 'OECD'],
    ]);
  });

  it('still takes a titled letter from someone for that person’s (`An Open Letter from chief executive …`)', () => {
    expect(
      speakersOf(
        'Critics wrote to the Wall Street Journal. In adverts entitled An Open Letter from chief executive Sidney Tarrant, the company says the article is wrong. “It was simply wrong to suggest that,” the letter added.',
      ),
    ).toEqual([['It was simply wrong to suggest that', 'Sidney Tarrant']]);
  });
});

describe('an opening participle phrase', () => {
  it('reads past `Shivering in …,` to the subject, a description that stands for the person just written about', () => {
    expect(
      speakersOf(
        'Rooting for Staunton was Cate Blanchard, herself nominated for her role in The Aviator.',
        'Shivering in a floor-length shimmering dress, the Australian-born actress stopped to sign autographs and joked: “It’s tight but I love it.”',
      ),
    ).toEqual([['It’s tight but I love it.', 'Cate Blanchard']]);
  });
});
