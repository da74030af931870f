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
