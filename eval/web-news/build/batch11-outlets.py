# Display names for the outlets (registered domains) of the taken pages; the per-outlet cap is applied by domain.
NAME = {
 'afp.google.com': 'AFP', 'ap.google.com': 'Associated Press', 'azcentral.com': 'The Arizona Republic (azcentral.com)',
 'berkshireeagle.com': 'The Berkshire Eagle', 'boston.com': 'Boston.com', 'canada.com': 'Canada.com (CanWest)',
 'chinapost.com.tw': 'The China Post', 'contracostatimes.com': 'Contra Costa Times', 'covers.co.uk': 'Covers.co.uk',
 'deccanherald.com': 'Deccan Herald', 'desktoplinux.com': 'DesktopLinux.com', 'digitalspy.co.uk': 'Digital Spy', 'gamezine.co.uk': 'Gamezine',
 'guardian.co.uk': 'The Guardian', 'hindu.com': 'The Hindu', 'hindustantimes.com': 'Hindustan Times', 'indiatimes.com': 'The Times of India',
 'inthenews.co.uk': 'inthenews.co.uk', 'itv-f1.com': 'ITV-F1.com', 'ledger-enquirer.com': 'Ledger-Enquirer', 'localnewswatch.com': 'LocalNewsWatch',
 'news.com.au': 'News.com.au (News Ltd)', 'ngnews.ca': 'The News (New Glasgow)', 'nytimes.com': 'The New York Times', 'oheraldo.in': 'O Heraldo',
 'palmbeachpost.com': 'The Palm Beach Post', 'pe.com': 'The Press-Enterprise', 'reuters.com': 'Reuters', 'sbrforum.com': 'SBR Forum',
 'sbsun.com': 'San Bernardino Sun', 'sportal.com.au': 'Sportal', 'sportinglife.com': 'Sporting Life', 'teamtalk.com': 'TEAMtalk',
 'washingtonpost.com': 'The Washington Post', 'wjz.com': 'WJZ (CBS Baltimore)', 'wvva.com': 'WVVA', 'xinhuanet.com': 'Xinhua',
 'yourguide.com.au': 'yourguide.com.au (Rural Press)',
}
# Batch 10 (/work/fresh10): display names for the batch-10 domains. Names of batches 5-9 reused where the domain recurs (taken from
# /work/main/eval/web-news/batch{5..9}-manifest.jsonl), except where the batch-10 page comes from another paper on the same domain
# (al.com: Mobile Press-Register, earlier The Birmingham News; pittsburghlive.com: Tribune-Review, earlier Valley Independent;
# canoe.ca: Calgary Sun, earlier CANOE JAM!). The cap is by domain either way.
NAME.update({
 'aawsat.com': 'Asharq Al-Awsat (English edition)', 'al.com': 'Press-Register (al.com)', 'brisbanetimes.com.au': 'Brisbane Times',
 'canadianpress.google.com': 'The Canadian Press', 'canoe.ca': 'Calgary Sun (canoe.ca, Sun Media)', 'cjad.com': 'CJAD 800 (Montreal)',
 'cnn.com': 'CNN', 'computerworld.com.au': 'Computerworld Australia', 'eastottawa.ca': 'EastOttawa.ca', 'foxsports.com.au': 'FOX SPORTS (Australia)',
 'hiphop-elements.com': 'HipHop-Elements', 'icnetwork.co.uk': 'icNetwork (Trinity Mirror regional sites)', 'iht.com': 'International Herald Tribune',
 'jpost.com': 'The Jerusalem Post', 'lfpress.ca': 'The London Free Press', 'myfoxhouston.com': 'MyFoxHouston (KRIV Fox 26)',
 'newsnet5.com': 'NewsNet5 (WEWS Cleveland)', 'nwsource.com': 'The Seattle Times (nwsource.com)',
 'pittsburghlive.com': 'Pittsburgh Tribune-Review (pittsburghlive.com)', 'publicopiniononline.com': 'Public Opinion (Chambersburg, Pa.)',
 'sportbox.tv': 'SPORTBOX.tv', 'sunherald.com': 'The Sun Herald (Biloxi)', 'telegraph.co.uk': 'The Daily Telegraph (telegraph.co.uk)',
 'thedaily.com.au': 'thedaily.com.au', 'timesonline.co.uk': 'The Times (timesonline.co.uk)', 'turkishpress.com': 'TurkishPress.com',
 'ukpress.google.com': 'Press Association', 'worldsoccer.com': 'World Soccer', 'yahoo.com': 'Eurosport (Yahoo! UK)',
})
# Batch 11 (/work/fresh11): display names for the batch-11 domains. Names of batches 5-10 reused where the domain recurs (taken from
# /work/main/eval/web-news/batch{5..10}-manifest.jsonl), except go.com, where the batch-11 page is from ESPN (sports.espn.go.com; earlier ABC News).
# The cap is by domain either way.
NAME.update({
 'allheadlinenews.com': 'All Headline News', 'bbc.co.uk': 'BBC News', 'channel4.com': 'Channel 4 News (ITN)', 'citizen.co.za': 'The Citizen (South Africa)',
 'cortezjournal.com': 'The Cortez Journal', 'dailypress.com': 'Daily Press (Newport News)', 'efluxmedia.com': 'eFluxMedia', 'go.com': 'ESPN (espn.go.com)',
 'hemeltoday.co.uk': 'Hemel Today (Hemel Hempstead Gazette)', 'myfoxtoledo.com': 'MyFoxToledo (WUPW Fox Toledo)', 'smh.com.au': 'The Sydney Morning Herald',
 'star-telegram.com': 'Fort Worth Star-Telegram', 'swissinfo.ch': 'swissinfo', 'theage.com.au': 'The Age', 'thestar.com': 'Toronto Star (thestar.com)',
 'timesleader.com': 'The Times Leader (Wilkes-Barre)', 'trend.az': 'Trend News Agency (trend.az)', 'voanews.com': 'Voice of America',
 'wcbd.com': 'WCBD-TV (Charleston, S.C.)',
})
