# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 33's own (batch 32's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 '3mBqF8SjXA7roZgS': ['(The line is at 8:21 into this video.'],   # NPR video pointer ("You can decide for yourself what he said."; the embedded video is not in the text; as batch 26's "You can listen to the exchange in the video below.")
 'KSRofowbZDeTFnwo': ['CNN has multiple crews in Gaza, Israel and neighboring countries', 'Opinion: Will real change come from this cease-fire?'],   # CNN coverage promo before the dateline ("Share photos and video, but stay safe."), related opinion link
 'Z87Z2bEFhgFZZorE': ['The problem is most acute for Kay Hagan, Mark Pryor and Mary Landrieu. | AP Photos', '( PHOTOS:'],   # Politico image caption + credit ("| AP Photos Vulnerable Dems' Obama problem"), photo-gallery links (x2)
 'Us8h4QRh0M5j1kdu': ['CLOSE A Donald Trump win in the presidential election'],   # USA Today video blurb ("Video provided by TheStreet Newslook")
 'NjqgBR1SZvYEbmO5': ['Russian President Vladimir Putin, centre, gestures while speaking to Defence Minister Sergei Shoigu'],   # AP photo caption + credit (x2, repeated; "(AP Photo/Dmitri Lovetsky, Pool)")
 'K2vO17XwZR9vhutQ': ['\u2018REGION DESERVES BETTER\u2019', '(Graphic showing Iran\u2019s nuclear facilities'],   # Reuters crosshead (in quote marks, so the short-line rule misses it), graphic link ("tmsnrt.rs/2K9tVRX")
 'rseUrq9NgBmGCcrE': ['What are the charges?'],   # BBC question crosshead
 'gX5GM2mCalngCc4T': ['Play Video 4:13 Is China pushing Hong Kong further away'],   # Guardian video-player residue ("- video explainer")
 'QVscCFw3wrKSpa3h': ['Police escort the truck, that was found to contain a large number of dead bodies'],   # AP photo caption + credit (x2, repeated; "(AP Photo/Alastair Grant)")
 'i3AYcJxiKdU7pqJ2': ['Why is this remarkable?', "'Supremely confident'", 'What is the agenda?', 'What has North Korea said?', 'What has the US said?', 'How did we get here?'],   # BBC crossheads (x6; five questions, one in quote marks)
 'WrcS7uK1rb6RSe34': ['\u201cWe\u2019re just going to get back that time we lost', 'Asylum in the U.S. is becoming increasingly difficult to obtain, however. \u201cWe\u2019re trying', 'These newlyweds are among just 3% of asylum-seekers', 'Jos\u00e9 was granted asylum last year, having left Honduras', 'After 12 years together, Jos\u00e9 and Demaris are getting married.', 'Henry Gass/The Christian Science Monitor Damaris and Jos\u00e9'],   # CSM summary box before the lede (5 paragraphs restating [45], [30]/[25]/[42], [9], [3]/[6], [9]/[4] of the raw text; the first, identical to the last paragraph, is cut by LTRIM + DROP below), photo credit + caption
 'o4AAwHL3wifM0wX3': ['It was unclear who Trump was directing arms race threats against', 'Facebook Twitter Pinterest A letter, purportedly from Vladimir Putin'],   # Guardian standfirst, share-button residue + image caption + credit ("Photograph: Trump Transition")
 'JtwCrWfvY1OJKL8u': ['BELOW: Economic Expert Stephen Moore Talks About'],   # CBN video promo
 'nrn5MAQtdZm0i3cl': ["Here's the latest on the national emergency declaration:"],   # TheBlaze video pointer (the last paragraph; the embedded video itself is not in the text; cf. batch 26's "You can listen to the exchange in the video below.")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'K2vO17XwZR9vhutQ': [(12, ' [O/R]')],   # Reuters story-link code (as batch 22's " [.N]", batch 27's " [GBP/]", batch 32's " [nL4N1IS196]")
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
 # batch 33: the CSM summary box's first paragraph is identical to the article's last, so a DROP prefix would remove both; its first sentence is cut here
 # (the paragraph then starts with its second quotation, which no other paragraph does) and the rest falls to the DROP prefix above
 'WrcS7uK1rb6RSe34': [(0, '\u201cI want to create a life, a future, with our daughter \u2013 things that in Honduras just wouldn\u2019t happen,\u201d he continues. ')],
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 'i3AYcJxiKdU7pqJ2': ('One-to-one meeting', 'Expanded meeting with other representatives', 'Working lunch'),   # BBC: items 2-4 of the White House's summit plan after "this is the plan for the summit:" (list items without final punctuation; item 1 ends in ")" and survives; as batch 26's RvEktWmYWi6m54r0)
}
TITLE = {       # new in batch 27: ID -> (corpus title, title, what was changed) (a corpus title damaged in scraping)
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    for i, s in LTRIM.get(key, []):
        if ps[i].startswith(s): ps[i] = ps[i][len(s):].lstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
