# Batch 35 (adapted from batch 34's build.py, /work/fresh34/tools/build.py, itself adapted from batches 12-33's): draw ~40 English news articles from the AllSides "Article-Bias-Prediction" corpus
# (ramybaly/Article-Bias-Prediction, Baly et al., EMNLP 2020; Apache-2.0; body text = newspaper3k's `content_original`), clean them
# mechanically, de-duplicate against every earlier batch (batches 1-34 are all in /work/main/eval/web-news and read by the glob; batches 12-34 used
# the same corpus: their URLs and corpus IDs are excluded, and their texts, loaded from the mirror by manifest `path`, are the text references),
# and write the outputs in /work/fresh35 in batch 34's formats. No /work/freshNN path is read; the earlier
# AllSides batches' texts as published (batches 12-34, in /tmp/webtexts/wNN-texts.jsonl) are read as text references too. Python 3 stdlib only.
# Usage: python3 build.py --review   (writes review.txt, prints the walk)   |   python3 build.py   (writes the outputs)
import json, random, re, sys, collections, glob, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from load import load, REPO, COMMIT
import extra
OUT = '/work/fresh35/'
SEED = 35035
TARGET = 40
MAXPAR = 60   # batch 7's rule: one very long article must not dominate the batch
def nq(t): return t.count('"') + t.count('\u201c') + t.count('\u201d')

# ---- mojibake repair (a few titles/texts in the corpus are UTF-8 read as cp1252, sometimes twice) ----
def _unmoji1(s):
    b = bytearray()
    for ch in s:
        try: b += ch.encode('cp1252')
        except UnicodeEncodeError:
            if ord(ch) < 256: b += bytes([ord(ch)])
            else: return None
    try: return b.decode('utf-8')
    except UnicodeDecodeError: return None
def unmoji(s):
    for _ in range(3):
        if not re.search('[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]', s): break
        r = _unmoji1(s)
        if r is None or r == s: break
        s = r
    return s

def paras(t): return [re.sub(r'[ \t\u00a0]+', ' ', p).strip() for p in re.split(r'\n\s*\n', t or '') if p.strip()]

# ---- domains / outlets ----
def host(url): return re.sub(r'^https?://', '', url).split('/')[0].split(':')[0].lower()
def domain(url):
    lab = host(url).split('.')
    if len(lab) >= 3 and len(lab[-1]) == 2 and lab[-2] in ('co', 'com', 'org', 'net', 'ac', 'gov'): return '.'.join(lab[-3:])
    return '.'.join(lab[-2:])
def slug(dom): return re.sub(r'[^a-z0-9]', '', dom.split('.')[0])
# new in batch 16: one outlet under two registered domains (bbc.co.uk and bbc.com both gave slug "bbc" and two "w16-bbc-1" ids);
# the outlet cap and the id use the outlet key, the manifest keeps the real domain
# new in batch 19: Newsmax's world-news site newsmaxworld.com ("GlobalTalk", AllSides label "Newsmax") is the same outlet as newsmax.com
OUTLET_ALIAS = {'bbc.co.uk': 'bbc.com', 'newsmaxworld.com': 'newsmax.com'}
def okey(dom): return OUTLET_ALIAS.get(dom, dom)
def normurl(u):
    u = re.sub(r'^https?://(www\d?\.)?', '', u.strip().lower()).split('#')[0].split('?')[0]
    return u.rstrip('/')

# ---- genre eligibility, judged from outlet label / URL / title only ----
# AllSides labels that are opinion sections, named columnists/politicians/guest writers, or non-news organisations
# (think tanks, advocacy groups, universities, fact-check/explainer/reference sites, opinion magazines and blogs).
NONNEWS_SOURCE = re.compile(r'Opinion|Editorial|Guest Writer|Founder|\(cartoonist\)', re.I)
NONNEWS_SOURCES = {
 # opinion/commentary magazines and blogs, opinion aggregators
 'Townhall', 'National Review', 'American Spectator', 'The American Spectator', 'HotAir', 'Daily Kos', 'Media Matters', 'NewsBusters',
 'Media Research Center', 'The Flip Side', 'Salon', 'Reason', 'City Journal', 'The Nation', 'Jacobin', 'Quillette', 'Current Affairs',
 'The American Conservative', 'American Thinker', 'The Federalist', 'RealClearPolitics', 'The Resurgent', 'Red State', 'Right Side News',
 'The Imaginative Conservative', 'Intellectual Conservative', 'Commentary Magazine', 'The Week - Opinion', 'New Republic', 'Washington Monthly',
 'American Greatness', 'Boston Review', 'Project Syndicate', 'Counter Currents', 'DAG Blog', 'Erraticus', 'Fabius Maximus', 'Metrocosm',
 'Blue Virginia', 'Bay Area Bandwith', 'Conservative HQ', 'Patriot Post', 'The Libertarian Republic', 'Bipartisan Report', 'AlterNet',
 'TruthOut', 'Socialist Worker', 'Socialist Alternative', 'Socialist Project/The Bullet', 'Medium', 'Odyssey Online', 'The Thread',
 'The Dispatch', 'The Week - News', 'FiveThirtyEight', 'Vox', 'Slate', 'The Atlantic', 'The New Yorker', 'New York Magazine', 'The Intelligencer',
 'The Economist', 'Foreign Affairs', 'Foreign Policy', 'National Interest', 'The Diplomat', 'JSTOR Daily', 'Freakonomics', 'TED', 'PJ Media',
 'The American Mind', 'The Western Journal', 'Western Journal', 'WND.com', 'InfoWars', 'ZeroHedge', 'Live Action News', 'Yahoo! The 360',
 'AllSides', 'Living Room Conversations', 'Snopes', 'AP Fact Check', 'Wikipedia', 'Pew Research Center', 'Gallup', 'Misinformation Review',
 'Lifehacker', 'Bustle', 'Jezebel', 'Esquire', 'GQ.com', 'Glamour', 'Vanity Fair', 'Mother Jones', 'The Intercept', 'ThinkProgress', 'Splinter',
 'Raw Story', 'Mediaite', 'BET', 'The Root', 'Heavy.com', 'Mitú', 'Brown Girl Magazine', 'Peacock Panache', 'Democracy Now', 'Daily Chela',
 # think tanks, advocacy groups, NGOs, universities, companies, wire releases, government
 'Brookings Institution', 'Cato Institute (blog)', 'Center For American Progress', 'The Heritage Foundation', 'American Enterprise Institute',
 'Manhattan Institute', 'Mercatus Center', 'Reason Foundation', 'Bipartisan Policy Center', 'Center for Public Integrity', 'Human Rights Watch',
 'Committee to Protect Journalists', 'The Reporters Committee for Freedom of the Press', 'Student Press Law Center', 'Family Research Council',
 'Americans for Tax Reform', 'Zionist Organization of America', 'FEE.org', 'FAIR', 'GLAAD', 'AARP', 'PACE', 'Prager University', 'OpenSecrets.org',
 'International Institute for Strategic Studies', 'Harvard Business School', 'London School of Economics', 'USAPP', 'MIT News', 'Rutgers Today',
 'Brown University', 'University of Bath', 'University of Wyoming', 'Quinnipiac University', 'Kellogg Insight', 'Oxford University Press',
 'Association for Psychological Science', 'NASA', 'Business Wire', 'Inside Philanthropy', 'The Times Higher Education',
}
PERSON = re.compile(r'^(Victor Hanson|John Stossel|Ben Shapiro|John Fund|George Will|Michelle Malkin|Howard Kurtz|Juan Williams|Newt Gingrich|'
                    r'Jonah Goldberg|Ezra Klein|Julian Zelizer|Charles Krauthammer|Michael Brendan Dougherty|Rand Paul|Brent Bozell|Ann Coulter|'
                    r'Michael Barone|Ben Stein|Michael Goodwin|S\.E\. Cupp|Ryan Cooper|Pat Buchanan|Matt Welch|David Leonhardt|Michelle Goldberg|'
                    r'Rich Lowry|Damon Linker|Allysia Finley.*|Thomas Sowell|David Brooks|Ralph Benko|Jeff Jacoby|Scott Jennings|Tucker Carlson|Sally Pipes|'
                    r'Carol Costello|Jesse Jackson|Rev\. Jesse Jackson Sr\.|Jon Terbush|Billy Binion|Elizabeth Warren|Frank Bruni|Andrew Napolitano|'
                    r'Dick Morris|Marc A\. Thiessen|Paul Ryan|Scott Walker|Hillary Clinton|Barack Obama|Rem Reider|Annafi Wahed|Thomas Frey|Michael Kinsley|'
                    r'Mitch McConnell|Eli Parser|Matt Towery|Amy Klobuchar|Kathleen Parker|Carrie Lukas|Peter Thiel|Tom Nichols|Gail Collins|Aaron Carroll|'
                    r'Neil J\. Young|Tom Cole|Lisa Gable|Bret Stephens|Jonathan Haidt|Thomas Frank|Nicholas Kristof|David Williamson|Andrew Sullivan|'
                    r'Jonathan Chait|Richard A\. Lowry|Ken Burns|Jeff Spross|Henry A\. Brechter|James Bovard|William Bennett|Charles Blow|Joe Scarborough|'
                    r'Joan Blades|Noah Rothman|Jonathan Miller|Dennis Prager|Conor Friedersdorf|Mitt Romney|John Gable.*|Rich Zeoli|Ted Rall.*|Walt Handelsman.*)$')
NONNEWS_URL = re.compile(r'/(opinions?|commentary|columns?|columnists?|blogs?|editorials?|op-?eds?|analysis|perspectives?|podcasts?|interactive|'
                         r'magazine|archives|reviews?|letters|transcripts?|video|videos|watch|live-news|live|features?|the-point|tipsheet|jolt|'
                         r'corner|bench-memos|ideas|explainers?|fact-?check|factcheck|ampstories|sponsored|partner)(/|$)|/\d{4}/\d\d/\d\d/opinion', re.I)
NONNEWS_TITLE = re.compile(r'^(OPINION|ANALYSIS|EDITORIAL|COMMENTARY|COLUMN|REVIEW|LETTER|Q&A|Q & A|FACT CHECK|WATCH|LIVE|LIVE UPDATES|VIDEO|PODCAST|'
                           r'TRANSCRIPT|READ|FULL TEXT|Full transcript)\b\s*[:\-]|^(Letter|Letters|Opinion|Analysis|Editorial)\b|\blive updates\b|\blive blog\b|'
                           r'^The Latest\b|\bin \d+ charts\b|\bchart(s)? of the (day|week|year)\b|^\d+ (things|ways|takeaways|reasons|questions)\b|'
                           r'\b(takeaways|what we know|what you need to know|explained|explainer|quiz|cheat sheet|timeline)\b', re.I)
# Candidates judged NOT eligible by hand from outlet/URL/title (only candidates the walk reached were judged); key = corpus ID.
# Batch 14's to 34's entries are kept (still true of those articles; batches 28, 30, 32 and 34 added none); batch 35's are added below them.
EXCL = {
 'CNsZvOaOS5btY52d': 'live-video page (PBS NewsHour, title "WATCH LIVE: Trump holds campaign rally in North Carolina"; the title-marker rule misses "WATCH LIVE:")',
 'KQXTvC3eMV4xk6Nb': 'explainer (CBS News, "What to know about the special counsel in the Russia investigation")',
 '74Rj3V2NmNjvKdDk': 'explainer/listicle (CBN, "Today\'s Obamacare Showdown: 5 Big Things You Need to Know")',
 # batch 19
 'Qbpj8natRiWaYfei': 'analysis blog post (FiveThirtyEight blog at fivethirtyeight.blogs.nytimes.com, Nate Silver, "What Obama\u2019s Immigration Decision Might Mean for 2012"; AllSides labels it "New York Times - News", the URL rule misses a blog host)',
 # batch 20
 'HyHVbK3sSZo7JAYo': 'listicle (USA Today "5 facts about John Bolton, Trump\'s new national security adviser", URL "five-things-know-john-bolton"; the title rule lists things/ways/takeaways/reasons/questions, not "facts")',
 # batch 21
 '98DZvS8iAXorVCcP': 'book review (The Guardian "Triggered review: Donald Jr, the Trump kid with real political chops", a review of Donald Trump Jr.\'s book; the title rule catches "Review:" only at the start of a title)',
 'mWLkyfPi0XT36hjO': 'live video/blog page (Fox 8 Cleveland at fox8.com, AllSides label "Fox News", title "Live video and blog: Gov. John Kasich makes campaign announcement"; the title rule catches "live blog", not "Live video and blog")',
 # batch 22
 'V1fJtOa7OeCEicVc': 'explainer (Al Jazeera "What you should know about India\'s \'anti-Muslim\' citizenship bill", question crossheads "What is Citizenship Amendment Act?"; the title rule catches "what you need to know", not "what you should know")',
 # batch 26
 'IgNfw2YXyzoRFZos': 'opinion column (The Guardian "White supremacy is on the march, and Trump is at least partly to blame", URL section "commentisfree" = Comment is Free, the Guardian\'s opinion section; the URL rule misses "commentisfree")',
 # batch 27
 'vFaodUJfLmXueH0Q': 'opinion column (Bloomberg View at bloombergview.com, AllSides label "Bloomberg", Lanhee Chen "Obamacare Is a Job-Slashing, Deficit-Deepening Disaster": "Lanhee Chen is a Bloomberg View columnist", "This column does not necessarily reflect the opinion of Bloomberg View\'s editorial board"; Bloomberg\'s opinion site, which no generic rule lists)',
 'p9giJuRyZlqJO9VH': 'opinion column (Breitbart "Trump\u2019s Ritual Humiliation Of The Media Will Make Him Even More Popular", URL section "milo" = Milo Yiannopoulos\'s column, first person "I couldn\u2019t be more erect."; the URL rule misses "milo")',
 # batch 29
 'xyiRlVAf4iPm2dHg': 'analysis blog post (FiveThirtyEight blog at fivethirtyeight.blogs.nytimes.com, Nate Silver, "Oct. 24: In Polls, Romney\u2019s Momentum Seems to Have Stopped": "Let me tell you what I think it ought to mean", "my research suggests"; AllSides labels it "New York Times - News", the URL rule misses a blog host; as batch 19\'s Qbpj8natRiWaYfei)',
 # batch 31
 'zJTwWrMbJzojTEfz': 'opinion column (Bloomberg View at bloomberg.com/view/, AllSides label "Bloomberg", Branko Milanovic "5 Powerful Forces Driving Inequality": author bio "Read more opinion", first person "In my just-published book ...", "This column does not necessarily reflect the opinion of the editorial board or Bloomberg LP"; Bloomberg\'s opinion section, which the URL rule misses ("/view/"); as batch 27\'s vFaodUJfLmXueH0Q)',
 # batch 33
 'v57WQ9wzTB635hKt': 'opinion column (Newsmax, URL section "abramsonandballabon" = Bruce Abramson and Jeff Ballabon\'s column, "Trump and the Easily Distracted Press": "It\u2019s the oldest trick in the book.", "our famously boisterous president is quietly Making America Great Again", "We\u2019re not yet there, Mr. President.", authors\' bio line "Bruce Abramson is the President of Informationism, Inc. ... To read more of their reports"; as batch 27\'s p9giJuRyZlqJO9VH)',
 # batch 34
 # batch 35
 'TUzJIjnxccqFmIUv': 'opinion column (The Guardian "Trump\'s America will be saddled with debt \u2013 just like his bankrupted hotels", URL section "commentisfree" = Comment is Free, the Guardian\'s opinion section; a satirical column in fairy-tale voice: "Once upon a time, conservatives said ...", "Grand Wizard Trump first learned his magic debt spells ...", "Let\u2019s hope they all live happily ever after."; the URL rule misses "commentisfree"; as batch 26\'s IgNfw2YXyzoRFZos)',
 'XBBxpXTITIjfi2Cq': 'listicle/analysis (CNN Political Ticker at politicalticker.blogs.cnn.com, "5 tests for kumbaya on Capitol Hill", URL "5-things-that-will-measure-obama-congress-comity": "Here are five things on both President Barack Obama\'s and Congress\' agendas that will show ...", the five item headings lost in extraction, the writer\'s voice "Just be thankful the looming consequences don\'t also include zombies."; the title rule lists "<n> things", not "tests", and the URL rule misses a blog host; as batch 20\'s HyHVbK3sSZo7JAYo)',
}
# Candidates excluded on reading the draft (text not a complete news report as extracted); key = corpus ID.
# Batch 14's, 15's, 16's, 17's, 18's, 19's, 20's, 21's, 22's, 23's, 24's, 25's, 26's, 27's, 28's, 29's, 30's, 31's, 32's, 33's and 34's entries are kept (still true of those articles); batch 35's are added below them.
EXCL_READ = {
 'RbsLtNNVCz18lSBp': 'analysis piece, not a report (Politico trend piece on how social media revives old scandals, Cosby as "case study"; no news event)',
 'KP0MPH36siscPX9h': 'opinion piece, not a report (media criticism: "the media is out for blood", "the long-held tradition of the Democrat Party ...")',
 'sQeQ8AEJYNbK16NA': 'rebuttal/commentary piece ("here\'s the truth"; question crossheads) and extraction incomplete: ends on "The Washington Post further explained:" with the quoted passage missing, embedded tweet missing after "CNN\'s Chris Cillizaa added to the hysteria:"',
 'QHPqGMvUM6ZqDymn': 'extraction incomplete: the body lacks the story\'s opening (starts "That aggressive campaign, which produced numerous hearings ...")',
 '0XvXkV3a544yhhBn': 'interview excerpts, not a report (Q&A with NPR\'s Steve Inskeep: question headings, answers unquoted)',
 'ulwsGwgxenhEA2OE': 'extraction incomplete: the body lacks the story\'s opening (7 paragraphs; starts "Planned Parenthood is now struggling ...", "Ms. Conway, the Republican pollster" never introduced)',
 '9mGES1apbK0nfHr8': 'analysis column, not a report (first person: "when I began looking at details ...", "let me show you five provisions ...")',
 'd3wsJoGS8VpaK8M8': 'magazine feature, not a report (TIME cover feature on a new Mattel doll, essayistic: "Perhaps it\'s ...")',
 'lUK4A6kgAb6MgaaS': 'extraction incomplete: the body lacks the story\'s opening (starts "Texas Rep. Vicente Gonazalez switched his support ..."; the endorsement in the headline is never reported)',
 'JQtqoM7XAWe8SjXk': 'extraction incomplete: the body lacks the story\'s opening (starts "The subject was raised sometimes pointedly ...")',
 'H8LfCzf5ezQ6rMRW': 'analysis piece ("Why Iran and Israel are crossing each other\'s red lines": analysts on escalation), and the opening is out of order (a summary box repeating later paragraphs precedes the lede)',
 'tVubIJJAGo0jXKjY': 'text does not match its title (headline "US, Canada likely to conclude NAFTA talks this weekend: report"; body, updated, reports the deal already reached)',
 'mLVKGNdzo2yHMEYA': 'markets wrap, mostly data lists ("Here are some key events coming up:", "These are the main moves in markets:" and 15 one-line price moves), one list item duplicated in extraction',
 'mlsVJIN9AvRZszQ0': 'extraction incomplete: the body lacks the story\'s opening (starts "Mr. Trump said Keith Kellogg, another retired lieutenant general, would remain ...")',
 '0ApwaMUwsGtgkO3o': 'analysis/first-person piece, not a report ("The uncomfortable truth ...": "I asked NRA members ...", "The NRA members have a point.")',
 # batch 15
 '8vZ3HK7zjyUNTSqE': 'explainer, not a report (NPR "How School Walkouts Test Student Rights ...": "We\'ll be a little reductive here", "as we\'ve said", "So what should schools do?"), and the superintendent\'s letter introduced by "issued a stern warning to students and parents:" is missing (image)',
 'wWSJ4Km1YUdnB81j': 'explainer in list form (Axios "How the Texas, Vegas and California shooters got their guns": "The guns:" / "The backdrop:" items), and the headings naming the three shooters are lost in extraction (Kelley, Paddock, Neal never introduced)',
 'B3g44lbsQdeMhy7p': 'media-criticism commentary, not a report (Daily Caller "Missing From The Fake News Debate: Evidence It Had Any Impact": "Putting aside the fact that ...", no news event)',
 'bL4RNe7DxBOOTwmX': 'extraction damaged: linked names dropped ("Senate Armed Services Committee ranking member(D-R.I.)", "following national security advisor\'s announcement") and five paragraphs run together in [3]; later "Reed said" has no antecedent',
 'IEcfwpCtlSrTDS27': 'extraction incomplete: the body lacks the story\'s opening (starts "But the weight of history is against them.")',
 'iJiCpdKpqukAvhN1': 'first-person interview profile/column, not a report (Daily Beast "Lisa Page Speaks": "I sat down with Lisa Page ... in my hotel room", Q&A questions, ends "It\'s that we won\'t be safe, either.")',
 'NP94n4vU7EDroc7T': 'opinion column, not a report (New York Post "J.D. Vance just the latest right-thinker to be smeared by leftist lies"; two further column items on Epstein and Andrew Luck appended)',
 'gSoKdE3tPAs7V5s5': 'explainer/listicle, not a report (Quartz republishing The Conversation on internet language trends: "we\'ll walk you through", numbered item "3. yOu\'Re TyPiNg AlL wRoNg!")',
 'OvjY5VUiJ3IUyH9M': 'opening out of order: a 4-paragraph summary box (the Dickinson quote, the "contrasting styles" and Yuma/Tulsa paragraphs) precedes the lede and repeats later paragraphs verbatim or nearly (as batch 14\'s H8LfCzf5ezQ6rMRW); identical repeats cannot be dropped by prefix; also a campaign-trend analysis ("... campaigning again. Sort of.")',
 'FVcvGtMNDE2m83Gd': 'extraction incomplete: the body lacks the story\'s opening (starts "With Ms. Rice out of the running, Mr. Kerry\'s appointment ..."; Rice\'s withdrawal never reported)',
 'qLxxfrmt2736UOvG': 'extraction incomplete: the body lacks the story\'s opening (8 paragraphs; starts "Chris Newman, the legal director for ..."; the delay in the headline is never introduced)',
 'bD98B94X15mlyr9z': 'extraction incomplete: embedded posts missing or in fragments (Romney\'s tweet after "with a tweet of his own:" and Trump\'s after "Trump tweeted:" are missing; a Facebook post and a two-part tweet left as bare lines)',
 'FeQlIgGce7n7jYbf': 'extraction incomplete: the body lacks the story\'s opening (7 paragraphs; starts "The soldiers were recruited mainly for their language skills ..."; the suspension in the headline and "Ms. Cutler" never introduced)',
 'T995SHYCgb0ss0cj': 'extraction incomplete: the body lacks the story\'s opening (starts "One of the main questions is why the pilots did not communicate ..."; the crash and "Mr. Jouty" never introduced)',
 'mtK3HFMrMyjr5ZNi': 'opinion essay, not a report (Brock Press student paper, "Roots of American political polarization": argument, ends "Hopefully these misfit candidates ...")',
 'WpfKgAxP9jzi2xmQ': 'extraction incomplete: the body lacks the story\'s opening (starts "There is no way to measure the true numbers, but ... these \u201cunicorns\u201d ..."; "Ms. Lehman" never introduced)',
 'uL7Ba7zE4T5Bi4vK': 'media-criticism column, not a report (Daily Wire "Critical Reviews of Clarence Thomas Doc Show Media Bias in Action": "Quick, guess the movie under review here:", rhetorical questions, "It\'s unfair, inaccurate, and degrading.")',
 '6YaVPawGbRlpGEk2': 'opinion column, not a report (Daily Caller "The Legal System Is Failing America When It Comes To Immigration": "Until then, try not to be killed by an illegal immigrant ...", author\'s book plug)',
 'EGBXvyFZKnuALCYv': 'extraction incomplete: the body lacks the story\'s opening (7 paragraphs; starts "On Friday, Mr. Pence assured skeptical governors ...", McCain\'s absence in the headline never reported)',
 # batch 16
 'mzSLrzPPB9RXe0ob': 'text does not match its title (CSM "How net neutrality rollback will test rural, low-income schools", a Daily-edition URL with an anchor; the body is another story, "How Hollywood gave science the \u2018Jurassic Park generation\u2019", a feature on paleontologists)',
 '28NjlTS54JmOeh61': 'reading-list roundup, not a report (WSJ Washington Wire "Political Wisdom": "rounds up the most important reads from the Journal and other publications", headings "Top Lines:", "Key Reads:", "LAST WORD:", items summarising columns by Krugman, Romney, USA Today\'s editorial board)',
 # batch 17
 'UEn8dJCoqcKocnSS': 'extraction incomplete: the body lacks the story\'s opening (NYT "Benefits Ending for One Million Unemployed", 8 paragraphs; starts "As the last payments are distributed, Democrats have initiated a campaign ...", "the program" never introduced)',
 'whlIKJiFXAaX4SyH': 'listicle/advocacy piece, not a report (Breitbart "Four Ways Speaker Ryan Can Block the Discharge Amnesty": the four "ways" set as one-sentence headings, "said Vaughan" never introduced)',
 'qXVET6WEaz9ZUmTq': 'extraction incomplete: the body lacks the story\'s opening (NYT "Downtown Boston Remains a Crime Scene", 6 paragraphs; starts "Counterterrorism specialists said the authorities would aim ... at the news briefing")',
 'ajz9Zz9xi30movTL': 'text broken: a sentence split over two paragraphs in extraction ("House Intelligence Committee Chairman Adam Schiff said during the press conference" / "that \u201cthe Constitution is very clear ...\u201d"; the first half falls to the short-line rule, leaving Schiff unintroduced)',
 '9pa3v73wZBL8gAdl': 'historical listicle, not a report (NPR "Why President Obama Campaigning For Clinton Is Historic": "Here\'s a look back at the last 100 years of presidents", year-by-year headings partly lost in extraction, mostly block quotations from other papers and books)',
 'MZvbc8KGSwNHDURq': 'markets analysis, not a report (Axios "Coronavirus only part of the story behind the Dow\'s drop": "As someone has certainly told you by now ...", "Thought bubble", "The big picture:", first person "when I asked her")',
 'LMsTwT0dWrg3nnMP': 'opinion/book-review essay, and extraction incomplete (Business Insider "This man wants to become president, pass one law, and resign": starts "Lessig says ..." with Lessig never introduced; "Unfortunately, ... these reforms would have little impact")',
 'XIV3S2VNoY7kZP9O': 'extraction incomplete: the body lacks the story\'s opening (NYT "Obama and Netanyahu: A Story of Slights and Crossed Signals", 8 paragraphs; starts "Yaakov Amidror, another former national security adviser to Mr. Netanyahu, said ...")',
 'Ib1PjJqBwhwLDlQp': 'extraction incomplete: the body lacks the story\'s opening (NYT "Four Years Ago Trump Was Seen as a Sideshow. Now He Is the Show.", 8 paragraphs after a reader call-out; starts "At least some Republicans argue ...", "Mr. Buck" never introduced)',
 'm3VLVJR6gW3KhnfD': 'extraction incomplete: the body lacks the story\'s opening (NYT "How Trump Is Spreading a Conspiracy Theory About Pelosi, Biden and Sanders", 8 paragraphs; starts "Conspiracies surrounding Mr. Sanders\u2019s political fortunes ...", "Mr. Fleischer" never introduced)',
 'PgaUMmH4i48aNQLd': 'extraction incomplete: the body lacks the story\'s opening (NYT "Republicans\u2019 First Step Was to Handle Extremists in Party"; starts "Other factors affected the outcome, of course.")',
 # batch 18
 'ObETnHSic1sSvzNx': 'extraction incomplete: the body lacks the story\'s opening (NYT "Inquiry on Democratic Senator Started With a Partisan Push", 6 paragraphs; starts with a Menendez quote about "it" being peddled, "Mr. Boehm\'s group" and "Dr. Melgen" never introduced)',
 'K26AAWJamJGpCO7A': 'opinion essay, not a report (Daily Beast "Why Donald Trump Keeps Dissing America\u2019s Allies in Europe and Asia": opens with a three-line price-tag parody, "Trump fails to grasp ...", "Trump\u2019s venal approach to world affairs ...", first person plural throughout)',
 'Y9tafu4CGy1zqBHk': 'extraction incomplete: the body lacks the story\'s opening (NYT "Yellen, Pledging Continuity at Fed, Sees Economy Strengthening", 7 paragraphs; starts "The central bank\u2019s stimulus campaign has ...", Yellen\'s testimony never introduced)',
 'tUZFvN1U9Q6bV0tA': 'extraction damaged: list items duplicated and run together with their leading country names lost ([4]/[5], [6]/[7], [9]/[10]: "In Egypt , security forces raided ..." then ", security forces raided ..."), and the opening starts mid-format (Axios "Driving the news:" with the lede missing)',
 'rvAArjmswuFeABVl': 'advocacy essay, not a report (Breitbart "Ted Kennedy\'s America: 50 Years After the Law that Changed Everything": anniversary polemic, mostly block quotations from Mac Donald, Vox, Business Insider, Latino Decisions; ends "The cover story ... warned:" with the quotation missing)',
 'IfOSpyTqBPCtSJDR': 'list, not a report (Newsmax "Trump\'s Top 5 for Supreme Court": numbered profiles "1. Amy Coney Barrett, 46, ..." to "5. Amul Thapar ..." of the finalists Newsmax "concluded" on, columnist footer)',
 '9vfulZWIlyX0gRlE': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump on Their Side, Conservatives See Hope in Lengthy Abortion Fight", 7 paragraphs; starts "While the ease and speed with which Republicans can act is in doubt ...", "Ms. Dannenfelser" never introduced)',
 'LsAq2uh51m0HHEb0': 'legal-opinion column, not a report (Daily Beast "Brett Kavanaugh Wrote That Hiding Evidence From Congress Is an Impeachable Offense": "like a mafia don who attempts to win a racketeering trial ...", "It is not hard to imagine what a young Brett Kavanaugh would say ...")',
 'zUCsjV6VRu3rR4uw': 'partisan review/commentary, not a report (Breitbart "Trump\u2019s First 100 Days: Establishment Goes to War ...": "A review of events is instructive.", "as this reporter exposed", recaps of the author\'s earlier pieces, author bio footer)',
 'pkJKCO12wm6FccLe': 'live-blog post, not a single report (NPR The Two-Way on the Amtrak derailment: "We\'ll update this post ...", reverse-chronological "Update at 2:46 p.m. ET. ..." headings, ends "here\'s what service ... will look like today:" with the list missing)',
 'Uc1tsU92ydsz4LxN': 'service piece/explainer built around an embedded interactive tool, not a report (CNBC Make It "This interactive tool shows you how ...": "allows you to adjust ...", "as established in the first portion of the interactive tool above" with the tool missing)',
 'rH6xL7b4lzgX6kwu': 'preview/explainer, not a report (NPR "Polarization, Lack Of Productivity Likely To Reign In Congress After Election": scenario headings "If Donald Trump wins ...", "Ending the filibuster?", "(It\'s never too early to talk about the next election!)", numbered list)',
 'NvulFHhAEG52gFiR': 'opinion column, not a report (Daily Beast "The Ultimate 11th Hour Clinton \u2018Scandal\u2019": first person "We should have known, I guess ...", "I have up on my screen ...", numbered points "Here\u2019s what we know:")',
 # batch 19
 'FEAAyhAGNQHcHw2G': 'live-updated debate-night page, not a single report (CBN "A Look Ahead at the First Presidential Debate of 2016": "Watch the above reports ...", "- Follow Jenna Browder on Twitter all night.", the fragment "from your trusted CBN News political team.", a past-tense running summary of the debate set above the earlier preview, which still says "The debate could be one of the most watched ...")',
 'tECmaQUiUU1et89V': 'opening out of order: a 4-paragraph summary precedes the lede and repeats the later paragraphs\' quotations (Scaramucci\'s "This isn\'t our best ..." and "The free press needs to be protected ...", Acosta\'s "I\u2019m very worried ..." each twice; as batch 15\'s OvjY5VUiJ3IUyH9M)',
 'qbcxPLKYNdhQxzjB': 'extraction incomplete: the body lacks the story\'s opening (NYT "Gun Makers Saw No Role in Curbing Improper Sales", 7 paragraphs; starts "For their part, the manufacturers argued that the lawsuits ...", the lawsuits never introduced)',
 'tJUfYHz1mdHytN4c': 'opinion essay, not a report (Breitbart "Dinesh D\u2019Souza: What Hitler Learned from the Democrats": the author\'s polemic, "The reason, of course, is that we are victims of the big lie.", first person "I am not suggesting ...", book plug footer)',
 '5s8ErgkgTETD2mLE': 'extraction incomplete: the body lacks the story\'s opening (NYT "He has 17,700 Bottles of Hand Sanitizer and Nowhere to Sell Them", 8 paragraphs; starts "Elsewhere in the country, other Amazon sellers were doing the same.", the seller of the headline never introduced)',
 'RtQy8r2FjCIBWSB2': 'extraction damaged: list items duplicated and run together with their leading words lost ([1] "are getting the most online engagement ..." repeating [0], [2] "are facing increased pressure ..." repeating [1]; as batch 18\'s tUZFvN1U9Q6bV0tA), Axios format ("The big picture:", "Between the lines:")',
 'gfmZCBe7TXLVCfDf': 'full-text document, not a report (CNBC "Read the full memo from Walmart\u2019s CEO ...": four news paragraphs, then "Here is the full memo ...:" and 13 paragraphs of the memo itself, unquoted first person)',
 'km4utW2aepgWoe2M': 'extraction damaged: the speaker of the quotation in [2] is never introduced ("according to Adalja" first appears in [6]), [13] repeats the end of [12] ("on the virus or just the stalk ...") run into the next paragraph, ends on "Go deeper:"',
 'vHJLsFFAEutw1mFG': 'illustrated catalogue, not a report (ProPublica "An Illustrated History of Government Agencies Twisting the Truth ...": "ProPublica catalogued other instances ...", episodes from 2017\u20132020 under quoted headings "\u201cOur Stockpile\u201d", "\u201cNo Proof of Anything\u201d", built around screenshots and photos missing from the text: "after Jared Kushner\u2019s comment, above")',
 'iHOTBmwpKewsPajf': 'extraction incomplete: the body lacks the story\'s opening (NYT "Pentagon in Back Seat as Kerry Leads Charge", 7 paragraphs; starts "Senator John McCain, the Arizona Republican, has been the most critical.")',
 '9hz67d9EX4IP9RK7': 'data-analysis piece built around charts missing from the text (Washington Post "How the pandemic consumed the labor market": "we analyzed ...", "(For a full list, see the charts below.)", chart captions "(Highest week-to-week change included: ...)" opening each week\'s section)',
 'U5b4a3C8Vgel0glk': 'extraction incomplete: the body lacks the story\'s opening (NYT "Gay Marriage Case Offers G.O.P. Political Cover", 7 paragraphs; starts with a quotation about "it" being "a relief", then "What also is different about the same-sex marriage question ...")',
 'Lk3R4hg1fIZjzyC7': 'extraction incomplete: the body lacks the story\'s opening (NYT "As the Sun Bears Down, Christie Growls, and Bloomberg Barks a Little, Too"; starts "The reporter explained what had happened: ...", Christie\'s outburst never reported)',
 # batch 20
 'Db3FDk5kNIEjlxnQ': 'advocacy compilation, not a report (Daily Caller "In Their Own Words: The Radical Political Goals Of \u2018Anti-Fascists\u2019": a thesis ("they\u2019re interested in destroying it") argued from the groups\' own web posts, no news event)',
 '2K5p4sU7yOZHxmm3': 'column, not a report (The Hill "The Memo: 2020 Democrats enter crucial stretch", footer "The Memo is a reported column by Niall Stanage ..."; campaign-state analysis ending "The race is fluid. It\u2019s all to play for in the fall.")',
 'YDGVTfplbxdKJqKq': 'extraction incomplete: the body lacks the story\'s opening (NYT "Smaller Military Hospitals Said to Put Patients at Risk"; starts "The backdrop for the downsizing is a fiscal crisis.", the downsizing never introduced)',
 'yvbJ5Vpky28g6S24': 'extraction incomplete: the body lacks the story\'s opening (NYT "In Republican Debate, Candidates Battle Sharply on Immigration", 7 paragraphs; starts "\u201cThey\u2019re doing high-fives in the Clinton campaign right now when they hear this,\u201d Mr. Bush said.")',
 'lSEIKEkWN0D56EKa': 'extraction damaged: list items duplicated and run together with their leading words lost ([13] "which includes brands like Thrillist ..." repeating [12], [14] "laid off two dozen staffers ..." repeating [13]; as batch 18\'s tUZFvN1U9Q6bV0tA and batch 19\'s RtQy8r2FjCIBWSB2), ends "Go deeper:"',
 'zHp0hnTtpQ8HuFei': 'science essay/column, not a news report (Scientific American "Americans Are Fast to Judge Social Class": opens on My Fair Lady, summarises a PNAS paper\'s studies in the author\'s voice, ends "Hopefully this paper will spur more scientists ..."; no one quoted)',
 'dGcsmpQJAiIkZXL1': 'extraction incomplete: the body lacks the story\'s opening (NYT "Perry Courts Primary State and Vows Fight at Home", 8 paragraphs; starts "Doug Bates, president of the Greater Portsmouth Chamber of Commerce, said the indictment must be politically motivated.", the indictment, the event and "Ms. Lehmberg" never introduced)',
 # batch 21
 'XoSJR2vCMscdgkRr': 'extraction incomplete: the body lacks the story\'s opening (The Hill "Mulvaney seeks to correct quid pro quo remarks in withering interview with Fox\'s Chris Wallace"; starts "\u201cThat\u2019s not what I said. ...\u201d he told a skeptical Wallace early in the interview.", the interview and Mulvaney never introduced)',
 'zjyYaFf4YEmOCca4': 'op-ed, not a report (Breitbart "Omnibus Spending Bill Fails Job Creators": argument against the NLRB joint-employer rule, "Why \u201cfix\u201d what isn\u2019t broken?", footer "Alfredo Ortiz is CEO and President of Job Creators Network.")',
 'G3YC134Idl50RzQp': 'essay/explainer, not a report (Vice "How Coronavirus Lockdown Has Actually Affected the Environment": first person plural, rhetorical questions "is international business travel really so essential?", "Imagine the environmental impact ...", built around charts missing from the text)',
 'Fw47VDE3IDW4vwYb': 'extraction damaged: a photo caption run into the lede in one paragraph ("... at the White House in February. REUTERS/Kevin Lamarque President Donald Trump\'s administration has been ..."), which neither DROP (whole paragraphs) nor TRIM (trailing text) can separate',
 'd8aqFv869FsU2ucu': 'opening out of order: the lede ("Attorney General William Barr has ordered the removal of a top U.S. prisons official ...") is paragraph [5], preceded by a photo caption and later paragraphs ("Meanwhile, Hurwitz will lead ..." before Hurwitz is introduced)',
 'hHBaG4slqjHy6350': 'extraction damaged: the last paragraph is three paragraphs run together ("... he continued.Mudd also broached ...", "... turning on him.\\"We saw ..."), a continuation of Mudd\'s remarks set after Ned Price\'s quotation, so "he continued" points to the wrong speaker',
 'jiazTl5S1QUCx4Jf': 'extraction incomplete: the body lacks the story\'s opening (NYT "Senate Unveils Budget Blueprint Allowing $1.5 Trillion in Tax Cuts", 6 paragraphs; starts "And all of that would have to be squeezed into a $1.5 trillion budget hole ...", the Tax Policy Center analysis never introduced)',
 'qMTanbYTwcgZF8l8': 'book extract/essay, not a report (The Guardian long read "We should have seen Trump coming": first person "I have often wondered how I missed the coming tragedy.", footer "Adapted from We Were Eight Years in Power: An American Tragedy by Ta-Nehisi Coates ...")',
 'qU1eiqho9R5b6f8t': 'extraction incomplete: the body lacks the story\'s opening (NYT "Bernie Sanders to Deliver Defense of His Democratic Socialist Philosophy", 8 paragraphs; starts "Saying that the United States must reject a path of hatred and divisiveness, he said ...", the speech and its speaker never introduced)',
 'tord25Aq3tYojo37': 'extraction incomplete: the body lacks the story\'s opening (NYT "Six Words From Obama, and a Barrage in Return From the G.O.P."; starts "Campaigning in Iowa, Mr. Romney called Mr. Obama\u2019s statement \u201can extraordinary miscalculation ...\u201d", the statement and the "controversy" never introduced)',
 'tdMKRxHnxn6m5YJA': 'commentary post, not a report (Grist "Piles of tar-sands waste in Chicago are pissing people off": mock-story headings "The villains:", "The villainous acts:", "The plot:", "Cover the damned things.", "Here\u2019s hoping ...", "(Memo to Obama: ...)")',
 # batch 22
 'R05OPY0C89bexR8b': 'news analysis, not a report (NPR "Why Donald Trump Reversed His Pledge To Support The GOP Nominee": "If someone tells you the same thing five times, you probably should believe he means it.", question crossheads "Why did Trump change his mind? And what about fairness?", "(We get into more on why below.)", "That\'s not how it works.")',
 'dInpQgJgLutkCJ5S': 'extraction incomplete: the body lacks the story\'s opening (NYT "Senators, Seeking Support, Weigh Revisions to Background Check Bill", 8 paragraphs; starts "Mr. Manchin and Mr. Toomey have written an amendment ...", the senators never introduced)',
 'jFa3WJhIyapSVd3X': 'opening out of order: an 8-paragraph preface (Roberson, Morales, Jennings, Arnold) precedes an editor\'s note and the story proper, which repeats it nearly ([3] ~ [9] "Three weeks ago, ... had jobs. Suddenly they don\'t. ...", [0] ~ [42] "I\'m the captain of my own ship ..."; as batch 15\'s OvjY5VUiJ3IUyH9M); photo captions run into text ("Richard Mertens Jesus Morales, who lost his job ...")',
 '7MAc4uSJqxmfNDjO': 'extraction incomplete: the body lacks the story\'s opening (NYT "Holder Directs U.S. Attorneys to Track Down Paths of Leaks"; starts "Earlier Friday, President Obama declared ...", Holder\'s directive and "the two prosecutors", "Mr. Rosenstein", "Mr. Machen" never introduced)',
 'ngb3elzWcS1LqWH4': 'opinion essay, not a report (Daily Beast "The Disturbing Rise of Anti-Semitism Among Black Celebs": "Often, we discuss conspiracy theories as if ...", "we ought to get used to researching beyond YouTube videos ...", pull quote of the author)',
 '3QEWNYl0Eo0C99e1': 'extraction damaged: an embedded tweet thread left as eleven bare paragraphs ([12]-[22], "Again, didn\'t threaten a primary." ... "Having a D next to your name doesn\'t make that right.") without quotation marks or attribution, and the Post passage after "More from the Post:" unmarked (as batch 15\'s bD98B94X15mlyr9z)',
 'wqB1lEpi2DeztToB': 'extraction damaged: a photo caption run into the lede in one paragraph ("Roger AIles and Rupert Murdoch AP Random House will publish ..."), which neither DROP nor TRIM can separate (as batch 21\'s Fw47VDE3IDW4vwYb)',
 'vAuBf55cuI01yINN': 'explainer, not a report (BuzzFeed News "Hundreds Of Kids In The US Have Been Hospitalized ...": after a news lede, "Here\u2019s what we know so far about the new illness plaguing kids:" and sections under one-sentence headings "Most cases respond well to treatment.", "The disease is serious \u2014 but so far it\u2019s rare.")',
 'dIN6zQZmahp77mIw': 'extraction damaged: a long feature (BuzzFeed News on Tara Reade) extracted as 6 paragraphs, dozens of paragraphs run together into two blocks ([2], [4]) between photo captions ("Max Whittaker / The New York Times via Redux Tara Reade, ...")',
 '9B2wYBs57frOawVs': 'extraction incomplete: embedded posts missing or in fragments ("From the White House podium:" with the clip missing; "Here is the exchange from the White House transcript in case you didn\u2019t watch the clip above. While @PressSec mentions ..." a tweet fragment left as a bare line; as batch 15\'s bD98B94X15mlyr9z)',
 'w6zit1Z5RYYaCdBA': 'opinion column, not a report (Breitbart, John Nolte, URL "nolte-joe-biden-has-mini-meltdown ...": "Hey, I\u2019m not judging, okay?", "Here\u2019s Burisma Biden ...", "Presidential material he is not.", footer "Follow John Nolte on Twitter")',
 'x6fD8x9MAa0ist8o': 'service piece, not a report (New York Post "How to safely order takeout and delivery food during coronavirus lockdown": "Here are five tips on handling food during the coronavirus pandemic.", the five tip headings lost in extraction, "Note to readers: if you purchase something through one of our affiliate links ...")',
 'IKy8Y3BXNEEK9hWN': 'text does not match its title (AP "Trump preparing order targeting social media protections"; the body, updated, reports the order signed: "signing an executive order challenging the lawsuit protections ..."; as batch 14\'s tVubIJJAGo0jXKjY)',
 'T9mv5tUyVrP6eh6z': 'extraction incomplete: paragraphs missing mid-text (The Hill "Republicans see silver linings in deep-blue states": "\\"Absent these allegations, this wouldn\'t even be a race,\\" ..." with no allegations reported; "found Dunleavy leading with 47 percent, trailed by Walker ... and Begich" with none of the three introduced; the corpus text itself lacks them)',
 'ZtvjDxArx1u62bn8': 'extraction incomplete: the body lacks the story\'s opening (NYT "Romney Says He Offers Better Chance for Blacks"; starts "But even as he accepted that reality, he appeared determined ...", the N.A.A.C.P. speech and the booing never reported)',
 'NIRYBFzIrPLEkTHJ': 'extraction incomplete: the body lacks the story\'s opening (NYT "From Minneapolis to ISIS: An American\u2019s Path to Jihad"; starts "Mr. Nur\u2019s immigrant parents most likely did not see ...", Mr. Nur and Mr. Yusuf never introduced)',
 'D1DIB8xMedlHI2D0': 'extraction incomplete: the body lacks the story\'s opening (NYT "Justice Dept. Seeks to Curtail Stiff Drug Sentences", 7 paragraphs; starts "For example, in the case of a defendant accused of conspiring to sell five kilograms of cocaine ...", the new policy and "the official" never introduced)',
 '5GuRGVVibn36jU1K': 'reading-list roundup, not a report (The Marshall Project "From Michael Brown to George Floyd: What We\u2019ve Learned About Policing": "At The Marshall Project, we have written many stories about the police ...", summaries of its earlier stories, newsletter plug; as batch 16\'s 28NjlTS54JmOeh61)',
 'EpRPzkLaV8Qf3bQu': 'extraction incomplete: the body lacks the story\'s opening (NYT "Health Site\'s Woes Could Dissuade Vital Enrollee: the Young and Healthy", 7 paragraphs; starts "But getting \u201cyoung invincibles,\u201d as insurers sometimes call them, to sign up ...")',
 'mEaFvBtp22BRIH3b': 'analysis essay, not a report (CSM "Impeachment, Brexit, and the battle to define democracy": "But is it?", "it\u2019s wise to keep in mind one key lesson ..."), and the opening is a 5-paragraph summary repeating later paragraphs ([0] = [20], [2]/[3] ~ [14]/[9]-[10]; as batch 15\'s OvjY5VUiJ3IUyH9M)',
 'hsE8We6zUxKfi4Zo': 'extraction incomplete: the body lacks the story\'s opening (Washington Post "Moderna\u2019s coronavirus vaccine shows encouraging early results in human safety trial"; starts "The company\u2019s stock, along with the Dow Jones industrial average, soared on the report that ...", the company\'s announcement never reported)',
 # batch 23
 'r6HXR3SxphbAagSG': 'live-updated post, not a single report (Breitbart "Bomb Threat Called Into GOP \"Roast and Ride\" Iowa Event": reverse-chronological "UPDATE, 11:13 PM: ...", "UPDATE, 9:33 PM: ..." entries above "Original text appears below." and the original report; as batch 18\'s pkJKCO12wm6FccLe)',
 '3ZZDo3HQPGIksVIJ': 'extraction incomplete: the body lacks the story\'s opening (NYT "Obama Was Pushed by Drug Industry, E-Mails Suggest"; starts "But the bargain was one that the president deemed necessary ...", the e-mails never introduced, "Ms. DeParle" and "Mr. Bryant" never named in full)',
 'mVW6lP6Mgq4srt2S': 'opening out of order: a 5-paragraph summary box precedes the story and repeats it ([0] ~ [18]-[19] "This trip really is about continuity," Bruce Riedel; [1] ~ [9]-[11]; [2] ~ [5]-[6]; [3] ~ [12]; as batch 22\'s CSM mEaFvBtp22BRIH3b and batch 15\'s OvjY5VUiJ3IUyH9M)',
 '7nBahqzbywS184W1': 'interview transcript, not a report (NPR "Americans Don\'t Disagree On Politics As Much As You Might Think": "Here\'s a transcript of the conversation (edited for length and clarity):", question paragraphs, answers unquoted; as batch 14\'s 0XvXkV3a544yhhBn)',
 '4FmLtTP2nnhEuSB1': 'fact-check column, not a report, and the body lacks its opening (Washington Post Fact Checker "President Trump has made more than 20,000 false or misleading claims": starts "The coronavirus pandemic has spawned a whole new genre of Trump\u2019s falsehoods.", "the tally in our database", book promotion, "Note: The Fact Checker welcomes academic research ...")',
 'kkgXDzs5vdSyg0Ft': 'extraction incomplete: the body lacks the story\'s opening (NYT "U.S. Economy Added Only 74,000 Jobs in December", 7 paragraphs; starts "The one apparent bright spot in Friday\u2019s report ...", the report\'s payroll figure never given, "Ms. Coronado" never introduced)',
 '7OG6WaWHCeVklhHA': 'extraction incomplete: the body lacks the story\'s opening (NYT "Jeb Bush Questions G.O.P.\u2019s Shift to the Right"; starts "But his comments gave voice to the growing drift of the party\u2019s base ...", the comments and the Bloomberg View discussion never introduced)',
 'Uz8Dk64gvh54vHzj': 'extraction incomplete: the body lacks the story\'s opening (NYT "Biden Makes First Campaign Appearance in South Carolina, Key Primary State"; starts "The speech indicated how Mr. Biden will seek to bring ...", the speech never introduced)',
 'H7hd4N8XzMOEOGbL': 'extraction incomplete: the body lacks the story\'s opening (NYT "An Unlikely Political Pair, United by a Disaster"; starts "Before taking the stage at his first rally in Tampa, Mr. Romney issued a statement ...", the Obama-Christie tour of the title only mentioned in passing in [3])',
 'AyLbBM3XnOWC88iL': 'extraction incomplete: the body lacks the story\'s opening (NYT "As Candidates Make Final Pleas, Legal Battles Begin"; starts "In the battles, Republicans are mobilizing ...", the legal battles never introduced)',
 # batch 24
 'RNeFlRrlODuH1fnq': 'column, not a report (The Hill "The Memo: Trump allies say he needs a GOP scalp", footer "The Memo is a reported column by Niall Stanage, primarily focused on Donald Trump\u2019s presidency."; as batch 20\'s 2K5p4sU7yOZHxmm3)',
 '88JWZnE96AIkLXyQ': 'text does not match its title (Fox News "Trump expected to commute Roger Stone sentence, days before prison term set to begin"; the body, updated, reports the sentence commuted: "The White House announced Friday that President Trump signed an Executive Grant of Clemency commuting ..."; as batch 14\'s tVubIJJAGo0jXKjY and batch 22\'s IKy8Y3BXNEEK9hWN)',
 'pecrNGM0czMygw5u': 'extraction incomplete: the body lacks the story\'s opening (NYT "No Morsel Too Minuscule for All-Consuming N.S.A.", 7 paragraphs; starts "In a world of ballooning communications, the agency is sometimes simply overwhelmed.", "the report said" with the report never introduced)',
 'Ferh7Eer771Ted1P': 'opinion column, not a report (New York Post "Powerful men are scared about what Ghislaine Maxwell will say": "Here\u2019s hoping they get it.", "Let\u2019s make sure Maxwell ... never feels safe again.", the author\'s reading of a Netflix documentary)',
 'ZOp94Z59c8aFqq0W': 'service piece, not a report (MarketWatch "How to deal with someone who refuses wear a face mask": "here are some expert-endorsed strategies for persuading them ...", second-person advice throughout; as batch 22\'s x6fD8x9MAa0ist8o)',
 'iplALxsfNDUfpAlY': 'fact-check column, not a report (Daily Beast "Fact-Checking Suzanne Somers\u2019s Claim That Obamacare is a Socialist Ponzi Scheme": "Let\u2019s take it one at a time.", numbered claims, "I can\u2019t be sure what news sites Somers is visiting")',
 '1XSzH7TeL0bcVO7g': 'editorial, not a report (Scientific American "A Nationwide Ban Is Needed for \u201cAnti-Gay Therapy\u201d": "should be banned simply because of the irreparable harm it causes", "this detestable practice")',
 'yNx4SJZmkGIUOwud': 'opening out of order: a summary box precedes the story and repeats it ([0] "Richard Dobbey ... He is starting to look beyond the present crisis. \u201cSome of these things ...\u201d" ~ [26]-[27]; [1] ~ [13]-[15]); as batch 23\'s CSM mVW6lP6Mgq4srt2S)',
 'eNhC3oamrbqMJ5vM': 'extraction incomplete: the body lacks the story\'s opening (NYT "\u2018No Child\u2019 Law Whittled Down by White House"; starts "Congress has tried and failed repeatedly to reauthorize the education law ...", "using the waivers" with the waivers never introduced)',
 'BgJd3RMxaEbe3Hid': 'opinion sketch, not a report (Daily Beast "Washed-Up Chris Christie Rips Into Hillary Clinton": "Christie is a joke again now", "the butt boy for a neofascist", "Now he just has Trump.")',
 'q2eG1eSUsBWXMQ5Q': 'markets wrap, mostly data lists ("Here are some of the equity moves:", "These are the main moves in markets:" and 15 one-line price moves), extraction damaged (list items run together with the previous item\'s tail: "strong third-quarter earnings. CBS Corp. rose ...", "amid speculation of a coming merger ... Gap Inc. added ..."; "Oil ." with its text lost); as batch 15\'s mLVKGNdzo2yHMEYA)',
 'nMLDajdLvZa4CriQ': 'analysis/commentary, not a report (Breitbart "The Days of Hamas are Numbered": "the move is more likely the beginning of a switch from defense to offense", "Miliband has evidently decided that Israel\u2019s security is a fair price to pay ...", "The days of Hamas are numbered")',
 'OJtAGpWGDw94K6uH': 'extraction damaged: sentences duplicated and run together ([3] repeats its own second half "the lunch is a time for ..."; [7] runs three paragraphs together, repeating [5]-[6]: "... press conference.After asking several questions ..."), and [5] "took a microphone from Acosta" comes before Acosta\'s press-pass dispute is introduced (The Hill "White House excludes CNN from annual SOTU media lunch")',
 'k58gt95kHVnf52aV': 'extraction incomplete: the body lacks the story\'s opening (NYT "Marco Rubio Gets Party\u2019s Blessing, but Not Voters\u2019", 8 paragraphs; starts "Advisers to Mr. Rubio are quick to point out ...", the Nevada result never reported, "Mr. Bush tried to project a similar air ...")',
 'PsiHZV5YeXQ6V9Vt': 'extraction incomplete: the body lacks the story\'s opening (NYT "As Trump Consolidates Power, Democrats Confront a Rebellion in Their Ranks"; starts "And as the Democratic National Committee moves to eliminate superdelegates ...", "Mr. Crowley\'s" and "the immigration protest" never introduced)',
 'gXJAhLqV2YI9z1P5': 'TV-monologue transcript, not a report (Daily Wire "Tucker Carlson Shows How Media And Democrats Appear To Be Parroting Chinese Propaganda": three paragraphs of summary, then "TRANSCRIPT:" and the monologue unquoted, "Watch this clip ..." with the clip missing; as batch 23\'s 7nBahqzbywS184W1)',
 'aCHeQTBHGmcNHLTQ': 'extraction incomplete: the embedded tweets and the quoted passage it introduces are lost ("He then linked to a number of articles ...:", "Mashal was echoed by many others:", ends "As The Los Angeles Daily News (via AP) reported in 2008:"), and a media-criticism piece (Daily Wire "NY Times Publishes Op-Ed By Afghan Terrorist Leader. Even Their Own Correspondent Roasts Them.")',
 '15JeinOp2jlZhGKU': 'commentary/explainer on a video, not a report (International Business Times "Political News Click-Bait: This 7-Minute Video Will Open Your Eyes": the video missing, "Of course, resources exist for checking ...", ends "Always get a second opinion.")',
 'eBRm9NsPrR4NWeic': 'extraction incomplete: the body lacks the story\'s opening (NYT "In Year Since Searing Death, Ferguson Sees Uneven Recovery", 9 paragraphs; starts "\u201cWe love Ferguson ...,\u201d said Barbara Tipsword, a volunteer at the store.", the store never introduced)',
 '68L9dRfRfZ4XW7Ix': 'extraction incomplete: the body lacks the story\'s opening (NYT "Slowdown in Growth Could Reshape Fight for Presidency"; starts "\u201cOur economy is still facing some serious headwinds\u201d ..., he said", the speaker and the jobs report never introduced)',
 'kKpMHkcRYhNVdGg7': 'media-criticism piece, not a report (Daily Caller "Journalists Struggle To Define \u2018Fake News\u2019 Even As They Declare War On It": no news event, an argued survey of other outlets\' coverage, "(RELATED: ...)" links in six paragraphs)',
 'kjoMaahPVVg43w3R': 'extraction incomplete: the body lacks the story\'s opening (Washington Post "Trump says he will issue order to suspend immigration during coronavirus crisis ..."; starts "The order is currently with the Justice Department\'s Office of Legal Counsel for a review ...", the order never introduced; as batch 22\'s hsE8We6zUxKfi4Zo)',
 'Rp3mP31vuXzyH1DG': 'extraction incomplete: the body lacks the story\'s opening (NYT "Legal Battle Begins Over Obama Bid to Curb Greenhouse Gases", 9 paragraphs; starts "He added, \u201cThere are ongoing harms incurred by the states ...\u201d", the speaker, the rule and the hearing never introduced)',
 '5mBezNnq3KHi89pu': 'opening out of order: a 4-item summary (Business Insider\'s key-point bullets, bullets lost) precedes the story and repeats it ([0] ~ [4], [1] ~ [10], [2] ~ [6], [3] ~ [5]); as the CSM summary-box exclusions (batch 23\'s mVW6lP6Mgq4srt2S)',
 # batch 25
 'p1DARG5cIlPgR7Fj': 'extraction incomplete: the body lacks the story\'s opening (NYT "Kavanaugh Could Unlock Funding for Religious Education, School Voucher Advocates Say"; starts "Judge Kavanaugh has said his upbringing ... As a young boy, Mr. McGuire recalled ...", "Mr. McGuire" never introduced)',
 'Hg7QHJVYigaIRmUC': 'extraction incomplete: the body lacks the story\'s opening (NYT "Mueller Won\u2019t Indict Trump if He Finds Wrongdoing, Giuliani Says", 7 paragraphs; starts "If Mr. Trump refuses to be interviewed, Mr. Mueller could subpoena him ...", Giuliani\'s statement in the headline never reported)',
 '1VObIYZo6NWxT6Dl': 'news analysis, not a report (CSM "What Cruz victory in Wisconsin really tells us": a reading of exit polls in the writer\'s voice, "The Wisconsin exit polls tell the story.", "In short, the Republican Party can\u2019t win.", "Perhaps more troubling for the GOP ...")',
 'n91GzHxtKxlItQuR': 'analysis/explainer, not a report (CSM "How a ruling against Obamacare could leave both political parties in a bind": a conditional scenario piece on a pending case, "Will Republicans have the legislation ready in time ...? Will they have the votes ...?", "For now, it\u2019s not clear which way the court will rule.")',
 'zAnKVkoKZyDRf0Q2': 'extraction damaged (BBC "London attack: Seven killed in vehicle and stabbing incidents", a live-updated page): a bullet list\'s items run together with a duplicated fragment ([14] "and for people concerned about friends or relatives Two Australian citizens ..."), and two boxes with their headings and bylines lost (a correspondent\'s scene report "It\'s 8am and dozens of police cars ..." and a security analysis "The brutal reality is ..." in the middle of the report), ends "upload them here."',
 'PIyQ66aLnA7DUdEe': 'extraction damaged: five paragraphs run together without spaces in [0] ("... didn\'t start out that way.House Majority Leader ...", "... in the presidential polls.\"His reasoning ...", "... shifted that way.\"Podliska says ...", "... Chris Stevens.But on Sunday ...") (Newsmax "Ex-Benghazi Panel Investigator: Focus Shifted From Tragedy to Hillary")',
 'f0CMurHFxfrX2Jxr': 'extraction damaged: a block quotation lost its marking and reads as the writer\'s own text ([9] "The outlines of an accommodation [between the West and Russia] are already visible: ... Only active American participation ... can produce an equitable negotiated settlement.", Thomas Graham\'s Financial Times commentary, with no quotation marks or introducing colon) (CSM Security Watch digest "US to impose new sanctions on Russia - and holds more in reserve")',
 'kmvpViGBgedBDwJS': 'extraction incomplete: the body lacks the story\'s opening (NYT "Catholic Bishops Elect Defender of Immigrants as First Hispanic President", 7 paragraphs; starts with a quotation by "Ms. Morales Rocketto", never introduced; the election in the headline never reported)',
 'xnoV4ssnKBhdlY6s': 'extraction incomplete: the body lacks the story\'s opening (NYT "Health Site Woes Undermine Obama\u2019s Vow on Government", 8 paragraphs; starts "Still, extended problems would almost certainly provide ammunition ...")',
 '0Pn5HdNafoOk7GRM': 'extraction incomplete: the body lacks the story\'s opening (NYT "Immigration Reform Falls to the Back of the Line", 8 paragraphs; starts with a quotation by "Mr. Cabrera", never introduced)',
 'dL3Aq5cZ3lvA2Ahx': 'extraction incomplete: the body lacks the story\'s opening (NYT "Theresa May, Despite U.K. Election Setback, Will Form a Minority Government", 6 paragraphs; starts "The Democratic Unionists are the harder-line ... party", "Mr. Ricketts" never introduced)',
 'L8xPQE9IKuRWNE9V': 'extraction incomplete: the body lacks the story\'s opening (NYT "Rand Paul Taking an Untested Route to the Republican Nomination", 8 paragraphs; starts "Both Mr. Paul\u2019s words on Tuesday and the scene that played out on stage ...", the announcement never reported; a photo caption "Image A Rand Paul supporter ..." left in [3])',
 # batch 26
 '3qWRIRCUsNQr1N2E': 'podcast promo, not a report (Daily Caller "Michelle Malkin: Grassroots \u2018Would Rather Watch Diamond And Silk Than CNN Or Fox News\u2019": the host\'s show notes for his own podcast, "Listen:", "Show Map:" and ten timestamped topic lines, "You can Subscribe and Listen to the Podcast on iTunes , and be sure to leave me a Rating and Review!")',
 'I5RT1oBtWJ9SDcOt': 'comment, not a report (The Guardian "Trump administration plans crackdown on protests outside White House": "among other affronts to the first amendment", "Naturally, civil liberties groups consider ...", "One might argue when it comes to preserving our right to protest no cost is too high."; an embedded tweet left as a bare line)',
 'AUd9Adqv63efFulv': 'text does not match its title (Reuters "Ex-Trump chief strategist Bannon to meet with House panel on Russia"; the body, updated, reports the meeting held: "Bannon declined on Tuesday to comply with a subpoena ...", "Bannon spent hours on Tuesday meeting behind closed doors ..."; as batch 24\'s tVubIJJAGo0jXKjY and 88JWZnE96AIkLXyQ)',
 'LwK5PEasZQPvdRZd': 'editor\'s letter, not a report (CSM "Bernie Sanders is out, but his influence on Democrats lives on": starts "Dear reader:", first person "I can\u2019t let this moment pass ...", "As a college senior in Vermont, I remember ...", ends "Stay tuned for our coverage ..." and "Let us know what you\u2019re thinking at csmpolitics@csmonitor.com.")',
 'InQvyjKiuWpzE5ys': 'extraction incomplete: the body lacks the story\'s opening (NYT "Supreme Court Same-Sex Marriage Ruling Likely to Land in Term\u2019s Finale", 9 paragraphs; starts with a quotation by Geoffrey R. Stone about "an opinion when it was done", the same-sex marriage case never introduced)',
 'vrOANgPX1lTu1Igh': 'extraction incomplete: the body lacks the story\'s opening (NYT "Clinton Supports Obama at New York Fund-Raisers"; starts with a quotation by "Mr. Clinton", the fund-raisers and "Mr. Lasry", "the first reception", never introduced)',
 'Dz6oqBB3ecN6TtZe': 'commentary round-up blog post, not a report (BBC "Echo Chambers" blog, "CIA interrogation report: Battle lines being drawn": a digest of other outlets\' opinion pieces in the writer\'s voice, "Such arguments are bunk, writes ...", "expect the argument to only grow fiercer", ends "History is written by the victors, as the saying goes.")',
 'acklFoJebdrCQVKB': 'news analysis, not a report (Yahoo News "Paul Ryan sets 2016 House agenda as if he\u2019s campaigning for president": the writer\'s reading of a speech, "perhaps the fact that the speech was planned before his speakership constitutes the most useful lens ...", "But make no mistake: Ryan\u2019s speech was important.", "he is a bit of a political unicorn", ends "a lot like Paul Ryan, maybe, four or eight years older")',
 'n3uD9NpdOMafyutP': 'extraction incomplete: the body lacks the story\'s opening (Washington Post "Supreme Court says Manhattan prosecutor may see Trump\u2019s financial records, denies Congress access for now"; starts "In the other, the court said ...", the first ruling never reported)',
 'rHjmnZLqsECpAJkr': 'extraction incomplete: the body lacks the story\'s opening (NYT "California Faces a New Quandary, Too Much Money", 7 paragraphs; starts with a quotation by H. D. Palmer on "the surge of revenues", "Mr. Brown\u2019s figure" never introduced)',
 'T6cIljdiR11EI8rs': 'media-criticism piece, not a report (TheBlaze "Media outlets pounce on Trump rally, ignore BLM protests ...": a list of other outlets\' headlines, "Yet most major news outlets ... make no mention ...", ends "It is this type of selective reporting that causes many Americans to distrust the media."; as batch 15\'s B3g44lbsQdeMhy7p)',
 'cND6fZDkKHxerMXR': 'science essay/explainer, not a news report (Scientific American "No One Can Explain Why Planes Stay In The Air": a long feature on theories of lift in the writer\'s voice, "Aren\u2019t we getting something for nothing here?", "Lift, as you will recall, ...", ends "So where does that leave us? In effect, right where we started ..."; a photo caption in [24]; as batch 20\'s zHp0hnTtpQ8HuFei)',
 # batch 27
 'PFgOu43maJA5TRv7': 'extraction incomplete: the body lacks the story\'s opening (Politico "Pentagon opens investigation into media leaks amid Russian bounty reports", 8 paragraphs; starts "Esper also told lawmakers on Thursday ...", the leak investigation in the headline never reported)',
 'JOduwnXUkMy2ecJ5': 'opinion column, not a report (Fox Business "Coronavirus crisis proves \'net neutrality\' was a mistake, repeal was right move": argument in the writer\'s voice, "Regulations can make things worse.", "That is what over-regulation looks like.", footer "Grover Norquist is president of Americans for Tax Reform.")',
 'N55n5UVeAZHWSSva': 'extraction incomplete: embedded tweet missing (Fox News "Ginsburg under fire from both sides ...": "And Trump himself lashed out on Twitter, saying:" with the tweet, his call for her to resign, missing; as batch 18\'s bD98B94X15mlyr9z); a related-link question "How can Supreme Court justices be penalized?" at the end',
 'a02bkmOcmgYBhGfO': 'extraction incomplete: the body lacks the story\'s opening (NYT "Senate Passes Bill to Widen Tax Collection on the Web", 7 paragraphs; starts "But opponents say they will try to slow the process down in the House ...", the Senate vote never reported, "Mr. Norquist" never introduced)',
 '1600C0s1hihgG5Wm': 'extraction incomplete: the body lacks the story\'s opening (NYT obituary "Mario Cuomo, Ex-New York Governor and Liberal Beacon, Dies at 82", 7 paragraphs from the middle of the life story; starts "But he was no longer the formidable figure in New York he had been.", the death never reported)',
 'dY0YxNTgSSiGcfuQ': 'opening out of order: a 5-paragraph summary box precedes the lede and repeats later paragraphs ([0] ~ [20]/[23] Borick, [1] ~ [29], [2] ~ [13]/[14], [3] ~ [12], [4] ~ [11]); as batch 15\'s OvjY5VUiJ3IUyH9M and batch 24\'s 5mBezNnq3KHi89pu (CSM "In this Pennsylvania swing county, \u2018socialism\u2019 is a hot topic")',
 'p54iK1WU5XeThQBv': 'opinion essay, not a report (Daily Beast "How the House of Representatives Can Steal the Election for the GOP": scenario piece in the writer\'s voice, "Go figure.", "Farfetched?", "Should such a political apocalypse occur this year, there is a silver lining.", no news event)',
 'M3k4uysN6UcqeZgU': 'advice piece, not a report (CNBC Make It "People mostly staying home are still getting Covid-19\u2014here\u2019s the problem and what to do about it": "here\'s a reminder checklist of the measures ...", second-person tips, the checklist headings lost in extraction)',
 '8WGO27MNURXBZiBU': 'extraction incomplete: the lede and the speakers are lost (Axios "Trump on Syria\'s Kurds: \"They\'re not angels\"": starts with a bare quotation, Trump\'s, never attributed; [5] a second bare quotation (Graham\'s? McConnell\'s?) with no speaker; Axios "Driving the news:" / "The big picture:" format)',
 'BjanY1qMf6ctpN7U': 'newsletter digest, not a single report (ABC News "The Note" (URL "note-gop-prospects ..."): capitalised item headings "--REPUBLICANS FLOCK TO THE GRANITE STATE:", "NOTED:", "THIS WEEK ON \'THIS WEEK\':", links "http://abcn.ws/...", ends with a "WHO\'S TWEETING?" list of tweets)',
 'rw0igfeDfwvJTGoV': 'media-criticism piece, not a report (Daily Caller "Facebook Falsely Claims Colin Powell Cleared Hillary In Email Case": "Facebook\u2019s \u201cTrending Topics\u201d section is at it again.", "The only problem is it didn\u2019t happen.", argument on Clinton\'s email system; a bare related-link line "Colin Powell denied Clinton\u2019s claim ..."; as batch 15\'s B3g44lbsQdeMhy7p and batch 26\'s T6cIljdiR11EI8rs)',
 'oFM993zN8enYWNHC': 'text does not match its title (USA Today "Reports: 6 dead, suspects sought in Navy shooting"; the body, updated, reports 12 killed and a single gunman, Aaron Alexis, dead: "killing 12 people before being shot dead himself", "confident there was only one gunman"; as batch 24\'s tVubIJJAGo0jXKjY and batch 26\'s AUd9Adqv63efFulv)',
 'O5ELGCseIHbitLAG': 'extraction incomplete: the body lacks the story\'s opening (NYT "Rig Runs Aground in Alaska, Reviving Fears About Arctic Drilling", 8 paragraphs; starts "The Kulluk is sitting on the southeast coast of Sitkalidak Island ...", the grounding never reported)',
 'N4sgNHxkJmuw8lmH': 'news analysis, not a report (Politico "Obama\'s not-so-peppy pep talk": the writer\'s verdict on an Oval Office speech, "America knows just about as much ... as it did before", "Scapegoating Muslims: bad.", "If Obama\u2019s goal was to reassure people, he doesn\u2019t seem to have managed that.")',
 'PK0VpMbcFKqu0Gl8': 'extraction incomplete: the body lacks the story\'s opening (NYT "Gun Makers Use Home Leverage in Connecticut"; starts "But the failed effort to enact the microstamping measure shows ...", the measure never introduced)',
 '6wRv9CNsETb1c5eo': 'text does not match its title (CBS News "Brazil\'s Bolsonaro says he\'ll consider aid to fight Amazon fires if Macron apologizes to him first"; the body, updated, leads with his government now accepting all foreign aid: "will accept all foreign aid ... as long as it can decide how to use the assistance. President Jair Bolsonaro originally said he would only accept help if ... Macron apologized"; as batch 26\'s AUd9Adqv63efFulv)',
 '9BtaeR4KkE02JpwR': 'news analysis, not a report (Daily Beast "Merrick Garland\u2019s Lonely Road to Purgatory": "he has become the unofficial mascot of Washington dysfunction", "But isn\u2019t it hypocritical for Republicans ...?", "his slow walks of shame through the hallowed Capitol grounds go largely unnoticed"; no news event)',
 'IWqLJ1tSLhbNezO4': 'extraction incomplete: the body lacks the story\'s opening (NYT "More Sanctions on North Korea After Sony Case", 6 paragraphs; starts "Still, the administration is clearly stung by the comparisons ...", the sanctions announcement never reported)',
 'WUg9Sxc278YKuvuL': 'anniversary analysis, not a report (CSM "For Newtown\'s gun-control families, a year of mixed results": "It seemed simply another sad fact of a terrible day ... Yet a year later, Newtown is becoming associated with a brighter notion: hope.", "Yes, they\'ve experienced major setbacks, but ...", "The upshot: Gun-friendly states have become gun-friendlier"; as batch 25\'s CSM analyses 1VObIYZo6NWxT6Dl and n91GzHxtKxlItQuR)',
 'BtoSNvj054ttsMtv': 'extraction incomplete: the body lacks the story\'s opening (NYT "Moussaoui Calls Saudi Princes Patrons of Al Qaeda", 7 paragraphs; starts "But the extent and nature of Saudi involvement in Al Qaeda ...", the testimony never introduced)',
 'RGRiywzMYYubhrSk': 'extraction damaged (TheBlaze "Both Bush presidents just unloaded on Trump in new book ..."): question crossheads ("What did they say?", "Who did the former presidents vote for in 2016?"), the answer list cut to one item ("George W. Bush: \"None of the above\"", the elder Bush\'s line lost), and Sanders\'s statement ([12]) lost its opening quotation mark after a duplicated introduction ("told The Hill:" / "said in a statement to The Hill")',
 'CPRvPILTmeX6zQNe': 'list, not a report (Breitbart "10 Top Republicans Sitting Out the RNC Convention": "Here are ten of the most prominent Republicans who say they\u2019ll skip out on the convention ...", item headings "Two former Republican Presidents: ...", "Four former presidential candidates: ...", background profiles; as batch 18\'s IfOSpyTqBPCtSJDR)',
 # batch 28
 'VeBL9eOTQ5aACwRp': 'extraction incomplete: embedded tweets missing (Daily Caller "GOP Lawmakers Shocked By House Intel Report Alleging Surveillance Abuse": "Texas Rep. Louie Gohmert tweeted a link to Carter\u2019s story shortly after its publication:" and "Rep. Ron DeSantis also tweeted Thursday:" with both tweets missing; as batch 15\'s bD98B94X15mlyr9z and batch 27\'s N55n5UVeAZHWSSva)',
 'Bb2srxUehDh8Sn6t': 'press-review digest, extraction incomplete (CSM Security Watch "Syria\'s president claims Russian arms are already arriving": "\u2022 A daily summary of global reports on security issues.", a round-up of other outlets\' reports, an unmarked block quotation after "The Times reports:", and it ends on "The Chicago Tribune wrote an op-ed today ... noting that Assad and his allies have \u201craised the ante\u201d ...:" with the quoted passage missing)',
 'QuPa5QAlqH40UW2O': 'news analysis, not a report (NPR "Donald Trump Might Be In Real Trouble This Time": "Let\'s take a step back from the news of the past few days and ask a fundamental question", "snarl at a baby or maybe punt a puppy off the podium", "so we should expect to hear it often")',
 'UDrM4n1boDroTRam': 'text does not match its title (Reuters "George Floyd to be buried Tuesday as global anti-racism protests spread"; the body, updated, reports the funeral held and the burial done: "was memorialized at his funeral on Tuesday", "where Floyd was buried in a private ceremony"; as batch 26\'s AUd9Adqv63efFulv and batch 27\'s oFM993zN8enYWNHC)',
 'asV7UKJZ7Obdhtdz': 'extraction incomplete: the body lacks the story\'s opening (NYT "McConnell Faces Pressure From Republicans to Stop Avoiding Shutdown Fight", 8 paragraphs; starts "Mr. McConnell, 76, is the longest-serving Senate Republican leader ...", the pressure in the headline never reported)',
 'veb5zFjkfkWJVEIU': 'policy analysis/magazine essay, not a report (Politico Agenda "The anti-innovation presidency": the writer\'s argument on the budget, "There\u2019s a political logic to Trump\u2019s innovation policy heresies.", capitalised section opener "OBAMA FIRST UNVEILED ...", "the senior budget official told me")',
 'YFNDYkiDOq87069f': 'news analysis, not a report (Politico "Politicians and gay marriage: Profiles in calculation": "historians will surely also note ...", "But does anyone really believe ...?", "here are a half-dozen takeaways on the new politics of gay marriage:" with the takeaway headings lost in extraction)',
 '6Rk6M7hy73Ma9fdS': 'opinion column, not a report (Breitbart Big Peace "Sudanese Christian\'s Release a Testament to the Power of Advocacy": "Welcome news:", "If true, this is a testament to the power of advocacy ...", "Trust and verify comes to mind.", author bio "Faith J. H. McDonnell directs the Institute on Religion and Democracy\'s Religious Liberty Program ...")',
 'TGZEJIAgbmhm6KDw': 'transcript excerpt with the writer\'s commentary, not a report (TheBlaze "Elizabeth Warren shrugs off projected 2M jobs lost under Medicare for All": 6 paragraphs, two of them a speaker-labelled transcript "McDermott: ..." / "Warren: So I agree. ...", and a closing verdict "While she may have some generally fair points ..., she didn\u2019t address ...")',
 'jkPDZz0Ybf4FYthU': 'list, not a report (Scientific American reprint from Ensia "Keep an Eye on These 2020 Conservation Issues": "Here are their top picks ...:" and 15 trend items, their headings mostly lost in extraction ("Better Buds for Bees?" left))',
 'kxHci3ctQVKuTQnA': 'opening out of order: the body starts with two paragraphs from later in the story ("As elsewhere in Europe, Mr. Putin courted Bulgaria\u2019s pro-Russian far right party ...", a quotation by "the Bulgarian official, Bojan Stoyanov") before the lede "Vladimir Putin had a problem." (NYT "How Putin Forged a Pipeline Deal That Derailed", 7 paragraphs)',
 'Q6rFgjWhCPje2klJ': 'opening out of order: a 4-paragraph summary box precedes the lede and repeats later paragraphs ([0] ~ [12], [1] ~ [11], [2] = [9], [3] ~ [8]; Dr. Temple quoted before he is introduced); as batch 15\'s OvjY5VUiJ3IUyH9M and batch 27\'s dY0YxNTgSSiGcfuQ (CSM "Isolated from peers, teens find new paths to community amid pandemic")',
 'XNZRLXMbOeGsm3IK': 'news analysis, not a report (Politico "Clinton\'s effective Obama embrace": the writer\'s verdict on a convention speech, "Hurricane Bill made landfall here Wednesday night.", "as he prosecuted the case ... better than the Oval Office occupant has been able to", "It was a display of political force ..."; as batch 27\'s N4sgNHxkJmuw8lmH)',
 'v6m1w2QDbxFifw4K': 'media-criticism piece, not a report (Daily Caller "Liberal Reporters Are Pushing A Conspiracy Theory That Has Plagued Republican Presidents For Decades": a survey of other outlets\' speculation from 2004 to 2020, "Despite there being no solid proof ..., Hayes didn\u2019t push back", no news event; as batch 15\'s B3g44lbsQdeMhy7p and batch 27\'s rw0igfeDfwvJTGoV)',
 '5dOcQp9dLGXGKiLX': 'opinion-writing round-up, not a report, and the body lacks its opening (NYT "Right and Left: Partisan Writing You Shouldn\u2019t Miss": items "\u2022 George D. O\u2019Neill Jr. in The American Conservative:" with a pull quote, a summary and "Read more \u00bb"; starts mid-list with the first item\'s summary)',
 # batch 29
 'BMEPKHYvHi35sxh8': 'political newsletter digest, not a report (Fox News First, Chris Stirewalt, "That\u2019s a mighty big \u2018if\u2019 Mr. President": a "Buzz Cut:" contents list, 20-odd capitalised items "OBAMACARE STUCK IN THE SWAMP - ...", bracketed promos "[Watch Fox: Sen. David Vitter, R-La., appears in the 9 a.m. ET hour]", "WITH YOUR SECOND CUP OF COFFEE...", book excerpts, "Chris Stirewalt is digital politics editor for Fox News. Want FOX News First in your inbox every day?")',
 'cE2D3Y0poTMNUdIH': 'extraction incomplete: the body lacks the story\'s opening (NYT "Bombings Make a Bitter Bookend for F.B.I.\'s Director", 7 paragraphs; starts "His defenders, including President Obama, praise the bureau for its fast work in identifying Mr. Tsarnaev, 26, and his brother ...", Mr. Mueller and Tamerlan Tsarnaev never introduced)',
 'XX4HFfdRs5fWsdhW': 'lifestyle/trend feature, not a report (Vice "If You\'re Feeling Impulsive Right Now, You\'re Not Alone": pandemic impulse buys, break-ups and haircuts, second-person advice "if you\u2019re sensing a degree of lawlessness inspiring your impulsivity ... it may be cause to take a step back", "Basically: If a patchy buzzcut or a new tattoo helps us cope ... then seize the day"; no news event)',
 'IURkAy1u4amMPoch': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump Asks Supreme Court to Bar Release of His Tax Returns", 8 paragraphs; starts "Last week, a unanimous three-judge panel of a federal appeals court in Manhattan ruled against Mr. Trump.", the petition in the headline never reported)',
 'XYtJ9oO0IXRTYAeV': 'extraction incomplete: the body lacks the story\'s opening (Washington Post "New generation of activists, deeply skeptical of Democratic Party, resists calls ..."; starts "But before Jane Castor could speak, she was greeted by an organizer brandishing a bullhorn.", the Tampa scene and Floyd never introduced)',
 'Bdj9YlmscKSjMIPq': 'extraction incomplete: the body lacks the story\'s opening (Politico "Pelosi threatens to delay Senate impeachment trial"; starts "In recent weeks, some legal scholars have suggested ...", Pelosi\'s threat never reported, "Hoyer said" and "Pelosi\'s remarks" without antecedent)',
 '0g3n1O6U8HC3Ftuo': 'first-person essay by the study\'s authors, not a report (The Guardian books section "Study shows books can bring Republicans and Democrats together": "As professors of literature, we are constantly reminded ...", "we decided to study readers\u2019 behavior through the website Goodreads.com", photo captions "Facebook Twitter Pinterest ...", "Liberals ... might have something to learn.")',
 'gRzVXqiyAMLFdGkx': 'news analysis/commentary, not a report (CBS News "The unserious posturing over the \"fiscal cliff\"": "There is some truth to that.", "She\'s right.", "Here\'s the reality:", "Think of it this way: You want to buy a car that is worth $5,000.")',
 'sXqWiEtfMu5DqBwW': 'newsletter compilation, not a report (CSM "The Politics of US: Muslim refugees and national security": "In this week\'s edition:", excerpts from several Monitor stories run together, "We encourage you to contact the Monitor on Twitter ... if you can improve our chart!", "Sources: Politifact, CBS News, ...", a Q&A item, numbered reading-list items "3. \"Dear President Obama: ...\"", "Part 6: How to save kids from ISIS? Start with mom.")',
 'xaPIr9ronUvV3K9N': 'media-criticism commentary, not a report (Washington Free Beacon "NY Times Editor Admits Editing Article on Biden Sexual Assault Allegation ...", 6 paragraphs on another outlet\'s interview with the writer\'s verdicts: "Baquet failed to muster a coherent response", "She turned out to be about as credible as her attorney.", "Apparently the same can not be said of Joe Biden ..."; as batch 15\'s B3g44lbsQdeMhy7p)',
 '3DfeVNHN91iMo6xj': 'news analysis, not a report (NPR "Round 2 Of Clinton-Trump Proves Combative \u2014 But Provides No Knockout": the writer\'s verdict on a debate, "It could be said this meeting had the highest stakes ever ...", question crossheads "Grading On A Curve?", "So Did Anyone Win?")',
 'Jn0vCNRxhMe4JBP3': 'live-updated round-up, extraction damaged (ABC News "Coronavirus altering 2020 election in fundamental ways", URL "upcoming-democratic-debate-moved-phoenix-dc": "Here\'s a roundup of how the virus is impacting the election cycle.", an ABC News Live promo, "What to know about Coronavirus:", photo captions; updates left side by side: [14] and [16] report the same Trump Victory training week, the campaign events "shifting all current events ... to virtual" and "moving forward as normal"; [34] garbled "His proposal includes:\" the wide availability ...\" Biden\'s campaign announced ...")',
 'FTvsTQDmIAIwWHra': 'text does not match its title (Reuters "Second day of bombs target Democrats, critics of Trump"; the body, updated, reports the suspect\'s arrest on the Friday: "The man suspected of mailing at least 14 pipe bombs ... was arrested on Friday in Florida"; as batch 28\'s UDrM4n1boDroTRam)',
 'TPFDPWRHiIpOp7zq': 'Q&A explainer, not a report (Newsmax, AP copy, "The Tiebreaker: Biden\'s New Role If Senate Splits": "Some questions and answers about what happens if the Senate splits in November:", question headings "HAS IT EVER HAPPENED BEFORE?", "WHAT ARE THE CHANCES OF A TIE THIS YEAR?", "SO WOULD BIDEN BE CALLED UPON TO VOTE ON EVERY BILL?")',
 'tr8Zg0BC1zTEkyX2': 'explainer with the writer\'s speculation, not a report (TheBlaze "Bernie Sanders says he will drop out if Joe Biden has more delegates by the convention ...": question crossheads "What\'s this about?", "So what is Sanders saying?", "Why would he do this?", "More likely, however, Sanders is probably just trying to set a standard ...", "The truth is, ...")',
 'hsB2ob0EsCIvdmwS': 'explanatory essay built around images missing from the text (Grist/Climate Desk "Science confirms: Politics wrecks your ability to do math": "You can peruse the image below to see exactly what research subjects read", "depicted below with the correct answer in bold:" and "comparing ... (above) and ... (below)" with the tables and charts missing; "But we\u2019re getting a little ahead of ourselves", "This story was produced as part of the Climate Desk collaboration.")',
 'n80CPQrLUKjDRW4V': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump\u2019s Trade War Against China Is Officially Underway", 6 paragraphs; starts "On Thursday, President Trump showed no signs of backing down from his fight ...", the tariffs taking effect never reported; a bracketed link "[Read more about how Chinese shoppers reacted ...]")',
 'jTtfyTVNwyKSC1Y1': 'extraction incomplete: the body lacks the story\'s opening (NYT "Don\u2019t Use Debt Ceiling as Weapon, Obama Tells G.O.P."; starts "The White House hopes such statements help crack Republican solidarity.", the statements never reported)',
 '7tumNOOqLAitdzuy': 'economics column, not a report (MarketWatch "If the coronavirus isn\u2019t contained, a severe global recession is almost certain", Rex Nutting\'s argument: "We\u2019d like to think that we can know the worst that could happen ...", "Sadly, the things we need most ... are harder to find than a surgical mask."; ticker widgets "GDOW, +4.67% SPX, +9.28%", a pull quote, "Also read:" link, crosshead "Could GDP contract 4.5%?")',
 'DVnc56YTjnBbEpzj': 'historical news analysis in list form, not a report (NPR "This Isn\'t The First Time Americans Have Shown Fear Of Refugees": "Nonetheless, it had to happen", "And it is not the first time the impulse has been to raise the drawbridge:" and dated entries "2010 \u2014 Haitians: ...", "1980 \u2014 Cubans: ...", "1975 \u2014 Vietnamese: ..." back to the 1850s; as batch 17\'s 9pa3v73wZBL8gAdl)',
 '8LIOOWpoWG8OZqPv': 'video post, not a report (Daily Caller "Watch This Con Law Prof Knock Down MSNBC\u2019s \u2018Obstruction Of Justice\u2019 Narrative In Less Than Two Minutes": 6 paragraphs, a write-up of a cable-TV clip (missing) that is mostly the guest\'s transcribed answers, "knocking down the \u201cobstruction of justice\u201d narrative"; [5] garbled "constitutional authority ap and"; the title rule catches "WATCH:" only at the start with a colon)',
 'XcLvRomdXqdgqV9q': 'extraction incomplete: the body lacks the story\'s opening (NYT "Health CareLaw Fails to Lower Prices for Rural Areas", 8 paragraphs; starts with an example, "In rural Baker County, Ga., where there is only one insurer, ...", the finding in the headline never stated and "The Times\u2019s analysis" cited before it is introduced)',
 'G2s3SrAAoz3Wn2KF': 'extraction incomplete: the body lacks the story\'s opening (NYT "Latino Vote Not Fully Felt at Voting Booth"; starts "That disparity is echoed in swing states across the country.", the disparity never reported, "Mr. Monterosso" never introduced)',
 'jVbyXOFCnndOGm0j': 'report interleaved with the writer\'s polemic, not a straight report (Breitbart London "Pope Hails Election of Sadiq Khan, Celebrates Mass Muslim Migration Into Europe": "However, the situation ... is distinctly different: the \u201cbarbarians\u201d ... did not follow a religion which historically, violently, conquered dozens of countries", "Though Lebanon is perhaps not the best illustration for the Pontiff to draw upon.", unsourced asides on Indonesia and Lebanon)',
 'd40ilYS9xpZ33UcO': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump\u2019s Iran Strategy: A Cease-Fire Wrapped in a Strategic Muddle", 7 paragraphs; starts "Mr. Sadjadpour called the speech \u201cstrategically incoherent.\u201d", the speech and Mr. Sadjadpour never introduced), and a news analysis ("His answer to that contradiction seems to be ...", "It seems unlikely they will heed his call.")',
 'idS1iFSNR7cy0EgZ': 'extraction incomplete: the body lacks the story\'s opening (NYT "Justice Dept. Revives Push to Mandate a Way to Unlock Phones", 7 paragraphs; starts "The researchers, Mr. Ozzie said, recognized that \u201cthis issue is not going away,\u201d ...", the push, the researchers and Mr. Ozzie never introduced)',
 'io91dErUxIrWbi3X': 'extraction incomplete: the body lacks the story\'s opening (NYT "Grand Jury System, With Exceptions, Favors the Police in Fatalities", 7 paragraphs; starts "For most felonies, grand jury hearings are swift, bare-bones proceedings.", the exceptions and the data in the headline never reported; an explanatory piece as extracted)',
 '4pwWG3E8Z1tnDQ5w': 'documentary review, not a report (Daily Beast "Jane Roe\u2019s Deathbed Confession: Anti-Abortion Conversion \u2018All an Act\u2019 ...": a critique of the film AKA Jane Roe, "delivers quite the blow to conservatives who have weaponized the story", "Unfortunately, AKA Jane Roe never explains why ...", "AKA Jane Roe does succeed at painting a complex portrait of McCorvey", two pull quotes "\u201c I think it was a mutual thing. ... \u201d")',
 'v9TrlpOMVIOsY4ZF': 'first-person column, not a report (NPR "2016 Polling Comes Too Soon For This Political Reporter": "The email landed in my inbox at 7:01 Tuesday morning.", "A big, nonverbal, heavy sigh.", "Just ask President Rudy Giuliani.", "Now, don\'t get me wrong. I cover politics full time.")',
 # batch 30
 'kApZd3i6rFTYxbqD': 'extraction incomplete: the body lacks the story\'s opening (NYT "Weinstein and His Accusers Reach Tentative $25 Million Deal", 8 paragraphs; starts with a quotation, "\u201cI don\u2019t think there\u2019s a markedly better deal to be made,\u201d Ms. Harrison said.", the deal in the headline never reported, "Ms. Harrison" never introduced)',
 'bjzxmlIlQqe4Dc5u': 'extraction incomplete: the body lacks the story\'s opening (NYT "Kerry Rebukes Israel, Calling Settlements a Threat to Peace", 6 paragraphs; starts "Mahmoud Abbas, the Palestinian president, responded to Mr. Kerry\u2019s speech ...", the speech never reported)',
 'lJuRIdmK7RCVAbpU': 'one slide of a list gallery, not a report (CSM "Five new members of Congress to watch", URL ending "/Seth-Moulton": 6 paragraphs profiling one of the five, the other four missing; a profile, no news event)',
 'F3v6L96SkHN2hQHP': 'extraction incomplete: ends on "In a statement, President Trump explained the urgency behind the strikes:" with the statement missing (Breitbart "Trump Goes to War: Bombs Syria"; as batch 18\'s rvAArjmswuFeABVl and batch 15\'s bD98B94X15mlyr9z)',
 'MhHzSd7h2uZpe82L': 'lifestyle/holiday feature, not a report (Vice "Here\'s What Billionaires Actually Give Each Other As Gifts": "This holiday season, spare a thought for ...", second person "you could blow your entire paycheck ...", an unmarked block quotation from Tatler, "(Don\'t worry if you don\'t know what the Lanesborough or the Connaught are; you can\'t afford to stay in those hotels anyway.)"; as batch 29\'s Vice feature)',
 '5EDL8iZouoysXkzv': 'preview/explainer in list form, not a report (CNN "Key issues on Obama\'s Mexico trip: Trade, immigration and drug war": "Here are three key topics ...", repeated headings "The situation:", "Obama\'s take:", "Pe\u00f1a Nieto\'s take:", "Public opinion:" with the three topic headings lost in extraction, two "JUST WATCHED" video promos)',
 'fgiXtZI2PfTSEfwE': 'campaign post-mortem analysis, not a report (The Guardian "Ted Cruz, the master strategist, was no match for Trump\'s cult of personality": "Ted Cruz did everything right in his campaign", "There was only one problem.", "The problem was the strategy didn\u2019t work.", a retrospective of the campaign in the writer\'s verdicts)',
 'zY6mNvwn62S4FQoa': 'media-criticism polemic, not a report (Breitbart "Democrats Launch Campaign to Get Rush Limbaugh Off the Air": "The phony outrage is manifested from a toxic stew of lies", "the hysterical email reads:", "as a fascist weapon to silence political speech", the email and Limbaugh\'s remarks as unmarked block quotations)',
 'LGTEyQeuQDcmYL66': 'video post with the writer\'s verdicts, not a report (TheBlaze "Ocasio-Cortez is asked for her \u2018plan\u2019 for Congress \u2013 her answer is a word salad mess": a write-up of a cable-TV answer, "gave a jumbled bizarre word salad of an answer", "she concluded vaguely", a pull quote, "Here\'s the video ...:" with the clip missing; as batch 29\'s Daily Caller video post)',
 'DixklTqF3w82n0NF': 'extraction incomplete: the body lacks the story\'s opening (NYT "Brawling Over Health Care Moves to Rules on Exchanges"; starts "The dispute has huge practical implications.", the dispute never introduced)',
 'NotEpiBx1JUTNEJZ': 'first-person essay, not a report (CSM "Trump vs. the media: the war over facts": "Not many months ago I was among the millions of moviegoers ...", "As a journalist for most of my adult life, my heart swelled with pride.", "I covered one Wallace rally in the spring of 1976", a historical argument about presidents and the press)',
 'oidWu4D5WYajj8Rp': 'news analysis, not a report (CNN "Why no one knows anything as the government nears a shutdown", URL "trump-shrug-shutdown-analysis" (the URL rule wants a "/analysis/" segment): "Here\'s what we do know:" with what follows lost, "That might seem glib -- but it\'s also the truth.", "( I think that logic is largely right -- based on past shutdowns.)", an unattributed tweet in [13])',
 'pZQv2pNEceIVgfeQ': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump Hits Back at Pelosi, Upending Her Trip to See Troops", 8 paragraphs; starts "But the lull did not last long.", Mr. Trump\'s letter never reported; an image caption "Image The dueling letters: ...")',
 '2xNXskhF64oIeYJ4': 'report interleaved with the writer\'s polemic, not a straight report (Breitbart "Glenn Beck, Anti-Trump Conservatives to Meet with Facebook\u2019s Zuckerberg": "a photo-op that is a direct testament to the fact that nothing has changed", "Beck, who is struggling to remain relevant", "With Beck\u2019s The Blaze website imploding", ends on the publisher\'s own demands as an unmarked list; as batch 29\'s jVbyXOFCnndOGm0j)',
 'nA8CTjv1TPFvY6bz': 'news post in the writer\'s advocacy voice, not a straight report (Grist "Colorado voters tell fracking industry to frack off", 8 paragraphs: "Maybe it\u2019s the polluted groundwater, river water, and air. ... Or it could be the abject lies.", "That means lawsuits.", ends "it highlighted how out of touch the Democratic governor is on this issue.")',
 '2kbZDwyFUI2wqc5t': 'extraction incomplete: the body lacks the story\'s opening (NYT "As Facebook Raised a Privacy Wall, It Carved an Opening for Tech Giants", 7 paragraphs; starts "Facebook\u2019s agreement with regulators is a result of ...", the agreement and the data-sharing deals in the headline never reported)',
 '1lAAj2vSC98nTjq0': 'trend analysis feature, not a report (CSM "In era of Trump, spin cycle gets a makeover": "Here\u2019s how it goes: Our guy is great, and your guy can\u2019t help your nominee, who\u2019s hopeless. Reverse the names, rinse, and repeat.", "Perhaps Podrazik\u2019s students are a harbinger of the future", "That\u2019s about as spinny as it gets", "Perhaps it was more side show than real show."; no news event)',
 'acuYSDPPpYPxHeJY': 'extraction incomplete: the body lacks the story\'s opening (NYT "A Federal Budget Crisis Months in the Planning", 8 paragraphs; starts "On Capitol Hill, the advocates found willing partners ...", the advocates and "Mr. Needham" never introduced)',
 'WMuRNtCfqSTjrPcg': 'opinion column, not a report (The Epoch Times "The Persistence of Poverty: Another Perspective": "In a previous column, I lamented ...", "My opinion is that ...", author bio and "Views expressed in this article are the opinions of the author ...")',
 'S7vhx9sTXbq1DmvW': 'extraction damaged: the opening is out of order (BuzzFeed News "US Prosecutors Say Prince Andrew Isn\'t Cooperating In The Epstein Investigation": the lede "Despite a pledge to comply, Prince Andrew has provided \u201czero\u201d cooperation ..." is [3], after a background paragraph and an unattributed quotation ("He publicly offered, indeed in a press release, ...") that precedes the paragraph naming its speaker)',
 'AhAvVtmO7gjSue7e': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump Has Perfect Cognitive Test Score, White House Physician Says", 7 paragraphs; starts with a quotation, "\u201cThis has been the narrative for a while. ...\u201d Dr. Jackson said", the physical and Dr. Jackson never introduced)',
 'SJaMwtMLtazDeTN8': 'extraction incomplete: the body lacks the story\'s opening (NYT "Obama Visits Florida to Win Over Older Voters" (AllSides label "Wall Street Journal - News"); starts with a quotation, "\u201cThe president is extraordinarily out of touch ...,\u201d he told a Tampa station.", the speaker (Mr. Romney) and the visit never introduced)',
 # batch 31
 'eJ0Jaqqpo3ROHaK4': 'extraction incomplete: the body lacks the story\'s opening (NYT "After Scrutiny, C.I.A. Mandate Is Untouched", 7 paragraphs; starts "During the presidential campaign in 2008, Mr. Obama railed against the agency\u2019s use of torture ...", "Mr. Johnson, the University of Georgia professor" and "Mr. Angleton" never introduced)',
 'hLtHghNBEnwrOswV': 'text does not match its title (CNN "Officers search for New York escapee Sweat; authorities kill his partner in crime"; the body, updated, reports Sweat shot and captured: "the escaped murderer is back where he started -- in custody", "The arrest wraps up the statewide search"; as batch 14\'s tVubIJJAGo0jXKjY and batch 26\'s UDrM4n1boDroTRam)',
 'pYvXxgVmqxYu7Bs6': 'extraction incomplete: ends on "After the money was received, the two had the following exchange:" with the exchange missing (Daily Wire "Five Current, Former New Jersey Public Officials Arrested For Bribery"; a list of five profiles under name headings, "Here\u2019s what led each one to be arrested:"; as batch 30\'s F3v6L96SkHN2hQHP)',
 'tR523BVOnx8rKhPG': 'extraction incomplete: ends on "Mr Trump then took questions on a wide range of subjects, including:" with the list missing (BBC "Coronavirus: Trump \'can\'t imagine why\' US disinfectant calls spiked"; the raw text ends there too; as batch 30\'s F3v6L96SkHN2hQHP)',
 'ztiujVnNgnqsEfxd': 'service piece/Q&A explainer, not a report (Vice "How to Protect Yourself When Your State Reopens Way Too Early": question headings "Is it safe to go back to \u201cnormal\u201d?", "OK, I\u2019m still working from home, ... What kind of precautions should I take?", second person advice "you should probably still just\u2026 stay home", the writer\'s verdicts "Basically, political leaders are desperate to look effective right now.")',
 'y0M89hqpdqNc5xUh': 'photo/social-media gallery, not a report, and extraction incomplete (MarketWatch "\u2018The wrong Amazon is burning\u2019: These are some of the most powerful global climate strike signs": "Here are some of the most-striking signs." with the signs (embedded posts) missing, ticker residue "Twitter TWTR, -0.05% and Facebook FB, +0.68%", ends on a bare tweet text "Primary school pupils call for climate action. #FridaysForFuture ...")',
 'qGpofTBaQjpB6yMw': 'extraction incomplete and commentary: embedded posts missing (IJR "\u2018Great Anger\u2019 in America Caused By \u2018Fake News\u2019 ...": Trump\'s tweets after "Trump made his disapproval known by saying ..." and the reporters\' tweets after "Some of the stories published point out ..." / "Another reporter linked the embassy move ..." are removed as post lines, leaving the lead-ins dangling), ends on the writer\'s verdict "that does not necessarily mean he is guilty of inciting violence" (9 paragraphs; as batch 15\'s bD98B94X15mlyr9z)',
 'RI1NTN5QTNF5aFJy': 'preview/explainer in list form, not a report (NPR "Here\'s What To Watch For When Trump Addresses Congress": "Here are five things to watch for ...", numbered headings "2. \'American carnage\' or ...", "3. Policy details, anyone?", "4. Tax reform or tax cuts?", "5. How will Democrats react?", heading 1 lost in extraction ("That\'s how White House press secretary Sean Spicer described ..." refers to it); as batch 18\'s rH6xL7b4lzgX6kwu and batch 30\'s 5EDL8iZouoysXkzv)',
 'LPtoS6Po1HfHMfG5': 'extraction incomplete: the body lacks the story\'s opening (NYT "Support Waning, Romney Decides Against 2016 Bid", 7 paragraphs; starts "Mr. Bush\u2019s strategy, mainly behind the scenes, was smooth and effective ...", "Mr. Zwick" never introduced)',
 'dU9Xpw5fM7EZHKwH': 'extraction incomplete: ends on "For example, The Associated Press notes these \u201climited-time special editions\u201d:" with the list missing (NPR "No More Cages: New Animal Cracker Packaging Sets The Mighty Beasts Free"; the raw text ends there too; as batch 30\'s F3v6L96SkHN2hQHP)',
 'yjgUQbudkicolJUu': 'extraction incomplete: the body lacks the story\'s opening (NYT "Witness Who Was in Floyd\u2019s Car Says His Friend Did Not Resist Arrest", 7 paragraphs; starts with a quotation, "\u201cWhen the whole world was finding out that they murdered George Floyd,\u201d he said, ...", "Mr. Hall" never introduced)',
 '1cOnbEqJzf7L1Fyn': 'extraction damaged: the opening is out of order (BuzzFeed News "This Mayor Is Trying To Ban Nike From His Town\'s Parks And Booster Clubs": the lede "The mayor of a Louisiana town is walking back a ban ..." is the third paragraph, after the memo\'s quotation attributed to a not-yet-introduced "Zahn" and the memo paragraph; the mayor\'s statement after "Here it is in full:" is an unmarked block quotation; as batch 30\'s S7vhx9sTXbq1DmvW)',
 'F6n0x7KYoJJLpZNW': 'extraction incomplete: ends on "According to MarketWatch:" with the quoted passage missing (NPR The Two-Way "Economy Beats Expectations, Adding 280K New Jobs In May", 8 paragraphs; as batch 30\'s F3v6L96SkHN2hQHP)',
 'mgItBwguWafJ26Y5': 'extraction damaged: paragraphs duplicated and run together ([3]-[6]: "HHS announced its first contracts for ventilator production ..." then "its first contracts for ventilator production ... The agency says 30,000 ventilators ...", "built by General Motors will be delivered ..." and "from Philips are expected to be delivered ..." each repeating the end of the paragraph before; Axios "U.S. nearly empties medical supplies stockpile to fight coronavirus"; as batch 18\'s tUZFvN1U9Q6bV0tA and batch 19\'s RtQy8r2FjCIBWSB2)',
 '0x9YvBz7tCn63czZ': 'extraction incomplete and polemic: ends on "Sanders said in response to Spiering\u2019s follow-up question:" with the answer missing, and Karem\'s and Sanders\'s long remarks after "Karem said:" / "Sanders said:" are unmarked block quotations (Breitbart "Soft Core Fake News: Playboy Mag Rushes to CNN\u2019s Defense in White House Briefing": "Sanders put the Playboy man right back in his place.", "the very fake news scandal"; as batch 30\'s F3v6L96SkHN2hQHP)',
 # batch 32
 'Lcvv69hlu4J5Foc3': 'broadcast transcript, not a written report (NPR "Fox News Hasn\'t Always Shared Robert Driscoll\'s Credentials With Its Viewers": a radio transcript, speaker labels "ARI SHAPIRO, HOST:", "DAVID FOLKENFLIK, BYLINE:", "LAURA INGRAHAM:", "ROBERT DRISCOLL:" with the speech unquoted, cues "(SOUNDBITE OF TV SHOW, \"MEDIA BUZZ\")", "(SOUNDBITE OF KINOBE\'S \"CHASING CLOUDS\")", and the notice "NPR transcripts are created on a rush deadline ..."; as batch 23\'s 7nBahqzbywS184W1)',
 'sJicAMeCQnhPxd24': 'extraction incomplete: the body lacks the story\'s opening (NYT "Groups That Back Bloomberg\u2019s Education Agenda Enjoy Success in Albany", 7 paragraphs; starts "Mr. Loeb hosted a fund-raiser for Mr. Cuomo this month ...", the groups, "Mr. Loeb", "Mr. Jones", "Mr. Klein" and "Ms. Sedlis" never introduced)',
 'u6jRZYdAl1zGcttW': 'list-form round-up with analysis, not a straight report (BBC "James Comey\'s FBI memoir: Six claims about Trump": "Here is a selection of what Mr Comey said in the interview, with analysis from the BBC\'s Anthony Zurcher in Washington.", numbered headings "1. \'Morally unfit\'", "3. Impeachment?", "5. \'Moscow prostitutes\'" (2, 4 and 6 lost in extraction), six "Anthony\'s take:" analysis boxes in the correspondent\'s voice; as batch 31\'s RI1NTN5QTNF5aFJy)',
 'rjyIYX6Lz2Qzh8LG': 'opinion/satire column, not a report (Breitbart "The \"Cool Kids\" Candidate: Elizabeth Warren": a mocking commentary on a Vanity Fair story, "The progressive revolution won\u2019t be televised. But you can dance to it ...", "how they can ram Democratic Sen. Elizabeth Warren down your throat", "\u201cSuperiority\u201d being the operative word.", "Nobody understands middle America like Ruffalo.", "Pass the popcorn \u2014 or, if you prefer, roasted eggplant. This could be fun.")',
 'hBgZq8dXOXPX1JIu': 'extraction incomplete: the body lacks the story\'s opening (NYT "Comey, in Interview, Calls Trump \u2018Morally Unfit\u2019 and \u2018Stain\u2019 on All Around Him", 7 paragraphs after the crosshead "Startling New Details"; starts "Some of the most startling assertions by Mr. Comey revolved around his first meeting ...", the interview and the words in the headline never reported)',
 'S7ULBeU5WG2jHqkk': 'extraction incomplete: the body lacks the story\'s opening (Washington Post "Supreme Court says Montana program aiding private schools must be open to religious schools"; starts with a quotation, "\u201cA state need not subsidize private education,\u201d Roberts wrote.", the ruling and Chief Justice Roberts never introduced; a second story, "Website wins trademark case" (Booking.com), appended at the end)',
 'BZfoAymHzdQY2Osm': 'news analysis in the writer\'s voice, not a report (NPR "Trump Faces Critical Phase, As He Tries To Make His Rhetoric Reality": "Donald Trump likes to move fast.", "So far, there has been some smoke between Trump and Russia, but no fire. And for liberals thinking (hoping) Trump will be impeached because of it, that\'s highly unlikely.", "don\'t expect a Republican Congress to impeach a president of its own party", "the campaign for 2020, believe it or not, is right around the corner"; as batch 30\'s oidWu4D5WYajj8Rp)',
 'WjSPZvlFzsDzXhna': 'extraction incomplete and advocacy voice: an update block "UPDATE 3:30 P.M. ET:" whose paragraph ends "... does not cite the fact that Breitbart News broke this story before the Times:" with the quoted passage missing (Breitbart "Exclusive: Monica Crowley Vindicated by Columbia University After Fake Plagiarism Accusations ...": "the attacks from the establishment media ... were deemed untrue", "these smears of Crowley"; as batch 31\'s 0x9YvBz7tCn63czZ)',
 'aUJKsxaJWQFNZfJn': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump Immigration Plan Demands Tough Concessions From Democrats", 6 paragraphs; starts "And even as Mr. Trump was offering reassuring words to the Dreamers ...", the plan in the headline never reported)',
 'd4AxjeWZKSknGYYQ': 'extraction incomplete: the body lacks the story\'s opening (NYT "Kiev Struggles to Break Russia\u2019s Grip on Gas Flow", 7 paragraphs; starts "Instead, the majority state-owned Slovak company that runs the system, Eustream, has offered ...", what Ukraine sought instead never reported)',
 'SbBQNRNBckEFvyXr': 'extraction incomplete: the body lacks the story\'s opening (NYT "Chasm Grows Within G.O.P. Over Spending", 8 paragraphs; starts "The push to spend more is also intensifying, especially on defense.", "Mr. Enzi" and "Mr. Graham" never introduced)',
 'xoI2kfu06QoT4FsA': 'first-person analysis column, not a report (Nieman Lab "\u201cGoogle paying publishers\u201d is more about PR than the needs of the news industry", the writer\'s argument: "But the correct way to view Google and Facebook\u2019s actions, I believe, is through the lens of PR.", "Think about it.", "Do they also owe me money for including my old blog ...?", "If I were a publisher ... I\u2019d be very happy to cash it."; a long unmarked block quotation from the WSJ)',
 'J9KVak5NSKozoO8r': 'extraction incomplete: the body lacks the story\'s opening (NYT "Republicans Divided Between Romney and Giuliani for Secretary of State", 6 paragraphs; starts "Asked about Mr. Trump\u2019s deliberations, a spokesman, Jason Miller, said ...", the division in the headline never reported, "Ms. Conway" and "her Twitter post about Mr. Romney" never introduced)',
 'o6QlVYIzE7Sr2JUt': 'column, not a report (The Hill "GOP in shock over White House drama", URL "/344413-the-memo-white-house-chaos-reaches-new-pitch" = The Memo, Niall Stanage\'s reported column (footer lost in extraction); week-in-review analysis: "Recent days have brought a deluge of drama.", "The interview sent tremors across Washington.", "But others assert that Trump is in uncharted territory once again."; as batch 20\'s 2K5p4sU7yOZHxmm3 and batch 24\'s RNeFlRrlODuH1fnq)',
 # batch 33
 'QEC2Eb4DoOsJoIfv': 'extraction incomplete: the body lacks the story\'s opening (NYT "How the GOP Elite Lost t Its Voters to Donald Trump", 8 paragraphs; starts with a quotation, "\u201cThey have to come to terms with what they created,\u201d said Laura Ingraham ...", then "The distance was magnified by ...", the distance never introduced)',
 'ojdtG0koWxUKhK1r': 'opinion column, not a report (Business Insider "Banning Trump from Twitter would be a disservice to the public": "This is an opinion column. The thoughts expressed are those of the author.", summary bullets "That would be a mistake.", "Trump\'s deranged tweets", "Would the public rather not know ...?")',
 'ORgtQXtTpbKqeChO': 'extraction incomplete: the body lacks the story\'s opening (NYT "Trump Administration to Roll Back Clean Water Protections", 8 paragraphs; starts "Under the rule, farmers using land near streams and wetlands were restricted ...", the rule and its repeal never reported)',
 'cEbE9PItDWlqgQXE': 'extraction incomplete: the body lacks the story\'s opening (Washington Post "Twitter flags video retweeted by President Trump as \u2018manipulated media\u2019"; starts "In this case, the altered video of Biden ... It was then shared on Twitter by Scavino", the label and Scavino never introduced)',
 'Sbwl0fb9kfPamS4p': 'opinion column, not a report (New York Post "Trump hits a slump as Biden and the coronavirus continue to rise", Kevin D. Williamson (author line "Kevin D. Williamson is the author of ..."): "Team Trump should be worried.", "Captain Chaos", "beat him like a rented mule", "What does Trump have?", "so far, he has been found wanting"; no source quoted)',
 '7wCNSwCr3NBIrGTE': 'extraction incomplete: the body lacks the story\'s opening (NYT "Congress Wants to Force Trump\u2019s Hand on Human Rights in China and Beyond", 6 paragraphs; starts "Some human rights issues draw greater bipartisan support than others.", "Mr. Rubio" and "The Uighur act" never introduced)',
 'wzL9Qi0Xub04nU9f': 'extraction incomplete: the body lacks the story\'s opening (NYT "Obama\u2019s Prep Session Goal: Don\u2019t Repeat Mistakes of Last Debate", 11 paragraphs; starts with a quotation, "\u201cThis isn\u2019t a guy who needs be grilled on facts,\u201d one Obama aide said ...", the prep sessions and the resort ("here") never introduced)',
 '7V642L079TeXcPCs': 'first-person opinion essay, not a report, and extraction damaged (Latino Rebels "University\u2019s Return Plan to Classroom Ignores Pandemic\u2019s Impact on Communities of Color": "The decision to return to the classroom is misguided, even sinister.", "One thing is clear: race matters.", "Let me be clear: ...", author line "Carlos Ruiz Martinez is a PhD student ..."; [1] starts mid-sentence "announced last month that it is\u2019s prioritizing ...", [6]/[7] one sentence split across paragraphs)',
 # batch 34
 'aekvyCPY95T3WEYP': 'media column, not a report (Fox News "Post-Scaramucci White House: Why Trump is fighting Republicans", Howard Kurtz\'s column (his name is not in the corpus `source`, so the PERSON rule misses it): "And I would argue he didn\u2019t have much to begin with.", "Fair enough.", "I don\u2019t think Donald Trump needs to feel liberated. I\u2019ve always viewed him as ...", "That, in my view, is why Trump won"; built on other outlets\' stories)',
 'aXXIFtNgqKzN7ejt': 'year-end compilation, not a report (Daily Caller "2016: The Year Of The Hoax Hate Crime": "TheDC compiled some of the best \u2014 or worst \u2014 hoaxes of 2016.", item headings "Lesbian Professor Fakes A Hate Crime To \u2018Raise Awareness\u2019", "Muslim Woman Robbed Of Her Hijab And Wallet \u2014 NOT!", a "(RELATED: ...)" link; no news event; cf. batch 19\'s Db3FDk5kNIEjlxnQ)',
 'xWHqm8ilCfZVDxRJ': 'opinion column, not a report (The Epoch Times "No, Mr. Durham. We Need Your Report Before Election Day", Roger L. Simon: "What in the Sam Hill could be more political than that?", "With massive justifiable outrage is my guess.", "Whatever is true, Mr. Durham, please finish quickly", author line "Roger L. Simon is an award-winning author ...", "Views expressed in this article are the opinions of the author")',
 'bTlgskrBQAfX1K5J': 'extraction damaged: the suspect\'s family statement is broken into page-width lines with lines lost ([2] "... a community that all", [3] "rejected hate and taught that love must be the motive for everything we do. How our", [4] "this evil and despicable act,\u201d the statement said.", [5]/[6] likewise), so two quotations lack their middle (USA Today "Funeral set today for \'hero\' synagogue shooting victim ...")',
 'rkTqMOfmA4TtYFJN': 'column, not a report (Fox News "Obama\u2019s Burdensome Victory", Chris Stirewalt\'s POWER PLAY column: "Power Play has held for many months that ...", "Good luck with that.", "Imagine if you will ...", epigraphs from Roberts and Krauthammer, footer "his POWER PLAY column appears Monday-Friday on FoxNews.com")',
 'ozZ7sv8tBp4NpAOI': 'opinion column, not a report (Breitbart "The Nuclear Option: When Officer Safety is Job No. 1, Citizens Die", Charles Hurt: "the twisted media, race pimps and merchants of racial discord", "Of course, this is absurd.", "I\u2019ll say.", footer "Charles Hurt can be reached at ...")',
 'DRLSw5I5xGu5GD8b': 'extraction incomplete: the body lacks the story\'s opening (NYT "Health Care Law Providing Relief and Frustration", 7 paragraphs; starts with a quotation, "\u201cI was a poster child for why folks should have this opportunity,\u201d Mr. Horrigan said.", Mr. and Ms. Horrigan never introduced)',
 'nB1nFxMHw6564BFP': 'extraction incomplete: the body lacks the story\'s opening (NYT "\u2018Not for Sale\u2019: Trump\u2019s Talk of Buying Greenland Draws Derision", 9 paragraphs; starts "The Danish prime minister\u2019s office did not immediately return a call on Friday seeking comment.", the report and the prime minister\'s "not for sale" never given)',
 '9zFOWSRAwrYRGx4L': 'extraction damaged: paragraphs out of order (CNBC "Senate adjourns until Monday after Democrats block McConnell\u2019s bid ...": [0] "After Cardin rejected the measure, he called ..." before Cardin is introduced in [2], the lede "Senate Democrats on Thursday blocked ..." at [3], a photo caption at [4], "The Kentucky Republican said ..." at [10]; as a live-updates page assembled out of order)',
 'pzoXEisGP5Pjgttt': 'extraction incomplete: the body lacks the story\'s opening (NYT "Justice Department Sues to Block AT&T-Time Warner Merger", 8 paragraphs; starts "Mr. Stephenson has argued that AT&T needs media content ...", the lawsuit, Mr. Stephenson and Mr. Delrahim never introduced)',
 'bTqjPkfZVc4PYEDX': 'extraction incomplete and not a plain report (TechCrunch "Stocks dive on Dow\u2019s worst day since 1987, tech crashes and Bitcoin is no haven": [3] "Looking at the major American indices:" with the list of index moves missing; writer\'s voice throughout: "Well, that was terrible.", "Tuesday now feels very long ago.", "(Unless you shorted oil a month ago.)")',
 # batch 35
 'aPIlKwOFOZV4dDwk': 'first-person media criticism, not a report, and the text does not match its title (The Post Millennial "CBC deletes Trump from Home Alone 2 broadcast"; the body is a critique of a CBC report on Toronto homelessness: "While doing investigative reporting for True North ... I discovered that ...", "can only be described as journalistic negligence or malpractice", "But CBC wants to have its poutine and eat it too.", "I\u2019ve met many of Toronto\u2019s homeless"; the Home Alone 2 broadcast is never mentioned)',
 'fMhXf88ltmpTszZp': 'comparison explainer in list form, not a report (NPR "Where They Stand: Obama, Romney On Immigration": "Below are President Obama\'s and Republican challenger Mitt Romney\'s policies and proposals regarding immigration.", "please leave a note in the comments section below", repeated headings "DREAM Act:", "Obama:", "Romney:", each followed by a policy summary and an unattributed quotation; as batch 30\'s 5EDL8iZouoysXkzv)',
 'tQotKRSUCpxv2fUQ': 'extraction incomplete: the body lacks the story\'s opening (NYT "As U.S. Focuses on ISIS and the Taliban, Al Qaeda Re-emerges", 8 paragraphs; starts "The discovery of the large camp attacked in October raised questions ...", the camp, the October raid and "General Campbell" never introduced)',
 'vAwzTLozKsWg1M2W': 'extraction incomplete and a colour piece (BuzzFeed News "Tom Steyer\'s Weird And Weirdly Amazing Last Rally In South Carolina": [0] is the standfirst ("The final event for Steyer was a hodgepodge of HBCU and Southern Baptist culture: ..."), then "Under blue and purple stage lights, the rapper Juvenile performed the song at Steyer\u2019s last rally ..." with the song never named (the opening is missing); the writer\'s voice: "A high-low Twilight Zone, however, carried throughout the event.", "They halfheartedly did the Renegade TikTok dance")',
 '0gJ0E5mFhQbCjwYB': 'extraction incomplete: the body lacks the story\'s opening (CNN "Prison reform on the menu for Kanye-Trump White House lunch"; starts with a quotation, "\"There was something about putting this hat on that made me feel like Superman,\" West said, ...", the Oval Office meeting never reported and "West" and "the President" never introduced)',
 'DCyedXeAYG8D4iws': 'social-media reaction post with an opinion section, not a straight report (TheBlaze "\'Who\'s the sh*thole country now?\': Journalist mocks US as COVID-19 infections rise": a journalist\'s tweet and replies to it, "Mocking the United States did not go over well on Twitter for Ioffe. But her post is still proudly posted on her account.", then a section headed "This writer\'s perspective" (heading removed by the short-line rule): "Cheering on an epidemic in the United States is beneath contempt.", "I\'m so proud of my country", "Deservedly so.", and an update note)',
 'uQbxRjOTiSDYCNSc': 'extraction incomplete: the body lacks the story\'s opening (NYT "Romney Exhibits a Change in Tone on Immigration", 12 paragraphs; starts "On Friday, Mr. Obama is scheduled to address the same group \u2014 ...", Mr. Romney\'s speech and the group never introduced before "Mr. Romney\u2019s remarks")',
}
def genre(d, title):
    s = d['source'].strip()
    if NONNEWS_SOURCE.search(s): return 'opinion/editorial or guest-writer label (AllSides source "%s")' % s
    if s in NONNEWS_SOURCES: return 'not a news-report outlet/section (AllSides source "%s": opinion/explainer/analysis magazine, blog, think tank, advocacy or reference site)' % s
    if PERSON.match(s): return 'columnist/person as source (AllSides source "%s")' % s
    m = NONNEWS_URL.search(d['url'])
    if m: return 'URL section "%s" (opinion/column/blog/analysis/podcast/feature/live page)' % m.group(0).strip('/')
    m = NONNEWS_TITLE.search(title)
    if m: return 'title marks a non-report ("%s")' % m.group(0).strip()
    if re.search(r'\?(?![\'"\u2019\u201d])', title): return 'question headline (analysis/explainer)'   # a "?" not closing a quoted question
    if d['ID'] in EXCL: return EXCL[d['ID']]
    return None

# ---- cleaning ----
BOIL = re.compile(r'^(Advertisement:?|ADVERTISEMENT|AD|Story Continued Below|Continue Reading Below|Advertisement Continue reading the main story|'
                  r'Sign up for .*|Newsletter Sign-up|Manage Newsletters|Slideshow \(\d+ Images\)|More On This\.\.\.|Photo|Video|YouTube|Twitter|CLOSE|Loading\.\.\.|'
                  r'Read more:?.*|READ MORE:?.*|Read More|More:.*|RELATED:?.*|Related:?.*|WATCH:?.*|CLICK HERE.*|Click here.*|Follow @\S+|Follow (us|him|her|the) .*|'
                  r'- Follow the Ticker.*|Read or Share this story:.*|LISTEN TO ARTICLE.*|SHARE THIS ARTICLE.*|This article is more than .* old|'
                  r'Updated (at )?\d.*|\d{1,2}:\d\d (a\.m\.|p\.m\.).*|Copyright .*|COPYRIGHT .*|\u00a9 .*|Contributing:.*|'
                  r'The Associated Press contributed to this report\.?|Associated Press writers? .* contributed( to this report)?\.?|'
                  r'.{0,80} contributed to this report\.?|Get Our Top Investigations.*|Visit Business Insider\'s homepage.*|'
                  r'Enlarge this image.*|toggle caption.*|Image copyright.*|Image caption.*|Media playback is unsupported.*|Getty Images|'
                  r'Got a TIP from .*|Editor\'s Note:.*|Support Vox.*|\[pullquote\].*|poster=.*|USA TODAY|Urgent:|___+|\*\*\*+|\* \* \*|\u2022 \u2022 \u2022|'
                  r'\(Reporting by .*\)|\(Additional reporting .*\)|\(Editing by .*\)|\(Writing by .*\)|Reporting by .*;? ?Editing by .*|'
                  r'Our Standards:.*|Thomson Reuters Trust Principles.*|This story has been (updated|corrected).*|This is a developing story.*|'
                  r'Fox News\' .* contributed to this report\.?|CNN\'s .* contributed to this report\.?|'
                  r'Get the Monitor Stories you care about.*|Sign up to receive .*|Subscribe to .*|Download the .* app.*|'
                  r'(Photo|Image|Caption|File photo|FILE PHOTO|FILE)\s*[:|\-] .*|.*\((Photo|Photos|Image|Credit|Photo credit): [^()]*\)|'
                  r'.*\(@\w+\) (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|.*pic\.twitter\.com/\S+.*|'
                  r'[^()]{1,80} \(@\w+\) .*|In this (undated |file |handout )?([A-Z][a-z]+\.? \d{1,2}, \d{4},? )?(file |handout )?photo.*|'
                  r'\(\s*Also on POLITICO.*\)|See (also|the original story):.*|Click (for|to|here) .*|The Daily Wire is one of America.*|Newsletter Sign Up.*|\[Editor.*\]|'
                  r'.* (REUTERS|Reuters)/[A-Z][\w. ]+( ?/ ?File( Photo)?)?\.?|Story highlights.*|'
                  r'READ:.*|YOU MIGHT BE INTERESTED IN:.*|Cover image:.*|Want the best of .*|Content created by The Daily Caller News Foundation.*|'
                  r'[A-Z][^.]{0,120} contributed( reporting)?( to this (report|story))?( from [^.]+)?\.)$')
HILLTIP = re.compile(r"(\b[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*? ([A-Z][\w'\u2019-]+)) (?:[\w.'\u2019()-]+ ){1,5}?\2(?=[A-Z'\u2018\"\u201c0-9])[^\n]*? MORE\b")
# new in batch 16: the same tooltip with a space between the repeated surname and the tooltip text ("Speaker Paul Ryan Paul Davis Ryan Retirees
# should say ... rock 'n' roll MORE's (R-Wis.)"), which HILLTIP (no space there) misses; tried only after HILLTIP, on a paragraph still holding " MORE";
# stricter than HILLTIP (the tooltip must repeat the first name as well as the surname), else "Speaker Paul | Ryan Paul" parses
HILLTIP2 = re.compile(r"\b(([A-Z][\w.'\u2019-]*) (?:[A-Z][\w.'\u2019-]* )*?([A-Z][\w'\u2019-]+)) \2 (?:[\w.'\u2019()-]+ ){0,4}?\3 (?=[A-Z'\u2018\"\u201c0-9])[^\n]{0,300}? MORE\b")   # first name and surname both repeated
HILLTIP2_HITS = []
# new in batch 17: The Hill's tooltip reduced to the full name glued to "MORE", with no tooltip text ("Chief of staff John Kelly John Francis
# KellyMORE is on thin ice"), which HILLTIP and HILLTIP2 (both need text and a space before MORE) miss; as strict as HILLTIP2 (first name and
# surname both repeated), the surname glued to "MORE"
HILLTIP3 = re.compile(r"\b(([A-Z][\w.'\u2019-]*) (?:[A-Z][\w.'\u2019-]* )*?([A-Z][\w'\u2019-]+)) \2 (?:[\w.'\u2019()-]+ ){0,4}?\3MORE\b")
HILLTIP3_HITS = []
# new in batch 21: the tooltip for a name with a lowercase particle ("Bill de Blasio Bill de BlasioDNC raises qualifying thresholds ... MORE's
# future influence"), which HILLTIP/HILLTIP2/HILLTIP3 miss (their names are runs of capitalised words); as strict as HILLTIP2 (first name and
# surname both repeated, tooltip text then " MORE" within 300 characters), the name must contain one of the particles below; tried last, on a
# paragraph still holding " MORE"; the repeated surname may be glued to the tooltip text (as HILLTIP) or followed by a space (as HILLTIP2)
HILLTIP4 = re.compile(r"\b(([A-Z][\w.'\u2019-]*) (?:(?:[A-Z][\w.'\u2019-]*|de|da|del|della|di|du|van|von|der|den|le|la) )*?(?:de|da|del|della|di|du|van|von|der|den|le|la) "
                      r"(?:(?:[A-Z][\w.'\u2019-]*|de|da|del|della|di|du|van|von|der|den|le|la) )*?([A-Z][\w'\u2019-]+)) \2 (?:[\w.'\u2019()-]+ ){0,4}?\3(?=[A-Z'\u2018\"\u201c0-9]| )[^\n]{0,300}? MORE\b")
HILLTIP4_HITS = []
# new in batch 24: the tooltip glued to the name it follows, with no space ("George PapadopoulosGeorge Demetrios PapadopoulosThe Hill's Campaign
# Report: ... MORE and a California man ..."), which HILLTIP-HILLTIP4 (all need a space after the name) miss; as strict as HILLTIP2 (first name and
# surname both repeated, tooltip text then " MORE" within 300 characters); tried last, on a paragraph still holding " MORE"
HILLTIP5 = re.compile(r"\b(([A-Z][\w.'\u2019-]*) (?:[A-Z][\w.'\u2019-]* )*?([A-Z][\w'\u2019-]+?))\2 (?:[\w.'\u2019()-]+ ){0,4}?\3(?=[A-Z'\u2018\"\u201c0-9]| )[^\n]{0,300}? MORE\b")
HILLTIP5_HITS = []
# new in batch 18: invisible format characters left in the text by the publisher's CMS (zero-width space U+200B, byte-order mark U+FEFF,
# e.g. "\u201d \u200bhe said", "\ufeffAs for Epstein's plea deal") are removed (spaces re-collapsed); no visible character changes
# new in batch 35: the left-to-right and right-to-left marks (U+200E, U+200F) are removed the same way (a USA Today text carries three U+200E
# inside a quotation: "getting away with \u200edoing whatever they want ... consequence. \u200e\u200eIt's time ..."); no visible character changes
ZW = re.compile('[\u200b\ufeff\u200e\u200f]')
ZW_HITS = []
def generic(ps, keep=()):
    out = []
    for p in ps:
        if p in keep: out.append(p); continue   # content lines the short-line rule would drop (extra.KEEP)
        if ZW.search(p):
            p2 = re.sub(' {2,}', ' ', ZW.sub('', p)).strip(); ZW_HITS.append((p, p2)); p = p2
        p = HILLTIP.sub(lambda m: m.group(1), p)
        if ' MORE' in p:
            p2 = HILLTIP2.sub(lambda m: m.group(1), p)
            if p2 != p: HILLTIP2_HITS.append((p, p2)); p = p2
        if 'MORE' in p:
            p3 = HILLTIP3.sub(lambda m: m.group(1), p)
            if p3 != p: HILLTIP3_HITS.append((p, p3)); p = p3
        if ' MORE' in p:
            p4 = HILLTIP4.sub(lambda m: m.group(1), p)
            if p4 != p: HILLTIP4_HITS.append((p, p4)); p = p4
        if ' MORE' in p:
            p5 = HILLTIP5.sub(lambda m: m.group(1), p)
            if p5 != p: HILLTIP5_HITS.append((p, p5)); p = p5
        if not re.search(r'[A-Za-z]', p): continue
        if BOIL.match(p): continue
        if len(p.split()) < 16 and not re.search(r'[.?!:;"\u201d\u2019\')\]\u2026]$', p): continue   # crossheads, captions, related links
        out.append(p)
    return out

# ---- earlier batches: URLs, titles, texts ----
MANI = sorted(glob.glob('/work/main/eval/web-news/batch*-manifest.jsonl'))
# Batches 18-24 read the then-unmerged batches' manifests from /work/freshNN (PENDING); in batch 25 all of batches 1-24 are in eval/web-news
# (read by the glob) and the /work/freshNN folders no longer exist: PENDING and NOT_YET are dropped.
old_urls, old_titles, old_ids = {}, [], {}
ABP_PATHS = []   # (batch, id, path) of every earlier Article-Bias-Prediction article (text references, new in batch 25)
for f in MANI:
    b = re.search(r'batch(\d+)-manifest', f).group(1)
    fl = os.path.basename(f)
    for l in open(f):
        m = json.loads(l)
        if m.get('url'): old_urls[normurl(m['url'])] = 'batch %s (%s)' % (b, fl)
        if m.get('title'): old_titles.append((m['title'], 'batch %s manifest %s' % (b, m['id'])))
        pm = re.fullmatch(r'data/jsons/(\w+)\.json', m.get('path') or '')
        if m.get('repo') == 'ramybaly/Article-Bias-Prediction' and pm: old_ids[pm.group(1)] = 'batch %s (%s, %s)' % (b, fl, m['id']); ABP_PATHS.append((b, m['id'], m['path']))
# new in batch 26: batch 25 (/work/fresh25) excluded by its manifest: corpus ID, URL, title; batch 27: batch 26 (/work/fresh26) likewise;
# batch 28: batches 25-27 are all in eval/web-news now (read by the glob); their /work/freshNN manifests are read here as well (identical, checked with cmp; harmless)
# batch 29: batch 28 is in eval/web-news too (batch28-manifest.jsonl = /work/fresh28/manifest.jsonl, checked with cmp); /work/fresh28's manifest is read here as well
# batch 30: batch 29 is in eval/web-news too (batch29-manifest.jsonl = /work/fresh29/manifest.jsonl, checked with cmp); /work/fresh29's manifest is read here as well
# batch 31: batches 1-30 are all in eval/web-news (read by the glob) and the /work/freshNN folders no longer exist: the /work/freshNN manifest loop is dropped
# batch 32: batch 31 is in eval/web-news too (batch31-manifest.jsonl = /work/fresh31/manifest.jsonl, checked with cmp); read by the glob, nothing else changed
# batch 33: batch 32 is in eval/web-news too (batch32-manifest.jsonl = /work/fresh32/manifest.jsonl, checked with cmp); read by the glob, nothing else changed
# batch 34: batch 33 is in eval/web-news too (batch33-manifest.jsonl = /work/fresh33/manifest.jsonl, checked with cmp); read by the glob, nothing else changed
# batch 35: batch 34 is in eval/web-news too (batch34-manifest.jsonl = /work/fresh34/manifest.jsonl, checked with cmp); read by the glob, nothing else changed
assert any(f.endswith('/batch34-manifest.jsonl') for f in MANI), 'batch 34 manifest missing'
reftexts = []   # (label, title, text)
# new in batch 25: the earlier batches' texts are read from the mirror by their manifest `path` (`content_original`, paragraphs as split by
# paras(), passed through the generic cleaning rules (below: raw text made newsletter/recaptcha footers count as shared shingles); per-article
# DROP/TRIM fixes of earlier batches not applied; title = corpus title), replacing batches 10-24's /work/freshNN/articles.jsonl (those folders no longer exist)
recs = load()
BYPATH = {d['_path']: d for d in recs}
for b, aid, p in ABP_PATHS:
    d = BYPATH[p]; reftexts.append(('batch %s %s' % (b, aid), re.sub(r'\s+', ' ', d['title'] or '').strip(), '\n\n'.join(generic([unmoji(x) for x in paras(d['content_original'])]))))
# batches 26-30 read /work/fresh25-29/articles.jsonl (texts as published); in batch 31 those folders are gone: the earlier AllSides batches' (12-30)
# published texts, rebuilt from the mirror into /tmp/webtexts/wNN-texts.jsonl (id, text, title), are read instead (every batch 12-30 must be there, 40 each)
# batch 32: /tmp/webtexts now holds batches 12-31 (w31-texts.jsonl added); the assert below requires every AllSides batch of the manifests (12-31)
# batch 33: /tmp/webtexts now holds batches 12-32 (w32-texts.jsonl added); the same assert now requires 12-32
# batch 34: /tmp/webtexts now holds batches 12-33 (w33-texts.jsonl added); the same assert now requires 12-33
# batch 35: /tmp/webtexts now holds batches 12-34 (w34-texts.jsonl added); the same assert now requires 12-34
WEBTEXTS = sorted(glob.glob('/tmp/webtexts/w[0-9]*-texts.jsonl'))
_abp_ids = collections.Counter(b for b, aid, p in ABP_PATHS)
assert sorted(int(re.search(r'/w(\d+)-texts', f).group(1)) for f in WEBTEXTS) == sorted(int(b) for b in _abp_ids), (WEBTEXTS, _abp_ids)
for f in WEBTEXTS:
    bn = int(re.search(r'/w(\d+)-texts', f).group(1)); _n = 0
    for l in open(f):
        a = json.loads(l); reftexts.append(('batch %d %s' % (bn, a['id']), a['title'], a['text'])); _n += 1
    assert _n == _abp_ids[str(bn)], (f, _n)
for _l in (HILLTIP2_HITS, HILLTIP3_HITS, HILLTIP4_HITS, HILLTIP5_HITS, ZW_HITS): del _l[:]   # report only the walk's hits
for l in open('/work/shared/data/polnear-quotes.jsonl'):
    a = json.loads(l); reftexts.append(('PolNeAR %s' % a['id'], a['title'], a['text']))
for f in sorted(glob.glob('/work/shared/data/bbc-news/*.txt')):
    t = open(f, encoding='utf-8', errors='replace').read(); tt, _, body = t.partition('\n')
    reftexts.append(('BBC %s' % os.path.basename(f), tt.strip(), body))
for f in sorted(glob.glob('/work/shared/seed/*.txt')):
    reftexts.append(('seed %s' % os.path.basename(f), '', open(f, encoding='utf-8', errors='replace').read()))
def toks(t): return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)?", t.lower().replace('\u2019', "'"))
def grams(t, n):
    w = toks(t); return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
def words(t): return set(toks(t))
def jacc(a, b):
    a, b = words(a), words(b); return len(a & b) / max(1, len(a | b))
G8, G5 = collections.defaultdict(set), collections.defaultdict(set)
REF5 = []
for i, (lab, tt, tx) in enumerate(reftexts):
    for g in grams(tx, 8): G8[g].add(i)
    g5 = grams(tx, 5); REF5.append(len(g5))
    for g in g5: G5[g].add(i)
for tt, lab in old_titles: pass
all_old_titles = old_titles + [(tt, lab) for lab, tt, tx in reftexts if tt]
def overlap(text, taken_texts):
    """worst overlap of text with any earlier text: (shared 8-grams, share of 5-grams of the shorter, label)"""
    c8 = collections.Counter(i for g in grams(text, 8) for i in G8.get(g, ()))
    g5 = grams(text, 5)
    c5 = collections.Counter(i for g in g5 for i in G5.get(g, ()))
    res = []
    for i in set(c8) | set(c5):
        res.append((c8.get(i, 0), c5.get(i, 0) / max(1, min(len(g5), REF5[i])), reftexts[i][0]))
    for lab, tx in taken_texts:
        a8, b8 = grams(text, 8), grams(tx, 8); b5 = grams(tx, 5)
        res.append((len(a8 & b8), len(g5 & b5) / max(1, min(len(g5), len(b5))), 'taken ' + lab))
    return max(res, default=(0, 0.0, ''))

# ---- walk ----
cands = []
for d in recs:
    if not d.get('url'): continue
    t = d.get('content_original') or ''
    if len(paras(t)) >= 6 and nq(t) >= 4: cands.append(d)
cands.sort(key=lambda d: d['ID'])
rng = random.Random(SEED); rng.shuffle(cands)
taken, log, per, notreached = [], [], collections.Counter(), []
for rank, d in enumerate(cands):
    if len(taken) >= TARGET:
        notreached.append(d['ID']); continue
    title = unmoji(re.sub(r'\s+', ' ', d['title'] or '').strip())
    tfrom = 'dataset field "title"' + (' (mojibake repaired)' if title != re.sub(r'\s+', ' ', d['title'] or '').strip() else '')
    if 'politico.com' in d['url'] and re.search(r"\s+-\s+[A-Z][A-Za-z.' ]+( and [A-Z][A-Za-z.' ]+)?$", title): tfrom += ' (trailing " - <authors>" removed)'
    if 'politico.com' in d['url']: title = re.sub(r"\s+-\s+[A-Z][A-Za-z.' ]+( and [A-Z][A-Za-z.' ]+)?$", '', title)   # "Headline - Author and Author"
    if re.search(r'\s+Listen\s*\u00b7\s*\d+:\d\d$', title): tfrom += ' (trailing audio-player label " Listen\u00b7 m:ss" removed)'   # new in batch 15 (NPR)
    title = re.sub(r'\s+Listen\s*\u00b7\s*\d+:\d\d$', '', title)
    # new in batch 20: a Washington Times title carrying its page's share text, "<headline> Read more: <headline>" (the repeat cut)
    if re.search(r'\s+Read more:\s.*$', title): tfrom += ' (trailing " Read more: <headline>" removed)'
    title = re.sub(r'\s+Read more:\s.*$', '', title)
    # new in batch 27: a per-article title fix found on reading (extra.TITLE: corpus title -> title), applied only to the exact corpus title
    if extra.TITLE.get(d['ID'], (None,))[0] == title: tfrom += ' (%s, by hand: extra.TITLE)' % extra.TITLE[d['ID']][2]; title = extra.TITLE[d['ID']][1]
    ps0 = [unmoji(p) for p in paras(d['content_original'])]
    dom = domain(d['url'])
    rec = dict(rank=rank, key=d['ID'], url=d['url'], domain=dom, source_label=d['source'], title=title)
    ps = extra.fix(d['ID'], generic(ps0, extra.KEEP.get(d['ID'], ())))
    n_q = sum(nq(p) for p in ps)
    rec.update(paragraphs=len(ps), quote_marks=n_q)
    g = genre(d, title)
    if not g and ps0 and re.fullmatch(r'(ANALYSIS/OPINION|OPINION|ANALYSIS|COMMENTARY|EDITORIAL):?', ps0[0].strip(), re.I):   # new in batch 14
        g = 'body marked "%s" (opinion/analysis column)' % ps0[0].strip()
    nu = normurl(d['url'])
    if d['ID'] in old_ids: rec['status'] = 'skipped: corpus ID in ' + old_ids[d['ID']]
    elif nu in old_urls: rec['status'] = 'skipped: URL in ' + old_urls[nu]
    elif g: rec['status'] = 'skipped: not eligible: ' + g
    elif per[okey(dom)] >= 2: rec['status'] = 'skipped: outlet already has 2'
    elif d['ID'] in EXCL_READ: rec['status'] = 'skipped: on reading the draft: ' + EXCL_READ[d['ID']]
    elif len(ps) < 6 or n_q < 4: rec['status'] = 'skipped: <6 paragraphs or <4 quote marks after cleaning'
    elif len(ps) > MAXPAR: rec['status'] = 'skipped: more than %d paragraphs after cleaning (%d)' % (MAXPAR, len(ps))
    else:
        jt = max(((jacc(title, t), lab) for t, lab in all_old_titles + [(x['title'], 'taken ' + x['id']) for x in taken]), default=(0, ''))
        ov = overlap('\n\n'.join(ps), [(x['id'], '\n\n'.join(x['ps'])) for x in taken])
        if jt[0] > 0.5: rec['status'] = 'skipped: near-duplicate title (Jaccard %.2f with %s)' % jt
        elif ov[0] >= 3 or ov[1] > 0.3: rec['status'] = 'skipped: overlapping text (%d shared 8-word shingles, %.0f%% of 5-grams, with %s)' % (ov[0], 100 * ov[1], ov[2])
        else:
            per[okey(dom)] += 1; rec['status'] = 'taken'
            aid = 'w35-%s-%d' % (slug(okey(dom)), per[okey(dom)]); rec['id'] = aid
            if ov[0]: rec['note'] = '%d shared 8-word shingle(s) with %s (below the drop threshold of 3)' % (ov[0], ov[2])
            taken.append(dict(id=aid, d=d, title=title, tfrom=tfrom, ps=ps, nq=n_q, rank=rank, dom=dom, ov=ov))
    log.append(rec)
if notreached:
    log.append(dict(rank='%d-%d' % (len(log), len(cands) - 1), status='not reached (the 40th article was taken at rank %d)' % (len(log) - 1), count=len(notreached),
                    keys_in_draw_order='tools/not_reached.txt'))
    open('not_reached.txt', 'w').write(''.join(k + '\n' for k in notreached))
json.dump(log, open(OUT + 'draw_log.json', 'w'), indent=1, ensure_ascii=False)
if '--review' in sys.argv:
    with open('review.txt', 'w') as f:
        for t in taken:
            f.write('=== %s %s %s | %s | %s | %s\n' % (t['id'], t['d']['ID'], t['d']['url'], t['d']['source'], t['title'], t['d']['date']))
            for i, p in enumerate(t['ps']): f.write('[%d] %s\n' % (i, p))
    for a, b in HILLTIP2_HITS: print('HILLTIP2:', a[:200], '\n     ->', b[:200], file=sys.stderr)   # batch 16: where the new rule fired (all reached candidates)
    for a, b in HILLTIP3_HITS: print('HILLTIP3:', a[:200], '\n     ->', b[:200], file=sys.stderr)   # batch 17: where the new rule fired (all reached candidates)
    for a, b in HILLTIP4_HITS: print('HILLTIP4:', a[:200], '\n     ->', b[:200], file=sys.stderr)   # batch 21: where the new rule fired (all reached candidates)
    for a, b in HILLTIP5_HITS: print('HILLTIP5:', a[:200], '\n     ->', b[:200], file=sys.stderr)   # batch 24: where the new rule fired (all reached candidates)
    for a, b in ZW_HITS: print('ZW: %d invisible character(s) removed:' % len(ZW.findall(a)), repr(a[:200]), file=sys.stderr)   # batch 18: where the new rule fired (all reached candidates)
    print('MISSED DROP prefixes:', extra.MISSED, file=sys.stderr)
    last = max([r['rank'] for r in log if r.get('status') == 'taken'], default=0)
    for r in log[:last + 1]: print(r['rank'], r['status'][:70], r.get('id', ''), r['source_label'][:22], '|', r['url'][:80], '|', r['title'][:70])
    sys.exit()
import outlets
with open(OUT + 'articles.jsonl', 'w') as fa, open(OUT + 'manifest.jsonl', 'w') as fm:
    for t in taken:
        d = t['d']; name = outlets.NAME[t['dom']]
        date, date_from = outlets.date_of(d)
        fa.write(json.dumps(dict(id=t['id'], source=name, date=date, title=t['title'], text='\n\n'.join(t['ps'])), ensure_ascii=False) + '\n')
        fm.write(json.dumps(dict(id=t['id'], repo=REPO, commit=COMMIT, path=d['_path'], url=d['url'], outlet=name, domain=t['dom'],
                 date_from=date_from, title_from=t['tfrom'],
                 draw_rank=t['rank'], paragraphs=len(t['ps']), quote_marks=t['nq']), ensure_ascii=False) + '\n')
arts = [json.loads(l) for l in open(OUT + 'articles.jsonl')]
q = [nq(a['text']) for a in arts]
def split(k, name):
    tot = sum(q); bounds = []; acc = 0; j = 1
    for i, x in enumerate(q):
        acc += x
        if j < k and acc >= tot * j / k:
            prev = acc - x
            bounds.append(i + 1 if abs(acc - tot * j / k) <= abs(prev - tot * j / k) else i); j += 1
    bounds = [0] + bounds + [len(arts)]
    for n in range(k):
        part = arts[bounds[n]:bounds[n + 1]]
        with open(OUT + '%s-%d.jsonl' % (name, n + 1), 'w') as f:
            for a in part: f.write(json.dumps(a, ensure_ascii=False) + '\n')
        print(name, n + 1, len(part), 'articles', sum(q[bounds[n]:bounds[n + 1]]), 'quote marks', part[0]['id'], '...', part[-1]['id'],
              sum(len(a['text'].split('\n\n')) for a in part), 'paragraphs', sum(len(a['text'].split()) for a in part), 'words')
split(3, 'part'); split(2, 'places-part')
print(len(taken), 'taken;', len(set(okey(t['dom']) for t in taken)), 'outlets;', sum(q), 'quote marks;',
      sum(len(a['text'].split('\n\n')) for a in arts), 'paragraphs;', sum(len(a['text'].split()) for a in arts), 'words')
with open(OUT + 'texts.jsonl', 'w') as ft, open(OUT + 'places-corpus.jsonl', 'w') as fp, open(OUT + 'places-articles.txt', 'w') as fi:
    for a in arts:
        ft.write(json.dumps(dict(id=a['id'], text=a['text'], title=a['title'])) + '\n')   # title included since batch 25
        fp.write(json.dumps(dict(id=a['id'], text=a['title'] + '\n\n' + a['text'])) + '\n')
        fi.write(a['id'] + '\n')
