# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'zHL4lWTQXMYsFOcJ': ['JUST WATCHED'],   # CNN video promo
 '894UoAxih6Gknk8M': ['Analysis: What would a US-UK trade deal mean for the NHS?', 'Please include a contact number if you are willing to speak to a BBC journalist.'],   # BBC analysis-box heading (its byline removed by BOIL), reader call-out
 '6bbsE68NkVdmDg1R': ['Grid View (From left) Gov. J.B. Pritzker', 'Gov. J.B. Pritzker signs legislation to make Illinois the nation\u2019s 11th state',
                      'Gov. J.B. Pritzker speaks about signing legislation', 'Gov. J.B. Pritzker receives applause as he speaks'],   # Sun-Times photo-gallery captions (x10)
 'BJMmHeygbpWVy9Hk': ['The very issue that sparked the state\u2019s civil war has all but fallen by the wayside. Wis. Dems sidestep labor debate', '( See also: Full Wisconsin recall coverage)'],   # Politico standfirst run into the headline, related link
 'LLFazeATYSp8Cq1d': ['President Trump\u2019s former personal attorney Michael Cohen pleaded guilty to eight criminal charges on Tuesday. WSJ\u2019s', '\u2014Rory Jones contributed to this article.'],   # WSJ video caption, contributor line (starts with a dash: BOIL misses it)
 'HbNSx7jQIapwuW1b': ['President Trump cancelled his meeting with Vladimir Putin over the crisis between Russia and Ukraine.', 'Russian forces fired on and detained three Ukrainian naval vessels in the Black Sea',
                      'President Trump and first lady Melania Trump before boarding Air Force One on Thursday en route to Argentina. Photo:', 'Vladimir Putin is president of Russia. An editing mistake'],   # WSJ video captions (x2), photo caption, correction note
 '1ZDrEFc20i8HMhTU': ['Corrections and clarifications:', "Dayton mayor:President Trump's"],   # USA Today correction note, related link
 'GVUG437ThKtd8Ezp': ['Roberts\u2019 margin was narrower than recent polls that had showed him crushing Wolf. | AP Photos', '( Full primary election results)'],   # Politico photo caption run into the headline, results link
 'pfZqiif5MdMwJr7q': ["In New Responses, Hillary Clinton Insists Email Setup A Matter Of 'Convenience'"],   # NPR repeated headline
 'WEyl4L0cnM1Y196e': ['Facebook Twitter Pinterest'],   # Guardian photo captions (x2)
 'sLWd3RMbklDMc1r0': ['This story first appeared on the Guardian website'],   # Grist republication credit
 'b1gdUVhUJBbGGElv': ['Could robots become common tactic for police?', 'Watch the full interview with the Johnsons on The Blaze TV'],   # CBS News related link, TV promo
 '2vKNaDUBZh81cWYF': ['Infographic ID:', 'FOURTH ESTATE OR OPPOSITION PARTY?'],   # Reuters infographic placeholder, crosshead
 '3C1SJsjGgKGUQF5y': ['Let our news meet your inbox.', 'A pedestrian walks past graffiti calling for a rent strike'],   # NBC News newsletter box, photo caption
 'aRwpu3pEuvwbL6e7': ['Follow Evie on Twitter', 'Send tips to evie@'],   # Daily Caller author line and tip line (BOIL's "Follow (us|him|her|the) ..." misses a first name)
 'YYc9KhyF6XisY3uD': ['Are you an insider at Google, Reddit, Facebook, Twitter', 'Allum Bokhari is the senior technology correspondent'],   # Breitbart tip call-out, author bio
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'z7UURHdaVcz8eV4I': [(5, ' (RELATED: Trump Dossier Firm Worked With Media Outlets Now Giving The Firm A Pass)'), (7, ' (RELATED: Washington Post Publishes False News Story About Russians Hacking Electrical Grid)')],   # Daily Caller inline related links
 'aRwpu3pEuvwbL6e7': [(2, ' (RELATED: Trump Echoes Left-Wing Criticism With Latest Attack On Joe Biden)')],   # Daily Caller inline related link
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (list items without end punctuation)
 # batch 21: the Reuters lede, which BOIL's Reuters photo-credit pattern (".* Reuters/<Name>.") removes because it ends "... according to a Reuters/Ipsos opinion poll released on Tuesday."
 '2vKNaDUBZh81cWYF': ('NEW YORK (Reuters) - Americans are increasingly confident in the news media and less so in President Donald Trump\u2019s administration after a tumultuous year in U.S. politics that tested the public\u2019s trust in both institutions, according to a Reuters/Ipsos opinion poll released on Tuesday.',),
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
