import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../src/analyse/quotes/index.js';
import type { Quotation } from '../../src/analyse/types.js';
import { article } from './helpers.js';

function quotations(...paragraphs: string[]): Quotation[] {
  return analyseQuotes([article('a', paragraphs)]).quotations;
}

function only(...paragraphs: string[]): Quotation {
  const found = quotations(...paragraphs);
  expect(found.map((quotation) => quotation.text)).toHaveLength(1);
  return found[0] as Quotation;
}

describe('finding quotations', () => {
  it('reads curly and straight quote marks', () => {
    expect(only('“We will rebuild the bridge,” Maria Lopez said.').text).toBe('We will rebuild the bridge');
    expect(only('"We will rebuild the bridge," Maria Lopez said.').text).toBe('We will rebuild the bridge');
  });

  it('reads a double prime that closes a quotation in wire copy, and leaves inches alone', () => {
    const found = quotations('“Without these protections, the field stays stacked,″ said Rep. Mark Pocan. The House bill will let workers “fight back,″ he said.');
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['Without these protections, the field stays stacked', 'Mark Pocan'],
      ['fight back', 'Mark Pocan'],
    ]);
    expect(only('The 55″ screen was “a bargain,” Maria Lopez said.').text).toBe('a bargain');
  });

  it('reads an article that quotes between single marks, as British tabloids do, with its nested double marks and apostrophes kept, and leaves single-quoted terms alone', () => {
    const found = quotations(
      "A source told CNN that the official 'did not have direct knowledge of the talks'.",
      "Senator Ann Ward said on Saturday: 'I have never spoken to my son about his business. Here's what I know.'",
      "'Tom is using this because he knows I'll beat him, and he said \"I do\" to all of it,' Ward added.",
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['did not have direct knowledge of the talks', 'A source'],
      ["I have never spoken to my son about his business. Here's what I know.", 'Ann Ward'],
      ['Tom is using this because he knows I\'ll beat him, and he said "I do" to all of it', 'Ann Ward'],
    ]);
    expect(quotations("The term 'urban' is open to debate. Fans of 'garage' and 'grime' disagree, the 'Music of Black Origin' label too.")).toEqual([]);
  });

  it('reads `labelled` and `signalled` as British spelling writes them, as well as `labeled` and `signaled`', () => {
    expect(only('Paul Marsh signed a deal with Starbucks last year, later labelling EMI “boring”.').speaker).toBe('Paul Marsh');
    expect(only('Mr Sigarchi’s lawyer labelled the court “illegal and incompetent”.').speaker).toBe('Mr Sigarchi’s lawyer');
    expect(only('Sol Campbell signalled “a new chapter” on Monday.').speaker).toBe('Sol Campbell');
  });

  it('takes terms listed after a named one, or words renamed from one to another, for no quotation (`coding terms like "master" and "slave."`, `from "master" to "main."`, `be replaced with "ethical" and "unethical."`)', () => {
    expect(
      quotations(
        'Github is working on removing coding terms like "master" and "slave." Nat Friedman replied to a tweet about switching the default branch from "master" to "main."',
        'It has also been suggested that "white hat" and "black hat" be replaced with "ethical" and "unethical."',
      )
        .map((quotation) => quotation.text)
        .filter((text) => ['master', 'slave.', 'main.', 'ethical', 'unethical.'].includes(text)),
    ).toEqual([]);
  });

  it('takes a title after a possessive that ends on its apostrophe for a show, not a quotation (`Appearing on CBS’ “Face the Nation,” Mr. McCain said`)', () => {
    expect(quotations('Appearing on CBS’ “Face the Nation,” Mr. McCain said, “Chinese behavior has been very disappointing.”').map((quotation) => quotation.text)).toEqual([
      'Chinese behavior has been very disappointing.',
    ]);
  });

  it('reads a long attribution after the quotation: a role, a name, then a body’s name with `and` and a place in it', () => {
    const found = only('“Meat is a high carbon footprint food,” lead author Hiroshi Tanemura of the Research Institute for Humanity and Nature in Kyoto explained in a statement.');
    expect([found.speaker, found.cue]).toEqual(['Hiroshi Tanemura', 'explained']);
    expect(only('“Sugar is worse,” Hiroshi Tanemura of the Institute for Humanity and Nature explained.').speaker).toBe('Hiroshi Tanemura');
  });

  it('gives `he said` to one a sentence opens on and goes on to call `he` or `his` (`Mayor Daniel Ortiz’s speech made clear he would not back down.`)', () => {
    const mayor = quotations(
      '“The budget is a disgrace,” said Peter Lang, who leads the opposition on the council.',
      'Mayor Daniel Ortiz’s speech on Tuesday made clear that he would not back down.',
      '“We will finish the bridge,” he said.',
    );
    expect(mayor.map((quotation) => quotation.speaker)).toEqual(['Peter Lang', 'Daniel Ortiz']);
    const mother = quotations(
      '“The clinic is full every day,” said Laura Kemp, a nurse who works there.',
      'For Amina Yusuf, 31, and her two sons, the new clinic came too late.',
      '“We waited four hours in the rain,” she said.',
    );
    expect(mother.map((quotation) => quotation.speaker)).toEqual(['Laura Kemp', 'Amina Yusuf']);
  });

  it('reads past a party’s and a state’s tag in brackets with a space in it to the verb (`Sen. Alan Ferris (R., Ohio), who …, said`)', () => {
    const found = quotations(
      '“The deal is dead,” said Rep. Martin Hale, who chairs the budget committee.',
      'Sen. Alan Ferris (R., Ohio), who sat in on the talks over the summer, said those meetings had gone nowhere.',
      '“Nobody in that room trusted anybody,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Martin Hale', 'Alan Ferris']);
  });

  it('takes a sentence that opens on a name and calls that one `he` before its closing `he said` for the named one’s own account (`Tom Reyes was standing by the gate when he heard the blast, he said.`)', () => {
    const found = quotations(
      '“It was chaos at the station,” said Mark Dunmore, who runs a café nearby.',
      'Tom Reyes was standing by the gate when he heard the blast, he said. “There was glass everywhere,” he told reporters.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Mark Dunmore', 'Tom Reyes']);
  });

  it('gives words a clause of `what` names to the one it describes doing so (`in what one aide called a “…”`)', () => {
    const found = quotations(
      'Mayor Ruth Calloway cut the library budget in what one council aide called a “slow strangling” of the service.',
      'Ruth Calloway defended the cuts, which came after what many residents describe as the council’s “blank cheque” years.',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['slow strangling', 'one council aide'],
      ['blank cheque', 'many residents'],
    ]);
  });

  it('gives words that open on a verb after someone’s remarks to the one who reports them (`Vance said that Mr Ortiz’s comments “went too far”`)', () => {
    const found = quotations(
      'Senator Helen Vance said on Monday that Mr Ortiz’s comments “went too far for a minister of the crown.”',
      'Paul Grady told reporters that Vance’s latest remarks “have made a deal much harder.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Helen Vance', 'Paul Grady']);
  });

  it('gives `the outlet` to the medium last cited for news, and `the site` to the body whose website was named', () => {
    const found = quotations(
      'The ministry will close six clinics, according to the Northern Ledger Gazette, which first broke the story.',
      '“Staff were told on Friday that the clinics would shut by spring,” the outlet reported.',
      'Her profile on the Calder Trust website lists the cases she has won.',
      '“Ms Odum leads our appeals practice,” the site says.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Northern Ledger Gazette', 'Calder Trust']);
  });

  it('gives words after `with one telling` to the one of the people just named, not to the sentence’s subject', () => {
    const found = quotations('The offer was turned down by union leaders at the port, with one telling the Herald: “We will not sign away our pensions.”');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['one']);
  });

  it('reads a description in lower case after an opening phrase as the sentence’s subject (`Outside the hall, the marchers waved flags and shouted, “…”`)', () => {
    expect(only('Outside the town hall on Friday, the marchers waved green flags and shouted, “Save our harbour!”').speaker).toBe('the marchers');
  });

  it('reads `it` after a sentence that a document opens as that document, and so as whoever it speaks for (`The indictment describes …. ¶ “…,” it says.`)', () => {
    const found = quotations(
      'A grand jury in Ohio charged the harbour master on Monday.',
      'The indictment describes years of payments to a shipping agent in Toledo.',
      '“The defendant concealed the source of the funds,” it says.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['The indictment']);
    const lawsuit = quotations(
      'Three Democratic senators, Anna Pruitt, Tomas Varga and Lena Okafor, went to court on Monday.',
      'The senators’ lawsuit cites the ties of the new director to a company under investigation.',
      '“The Senate has not consented to his appointment,” it states.',
    );
    expect(lawsuit.map((quotation) => quotation.speaker)).toEqual(['The senators’ lawsuit']);
  });

  it('reads `it` after a sentence whose subject issued something as that subject (`The island’s civil defence office issued a fact sheet on Friday. ¶ It states: “…”`)', () => {
    const office = quotations('The island’s civil defence office issued a fact sheet on Friday with advice for residents.', 'It states: “Stay indoors until the siren stops.”');
    expect(office.map((quotation) => quotation.speaker)).toEqual(['The island’s civil defence office']);
    const league = quotations(
      'The Northern Anglers League posted a message criticising the council’s announcement on Tuesday.',
      '“It is a sad day for everyone who fishes the river,” it said.',
    );
    expect(league.map((quotation) => quotation.speaker)).toEqual(['Northern Anglers League']);
  });

  it('takes no word that the article writes in lower case too for a body when it only opens a sentence (`Factors can include …`)', () => {
    const found = quotations(
      'Asked about the errors, the Coastal Mapping Agency said, “A range of factors can make the counts rise or fall.”',
      'Factors can include new software and wider access.',
      'The agency released another statement on Thursday night.',
      '“Our surveys are checked inside and outside the agency,” it said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Coastal Mapping Agency', 'Coastal Mapping Agency']);
  });

  it('reads `they` after a body named with a verb in the plural as that body, and never as words in the quotation before it (`Harbour Records have denied it. ¶ “…,” they said.`)', () => {
    const label = quotations(
      'The singer Mara Quill said her old label had kept her from touring.',
      'Harbour Records have twice denied doing anything wrong.',
      '“We never stopped her from playing anywhere,” they said in a statement.',
    );
    expect(label.map((quotation) => quotation.speaker)).toEqual(['Harbour Records']);
    const senators = quotations(
      'Democrats wrote to the Senate leader in June asking for a vote on the bill.',
      '“With Republicans in charge, the Senate has failed to act on housing,” they wrote.',
    );
    expect(senators.map((quotation) => quotation.speaker)).toEqual(['Democrats']);
  });

  it('gives a letter to whoever brings it in a sentence that a title opens (`Rep. Dana Whitcomb … is circulating a letter. ¶ “…,” the letter says.`)', () => {
    const found = quotations(
      'Rep. Dana Whitcomb (R-Ohio), who sits on the armed services panel, is circulating a letter to colleagues on the treaty.',
      '“Congress must vote before any deployment,” the letter says.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dana Whitcomb']);
  });

  it('reads `it` after a sentence that a body’s thing opens as that body, unless someone reports that sentence (`Norway’s account of the crash has changed. ¶ First it said “…”`)', () => {
    const found = quotations('Norway’s account of the ferry crash has changed twice.', 'First it said the captain had been “fully rested” before the voyage.');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Norway']);
    const reported = quotations(
      'Growth will slow next year, the Nordic Economic Council said.',
      'Norway’s strong currency would weigh on exports, the council said. “Demand abroad is cooling,” it added.',
    );
    expect(reported.map((quotation) => quotation.speaker)).toEqual(['Nordic Economic Council']);
  });

  it('gives a document that opens a sentence, then where it was put, to the subject after them (`In a brief statement on its website, the ministry said …. ¶ “…,” it said.`)', () => {
    const found = quotations(
      'Talks on the fishing quota resumed in Oslo on Monday, a week after they broke down.',
      'In a short statement on its website, the fisheries ministry said both sides had moved closer.',
      '“We expect an agreement within days,” it said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['the fisheries ministry']);
  });

  it('gives words after `what it calls` or `what they call` to the subject of the clause `what` is in (`Ms Hale said the alliance objects to what it calls “…”`)', () => {
    const found = quotations(
      'Dana Hale spoke for an hour. She said the farmers’ alliance also objects to what it calls “a tax on rain” in the new water bill.',
      'The left wing of the council is wary of approving what they call “a giveaway to developers” on the waterfront.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['the farmers’ alliance', 'The left wing of the council']);
  });

  it('gives `the group` to the body introduced as a group or an organisation, never to a medium that reported on it', () => {
    const found = quotations(
      'Tenants at Marlow Court have organised. The group, Marlow Tenants United, met the landlord on Monday, the Valley Courier reports.',
      '“We will not pay for repairs that were never made,” the group said in a letter.',
      'The Edith Morgan Institute for Fair Housing, a nonprofit organization in the city, backed the tenants.',
      '“Their case is strong,” the group said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Marlow Tenants United', 'Edith Morgan Institute for Fair Housing']);
    const reported = only('The Harbour Watch Association sued the port authority on Friday.', 'The suit was filed late, as the Coastline Herald reported.', '“The dredging must stop,” the group said.');
    expect(reported.speaker).toBe('Harbour Watch Association');
  });

  it('reads a body whose initials follow its name in brackets as the subject that acts (`the Federation of Upland Farming (FUF) said`)', () => {
    const found = quotations(
      'The Ministry of Agriculture announced a cut in upland subsidies on Monday.',
      'In a message to the press, the Federation of Upland Farming (FUF) said it would block the valley roads on Friday.',
      '“Nobody will move a sheep until the subsidy is paid,” the group said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Federation of Upland Farming']);
  });

  it('gives `the Ohio senator` to whom the text just wrote about, not to a senator the article ties to another state', () => {
    const found = quotations(
      'The vote was delayed again, with Senator Karen Blaise calling the bill a “giveaway”.',
      'The chamber’s minority leader, Paul Tremont, accused the majority of stalling.',
      '“We will sit here all night if we must,” the Ohio senator said.',
      'Oregon Senator Karen Blaise later wrote: “The bill is dead.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Karen Blaise', 'Paul Tremont', 'Karen Blaise']);
  });

  it('gives `the judges` to the court whose judges the article named, not to a court named in passing since', () => {
    const found = quotations(
      'A panel of judges from the Eastern Circuit Court of Appeals struck down the county’s voting map on Tuesday.',
      'The county is expected to take the case to the State Supreme Court.',
      '“The map cannot stand in any form,” the judges wrote.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Eastern Circuit Court of Appeals']);
  });

  it('gives one known by a surname alone the gender the pronouns of sentences they open give them (`Drazic came home because he felt …`)', () => {
    const found = quotations(
      'Veteran goalkeeper Mark Ellison has kept his place for a decade.',
      '“I want to start the next game,” says Drazic. “This is my time.”',
      'Ellison is tipped to be recalled for the match. Drazic came home from Norway because he felt it would help his career.',
      '“I feel I am the best keeper in the league right now,” he says.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Drazic', 'Drazic']);
  });

  it('goes on with an unnamed actor whom a relative clause without commas says which one is meant (`The contractor who left the agency was unhappy …. In a letter to Holloway, he wrote …`)', () => {
    const found = quotations(
      '“The leak has been fixed,” said Mark Holloway, the agency’s director.',
      'The contractor who left the agency was unhappy with those assurances. In a letter to Holloway, he wrote that the staff had been “abandoned by their managers”.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Mark Holloway', 'The contractor']);
  });

  it('reads past a sentence that names only a body back to the spokesman who reported just before (`A spokesman for the Treasury said …. Eurostat will publish …. “…,” he said`)', () => {
    const found = quotations(
      '“We will look at the figures,” said Peter Grant, the council leader.',
      'A spokesman for the Treasury said the plan had been costed. Eurostat will publish its own figures next month.',
      '“Nothing in it is unfunded,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Peter Grant', 'A spokesman for the Treasury']);
  });

  it('goes on with an unnamed speaker through a paragraph about them as `he` that names no one else (`“…,” a senior council official said. ¶ He said the budget … ¶ “…,” he said`)', () => {
    const found = quotations(
      '“We expected more from the council,” said Tom Fuller, who owns a bakery on the high street.',
      '“Nobody told us anything,” a senior council official said.',
      'He said the budget had been cut twice this year.',
      '“We simply ran out of money,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Tom Fuller', 'a senior council official', 'a senior council official']);
  });

  it('reads `He said …` after an unnamed person’s reported speech back to that person for the next `he said` (`a retired farm worker … said …. He said he planned …. ¶ “…,” he said`)', () => {
    const found = quotations(
      '“Prices keep rising,” said Daniel Ortiz, who runs a grocery store in the town.',
      'Across the river, a retired farm worker who spoke to reporters said the neighbourhood was frightened. He said he planned to stay indoors all week.',
      '“I do not want to leave my children alone,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Daniel Ortiz', 'a retired farm worker']);
  });

  it('goes on with the unnamed diplomat across a paragraph that opens `But he added …` (`“…,” the diplomat said. ¶ But he added … ¶ “…,” he said`)', () => {
    const found = quotations(
      '“We must cut the cost of exports,” Planning Minister Martin Keller said last month.',
      'One diplomat said reform could clash with politics at home.',
      '“The real question is how fast the country can reform,” the diplomat said.',
      'But he added that the benefits would outweigh the costs in the end.',
      '“Joining will force the economy to modernise,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Martin Keller', 'One diplomat', 'One diplomat']);
  });

  it('gives a quotation to people described right before a `who` whose verb is its cue (`disrupted by activists who chanted “…”`), not to a role set off after a name', () => {
    const found = quotations(
      'Councillor Ruth Okafor defended the budget at the meeting.',
      'The hearing was interrupted by tenants who shouted “Fix the heating first” from the gallery.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['tenants']);
    const role = quotations('The next morning, Dalby, a loyal Ferris Town supporter who says “I never miss a game,” bought a season ticket.');
    expect(role.map((quotation) => quotation.speaker)).toEqual(['Dalby']);
  });

  it('reads a pair whose first name has a role set off by commas as the pair that `they` stands for (`write Ann Roe, a former envoy, and Ben Cole, … ¶ “…,” they write.`)', () => {
    const found = quotations(
      '“The ceasefire is a pause, not a peace,” write Hannah Voss, a former envoy to Cairo, and Tomas Reyes, a fellow at the Meridian Institute, in an essay this week.',
      '“Both sides are rearming while they talk,” they write.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Hannah Voss', 'Hannah Voss']);
  });

  it('gives a quotation that opens a paragraph, after a paragraph about someone else, to the one who acts at the end of that paragraph (`… Pryce talked like a proud parent. ¶ “…”`)', () => {
    const found = quotations(
      'Marcus Pryce has spent weeks urging his young side to finish games properly.',
      '“I was too tired to say anything,” Dana Okoro said with a grin.',
      'After the final whistle Pryce talked like a proud parent about his squad.',
      '“I think these players grew up tonight.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dana Okoro', 'Marcus Pryce']);
    const clause = quotations(
      '“Making the film set me free,” Ilse Varga said.',
      'The director shot most scenes at the clinic, where Otto Brandt was treated for years.',
      '“The nurses you see on screen are his real nurses.”',
    );
    expect(clause.map((quotation) => quotation.speaker)).toEqual(['Ilse Varga', 'Ilse Varga']);
  });

  it('gives a quotation that opens a paragraph, after a paragraph about someone else, to whom the pronoun or the description acting at its end stands for (`In a floor speech, she singled out …. ¶ “…”`)', () => {
    const found = quotations(
      '“The bill will pass by spring,” Senator Paul Hendry said.',
      'The fight was led in part by Senator Olivia Marsh, a possible candidate for governor.',
      'In a floor speech on Friday, she singled out the banks for their lobbying.',
      '“Let me say this to the banks: your time is up.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Paul Hendry', 'Olivia Marsh']);
  });

  it('gives words named inside a relative clause to that clause’s own subject (`the raids, which it called “…”`, `a country that she previously labeled its “…”`, `in what the union called a “…”`)', () => {
    expect(only('The Transport Ministry issued a statement condemning the raids, which it called “reckless and cowardly.”').speaker).toBe('Transport Ministry');
    expect(only('Senator Ada Pryce spoke at length about Norland, a country that she previously labeled the region’s “chief rival.”').speaker).toBe('Ada Pryce');
    expect(only('Talks at the plant collapsed on Friday in what the union called a “betrayal of every member.”').speaker).toBe('the union');
    expect(only('The proposal was rejected by Marta Ruiz, the mayor - which the Harbour Commission also called “unworkable” - on Monday.').speaker).toBe('Harbour Commission');
  });

  it('gives words inside a question put with `if` or `whether` to the one who asks, not the one who answers (`when Rep. X asked whether the plan was “…,” Y answered`, `Asked by Sen. X if …`)', () => {
    const found = quotations(
      'At the hearing, when Rep. Carla Voss asked whether the agency was “tracking every shipment that left the port,” Director Paul Hanley answered, “Not every one.”',
      'When asked further by Senator Ruth Adler if the agency would “publish the full audit,” Hanley replied that it would.',
      'Asked by Rep. Omar Little, D-Ohio, if the budget covered the “next three winters” as well, Hanley responded, “I believe it does.”',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['tracking every shipment that left the port', 'Carla Voss'],
      ['Not every one.', 'Paul Hanley'],
      ['publish the full audit', 'Ruth Adler'],
      ['next three winters', 'Omar Little'],
      ['I believe it does.', 'Paul Hanley'],
    ]);
  });

  it('reads past an opening the subject is not part of: a lone adverb of place (`Nearby, a group of protesters chanted`), a conjunction of time (`… in May when the mayor called her a “…”`)', () => {
    const found = quotations(
      'Councillor Jane Oduya spoke outside City Hall. Nearby, a small crowd of tenants chanted, “Fix our homes!”',
      'Oduya has clashed with the mayor before, most famously in May when the mayor called her a “professional complainer” on the radio.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['a small crowd of tenants', 'the mayor']);
  });

  it('gives a participle after `with` and people in the plural to those people (`…, with critics describing the plan as a “…”`)', () => {
    expect(only('Governor Lena Marsh unveiled the transit plan on Monday, with critics describing it as a “gift to developers.”').speaker).toBe('critics');
    expect(only('The vaccine trial will run for two more years, with researchers calling the early results “very encouraging.”').speaker).toBe('researchers');
  });

  it('gives a participle right after a closing cue to the one described there, not the sentence’s subject (`X is a useful ally, the source said, adding, “…”`)', () => {
    const found = quotations(
      'A source close to the mayor said the talks were going well.',
      'Councillor Bea Hart is a useful ally to the mayor, the source said, adding, “She keeps him honest on the budget.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['A source close to the mayor']);
  });

  it('reads a role before a first name that is a thing’s word too as a person’s (`radio host Bill Church`)', () => {
    const found = quotations(
      'Senator Ruth Conley opened her campaign in Dayton on Saturday.',
      'Radio host Bill Church, a longtime ally of the senator, said the crowd was the largest he had seen.',
      '“She has the whole state behind her now,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Bill Church']);
  });

  it('reads a name with a thing’s word for a surname as a person’s when its clause gives it a person’s pronoun (`Dontae Ocean moved his studio`)', () => {
    const found = quotations(
      'Dontae Ocean moved his studio to Memphis last spring, the producer told Kim Vale of WKNO on Friday.',
      'The 35-year-old said the city had given him back his sound.',
      '“I hear the river in every track now,” he told Vale.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dontae Ocean']);
  });

  it('gives one described by a role to whom the text names by that role soon after (`A lawyer for the club called … lawyer Dana Whitfield said`)', () => {
    const found = quotations(
      'The league banned the striker for six matches after a hearing in Leeds on Monday.',
      'The club said it was studying the ruling.',
      'A lawyer for the club called the ban “a disgrace” in a statement on Tuesday.',
      '“We will appeal, and we will win,” lawyer Dana Whitfield said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });

  it('gives a place’s office (`Norway’s prime minister`) to whom the article titles with that place, not to another place’s holder', () => {
    const found = quotations(
      'Canadian Prime Minister Jean Tremblay met farmers in Winnipeg on Monday to defend the new export rules.',
      '“These rules protect every grower in the country,” the prime minister said.',
      'Norway’s prime minister called the rules “a step backwards” in a radio interview.',
      'Trade talks between the two countries are due to resume in Oslo next month.',
      'Norwegian Prime Minister Ingrid Solberg later told reporters she would raise the matter at the summit.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Jean Tremblay', 'Ingrid Solberg']);
  });

  it('gives a description the name set in apposition after it, there or where the same words came before (`her father, Marcus Delaney,`)', () => {
    const found = quotations(
      'The school board voted on Monday night to close Eastfield Elementary.',
      'Her Republican counterpart, ranking member Tom Hale, R-Texas, tweeted that the board “stands alone.”',
      'Ten-year-old Amira Delaney has gone to Eastfield since kindergarten. Her father, Marcus Delaney, told reporters the family would fight the decision.',
      '“They never asked a single parent,” her father said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Tom Hale', 'Marcus Delaney']);
  });

  it('gives a second verb joined by `and` to the subject of the clause its first verb opens (`…, and the singer blew him kisses and whispered, “…”`)', () => {
    const found = quotations(
      'Lena Marsh’s brother was led from the dock on Tuesday, and the grieving poet waved at him and called out, “Stay strong.”',
      'In Lisbon, nurses sat down in the road, arms linked, and chanted, “Fair pay now.”',
      'Ortiz later claimed that Governor Ruth Kell leaned over the table and said, “Nobody will remember this.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['the grieving poet', 'nurses', 'Ruth Kell']);
  });

  it('gives a relative clause after a comma whose verb is the cue to the person described before it, and one whose own subject comes first to that subject (`…, which her lawyers said was “…”`)', () => {
    const found = quotations(
      'The first question came from a Harbor Times reporter, who asked: “Will the mayor resign?”',
      'Relief was slower than that of Gulf donors, who promised “every family a roof.”',
      'The board closed the review, which her attorneys on Friday said was “far too narrow.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['a Harbor Times reporter', 'Gulf donors', 'her attorneys']);
  });

  it('reads `continued` that a clause follows as something going on, not a cue (`replied that the trade between A and B continued and they stood “…”`)', () => {
    expect(only('Ida Holm replied that trade between Norway and Chile continued and they remained “the closest of partners.”').speaker).toBe('Ida Holm');
  });

  it('gives a cue after `and` past a quotation earlier in the sentence to the subject before it (`Pence lauded the “…” between the U.S. and Poland and stressed that allies must stay “…” about …`)', () => {
    const found = quotations('Marta Lind praised the “deep friendship” between Chile and Peru and stressed that both navies must remain “alert” to smuggling.');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Marta Lind', 'Marta Lind']);
  });

  it('gives a lead’s `top` expert or commander to the one the next sentences name (`America’s top public health expert has warned …`)', () => {
    const text = 'Canada’s top wildfire expert has warned that the season is “only getting started” in the west.\n\nDaniel Ferreira, who heads the national fire centre, said crews were stretched.';
    expect(quotations(text)[0]?.speaker).toBe('Daniel Ferreira');
  });

  it('gives a document to the person a body’s title leads to, or the body a possessive leads to, named after it (`a letter signed by White House counsel Pat Cipollone`)', () => {
    const memo = only('A memo signed by Riverton Water Board chairman Dana Orrin went out to residents on Friday.', '“The reservoir cannot meet summer demand,” the memo said.');
    const report = only('A report written by Lakeland University’s Institute for Coastal Research appeared on Tuesday.', '“Sea levels are rising faster than expected,” the report said.');
    expect([memo.speaker, report.speaker]).toEqual(['Dana Orrin', 'Institute for Coastal Research']);
  });

  it('gives a document that an administration, a university or a group described put out to that description (`The administration released a statement …. “…,” the statement read.`)', () => {
    const found = quotations(
      'The university released a statement after the fire in the chemistry building.',
      '“Classes will resume on Monday in temporary rooms,” the statement read.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['The university']);
  });

  it('gives `the study said` to whoever the study was by, and reads `to study` as a verb (`According to a Georgetown University study, …`)', () => {
    const found = quotations(
      'According to a Marlow Institute study, rents in the port towns have doubled. Councillor Ada Venn promised to study the figures.',
      '“Young families are leaving the coast,” the study said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Marlow Institute']);
  });

  it('reads the subject after a conjunction that opens the sentence as the speaker of its partial quotation (`But the president emerged on Thursday to tout a “…”`)', () => {
    const found = quotations('Governor Alma Reyes stayed silent for a week. But she emerged on Friday to tout a “new deal for growers” in the valley.', 'Tom Akers spoke to farmers in Salton. And he went on radio to promise “a fair price” for every crop.');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Alma Reyes', 'Tom Akers']);
  });

  it('reads a description opening on `another` or acting with an irregular past as the speaker of a participle’s quotation (`Another journalist spoke up in his defence, calling him a “…”`)', () => {
    const found = quotations('Another reporter spoke up for her colleague, calling her a “fearless writer” on air.', 'A cyclist took to the radio, calling the road a “nightmare” for riders.');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Another reporter', 'A cyclist']);
  });

  it('gives `the man`, `the uncle` or `the fan` to the one just written about, but not to one who reports what the man did (`He said the man shouted: “…”`)', () => {
    const found = quotations(
      'In one video, a man identified as Oskar Brandt tells the crowd to keep moving.',
      '“Nobody stops until we reach the bridge,” the man continues.',
      'Selma Quist said she was “shaken” by the attack. She said the man shouted: “Get out of my way.”',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['Nobody stops until we reach the bridge', 'Oskar Brandt'],
      ['shaken', 'Selma Quist'],
      ['Get out of my way.', 'the man'],
    ]);
  });

  it('gives `the president` to the holder the article keeps naming, not to one given the title once in passing (`without referring to President George W. Bush`)', () => {
    const found = quotations(
      'President Lena Ortiz opened the trade summit in Lisbon on Monday. Ortiz spoke for an hour. Ortiz then met farmers from the north.',
      'Farmers blame the dispute on tariffs set years ago by President Carl Voss.',
      '“We will not go back to closed borders,” the president said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Lena Ortiz']);
  });

  it('reads a name as acting when a time stands between it and its verb, so `he said` goes on with it (`Durbin last week asked for …`)', () => {
    const found = quotations(
      'Mayor Peter Briggs has met the town council’s finance chief, Tom Hale, twice this month.',
      '“We will keep the plan as it is,” Briggs said.',
      'Hale last week asked for a new vote on the budget.',
      '“The figures simply do not add up,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Peter Briggs', 'Tom Hale']);
  });

  it('keeps `he said` on the last speaker past a sentence the same pronoun opens, whoever else it names (`He learned he sometimes received treatments when Roosevelt did.`)', () => {
    const found = quotations(
      '“The bridge will open in May,” said Mayor Owen Marsh.',
      'He toured the site on Monday, where he and Carl Ivey inspected the new steel.',
      '“We are on schedule,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Owen Marsh', 'Owen Marsh']);
  });

  it('reads a name as speaking across a `who` clause with no comma before it (`A Shiite lawmaker, Hassan al-Senied who praised the bill, said`)', () => {
    const found = quotations(
      '“Prices will fall next year,” said Mayor Peter Briggs.',
      'A baker, Ivan Sorel who runs two shops in the town, said costs were rising.',
      '“I cannot raise my prices again,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Peter Briggs', 'Ivan Sorel']);
  });

  it('reads a body’s first words as the body when the rest of its name is only its kind (`Ohio State said` after `Ohio State University`)', () => {
    const found = quotations('Staff at Lakeview Memorial Hospital asked for more masks. Lakeview Memorial said it had “enough supplies for every ward” this month.', 'Rio Verde State University cancelled the talk. Rio Verde State said it would “look at other venues” instead.');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Lakeview Memorial Hospital', 'Rio Verde State University']);
  });

  it('reads `the North` or `the South` as the country named before whose name opens with it (`The North said` after `North Korea`)', () => {
    const found = quotations('South Korea sent envoys to the border. South Korean officials met them there. The South said the meeting was “a first step” toward peace.');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['South Korea']);
  });

  it('reads an acronym as the body named before without its country or a last word joined by `and` (`ICE` for `U.S. Immigration and Customs Enforcement`, `CDC` for the `Centers for Disease Control and Prevention`)', () => {
    const found = quotations(
      'Officials at the U.S. Bureau of Land Management met ranchers on Monday.',
      'BLM said it would “review every lease” this year.',
      'The data came from the Institutes for Marine Study and Outreach last week.',
      'IMS said the reef was “in decline” this year.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['U.S. Bureau of Land Management', 'Institutes for Marine Study and Outreach']);
  });

  it('reads a name brought in by the word for a group on through `of` or `for` (`civil rights group Color of Change said`, `The group, Organize for Justice,`)', () => {
    const found = quotations(
      'The campaign group Voice of Tenants said rents were “out of control” in the city.',
      'The coalition, Rise for Justice, is a nonprofit.',
      'Rise for Justice called the plan “a betrayal” of renters.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Voice of Tenants', 'Rise for Justice']);
  });

  it('gives a paper or a page of someone named or described to its owner (`the Eric Trump Foundation’s website says`, `said the pope’s letter`)', () => {
    const site = only('The Harbor Lights Trust runs night shelters in three towns.', 'Its funding has grown, and the Harbor Lights Trust’s website says “every bed is paid for by neighbours.”');
    const letter = only('Bishop Anselm Okoro wrote to every parish in the diocese on Sunday.', '“No family should face the winter alone,” said the bishop’s letter.');
    const secretary = only('The Fairvote Society campaigns for open ballots. Its leader is Nell Arden.', '“The rules are a relic,” the society’s general secretary said.');
    expect([site.speaker, letter.speaker, secretary.speaker]).toEqual(['Harbor Lights Trust', 'Anselm Okoro', 'the society’s general secretary']);
  });

  it('reads `they` as people in the plural, by what they do or by their nation, who began to act or say something just before (`protesters began singing`, `Armenians say`)', () => {
    const singing = only('Outside the town hall, demonstrators began clapping as the council met. “We will be back tomorrow!” they shouted.');
    const nation = only('Estonians say the border treaty was signed under pressure.', 'They say the talks were “a formality, nothing more.”');
    expect([singing.speaker, nation.speaker]).toEqual(['demonstrators', 'Estonians']);
  });

  it('gives a document that opens a sentence to the name that acts in its main clause, whatever it did (`But in his March executive order, Mr. Trump painted …`)', () => {
    const order = only('But in her second emergency order, Gov. Ines Marlowe extended the curfew by a week.', 'Shops stayed shut.', '“The danger has not passed,” the order reads.');
    const memo = only('In a short memo, Oskar Telford cancelled the spring exams.', '“Students will be graded on coursework,” the memo said.');
    expect([order.speaker, memo.speaker]).toEqual(['Ines Marlowe', 'Oskar Telford']);
  });

  it('gives a document from or by a body’s initials to that body (`via a statement from CMS on Saturday`, `a joint statement released by the US and the Afghan government`)', () => {
    const found = quotations(
      'The Azawad Front and the Malian government met in Oslo on Friday, the Azawad Front said.',
      'A joint statement released by the AU and the Malian government said the talks would resume.',
      '“Both sides will free prisoners within ten days,” the joint statement said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['AU']);
  });

  it('reads an office with its tenure (`the two-term senator`, `the former secretary of state`, `the 46-year-old former governor of Ohio`) as an epithet for the one just written about', () => {
    const found = quotations(
      'Ruth Calloway won her Democratic primary in Oregon on Tuesday. Calloway kept away from the party chiefs all year.',
      '“I answer to farmers, not to Washington,” the two-term senator said.',
      'Marta Lindqvist could win the nomination “easily” if she runs again, the former secretary of state said on Friday.',
      'Greta Olafsen mocked her rivals at a charity dinner. The 51-year-old former governor of Ohio said she had come “to stir things up” this year.',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['I answer to farmers, not to Washington', 'Ruth Calloway'],
      ['easily', 'Marta Lindqvist'],
      ['to stir things up', 'Greta Olafsen'],
    ]);
  });

  it('holds a description’s office to the qualifiers written with a role, in a title before a name or in an apposition after it (`the former secretary of state` is not `Secretary of State Omar Haddad`, nor `the president` one who acted `while vice president`)', () => {
    const found = quotations(
      'Former Secretary of State Carla Dunne criticised the new treaty on Monday in a letter to Secretary of State Omar Haddad.',
      '“We gave away far too much,” the former secretary of state said.',
      'President Ada Moreno opened the summit in Quito on Tuesday. Critics say Tom Rusk, while vice president, blocked the same deal.',
      '“We will finish what others abandoned,” the president said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Carla Dunne', 'Ada Moreno']);
  });

  it('reads the sentence before as the writer’s when all it quotes is the name of a show (`… in an interview on CBS’ “60 Minutes.”`), so an epithet after it finds its subject', () => {
    const found = quotations(
      'Rep. Marisol Okafor drew fresh attention this week, calling Gov. Dale Pruitt a coward during an interview Sunday on NBC’s “Meet the Press.”',
      '“He ran from this fight for two years,” the Texas Democrat told the host.',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([['He ran from this fight for two years', 'Marisol Okafor']]);
  });

  it('gives a lead’s top adviser to the one named later by the same word, up to three paragraphs on, before whoever the next sentence brings in (`A top White House economic adviser on Friday predicted …`)', () => {
    const found = quotations(
      'A top Treasury economic adviser on Monday predicted a “long winter” for exporters as the new tariffs take hold.',
      'President Hugo Varela has insisted that the tariffs will protect factory jobs.',
      'The government has spent weeks defending the plan against its critics in parliament.',
      '“Nobody should expect the pain to end by spring,” senior Treasury adviser Nora Vell told reporters.',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['long winter', 'Nora Vell'],
      ['Nobody should expect the pain to end by spring', 'Nora Vell'],
    ]);
  });

  it('gives `the network` or `the outlet` to the medium the article cites, not to a body that acted since (`… according to CNN. ¶ RealClearPolitics shows … ¶ “…,” the network reported`)', () => {
    const found = quotations(
      'Mayor Ines Salo now leads the race by nine points, according to WKBN.',
      'The Tallow Institute, though, shows the gap closing since the debate.',
      '“Salo is the first choice of most voters under forty,” the network reported on Monday.',
      'KTVO correspondent Ruth Abell filed the story from the county fair.',
      '“The fair drew a record crowd,” the station said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['WKBN', 'KTVO']);
  });

  it('gives a thing of a body described by its kind to that body (`the site’s about page reads`, `the network’s communications department shot back`)', () => {
    const found = quotations(
      'The Harbour Cyclists Union’s website asks riders to join its protest rides.',
      '“We ride for safer streets in every season,” the site’s about page reads.',
      'Two KBRT reporters left the newsroom on Friday after the rival broadcast.',
      '“Our audience grew by a third this spring,” the network’s communications department shot back.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Harbour Cyclists Union', 'KBRT']);
  });

  it('gives `the website of` a body to that body, not to one named before (`“…,” reads the website of Integrity Investigations`)', () => {
    const found = quotations(
      'Several counties sell voter data to Halden Analytics and other brokers.',
      '“We find anyone, anywhere, within a day,” reads the website of Brightwater Tracing, one broker that buys the data.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Brightwater Tracing']);
  });

  it('reads `the paper` as a document of whoever issued it when no newspaper is named (`China released a policy paper … “…,” the paper said`)', () => {
    const found = quotations(
      'Norway on Monday blamed its neighbours for the fishing dispute.',
      'Norway released a white paper that said the quotas had been broken four times.',
      '“The more we give, the more they take,” the paper said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Norway']);
  });

  it('gives a document to the body named after it, past `The` or a time, even when another document was issued since (`a column from The Washington Post … an Obama ad … “…,” the column said`)', () => {
    const found = quotations(
      'The Reyes campaign pointed on Sunday to a fact-check column from The Harbour Gazette itself.',
      'That column rebutted an earlier Fenwick ad that blamed Reyes for the closures.',
      '“We have looked at these claims before,” the column said.',
    );
    const study = quotations('But a study published last month by the Alder Institute found that rents rose by a fifth.', '“The costs are substantial,” the paper concluded.');
    expect([...found, ...study].map((quotation) => quotation.speaker)).toEqual(['Harbour Gazette', 'Alder Institute']);
  });

  it('takes a name after a cue set off after what it reports, perhaps with a role between, as one who acts (`Repairs will be slow, concedes Colin Varga of the Harbour Trust.`)', () => {
    const found = quotations(
      '“We will rebuild the pier by spring,” Martin Oduya said.',
      'Repairs will be slow, concedes Colin Varga of the Harbour Trust. But “the money is there,” he said.',
      '“We will find the builders,” Martin Oduya said.',
      'Rents keep rising, said the council’s housing director, Colin Varga.',
      '“Nobody here can afford them,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Martin Oduya', 'Colin Varga', 'Martin Oduya', 'Colin Varga']);
  });

  it('reads words that end on a person’s name after a body’s possessive as that person, not a role (`The Board’s Fletcher said`)', () => {
    const found = quotations(
      'Board chairman Keith Fletcher opened the hearing on Monday.',
      '“We need more time,” said Dan Mercer, the county’s engineer.',
      'The Board’s Fletcher said the dam was safe. Pointing to the reports, he said, “Nothing there has cracked.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dan Mercer', 'Keith Fletcher']);
  });

  it('reads a name as acting across the body in lower case it is of (`Omar Darvazeh of the ministry of water told`)', () => {
    const found = quotations(
      '“The river is rising fast,” said Owen Pike, the town’s mayor.',
      'Omar Darvazeh of the ministry of water told reporters that pumps were on the way.',
      '“They will arrive on Friday,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Owen Pike', 'Omar Darvazeh']);
  });

  it('reads the people or family of one a pronoun stands for as a sentence’s subject (`His lawyers said`, `On Tuesday, his family issued a statement`)', () => {
    const family = only(
      'The sculptor Ivo Brandt died in March at his studio in Ghent.',
      'On Friday, his family issued a statement thanking the nurses who cared for him.',
      '“He never stopped working, even in his last week,” they said in the statement.',
    );
    const lawyers = only('Nadia Perez, a teacher, was convicted of theft last month.', 'Her lawyers filed an appeal on Monday, calling the verdict “a travesty of justice.”');
    expect([family.speaker, lawyers.speaker]).toEqual(['his family', 'Her lawyers']);
  });

  it('reads `they` as people in the plural with whom they act for, or an aside of who is among them, before their verb (`attorneys for Manafort are disputing`, `19 Caucus members, including …, said`)', () => {
    const lawyers = only(
      'The county fined Lena Ostrova in May for building a fence without a permit.',
      'Yet lawyers for Ostrova are appealing the fine, saying the permit office lost her forms.',
      '“Our client filed every paper on time,” they said in a court filing.',
    );
    const members = only('On Monday, 14 Senate members, including committee chairman Ray Dunmore, wrote to the governor.', '“The budget cannot pass in its present form,” they wrote.');
    expect([lawyers.speaker, members.speaker]).toEqual(['lawyers for Ostrova', 'Senate members']);
  });

  it('reads a paper that speaks for itself with a participle’s aside before its cue, a weak one too (`the complaint, reviewed by the Gazette, reads`, `the report, released Monday, says`)', () => {
    const found = quotations(
      'The Orchard Workers Union sued Bellweather Farms on Monday over unpaid wages.',
      '“The company withheld pay for months,” the complaint, reviewed by the Ledger, reads.',
      'The Harwick Institute released a report on river pollution in four states.',
      '“Nitrate levels have doubled since 2010,” the report, released Monday, says.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Orchard Workers Union', 'Harwick Institute']);
  });

  it('reads people in the plural in lower case after an opening phrase as a sentence’s subject, with where they are or whom they act for (`In a note, analysts at Haitong Securities said`)', () => {
    const analysts = only('In a research note, analysts at Brightwater Capital in Oslo said demand was weakening.', '“Orders will fall further next quarter,” they said.');
    const lawyers = only('Lena Ostrova was fined in May.', 'On Friday, lawyers for Ostrova filed an appeal, calling the fine “a tax by another name.”');
    expect([analysts.speaker, lawyers.speaker]).toEqual(['analysts at Brightwater Capital in Oslo', 'lawyers for Ostrova']);
  });

  it('gives words to the sentence’s speaker, not to the source that reports them (`A ministry spokeswoman … said parts of it “contradict” the plan, according to Fars`)', () => {
    const found = quotations(
      'Governor Ray Dunn spoke on Monday.',
      'A Treasury spokeswoman called the plan wrong and said parts of it “make no sense at all” for farmers, according to the Ledger.',
      'Dunn said Friday he would allow a vote if the bill passed a “full budget review,” according to a Treasury statement.',
      'The firm said her views were "not shared by staff," and that “nobody here agrees with her,” the Ledger reported.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['A Treasury spokeswoman', 'Ray Dunn', 'The firm', 'The firm']);
  });

  it('gives what someone was told to the agent of the passive `told by` (`Schreiber said he was told by Doucet, a Mulroney aide, that …`)', () => {
    const found = quotations(
      'Ray Dunn met the council on Monday.',
      'Dunn said he was told by Anna Holt, a council aide, that the town was in “deep trouble” this year.',
      'Minutes later, fans were told by the stadium announcer that the game was off “because of the storm.”',
      'She said she had been told by Welsh officials “the road is closed.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Anna Holt', 'the stadium announcer', 'Anna Holt']);
  });

  it('gives the words a news source’s report introduces before a colon to whom it reports (`Bennett called Kaye a hero, the Jewish Press reported: “…”`, `the Bee reported protesters riotously chanting: “…”`)', () => {
    const found = quotations(
      'The flood reached the town on Sunday.',
      'The mayor, Anna Holt, called the volunteers heroes, the Ledger reported: “They gave everything and asked for nothing.”',
      'Meanwhile, the Courier reported marchers loudly chanting: “Fix the dam now.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Anna Holt', 'marchers']);
  });

  it('keeps the comma that closes a quotation inside its marks when the sentence is read past it (`Pressing Egypt’s government “to respect basic human rights,” U.S. Secretary of State John Kerry said that …`)', () => {
    const found = quotations('Urging the council “to act before winter,” U.S. Secretary of Transport Anna Holt said that Monday’s “shameful” delays “cannot go on.”');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Anna Holt', 'Anna Holt', 'Anna Holt']);
  });

  it('lets a full name no list knows stand for `he` or `she` when the article’s own pronouns call them so (`Earlier this year, Kwabena Quarrie defended …, which he said was`)', () => {
    const found = quotations(
      '“Rates will rise before the summer,” said Colin Mendez, an analyst at Brightwater.',
      'Earlier this year, Kwabena Quarrie defended the budget, which he said was “the best we can do”.',
      'Ocasio Quarrie-Lund, the council’s treasurer, was cautious. Quarrie Lund said her office would “wait for the figures”.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Colin Mendez', 'Kwabena Quarrie', 'Ocasio Quarrie-Lund']);
  });

  it('takes a lone name no list knows, acting before a pronoun its own sentence calls it by, as whom `he` or `she` stands for (`Zibuko was thrilled with how his debut went.`)', () => {
    const found = quotations(
      '“We were lucky today,” said coach Brendan Hollis.',
      'A long ball from the back set up Zibuko for the second goal.',
      'Zibuko was thrilled with how his debut went, though he kept his praise for the captain.',
      '“The whole team worked hard,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Brendan Hollis', 'Zibuko']);
  });

  it('takes a name with an age set off after it as a person’s (`Nyasha Mbeki - the 17-year-old who lives next door`)', () => {
    const found = quotations(
      '“We heard the crash at midnight,” said Paul Grant, a neighbour.',
      'The driver was pulled out by Nyasha Mbeki - the 17-year-old who lives next door.',
      '“I just ran towards the smoke,” she told reporters.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Paul Grant', 'Nyasha Mbeki']);
  });

  it('takes a name set off before a role or a relative `who` as a person’s (`Kwabena Oduya, a local party leader, accused …`)', () => {
    const found = quotations(
      '“The river is rising,” said Owen Pike, the town’s mayor.',
      'Kwabena Oduya, a local party leader, accused the council of ignoring the warnings.',
      '“Nobody listened to us,” he said.',
      '“We will open the school hall tonight,” said Owen Pike.',
      'Tendai Marufu, who runs the shelter on Mill Road, turned reporters away.',
      '“We are full already,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Owen Pike', 'Kwabena Oduya', 'Owen Pike', 'Tendai Marufu']);
  });

  it('takes an office with its tenure for whom was just written about (`He did not come close. “…,” the three-term congressman told`)', () => {
    const found = quotations(
      'Dale Norris lost his primary on Tuesday, the second member of Congress to fall this year after Rep. Glen Whitford of Ohio.',
      'Aides to Norris had expected the majority whip to win easily. He did not come close.',
      '“We fell short tonight,” the three-term congressman told supporters.',
      'The office declined to comment on the claim.',
      'Paul Drake, the top spokesman for the office, pointed to comments that James Holt made to Congress last spring. At the time, the former CIA director said the inquiry could involve “looking at every link there is.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dale Norris', 'James Holt']);
  });

  it('gives a statement or letter no one is said to have issued to the body that spoke or acted just before (`… the statement read`)', () => {
    const found = quotations(
      '“Two men were seen leaving the warehouse,” police said.',
      'Police said the men drove north towards the harbour.',
      '“Anyone with information should call the station,” the statement read.',
      'The harbour reopened to ferries on Sunday after a week of storms.',
      'Every member of the Harbour Planning Board on Monday demanded that the ferry contract be cancelled.',
      '“The contract fails the town on every count,” the letter stated.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['police', 'police', 'Harbour Planning Board']);
  });

  it('gives a document from a role or a kind, then a name, to that name (`said a statement from spokesperson Lin Hao`)', () => {
    const found = quotations(
      'Officials in the capital condemned the blockade of the port.',
      '“The blockade must end at once,” said a statement from spokesperson Lin Hao.',
      'Farmers near the border were given notice to leave their land.',
      '“Our client will not give up the farm,” says the letter from the law firm Okafor Partners.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Lin Hao', 'Okafor Partners']);
  });

  it('gives a document that opens a sentence, past its participle’s phrase, to whoever tells the court in it (`In a memo submitted …, prosecutors told`)', () => {
    const found = quotations(
      'In a sentencing memo submitted to the court on Monday but made public on Tuesday, prosecutors told Judge Hana Ruiz that Bram Olsen had “shown no remorse at all.”',
      '“He lied to his partners and to the bank for years,” the memo said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['prosecutors', 'prosecutors']);
  });

  it('gives a quotation to the one described right before `who` and its cue, past capitals and a longer object (`a senior Okafor adviser who described the plan as “…”`)', () => {
    const found = quotations(
      'Mayor Dana Whitlock defended the budget on Monday.',
      'The pushback came from a group of City Council members who said the new levy amounted to “a tax on renters.”',
      'Grace Okafor answered on Tuesday. The attack followed remarks by a senior Okafor adviser who described the mayor’s plan for the docks as “a sandcastle at high tide.”',
      'Critics also pointed to Ray Lund, the deputy mayor.',
      'At the hearing, Lund forcefully told a retired teacher who argued that the levy would hurt pensioners that “every household will pay less.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['City Council members', 'a senior Okafor adviser', 'Ray Lund']);
  });

  it('reads a verb’s base form after `a` or `an` and a word as a noun, not a speaker and its cue (`“…” — an apparent reference to`, `a swing state that`)', () => {
    const found = quotations(
      'Sen. Nora Vance, a member of the panel, said the board should “audit the harbour accounts again” — an apparent reference to a long inquiry by the council.',
      'Economist Luis Ortega studies the region.',
      'In Nevada, a swing state that lost many jobs in April, the question of “what comes next for miners” weighs on voters, Ortega said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Nora Vance', 'Luis Ortega']);
  });

  it('gives words a thing seems to say in a reported clause to the one who reports it (`The mayor said the move could spell “…”`)', () => {
    const found = quotations(
      'Mayor Ines Calder spoke to reporters in the harbour town on Friday. The mayor said the move could spell “real trouble” for the ferry crews.',
      'Premier Tom Adeyemi visited the shipyard. He also declared that the change will guarantee that the yard keeps “every job it has now.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Ines Calder', 'Tom Adeyemi']);
  });

  it('reads a cue in -s right after a verb in the past as its object, not a speaker and its cue (`…,” the two men traded insults`)', () => {
    const found = quotations(
      'Councillor Rosa Imbert was heard giving the order “shut the gates now”, after the two men traded insults.',
      'Senator Paul Okoro voted no. Although the witness was “calm and clear,” the lack of any record raised questions, Okoro explained.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Rosa Imbert', 'Paul Okoro']);
  });

  it('gives words inside what a named person’s claim says to that person, not to whoever speaks around it (`Regarding Marsh’s repeated claim that the audit is a “stitch-up”, Okoye said`)', () => {
    const found = quotations(
      'Governor Dana Marsh and Senator Ifeoma Okoye have clashed over the state audit for months.',
      'Regarding Marsh’s repeated claim that the audit is a “stitch-up”, Okoye said: “The auditors did their job.”',
      'Okoye said Marsh’s descriptions of the auditors as “hired guns” had hurt morale.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dana Marsh', 'Ifeoma Okoye', 'Dana Marsh']);
  });

  it('gives words quoted between a name’s possessive and a noun for something said to that name (`Senator Ruth Alder’s “we will not blink” pledge`)', () => {
    const found = quotations(
      'Mayor Tomas Reyes praised the budget on Tuesday.',
      'Critics recalled Senator Ruth Alder’s “we will not blink” pledge, which the mayor mocked again at the rally.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Ruth Alder']);
  });

  it('reads a long run of capitals that ends on an office word as the role before the name (`Deputy Assistant Attorney General Laura J. Whitcombe said`)', () => {
    const found = quotations(
      'The state appealed the ruling on Monday.',
      '“The order cannot stand,” Deputy Assistant Attorney General Laura J. Whitcombe said in the filing.',
      'The crew denied any part in the blast.',
      '“Someone went in and planted that device,” Lakeside Radio Senior Foreign Correspondent Aaron Feld said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Laura J. Whitcombe', 'Aaron Feld']);
  });

  it('gives words inside what a named person’s claim says to that person past a date around the noun (`Days after Marsh’s Oct. 2 tweet that …`, `Marsh’s statement on Friday that …`)', () => {
    const found = quotations(
      'Days after Marsh’s Oct. 2 tweet that the state was considering “closing every toll road,” the council voted to cut fares.',
      'Some drivers were alarmed by Marsh’s statement on Friday that a new bridge “will come later.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Marsh', 'Marsh']);
  });

  it('goes on with a person by role whose sentence is in the present (`But the attorney general gives the impression …`)', () => {
    const found = quotations(
      '“We will look at every case again,” Attorney General Martin Okoye said on Monday.',
      'Governor Paul Brennan asked Okoye to review the parole rules after two escapes last spring.',
      'But the attorney general gives the impression his review will go much further than parole.',
      '“We have to look at what the evidence tells us,” he says.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Martin Okoye', 'Martin Okoye']);
  });

  it('reads a name as acting past its party’s tag or a capitalised role with a `which` clause (`Sen. Tom Hale, R-Utah, announced that …`)', () => {
    const found = quotations(
      '“The audit is finished,” Treasurer Victor Garza said on Monday.',
      'Sen. Tom Hale, R-Utah, announced that Garza should resign -- citing the audit, but also the long delays.',
      '“The state deserves a treasurer who answers questions,” he said.',
      'Omar Haddad, Director of the Gulf Centre for Energy Studies, which hosted the talks, said Garza spoke well.',
      '“Now is the time for a deal,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Victor Garza', 'Tom Hale', 'Omar Haddad']);
  });

  it('reads a pronoun opening the main clause after an opening phrase or clause (`In a radio interview, she …`, `After Sen. Jody Pratt … was stopped …, he replied`)', () => {
    const found = quotations(
      'Voters keep asking about Ms. Okafor and the old question.',
      'In a radio interview, she talked around the question, saying the race was about jobs, and that she had once volunteered for Gloria Mendes.',
      'She was mocked by both parties for the answer.',
      'On Tuesday, she explained that the ballot is secret. “Nobody has to tell anyone how they voted,” she said.',
      '“We cannot wait any longer on the bridge,” Mayor Tom Reyes said on Friday.',
      'After Sen. Jody Pratt (R., Ohio) was stopped outside the hall by a pair of students asking about tuition, he replied, “I will look at every proposal.”',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Okafor', 'Tom Reyes', 'Jody Pratt']);
  });

  it('goes on with a vice president named at the head of people in the plural who act with him (`Vice President Moreno and GOP leaders urged …`)', () => {
    const found = quotations(
      '“The numbers are strong,” Rep. Carl Dunne said.',
      'Vice President Moreno and GOP leaders urged members to talk about the tax cuts at every stop.',
      '“We have a record to run on,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Carl Dunne', 'Moreno']);
  });

  it('keeps the last speaker where they last spoke past words in a sentence only they were left to speak, and on them when they open a sentence (`It amuses Vance that the film has been called “dark”.`)', () => {
    const found = quotations(
      '“I loved every minute of the shoot,” said Lena Ortiz, who plays the sister.',
      'The script was easy to write, says Nora Vance, and she finished it in Mexico while Vance was filming another part.',
      'It amuses Vance that the film has been called “dark”. It is not dark at all. “Dark means a horror film,” she says.',
      '“We will appeal,” Victor Hale said.',
      'His offices were searched in May after a referral from Karl Bain, the state auditor.',
      'Hale has not been charged. He told reporters: “I have done nothing wrong.”',
    );
    expect(found.filter((quotation) => quotation.text !== 'dark').map((quotation) => quotation.speaker)).toEqual(['Lena Ortiz', 'Nora Vance', 'Victor Hale', 'Victor Hale']);
  });

  it('reads `found` with nothing after it as the cue of who found, and gives `the MPs` to the committee named last', () => {
    const found = quotations(
      'The Transport Select Committee published its inquiry into ferry safety on Monday.',
      'Operators had shown “a worrying indifference to basic checks,” the MPs found.',
      '“Half of the crews had never run a drill,” auditors found. The ferry firms found the claim unfair.',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['a worrying indifference to basic checks', 'Transport Select Committee'],
      ['Half of the crews had never run a drill', 'auditors'],
    ]);
  });

  it('reads past an opening participle whose object comes before its preposition (`Facing mounting criticism from parents …, Mayor …`)', () => {
    const quotation = only(
      'Facing mounting criticism from parents and teachers over the closure of three rural schools in the county, Mayor Elena Vasquez held firm on Friday, insisting the budget “leaves us no choice.”',
    );
    expect(quotation.speaker).toBe('Elena Vasquez');
  });

  it('reads past a long opening phrase after `But` or `Yet` when a capitalised subject follows its comma, not past one with a pronoun’s clause of its own', () => {
    const named = only('But in an interview that aired on regional radio on Sunday, Councillor Hannah Roe expressed deep dismay at the plan, saying the council should apologise to “every family in the valley.”');
    expect(named.speaker).toBe('Hannah Roe');
    const pronoun = quotations('Tom Hale, a retired farmer, had promised to vote.', 'But on Monday night he walked into the town hall in Lowfield, saying: “I want to be counted.”');
    expect(pronoun.map((quotation) => [quotation.speaker, quotation.mention])).toEqual([['Tom Hale', 'he']]);
  });

  it('reads a sentence opened by an office of a place, or by whose spokesman one is, as its subject whatever its verb (`The governor of Vermont signed …, saying`, `… Ann Holt’s spokesman made it clear:`)', () => {
    expect(only('The governor of Vermont signed the bill on Friday, saying it would “protect every family farm.”').speaker).toBe('The governor of Vermont');
    expect(only('Prime Minister Ann Holt’s spokesman made the limits of the offer clear: “There will be no further talks.”').speaker).toBe('Prime Minister Ann Holt’s spokesman');
  });

  it('gives the words of a participle after `with` to the people in the plural it brings in (`with people chanting “…”`)', () => {
    const found = quotations('The vigil outside the town hall stayed calm, with people chanting “Bring them home” while the bells rang.', 'The march grew by noon, with dozens of students singing “We shall not be moved.”');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['people', 'dozens of students']);
  });

  it('gives a suit to whoever brought it, in the forms the news writes (`alleges in a new lawsuit`, `have filed suit`, `was filed by … on behalf of …`)', () => {
    const alleged = quotations(
      'The Harbor Tenants Union alleges in a new lawsuit that the landlord ignored repairs for years.',
      'The complaint says the landlord “let the boilers rot while rents doubled.”',
    );
    expect(alleged.map((quotation) => quotation.speaker)).toEqual(['Harbor Tenants Union']);
    const filed = quotations(
      'Two ferry operators went to court on Friday.',
      'The lawsuit was filed by the Pacific Justice Center on behalf of the Salt Creek Ferry Company and its captain, Ines Walcott.',
      '“The new fees would sink every small operator on the river,” the complaint states.',
    );
    expect(filed.map((quotation) => quotation.speaker)).toEqual(['Salt Creek Ferry Company']);
  });

  it('gives a statement no one is said to have issued to whoever spoke in the sentence just before, since the last quotation (`The Harbour Authority in Gdynia said …. ¶ “…,” the statement said`)', () => {
    const found = quotations(
      'The Baltic Shippers Forum issued a statement on Monday about the new tolls.',
      '“Nobody asked the people who pay them,” the statement said.',
      'Traffic through the canal fell by a fifth in the spring.',
      'The Harbour Authority in Gdynia said the tolls would fund dredging and were set for three years.',
      '“Every vessel will pay the same rate per tonne,” the statement said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Baltic Shippers Forum', 'Harbour Authority']);
  });

  it('gives no document to one named before it in its sentence when the document speaks in its own clause (`… the neglect of Mayor Ruth Adler, a report shows the city knew`)', () => {
    const found = quotations(
      'In a further sign of the neglect of Mayor Ruth Adler at City Hall, a report shows the city knew of the cracks in 2019.',
      'A March 2019 Harbor Safety Board report, obtained by the Ledger, described the damage.',
      'A second report from that year is still sealed.',
      'Inspectors had flagged the pier twice before.',
      'The council never debated it.',
      '“The pier could fail under a full load,” the report warned.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Harbor Safety Board']);
  });

  it('gives a document that opens a sentence to the body named or the spokesperson described who opens the main clause (`In a statement posted on Friday, The Harbour Times said`)', () => {
    const named = quotations(
      '“We removed the pages,” a spokesman for Pinboard wrote in a statement emailed to reporters.',
      'The platform did not say how many pages were affected.',
      'In a statement posted on its site on Friday, The Harbour Times said it was “baffled” by the ban.',
      '“Every one of our pages was plainly marked as ours,” the statement said.',
    );
    expect(named.at(-1)?.speaker).toBe('Harbour Times');
    const spokesperson = quotations(
      'In a statement on Monday, a Transport Ministry spokeswoman said the line would reopen in May.',
      '“The repairs are on schedule and within budget,” the statement read.',
    );
    expect(spokesperson.at(-1)?.speaker).toBe('a Transport Ministry spokeswoman');
  });

  it('gives a quotation with no cue to the name that opens the sentence between it and the quotation before in its paragraph (`“…,” Moreau said. Zielinski shook his head. “…”`)', () => {
    const opening = 'Councillor Ines Moreau and Mayor Piotr Zielinski met the tenants on Friday.';
    const answered = quotations(opening, '“The rents must fall,” Moreau said. Zielinski shook his head. “The budget will not allow it.”');
    expect(answered.map((quotation) => quotation.speaker)).toEqual(['Ines Moreau', 'Piotr Zielinski']);
    // (A sentence no name opens leaves the words with the one who spoke before.)
    const goesOn = quotations(opening, '“The rents must fall,” Moreau said. The tenants cheered. “We will keep pushing.”');
    expect(goesOn.map((quotation) => quotation.speaker)).toEqual(['Ines Moreau', 'Ines Moreau']);
  });

  it('gives an epithet of whoever leads or heads something, in lower case, to the one just written about (`the union leader`, `the port chief`)', () => {
    const leader = quotations('Rosa Kettering leads the dockworkers’ union.', '“Our members will not load those ships,” the union leader said.');
    expect(leader.map((quotation) => quotation.speaker)).toEqual(['Rosa Kettering']);
    const chief = quotations('Omar Vance has run the port authority since 2015.', '“We expect delays until March,” the port chief told reporters.');
    expect(chief.map((quotation) => quotation.speaker)).toEqual(['Omar Vance']);
  });

  it('gives a player named by ranking or seeding to the one just written about (`the world No. 3 said`, `said the top seed`)', () => {
    const ranked = quotations('Maria Lund beat Sofia Kerr 6-2, 6-4 in Rome on Thursday.', '“I served better than I have all year,” the world No. 3 said.');
    expect(ranked.map((quotation) => quotation.speaker)).toEqual(['Maria Lund']);
    const seeded = quotations('Maria Lund beat Sofia Kerr 6-2, 6-4 in Rome on Thursday.', '“I served better than I have all year,” said the top seed.');
    expect(seeded.map((quotation) => quotation.speaker)).toEqual(['Maria Lund']);
  });

  it('reads a body’s name through `on`, the field it works on (`the Council on Coastal Erosion`), but not past a day', () => {
    const found = quotations(
      'The Council on Coastal Erosion warned that the dunes were “retreating faster than any model predicted.”',
      '“We have run out of sand,” the council added.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Council on Coastal Erosion', 'Council on Coastal Erosion']);
    expect(only('The Harbor Council on Tuesday said the seawall plan was “too little and too late.”').speaker).toBe('Harbor Council');
  });

  it('names a country’s post abroad by where it is (`the Norwegian Embassy in Lima said`)', () => {
    expect(only('The Norwegian Embassy in Lima said the two climbers were “safe and in good spirits.”').speaker).toBe('Norwegian Embassy in Lima');
    expect(only('“Our staff met them at the airport,” said the Kenyan High Commission in Accra.').speaker).toBe('Kenyan High Commission in Accra');
  });

  it('reads the second of two people joined as a subject when their office holds `of` or `in` (`Marsh and House of Delegates Speaker Ana Ortiz said`)', () => {
    expect(only('In a joint letter, Marsh and House of Delegates Speaker Ana Ortiz said the budget was “a promise kept.”').speaker).toBe('Ana Ortiz');
    expect(only('State Attorney Lena Fox and FBI Special Agent in Charge Tomas Reyes said the blast was “an accident, plain and simple.”').speaker).toBe('Tomas Reyes');
  });

  it('reads a town in an opening phrase of place, its comma left out, as no given name (`Yesterday in Fresno Quill signed`)', () => {
    const found = quotations(
      'Governor Marta Quill toured the flooded valley on Monday.',
      'Yesterday in Fresno Quill signed the relief bill into law.',
      '“Help is on its way,” Quill said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Marta Quill']);
  });

  it('gives the head of a body that no one was given the title of to the one the sentence before has act (`the secretary general told`, `the chief said`)', () => {
    const secretary = quotations(
      'Alliance chief Margaret Osei warned that the ceasefire could collapse within days.',
      '“We cannot let this slip away,” the secretary general told reporters in Geneva.',
    );
    expect(secretary.at(-1)?.speaker).toBe('Margaret Osei');
    const chief = quotations(
      'Two days later, Harold Brandt reversed his decision and said the officer would return to patrol, the Gazette reported.',
      '“We have one of the finest forces in the state,” the chief said.',
    );
    expect(chief.at(-1)?.speaker).toBe('Harold Brandt');
    // (One whose claim a sentence is about does not act in it.)
    const owner = quotations(
      'Later, Dunne was asked by reporters about Harold Brandt’s claim that the budget was balanced.',
      'The vice-president replied: “I have not seen the figures.”',
    );
    expect(owner.at(-1)?.speaker).not.toBe('Harold Brandt');
  });

  it('gives the head of a body named to whom the text names just around the description (`The head of the Recovery Alliance said`)', () => {
    const introduced = quotations(
      'At a rally in Des Moines, the head of the Democratic Governors Association mocked Walsh as “a weathervane.” Rep. Carla Mendes, D-Ore., added that voters had noticed.',
    );
    expect(introduced.at(-1)?.speaker).toBe('Carla Mendes');
    const titled = quotations(
      'The head of the Recovery Alliance said the plan had “real promise” for rural clinics.',
      '“We urge Congress to fund it in full,” the statement from President and CEO Dana Pruitt added.',
    );
    expect(titled[0]?.speaker).toBe('Dana Pruitt');
    const closing = quotations(
      'The mayor still has allies, among them the dockworkers’ leader Ray Holden. The general secretary of the Harbour Union accused her critics of “playing games with jobs”.',
    );
    expect(closing.at(-1)?.speaker).toBe('Ray Holden');
  });

  it('gives an office with no country said to the one titled with none, not to one titled as another country’s (`Norway’s Prime Minister`)', () => {
    const found = quotations(
      '“We will rebuild every bridge,” Prime Minister Hana Kovac said on Friday.',
      'Leaders abroad sent condolences. Norway’s Prime Minister Erik Dahl called the flooding a tragedy for the whole region.',
      'On Saturday, the prime minister said the dams would be “inspected one by one”.',
    );
    expect(found.at(-1)?.speaker).toBe('Hana Kovac');
  });

  it('gives a description the gender of the pronoun that opens what it says (`the Oregon senator says she’s “ready”`)', () => {
    const found = quotations(
      'Laura Whitcomb spent the morning shaking hands outside a diner while Peter Dunmore ran advertisements across the state — but the Oregon senator says she’s “ready for the long haul.”',
    );
    expect(found.at(-1)?.speaker).toBe('Laura Whitcomb');
  });

  it('gives `she` to one brought in by name and home town just before, though another woman spoke last (`… failed to reassure Helen Varga of Duluth, waiting …`)', () => {
    const found = quotations(
      '“We will keep marching every night,” said Dana Whitlow, a nurse who joined the vigil.',
      'The mayor’s promise failed to reassure Helen Varga of Duluth, waiting outside the courthouse where Hale was held.',
      '“Will anyone be charged at all?” she asked.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Dana Whitlow', 'Helen Varga']);
  });

  it('gives `he` to one who names himself in his words (`“I’ve been called Tank since I was nine,” he said`)', () => {
    const found = quotations(
      'Tank Morales has carried the offense all season.',
      '“He runs through people,” Hornets linebacker Ray Lott said. “I call him Tank too.”',
      'Morales grinned when he heard that.',
      '“I’ve been called Tank since I was nine,” he said.',
    );
    expect(found.at(-1)?.speaker).toBe('Tank Morales');
  });

  it('keeps `she` with one whose speech the sentence before reports, though her words name her (`“… Director Quist’s signature …,” she wrote`)', () => {
    const found = quotations(
      '“The board acted within its rules,” said Helen Ortiz, the board’s counsel.',
      'In a written answer, Mara Quist said she did not remember signing the 2019 memo.',
      'She said she did not recall any warning about it. “The presence of Director Quist’s signature on the memo was a formality,” she wrote.',
    );
    expect(found.at(-1)?.speaker).toBe('Mara Quist');
  });

  it('gives a body’s own head word, perhaps with where it is based, to the body that name holds it (`the coalition said`, `The Hague-based court said`)', () => {
    expect(only('The Coalition for Clean Rivers opposes the bill.', '“It does nothing for fish,” the coalition said.').speaker).toBe('Coalition for Clean Rivers');
    expect(only('The Bureau of Upland Trails closed the path on Monday.', '“It is unsafe after the rain,” the bureau said.').speaker).toBe('Bureau of Upland Trails');
    expect(only('The International Court of Arbitration ruled for Norland. The Hague-based court said its ruling was “final and binding.”').speaker).toBe('International Court of Arbitration');
  });

  it('reads a British `they` as the body that acted as the sentence’s subject before it, whatever its verb (`The Ministry of Fisheries confirmed …. “…,” they added.`)', () => {
    expect(only('The Ministry of Fisheries confirmed the closure of the bay on Friday.', '“The stocks need time to recover,” they added.').speaker).toBe('Ministry of Fisheries');
    expect(only('The RSPB criticised the decision. “It puts the last nesting pairs at risk,” they said in a statement.').speaker).toBe('RSPB');
  });

  it('gives a document to whom an aside after it says signed, issued or published it, not to one who only reviewed it (`The letter, signed by Councillor Ines Marlow, said`)', () => {
    expect(only('The letter, signed by Councillor Ines Marlow, said the depot plan was “reckless and unfair.”').speaker).toBe('Ines Marlow');
    expect(only('The report, published by the Harbour Audit Office on Tuesday, said the ferry contract had been “badly mismanaged.”').speaker).toBe('Harbour Audit Office');
    expect(only('The complaint, reviewed by the Harbour Gazette, says the firm was “grossly negligent.”').speaker).toBe('The complaint');
  });

  it('gives a full name no list knows the gender its own pronouns give it, so the other gender’s pronoun passes it by (`Aigerim Sadykova lost her seat …. Dawit Tesfaye offered help. “…,” he said`)', () => {
    const found = quotations('Aigerim Sadykova lost her seat on the council in May. Dawit Tesfaye offered help. “She would do the same for me,” he said.');
    expect(found.at(-1)?.speaker).toBe('Dawit Tesfaye');
  });

  it('makes a full name no list knows, acting just before, the person an epithet of age or nation stands for (`Wiremu Tane won …. “…,” the 24-year-old said`)', () => {
    expect(quotations('Wiremu Tane won the national title on Sunday. “I trained for this all year,” the 24-year-old said.').at(-1)?.speaker).toBe('Wiremu Tane');
    expect(quotations('Oskari Virtanen finished third in the sprint. “My legs were empty,” the Finn said.').at(-1)?.speaker).toBe('Oskari Virtanen');
  });

  it('gives a role to the one an apposition names it for past an age set off before it (`Jelena Markovic, 44, a Serbian-born nurse, … “…,” the nurse said`)', () => {
    expect(quotations('Dragana Petrovic, 39, a Croatian-born midwife, has worked on the ward since 2012. Its doors closed in June. “We were given no warning,” the midwife said.').at(-1)?.speaker).toBe('Dragana Petrovic');
    expect(quotations('Anselm Quayle, 67, a sheep farmer above the valley, lost half his flock. “The snow came overnight,” the farmer said.').at(-1)?.speaker).toBe('Anselm Quayle');
  });

  it('gives a description the one whose title before the name implies its role (`Father Tomasz Wojcik … the priest`, `Sister Agnes … the nun`, `Sgt. Maria Lopez … the officer`)', () => {
    expect(quotations('Father Emeka Obiora has served the parish since 2015. Its bell tower fell in the storm. “We will ring again by Easter,” the priest said.').at(-1)?.speaker).toBe('Emeka Obiora');
    expect(quotations('Sister Bernadette Cullinane runs the night shelter. The cold snap filled every bed. “No one is turned away,” the nun said.').at(-1)?.speaker).toBe('Bernadette Cullinane');
    expect(quotations('Imam Yusuf Okonjo opened the hall to stranded drivers. Dozens slept there. “They are our guests,” the cleric said.').at(-1)?.speaker).toBe('Yusuf Okonjo');
    expect(quotations('Sgt. Rosalind Achterberg reached the crash first. The van was on its roof. “The driver was still conscious,” the officer said.').at(-1)?.speaker).toBe('Rosalind Achterberg');
  });

  it('gives an epithet of age to the one the article gave that age, of two set off beside each other (`Ivana Kralj, 58, and her son Luka, 31, … the 58-year-old said`)', () => {
    const found = quotations('Marisol Etxeberria, 63, and her son Iker, 29, escaped the flood through a window. Their house was lost. “We had minutes to get out,” the 63-year-old said.');
    expect(found.at(-1)?.speaker).toBe('Marisol Etxeberria');
    expect(quotations('Marisol Etxeberria, 63, and her son Iker, 29, escaped the flood through a window. Their house was lost. “Mum went first,” the 29-year-old said.').at(-1)?.speaker).toBe('Iker');
  });

  it('gives a document to the body named after its verb of issuing and when it was issued (`a new report released on Monday by X’s Center …`, `issued yesterday by`)', () => {
    const grim = quotations('A report issued yesterday by Marren University’s Centre for Coastal Studies paints a grim picture.', '“The shoreline is retreating faster than any model predicted,” the report said.');
    expect(grim.at(-1)?.speaker).toBe('Centre for Coastal Studies');
    const rents = quotations('A new study released on Thursday by Dunmore College’s Institute on Rural Housing questions that claim.', '“Village rents have become simply unaffordable,” the study said.');
    expect(rents.at(-1)?.speaker).toBe('Institute on Rural Housing');
  });

  it('gives talking points to the body that circulated them, their plural noun no cue (`The campaign circulated talking points …. “…,” the talking points read`)', () => {
    const found = quotations(
      'The Okafor campaign circulated talking points among local party chairs on Tuesday.',
      '“Every claim against Mayor Okafor has been reviewed and rejected,” the talking points read, according to a copy shared with reporters.',
    );
    expect(found.at(-1)?.speaker).toBe('The Okafor campaign');
    expect(only('“We will keep the library open,” his opening remarks said.').mention).toBe('his opening remarks');
  });

  it('gives an analysis to the body described that issued it, a subcommittee too (`the subcommittee issued an analysis of …. “…,” the analysis reads`)', () => {
    const found = quotations(
      'Councillor Petra Lindqvist chairs the transport subcommittee of the Eastfield council.',
      'Alongside the new map, the subcommittee issued an analysis of bus journeys over the past five years.',
      '“Fewer than half of all rural routes now run on a Sunday,” the analysis reads.',
    );
    expect(found.at(-1)?.speaker).toBe('the subcommittee');
  });

  it('gives a bare office to one the sentence before calls `he` or `she`, after a conjunction too, whom the article titled so (`Sen. Mara Quill … But she can throw a punch. The senator once called …`)', () => {
    const found = quotations('When Sen. Mara Quill first won her seat, Sen. Tobias Venn was a newcomer. Venn praised her record. Quill kept a low profile for years. But she can throw a punch. The senator once called the governor “a coward.”');
    expect(found.at(-1)?.speaker).toBe('Mara Quill');
  });

  it('gives a role’s words to one described before, past a report the same words open that names another (`One Republican senator … said …. The lawmaker said Dana Roper is urging …. “…,” the lawmaker said`)', () => {
    const found = quotations(
      'Protesters gathered outside the hall on Monday.\n\nOne Republican senator, who asked not to be named, said there was talk that the plan would be dropped.\n\nThe lawmaker said party leader Dana Roper is urging members to wait.\n\n“She is telling them to keep their powder dry,” the lawmaker said.',
    );
    expect(found.at(-1)?.speaker).toBe('One Republican senator');
  });

  it('finds partial quotations inside reported speech', () => {
    const found = quotations(
      'The mayor, Tom Briggs, said the plan had “fallen apart like wet paper” but called the delay a “pause for breath.”',
    );
    expect(found.map((quotation) => quotation.text)).toEqual(['fallen apart like wet paper', 'pause for breath.']);
    for (const quotation of found) expect(quotation.speaker).toBe('Tom Briggs');
  });

  it('keeps a quotation broken by its attribution as one', () => {
    const quotation = only('“The numbers are the numbers,” she said. “Even if nobody likes them.”');
    expect(quotation.text).toBe('The numbers are the numbers … Even if nobody likes them.');
  });

  it('joins a quotation that runs over several paragraphs', () => {
    const quotation = only(
      'Helen Park, the council leader, said: “We have waited ten years for this road.',
      '“Now the money is finally here, and we will not waste it.”',
    );
    expect(quotation.paragraph).toBe(1);
    expect(quotation.endParagraph).toBe(2);
    expect(quotation.text).toContain('Now the money is finally here');
    expect(quotation.speaker).toBe('Helen Park');
  });

  it('keeps a quotation reopened without being closed as one', () => {
    const quotation = only('"We had to defend for long periods. "I think our try was very well worked," Brian Walsh said.');
    expect(quotation.text).toBe('We had to defend for long periods. … I think our try was very well worked');
    expect(quotation.speaker).toBe('Brian Walsh');
  });

  it('starts a new quotation inside a new sentence after a closed one, not after a speaker who asked', () => {
    const found = quotations(
      'Garry Sounder said: "He will not play for me again. "He cannot go on television and call me a liar." Chairman Freddy Shepherd described Bellamy’s behaviour as "totally unacceptable and totally unprofessional".',
    );
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['He will not play for me again. … He cannot go on television and call me a liar.', 'Garry Sounder'],
      ['totally unacceptable and totally unprofessional', 'Freddy Shepherd'],
    ]);
    expect(quotations('“Does anybody know what the plan is?” Graham asked. “Neither do I.”').map((quotation) => quotation.text)).toEqual([
      'Does anybody know what the plan is? … Neither do I.',
    ]);
  });

  it('keeps nested single quotes inside the quotation', () => {
    const quotation = only('“He told me, ‘Never again,’ and walked out,” Sam Ortiz said.');
    expect(quotation.text).toBe('He told me, ‘Never again,’ and walked out');
    expect(quotation.speaker).toBe('Sam Ortiz');
  });

  it('does not take titles, nicknames or scare quotes for quotations', () => {
    expect(quotations('She appeared on NBC’s “Meet the Press” on Sunday morning.')).toEqual([]);
    expect(quotations('The film “Gone With the Wind” was shown again at the festival.')).toEqual([]);
    expect(quotations('Rep. Robert C. “Bobby” Scott opened his back yard to the neighbours.')).toEqual([]);
    expect(quotations('The so-called “reform” left the budget where it was.')).toEqual([]);
    // …nor a term the writer names, in a sentence that has a cue of its own.
    expect(quotations('The gap is wider in the so-called “next wave” countries, which are predicted to grow fastest.')).toEqual([]);
    expect(quotations('The industry has coined the term “time-shifting” to describe what analysts predict.')).toEqual([]);
    expect(quotations('Reardon - known by his fellow professionals as “Dracula” - said he would retire.')).toEqual([]);
    expect(quotations('<tweet id="123456789" author="someone">Hello</tweet>')).toEqual([]);
  });
});

describe('attributing quotations', () => {
  it('reads the rarer verbs of speech (`implored`, `enthused`)', () => {
    expect(only('“Don’t you care about the Inuit?” implored campaigner Barry Lim.').speaker).toBe('Barry Lim');
    expect(only('“It is a triumph,” enthused the director, Mia Kerr.').speaker).toBe('Mia Kerr');
  });

  it('reads X said, said X and X told', () => {
    expect(only('“Prices will fall,” Anna Weber said.').speaker).toBe('Anna Weber');
    expect(only('“Prices will fall,” said Anna Weber, an economist at the bank.').speaker).toBe('Anna Weber');
    expect(only('Anna Weber told reporters: “Prices will fall next year.”').speaker).toBe('Anna Weber');
  });

  it('reads according to X', () => {
    const quotation = only('The deal is “all but done,” according to Peter Novak, a lawyer for the firm.');
    expect(quotation.speaker).toBe('Peter Novak');
    expect(quotation.cue).toBe('according to');
  });

  it('reads X, a ROLE, said and keeps the role', () => {
    const { quotations: found, speakers } = analyseQuotes([
      article('a', ['“We need more nurses,” Linda Cho, a senior hospital manager, said on Monday.']),
    ]);
    expect(found[0]?.speaker).toBe('Linda Cho');
    expect(speakers.find((speaker) => speaker.name === 'Linda Cho')?.role).toBe('a senior hospital manager');
  });

  it('reads the colon form, in the same paragraph or the one before', () => {
    expect(only('Mark Ellis said in a statement: “We regret the error.”').speaker).toBe('Mark Ellis');
    const quotation = only('Mark Ellis continued:', '“We will publish the full report in June.”');
    expect(quotation.speaker).toBe('Mark Ellis');
  });

  it('knows a real list of cue verbs', () => {
    for (const cue of ['added', 'asked', 'shouted', 'conceded', 'acknowledged', 'vowed', 'claimed', 'pleaded', 'insisted', 'warned', 'wrote']) {
      const quotation = only(`“This cannot go on,” Rita Gomez ${cue}.`);
      expect(quotation.speaker, cue).toBe('Rita Gomez');
      expect(quotation.cue, cue).toBe(cue);
    }
  });

  it('resolves pronouns to the latest fitting person, across sentences and paragraphs', () => {
    const found = quotations(
      'Mr. Daniel Hart met Ms. Laura Bell at the station. Ms. Bell had come to inspect the new platform.',
      '“It is far too narrow,” she said.',
      'Mr. Hart disagreed. “It is wide enough for now,” he said.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Laura Bell', 'Daniel Hart']);
    expect(found[0]?.mention).toBe('she');
  });

  it('gives a follow-on quotation with no cue the speaker around it', () => {
    const found = quotations('“We lost the match,” said coach Omar Haddad.', '“Next week will be different.”');
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });

  it('does not take the object of a preposition for the speaker', () => {
    expect(only('“We will not back down,” the senator from Ohio said.').speaker).toBe('the senator from Ohio');
    expect(only('“It is a scandal,” said Craig Holman of Public Citizen, a watchdog.').speaker).toBe('Craig Holman');
  });

  it('does not read a surname that looks like a verb as the cue', () => {
    const quotation = only('“She has nothing to prove,” Liz Yelling told BBC Sport.');
    expect(quotation.speaker).toBe('Liz Yelling');
    expect(quotation.cue).toBe('told');
  });

  it('reads `as X put it` and possessive descriptions', () => {
    expect(only('The rule demands a “lawful source of income,” as Dana Whitfield put it.').speaker).toBe('Dana Whitfield');
    expect(only('“My reaction was that it was outrageous,” Obama’s former strategist said.').speaker).toBe('Obama’s former strategist');
  });

  it('does not read the subject of a that-clause after a cue as an inverted speaker', () => {
    const found = quotations(
      'City lawyer Ana Ruiz said in the letter that the poster “plainly and wrongly” suggests that Dover and its police back the plan.',
    );
    expect(found.map((quotation) => quotation.speaker)).toEqual(['Ana Ruiz']);
    // The inverted form itself still reads: `said Ana Ruiz`.
    expect(only('“We will appeal,” said city lawyer Ana Ruiz.').speaker).toBe('Ana Ruiz');
  });

  it('gives a partial quotation that runs on into the sentence to the clause before it', () => {
    const found = quotations('Maria Lopez is describing as “reckless” a Tom Briggs tweet about the bridge.');
    expect(found.map((quotation) => [quotation.text, quotation.speaker])).toEqual([['reckless', 'Maria Lopez']]);
  });

  it('reads an office named with `of` and a party word before a name as the person’s role', () => {
    const kerry = only('Secretary of State Helen Park said the country would take “firm steps” in reply.');
    expect([kerry.speaker, kerry.mention]).toEqual(['Helen Park', 'Helen Park']);
    const briggs = only('Republican Tom Briggs said: “We are ready for the vote.”');
    expect(briggs.speaker).toBe('Tom Briggs');
  });

  it('reads a sentence opened by a capitalised modifier as a description, or as the name it ends in', () => {
    const nominee = only('The Republican nominee also vowed to punish “those who break the rules.”');
    expect(nominee.speaker).toBe('The Republican nominee');
    const briggs = only('Labour campaign manager Tom Briggs is calling the claims “pure fiction.”');
    expect(briggs.speaker).toBe('Tom Briggs');
  });

  it('gives words said of someone’s remarks to who called them so, and a claim to its owner', () => {
    const called = only('Maria Lopez, a senior adviser to the campaign, called Mr. Briggs’s remarks on Saturday “a true wake-up call” to voters.');
    expect([called.speaker, called.cue]).toEqual(['Maria Lopez', 'called']);
    expect(only('Tom Briggs’s claim that the bridge was “perfectly safe” angered residents.').speaker).toBe('Tom Briggs');
  });

  it('keeps the description of an unnamed speaker', () => {
    const quotation = only('“The talks are over,” one senior European diplomat said.');
    expect(quotation.speaker).toBe('one senior European diplomat');
  });

  it('gives a statement’s words to who issued it', () => {
    const quotation = only(
      'The company’s spokeswoman, Julia Meyer, released a statement on Friday. It said: “No jobs will be lost.”',
    );
    expect(quotation.speaker).toBe('Julia Meyer');
    expect(quotation.mention).toBe('It');
  });

  it('ties every form of a name to one person, and the same full name across articles', () => {
    const { speakers } = analyseQuotes([
      article('a', ['Gen. Victor Amani, the army chief, spoke on Monday.', '“We hold the bridge,” General Amani said.', '“Reinforcements are coming,” Mr. Amani added.']),
      article('b', ['“The bridge is safe,” Victor Amani said.']),
    ]);
    const amani = speakers.find((speaker) => speaker.name === 'Victor Amani');
    expect(amani?.quoteCount).toBe(3);
    expect(amani?.articleIds).toEqual(['a', 'b']);
    expect(amani?.forms).toEqual(expect.arrayContaining(['Gen. Victor Amani', 'General Amani', 'Mr. Amani', 'Amani']));
    expect(amani?.role).toBe('the army chief');
  });

  it('gives a body named by its acronym the name other articles spell out for it, unless they disagree', () => {
    const { speakers } = analyseQuotes([
      article('a', ['The International Association of Athletics Federations (IAAF) met on Monday.', 'The Court of Arbitration for Sport (CAS) sat.']),
      article('b', ['The IAAF said the ruling was “unacceptable”.', 'The CAS said it was “final”.']),
      article('c', ['The Confederation of African Sport (CAS) met.']),
    ]);
    const federation = speakers.find((speaker) => speaker.name === 'International Association of Athletics Federations');
    expect(federation?.quoteCount).toBe(1);
    expect(federation?.forms).toContain('IAAF');
    expect(speakers.find((speaker) => speaker.forms.includes('CAS'))?.name).toBe('CAS');
  });

  it('reads police and council ranks as titles (`Chief Supt Deats` is Mick Deats)', () => {
    const { speakers } = analyseQuotes([
      article('a', [
        'The head of the unit, Detective Chief Superintendent Mick Deats, said the inquiry was over.',
        'Chief Supt Deats went on to warn: “Your identity is precious.” Cllr Ann Ruddle said: “We agree.”',
      ]),
    ]);
    expect(speakers.find((speaker) => speaker.name === 'Mick Deats')?.quoteCount).toBe(1);
    expect(speakers.find((speaker) => speaker.name === 'Ann Ruddle')?.quoteCount).toBe(1);
  });

  it('gives a person the role most articles give, and no list the name merely stood in', () => {
    const { speakers } = analyseQuotes([
      article('a', ['They discussed Victor Amani, the Middle East peace process and Northern Ireland.', '“We talked,” Victor Amani said.']),
      article('b', ['Victor Amani, the defence minister, spoke.', '“We hold,” Mr Amani said.']),
      article('c', ['Victor Amani, the army chief, spoke.', '“We hold the bridge,” Mr Amani said.']),
      article('d', ['Victor Amani, the army chief, spoke again.', '“We hold the river,” Mr Amani said.']),
    ]);
    expect(speakers.find((speaker) => speaker.name === 'Victor Amani')?.role).toBe('the army chief');
  });

  it('lists people who are mentioned but never quoted', () => {
    const { speakers } = analyseQuotes([article('a', ['Mr. Ivan Petrov resigned on Tuesday.', 'Nobody has replaced Mr. Petrov yet.'])]);
    const petrov = speakers.find((speaker) => speaker.name === 'Ivan Petrov');
    expect(petrov?.quoteCount).toBe(0);
    expect(petrov?.mentions).toEqual([
      { articleId: 'a', paragraph: 1 },
      { articleId: 'a', paragraph: 2 },
    ]);
  });
});
