# Display names for the taken outlets (batch 12's list plus batch 13's, 14's, 15's, 16's, 17's, 18's, 19's, 21's, 22's, 23's, 25's, 26's, 27's, 28's, 29's, 30's, 31's, 33's, 35's, 37's, 38's and 41's new ones; batches 32, 34, 36, 39 and 40 needed none) (the cap is by registered domain), and the date rule.
import re
NAME = {
 'apnews.com': 'Associated Press', 'bbc.com': 'BBC News', 'bloomberg.com': 'Bloomberg', 'breitbart.com': 'Breitbart News', 'cbn.com': 'CBN News',
 'cnn.com': 'CNN', 'csmonitor.com': 'The Christian Science Monitor', 'dailycaller.com': 'The Daily Caller', 'dailywire.com': 'The Daily Wire',
 'foxnews.com': 'Fox News', 'go.com': 'ABC News (abcnews.go.com)', 'investors.com': "Investor's Business Daily", 'newsmax.com': 'Newsmax',
 'npr.org': 'NPR', 'politico.com': 'Politico', 'reuters.com': 'Reuters', 'scientificamerican.com': 'Scientific American', 'theblaze.com': 'TheBlaze',
 'theguardian.com': 'The Guardian', 'thehill.com': 'The Hill', 'usatoday.com': 'USA Today', 'vice.com': 'Vice News', 'washingtontimes.com': 'The Washington Times',
 'yahoo.com': 'Yahoo News', 'freep.com': 'Detroit Free Press',
 # added for batch 13
 'aljazeera.com': 'Al Jazeera', 'buzzfeednews.com': 'BuzzFeed News', 'cbsnews.com': 'CBS News', 'cnbc.com': 'CNBC', 'dailysignal.com': 'The Daily Signal',
 'nypost.com': 'New York Post', 'pbs.org': 'PBS NewsHour', 'themarshallproject.org': 'The Marshall Project',
 # added for batch 14
 'marketwatch.com': 'MarketWatch', 'nbcnews.com': 'NBC News', 'time.com': 'TIME', 'wsj.com': 'The Wall Street Journal',
 # added for batch 15
 'cnet.com': 'CNET', 'latimes.com': 'Los Angeles Times', 'suntimes.com': 'Chicago Sun-Times', 'thetexan.news': 'The Texan',
 # added for batch 16
 'bbc.co.uk': 'BBC News', 'freebeacon.com': 'Washington Free Beacon', 'washingtonpost.com': 'The Washington Post',
 'theepochtimes.com': 'The Epoch Times',
 # added for batch 17
 'nytimes.com': 'The New York Times', 'propublica.org': 'ProPublica',
 # added for batch 18
 'dailycamera.com': 'Boulder Daily Camera', 'ijr.com': 'Independent Journal Review', 'qz.com': 'Quartz', 'thedailybeast.com': 'The Daily Beast',
 # added for batch 19
 'axios.com': 'Axios', 'blockclubchicago.org': 'Block Club Chicago', 'newsmaxworld.com': 'Newsmax',
 # added for batch 21
 'grist.org': 'Grist',
 # added for batch 22
 'dallasnews.com': 'The Dallas Morning News',
 'ibtimes.com': 'International Business Times', 'mercurynews.com': 'San Jose Mercury News',
 # added for batch 23
 'mashable.com': 'Mashable', 'texastribune.org': 'The Texas Tribune', 'upr.org': 'Utah Public Radio',
 # added for batch 25
 'businessinsider.com': 'Business Insider', 'foxbusiness.com': 'Fox Business', 'msnbc.com': 'MSNBC',
 # added for batch 26
 'ivn.us': 'IVN (Independent Voter Network)',
 # added for batch 27
 'deseret.com': 'Deseret News', 'chicagotribune.com': 'Chicago Tribune',
 # added for batch 28
 'cnsnews.com': 'CNS News',
 # added for batch 29
 'ljworld.com': 'Lawrence Journal-World', 'tallahassee.com': 'Tallahassee Democrat',
 # added for batch 30
 'ksl.com': 'KSL.com',
 # added for batch 33
 'bostonherald.com': 'Boston Herald', 'azocleantech.com': 'AZoCleantech',
 # added for batch 35
 'bostonglobe.com': 'The Boston Globe',
 # added for batch 37 (the name batch 3's manifest used for techcrunch.com)
 'techcrunch.com': 'TechCrunch',
 # added for batch 38 (the AllSides label of the outlet)
 'sfchronicle.com': 'San Francisco Chronicle',
 # added for batch 41 (the AllSides labels of the outlets)
 'observer.com': 'The Observer (New York)', 'defenseone.com': 'Defense One',
 # added for batch 42 (the AllSides label of the outlet; the name batch 18's manifest used for ijr.com, the same outlet's later domain)
 'christianitytoday.com': 'Christianity Today', 'ijr.org': 'Independent Journal Review',
 # added for batch 43 (the AllSides labels of the outlets; new to the eval batches; the build stopped with a KeyError on theverge.com before they were added)
 'theverge.com': 'The Verge', 'coloradosun.com': 'The Colorado Sun',
 # added for batch 44 (the AllSides label of the outlet; new to the eval batches; the build stopped with a KeyError on it before it was added)
 'pinknews.co.uk': 'PinkNews',
 # added for batch 45 (the name batch 1's manifest used for detroitnews.com, source "The Detroit News"; the AllSides label is "Detroit News"; the build stopped with a KeyError on it before it was added)
 'detroitnews.com': 'The Detroit News',
 # added for batch 46 (the build stopped with a KeyError on medicaldaily.com before they were added): medicaldaily.com, the AllSides label of the outlet, new to the eval batches;
 # deseretnews.com, the name batches 27's and 39's manifests used for deseret.com (the same paper's later domain; the AllSides label is "Deseret News")
 'medicaldaily.com': 'Medical Daily', 'deseretnews.com': 'Deseret News',
 # added for batch 48 (the AllSides label of the outlet, Rutgers University's student daily; new to the eval batches; added after reading the draft, before the first build)
 'dailytargum.com': 'Daily Targum',
 # added for batch 50 (the AllSides label of the outlet; new to the eval batches; added after reading the draft, before the first build)
 'lgbtqnation.com': 'LGBTQ Nation',
 # added for batch 52 (the name batch 9's manifest used for dailymail.co.uk, w9-dailymail-1; the AllSides label is "Daily Mail"; an AP story on the paper's wire pages; added after reading the draft, before the first build)
 'dailymail.co.uk': 'Daily Mail',
 # added for batch 54 (the AllSides label of the outlet and the name batches 3's and 5's manifests used for it, w3-globeandmail-1 and w5-theglobeandmail-1; added after reading the draft, before the first build)
 'theglobeandmail.com': 'The Globe and Mail',
 # added for batch 55 (the AllSides label of the outlet, the Georgian news site Civil Georgia at civil.ge; new to the eval batches; added after reading the draft, before the first build)
 'civil.ge': 'Civil.Ge',
 # added for batch 55 (the AllSides label of the outlet, CBS San Francisco at sanfrancisco.cbslocal.com; new to the eval batches; added after reading the draft, before the first build)
 'cbslocal.com': 'CBS SFBayArea',
 # added for batch 56 (the AllSides label of the outlet; its domain espn.com is new to the eval batches (batch 11's manifest named ESPN's espn.go.com pages "ESPN (espn.go.com)" under go.com); added after reading the draft, before the first build)
 'espn.com': 'ESPN',
 # added for batch 57 (the AllSides label of the outlet; new to the eval batches; added after reading the draft, before the first build that took it)
 'blackenterprise.com': 'Black Enterprise',
 # added for batch 58 (the AllSides label of the outlet; new to the eval batches; added after reading the draft, before the first build that took it)
 'rollcall.com': 'Roll Call',
 # added for batch 59 (The Indianapolis Star, which calls itself IndyStar, "part of the USA TODAY Network", in the text; the AllSides label of the record is "USA TODAY", the network's name, so the paper's own name was used; new to the eval batches; added after reading the draft, before the first build that took it)
 'indystar.com': 'IndyStar (The Indianapolis Star)',
 # added for batch 63 (new to the eval batches; added after reading the drafts, before the first build that took them): news.bloomberglaw.com, Bloomberg Law, whose AllSides label is "Bloomberg" (the label of bloomberg.com, Bloomberg News, a different registered domain), so the publication's own name was used;
 # pagesix.com, Page Six, the New York Post's gossip site, whose AllSides label is "New York Post" (the label of nypost.com, a different registered domain), so the site's own name was used with the paper's (as batch 59's IndyStar)
 'bloomberglaw.com': 'Bloomberg Law', 'pagesix.com': 'Page Six (New York Post)',
 # added for batch 64 (the AllSides label of the outlet; new to the eval batches; added after reading the drafts, before the first build that took it)
 'pressherald.com': 'Portland Press Herald',
 # added for batch 65 (the Toronto Star; the AllSides label of the record is "Star News"; the name used by the domain's two earlier eval records, w8-thestar-1 and w11-thestar-1 (batches 8 and 11, not this corpus), so the slug "thestar" and this name are kept; added after reading the draft, before the first build that took it)
 'thestar.com': 'Toronto Star (thestar.com)',
 # added for batch 67 (newyorkpost.com, the New York Post's older domain (its 2013 "/p/news/" pages; one corpus record, AllSides label "New York Post"); the same paper as nypost.com, so the name of nypost.com is used, and build.py's OUTLET_ALIAS maps the domain to nypost.com for the cap and the id slug "nypost"; added after reading the draft, before the first build that took it)
 'newyorkpost.com': 'New York Post',
 # added for batch 68 (psypost.org, the psychology news site PsyPost; new to the eval batches; its AllSides label is "Psypost", the site's own spelling "PsyPost" (as in the text, "Merkley told PsyPost") is used; added after reading the draft, before the first build that took it)
 'psypost.org': 'PsyPost',
 # added for batch 71 (buzzfeed.com, BuzzFeed News's domain until 2018; its AllSides label is "BuzzFeed News", the name of buzzfeednews.com, so that name is used, and build.py's OUTLET_ALIAS maps the domain to buzzfeednews.com for the cap and the id slug (as batch 67's newyorkpost.com); added after reading the draft, before the first build)
 'buzzfeed.com': 'BuzzFeed News',
}
MON = {m: i + 1 for i, m in enumerate(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}
def date_of(d):
    """(date, date_from): the corpus's `date` field when it is YYYY-MM-DD, else a full date in the URL, else ''."""
    v = (d.get('date') or '').strip()
    if re.fullmatch(r'(19|20)\d\d-\d\d-\d\d', v): return v, 'dataset field "date"'
    u = d['url']
    m = re.search(r'/(20\d\d)[/-](\d\d)[/-](\d\d)(/|-|$)', u)
    if m: return '%s-%s-%s' % m.group(1, 2, 3), 'url'
    m = re.search(r'/(20\d\d)/([a-z]{3})/(\d{1,2})/', u)
    if m and m.group(2) in MON: return '%s-%02d-%02d' % (m.group(1), MON[m.group(2)], int(m.group(3))), 'url'
    m = re.search(r'/(20\d\d)/(\d\d)(\d\d)/', u)   # csmonitor /2013/0418/
    if m: return '%s-%s-%s' % m.group(1, 2, 3), 'url'
    return '', 'none (dataset field "date" empty, no full date in the URL)'
