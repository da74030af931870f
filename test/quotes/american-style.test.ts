import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../src/analyse/quotes/index.js';
import { scanNames } from '../../src/analyse/quotes/names.js';
import { article, speakersOf } from './helpers.js';

/**
 * Attribution as American political copy writes it: phrasal cues, ages and home towns after a name, time
 * and place before the subject, labelled sources. Every article here is written for the test.
 */
describe('attribution in American political copy', () => {
  it('reads `says Attorney General Eric Holder` as Holder acting, whom `he` then stands for, not one named in passing before (`Donald Sterling’s rant`)', () => {
    expect(
      speakersOf(
        'Outbursts like Donald Sterling’s rant are not the real problem, says Attorney General Eric Holder.',
        'Forms of racism that “cut deeper” cause the real harm, he argued Saturday.',
      ),
    ).toEqual([['cut deeper', 'Eric Holder']]);
  });

  it('reads `Majority Leader McConnell` as Mitch McConnell (a two-word title) and `Aboard Air Force One …,` as an opening phrase', () => {
    expect(
      speakersOf(
        'Senate Majority Leader Mitch McConnell spoke, and President Donald Trump flew to Asia.',
        'Majority Leader McConnell urged the Senate to act “responsibly” to protect the country.',
        'Aboard Air Force One on his way to Asia, Trump cited Islamic State “virtually defeated in the Middle East” as evidence.',
      ),
    ).toEqual([
      ['responsibly', 'Mitch McConnell'],
      ['virtually defeated in the Middle East', 'Donald Trump'],
    ]);
  });

  it('reads `the billionaire`, `the candidate`, `the nominee` as epithets for the one written about', () => {
    expect(speakersOf('Michael Bloomberg spent heavily in Virginia.', '“We will build it,” the billionaire said. “We will win,” the candidate added.')).toEqual([
      ['We will build it', 'Michael Bloomberg'],
      ['We will win', 'Michael Bloomberg'],
    ]);
  });

  it('reads `But late last week,` as an opening phrase before the subject, and `he` after as that subject', () => {
    expect(
      speakersOf(
        'Reid spokesman Adam Jentleson said the source is credible.',
        'But late last week, Mr. Romney himself emphatically said he would not release the returns and dared Mr. Reid “to put up or shut up.”',
        '“It’s wrong,” he told Fox News.',
      ),
    ).toEqual([
      ['to put up or shut up.', 'Romney'],
      ['It’s wrong', 'Romney'],
    ]);
  });

  it('reads American titles (`Pastor Giglio`, `Congresswoman Ilhan Omar`, `Sheriff Joe Arpaio`) as titles, one person with the name given in full', () => {
    expect(
      speakersOf(
        'The Rev. Louie Giglio withdrew, and Congresswoman Ilhan Omar spoke.',
        'We were not aware of Pastor Giglio’s past comments. Giglio also criticized the “aggressive agenda” of some.',
        '“We must act,” she said.',
      ),
    ).toEqual([
      ['aggressive agenda', 'Louie Giglio'],
      ['We must act', 'Ilhan Omar'],
    ]);
  });

  it('reads `Director` before a surname as a title (`Director Comey’s statement` is James Comey’s), so the surname after stays his', () => {
    expect(
      speakersOf(
        'The remarks were prepared for then-FBI Director James Comey.',
        '“The edits to Director Comey’s public statement are troubling,” the senator wrote.',
        'In the draft, Comey said that “we assess it is reasonably likely” that the account was reached.',
      ),
    ).toEqual([
      ['The edits to Director Comey’s public statement are troubling', 'the senator'],
      ['we assess it is reasonably likely', 'James Comey'],
    ]);
  });

  it('reads one a sentence brings on with `there is` as its subject, and `X (D-MI) who publicly called` as X speaking; a role word for a woman gives her gender (`congresswoman Rashida Tlaib`)', () => {
    expect(
      speakersOf(
        'Rep. Maxine Waters (D-CA) wants to impeach Trump. “I believe we have everything needed,” Waters stated.',
        'Then there’s freshman congresswoman Rashida Tlaib (D-MI) who publicly called Trump a “crook”, and she is not giving up.',
        '“Our democracy must be protected,” she tweeted.',
      ),
    ).toEqual([
      ['I believe we have everything needed', 'Maxine Waters'],
      ['crook', 'Rashida Tlaib'],
      ['Our democracy must be protected', 'Rashida Tlaib'],
    ]);
  });

  it('reads an office of a body with `of` and then a full name (`Speaker of the House of Representatives Nancy Pelosi`) as that person, not the body', () => {
    expect(speakersOf('Speaker of the House of Representatives Nancy Pelosi (D-CA) says it is “just not worth it” to impeach.')).toEqual([
      ['just not worth it', 'Nancy Pelosi'],
    ]);
  });

  it('keeps a source described by whom it is close to (`a source close to Pelosi`, `an aide to Pelosi`) apart from that person', () => {
    expect(
      speakersOf(
        'Nancy Pelosi kept the caucus calm.',
        '“She was a calming influence,” a source close to Pelosi said. “She listens,” an aide to Pelosi said.',
        'War on Want’s John Hilary said: “Rhetoric cannot disguise it.”',
      ),
    ).toEqual([
      ['She was a calming influence', 'a source close to Pelosi'],
      ['She listens', 'an aide to Pelosi'],
      ['Rhetoric cannot disguise it.', 'John Hilary'],
    ]);
  });

  it('reads `who` after a clause that ends on a titled name as that name, a title or a given name opening it (`Her remarks drew a response from President Trump, who called her “…”`)', () => {
    expect(
      speakersOf(
        'Rep. Maxine Waters spoke on Sunday.',
        'Her remarks drew a response from President Trump, who called her "an extraordinarily low IQ person" in a tweet on Monday.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Trump']);
  });

  it('reads `the former president` as the one titled former President, neither the vice president nor the sitting president named since', () => {
    expect(
      speakersOf(
        'Former President Barack Obama on Wednesday warned of suffering, and President Donald Trump said the bill would pass.',
        'It remained unclear if the bill can pass, with Vice President Mike Pence ready to cast a tie-breaking vote.',
        'In a speech in New York, Obama defended the law.',
        '“It is aggravating,” the Democratic former president said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Barack Obama']);
  });

  it('reads `the president` as the one the sentence before calls President, not a vice president nor a president of a group named since; whom one `told` is no speaker; `President-elect` is a title', () => {
    expect(
      speakersOf(
        'President Trump spoke on Monday. Vice President-elect Mike Pence and Vice President Dan Quayle sat near him.',
        'Brian Walsh, president of America First Policies, pushed back on the criticism.',
        'Trump, who has talked about the possibility of a “red wave” this fall, told Hill.TV in an interview that the party would do well.',
        '“I think we’re gonna do much better than anyone thinks,” the president said.',
      ),
    ).toEqual([
      ['red wave', 'Trump'],
      ['I think we’re gonna do much better than anyone thinks', 'Trump'],
    ]);
  });

  it('reads a party member named by state and party (`the Minnesota Democrat`) as the only person the article has named, where no sentence near it names anyone', () => {
    expect(
      speakersOf(
        'CONCORD, N.H. – Sen. Amy Klobuchar – giddy after a lack of sleep – touted to the crowd that she raised $1.1 million.',
        'The haul was nearly a quarter of what she brought in during the quarter.',
        'Highlighting that most of the money was from small-dollar contributions, the Minnesota Democrat told reporters “that shows something happened.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Amy Klobuchar']);
  });

  it('reads a party member named by state and party (`the Oklahoma Republican`, `the Democrat`) as an epithet for the one written about, and a weekday after a full name as no part of it', () => {
    expect(
      speakersOf(
        'Sen. Tom Coburn, R-Okla., released his list on Sunday. “It was the worst year,” the Oklahoma Republican said.',
        'Sen. Tom Coburn, Oklahoma Republican, said 2013 was “one of the worst for the republic.”',
        'Gov. Jerry Brown signed the bill. “This is a good day,” said the Democrat.',
        'Canadian Prime Minister Justin Trudeau Saturday said he was “outraged” by the admission.',
        'England coach Mike Friday said the side was “ready”.',
      ),
    ).toEqual([
      ['It was the worst year', 'Tom Coburn'],
      ['one of the worst for the republic.', 'Tom Coburn'],
      ['This is a good day', 'Jerry Brown'],
      ['outraged', 'Justin Trudeau'],
      ['ready', 'Mike Friday'],
    ]);
  });

  it('reads `the governor`, `the senator`, `the sergeant` as the one an abbreviated title named (`Gov. Jerry Brown`, `Sen. Ann Cole`, `Sgt. Luis Ortiz`)', () => {
    expect(
      speakersOf(
        'Gov. Jerry Brown signed the bill on Monday, and Sen. Ann Cole voted against it.',
        '“This is a good day,” the governor said. “It is a giveaway,” the senator said.',
        'Police Sgt. Luis Ortiz was at the scene. “No one was hurt,” the sergeant said.',
      ),
    ).toEqual([
      ['This is a good day', 'Jerry Brown'],
      ['It is a giveaway', 'Ann Cole'],
      ['No one was hurt', 'Luis Ortiz'],
    ]);
  });

  it('reads a verb with its particle as a cue (`shot back`, `fired back`, `went on`) and `barked`', () => {
    expect(
      speakersOf(
        'Dana Whitfield met Mark Olsen in Ohio.',
        'Olsen praised the plan. “Nobody is listening to the farmers,” Whitfield shot back.',
        'Whitfield spoke again. Olsen fired back: “That is simply false.”',
        'Olsen sat down. “Go away,” Whitfield barked.',
      ),
    ).toEqual([
      ['Nobody is listening to the farmers', 'Dana Whitfield'],
      ['That is simply false.', 'Mark Olsen'],
      ['Go away', 'Dana Whitfield'],
    ]);
  });

  it('reads `chimed in` as a cue, with a role and a day around it (`White House spokesman Carney chimed in Tuesday`)', () => {
    expect(
      speakersOf('Jay Carney spoke on Monday, and Mitt Romney answered.', '"There is a way to resolve this dispute," White House spokesman Carney chimed in Tuesday.').map(([, speaker]) => speaker),
    ).toEqual(['Jay Carney']);
  });

  it('takes a cue with words set off after it (`said, as if …`) for the quotation before it', () => {
    expect(
      speakersOf('Dana Whitfield met Mark Olsen.', 'Olsen said the plan was dead. “You know, it happens, right?” Whitfield went on, as if she had not heard him.'),
    ).toEqual([['You know, it happens, right?', 'Dana Whitfield']]);
  });

  it('takes a cue with a day and then words set off after it (`Trump tweeted Sunday, before declaring …`) for the quotation before it', () => {
    expect(
      speakersOf(
        'The rapper suggested money does not mean everything in an interview with CNN host Van Jones.',
        '“Somebody please inform Jay-Z that unemployment is at the LOWEST RATE EVER!” Trump tweeted Sunday, before declaring how the economy has been doing.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Trump']);
  });

  it('gives the words to the name before an age and a home town (`Harry Bond, 30, of Raleigh, N.C., who …, said`)', () => {
    expect(speakersOf('“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.')).toEqual([
      ['Both of them scare me', 'Harry Bond'],
    ]);
  });

  it('reads past an opening phrase of time or place to the subject (`Hours later,`, `Here in Columbia,`, `Early in his campaign,`)', () => {
    expect(
      speakersOf(
        'Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”',
        'Here in Columbia, Sanders stepped up his attacks, saying, “We have got to win this.”',
        'Early in his campaign, Trump attacked Romney, calling him “a failed candidate.”',
      ),
    ).toEqual([
      ['He is an amazing man.', 'Trump'],
      ['We have got to win this.', 'Sanders'],
      ['a failed candidate.', 'Trump'],
    ]);
  });

  it('reads the state after a town that ends an opening phrase as no subject (`in Salem, New Hampshire, Trump …`)', () => {
    expect(speakersOf('Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”')).toEqual([
      ['a total stiff.', 'Trump'],
    ]);
  });

  it('reads the state of a town a role is based in as part of the role (`Eileen Blessinger, a Falls Church, Va.-based immigration attorney, told The Hill`)', () => {
    expect(
      speakersOf(
        'Immigration lawyers criticised the policy on Tuesday.',
        '“This is going to have a chilling effect,” Eileen Blessinger, a Falls Church, Va.-based immigration attorney, told The Hill.',
      ),
    ).toEqual([['This is going to have a chilling effect', 'Eileen Blessinger']]);
  });

  it('reads an adverb set off after a quotation as its own, with the subject after the cue (`“…” legally, says Elissa Steglich`)', () => {
    expect(
      speakersOf(
        'Ann Lee runs the clinic.',
        '“There’s no immediate benefit” legally, says Elissa Steglich of the University of Texas.',
      ),
    ).toEqual([['There’s no immediate benefit', 'Elissa Steglich']]);
  });

  it('takes no word of time opening a phrase for a name with a role (`Today, the People’s Daily newspaper calls it`)', () => {
    expect(speakersOf('Today, the People’s Daily newspaper calls it “the pearl” of the road.')).toEqual([['the pearl', 'the People’s Daily newspaper']]);
  });

  it('reads `after a long pause` between a name and its verb as an aside', () => {
    expect(speakersOf('Senator Roy Blunt met the press.', '“He had a lot of supporters,” Blunt, after a long pause, said of Cruz.')).toEqual([
      ['He had a lot of supporters', 'Roy Blunt'],
    ]);
  });

  it('reads `pointed out` as a cue, though `pointed` alone is weak', () => {
    expect(speakersOf('As analyst David Byler pointed out in December, “The delegates will have chances to change it.”')).toEqual([
      ['The delegates will have chances to change it.', 'David Byler'],
    ]);
  });

  it('takes no day between a subject and its verb for the subject (`Priebus later Thursday told Fox News:`)', () => {
    expect(speakersOf('Reince Priebus later Thursday told Fox News: “Both of them are meeting next week.”')).toEqual([
      ['Both of them are meeting next week.', 'Reince Priebus'],
    ]);
  });

  it('gives a participle right after a closing cue that cue’s speaker (`…, Spicer said, adding, “…”`)', () => {
    expect(speakersOf('Ryan and Trump will meet next week, Sean Spicer said, adding, “They need to sit down and have a good talk.”')).toEqual([
      ['They need to sit down and have a good talk.', 'Sean Spicer'],
    ]);
  });

  it('gives a quotation to the name labelled before its colon (`Pollsters agree - Carl Bialik:`, `More from Jones:`)', () => {
    expect(
      speakersOf(
        'Carl Bialik and Robert Jones wrote about the polls.',
        'Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”',
        'What that means for this year - More from Jones: “The partisanship of the state is a starting point.”',
      ),
    ).toEqual([
      ['One of the biggest lessons was a simple one.', 'Carl Bialik'],
      ['The partisanship of the state is a starting point.', 'Robert Jones'],
    ]);
  });

  it('takes the name after a closing `said` for a quotation that runs on (`“velvet gloves” in its dealings with Central Asia, said Nargis Kassenova`)', () => {
    expect(speakersOf('China has used “velvet gloves” in its dealings with Central Asia, said Nargis Kassenova, an analyst.')).toEqual([
      ['velvet gloves', 'Nargis Kassenova'],
    ]);
  });

  it('takes the name after a closing `said` where the quoted sentence runs on with its object (`“… the need to do” a tax overhaul at the same time, said Rep. Pat Tiberi`)', () => {
    expect(
      speakersOf(
        'Many lawmakers say combining the two issues is the best way to achieve both.',
        '“I think there’s an avenue here…I think there’s growing bipartisan, bicameral support for the need to do” a tax overhaul at the same time as highway funding, said Rep. Pat Tiberi (R., Ohio), a senior Ways and Means Committee member.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Pat Tiberi']);
  });

  it('lets a named speaker closing the sentence, with a role after, outrank a described subject before (`…, said Geert Wilders, founder of the party`)', () => {
    expect(
      speakersOf('Geert Wilders leads the Freedom Party.', 'The rejection of the treaty signals “the beginning of the end” for the EU, said Geert Wilders, founder of the party.'),
    ).toEqual([['the beginning of the end', 'Geert Wilders']]);
  });

  it('reads a kind of body in lower case after a capitalised word, then the body’s name, as that body (`Human rights group Amnesty International called …, adding`)', () => {
    expect(
      speakersOf(
        'The app was made mandatory on Friday.',
        'Human rights group Amnesty International called the app a "privacy minefield", adding "it does not adhere to principles of minimisation".',
        'Digital rights organisation Internet Freedom Foundation criticised the app, saying "it runs very palpable risks".',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Amnesty International', 'Amnesty International', 'Internet Freedom Foundation']);
  });

  it('reads a capitalised word and people in the plural before a participle as described (`Masked gunmen shouting “…” stormed`), not as a name `Masked`', () => {
    expect(speakersOf('Masked gunmen shouting "Allahu akbar!" stormed the offices of a newspaper on Wednesday.').map(([, speaker]) => speaker)).toEqual([
      'Masked gunmen',
    ]);
  });

  it('reads people named by a plural noun that opens the sentence as described, not named (`Proponents say`, `Hundreds of demonstrators`)', () => {
    const analysis = analyseQuotes([
      article('a', ['Proponents say the bill would keep the department as an “umpire.”', 'Hundreds of demonstrators marched on Monday, chanting “No more war.”']),
    ]);
    expect(analysis.speakers.map((speaker) => [speaker.name, speaker.unnamed])).toEqual([
      ['Proponents', true],
      ['Hundreds of demonstrators', true],
    ]);
  });

  it('reads an office in a long run of capitals as the role of the name after it (`said South Carolina Democratic Party Chairman Jaime Harrison`)', () => {
    expect(speakersOf('“This is the secret weapon,” said South Carolina Democratic Party Chairman Jaime Harrison. “They have talent.”')).toEqual([
      ['This is the secret weapon … They have talent.', 'Jaime Harrison'],
    ]);
  });

  it('reads `executive orders` after `of` as a noun, not the cue (`Jeb Bush called the use of executive orders “…”`)', () => {
    expect(speakersOf('Former Florida governor Jeb Bush called the use of executive orders “quite dangerous.”')).toEqual([['quite dangerous.', 'Jeb Bush']]);
  });

  it('gives a message to someone before a colon to its sender (`McConnell delivered a blunt message to Trump:`)', () => {
    expect(speakersOf('Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “It is time to quit attacking people.”')).toEqual([
      ['It is time to quit attacking people.', 'Mitch McConnell'],
    ]);
  });

  it('keeps an apposition opened by an adverb a role of the name (`Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called`)', () => {
    expect(speakersOf('Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the group “abhorrent” in a tweet Sunday.')).toEqual([
      ['abhorrent', 'Ted Cruz'],
    ]);
  });

  it('takes `said about …` after a quotation as its cue, and `declared, a point he likes to make …`', () => {
    expect(
      speakersOf(
        'Allan Lichtman teaches history. Bruce LeVell sells jewels.',
        '"Why would you try to cozy up to George W. Bush?" Lichtman said about McCain\'s effort to downplay his connections with Bush.',
        '"And I am not being paid!" LeVell declared, a point he likes to make after an appearance on the radio.',
      ),
    ).toEqual([
      ['Why would you try to cozy up to George W. Bush?', 'Allan Lichtman'],
      ['And I am not being paid!', 'Bruce LeVell'],
    ]);
  });

  it('reads past a second opening phrase to the subject of a participle (`On Thursday, after remaining neutral …, Warren appeared …, saying`)', () => {
    expect(
      speakersOf(
        'Kamala Diaz met Clinton.',
        'On Thursday, after remaining neutral throughout the primary, Warren appeared on television and endorsed Clinton, saying, “She is the fighter this country needs.”',
      ),
    ).toEqual([['She is the fighter this country needs.', 'Warren']]);
  });

  it('reads past a dateline to the subject of a participle (`Washington (AFP) – Democrat Hillary Clinton …, saying`)', () => {
    expect(speakersOf('Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump’s stance on Brexit, saying that “bombastic comments” do harm.')).toEqual([
      ['bombastic comments', 'Hillary Clinton'],
    ]);
  });

  it('gives a cue to the name that ends a clause of its own, not to the name before the appositions (`McCain, …, issued a statement after Donald Trump told`)', () => {
    expect(
      speakersOf('John McCain, the GOP’s presidential nominee in 2008, issued a statement after Republican contender Donald Trump told a town hall on Monday that waterboarding is “peanuts,” compared to the militants.'),
    ).toEqual([['peanuts', 'Donald Trump']]);
  });

  it('reads `as NAME, ROLE, puts it` after a quotation, however long the role', () => {
    expect(
      speakersOf('North Korea is “racing towards the nuclear finish line,” as Van Jackson, associate professor at the Asia-Pacific Center, a Pentagon think tank in Hawaii, puts it.'),
    ).toEqual([['racing towards the nuclear finish line', 'Van Jackson']]);
  });

  it('reads a round-up label `Peggy Drexler, CNN:` as the person, not the outlet', () => {
    expect(speakersOf('Peggy Drexler, CNN: “In an interview, Melania Trump came out in defense of her husband.”')).toEqual([
      ['In an interview, Melania Trump came out in defense of her husband.', 'Peggy Drexler'],
    ]);
  });

  it('gives a quotation in a sentence opened by a participle of speech to the subject after it (`Calling X “…,” Mrs. Clinton upbraided`)', () => {
    expect(
      speakersOf('Hillary Clinton spoke in Raleigh.', 'Calling his challenger "exactly the kind of partner I need," Mrs. Clinton upbraided Mr. Burr for failing to reject Mr. Trump.'),
    ).toEqual([['exactly the kind of partner I need', 'Hillary Clinton']]);
  });

  it('gives each line of a quoted transcript to the speaker its capitals name (`"WALLACE: …`, `"PENCE: …`)', () => {
    expect(
      speakersOf(
        'Mike Pence spoke to Chris Wallace. Partial transcript as follows:',
        '"WALLACE: Will she be there tomorrow night?',
        '"PENCE: Well, look, this is not an episode of a game show. This is serious business.',
      ),
    ).toEqual([
      ['WALLACE: Will she be there tomorrow night?', 'Chris Wallace'],
      ['PENCE: Well, look, this is not an episode of a game show. This is serious business.', 'Mike Pence'],
    ]);
  });

  it('gives a participle after `But on Monday, X released a statement supporting West’s claim,` to X: `But on Monday,` opens the sentence', () => {
    expect(
      speakersOf('Kanye West said the project was his.', 'But on Monday, Candace Owens released a statement supporting West’s claim, saying, “The project is mine entirely.”'),
    ).toEqual([['The project is mine entirely.', 'Candace Owens']]);
  });

  it('reads `X, U.S. general manager of The Body Shop tells` as X with a role, though no comma closes the role', () => {
    expect(speakersOf('Andrea Blieden, U.S. general manager of The Body Shop tells CNBC that “access to health care is a right.”')).toEqual([
      ['access to health care is a right.', 'Andrea Blieden'],
    ]);
  });

  it('reads `he remembers asking himself` as his own words, recalled', () => {
    expect(speakersOf('Clarence Thomas says he had a reckoning with his purpose.', '“For what will you die?” he remembers asking himself.')).toEqual([
      ['For what will you die?', 'Clarence Thomas'],
    ]);
  });

  it('keeps `A senior businessman` as the speaker of `A senior businessman who … has met with Lam recently said`, not Lam, named in the relative clause', () => {
    expect(speakersOf('Carrie Lam met officials in Shenzhen.', 'A senior businessman who attended the Shenzhen meeting and has met with Lam recently said “her hands are tied” and left.')).toEqual([
      ['her hands are tied', 'A senior businessman'],
    ]);
  });

  it('reads past a relative clause’s verb to the subject (`Ip Kwok-him, …, which advises senior officials, including Lam, told`)', () => {
    expect(
      speakersOf(
        'Carrie Lam met officials in Shenzhen.',
        'Ip Kwok-him, a politician who sits on the Executive Council, which advises senior officials, including Lam, told Reuters that “you can’t do it.”',
      ),
    ).toEqual([['you can’t do it.', 'Ip Kwok-him']]);
  });

  it('lets a name with a bracketed tag (`Sen. Joe Manchin (D-W.Va.), also …, said`) act as the subject, so `he` after is him, not one named in a clause inside', () => {
    expect(
      speakersOf(
        'President Trump won the state.',
        'Sen. Joe Manchin (D-W.Va.), also up for reelection in a state where Trump is popular, said he is skeptical.',
        '“Let it go through the committee,” he told The Hill.',
      ),
    ).toEqual([['Let it go through the committee', 'Joe Manchin']]);
  });

  it('gives a question closed by its mark to `X told the Times.` after it, whom it was told to ending the sentence', () => {
    expect(speakersOf('Jerry Falwell Jr. said the school would reopen.', '"Why was it allowed?" Mayor Treney Tweedy told the Times.')).toEqual([['Why was it allowed?', 'Treney Tweedy']]);
  });

  it('lets `X of Lighthouse Church in Pendleton, Oregon, told` act as the subject, so `he` after is X, not the last speaker', () => {
    expect(
      speakersOf(
        'Writer Alan Cross said the reporting is “inaccurate.”',
        'One pastor who spoke with the Times, Dan Satterwhite of Lighthouse Church in Pendleton, Oregon, told the newspaper the press was unfair.',
        '“There is an effort to shut churches down,” he told the Times.',
      ),
    ).toEqual([
      ['inaccurate.', 'Alan Cross'],
      ['There is an effort to shut churches down', 'Dan Satterwhite'],
    ]);
  });

  it('gives what `his manifesto continues` says to the one `his` stands for, as `his statement said`', () => {
    expect(speakersOf('Willem Van Spronsen attacked the center.', '“We are responsible for defending people,” his manifesto continues.')).toEqual([
      ['We are responsible for defending people', 'Willem Van Spronsen'],
    ]);
  });

  it('takes what follows `titled` and a show told to (`told “Fox News Sunday.”`) for titles, and gives `quotes Sean Hines, …, saying` to the one quoted', () => {
    expect(
      speakersOf(
        '“We will have a good week,” Obama adviser David Axelrod told “Fox News Sunday.”',
        'A 2017 BuzzFeed article titled “What It’s Like To Take An Anti-Fascist Self-Defense Class” quotes Sean Hines, an Antifa member who founded a gun club, saying, “The more people that are armed, the better.”',
      ),
    ).toEqual([
      ['We will have a good week', 'David Axelrod'],
      ['The more people that are armed, the better.', 'Sean Hines'],
    ]);
  });

  it('takes no preposition or conjunction opening a sentence for a given name (`Unlike Conyers’ district`, `Whether Victorino …`, `Further, Rubio …`)', () => {
    expect(
      speakersOf(
        'Rep. John Conyers has served since 1965.',
        'Unlike Conyers’ former district, the new one includes suburbs.',
        '“That’s the way it was when I got there,” Conyers says.',
      ),
    ).toEqual([['That’s the way it was when I got there', 'John Conyers']]);
  });

  it('reads `First it said` and `the president in turn has called` past their adverbs', () => {
    const [first, turn] = speakersOf(
      'Saudi Arabia changed its account of the death several times.',
      'First it said the journalist had left the building alive, then that he died in a “fist-fight” inside.',
      'President Donald Trump met the acting director on Friday.',
      'Brennan has publicly criticized Trump’s leadership, and the president in turn has called him “the worst CIA director in our country’s history.”',
    ) as [[string, string | undefined], [string, string | undefined]];
    expect(first[1]).not.toBe('First');
    expect(turn[1]).toBe('Donald Trump');
  });

  it('goes on with the speaker of a finite cue such as `revealed` in a participle after its clause (`…, noting that`), not with whom the clause is about', () => {
    expect(
      speakersOf(
        'Former FBI counsel Lisa Page, with whom Strzok was romantically involved, revealed during an interview that the FBI “knew so little” about whether the allegations were true at the time, noting that they had just “a paucity of evidence” then.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Lisa Page', 'Lisa Page']);
    // (Not a participle with a subject of its own.)
    expect(
      speakersOf('Last month the Brit Awards announced they would drop the prize, with the Brits committee announcing that “dance music is over”.').map(([, speaker]) => speaker),
    ).not.toContain('Brit Awards');
  });

  it('reads `the senator` as the subject after a clause of time and with an adverb before its verb, for `he said` after it', () => {
    const story = (opening: string): (string | undefined)[] =>
      speakersOf(
        'Sen. Tom Barrow hit back at claims in a new book by Anne Keller on Thursday.',
        '“He got in to disrupt the party,” Keller wrote.',
        'Barrow was having none of it.',
        opening,
        '“Look, she ran against the most unpopular candidate,” he said.',
      ).map(([, speaker]) => speaker);
    expect(story('When Ray Colby asked Barrow to comment on the claims in the book, the senator initially balked, but then offered a response.')).toEqual([
      'Anne Keller',
      'Tom Barrow',
    ]);
    expect(story('Ray Colby asked Barrow about the book. The senator initially balked, but then offered a response.')).toEqual(['Anne Keller', 'Tom Barrow']);
  });

  it('reads `Ryan’s main point was to attack Obama …` as Ryan’s, so `he said` after it is his, not Obama’s nor the last speaker’s', () => {
    const speakers = speakersOf(
      'Paul Ryan and Joe Biden met in the debate on Thursday night, with Barack Obama’s record at stake.',
      'President Barack Obama said last week he would win. “We will win,” he said.',
      'Biden responded, “I’ve got a bridge to sell you.”',
      'Ryan’s main point was to attack Obama as a weak president. “We get speeches, we are not getting leadership,” he said.',
    ).map(([, speaker]) => speaker);
    expect(speakers).toEqual(['Barack Obama', 'Joe Biden', 'Paul Ryan']);
  });

  it('gives `he said` to the one who acts in the sentence, not to one who acts in a clause of time opening it (`While Mr. Rosenstein was headed …, Mr. Sessions was speaking`)', () => {
    const speakers = speakersOf(
      'President Trump said he would meet Rod Rosenstein on Thursday. “We will talk,” Mr. Trump said.',
      'Jeff Sessions recused himself from the Russia inquiry last year.',
      'While Mr. Rosenstein was headed to the White House Thursday, Mr. Sessions was speaking to officials in Alabama, who gave him a standing ovation. “I may need this today,” he said.',
    ).map(([, speaker]) => speaker);
    expect(speakers.at(-1)).toBe('Jeff Sessions');
  });

  it('reads a capitalised word before a plural noun and a preposition or a verb as a description (`Hardliner lawmakers in Iran’s parliament`), not a one-word name', () => {
    expect(
      speakersOf(
        'Hardliner lawmakers in Iran’s parliament were chanting “Death to America” on Sunday.',
        'Sign-carrying marchers thronged the busy intersection, chanting “Justice for Trayvon!”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Hardliner lawmakers in Iran’s parliament', 'Sign-carrying marchers']);
  });

  it('takes no word for how many for a given name (`Several Trump advisers`)', () => {
    expect(
      speakersOf(
        'President Donald Trump met the acting director on Friday. Several Trump advisers were there.',
        'Trump told reporters that he liked her “very much” and might keep her.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Donald Trump']);
  });

  it('lets a name act before a negative auxiliary (`Merced Cruz hasn’t seen her family`), so `she` after is her, not the last speaker', () => {
    expect(
      speakersOf(
        '“It is a long process,” said lawyer Shane Ellison.',
        'Ms. Merced Cruz hasn’t seen her family in Mexico in 18 years.',
        '“You can go anywhere and have a problem,” she says.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Shane Ellison', 'Merced Cruz']);
  });

  it('gives `the school tweeted` to the school last named acting (`Harvard University said …`), as `the company said`', () => {
    expect(speakersOf('Harvard University said it would return the money.', '“Harvard will not accept funds,” the school tweeted.')).toEqual([
      ['Harvard will not accept funds', 'Harvard University'],
    ]);
  });

  it('reads `Further,` and `Additionally,` as sentence adverbs before the subject (`Further, Rubio is calling DACA “important,”`)', () => {
    expect(speakersOf('Marco Rubio spoke on Monday.', 'Further, Rubio is calling DACA “important,” though the program is unpopular.')).toEqual([['important', 'Marco Rubio']]);
  });

  it('reads `the son added` as an epithet for the one who spoke just before, and `New Jersey’s governor said` as `the New Jersey governor`', () => {
    expect(
      speakersOf('“It was illegal,” John Harris testified, weeping.', '“I had no reason to believe that my father actually knew,” the son added.').map(([, speaker]) => speaker),
    ).toEqual(['John Harris', 'John Harris']);
    expect(
      speakersOf(
        'New Jersey Gov. Phil Murphy spoke on Sunday.',
        'Murphy said he speaks of the controversy with a “heavy heart.” “I know him and I believe he is a good man,” New Jersey’s governor said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Phil Murphy', 'Phil Murphy']);
  });

  it('reads two titles joined by `and` before a name (`The NAACP’s President and CEO Derrick Johnson`) as the person’s', () => {
    expect(speakersOf('The NAACP’s President and CEO Derrick Johnson agreed in a written statement, saying, “Black face in any manner is always racist.”')).toEqual([
      ['Black face in any manner is always racist.', 'Derrick Johnson'],
    ]);
  });

  it('gives a quotation after `In the words of one prominent Saudi:` to that description, as `In the words of X,` to X', () => {
    expect(speakersOf('The killing will cast a dark shadow.', 'In the words of one prominent Saudi: “It has brought Saudi Arabia 10 steps back.”')).toEqual([
      ['It has brought Saudi Arabia 10 steps back.', 'one prominent Saudi'],
    ]);
  });

  it('gives `Huffman’s lawyers filed papers …, writing that “…”` to the lawyers, not to Huffman', () => {
    expect(
      speakersOf(
        'Felicity Huffman pleaded guilty in May.',
        'Earlier this month, Huffman’s lawyers filed papers asking the judge not to send the actress to prison, writing that “nothing about her history requires a prison sentence.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Huffman’s lawyers']);
  });

  it('takes `according to an interview with …` for where the words were given, leaving them to the sentence’s speaker', () => {
    expect(
      speakersOf(
        'Sen. Rob Portman told Ohio newspapers that when his son told him he was gay, “It allowed me to think of this issue from a new perspective,” according to an interview with the Cleveland Plain Dealer.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rob Portman']);
  });

  it('reads a weekday after a lone surname as no part of it (`Portman Thursday told`), while `Mike Friday` keeps his name', () => {
    expect(
      speakersOf(
        'Sen. Rob Portman of Ohio now backs gay marriage.',
        'Portman Thursday told reporters that when his son informed him he was gay, “It allowed me to think of this issue from a new perspective.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rob Portman']);
  });

  it('reads the subject of a clause a colon opens after the colon (`… with CNN’s Dana Bash: He told`), not across it, and leaves a subtitle whole', () => {
    expect(
      speakersOf(
        'Sen. Rob Portman, 57, reveals two other points in an interview with CNN’s Dana Bash: He told Mitt Romney “everything” during the vetting.',
        'David Folkenflik, author of Murdoch’s World: The Last of the Old Media Empires, called Ailes “a towering and twisty figure.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rob Portman', 'David Folkenflik']);
  });

  it('reads a name set off by commas before the cue as its subject, not what follows the cue (`…, but his rival, Benny Gantz, criticised the response, saying`)', () => {
    expect(
      speakersOf(
        'There was no immediate reaction from the government, but the prime minister’s chief rival in next month’s election, Benny Gantz, criticised the Palestinian response, saying Abbas “doesn’t miss an opportunity for refusal”.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Benny Gantz']);
  });

  it('gives the words of `the letter Turner delivered` to Turner', () => {
    expect(
      speakersOf(
        'Rep. Michael Turner and Rep. Mark Meadows pressed Cohen on his contacts.',
        '“Clearly, there will be questions as to whether such contacts constitute witness tampering,” reads the letter Turner delivered to Cohen.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Michael Turner']);
  });

  it('leaves a surname used alone before its one full name, brought in as kin, to another person (`President Obama …`, then `first lady Michelle Obama`)', () => {
    expect(
      speakersOf(
        'President Obama launched his second term with a sharply worded inaugural address Monday.',
        'Hours later, he and first lady Michelle Obama exited the limo and walked the final stretch.',
        '“Our journey is not complete,” he said.',
        '“Now, more than ever, we must do these things together,” Obama said.',
      ),
    ).toEqual([
      ['Our journey is not complete', 'Obama'],
      ['Now, more than ever, we must do these things together', 'Obama'],
    ]);
  });

  it('reads `Al Qaeda` as a body, never the `he` of a quotation, and a people in the plural (`Americans`) as no speaker', () => {
    expect(
      speakersOf(
        'Morgan Jones said Al Qaeda forces first attacked the compound.',
        '“They knew what they were doing,” he told CBS.',
        'A purported eyewitness claimed Americans knew such an incident was inevitable.',
        '“We have learned of new information,” the network said.',
      ),
    ).toEqual([
      ['They knew what they were doing', 'Morgan Jones'],
      ['We have learned of new information', 'the network'],
    ]);
  });

  it('gives a cue in an opening `When asked …,` to the main clause’s subject, and reads `X interrupted` as a cue', () => {
    expect(
      speakersOf(
        'When asked whether he supported a House bill that would phase out the order, however, Rubio cited concerns about the “unintended consequences” for youths.',
        'Musk mused that it was a “travesty” it had taken this long. “But it’s going to be a great day!” Bridenstine interrupted.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rubio', 'Musk', 'Bridenstine']);
  });

  it('does not take a name after `a` inside a quotation (`if you are a Gutierrez`) for its speaker’s, which would keep `he` from him', () => {
    expect(
      speakersOf(
        'Solicitor General Donald B. Verrilli Jr. argued the case.',
        '“This threatens the safety of all Americans,” said Rep. Luis V. Gutierrez, an Illinois Democrat.',
        '“Police are unlikely to stop someone named Kennedy, but if you are a Gutierrez or Martinez, watch out,” he said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Luis V. Gutierrez', 'Luis V. Gutierrez']);
  });

  it('takes for `he` the one who speaks in the sentence before, not one who only acts in its opening clause (`Asked whether he thought Trump would veto …, Van Hollen said`)', () => {
    expect(
      speakersOf(
        'President Donald Trump tweeted about the deal last month.',
        'Asked whether he thought Trump would veto the defense bill, Sen. Chris Van Hollen said that would be a concession to China.',
        '“Veto the bill in order to protect ZTE? I don’t think so,” he told reporters.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Chris Van Hollen']);
  });

  it('keeps `“…,” and X, a role, said, “…”` two quotations: the cue after the first opens the second, whose speaker the name after `and` is', () => {
    expect(
      speakersOf(
        'At the White House, President Donald Trump said Bright looked like an “angry, disgruntled employee,” and Bright’s boss, HHS Secretary Alex Azar, said, “Everything he is complaining about was done.”',
      ),
    ).toEqual([
      ['angry, disgruntled employee', 'Donald Trump'],
      ['Everything he is complaining about was done.', 'Alex Azar'],
    ]);
  });

  it('reads `said Engel according to the Washington Examiner` as Engel’s words, the paper only reporting them', () => {
    expect(
      speakersOf(
        'Rep. Eliot Engel condemned the remarks.',
        '“It is unacceptable to call into question the loyalty of fellow citizens,” said Engel according to the Washington Examiner.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Eliot Engel']);
  });

  it('reads an epithet of two roles joined (`The former New York senator and secretary of State told`) as its first role would be read', () => {
    expect(
      speakersOf(
        'Bernie Sanders is winning contests against Hillary Clinton.',
        'Clinton, naturally, disagrees.',
        'The former New York senator and secretary of State told CNN on Sunday: “I intend to have the number of delegates.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Hillary Clinton']);
  });

  it('reads an office in capitals with `of` (`the US Secretary of State said`, `the Secretary of State said`) as the one the article gave it, as in lower case', () => {
    expect(
      speakersOf(
        'US Secretary of State Mike Pompeo was quick to accuse Russia of meddling.',
        '"If that is what is required, we will do it," the US Secretary of State said.',
        '"We will act," the Secretary of State said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Mike Pompeo', 'Mike Pompeo']);
  });

  it('reads `“…?” X asked his community Saturday.` as X’s question, whom it was put to being no new statement', () => {
    expect(
      speakersOf('Neighbors have pleaded for help.', '“What would happen to little children if you don’t come forward?” St. Louis Police Chief John Hayden asked his community Saturday.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['John Hayden']);
  });

  it('takes no one a harm befell (`where Ambassador Christopher Stevens was killed`) for the `he` who speaks next', () => {
    expect(
      speakersOf(
        'Morgan Jones was a pseudonym for a former British soldier who guarded the mission.',
        'He told “60 Minutes” that the militants first attacked the compound, where Ambassador Christopher Stevens was killed.',
        '“They knew what they were doing,” he told CBS.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Morgan Jones']);
  });

  it('reads a police rank in a long run of capitals (`Los Angeles Police Department Lt. Paul Vernon told`), `Det.` as no full stop, and `DeSantis’ communications director, Helen Aguirre Ferré` after the cue', () => {
    expect(
      speakersOf(
        'Francisco Garcia, 21, was killed moments after leaving a party.',
        '“The ironies are obvious,” Los Angeles Police Department Lt. Paul Vernon told KTLA-TV in Los Angeles.',
        'Police believe Garcia knew the suspect “in some kind of fashion,” according to LAPD Det. Juan Santa. Authorities interviewed witnesses.',
        '“Florida COVID positive cases decline for a third day in a row,” tweeted DeSantis’ communications director, Helen Aguirre Ferré, using a figure that includes repeat tests.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Paul Vernon', 'Juan Santa', 'Helen Aguirre Ferré']);
  });

  it('keeps `Lake said` (a surname that is also a thing’s word) for Celinda Lake, so that the `she` after it goes back to her', () => {
    expect(
      speakersOf(
        '“It will decide whether we pick up 30 seats or 50,” Celinda Lake, a Democratic pollster, said of the economy.',
        'Unemployment fell to a record low in May.',
        'Wages rose faster than prices for the first time in years.',
        'The stock market has gained a third since the election.',
        'Tariffs have hit farmers in several states.',
        'Manufacturing jobs have grown more slowly.',
        'The deficit has widened after the tax cut.',
        'Polls show the economy is the top issue for most voters.',
        '“They have to have a plan for jobs,” said Roger Hickey, co-director of Campaign for America’s Future.',
        '“They need an explanation for why Republicans are standing in the way,” he said.',
        'Lake said that voters give Trump credit for the economy.',
        '“It’s people’s perception of the economic numbers that matters,” she said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Celinda Lake', 'Roger Hickey', 'Roger Hickey', 'Celinda Lake']);
  });

  it('reads a participle’s aside with an adverb before it and an auxiliary after it (`Netanyahu, again putting himself into conflict with Washington, had said`) as no part of who spoke', () => {
    expect(
      speakersOf('Netanyahu, again putting himself into direct conflict with Washington, had said on Friday that a “very bad deal” was shaping up.').map(([, speaker]) => speaker),
    ).toEqual(['Netanyahu']);
  });

  it('reads the subject after a time and its conjunction (`…, a day after the attorney general said`), not a name before them', () => {
    expect(
      speakersOf(
        'Republicans opened the door to negotiating with Attorney General Eric Holder on Wednesday.',
        'They hope to avoid a contempt vote in Congress, a day after the attorney general said he is willing to make “compromises.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Eric Holder']);
  });

  it('keeps `he` on the speaker when a name in his apposition is followed by a noun like a cue (`Brad Blakeman, … former adviser to George W. Bush, called the racial claims “ridiculous.”`)', () => {
    expect(
      speakersOf(
        'Democrats accused Republicans of racism.',
        'Brad Blakeman, Republican strategist and former adviser to George W. Bush, called the racial claims “ridiculous.”',
        '“It’s easy for the Democrats,” he said.',
      ).at(-1)?.[1],
    ).toBe('Brad Blakeman');
  });

  it('reads a body in capitals with `of` before a role (`William Dudley, Federal Reserve Bank of New York president, said`) as the name’s role', () => {
    expect(
      speakersOf(
        'Lending standards are easing.',
        '“The underlying conditions that support growth have been gradually improving,” William Dudley, Federal Reserve Bank of New York president, said in a speech.',
      ),
    ).toEqual([['The underlying conditions that support growth have been gradually improving', 'William Dudley']]);
  });

  it('reads an age between the cue and the name (`says 21-year-old Blake Kitterman`) as no part of who spoke', () => {
    expect(
      speakersOf(
        'Taylor Swift endorsed two Democrats in Tennessee.',
        '“She made it very much about values,” says 21-year-old Blake Kitterman, vice president of Tennessee Young Democrats.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Blake Kitterman']);
  });

  it('reads `crows` and `bragged` as verbs of speech', () => {
    expect(
      speakersOf(
        'Republicans expect to hold the House.',
        '“I’d rather be us than them,” crows Rep. Greg Walden, R-Ore., who chairs the campaign committee.',
        'Nancy Pelosi disagreed. “We will win back the House,” she bragged.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Greg Walden', 'Nancy Pelosi']);
  });

  it('gives a press release’s words to the body that announced it in its own clause (`The National Park Service announced in a press release`)', () => {
    expect(
      speakersOf(
        'The National Park Service announced in a press release Tuesday that Joshua Tree National Park will close on Thursday.',
        'Officials say the park will be reopened soon.',
        'Maintenance workers will be paid from entrance fees.',
        '“There have been incidents of new roads being created by motorists,” the press release read.',
      ).at(-1)?.[1],
    ).toBe('National Park Service');
  });

  it('reads `President-elect Trump` as a title and a name, whom `he` then stands for, not one quoted before', () => {
    expect(
      speakersOf(
        '“We have secured an understanding,” Pentagon press secretary Peter Cook said.',
        'Negotiations over the drone came as President-elect Trump accused China of stealing the research device.',
        '“China steals United States Navy research drone in international waters,” he tweeted Saturday morning.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Peter Cook', 'Trump']);
  });

  it('reads a participle opening a quotation (`“Knowing Chinese military officials …`) as no given name, so that no one called `Chinese` speaks elsewhere', () => {
    expect(
      speakersOf(
        'China will return an underwater drone it seized, the Pentagon said.',
        'Chinese military leaders “expressed regret” over the incident but slammed American leaders for overreacting.',
        '“Knowing Chinese military officials for many years, this was very likely a planned move,” Harry Kazianis told The Hill.',
      ).map(([, speaker]) => speaker),
    ).not.toContain('Knowing Chinese');
  });

  it('reads `the Centers for Disease Control and Prevention` as one body’s name, with its plural head and its two words before `and`', () => {
    expect(
      speakersOf(
        'Americans should stop “shaking hands,” according to the Centers for Disease Control and Prevention.',
        '“Use other non-contact methods of greeting,” the Department of Health and Human Services said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Centers for Disease Control and Prevention', 'Department of Health and Human Services']);
  });

  it('gives words after a colon to the author of the document named before it (`… in a blog post by Twitter execs:`), not to `Further` opening the sentence', () => {
    expect(
      speakersOf(
        'Twitter has faced criticism over the number of bots on the platform.',
        'Further details were illustrated in a blog post by Twitter execs: “Our systems identified and challenged more than 9.9 million potentially spammy accounts per week.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Twitter execs']);
  });

  it('reads `police said` and `state police noted` as the police speaking, a plural without an `s`', () => {
    expect(
      speakersOf(
        'Eric Frein was found at an abandoned airplane hangar.',
        'He was clean-shaven and “healthier than expected,” police noted.',
        '“He had been there for days,” state police said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['police', 'state police']);
  });

  it('reads `who` after a body that ends a name’s apposition (`Nam Sung-wook, a North Korea expert at Seoul’s Korea University who termed`) as that name', () => {
    expect(
      speakersOf(
        'Kim Jong Un has not been seen in public since April 11.',
        '“He could very well be OK,” said Nam Sung-wook, a North Korea expert at Seoul’s Korea University who termed the situation the “Achilles’ heel of international politics in Northeast Asia.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Nam Sung-wook', 'Nam Sung-wook']);
  });

  it('reads the gender of an accented first name (`Raúl`) from its unaccented form, so that `she` passes him by', () => {
    expect(
      speakersOf(
        'Maria Lopez won the primary by a wide margin.',
        '“We need bold members,” said Rep. Raúl Grijalva.',
        '“So much for that,” she added.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Raúl Grijalva', 'Maria Lopez']);
  });

  it('gives a participle after `and` (`… and telling her to “chill.”`) to the sentence’s subject, not to the subject of a clause after an earlier quotation', () => {
    expect(
      speakersOf(
        'Greta Thunberg said she was not bothered.',
        'Trump has come after the teen before, tweeting that it is “so ridiculous” that Thunberg was selected as person of the year and telling her to “chill.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Trump', 'Trump']);
  });

  it('reads `Yes,` opening a sentence as no name, and a role of two words in lower case before the subject (`wrestling legend Ric Flair`)', () => {
    expect(
      speakersOf(
        'The tweet even struck a nerve with another man known for his hair.',
        'Yes, wrestling legend Ric Flair woke up early and entered the fray, leaping off the top turnbuckle and saying, “To be the man, you gotta beat the man!”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ric Flair']);
  });

  it('reads `Team Biden` as a body, capitals before donors (`Texas Trump donors`) as modifying them, and capitals filling a quotation (`"Dump Trump"`) as no one’s name, so that each surname stays its own person’s', () => {
    const speakers = speakersOf(
      'But that has not happened yet, and Team Biden feels the former vice president weathered a test.',
      '“They think they had a really good week,” Biden said.',
      'Protesters held placards saying "Dump Trump".',
      'Joaquin Castro posted a list of Texas Trump donors and their place of business.',
      '"It is a target list," Trump said.',
    ).map(([, speaker]) => speaker);
    expect(speakers).toEqual(['Biden', 'Protesters', 'Trump']);
  });

  it('reads `order` before a verb of speech as a noun (`the extended order says`), and `Multiple` opening a sentence as no name', () => {
    expect(
      speakersOf(
        'Gov. J.B. Pritzker extended the stay-at-home order.',
        '“Religious organizations are encouraged to use online services,” the extended order says.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['the extended order']);
    expect(
      speakersOf('Multiple strategists and campaign officials said that if Warren is a threat to Biden, praising Sanders as “honest” would help.').map(([, speaker]) => speaker),
    ).not.toContain('Multiple');
  });

  it('gives the items of a list, with no full stop of their own, to whoever said the words that introduce it (`Mr Trump also said in the news conference:`), but not what a country `agreed to:`', () => {
    expect(
      speakersOf(
        'Theresa May and Donald Trump met at Chequers.',
        'Mr Trump also said in the news conference:',
        'Mrs May had done "a very good job" in getting the negotiations to this point',
        'Brexit "will happen and it probably should happen" because the UK is "a great, great country"',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Donald Trump', 'Donald Trump', 'Donald Trump']);
    expect(
      speakersOf(
        'In a joint declaration, the two countries said Mexico would take "unprecedented steps" on migration.',
        'Under the deal, Mexico agreed to:',
        'Take "decisive action" to tackle human smuggling networks',
      ).map(([, speaker]) => speaker),
    ).not.toContain('Mexico');
  });

  it('reads a party tag set off by commas, with or without a space after its hyphen (`Sen. Charles Schumer, D- N.Y., said`), as no name of its own', () => {
    const speakers = speakersOf(
      'Sen. Charles Schumer, D- N.Y., said that the NRA leader is “so extreme and so tone deaf.”',
      'But Sen. Lindsey Graham, R- S.C., said killers such as Lanza were “non-traditional criminals.”',
      'After Sen. Klobuchar, D-Minn., spoke earlier in the rally, Biden sought to draw a contrast, saying the White House lacks "empathy and decency."',
    ).map(([, speaker]) => speaker);
    expect(speakers.slice(0, 2)).toEqual(['Charles Schumer', 'Lindsey Graham']);
    expect(speakers).not.toContain('D-Minn');
  });

  it('reads `No` opening a run of capitals (`"No Trump, No KKK"`) as no part of a name, so that no one called `No Trump` takes Trump’s words', () => {
    expect(
      speakersOf(
        'One person hoisted a sign that read, "No Trump, No KKK, No Fascist USA!"',
        'President Donald Trump threw a spotlight on the confrontation by tweeting that the city is "being watched very closely."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Donald Trump']);
  });

  it('reads `said via Twitter,` as no speaker after the cue, a party tag of two words (`D-New York`) as none either, and `other states` before a quotation as a noun, not a cue', () => {
    expect(
      speakersOf(
        'House Judiciary Chairman Jerrold Nadler, D-New York, said via Twitter, "It is time for Congress to honor his sacrifice."',
        'Dan Becker, the director of the Safe Climate Campaign, said the attack on California and other states "threatens to make America polluted again."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Jerrold Nadler', 'Dan Becker']);
  });

  it('reads a long description with a participle after its person (`a senior Republican operative working with the campaign’s small-dollar fundraising operation, told Politico`) as the speaker, not whom it told', () => {
    expect(
      speakersOf(
        'Romney pulled in less than $64 million from small donors, The Wall Street Journal reported.',
        '“I’ve never seen anything like this,” a senior Republican operative working with the campaign’s small-dollar fundraising operation, told Politico.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['a senior Republican operative working with the campaign’s small-dollar fundraising operation']);
  });

  it('reads someone brought in with an age alone (`One woman on the move is Haso Bultum, 27.`) as a person, whom `she` then stands for rather than the speaker before', () => {
    expect(
      speakersOf(
        '“Even with interventions, the situation is getting worse,” said Eyoel Lemma, who works at a charity in Fentale.',
        'One woman on the move is Haso Bultum, 27. After hours of walking in the sun, she reached a clinic with her twins.',
        '“It’s very hard. I’ve had no sleep,” she said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Eyoel Lemma', 'Haso Bultum']);
  });

  it('keeps the surname alone for the one the article never names in full when every full name of it is kin (`Lara Trump, the president’s daughter-in-law`, `first lady Melania Trump`)', () => {
    expect(
      speakersOf(
        'President Trump early Friday lashed out at the media.',
        'Trump campaign manager Brad Parscale apologized for an email the campaign sent.',
        'Lara Trump, the president’s daughter-in-law and senior adviser to his campaign, signed the email.',
        'Trump and first lady Melania Trump also condemned the packages.',
        '“We have to unify,” President Trump said.',
        '“We will get to the bottom of it,” he added.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Trump', 'Trump']);
  });

  it('gives a lead’s office of a named person (`President Donald Trump’s personal attorney said`) to the one the next paragraph names, and reads `the Proud Boys` as a group, no one `he` stands for', () => {
    expect(
      speakersOf(
        'President Donald Trump\'s personal attorney said the commander-in-chief "probably does" have the power to pardon himself.',
        'In an interview Sunday with ABC News, Rudy Giuliani discussed the investigation.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rudy Giuliani']);
    expect(
      speakersOf(
        'A heavy police presence largely kept members of the Proud Boys and other far-right groups separated from anti-fascist activists.',
        'Joe Biggs, a former InfoWars staffer who organized the far-right rally along with the head of the alt-right Proud Boys, told KGW that his side made its point.',
        '“We came in, we just did a march peacefully,” he said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Joe Biggs']);
  });

  it('gives what someone calls themselves (`self-described "democratic socialist" Sen. Bernie Sanders`) to them, and reads `blamed` as a cue (`Corey Lewandowski who blamed "political correctness run amok"`)', () => {
    expect(
      speakersOf(
        'The party establishment rallied behind Biden to challenge the frontrunner and self-described "democratic socialist" Sen. Bernie Sanders, I-Vt.',
        'It was instead Trump\u2019s recently-ousted campaign manager Corey Lewandowski who blamed "political correctness run amok" for the outcry.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Bernie Sanders', 'Corey Lewandowski']);
  });

  it('gives a statement that opens the sentence (`In a statement, the army said`) to the body the sentence describes, when no name issues it, for `the statement said` after', () => {
    expect(
      speakersOf(
        'At least 20 soldiers have been killed in a face-off over a disputed border, the Indian army has said.',
        'In a statement, the army said on Tuesday that 17 injured troops died of their wounds.',
        'The troops died "in the line of duty at the stand-off location", the statement said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['the army']);
  });

  it('reads roles joined by `and` before a name that a body follows (`said climate researcher and author Richard Heede at the Climate Accountability Institute`)', () => {
    expect(
      speakersOf(
        'The analysis was welcomed by the former Vice President Al Gore as a “crucial step forward.”',
        '“There are thousands of oil, gas, and coal producers in the world,” said climate researcher and author Richard Heede at the Climate Accountability Institute in Colorado.',
      ).map(([, speaker]) => speaker),
    ).toContain('Richard Heede');
  });

  it('reads `was cited as saying` after a quotation as second-hand speech of the one cited (`“…,” Kremlin spokesman Dmitry Peskov was cited as saying by Interfax`)', () => {
    expect(
      speakersOf('“A couple more hours for useful meetings,” Kremlin spokesman Dmitry Peskov was cited as saying by Russian news agency Interfax.').map(([, speaker]) => speaker),
    ).toEqual(['Dmitry Peskov']);
  });

  it('gives no words to the outlet that obtained a document (`according to a copy obtained by BuzzFeed News`)', () => {
    expect(
      speakersOf('A memo from the health department, according to a copy obtained by BuzzFeed News, details guidelines on timeliness (“Nothing can fall through the cracks”).').map(
        ([, speaker]) => speaker,
      ),
    ).not.toContain('BuzzFeed News');
  });

  it('reads two roles joined by `and` opening the sentence (`Writer and Baptist preacher Alan Cross rebuked …, saying`) as no part of the name', () => {
    expect(
      speakersOf('Writer and Baptist preacher Alan Cross similarly rebuked the Times for its article, saying the reporting is “inaccurate.”').map(([, speaker]) => speaker),
    ).toEqual(['Alan Cross']);
  });

  it('keeps where people in the plural are with their description (`Residents of Paradise posted …, saying`)', () => {
    expect(speakersOf('Residents of Paradise posted photos of the debris, saying they were “heartbroken.”').map(([, speaker]) => speaker)).toEqual(['Residents of Paradise']);
  });

  it('reads the parties of a case or a contest (`Pence v. Kaine`) as no one named in the quotation, so that `he` may still be Kaine', () => {
    expect(
      speakersOf(
        'Robert Barnett, a Washington lawyer, has prepared candidates for debates. Tim Kaine told CBS it is new for him to defend someone else.',
        '"This is a different one because it is not really Pence v. Kaine," he said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Tim Kaine']);
  });

  it('reads a nation’s media by its adjective (`according to North Korean state media`, `Chinese state media warned`) as the media, with `state` no cue', () => {
    expect(
      speakersOf(
        'Kim Jong Un decided not to fire missiles at Guam, reserving the right to change his mind if “the Yankees persist in their reckless actions,” according to North Korean state media.',
        'Chinese state media warned of “consequences.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['North Korean state media', 'Chinese state media']);
  });

  it('gives a statement that opens its sentence to the body named inside the description that speaks (`In a statement, the Chicago Police News Affairs office said`)', () => {
    expect(
      speakersOf(
        'Video tweeted from reporters and demonstrators shows multiple physical confrontations.',
        'In a statement, the Chicago Police News Affairs office said it was not aware of the incident.',
        '“The Chicago Police Department strives to treat all individuals with respect,” according to the statement.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Chicago Police News Affairs']);
  });

  it('reads a verb with its `n’t` after a capitalised subject (`The Kremlin hasn’t been notified`) as no part of a description', () => {
    expect(
      speakersOf('The Kremlin hasn’t been officially notified of the decision, but such a move would free up “a couple more hours for useful meetings.”').map(([, speaker]) => speaker),
    ).not.toContain('The Kremlin hasn’t');
  });

  it('reads a middle initial after a cue as part of the name (`said California Rep. Adam B. Schiff, the top Democrat`)', () => {
    expect(
      speakersOf('“He needs to make the case directly to the American people,” said California Rep. Adam B. Schiff, the top Democrat on the committee.').map(([, speaker]) => speaker),
    ).toEqual(['Adam B. Schiff']);
  });

  it('reads `based in Philadelphia` set off by commas as an aside, not who spoke (`Harberson, based in Philadelphia, said …`)', () => {
    expect(
      speakersOf(
        '“The class of 2021 will be the most affected,” said Sara Harberson, a former admissions dean. Harberson, based in Philadelphia, said many juniors take the tests this season. “All of these students are stressed.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Sara Harberson', 'Sara Harberson']);
  });

  it('gives words someone is to say (`…,” Biden was due to say, according to an advance copy of his speech`) to them', () => {
    expect(
      speakersOf('"Not far at all," Biden was due to say, according to an advance copy of his speech.', '"This president has fanned the flames."').map(([, speaker]) => speaker),
    ).toEqual(['Biden', 'Biden']);
  });

  it('reads whom words are told before a colon (`Kerry expanded on his theme, telling ABC News’ George Stephanopoulos:`) as no speaker, and `as one aide described it` as a cue', () => {
    expect(
      speakersOf(
        'Before leaving Geneva, Kerry expanded on his theme, telling ABC News\u2019 George Stephanopoulos: "In 2003, Iran made an offer."',
        'Photos came down, turning neat rows into a mess \u2014 \u201csplattered,\u201d as one aide described it.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Kerry', 'one aide']);
  });

  it('gives a headline’s words to the outlet that ran it (`NBC News dropped … “…,” the original headline read`)', () => {
    expect(
      speakersOf('NBC News dropped what the network hyped as a big story last week. “Manafort Notes Contain Cryptic Reference to Donations,” the original headline read.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['NBC News']);
  });

  it('gives `Mrs. Clinton` to the woman of two namesakes, not to the later one whose first name both lists hold (`Bill`)', () => {
    expect(
      speakersOf(
        'As her book hit the shelves, Hillary Rodham Clinton was mocked for her claim.',
        'Mrs. Clinton told ABC News that she and former President Bill Clinton were “dead broke” when they left.',
        '“Everything in life has to be put into context,” Mrs. Clinton said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Hillary Rodham Clinton', 'Hillary Rodham Clinton']);
  });

  it('gives `Mr Blair` to the namesake who is no knight (`Sir Ian Blair`, then `Tony Blair`)', () => {
    expect(
      speakersOf(
        'Sir Ian Blair said terror groups would remember Madrid.',
        'The comments come after Tony Blair defended his plans. Sir Ian told a meeting it would be "unwise" to speculate.',
        'But Mr Blair insisted: "There is no greater civil liberty than to live free from terrorist attack."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ian Blair', 'Tony Blair']);
  });

  it('reads `…,” Obama called out to Republicans` as Obama speaking (to call out is to shout), whom `he` then stands for', () => {
    const { quotations } = analyseQuotes([
      article('a', [
        'President Barack Obama ripped into Sen. Mitch McConnell on Friday.',
        '“Here’s our program,” Obama called out to Republicans. “What’s yours?”',
        '“Sky hasn’t fallen,” he said.',
      ]),
    ]);
    expect(quotations.map((quotation) => [quotation.speaker, quotation.mention, quotation.cue])).toEqual([
      ['Barack Obama', 'Obama', 'called'],
      ['Barack Obama', 'he', 'said'],
    ]);
  });

  it('gives no words to whom they were said to before a colon (`… and implored to Cardinal Timothy Dolan: “…”`), with the subject before an earlier quotation', () => {
    expect(
      speakersOf(
        'As laughter filled the room Donald Trump speculated he was in "trouble" with his wife for the joke, and implored to Cardinal Timothy Dolan: "Cardinal, please speak to her."',
        'The crowd stayed with Trump while he ticked down a list of what he called "corny" jokes.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Donald Trump', 'Donald Trump', 'Donald Trump']);
  });

  it('reads a speaker heard or seen saying it after the quotation (`…,” a German archbishop, Georg Gänswein, could be overheard joking to Trump`)', () => {
    expect(
      speakersOf(
        'Trump was led into the frescoed halls of the Vatican.',
        '“It’s not like Trump Tower in New York,” a German archbishop, Georg Gänswein, could be overheard joking to Trump as the entourage shuffled into an elevator.',
        '“I am glad,” Gänswein was heard to say.',
      ),
    ).toEqual([
      ['It’s not like Trump Tower in New York', 'Georg Gänswein'],
      ['I am glad', 'Georg Gänswein'],
    ]);
  });

  it('gives a document put on a platform to whom it came from, not to the platform (`a Facebook statement from his family`, `said in a Facebook post`)', () => {
    expect(
      speakersOf(
        'Luis Alvarez died on Saturday, his death announced in a Facebook statement from his family.',
        '"We told him at the end that he had won this battle," the statement said.',
        'Acme Corp said in a Facebook post that it would close its plant.',
        '"We are sad," the post said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['his family', 'Acme Corp']);
  });

  it('reads `Chairman` as a title, and `Chairman Kim` and `Kim` as `Kim Jong Un`, a Korean name written family name first and apart', () => {
    expect(
      speakersOf(
        'Pompeo met with Kim Jong Un for two hours.',
        '"Had a good trip to meet with Chairman Kim," Pompeo said.',
        '"So is everything OK?" Kim asked through an interpreter.',
        'House Judiciary Committee Chairman Jerrold Nadler spoke next. "This is a sham," Chairman Nadler said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Pompeo', 'Kim Jong Un', 'Jerrold Nadler']);
  });

  it('reads `…,” the Times quotes him as saying` as the one `him` stands for', () => {
    expect(
      speakersOf(
        'Rudy Giuliani, Mr Trump\'s lawyer, spoke to the New York Times on Friday.',
        '"In the big scheme of things, it\'s powerful exculpatory evidence," the Times quotes him as saying.',
      ),
    ).toEqual([['In the big scheme of things, it\'s powerful exculpatory evidence', 'Rudy Giuliani']]);
  });

  it('reads one described whom a text quoted as saying (`State television quoted an unnamed source as saying`, `a patient was quoted as saying`)', () => {
    expect(
      speakersOf(
        'Patients were moved on Sunday night.',
        'In The Indian Express report, a patient was quoted as saying, "The names of 28 men were called out."',
        'State television quoted an unnamed Guards source in the region as saying that "no threatening message was transmitted" in the incident.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['a patient', 'an unnamed Guards source in the region']);
  });

  it('reads past a party tag between a name and its participle (`with Whip Steny Hoyer, D-Md., saying`)', () => {
    expect(
      speakersOf('Democrats slammed the plan, with Steny Hoyer, D-Md., saying it relies on "spurious budget trickery."').map(([, speaker]) => speaker),
    ).toEqual(['Steny Hoyer']);
  });

  it('reads no cue word inside a relative clause set off by commas as the end of the subject (`Rep. Jim Clyburn, who had the tweet read to him during an interview on CNN, said:`)', () => {
    expect(
      speakersOf('Rep. Jim Clyburn, D-S.C., who had the tweet read to him during an interview on CNN, said: "That is one word no president ought to apply to himself."').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Jim Clyburn']);
  });

  it('reads `defended … as “…”` as speech (`Sen. Lindsey Graham of South Carolina, defended the president’s word choice as “pretty well accurate.”`)', () => {
    expect(
      speakersOf('Another Republican, Sen. Lindsey Graham of South Carolina, defended the president\'s word choice as "pretty well accurate." He told reporters it was a "sham."').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Lindsey Graham', 'Lindsey Graham']);
  });

  it('reads a screen name as who posted (`user christopha710 posted`, `wrote calin75`, `tweeted @XboxSupport`)', () => {
    expect(
      speakersOf(
        '"@AskPlayStation has been tweeting that for hours," user christopha710 posted on the forum.',
        '"This is so frustrating," wrote calin75.',
        '"We are looking into it," tweeted @XboxSupport.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['christopha710', 'calin75', '@XboxSupport']);
  });

  it('reads `“…,” Tapper began.` and `Phillip followed up, “…”` as speech, not `BT will begin enforcing`', () => {
    expect(
      speakersOf(
        'CNN moderator Jake Tapper spoke with Rep. Ilhan Omar on Sunday. Omar has spoken often.',
        '"You have talked about dismantling the department," Tapper began. "What takes its place?"',
        'Moderator Abby Phillip pressed Sen. Bernie Sanders. "So Sen. Sanders, I do want to be clear here," Phillip followed up, "you are saying that?"',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Jake Tapper', 'Abby Phillip']);
    expect(
      analyseQuotes([article('bt', ['"The allowances are extremely generous," said Mr Ingram "For what we are seeing they are really not an issue." BT will begin enforcing the allowances in the summer.'])]).quotations.map(
        (quotation) => quotation.cue,
      ),
    ).toEqual(['said']);
  });

  it('goes on with one of the people who acted, brought in by `including` (`Other Republicans criticized the resolution, including Kevin McCarthy`), not one of those acted on (`met with Arab leaders, including King Abdullah`)', () => {
    const last = (...paragraphs: string[]): string | undefined => speakersOf(...paragraphs).at(-1)?.[1];
    expect(
      last(
        'Sen. Lindsey Graham said the inquiry was a sham. "It is a disgrace," Graham said.',
        'Other Republicans criticized the resolution, including House Minority Leader Kevin McCarthy (R-Calif.).',
        '"They have turned the committee into the Impeachment Committee," he said in a statement.',
      ),
    ).toBe('Kevin McCarthy');
    expect(
      last(
        'President Donald Trump spoke in Riyadh. "We are not here to lecture," Trump said.',
        'Trump has already met with a number of Arab leaders, including King Abdullah of Jordan.',
        '"So Hillary thinks they are funding ISIS," he said.',
      ),
    ).toBe('Donald Trump');
  });

  it('gives what someone’s comments amounted to to who says so (`Pelosi said that DeVos’ comments amounted to “malfeasance”`), and the epithet after to her', () => {
    expect(
      speakersOf(
        'Education Secretary Betsy DeVos spoke on Sunday.',
        'House Speaker Nancy Pelosi said on CNN that DeVos\' comments amounted to "malfeasance and dereliction of duty."',
        '"This is appalling," said the California Democrat.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Nancy Pelosi', 'Nancy Pelosi']);
  });

  it('reads past an absolute phrase of `with` and a participle before the subject after a quotation (`“…” with large numbers of Republicans defecting, Sen. John Cornyn, R-Texas, …, said`)', () => {
    expect(
      speakersOf(
        'Sen. Rand Paul spoke first.',
        '“They’d like to win and short of that they don’t want a jailbreak” with large numbers of Republicans defecting, Sen. John Cornyn, R-Texas, an adviser to Senate GOP leadership, said of the lobbying effort.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['John Cornyn']);
  });

  it('reads a body’s name with `of`, a role and a name after the cue as the name (`said U.S. Chamber of Commerce spokeswoman Blair Latoff Holmes`), not `Cara Diemont of IT firm Dimension Data`', () => {
    expect(
      speakersOf(
        '"Republicans will have an opportunity," said U.S. Chamber of Commerce spokeswoman Blair Latoff Holmes.',
        '"Overall I see a low risk of recession," said Bank of Japan chief Toshihiko Fukui.',
        '"Customers are getting used to it," says Cara Diemont of IT firm Dimension Data, which commissioned the survey.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Blair Latoff Holmes', 'Toshihiko Fukui', 'Cara Diemont']);
  });

  it('gives a participle’s words to no name that only says where it happens (`A crowd gathered outside the gates of the White House shouting, “…”`), still to one it is footage of', () => {
    expect(speakersOf('A crowd gathered outside the gates of the White House shouting, “Si se pudo!”').map(([, speaker]) => speaker)).not.toContain('White House');
    expect(speakersOf('The footage of Hillary Clinton asking, "Why not?" was shown.').map(([, speaker]) => speaker)).toEqual(['Hillary Clinton']);
  });

  it('reads `the judge` as the one titled `Judge` before one titled `Justice` named since (`Judge Allison Burroughs` … `Justice Brett Kavanaugh`), and a justice when no judge is named', () => {
    expect(
      speakersOf(
        'Judge Allison Burroughs ruled Tuesday.',
        'He was succeeded last year by Justice Brett Kavanaugh, whose record is more conservative.',
        '"Further, there is no evidence of any discriminatory animus," the judge wrote.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Allison Burroughs']);
    expect(speakersOf('Ontario Superior Court Justice Alexander Sosna sentenced him.', '"It was a serious crime," the judge said.').map(([, speaker]) => speaker)).toEqual([
      'Alexander Sosna',
    ]);
  });

  it('reads a long office in capitals after the cue as its holder’s (`said Cleveland County District Court Judge Thad Balkman`)', () => {
    expect(
      speakersOf('Oklahoma Attorney General Mike Hunter spoke first.', '"It must be abated immediately," said Cleveland County District Court Judge Thad Balkman.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Thad Balkman']);
  });

  it('reads a town and its AP state set off by commas before a noun as one description (`Michelle Barnes, the Golden, Colo., woman who brought Marburg to the US, wrote`)', () => {
    expect(
      speakersOf('“I don’t fear an outbreak here,” Michelle Barnes, the Golden, Colo., woman who brought Marburg to the US, wrote in the Dallas Morning News.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Michelle Barnes']);
  });

  it('gives `she` to the one of two who act in the sentence before whose gender is known, not to a first one whose first name both lists hold (`Bernie`)', () => {
    expect(
      speakersOf(
        'Bernie Sanders and Elizabeth Warren met in December 2018.',
        'Sanders vehemently denied the story, but Warren issued a statement essentially confirming it. "I thought a woman could win," she wrote.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Elizabeth Warren']);
  });

  it('reads a post with a word for its rank, set off after a surname, as that person\'s role (`Zhao, deputy director of China’s Foreign Ministry Information Department, said`)', () => {
    expect(
      speakersOf(
        'Chinese senior official Lijian Zhao tweeted on March 12.',
        '“It may be that the US military brought the epidemic to Wuhan,” Zhao, deputy director of China’s Foreign Ministry Information Department, said in the tweet.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Lijian Zhao']);
  });

  it('reads a role in capitals after a body’s name and before a name no list knows as no part of it (`White House Counselor Kellyanne Conway`), so `she added` is hers', () => {
    expect(
      speakersOf(
        'Trump seeks to broker a historic nuclear pact with leader Kim Jong Un.',
        'White House Counselor Kellyanne Conway said on "Fox News Sunday" that the administration will continue its "maximum pressure campaign," but she added that "the president will always consider his options."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Kellyanne Conway', 'Kellyanne Conway']);
  });

  it('gives words reported in the sentence to who is said to have said them, not to the source after them (`Ri said the offer “lacks sincerity,” according to the unnamed official`)', () => {
    expect(
      speakersOf(
        'North Korean Foreign Minister Ri Yong Ho met his counterpart on Monday.',
        'Ri said the offer “lacks sincerity,” according to the unnamed official.',
        'Trump was rushed off stage after someone near the stage had shouted “Gun!,” according to the Secret Service.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ri Yong Ho', 'Secret Service']);
  });

  it('reads a first name and a word that names places elsewhere (`Park`) as a person’s name when a role is set off after it, whom `He` then stands for', () => {
    expect(
      speakersOf(
        '“We’re not going to give someone a specific number of days,” Tillerson said.',
        'North Korea is likely to continue pursuing tests, according to John Park, director of the Korea Working Group at Harvard Kennedy School. He called the sanctions “too little, too late” to cut off financing for the nuclear program.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Tillerson', 'John Park']);
  });

  it('reads a description of whom one speaks for, however long, as the subject before an apposition (`A spokeswoman for Democratic Sen. Max Baucus of Montana, one of the Democrats to vote against it, told CNN`)', () => {
    expect(
      speakersOf(
        'A spokeswoman for Democratic Sen. Max Baucus of Montana, one of the more high-profile Democrats to vote against the provision, told CNN that if such a bill were to come up, "Max will evaluate it based on the feedback he gathers."',
        'But she also said that in his first vote, "Montanans told Max loud and clear they didn\'t support new gun controls."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['A spokeswoman for Democratic Sen. Max Baucus of Montana', 'A spokeswoman for Democratic Sen. Max Baucus of Montana']);
  });

  it('reads `led by X` set off after a body as an aside, so the body speaks (`The committee, led by Chairman Bennie Thompson (D-Miss.), wrote`)', () => {
    expect(
      speakersOf(
        'The House Homeland Security Committee requested in a letter released Monday that officials provide more information.',
        'The committee, led by Chairman Bennie Thompson (D-Miss.), wrote that it has “serious concerns” about the statements.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['House Homeland Security Committee']);
  });

  it('reads a campaigning group named for who its members are and what for as one body (`Democracy for America`, `Americans for Prosperity`)', () => {
    expect(
      speakersOf(
        '"You both are progressive champs," Democracy for America, a left-wing group, tweeted on Monday.',
        '"The tax cuts work," Americans for Prosperity said in a statement.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Democracy for America', 'Americans for Prosperity']);
  });

  it('reads a name’s office or campaign opening the sentence as who speaks through a participle (`Mr. Reid’s office brushed off the attack, saying`)', () => {
    expect(
      speakersOf(
        'Senate Majority Leader Harry Reid was named in the ad.',
        'Mr. Reid’s office brushed off the attack, saying it showed “Republicans’ blind obedience to the shadowy billionaire Koch brothers.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Mr. Reid’s office']);
  });

  it('reads someone described by party after a cue that opens the sentence, or after `a` or `one`, as that description (`Added a South Carolina Republican, “…”`, `said one Democrat`)', () => {
    expect(
      speakersOf(
        '"Bush was hurt tonight," said one Democrat.',
        'Added a South Carolina Republican, "Tonight\'s performance will do nothing to stop the downward spiral."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['one Democrat', 'a South Carolina Republican']);
  });

  it('gives the words of `the conservative lawmaker`, a role the article gave no one, to the one reported just before', () => {
    expect(
      speakersOf(
        'The chairman of the Freedom Caucus, Rep. Mark Meadows (R-N.C.), had worked closely with both Priebus and Bannon.',
        'In an interview, Meadows acknowledged that their departures are "not seen as a positive for conservatives."',
        '“I have found John Kelly very willing to discuss issues,” the conservative lawmaker said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Mark Meadows', 'Mark Meadows']);
  });

  it('reads `the paper` as a newspaper whose title ends in a word for one after a hyphen or one of several more (`The Courier-Journal`, `The Plain Dealer`)', () => {
    expect(
      speakersOf(
        'The governor signed 428 pardons, according to The Courier-Journal. The paper notes, "The beneficiaries include one offender."',
        'The mayor resigned, The Plain Dealer reported. "He had no choice," the paper said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Courier-Journal', 'Plain Dealer']);
  });

  it('reads a name, then `who is` with no comma before it, as the one who speaks (`Atkinson who is now the founder of Atkinson Capital, said`)', () => {
    expect(
      speakersOf(
        'Former bundler Eugene Atkinson is still moping over the election.',
        '"It\'s really funny," Atkinson who is now the founder and managing director of Atkinson Capital, said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Eugene Atkinson']);
  });

  it('reads `The police chief acknowledged …, but said, “…”` as the chief speaking (a title word for one who heads something), not a `he` in the clause', () => {
    expect(
      speakersOf(
        'Charlotte-Mecklenburg Police Chief Kerr Putney said Thursday that releasing the footage could undermine the investigation.',
        '"He did not aggressively approach them," Justin Bamberg, an attorney for Scott\'s family, said in a statement.',
        'The police chief acknowledged that he has promised transparency in the investigation, but said, "I\'m telling you right now, that is not the transparency I\'m speaking of."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Justin Bamberg', 'Kerr Putney']);
  });

  it('reads a name that an apposition and an auxiliary follow as acting (`Lewis, senior pastor at Middle Collegiate Church, doesn’t see`), so `she says` next is hers', () => {
    expect(
      speakersOf(
        'The Rev. Jacqui Lewis was filled with an unexpected emotion.',
        '“I was surprised,” Pastor Holly Sortland says.',
        'Lewis, senior pastor at Middle Collegiate Church in Manhattan, doesn’t see her message as a call to disengage. In fact, “we are now in the resistance movement,” she says.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Holly Sortland', 'Jacqui Lewis']);
  });

  it('gives what a body is said to believe, in someone’s reported speech, to the one reporting it (`Milley added that the Pentagon believes that Iran fired with the intent “to kill personnel.”`)', () => {
    expect(
      speakersOf('Gen. Mark Milley briefed reporters.', 'Milley added that the Pentagon believes that Iran fired the missiles with the intent “to kill personnel.”').map(([, speaker]) => speaker),
    ).toEqual(['Mark Milley']);
  });

  it('gives `It notes` to a body by its initials that spoke in the paragraph before, not to a region named there (`the UN refers to “…” in the Donetsk and Luhansk regions. ¶ It notes that “…”`)', () => {
    expect(
      speakersOf(
        'In its actual report, the UN refers to a "total breakdown in law and order" under rebel control in the Donetsk and Luhansk regions.',
        'It notes that "cases of serious abuses continued to be reported".',
      ).map(([, speaker]) => speaker),
    ).toEqual(['UN', 'UN']);
  });

  it('reads `the department said` as the body, not as one whose title holds its name (`State Department Inspector General Stephen Linick`)', () => {
    expect(
      speakersOf(
        'State Department Inspector General Stephen Linick, the department’s independent watchdog, is free to investigate.',
        '“Secretary Kerry affirmatively asked for a review,” the department said in a statement to The Times.',
      ).map(([, speaker]) => speaker),
    ).not.toContain('Stephen Linick');
  });

  it('gives `the letter added` to the body that `said in the letter` before, not to one who signed it', () => {
    expect(
      speakersOf(
        'The House Homeland Security Committee wrote to the department on Monday, and Chairman Bennie Thompson signed the letter.',
        '“We must be sure that rights are protected,” the committee said in the letter.',
        '“The stakes are enormous,” the letter added.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['House Homeland Security Committee', 'House Homeland Security Committee']);
  });

  it('gives a name a gender from a gendered role in its apposition, and reads it acting past a second apposition of whom the role is for (`AshLee Strong, a spokeswoman for the House speaker, Paul Ryan, said …. “…,” she said.`)', () => {
    expect(
      speakersOf(
        'Hillary Clinton spoke on Monday.',
        'AshLee Strong, a spokeswoman for the House speaker, Paul Ryan, said the top Republican did not agree. “Our democracy relies on confidence,” she said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['AshLee Strong']);
  });

  it('reads an office in capitals whose `of` runs on (`Republican Secretary of State of the Commonwealth of Kentucky Michael G. Adams tweeted`) as the name after it speaking', () => {
    expect(
      speakersOf('“This is disgusting and I condemn it,” Republican Secretary of State of the Commonwealth of Kentucky Michael G. Adams tweeted.').map(([, speaker]) => speaker),
    ).toEqual(['Michael G. Adams']);
  });

  it('reads `with X (D-N.Y.) saying` as X speaking, past the party tag in brackets', () => {
    expect(
      speakersOf(
        'Senate Democratic leaders this week tried to tamp down expectations, with Minority Leader Charles Schumer (D-N.Y.) saying the procedural options for Democrats “are not that large.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Charles Schumer']);
  });

  it('reads `X, when asked by reporters whether he still “loves” WikiLeaks, said that he knows “…”` as X speaking: the question is an aside whose quoted word is the askers’, and the name after it ends its clause', () => {
    expect(
      speakersOf('President Donald Trump, when asked by reporters in the Oval Office whether he still "loves" WikiLeaks, said that he knows "nothing about Wikileaks."').map(([, speaker]) => speaker),
    ).toEqual(['reporters', 'Donald Trump']);
  });

  it('reads a town and its AP state set off by commas before a paper named for the town as one description (`writes Scranton, Pa., Times-Tribune columnist Chris Kelly`)', () => {
    expect(speakersOf('“He was there all along, just like state police said,” writes Scranton, Pa., Times-Tribune columnist Chris Kelly.').map(([, speaker]) => speaker)).toEqual([
      'Chris Kelly',
    ]);
  });

  it('reads a long description of a source `close to` someone as who speaks (`a source close to the 2012 GOP vice presidential nominee calls those rumors “…”`)', () => {
    expect(
      speakersOf('There was no mention of Ryan’s name, but a source close to the 2012 GOP vice presidential nominee calls those rumors "baseless and unfounded."').map(([, speaker]) => speaker),
    ).toEqual(['a source close to the 2012 GOP vice presidential nominee']);
  });

  it('reads a long description of an official `familiar with` something as who speaks, not one named before (`A government official familiar with Trump’s interactions with foreign leaders said, “…”`)', () => {
    expect(
      speakersOf('Sean Spicer spoke on Monday.', 'A government official familiar with Trump’s interactions with foreign leaders said, "His interactions are naive."').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['A government official familiar with Trump’s interactions with foreign leaders']);
  });

  it('reads `the pontiff` as the one titled Pope (`Pope Francis`), as `the judge` is a justice', () => {
    expect(
      speakersOf('The latest twist started when Pope Francis ordered a raid. Enrico Preziosi, a businessman, spoke too.', '“When the money arrives, what do I do?” the pontiff said.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Francis']);
  });

  it('takes `Former` and a place before a role in lower case for no one’s name (`Former Michigan governor Jennifer Granholm`)', () => {
    const names = scanNames('Former Michigan governor Jennifer Granholm is also working for the state campaign.', 0, () => false).map((mention) => mention.bare);
    expect(names).toEqual(['Jennifer Granholm']);
  });

  it('reads no cue in a relative clause after a quotation as its attribution (`telling “lies” about his hometown El Paso, which Trump said was a dangerous place`)', () => {
    expect(
      speakersOf('O’Rourke accused Trump of stoking “false fear” about immigrants and telling “lies” about his hometown El Paso, which Trump said was a dangerous place before the wall.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['O’Rourke', 'O’Rourke']);
  });

  it('reads `state` before a noun as the state’s, no cue (`Newsom wrote that in “extraordinary times,” state officials “have a legal and moral duty …”`)', () => {
    expect(
      speakersOf('In his signing message, Newsom wrote that in "extraordinary times," state officials "have a legal and moral duty to do everything in their power."').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Newsom', 'Newsom']);
  });

  it('gives words reported in the sentence to who said them, not to the paper that reports them (`Valls said … “is our main concern,” The New York Times reports.`)', () => {
    expect(
      speakersOf(
        'Speaking on RTL radio, Prime Minister Manuel Valls said authorities had made several arrests and that a new attack by the two suspects “is our main concern,” The New York Times reports.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Manuel Valls']);
  });

  it('reads a closing cue whose paragraph ends on a party tag in brackets, not a full stop (`…, said Rep. Tom Price (R., Ga.)`)', () => {
    expect(
      speakersOf(
        'Congressional Republicans said they could build on the push to repeal the tax. "There may be common ground" among members of Congress to tweak the law, said Rep. Tom Price (R., Ga.)',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Tom Price']);
  });

  it('gives a bare surname to the namesake the story keeps naming, not to one named once in passing paragraphs back (`Hillary Clinton` … `former president Bill Clinton` … `Clinton highlighted …, she said`)', () => {
    expect(
      speakersOf(
        'Hillary Clinton said Donald Trump’s proposals will only benefit the rich.',
        'Speaking on Thursday, Clinton positioned her plan as a boon for the middle class.',
        'Clinton’s campaign said her plan would add more than 10m jobs.',
        'She also hit back on criticism of trade deals supported by Barack Obama and former president Bill Clinton.',
        'The stop was seen as a test of her appeal.',
        'Local officials believe she will do well.',
        'Clinton highlighted aspects, she said, that “makes Michigan great”.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Hillary Clinton']);
  });

  it('reads `the Arizona senator` as the one the article places in Arizona (`Jeff Flake of Arizona`), not the last senator named (`Sen. Bob Corker, R-Tenn.`)', () => {
    expect(
      speakersOf(
        'Only one, Sen. Bob Corker, R-Tenn., announced his decision. The nominee "deserves the presumption of innocence," Corker said.',
        'Other wavering senators, including Republicans Susan Collins of Maine and Jeff Flake of Arizona, stayed mostly mum.',
        '"We’ll never move beyond that," the Arizona senator declared.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Bob Corker', 'Jeff Flake']);
  });

  it('reads a description that opens the words left after a word quoted earlier in the sentence as no subject either (`… to “mean” things said about him by “Senate staffers …`)', () => {
    const speakers = speakersOf(
      'Ted Cruz spoke for 21 hours.',
      'Cruz may also be unpopular in the Senate, a distinction he acknowledged repeatedly, with references to the "withering criticisms" he had received from his own party, and to "mean" things said about him by "Senate staffers running to newspapers.',
      '"A little bit of grief for breaking party discipline," Cruz said, was a "small price" to pay.',
    );
    expect(speakers.find(([words]) => words.startsWith('Senate staffers'))?.[1]).toBe('Ted Cruz');
  });

  it('gives a statement’s words to the body described as issuing it (`The Vatican press office has issued a statement … “…,” the statement reads.`)', () => {
    expect(
      speakersOf('The Vatican press office has issued a statement that sheds very little light on the matter. “Investigations are in progress,” the statement reads.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['The Vatican press office']);
  });

  it('reads a title in the plural before names as no part of the first one (`Senators Elizabeth Warren and Bernie Sanders`)', () => {
    expect(speakersOf('But what about Senators Elizabeth Warren and Bernie Sanders?', '“We will win,” Warren said.').map(([, speaker]) => speaker)).toEqual(['Elizabeth Warren']);
  });

  it('reads a given name and its short form as one person (`classmate Nicholas Sandmann` … `Nick Sandmann` … `Sandmann claimed`)', () => {
    expect(
      speakersOf(
        'A video went viral of classmate Nicholas Sandmann smiling.',
        'Schroder and Hillmann’s classmate, Nick Sandmann, was featured in a clip.',
        'In a statement, Sandmann claimed he was attempting to “diffuse” the situation.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Nicholas Sandmann']);
  });

  it('reads `in Washington, D.C., the justice quipped` past the District, as the subject after the opening phrase', () => {
    expect(
      speakersOf('Justice Ruth Bader Ginsburg spoke at Stanford.', 'Asked by a student who else should eat more kale in Washington, D.C., the justice quipped, "Justice Kennedy."').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Ruth Bader Ginsburg']);
  });

  it('gives `the statement` to the issuer of the latest statement up to three paragraphs back, though another issued one earlier', () => {
    expect(
      speakersOf(
        'Mayor Lyda Krewson said in a statement that the city was calm.',
        'The St. Louis Metropolitan Police Department said in a statement Saturday that detectives executed a warrant.',
        'The department declined to provide further details.',
        'The couple’s lawyer said they did not break any laws.',
        '"The group began yelling obscenities," the statement read.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['St. Louis Metropolitan Police Department']);
  });

  it('gives `it added` to a country’s media that spoke just before (`North Korean state media explained Tuesday. “…,” it added.`)', () => {
    expect(
      speakersOf('“The U.S. should take the proper option first,” North Korean state media explained Tuesday. “The U.S. should stop at once arrogant provocations,” it added.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['North Korean state media', 'North Korean state media']);
  });

  it('gives a document’s words to whom it is by, described (`A statement by the organisers said …`), and `it said` after it too', () => {
    expect(
      speakersOf('A statement by the organisers said they "unequivocally reject" the law. "This process is highly problematic," it said.').map(([, speaker]) => speaker),
    ).toEqual(['the organisers', 'the organisers']);
  });

  it('reads a name’s filing opening the sentence as who speaks through a participle (`Fox News’s motion requests …, calling the lawsuit a “…”`: Fox News, its owner), not the owner of a noun like a cue (`WASHLITE’s claims`)', () => {
    expect(
      speakersOf('Fox News’s motion requests the court to dismiss WASHLITE’s claims, calling the lawsuit a “frontal assault on the freedom of speech.”').map(([, speaker]) => speaker),
    ).toEqual(['Fox News']);
  });
});
