import { describe, expect, it } from 'vitest';
import { article, found, names } from './helpers.js';

describe('place detection: forms', () => {
  it('reads the dateline and the country after it', () => {
    const { rows, analysis } = found([
      article('a', ['MISRATA, Libya — Shelling resumed overnight, residents said.', 'Nothing else happened.']),
    ]);
    expect(rows[0]).toMatchObject({ paragraph: 1, name: 'MISRATA', place: expect.stringMatching(/^Mi\S*r\S*tah$/), country: 'Libya' });
    expect(rows[1]).toMatchObject({ name: 'Libya', country: 'Libya' });
    expect(analysis.mentions[0]?.isDateline).toBe(true);
  });

  it('reads a state or province by its postal code after a town, but no lawyer’s QC or initials before a particle', () => {
    const { rows } = found([
      article('p', [
        'Dates: June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL June 12 -- Toronto, ON June 14 -- Tampa, FL.',
        'Deputy judge Richard Mawrey, QC told the hearing. The side was G Intoppa, S Perugini, CA del Fava and D dal Maso.',
      ]),
    ]);
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['West Palm Beach', 'West Palm Beach', 'United States'],
      ['FL', 'Florida', 'United States'],
      ['Toronto', 'Toronto', 'Canada'],
      ['ON', 'Ontario', 'Canada'],
      ['Tampa', 'Tampa', 'United States'],
      ['FL', 'Florida', 'United States'],
    ]);
  });

  it('reads a place after a word only capitalised because it opens the sentence (`Remember New Jersey’s quest`), not after a name’s first word', () => {
    const { rows } = found([
      article('o', [
        'Remember New Jersey’s quest for a slogan? Enter South Dakota. Unfortunately England lost.',
        'Athletics Kenya banned him. Borussia Dortmund lost again. Shares in Borussia Dortmund fell.',
      ]),
    ]);
    expect(rows.map((row) => [row.paragraph, row.name, row.place])).toEqual([
      [1, 'New Jersey', 'New Jersey'],
      [1, 'South Dakota', 'South Dakota'],
      [1, 'England', 'England'],
    ]);
  });

  it('reads both countries of a hyphenated pair (`US-China talks`, `China-UK tourism`), one before `-based`', () => {
    const { rows } = found([article('h', ['A muddled view of US-China trade talks. A deal on China-UK tourism. The Ireland-based firm grew.'])]);
    expect(rows.map((row) => row.name)).toEqual(['US', 'China', 'China', 'UK', 'Ireland']);
  });

  it('reads a wire dateline with its date (`OSLO, March 16 - `) in an article read without the corpus reader', () => {
    const { rows } = found([article('w', ['OSLO, March 16 - Parliament has approved an extensive trade ban.'])]);
    expect(rows).toEqual([{ paragraph: 1, name: 'OSLO', place: 'Oslo', country: 'Norway' }]);
  });

  it('takes a federal court’s district (`the Western District of New York`, `the Southern District`) for the court', () => {
    const { rows } = found([
      article('c', ['Kennedy, the prosecutor for the Western District of New York, spoke. Cases in the Southern District of Texas rose. He lives in Texas.']),
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Texas']);
  });

  it('reads `the District` as the District of Columbia in a story that names D.C., but not `the District Court`, nor elsewhere', () => {
    const dc = found([article('dc', ['Schools in D.C. reopened. The program is popular in the District, and the District’s council backs it. The District Court ruled.'])]);
    expect(dc.rows.map((row) => row.name)).toEqual(['D.C.', 'District', 'District']);
    const other = found([article('o', ['The program is popular in the District, officials in Kent said.'])]);
    expect(other.rows.map((row) => row.name)).toEqual(['Kent']);
  });

  it('reads `The District` opening a sentence as the District of Columbia, though no lower-case `the District` comes before it', () => {
    const { rows } = found([article('dc', ['Schools in D.C. reopened on Monday.', 'The District has the highest rate of new cases.'])]);
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['D.C.', 'District of Columbia'],
      ['District', 'District of Columbia'],
    ]);
  });

  it('reads a place after an `A` that opens the story after its dateline’s dash (`WASHINGTON, Dec. 5 (UPI) — A North Carolina man`)', () => {
    const { rows } = found([article('d', ['WASHINGTON, Dec. 5 (UPI) — A North Carolina man was arrested on Sunday.'])]);
    expect(rows.map((row) => row.name)).toEqual(['WASHINGTON', 'North Carolina']);
  });

  it('keeps the surname of a person named after an opening conjunction (`As Emily Feng reports`) out of the places', () => {
    const { rows } = found([
      article('f', [
        'Two cases of plague were confirmed in Beijing, after patients travelled from Inner Mongolia.',
        'As Emily Feng reports for NPR, cases rose.',
        '“Don’t hide things like this,” one commenter said, per Feng.',
      ]),
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Beijing', 'Inner Mongolia']);
  });

  it('reads the country a role is to before the holder’s name (`envoy to Ukraine Kurt Volker`, `ambassador to Britain Liu Xiaming`)', () => {
    const { rows } = found([article('e', ['The former special envoy to Ukraine Kurt Volker spoke. The ambassador to Britain Liu Xiaming answered.'])]);
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['Ukraine', 'Ukraine'],
      ['Britain', 'United Kingdom'],
    ]);
  });

  it('takes `Titan` and `Jupiter` in a story about space for moons and planets, and for towns elsewhere', () => {
    const space = found([
      article('t', ['Scientists have mapped the surface of Titan, Saturn’s largest moon.', 'Life on Titan would be strange. NASA will send a drone to Jupiter and to Titan.']),
    ]);
    expect(space.rows).toEqual([]);
    const town = found([article('u', ['Police in Jupiter, Florida, arrested a man on Monday.'])]);
    expect(town.rows.map((row) => row.name)).toEqual(['Jupiter', 'Florida']);
  });

  it('reads the place a party’s member is named by (`an Iowa Republican`, `a Colorado Democrat`), not a party’s own name', () => {
    const { rows } = found([
      article('r', ['“Kaine in a blowout,” an Iowa Republican predicted. A Colorado Democrat disagreed. The Liberal Democrats and the Iowa Republican Party met.']),
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Iowa', 'Colorado']);
  });

  it('reads a state that is also a given name when a party’s member is named by it (`a Virginia Republican`)', () => {
    const { rows } = found([article('v', ['“He is the only reasonable one,” a Virginia Republican said.'])]);
    expect(rows.map((row) => [row.name, row.place])).toEqual([['Virginia', 'Virginia']]);
  });

  it('takes `Ohio State` for the university but `New York State` for the state, and no state in a title before a name (`Virginia State Attorney General Jerry Kilgore`)', () => {
    const { rows } = found([
      article('u', [
        'Ohio State beat Iowa State on Saturday, a week after a loss to Michigan State.',
        'He moved from New York State to Washington State, said Virginia State Attorney General Jerry Kilgore.',
      ]),
    ]);
    expect(rows.map((row) => row.name)).toEqual(['New York State', 'Washington State']);
  });

  it('reads `the Vatican` (a demonym that is also its country’s name), a weekday after a town, and `by Russia of Crimea`', () => {
    const { rows } = found([
      article('w', [
        'The Vatican said the inquiry was over. Thai police were not involved.',
        'He had been on the run since fleeing Berlin Monday after the attack.',
        'He urged lawmakers not to forget the occupation by Russia of Crimea.',
      ]),
    ]);
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [1, 'Vatican', 'Vatican City'],
      [2, 'Berlin', 'Germany'],
      [3, 'Russia', 'Russia'],
      [3, 'Crimea', 'Ukraine'],
    ]);
  });

  it('reads regions and islands news names that GeoNames lacks (the Midwest, Silicon Valley, Darfur, Sumatra, Borneo, Long Island), each in its country', () => {
    const { rows } = found([
      article('g', [
        'He left the Midwest for a job in Silicon Valley, where the East Coast money follows him.',
        'Aid groups working in Darfur and on Sumatra asked for help.',
        'Floods hit Borneo, and a storm reached Long Island.',
      ]),
    ]);
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['Midwest', 'United States'],
      ['Silicon Valley', 'United States'],
      ['East Coast', 'United States'],
      ['Darfur', 'Sudan'],
      ['Sumatra', 'Indonesia'],
      ['Borneo', undefined],
      ['Long Island', 'United States'],
    ]);
  });

  it('puts a town in the region after its comma that holds it (`Bozeman, Montana`), not in another region of that name (Bulgaria’s Montana)', () => {
    const { rows } = found([article('m', ['Environmental groups sued over grizzly bears.', 'Tim Preso was reached at his office in Bozeman, Montana, after the decision.'])]);
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['Bozeman', 'Bozeman', 'United States'],
      ['Montana', 'Montana', 'United States'],
    ]);
  });

  it('reads both countries of a hyphenated pair whose second is an initialism (`the China-U.S. trade deal`)', () => {
    const { rows } = found([article('h', ['Xi said the China-U.S. trade deal could be finalised soon.'])]);
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['China', 'China'],
      ['U.S.', 'United States'],
    ]);
  });

  it('ends a place’s name before a month and its day written without `on` (`sent to San Francisco March 26`)', () => {
    const { rows } = found([article('d', ['He was sent to San Francisco March 26 on an outstanding drug charge.'])]);
    expect(rows.map((row) => [row.name, row.country])).toEqual([['San Francisco', 'United States']]);
  });

  it('takes no firm (`Vulcan Materials Co.`, then `Vulcan`), no committee (`Ways and Means`) and no given name known as a town’s other name (`Dzhokhar Tsarnaev`, then `Dzhokhar`) for a place, but keeps a great city a firm is named for', () => {
    const { rows } = found([
      article('f', [
        'Chao took a cash payout for her shares in Vulcan Materials Co. She did not divest from Vulcan.',
        'The request came in a letter from Ways and Means Committee Chairman Richard Neal.',
        'The mother of Dzhokhar Tsarnaev was interviewed in Moscow. Both Dzhokhar and Tamerlan received benefits.',
        'Shanghai Automotive Industry Corp awaits approval from the Shanghai city government.',
      ]),
    ]);
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [3, 'Moscow'],
      [4, 'Shanghai'],
    ]);
  });

  it('reads `the North` and `the South` in an article on North and South Korea as the two countries, and so `North` and `South` alone, but not `the North Atlantic`, nor in other articles', () => {
    const { rows } = found([
      article('k', [
        'North Korea fired missiles, and South Korea protested.',
        'Exercises, which the North calls a dress rehearsal for an invasion, worried the South. The North Atlantic was calm, dividing North and South.',
      ]),
      article('n', ['Voters in the North and the South of England went to the polls.']),
    ]);
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [1, 'North Korea', 'North Korea'],
      [1, 'South Korea', 'South Korea'],
      [2, 'North', 'North Korea'],
      [2, 'South', 'South Korea'],
      [2, 'North', 'North Korea'],
      [2, 'South', 'South Korea'],
      [1, 'England', 'United Kingdom'],
    ]);
  });

  it('reads Capitol Hill, where Congress sits, as a place in Washington, which GeoNames lists as no town', () => {
    const { rows } = found([article('c', ['Republicans on Capitol Hill pushed back, and Ohio senators agreed.'])]);
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['Capitol Hill', 'Capitol Hill', 'United States'],
      ['Ohio', 'Ohio', 'United States'],
    ]);
  });

  it('reads the oceans by their whole names and `the Pacific`, in no country, but no `Union Pacific`', () => {
    const { rows } = found([article('o', ['Ships crossed the Atlantic Ocean and the Indian Ocean. Across the Pacific, trade grew, and Union Pacific fell.'])]);
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['Atlantic Ocean', 'Atlantic Ocean', undefined],
      ['Indian Ocean', 'Indian Ocean', undefined],
      ['Pacific', 'Pacific Ocean', undefined],
    ]);
  });

  it('takes no treaty named for a town (`the Paris agreement`, `the Kyoto Protocol`) and no website (`Edmunds.com`) for a place', () => {
    const { rows } = found([
      article('t', [
        'He backed the Paris agreement and the Kyoto Protocol, but not the Iran deal.',
        'Prices fell, according to Edmunds.com, a California-based firm, as the talks went on in Paris.',
      ]),
    ]);
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Iran'],
      [2, 'California'],
      [2, 'Paris'],
    ]);
  });

  it('keeps a part of the world a treaty settles (`a Middle East peace treaty`) and a town a team is based in (`the Woking-based team`) (batch 5, read after its measurement)', () => {
    const { rows } = found([
      article('mw', ['Bush predicted that a Middle East peace treaty would be completed.', "Lewis Hamilton's debut for the Woking-based team was overshadowed."]),
    ]);
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Middle East'],
      [2, 'Woking'],
    ]);
  });

  it('takes an everyday word for a place before a word for a stretch of land (`the northwestern Swat valley`)', () => {
    expect(names([article('sw', ['A blast killed ten in the northwestern Swat valley.', 'Officials swat away questions.'])])).toEqual(['Swat']);
  });

  it('takes a town whose first word alone names no place (`Atlantic City`) whole', () => {
    expect(names([article('ac', ['Trump owns two properties in Atlantic City, he said.', 'He moved to Atlantic City last year.'])])).toEqual(['Atlantic City', 'Atlantic City']);
  });

  it('takes a country after an era’s adjective (`Communist Russia`, `post-Soviet Russia`, `Nazi Germany`) by its own name', () => {
    expect(
      names([article('era', ['He grew up in Communist Russia.', 'Oligarchs thrived, as in post-Soviet Russia.', 'He fled Nazi Germany.'])]),
    ).toEqual(['Russia', 'Russia', 'Germany']);
  });

  it('takes a surname for the person a longer run named (`Browns DL Kevin Richardson`), not for a town', () => {
    const { rows } = found([article('n', ['Browns DL Kevin Richardson decided to weigh in.', 'Fans of Richardson met in Plano, Texas.'])]);
    expect(rows.map((row) => row.name)).toEqual(['Plano', 'Texas']);
  });

  it('reads a state before a party’s member and name (`Massachusetts Democrat John Tierney`) and a party’s primary, but no party', () => {
    const { rows } = found([
      article('m', ['Massachusetts Democrat John Tierney said so. The South Carolina Democratic primary is near, and the Iowa Democratic Party met.']),
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Massachusetts', 'South Carolina']);
  });

  it('reads a state that is also a given name before a party’s member and name (`Virginia Democrat Mark Warner`, `Florida Republican Matt Gaetz`)', () => {
    const { rows } = found([article('v', ['Tennessee Republican Bob Corker and Virginia Democrat Mark Warner introduced the measure.', 'Florida Republican Matt Gaetz objected.'])]);
    expect(rows.map((row) => row.name)).toEqual(['Tennessee', 'Virginia', 'Florida']);
  });

  it('takes no sentence-opening `Even` (a given name in the lists) and a nation for a person’s name (`Even Israel’s closest allies`)', () => {
    const { rows } = found([article('e', ['Even Israel’s closest allies want it to pull back.', 'About 5.4 million Jews live in Israel.'])]);
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Israel'],
      [2, 'Israel'],
    ]);
  });

  it('reads a list of states (`Arizona, Georgia, Nevada and Utah`) as states, not a town in a country', () => {
    const { rows } = found([article('l', ['The other likely winners are Arizona, Georgia, Nevada and Utah.'])]);
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['Arizona', 'United States'],
      ['Georgia', 'United States'],
      ['Nevada', 'United States'],
      ['Utah', 'United States'],
    ]);
  });

  it('reads a Canadian province abbreviated the Canadian Press way after a town (`Brampton, Ont.`)', () => {
    const { rows } = found([article('c', ['Prices fell in Brampton, Ont., and in Montreal, Que., last month.'])]);
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['Brampton', 'Brampton'],
      ['Ont.', 'Ontario'],
      ['Montreal', 'Montréal'],
      ['Que.', 'Quebec'],
    ]);
  });

  it('reads a US state abbreviated the AP way after a town, in a dateline and in the text, and no month as a place', () => {
    const { rows } = found([
      article('s', ['PASADENA, Calif., Jan. 1 (UPI) — Skywriters in Flint, Mich., and Atlanta, Ga., are busy.', 'NEW YORK, Dec. 14 (UPI) — Polls closed.'], {
        dateline: 'PASADENA, Calif.',
      }),
    ]);
    expect(rows).toEqual([
      { paragraph: 1, name: 'PASADENA', place: 'Pasadena', country: 'United States' },
      { paragraph: 1, name: 'Calif.', place: 'California', country: 'United States' },
      { paragraph: 1, name: 'Flint', place: 'Flint', country: 'United States' },
      { paragraph: 1, name: 'Mich.', place: 'Michigan', country: 'United States' },
      { paragraph: 1, name: 'Atlanta', place: 'Atlanta', country: 'United States' },
      { paragraph: 1, name: 'Ga.', place: 'Georgia', country: 'United States' },
      { paragraph: 2, name: 'NEW YORK', place: 'New York City', country: 'United States' },
    ]);
    // (`Wisc.`, a common other spelling of AP's `Wis.`, and a state before `-based`.)
    expect(found([article('w', ['The company, based in Madison, Wisc., filed suit.'])]).rows.map((row) => row.place)).toEqual(['Madison', 'Wisconsin']);
    expect(found([article('b', ['Raleigh, N.C.-based Red Hat sued.'])]).rows.map((row) => row.place)).toEqual(['Raleigh', 'North Carolina']);
  });

  it('reads a state by its own name, not a town of its country named by it and more words (Oklahoma, not Oklahoma City; New York stays the city)', () => {
    const { rows } = found([article('o', ['Debt was highest in California, Oklahoma, West Virginia and Florida.', 'Bankers in New York disagreed.'])]);
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['California', 'California'],
      ['Oklahoma', 'Oklahoma'],
      ['West Virginia', 'West Virginia'],
      ['Florida', 'Florida'],
      ['New York', 'New York City'],
    ]);
  });

  it('reads a town by its own name, not a town of its country that only lists the name among its spellings (Manchester, not Paterson)', () => {
    const { rows } = found([article('m', ['Sanders spoke in Texas and Florida, then drew crowds in Manchester on Monday before the primary.'])]);
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['Texas', 'Texas', 'United States'],
      ['Florida', 'Florida', 'United States'],
      ['Manchester', 'Manchester', 'United States'],
    ]);
  });

  it('reads `Vice` before a title as part of the title, not Vice in Peru', () => {
    expect(found([article('v', ['Clinton gave a shout out to Vice President Joe Biden in Ohio.'])]).rows.map((row) => row.name)).not.toContain('Vice');
  });

  it('reads a country named often in its own article as the country, not its capital named after it (Mexico, not Mexico City)', () => {
    const rows = found([
      article('x', ['Carrier will move 1,400 jobs from Indianapolis to Mexico.', 'The new plant is in Monterrey, Mexico.', 'Trump vowed a tax on products from Mexico.']),
    ]).rows;
    expect(rows.filter((row) => row.name === 'Mexico').map((row) => row.place)).toEqual(['Mexico', 'Mexico', 'Mexico']);
  });

  it('reads no place in a label that opens a story like a dateline (`EXCLUSIVE – …`)', () => {
    expect(found([article('k', ['EXCLUSIVE – Roger Stone says the voting machines in Ohio can be rigged.'])]).rows.map((row) => row.name)).toEqual(['Ohio']);
  });

  it('reads a compass adjective before a word in lower case as no place (`Western countries`), though `Western Cape` is one', () => {
    expect(found([article('w', ['ISIS called for attacks in Western countries.', 'He flew on to the Western Cape.'])]).rows.map((row) => row.name)).toEqual(['Western Cape']);
  });

  it('reads no place in a formal title before a person’s name (`Georgia Rep. John Lewis`, `New York Gov. Andrew Cuomo`, `Georgia President Salome Zourabichvili`), as the annotation guide has it, but keeps one in a title no name follows (`as US President, Tony Blair has said`)', () => {
    const rows = found([
      article('g', ['President Barack Obama and Georgia Rep. John Lewis spoke.', 'New York Gov. Andrew Cuomo agreed.']),
      article('t', ['Georgia President Salome Zourabichvili spoke in Tbilisi.']),
      article('b', ['George W Bush will begin his second term as US President, Tony Blair has said.']),
    ]).rows;
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['Tbilisi', 'Tbilisi', 'Georgia'],
      ['US', 'United States', 'United States'],
    ]);
  });

  it('reads no town and state set off by commas in a title before a name (`former South Bend, Ind., Mayor Pete Buttigieg`), but keeps them after a preposition (`in Davos, Switzerland, President Trump told`)', () => {
    expect(
      names([
        article('s', [
          'The field includes former South Bend, Ind., Mayor Pete Buttigieg and others.',
          'In a series of exchanges in Davos, Switzerland, President Trump also told the UK PM he was welcome.',
        ]),
      ]),
    ).toEqual(['Davos', 'Switzerland', 'UK']);
  });

  it('reads no place in an attorney general’s or a chief’s title before the name (`California Attorney General Xavier Becerra`, `Suffolk Chief Constable Alastair McWhirter`)', () => {
    expect(
      names([
        article('a', ['California Attorney General Xavier Becerra sued in Sacramento.', 'Suffolk Chief Constable Alastair McWhirter agreed.']),
      ]),
    ).toEqual(['Sacramento']);
  });

  it('reads no place in an office named by words before its title or through `of` before a name (`U.S. Trade Representative Robert Lighthizer`, `US Secretary of State Mike Pompeo`), but keeps one whose office no name follows (`the US Secretary of State, he said`)', () => {
    expect(
      found([
        article('o', [
          'U.S. Trade Representative Robert Lighthizer met the delegation.',
          'US Secretary of State Mike Pompeo called on the Taliban to honour its commitments.',
          'He will be the next US Secretary of State, he said in Texas.',
        ]),
      ]).rows.map((row) => [row.paragraph, row.name]),
    ).toEqual([
      [3, 'US'],
      [3, 'Texas'],
    ]);
  });

  it('reads no place in a dateline filed aboard a plane or a ship (`ABOARD AIR FORCE ONE (Reuters) -`)', () => {
    expect(found([article('a', ['ABOARD AIR FORCE ONE (Reuters) - President Donald Trump is pleased with the agency.'])]).rows).toEqual([]);
  });

  it('finds multi-word and hyphenated names', () => {
    const rows = found([
      article('b', ['Refugees crossed from Sidi Barrani into the Western Desert, and on to el-Brega and Sri Lanka.']),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['Sidi Barrani', 'el-Brega', 'Sri Lanka']));
    expect(rows.find((row) => row.name === 'el-Brega')?.country).toBe('Libya');
  });

  it('finds names that a phrase introduces, even unknown to the gazetteer', () => {
    const rows = found([
      article('c', [
        'Fighters left the oil port of Qasr Zanfur and the desert town of Wadi Mazruq for another oil town, Bir Halfa.',
        'They regrouped in Ghadir Selim, the rebel capital, and later in the village of Kafr Dunya.',
      ]),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(
      expect.arrayContaining(['Qasr Zanfur', 'Wadi Mazruq', 'Bir Halfa', 'Ghadir Selim', 'Kafr Dunya']),
    );
  });

  it('takes no person whose courtesy title follows a town’s word for a place the phrase introduces (`parts of the city, Mr. Jackson did`)', () => {
    expect(names([article('mr', ['As protests went on, shutting down parts of the city, Mr. Jackson did begin to wonder.'])])).toEqual([]);
  });

  it('reads a place introduced after two capitalised words (`the New Jersey capital of Trenton`), and places one the gazetteer lacks where those words say (`the West London district of Notting Hill`)', () => {
    const rows = found([
      article('kind', [
        'Asked about the drama in the New Jersey capital of Trenton, some Republicans declined to talk.',
        'The work was scrawled on a wall in the West London district of Notting Hill, near an Israeli restaurant.',
      ]),
    ]).rows;
    expect(rows.filter((row) => ['Trenton', 'Notting Hill'].includes(row.name)).map((row) => [row.name, row.country])).toEqual([
      ['Trenton', 'United States'],
      ['Notting Hill', 'United Kingdom'],
    ]);
  });

  it('reads the country from the demonym that introduces a place', () => {
    const rows = found([
      article('lead', [
        'Leaders met in the Swiss resort of Davos, then flew to the Spanish island of Fuerteventura.',
        'She was holidaying on the Thai island of Koh Tarutao.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['Davos', 'Switzerland'],
      ['Fuerteventura', 'Spain'],
      ['Koh Tarutao', 'Thailand'],
    ]);
  });

  it('does not read a great city after a comma as the region a place is in', () => {
    const rows = found([article('city', ['Euronext was formed after the Brussels, Paris and Amsterdam exchanges merged.'])]).rows;
    expect(rows.find((row) => row.name === 'Brussels')?.country).toBe('Belgium');
  });

  it('takes neither an organisation word alone nor a country short form in the wrong case for a place', () => {
    const text = ['After a visit to University he read Us magazine, and spent £69 in the US.'];
    expect(names([article('case', text)])).toEqual(['US']);
  });

  it('does not read the next item of a list as where a place is', () => {
    const rows = found([article('list', ['The firm has offices in London, Munich, Paris, Dublin and Madrid.'])]).rows;
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['London', 'United Kingdom'],
      ['Munich', 'Germany'],
      ['Paris', 'France'],
      ['Dublin', 'Ireland'],
      ['Madrid', 'Spain'],
    ]);
  });

  it('places an unknown town that the text puts in a country', () => {
    const rows = found([article('d', ['The plane came down near Glenquhar, Scotland, in 1988.'])]).rows;
    expect(rows[0]).toMatchObject({ name: 'Glenquhar', country: 'United Kingdom' });
  });

  it('trusts the text over the gazetteer for a town put in a region', () => {
    const rows = found([article('u', ['He will stand in Ashfield, Nottinghamshire, at the election.'])]).rows;
    expect(rows[0]).toMatchObject({ name: 'Ashfield', country: 'United Kingdom' });
  });

  it('reads a list of countries as a list, not a place and where it is', () => {
    const rows = found([article('v', ['Talks involved France, Germany and Italy.'])]).rows;
    expect(rows.map((row) => row.country)).toEqual(['France', 'Germany', 'Italy']);
  });

  it('takes an unknown name listed with towns as a town', () => {
    const rows = found([article('e', ['Having abandoned Umm Sarir and the oil port of Qasr Zanfur, they fled.'])]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Umm Sarir', 'Qasr Zanfur']);
  });

  it('finds a place before a hyphen', () => {
    expect(names([article('q', ['The Ireland-based firm and its US-German rival agreed.'])])).toEqual(['Ireland', 'US']);
  });

  it('finds a name of several words before a hyphen', () => {
    const text = ['In the US, the New York-based bank, Santa Monica-based Activision and a New Zealand-born star met.'];
    expect(found([article('several', text)]).rows.map((row) => [row.name, row.country])).toEqual([
      ['US', 'United States'],
      ['New York', 'United States'],
      ['Santa Monica', 'United States'],
      ['New Zealand', 'New Zealand'],
    ]);
  });

  it("finds the city after a broadcaster's call letters, not a small town after any acronym", () => {
    const text = ['The World is a BBC World Service and WGBH-Boston co-production.', 'ASK-Raymond and the CAN-Spam act.'];
    expect(names([article('calls', text)])).toEqual(['Boston']);
  });

  it('finds a place after an organisation that is in it', () => {
    expect(names([article('r', ['She sued in the District Court in San Francisco.'])])).toEqual(['San Francisco']);
  });

  it('finds names with a lower-case word or an article inside', () => {
    const rows = found([
      article('joined', [
        'The Republic of Ireland played Trinidad and Tobago, and the Isle of Man sent a team.',
        'The case may be heard in Stockholm or The Hague, and the team flew on to Rio de Janeiro.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['Republic of Ireland', 'Ireland'],
      ['Trinidad and Tobago', 'Trinidad and Tobago'],
      ['Isle of Man', 'Isle of Man'],
      ['Stockholm', 'Sweden'],
      ['The Hague', 'Netherlands'],
      ['Rio de Janeiro', 'Brazil'],
    ]);
  });

  it("reads `City of` as a council area's formal name, unless a body's name goes on", () => {
    const rows = found([
      article('formal', [
        'Mr Kennedy toured Britain on Monday.',
        'He said during his City of London speech that the City of London Police were right.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Britain'],
      [2, 'City of London'],
    ]);
  });

  it('finds constituencies, in the country whose parliament they elect to', () => {
    const rows = found([
      article('seats', [
        'Britain votes in May, in England and Scotland, and the Tories have their sights set on Geoff Hoon\'s Ashfield seat.',
        'Michael Howard won the Folkestone & Hythe seat in 1983; the MP for Mid-Bedfordshire took the Labour seat.',
        'The MP for Merionnydd Nant Conwy and Plaid Cymru\'s leader, Mr Llwyd, spoke for the MP for Richmond, North Yorks.',
        'Voters in Ashfield were unimpressed.',
        'The MP for Kensington and Chelsea, Michael Portillo, stood down.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [1, 'Britain', 'United Kingdom'],
      [1, 'England', 'United Kingdom'],
      [1, 'Scotland', 'United Kingdom'],
      [1, 'Ashfield', 'United Kingdom'],
      [2, 'Folkestone & Hythe', 'United Kingdom'],
      [2, 'Mid-Bedfordshire', 'United Kingdom'],
      [3, 'Merionnydd Nant Conwy', 'United Kingdom'],
      [3, 'Richmond', 'United Kingdom'],
      [3, 'North Yorks', 'United Kingdom'],
      [4, 'Ashfield', 'United Kingdom'],
      [5, 'Kensington and Chelsea', 'United Kingdom'],
    ]);
  });

  it("takes no country from a constituency's namesakes abroad (Ashfield, a suburb of Sydney)", () => {
    const home = article('home', ['In Britain, voters in London, Leeds and Manchester go to the polls.']);
    const seat = article('seat', ["Labour fears for Geoff Hoon's Ashfield seat.", 'Voters in Morley were unimpressed.']);
    expect(found([home, seat]).rows.slice(-2).map((row) => [row.name, row.country])).toEqual([
      ['Ashfield', 'United Kingdom'],
      ['Morley', 'United Kingdom'],
    ]);
  });

  it("reads a great city's initials, not a newspaper's or a nickname", () => {
    const text = ['In the US, he flew to LA and NYC, read the LA Times and met Antonio "LA" Reid.'];
    expect(found([article('initials-city', text)]).rows.map((row) => [row.name, row.place])).toEqual([
      ['US', 'United States'],
      ['LA', 'Los Angeles'],
      ['NYC', 'New York City'],
    ]);
  });

  it("reads a compass point's initial before a country or a region, not before a surname", () => {
    const rows = found([
      article('initials', ['Tri-Nations: S Africa beat New Zealand; police in W Yorkshire and N Ireland watched S Jones and E Miller.']),
    ]).rows;
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['S Africa', 'South Africa'],
      ['New Zealand', 'New Zealand'],
      ['W Yorkshire', 'West Yorkshire'],
      ['N Ireland', 'Northern Ireland'],
    ]);
  });

  it('takes no everyday word for the region a town is in', () => {
    const rows = found([
      article('container', ['Britain grew. He grew up in Richmond, North Yorks, and in Shrewsbury, West Midlands.']),
    ]).rows;
    expect(rows.filter((row) => row.name === 'Richmond' || row.name === 'Shrewsbury').map((row) => row.country)).toEqual(['United Kingdom', 'United Kingdom']);
  });

  it('finds the parts of the world that span countries, by their news names too', () => {
    const rows = found([
      article('areas', [
        'Unrest in the Middle East hit trade with Latin America, the Caribbean and Eastern Europe.',
        'Reports came from the Far East and the Balkans.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['Middle East', 'Middle East', undefined],
      ['Latin America', 'Latin America', undefined],
      ['Caribbean', 'Caribbean', undefined],
      ['Eastern Europe', 'Eastern Europe', undefined],
      ['Far East', 'Eastern Asia', undefined],
      ['Balkans', 'Southeast Europe', undefined],
    ]);
  });

  it('reads `nearby` as putting a town somewhere, and an MP after a seat as a person', () => {
    const rows = found([
      article('near', ['Hopkins was born in Wales, in nearby Port Talbot.', 'Tony Lloyd, the East Midlands MP, spoke.']),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Wales', 'Port Talbot', 'East Midlands']);
  });

  it('keeps the words after a name that are part of it, and reads a region from them', () => {
    const rows = found([
      article('suffix', ['Detainees at Guantanamo Bay wrote to families in New York State and the Gaza Strip.']),
    ]).rows;
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['Guantanamo Bay', 'Guantánamo', 'Cuba'],
      ['New York State', 'New York', 'United States'],
      ['Gaza Strip', 'Gaza Strip', 'Palestine'],
    ]);
  });

  it('keeps a constituency named for part of a town whole', () => {
    const rows = found([
      article('seats', ['In Britain, Labour holds Edinburgh South, Bristol East and Leeds North West.', "Derby North's Bob Laxton asked first."]),
    ]).rows;
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['Britain', 'United Kingdom'],
      ['Edinburgh South', 'Edinburgh'],
      ['Bristol East', 'Bristol'],
      ['Leeds North West', 'Leeds'],
      // `Derby` is also a given name: a run that ends in a compass word is still no person.
      ['Derby North', 'Derby'],
    ]);
  });

  it("finds Britain's regions in British news", () => {
    const rows = found([
      article('regions', [
        'Jobs went in the North East, the Midlands and Yorkshire, and rain fell on Tyneside, in England.',
        'The South West and the West Country had sun.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.name, row.place, row.country])).toEqual([
      ['North East', 'North East England', 'United Kingdom'],
      ['Midlands', 'Midlands', 'United Kingdom'],
      ['Yorkshire', 'Yorkshire', 'United Kingdom'],
      ['Tyneside', 'Tyneside', 'United Kingdom'],
      ['England', 'England', 'United Kingdom'],
      ['South West', 'South West England', 'United Kingdom'],
      ['West Country', 'South West England', 'United Kingdom'],
    ]);
  });

  it('finds a country whose demonym is its name', () => {
    const rows = found([article('gib', ['Group Menatep, the Gibraltar-based holding company, wrote from Gibraltar.'])]).rows;
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['Gibraltar', 'Gibraltar'],
      ['Gibraltar', 'Gibraltar'],
    ]);
  });

  it("puts a district in the great city whose possessive owns it, and a nation's side in its nation", () => {
    const text = ["The show opened in London's West End before the England XV played.", "Japan's Honda sold more."];
    const rows = found([article('own', text)]).rows;
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['London', 'London'],
      ['West End', 'West End of London'],
      ['England', 'England'],
      ['Japan', 'Japan'],
    ]);
  });

  it("reads no country in a qualified title before a name (`UK Foreign Secretary Jack Straw`), but a nation's age-group side", () => {
    const text = ['UK Foreign Secretary Jack Straw spoke.', 'He captained the Wales Under-21 side.'];
    expect(names([article('qualified', text)])).toEqual(['Wales']);
  });

  it('ends a place at a possessive, an acronym after a country, or a title', () => {
    const rows = found([
      article('ends', [
        "Korea's Hyundai grew, and Real Madrid's coach spoke on US TV before the UK CD market fell.",
        'Speaking in Harrogate Mr Kennedy praised Thailand Prime Minister Thaksin Shinawatra.',
      ]),
    ]).rows;
    // (`Thailand Prime Minister Thaksin`: a place in a formal title before a name is none, as the guide has it.)
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Korea'],
      [1, 'US'],
      [1, 'UK'],
      [2, 'Harrogate'],
    ]);
  });

  it("reads where a person is from, but not a title's place or a body's", () => {
    const text = [
      'Roddick plays Irakli Labadze of Georgia, and Eleni Daniilidou of Greece plays Serena in North London.',
      'Lord Nicholls of Birkenhead ruled, the Writers Guild of America met, and Jelena Jankovic of Serbia and Montenegro won.',
      'Rep. Mario Diaz-Balart of Florida, whose surname is hyphenated, agreed.',
    ];
    expect(names([article('of', text)])).toEqual(['Georgia', 'Greece', 'North London', 'Serbia and Montenegro', 'Florida']);
  });

  it('reads the country a firm is from, but not a sea or a titled person', () => {
    const text = [
      'Ericsson of Sweden and SK Telecom of South Korea back DMB; Bank of Japan data came first.',
      'Tests in the Gulf of Mexico went on, and King Abdullah of Jordan and the Emperor of Morocco met.',
    ];
    expect(names([article('firm-of', text)])).toEqual(['Sweden', 'South Korea']);
  });

  it('accepts US, UK, GB and their dotted forms', () => {
    expect(names([article('f', ['The U.S. and the UK disagreed; the US later agreed.'])])).toEqual(['U.S.', 'UK', 'US']);
    const gb = ['She would be a huge asset to the GB team, with 300 US fans and her 40 GB music player.'];
    expect(names([article('gb', gb)])).toEqual(['GB', 'US']);
  });
});

describe('place detection: teams named for their towns', () => {
  // A second article makes Britain the corpus's home, as the BBC's articles do.
  const home = article('home', ['Floods hit Carlisle, Leeds and York in England.']);

  it('counts a town that is also a first name or an everyday word when it names a team', () => {
    const match = article('team', [
      'Chelsea manager Jose Mourinho praised his side, and Bath prop Duncan Bell was injured.',
      'Chelsea have won five in a row.',
    ]);
    const rows = found([home, match]).rows.filter((row) => ['Chelsea', 'Bath'].includes(row.name));
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [1, 'Chelsea', 'United Kingdom'],
      [1, 'Bath', 'United Kingdom'],
      [2, 'Chelsea', 'United Kingdom'],
    ]);
  });

  it('reads `the Highlands` and `the Borders` as regions, but not `the West`', () => {
    const text = ['Pupils in the Highlands and the Borders, in Scotland, read about the West.'];
    expect(names([article('plural', text)])).toEqual(['Highlands', 'Borders', 'Scotland']);
  });

  it("drops a verb's form that opens a sentence, but not a firm's name", () => {
    const text = ['Saying Britain must change, he left. Unclogging Beijing is hard.', 'Lycos Europe said so.'];
    expect(names([article('verb', text)])).toEqual(['Britain', 'Beijing']);
  });

  it('does not take a nation after two other words for a surname', () => {
    const text = ['Alcohol Focus Scotland welcomed the plan.', 'Drinking in Scotland has risen, and Scotland will act.'];
    expect(names([article('nation', text)])).toEqual(['Scotland', 'Scotland']);
  });

  it('does not take a club, a broadcaster or an opening adjective before a place for a person', () => {
    const text = [
      'Former Chelsea captain Marcel Desailly won the title with AC Milan.',
      'He told BBC Wales that the great Milan side would have beaten Chelsea, and that Wales would win.',
    ];
    const homeNames = ['Carlisle', 'Leeds', 'York', 'England'];
    const rows = found([home, article('club', text)]).rows.filter((row) => !homeNames.includes(row.name));
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual(
      expect.arrayContaining([
        [1, 'Chelsea'],
        [2, 'Milan'],
        [2, 'Chelsea'],
        [2, 'Wales'],
      ]),
    );
    expect(rows.filter((row) => row.paragraph === 1).map((row) => row.name)).toEqual(['Chelsea']);
  });

  it('takes the corpus\'s word for a team named for a town where a report never says so', () => {
    const report = article('report', ['A gripping game between Arsenal and Chelsea ended level.', 'Chelsea appeared unruffled.']);
    const cued = (count: number) =>
      Array.from({ length: count }, (_, index) => article(`cue${index}`, [`Chelsea manager Jose Mourinho spoke, game ${index}.`]));
    const rowsOf = (count: number) =>
      found([home, ...cued(count), report]).analysis.mentions.filter((mention) => mention.articleId === 'report');
    expect(rowsOf(3).map((mention) => [mention.paragraph, mention.name])).toEqual([
      [1, 'Chelsea'],
      [2, 'Chelsea'],
    ]);
    expect(rowsOf(2)).toEqual([]);
  });

  it('takes the corpus\'s word even for a team named for a small district', () => {
    const cued = Array.from({ length: 3 }, (_, index) =>
      article(`charlton${index}`, [`Charlton boss Alan Curbishley was pleased, game ${index}.`]),
    );
    const report = article('draw', ['Middlesbrough earned a draw with Charlton.']);
    const actor = article('actor', ['Charlton Heston said nothing.']);
    const mentions = found([home, ...cued, report, actor]).analysis.mentions;
    expect(mentions.filter((mention) => mention.articleId === 'draw').map((mention) => mention.name)).toEqual([
      'Middlesbrough',
      'Charlton',
    ]);
    expect(mentions.filter((mention) => mention.articleId === 'actor')).toEqual([]);
  });

  it("counts a town's team in a report that names another place of its country, whatever the corpus's home, and other clubs of that country named bare", () => {
    const american = ['Boston', 'Chicago', 'Denver'].map((city, index) =>
      article(`us${index}`, [`Snow closed schools in ${city} and across the US.`]),
    );
    const report = article('report', [
      'England goalkeeper Paul Robinson was dropped by Juande Ramos, the Tottenham manager.',
      'Tottenham had chances, Arsene Wenger said, and the next game is against Bolton.',
    ]);
    const firm = article('firm', ['Nokia boss Olli-Pekka Kallasvuo was pleased with the quarter.']);
    const mentions = found([...american, report, firm]).analysis.mentions.filter((row) => !row.articleId.startsWith('us'));
    expect(mentions.map((row) => [row.articleId, row.paragraph, row.name])).toEqual([
      ['report', 1, 'England'],
      ['report', 1, 'Tottenham'],
      ['report', 2, 'Tottenham'],
      ['report', 2, 'Bolton'],
    ]);
    // Alone, the team's town has no other place of its country to stand by it.
    const alone = article('alone', ['Juande Ramos, the Tottenham manager, was pleased.']);
    expect(found([...american, alone]).analysis.mentions.filter((row) => row.articleId === 'alone')).toEqual([]);
  });

  it('leaves a firm, a small town and a region to the stranger test', () => {
    const text = [
      'Mercedes boss Norbert Haug was pleased. Mercedes said the car was quick.',
      'The Republic side lost, and the North side won.',
    ];
    const homeNames = ['Carlisle', 'Leeds', 'York', 'England'];
    expect(names([home, article('firm', text)]).filter((name) => !homeNames.includes(name))).toEqual([]);
  });
});

describe('place detection: people and the words of their names', () => {
  it("takes no verb's form opening a sentence for a given name", () => {
    const text = ['Britain voted. Entering Westminster, he shared an office.', 'He still works in Westminster.'];
    expect(names([article('verb', text)])).toEqual(['Britain', 'Westminster', 'Westminster']);
  });

  it('takes no compound opening a sentence for a given name or for part of the name after it', () => {
    const text = ['Rugby in England: In-form Leicester centre Ollie Smith starts, and Tait played against Leicester.'];
    expect(names([article('compound', text)])).toEqual(['England', 'Leicester', 'Leicester']);
  });

  it('ends a place name at the pronoun `I`', () => {
    expect(names([article('pronoun', ['"When I was in London I did all my runs indoors," she said.'])])).toEqual(['London']);
  });
});

describe('place detection: what is not a place', () => {
  it('skips people', () => {
    const text = [
      'The White House press secretary, Jay Carney, said George Washington would have agreed.',
      'Mr. Paris, a lawyer, said Paris was not his home town.',
    ];
    const result = names([article('g', text)]);
    expect(result).not.toContain('Carney');
    expect(result).not.toContain('Washington');
    expect(result).not.toContain('Paris');
    expect(result).not.toContain('White House');
  });

  it('skips organisations and clubs', () => {
    const result = names([
      article('h', ['The Bank of England, Manchester United and the New York Times all said so, as did Johnson & Johnson.']),
    ]);
    expect(result).toEqual([]);
  });

  it('skips a body whose name opens with a word for an organisation that is also a region', () => {
    const text = [
      'A study from the Centre for Economic Policy Research and the Centre for the Study of Media said so.',
      'Rafael Marques of the George Soros Foundation for Southern Africa agreed.',
    ];
    expect(names([article('centre', text)])).toEqual([]);
  });

  it('does not take a firm for a place when a kind word only qualifies the noun after it', () => {
    const text = ['Yukos may go to Gazprom, the state gas firm, or to Alfa-Eco, the venture capital arm of a group.'];
    expect(names([article('kind', text)])).toEqual([]);
  });

  it('skips currencies, initials and particles in team lists', () => {
    const result = names([
      article('s', [
        'Profit was HK$327m (US$42m), as the US dollar and Hong Kong dollars fell.',
        'Ireland: G Murphy, A Foley, J de Villiers, R Corrigan.',
      ]),
    ]);
    expect(result).toEqual(['Ireland']);
  });

  it('skips demonyms and everyday words', () => {
    const result = names([
      article('i', ['A stream of Libyans and Egyptians crossed. Reading the news, Western diplomats said March was quiet.']),
    ]);
    expect(result).toEqual([]);
  });

  it('accepts an everyday word where the sentence puts it somewhere', () => {
    expect(names([article('j', ['The festival was held in Reading, as every year.'])])).toEqual(['Reading']);
  });
});

describe('place detection: ambiguous names', () => {
  it('reads a dateline with no country as the great city of its name, whose country then weighs (`SAN FRANCISCO (AP) —` … `San Jose`)', () => {
    const rows = found([article('sf', ['SAN FRANCISCO (AP) — One of the victims was intoxicated.', 'The three left San Jose for the zoo on Christmas Day.'])]).rows;
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['SAN FRANCISCO', 'United States'],
      ['San Jose', 'United States'],
    ]);
  });

  it('gives no small home-country namesake the dateline’s weight against a great city abroad (Edmonton, Warsaw)', () => {
    const hockey = found([article('nhl', ['Columbus, OH (Sports Network) - Rick Nash scored three times against the Edmonton Oilers.', 'Ethan Moreau tallied for Edmonton, which has dropped six straight.'])]).rows;
    expect(hockey.find((row) => row.name === 'Edmonton')?.country).toBe('Canada');
    const politics = found([article('dc', ['WASHINGTON (AP) — The president will travel to Warsaw next month.'])]).rows;
    expect(politics.find((row) => row.name === 'Warsaw')?.country).toBe('Poland');
  });

  it('puts a place only the text knows in the country the article names most, not in a foreign dateline’s', () => {
    const rows = found([
      article('berlin', [
        'BERLIN - The secretary of state said aid to Pakistan would continue, and urged Pakistan to hold fair elections.',
        'The attack occurred in Khaisor Tangi, a lawless tribal region where militants operate.',
      ]),
    ]).rows;
    expect(rows.find((row) => row.name === 'Khaisor Tangi')?.country).toBe('Pakistan');
  });

  it('reads Tripoli as the Libyan capital by default', () => {
    expect(found([article('k', ['Diplomats met in Tripoli on Monday.'])]).rows[0]?.country).toBe('Libya');
  });

  it('reads Tripoli in Lebanon from the dateline', () => {
    const rows = found([article('l', ['BEIRUT, Lebanon — Clashes broke out in Tripoli overnight.'])]).rows;
    expect(rows.find((row) => row.name === 'Tripoli')?.country).toBe('Lebanon');
  });

  it('reads Tripoli in Lebanon from the other places named', () => {
    const rows = found([
      article('m', ['Clashes broke out in Tripoli, the northern port, and spread towards Beirut and Sidon, Lebanon said.']),
    ]).rows;
    expect(rows.find((row) => row.name === 'Tripoli')?.country).toBe('Lebanon');
  });

  it('reads Washington as the capital unless the text says otherwise', () => {
    const capital = found([article('n', ['Officials in Washington said the talks had stalled.'])]).rows[0];
    expect(capital).toMatchObject({ country: 'United States' });
    const town = found([article('o', ['A factory in Washington, England, is to close with the loss of 300 jobs.'])]).rows[0];
    expect(town).toMatchObject({ name: 'Washington', country: 'United Kingdom' });
  });

  it('prefers a national capital to a county seat of its name, even with the other country named', () => {
    const rows = found([
      article('t', ['The US sprinter, who won in Sydney, did not win a medal in Athens, her US coach said.']),
    ]).rows;
    expect(rows.find((row) => row.name === 'Athens')?.country).toBe('Greece');
  });

  it('reads a great city abroad over a home-country town that only shares one of its spellings', () => {
    // Three American articles make the US the corpus's home, as Britain is the BBC's.
    const home = ['Boston', 'Chicago', 'Denver'].map((city, index) =>
      article(`us${index}`, [`Snow closed schools in ${city} and across the US.`]),
    );
    const abroad = found([...home, article('x', ['Shares rose in Frankfurt and Paris.'])]).rows;
    expect(abroad.find((row) => row.name === 'Frankfurt')?.place).toBe('Frankfurt am Main');
    // Naming the US is no help to Frankfort, Kentucky: its own name is not the one written.
    const named = found([...home, article('y', ['In the US and in Frankfurt, shares rose.'])]).rows;
    expect(named.find((row) => row.name === 'Frankfurt')?.place).toBe('Frankfurt am Main');
  });

  it('reads a city abroad twenty times the size of a home town of its name, but not one merely bigger', () => {
    const home = ['Boston', 'Chicago', 'Denver'].map((city, index) =>
      article(`us${index}`, [`Snow closed schools in ${city} and across the US.`]),
    );
    const rows = found([...home, article('r', ['The firm has offices in Rotterdam and Parma, and sells in the US.'])]).rows;
    expect(rows.find((row) => row.name === 'Rotterdam')?.country).toBe('Netherlands');
    // Parma, Ohio (80,000) is not outweighed by Parma (200,000): at home, it holds.
    expect(rows.find((row) => row.name === 'Parma')?.country).toBe('United States');
  });

  it("vouches for a second home country's small town only where the article is not about the first", () => {
    // Britain is named most and the US enough to be a home too, as in the BBC's corpus.
    const corpus = [
      ...['Carlisle', 'Leeds', 'York'].map((town, index) => article(`gb${index}`, [`Floods hit ${town} in England and Britain.`])),
      article('us', ['Snow closed schools in Boston and Chicago across the US.']),
    ];
    const british = found([...corpus, article('b', ['Shares fell in Britain, said Jupiter.'])]).rows;
    expect(british.map((row) => row.name)).not.toContain('Jupiter');
    const american = found([...corpus, article('a', ['Sales rose in the US, said Jupiter.'])]).rows;
    expect(american.find((row) => row.name === 'Jupiter')?.country).toBe('United States');
  });

  it('reads a region abroad over a home-country village of its name', () => {
    const home = ['Boston', 'Chicago', 'Denver'].map((city, index) =>
      article(`us${index}`, [`Snow closed schools in ${city} and across the US.`]),
    );
    const rows = found([...home, article('crete', ['The sprinters had trained in Crete rather than in Qatar.'])]).rows;
    expect(rows.find((row) => row.name === 'Crete')?.country).toBe('Greece');
  });

  it('reads Georgia as the country where its capital is named, though the corpus is American (batch 5, read after its measurement)', () => {
    const home = ['Boston', 'Chicago', 'Denver'].map((city, index) => article(`us${index}`, [`Snow closed schools in ${city} and across the US.`]));
    const rows = found([
      ...home,
      article('ge', ["Raising the stakes in Georgia's post-election standoff, the opposition marched.", 'Protesters gathered in Tbilisi as the US called for calm.']),
    ]).rows;
    expect(rows.filter((row) => row.name === 'Georgia').map((row) => row.country)).toEqual(['Georgia']);
    // (Named by another spelling, a country still gives way to a great city: `Salvador` in Brazil.)
    const brazil = found([article('br', ['Unemployment fell in Brazil, in Rio de Janeiro, Recife and Salvador.'])]).rows;
    expect(brazil.find((row) => row.name === 'Salvador')?.country).toBe('Brazil');
  });

  it('reads Antarctica as the continent, not a country', () => {
    const rows = found([article('aq', ['Tourists flock to Antarctica every summer.'])]).rows;
    expect(rows.map((row) => [row.name, row.country])).toEqual([['Antarctica', undefined]]);
  });

  it('takes the place meant by its own name over a place that only lists it as another spelling', () => {
    const rows = found([article('p', ['Fans travelled to Liverpool and Chelsea for the games, Washington said.'])]).rows;
    expect(rows.find((row) => row.name === 'Liverpool')?.country).toBe('United Kingdom');
  });
  it('keeps `in Sydney` a place in a story that also names `the Sydney Test` (a match, not a person called Sydney; batch 6, read after its measurement)', () => {
    const rows = found([article('cricket', ['The row followed the second Test in Sydney last week.', 'Officials complained about the controversial Sydney Test.'])]).rows;
    expect(rows.filter((row) => row.paragraph === 1).map((row) => [row.name, row.country])).toEqual([['Sydney', 'Australia']]);
  });
  it('keeps a town named like a royal when its province follows a comma (`Prince George, B.C.`), not `Prince George, who`', () => {
    const rows = found([article('bc', ['The mill in Prince George, B.C., will close.', 'Prince George, who is third in line to the throne, visited a school.'])]).rows;
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [1, 'Prince George', 'Canada'],
      [1, 'B.C.', 'Canada'],
    ]);
  });
  it('keeps a city a place where a landmark bears its name (`the Sydney Harbour foreshore`, `the Sydney Cricket Ground`), not a person called Sydney', () => {
    const sydneyIn = (paragraphs: string[]): number[] =>
      found([article('a', paragraphs)])
        .rows.filter((row) => row.name === 'Sydney')
        .map((row) => row.paragraph);
    expect(sydneyIn(['Police expect calm during Sydney’s New Year’s Eve celebrations.', 'A million people will gather on the Sydney Harbour foreshore.'])).toEqual([1]);
    expect(sydneyIn(['The spat happened at the Sydney Cricket Ground.', 'India lost the second Test in Sydney.'])).toEqual([2]);
  });
  it('reads a title’s word after a given name as a surname (`Vania King of the United States`), keeping the country; `King Abdullah of Jordan` still a title', () => {
    const rows = found([article('tennis', ['Daniela Hantuchova beat Vania King of the United States.', 'King Abdullah of Jordan watched.'])]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([[1, 'United States']]);
  });
  it('reads a given name and a surname after a word for a role as a person (`his bail bondsman, Miguel Pereira`), whose surname is then no town (Pereira, Colombia)', () => {
    const rows = found([
      article('bail', [
        'Simpson arrived in Las Vegas on a flight from Florida with his bail bondsman, Miguel Pereira.',
        'Galanter said Simpson stayed at Pereira\'s home during the hearing.',
      ]),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Las Vegas', 'Florida']);
  });
  it('finds a town only the text knows wherever the article names it again once a phrase calls it a town (`their village of Wanba` … `in Wanba village`), not a firm (`the true state of Parmalat’s finances`)', () => {
    const wanba = found([
      article('wanba', [
        'Villagers tried to stop a garbage truck near their village of Wanba.',
        'The sanitation department wants to drain two fish ponds in Wanba village.',
      ]),
    ]).rows;
    expect(wanba.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Wanba'],
      [2, 'Wanba'],
    ]);
    const firm = found([article('firm', ['Banks knew the true state of Parmalat finances.', 'Parmalat is now run by an administrator.'])]).rows;
    expect(firm.filter((row) => row.paragraph === 2)).toEqual([]);
  });
  it('takes a name a person bears for a place where the text puts it (`in Jordan`, `in Chelsea, Massachusetts`), not after `for Bush, Iran` nor for a film (`Ray Charles in Ray`)', () => {
    const rows = found([
      article('bears', [
        'Jordan Peterson, Chelsea Clinton and George Bush spoke. Ray Charles was played by Foxx in Ray.',
        'Peterson later spoke in Jordan, and Clinton in Chelsea, Massachusetts.',
        'It was a blow for Bush, Iran said.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [2, 'Jordan'],
      [2, 'Chelsea'],
      [2, 'Massachusetts'],
      [3, 'Iran'],
    ]);
  });

  it('takes the names a plural kind of place introduces or closes for places, in the country most of them are in (`The counties are Alameda, …, Marin, Yolo and Yuba`, `Los Angeles and Orange counties`), a well-known city keeping its own', () => {
    const rows = found([
      article('counties', [
        'The state reported new cases on Monday.',
        'The counties are Alameda, Amador, Butte, Marin, Solano, Yolo and Yuba.',
        'Fires burned in Los Angeles and Orange counties.',
        'The band will play 30 cities including Nashville, Toronto, Denver and Seattle.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [2, 'Alameda', 'United States'],
      [2, 'Amador', 'United States'],
      [2, 'Butte', 'United States'],
      [2, 'Marin', 'United States'],
      [2, 'Solano', 'United States'],
      [2, 'Yolo', 'United States'],
      [2, 'Yuba', 'United States'],
      [3, 'Los Angeles', 'United States'],
      [3, 'Orange', 'United States'],
      [4, 'Nashville', 'United States'],
      [4, 'Toronto', 'Canada'],
      [4, 'Denver', 'United States'],
      [4, 'Seattle', 'United States'],
    ]);
  });

  it('reads countries a plural kind introduces as the countries (`the nearby states of Lebanon, Israel, Jordan`), not as towns of one other country', () => {
    const rows = found([article('ring', ['The first ring is Syria, Iraq and the nearby states of Lebanon, Israel, Jordan and the Palestinian territories.'])]).rows;
    expect(rows.filter((row) => ['Lebanon', 'Israel', 'Jordan'].includes(row.name)).map((row) => [row.name, row.country])).toEqual([
      ['Lebanon', 'Lebanon'],
      ['Israel', 'Israel'],
      ['Jordan', 'Jordan'],
    ]);
  });

  it('keeps a well-known city named in a body’s name (`the group Hydrate Detroit`) a place elsewhere, but not a performer’s (`MC Kano`)', () => {
    const rows = found([
      article('detroit', [
        'Residents of Detroit face shutoffs, said a member of the group Hydrate Detroit.',
        'Detroit has been questioned about its policy.',
        'UK garage MC Kano came third. Kano is signed to a London label.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Detroit'],
      [2, 'Detroit'],
      [3, 'UK'],
      [3, 'London'],
    ]);
  });

  it('takes a country joined by a hyphen to a name that is no place (`Trump-Russia collusion`), but not to a body’s word (`Soros Foundation-Kazakhstan`)', () => {
    const rows = found([article('hyphen', ['He denied the Trump-Russia collusion charges.', 'Officials tried to close Soros Foundation-Kazakhstan.'])]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([[1, 'Russia']]);
  });

  it('takes a given name that speaks (`says Nadia`, `Nadia says`) for a person through the article, not the district of Nadia, but not a country (`Jordan says`)', () => {
    const rows = found([
      article('nadia', [
        'A Muslim mother of four, Nadia has escaped overt racism.',
        'Something has changed, says Nadia, who asks that her last name not be used.',
        '“Bullies can win,” Nadia says. Jordan says it will act.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([[3, 'Jordan']]);
  });

  it('keeps a city whose name is a given name when it describes the speaker named next (`said Denver nurse Maya Ortiz`), but not a person said of (`said Denver was`)', () => {
    const marchers = found([article('marchers', ['Crowds gathered in Denver on Sunday.', '“We came early,” said Denver nurse Maya Ortiz, 31.'])]).rows;
    expect(marchers.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Denver'],
      [2, 'Denver'],
    ]);
    const person = found([article('person', ['Police said Denver was not hurt in the crush.', 'Denver thanked the medics later.'])]).rows;
    expect(person.map((row) => [row.paragraph, row.name])).toEqual([]);
  });

  it('reads no place in a legislator’s party tag as the Wall Street Journal writes it (`Nancy Pelosi (D., Calif.)`, `Steve Scalise (R., La.)`, `(R., Texas)`), as in `(D-Calif.)`', () => {
    expect(
      names([
        article('p', [
          'House Speaker Nancy Pelosi (D., Calif.) joked about the wall, and Rep. Steve Scalise (R., La.) agreed.',
          'Sen. Ted Cruz (R., Texas) spoke in Houston.',
        ]),
      ]),
    ).toEqual(['Houston']);
  });

  it('reads no place in a state alone in brackets after a legislator’s name (`Sens. Ted Cruz (Texas) and Marco Rubio (Fla.)`, `Rob Portman (Ohio),`), but a town’s state inside a name stays one (`the Waco (Texas) Tea Party`)', () => {
    expect(
      names([
        article('s', [
          'Sens. Ted Cruz (Texas) and Marco Rubio (Fla.) voted no, while Rob Portman (Ohio), Dean Heller (Nev.) and Orrin Hatch (Utah) voted yes.',
          'Chapters including the Waco (Texas) Tea Party were asked for donor lists in Houston.',
        ]),
      ]),
    ).toEqual(['Waco', 'Texas', 'Houston']);
  });

  it('takes no adverb that opens a sentence before `, the city …` for a village of its spelling (`Similarly, the city has yet to appoint …`), though `Italy, the …` stays a place', () => {
    expect(names([article('s', ['Similarly, the city has yet to appoint members to the board.', 'Italy, the country said, agreed.'])])).toEqual(['Italy']);
  });

  it('reads no place in a court case’s parties (`Planned Parenthood v. Casey`, `Palmer v. District of Columbia`)', () => {
    expect(names([article('c', ['He cited Planned Parenthood v. Casey and Palmer v. District of Columbia in Boston.'])])).toEqual(['Boston']);
  });

  it('reads no place in a formal title whose name runs on through `to the` to a person (`Former US Ambassador to the UN Nikki Haley`), but keeps one no name follows (`The US Ambassador to the UN said`)', () => {
    expect(names([article('a', ['Former US Ambassador to the UN Nikki Haley spoke in Boston.', 'The US Ambassador to the UN said it in Boston.'])])).toEqual(['Boston', 'US', 'Boston']);
  });

  it('reads a place before `Independent` as an independent’s (`the Vermont Independent senator`), as before `Republican` or `Democrat`', () => {
    expect(
      names([
        article('v', [
          'Sen. Bernie Sanders, I-Vt., spoke in Washington on Friday after a trip to Burlington, Vermont.',
          'During the CNN interview the Vermont Independent senator responded to a clip.',
        ]),
      ]),
    ).toEqual(['Washington', 'Burlington', 'Vermont', 'Vermont']);
  });

  it('takes no run a stance is taken against for a person’s name (`the global anti-Israel Boycotts, Divestment and Sanctions movement`), so the country goes on being found', () => {
    expect(
      names([article('i', ['He wants to confront the global anti-Israel Boycotts, Divestment and Sanctions (BDS) movement.', 'The best way is more business to Israel, he said.'])]),
    ).toEqual(['Israel']);
  });

  it('reads no place in a body’s name through `of` past a compass word before the place (`the University of South Florida`, `University of Southern California`), though `North London` stays one', () => {
    expect(
      names([article('u', ['Scientists from the University of South Florida and the University of Southern California spoke.', 'They flew on to North London.'])]),
    ).toEqual(['North London']);
  });

  it('takes a pollster that opens a sentence after its article (`A Gallup poll from early August found`), or that a study or a pollster’s word names (`a Gallup study`, `the polling firm Gallup`), for no place through the article', () => {
    const rows = found([
      article('a', ['A Gallup poll from early August found that few voters agreed.', 'Gallup noted the shift on Friday.']),
      article('b', ['According to a comprehensive Gallup study of polls, few debates matter.']),
      article('c', ['The survey was run by the polling firm Gallup in Ohio.']),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Ohio']);
  });

  it('takes a one-word name that runs a poll (`polling data from Gallup`) for the pollster through the article, but not a great city (`a London poll`)', () => {
    const rows = found([
      article('gallup', ['New polling data from Gallup shows a majority agree.', 'Gallup’s Lydia Saad wrote on Wednesday, and a London poll agreed.']),
      article('gallup-town', ['He lives in Gallup, New Mexico.']),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [2, 'London'],
      [1, 'Gallup'],
      [1, 'New Mexico'],
    ]);
  });

  it('takes `D.C.` and `DC` alone for the District of Columbia (`sent to DC`, `a group in D.C.`), but not in a title, a body’s or a case’s name, nor in `AC/DC`', () => {
    const rows = found([
      article('dc', [
        'Public Citizen is a liberal advocacy group in D.C. founded by Ralph Nader.',
        'This is DC’s street, and 85 National Guard members were sent to DC.',
        'A spokeswoman for D.C. Mayor Muriel Bowser spoke, as did the DC Department of Motor Vehicles.',
        'Since D.C. v. Heller, courts have weighed the question. AC/DC played on.',
        'She wanted them out of Washington, D.C." now.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name, row.place])).toEqual([
      [1, 'D.C.', 'District of Columbia'],
      [2, 'DC', 'District of Columbia'],
      [2, 'DC', 'District of Columbia'],
      [5, 'Washington', 'Washington'],
      [5, 'D.C.', 'District of Columbia'],
    ]);
  });

  it('takes no words of a run of five opened by a given name for a person’s (`Des Moines Register Iowa Poll`), so the state stays a place elsewhere', () => {
    const rows = found([
      article('iowa', ['The latest Bloomberg Politics/Des Moines Register Iowa Poll shows Trump ahead.', 'It has been 120,000 for the past two Iowa caucuses.']),
    ]).rows;
    expect(rows.filter((row) => row.name === 'Iowa').map((row) => row.paragraph)).toEqual([2]);
  });

  it('reads `the People’s Republic of China` whole, as China, not Taiwan’s `Republic of China`', () => {
    const rows = found([article('prc', ['The People’s Republic of China said no.', 'The Republic of China disagreed.'])]).rows;
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [1, 'People’s Republic of China', 'China'],
      [2, 'Republic of China', 'Taiwan'],
    ]);
  });

  it('reads `the Democratic People’s Republic of Korea` whole, as North Korea, and a caucus as a body (`the Virginia Legislative Black Caucus` leaves Virginia a place)', () => {
    const rows = found([
      article('dprk', ['The Democratic People’s Republic of Korea fired a missile.']),
      article('caucus', ['The Virginia Legislative Black Caucus asked him to go.', 'Virginia’s governor refused.']),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name, row.country])).toEqual([
      [1, 'Democratic People’s Republic of Korea', 'North Korea'],
      [2, 'Virginia', 'United States'],
    ]);
  });

  it('keeps a town named in a mountain’s or an operation’s name (`Mount Sinjar`, `Operation Free Sinjar`) a place elsewhere, not a person’s surname', () => {
    const rows = found([
      article('sinjar', [
        'Kurdish forces tried to take back Sinjar, in northern Iraq.',
        'Civilians fled to the top of Mount Sinjar last year, and the coalition said Operation Free Sinjar was aimed at clearing ISIS from Sinjar.',
        'Reclaiming Sinjar is one big step.',
      ]),
    ]).rows;
    expect(rows.filter((row) => row.name === 'Sinjar').map((row) => row.paragraph)).toEqual([1, 2, 3]);
  });

  it('takes a building or a club named like a small town for no place when its name qualifies a noun, even after a preposition (`to White House officials`), but not `in White House, Tennessee`', () => {
    const rows = found([article('house', ['He wrote to White House officials and spoke to White House chief of staff Denis McDonough.', 'He lives in White House, Tennessee.'])]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [2, 'White House'],
      [2, 'Tennessee'],
    ]);
  });

  it('lets a place the news names alone (`the West Bank`) name its country for a smaller one beside it (`Gaza`, `East Jerusalem`)', () => {
    const rows = found([article('gaza', ['Gaza and the West Bank saw protests, as did East Jerusalem.'])]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Gaza', 'West Bank', 'East Jerusalem']);
  });

  it('finds a town only the text knows from the kind of place after it (`the Chanae district of Narathiwat`, `in Landhi district`), and names it again; not `the Gaza district court`, `the Olympic village`, nor a district another reading found (`the West London district`)', () => {
    const rows = found([
      article('kind', [
        'The bomb went off in the Chanae district of Narathiwat province, in Thailand.',
        'Troops later searched Chanae, and a raid followed in Landhi district.',
        'The Gaza district court sat near the Olympic village.',
        'A wall in the West London district was painted.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Chanae'],
      [1, 'Narathiwat'],
      [1, 'Thailand'],
      [2, 'Chanae'],
      [2, 'Landhi'],
      [3, 'Gaza'],
      [4, 'West London'],
    ]);
    expect(rows.find((row) => row.name === 'Chanae')).toMatchObject({ country: 'Thailand' });
    expect(rows.find((row) => row.name === 'West London')).toMatchObject({ country: 'United Kingdom' });
  });
  it('reads a Chinese name family name first (`Wei Wenhua`, `Bie Bixiong`), whose family name alone is then no town (Weifang, Bíe); `Air China` still names China; the agency in a dateline’s brackets no town (`(Xinhua) --`)', () => {
    const rows = found([
      article('xinhua', [
        'WUHAN, Jan. 11 (Xinhua) -- Police beat Wei Wenhua to death, said the city party chief, Bie Bixiong.',
        'Wei, 41, was filming a clash. Bie said the officers would be punished.',
        'Air China flew the delegation to Beijing.',
      ]),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(['WUHAN', 'Beijing']);
  });
  it('takes `Saudi` for the adjective news writes (`the Saudi exile`), and a word set alone in quote marks (`known in Chinese as "Chengguan"`) for a term, not a place', () => {
    const rows = found([
      article('terms', [
        'An analysis indicates the voice is that of the Saudi exile, who lived in Saudi Arabia.',
        'More than 50 para-police, known in Chinese as "Chengguan", beat him in Tianmen.',
      ]),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Saudi Arabia', 'Tianmen']);
  });
  it('reads a county the gazetteer lacks (`Lyon County`) as a place the text knows, in the article’s country, not the county of a town abroad (Lyon, France)', () => {
    const rows = found([
      article('nevada', [
        'FERNLEY, Nev. - President Bush declared a flooded Nevada town a disaster area.',
        'That will make it difficult to determine liability, Jeff Page, Lyon County\'s emergency services director, said.',
      ]),
    ]).rows;
    expect(rows.find((row) => row.name === 'Lyon County')?.country).toBe('United States');
  });
  it('reads a name before a capitalised `County` in an American story as a county, known to the gazetteer or not (`Starr County`, `Highlands County`, not Scotland’s Highland), but not a body or a title it opens, nor an English club', () => {
    const american = found([
      article('florida', [
        'Smugglers cross the river into Texas, south of Starr County.',
        'Highlands County, near Lake Okeechobee, ranked No. 1 in Florida. Pinellas County Sheriff Bob Gualtieri spoke, and the Orange County Register reported it.',
      ]),
    ]).rows;
    expect(american.map((row) => [row.name, row.country])).toEqual([
      ['Texas', 'United States'],
      ['Starr County', 'United States'],
      ['Highlands County', 'United States'],
      ['Florida', 'United States'],
    ]);
    expect(names([article('football', ['Notts County beat Derby County at home on Saturday.'])])).not.toContain('Notts County');
  });
  it('takes a craft named like a place for no place anywhere in the article (`the shuttle Atlantis` … `to launch Atlantis`), nor `to ship Wyoming’s coal` for a ship', () => {
    const rows = found([
      article('shuttle', [
        'CAPE CANAVERAL, Fla. - NASA has scrubbed the launch of the shuttle Atlantis indefinitely.',
        'NASA had hoped to launch Atlantis by January 10th.',
        'Lower rail rates made it cheaper to ship Wyoming coal around the country.',
      ]),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(['CAPE CANAVERAL', 'Fla.', 'Wyoming']);
  });

  it('takes `Hamas` for the movement, not a spelling of Hamm, Germany', () => {
    const rows = found([article('hamas', ['Hamas fired rockets from Gaza, and Israel said Hamas would pay.', 'Germany condemned the attack.'])]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Gaza', 'Israel', 'Germany']);
  });

  it('takes `the Islamic Republic` alone for Iran, as the news does, and `the Islamic Republic of Pakistan` for Pakistan', () => {
    const rows = found([article('ir', ['The Islamic Republic deeply regrets the mistake.', 'He once visited the Islamic Republic of Pakistan.'])]).rows;
    expect(rows.map((row) => [row.paragraph, row.country])).toEqual([
      [1, 'Iran'],
      [2, 'Pakistan'],
    ]);
  });

  it('takes a pipeline named like a place for no place anywhere in the article (`the Keystone XL oil pipeline` … `approval to Keystone`)', () => {
    const rows = found([
      article('pipeline', ['Steyer wants to torpedo the Keystone XL oil pipeline in Nebraska.', 'Obama may be months away from granting final approval to Keystone.']),
    ]).rows;
    expect(rows.map((row) => row.name)).toEqual(['Nebraska']);
  });

  it('reads an abbreviated saint or fort whole after `the city of` (`the city of St. Louis`, `the town of Ft. Lauderdale`)', () => {
    const rows = found([article('st', ['At least 13 children in the city of St. Louis have died.', 'They moved to the town of Ft. Lauderdale.'])]).rows;
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['St. Louis', 'St. Louis'],
      ['Ft. Lauderdale', 'Fort Lauderdale'],
    ]);
  });

  it('takes `St. John’s Episcopal Church` for a church, and `St. John’s` alone for the capital of Newfoundland, possessive and all', () => {
    const rows = found([article('church', ['The president attended services at St. John’s Episcopal Church.', 'She flew home to St. John’s, Newfoundland, on Sunday.'])]).rows;
    expect(rows.filter((row) => row.name.startsWith('St')).map((row) => [row.paragraph, row.name, row.country])).toEqual([[2, 'St. John’s', 'Canada']]);
  });

  it('reads `Ft. Lauderdale` as Fort Lauderdale written short, and initials that end a sentence (`across the U.S. The margin`) as the place', () => {
    const rows = found([article('short', ['A van pulled up on a darkened Ft. Lauderdale street.', 'The poll sampled 1,020 adults across the U.S. The margin of error is 4 points.'])]).rows;
    expect(rows.map((row) => [row.name, row.place])).toEqual([
      ['Ft. Lauderdale', 'Fort Lauderdale'],
      ['U.S.', 'United States'],
    ]);
  });

  it('takes a common word that only another name of a town spells (`checks to Crossroads`, a super PAC) for no place, cue or not', () => {
    expect(names([article('pac', ['Hubbard has written big checks to Crossroads and other conservative groups.', 'Crossroads would mobilise other groups.'])])).toEqual([]);
  });

  it('takes no given name followed by a word in capitals for a person’s (`“Florida COVID positive cases decline”`), whose words would leave the state out all article long', () => {
    const rows = found([
      article('fl', [
        'Florida on Sunday reported more than 15,000 new coronavirus cases.',
        '“Florida COVID positive cases decline for a third day,” tweeted the governor’s spokeswoman.',
        'Critics note that Florida has emerged as a hot spot.',
      ]),
    ]).rows;
    expect(rows.map((row) => [row.paragraph, row.name])).toEqual([
      [1, 'Florida'],
      [3, 'Florida'],
    ]);
  });

  it('prefers a regional seat abroad to a county seat a fifth its size, even with the other country named (Geneva, not Geneva, Illinois)', () => {
    const rows = found([article('g', ['US Secretary of State John Kerry flew to Geneva to join the talks with Iran, US officials said.'])]).rows;
    expect(rows.find((row) => row.name === 'Geneva')?.country).toBe('Switzerland');
  });

  it('reads a province after a comma as where the town is, though a smaller city abroad shares its name (`Waterloo, Ontario`)', () => {
    const rows = found([article('w', ['said Rohinton Medhora, of the Centre for International Governance Innovation in Waterloo, Ontario.'])]).rows;
    expect(rows.find((row) => row.name === 'Waterloo')?.country).toBe('Canada');
  });

  it('takes no run after `the` for a person’s name (`the Florida Keys`), whose words would leave the state out all article long', () => {
    const rows = found([
      article('keys', [
        'So are Florida’s coral reefs, an asset valued at $8.5 billion.',
        'Two regions appear particularly endangered: Alaska and the Florida Keys, whose coral reefs attract tourists.',
      ]),
    ]).rows;
    expect(rows.filter((row) => row.name === 'Florida').map((row) => row.paragraph)).toEqual([1]);
  });

  it('reads a state in a list that goes on with `and` (`Florida, Georgia, and California`) as no place the state before lies in', () => {
    const rows = found([article('list', ['Three congressional candidates in Florida, Georgia, and California have pushed the claims.'])]).rows;
    expect(rows.find((row) => row.name === 'Florida')?.country).toBe('United States');
  });

  it('reads the state, not the country of its name, after a town that lies there (`Savannah, Georgia`), and the country after one of its own towns (`Tbilisi, Georgia`)', () => {
    const country = (text: string): (string | undefined)[] => found([article('g', [text])]).rows.map((row) => row.country);
    expect(country('She was born in Savannah, Georgia.')).toEqual(['United States', 'United States']);
    expect(country('He lives in Tbilisi, Georgia.')).toEqual(['Georgia', 'Georgia']);
  });

  it('takes a town whose name holds an organisation word for a place when a state follows it after a comma (`areas like Rapid City, S.D.`)', () => {
    expect(names([article('rc', ['Ministers saw fatigue even in deeply conservative areas like Rapid City, S.D.'])])).toContain('Rapid City');
  });

  it('reads a faith’s adjective before a country as no part of its name (`Shiite Iran`, `Sunni Saudi Arabia`)', () => {
    expect(names([article('faith', ['The White House keeps up pressure on Shiite Iran, while Sunni Saudi Arabia looks on.'])])).toEqual(['Iran', 'Saudi Arabia']);
  });

  it('ends a country’s name at itself after `pro-` or `anti-`, whatever capitalised word follows (`a pro-China Twitter mob`)', () => {
    expect(names([article('stance', ['An enormous pro-China Twitter mob descended on him.', 'The China Daily said so.'])])).toEqual(['China']);
  });

  it('reads a place name with a possessive inside whole (`Prince George’s County`, `King’s Lynn`), not a city’s district or a show (`Hell’s Kitchen`)', () => {
    expect(
      names([article('poss', ['Officials in Prince George’s County said so.', "He moved to King's Lynn in 2004.", "Gordon Ramsay returns with Hell's Kitchen."])]),
    ).toEqual(['Prince George’s County', "King's Lynn"]);
  });

  it('knows the regions American news names (`the Sun Belt`, `the Mountain West`, `the Gulf Coast`, `Appalachia`) and puts them in the US', () => {
    const rows = found([article('regions', ['Republicans are losing ground in the Sun Belt and the Mountain West.', 'Storms hit the Gulf Coast as poverty in Appalachia persists.'])]).rows;
    expect(rows.map((row) => [row.name, row.country])).toEqual([
      ['Sun Belt', 'United States'],
      ['Mountain West', 'United States'],
      ['Gulf Coast', 'United States'],
      ['Appalachia', 'United States'],
    ]);
  });

  it('reads `the South` as the American South in an article about the US, and as the other half of a divided country in one about Korea', () => {
    const us = found([article('us', ['Most of the states without such protections are in the South or the Plains, which tend to be more conservative than Texas, Florida and Ohio.'])]).rows;
    expect(us.find((row) => row.name === 'South')?.country).toBe('United States');
    const korea = found([article('kr', ['North Korea launched a missile. Activists in the South have floated balloons over the border.'])]).rows;
    expect(korea.find((row) => row.name === 'South')?.country).toBe('South Korea');
  });

  it('reads a great city or a country before `for` as a place left, not a body named `X for Y` (`left Hong Kong for Moscow`)', () => {
    expect(names([article('left', ['He left Hong Kong for Moscow on June 23.', 'The Campaign for Nuclear Disarmament met.'])])).toEqual(['Hong Kong', 'Moscow']);
  });

  it('takes the end of a body’s name for no place a clause after it calls a state (`the Tennessee Department of Education, the state had …`)', () => {
    expect(names([article('dept', ['According to the Tennessee Department of Education, the state had a high graduation rate.'])])).toEqual([]);
  });

  it('takes no given name before a weekday for a person’s (`a big win in Washington Saturday`), whose words would leave the state out all article long', () => {
    const rows = found([article('wa', ['SEATTLE — Without a big win in Washington Saturday, there is no path forward for him.', 'Sanders recognizes Washington is as close to a must-win as it gets.'])]).rows;
    expect(rows.filter((row) => row.name === 'Washington').map((row) => row.paragraph)).toContain(2);
  });

  it('reads `Sens.` as senators’ title, not the French town of Sens', () => {
    expect(names([article('sens', ['The battle for second between Sens. Marco Rubio of Florida and Ted Cruz of Texas went on.'])])).toEqual(['Florida', 'Texas']);
  });

  it('takes a leader’s name before `administration` for the leader’s, not a town’s, though the town’s country is in the story (`the Obama administration` … `Japan`)', () => {
    expect(
      names([article('obama', ['Trump signed a paper that would take back the Obama administration’s signature on the treaty.', 'Russia, China and Japan never joined it.'])]),
    ).toEqual(['Russia', 'China', 'Japan']);
  });

  it('takes a federal district that opens a judge’s title or a court’s name for no place (`U.S. District Judge William Orrick`, `the US District Court`)', () => {
    expect(
      names([article('court', ['Pressed by U.S. District Judge William Orrick, the lawyers said little.', 'The US District Court in Texas ruled on Friday.'])]),
    ).toEqual(['Texas']);
  });

  it('takes a leader’s name before their impeachment, campaign or emails, or their era, for the leader’s, not a town’s (`the Clinton email inquiry`, `the 1999 Clinton impeachment`, `a Clinton-era rule`)', () => {
    expect(
      names([
        article('clinton', [
          'He was a top investigator on the Clinton email inquiry.',
          'The Senate should follow the 1999 Clinton impeachment trial.',
          'Congress killed a Clinton-era ergonomics regulation in 2001.',
          'She moved to Clinton, Iowa, last year.',
        ]),
      ]),
    ).toEqual(['Clinton', 'Iowa']);
  });

  it('reads a state of the story’s own country, not the country of its name, after a town the gazetteer has nowhere in that country (`Fort Stewart, Georgia` in a story on Ohio and Texas)', () => {
    const country = (...paragraphs: string[]): (string | undefined)[] => found([article('g', paragraphs)]).rows.map((row) => row.country);
    expect(country('Trump won Ohio and Texas.', 'The tanks were shipped from Fort Stewart, Georgia, the nearest Army base.')).toEqual(Array(4).fill('United States'));
    expect(country('Russian troops entered Abkhazia and Russia.', 'Troops came from Zugdidi, Georgia.')).toEqual(['Georgia', 'Russia', 'Georgia', 'Georgia']);
  });

  it('ends a sentence at initials’ full stop before a word that opens one (`gravel in the U.S. About 50 percent …`)', () => {
    expect(names([article('us', ['Vulcan sells crushed stone, sand and gravel in the U.S. About 50 percent of its shipments go to Texas.'])])).toEqual(['U.S.', 'Texas']);
  });

  it('reads the places of three or more joined by hyphens, two of them countries (`the Iran-Lausanne-Yemen axis`; Lausanne, uncued, only where the story places it), but no agreement named for them (`the United States-Mexico-Canada Agreement`)', () => {
    expect(names([article('axis', ['"The Iran-Lausanne-Yemen axis is very dangerous to humanity," he said.'])])).toEqual(['Iran', 'Yemen']);
    expect(names([article('usmca', ['The administration pushed for the United States-Mexico-Canada Agreement.'])])).not.toContain('Mexico');
  });

  it('ends a run at a country’s initials before a plural acronym (`the U.S. IPOs of small Chinese companies`)', () => {
    expect(names([article('ipo', ['Regulators looked at the U.S. IPOs of small Chinese companies.'])])).toEqual(['U.S.']);
  });

  it('takes two words right after a person’s role in lower case for a name (`Ecuadorian president Lenin Moreno`), whose surname alone is then no town (Moreno, Brazil, in a story that names Brazil)', () => {
    expect(
      names([
        article('moreno', [
          'In a videotaped statement, Ecuadorian president Lenin Moreno said the country’s patience had reached its limit.',
          'Moreno, the Ecuadorian president, said Assange would not be extradited.',
          'Assange had gained the backing of some world figures, including leaders of Brazil.',
        ]),
      ]),
    ).toEqual(['Brazil']);
  });

  it('reads no town before a state that opens the next person’s title (`could also include Bush, Wisconsin Gov. Scott Walker`), nor the state, a formal title’s', () => {
    expect(
      names([
        article('bush', [
          'A poll found the senator trailing former Florida Gov. Jeb Bush in the state.',
          'The deep bench of potential GOP challengers, which could also include Bush, Wisconsin Gov. Scott Walker and Ben Carson, is also emboldening Republicans.',
        ]),
      ]),
    ).toEqual([]);
  });

  it('finds the Arctic and Eurasia, parts of the world in no country, but not the band `Arctic Monkeys`', () => {
    expect(
      names([
        article('arctic', [
          'The vortex circulates counterclockwise over the Arctic, and the decline of Arctic summer sea ice chills Eurasia.',
          'The Arctic Monkeys played in Sheffield.',
        ]),
      ]),
    ).toEqual(['Arctic', 'Arctic', 'Eurasia', 'Sheffield']);
  });

  it('keeps the town the story is filed from a place where the article also quotes someone of that first name (`ORLANDO, Fla.` … `as Orlando braced` … `Orlando Gonzalez`)', () => {
    expect(
      names([
        article('orlando', [
          'ORLANDO, Fla. (Reuters) - President Barack Obama on Thursday met survivors of the massacre.',
          'Wakes were held on Thursday, as Orlando braced for two weeks of somber events.',
          '“He was in a Snapchat video,” said his cousin, Orlando Gonzalez.',
        ]),
      ]),
    ).toEqual(['ORLANDO', 'Fla.', 'Orlando']);
  });

  it('finds the state after a party member (`Senator McCain, Republican of Arizona,`, `Tammy Duckworth, Democrat of Illinois`)', () => {
    expect(
      names([
        article('party', ['Senator McCain, Republican of Arizona, also promised to work with Democrats.', 'That is Tammy Duckworth, Democrat of Illinois, firing back.']),
      ]),
    ).toEqual(['Arizona', 'Illinois']);
  });

  it('finds the place after a compound adjective of who holds it (`Republican-dominated Alabama`, `Kremlin-backed`), not a firm after `-based`', () => {
    expect(
      names([article('compound', ['A routine election in Republican-dominated Alabama would not alter that.', 'Chennai-based Tata turned to lasers.'])]),
    ).toEqual(['Alabama', 'Chennai']);
  });
});
