# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 27's own (batch 26's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'EPqxAeB98J3NVYu8': ['There are unmistakable signals that Republicans are looking to punt to the Senate.', '( PHOTOS: Politicians'],   # Politico deck + repeated headline, related photo links (x2)
 '5E4JujoPzXofvR77': ['Obama administration official says Hagel had some difficulty', 'JUST WATCHED '],   # CNN story highlight, video promos (x3)
 'kNBBuZTAXpieU7uc': ['Centrist independent wins by 66% to 34% margin', 'Facebook Twitter Pinterest Macron and Hollande attend', "What is in Macron's in-tray as president?", 'The Guardian view on the French election:'],   # Guardian standfirst, photo caption, explainer box, related link
 '0pu6dnZNv9VkSDJv': ['Tea Party activists gather at the World War II Memorial', 'Correction: A prior version of this story', 'STORY: IRS list reveals', 'Follow @gregorykorte'],   # USA Today photo caption + story highlights, correction note, related link, author follow line
 'w1Q4xjO11az58NaI': ["'EACH HAS SOME IMAGE ISSUE'"],   # Reuters crosshead (ends in a quote mark, so the short-line rule keeps it)
 'OuQa6lYPBZHdYNDO': ['4,317 deaths since April', "'Total breakdown'"],   # BBC fact box, crosshead
 'RkU3CRwFCQJHtBAr': ['What does Trump say?', 'What is the Fifth Amendment?', 'Who else has pleaded the Fifth?', 'Why is Mr Cohen being investigated?'],   # BBC question crossheads
 'pd51TGGXF9jprid3': ['Egypt\'s military-led government said it was "reviewing" its strategic relationships with the U.S. and other Western governments critical of its crackdown on Islamists. Jerry Seib', '\u2014Leila Elmergawi'],   # WSJ video caption (its first sentence repeats the lede, so the prefix runs to "Jerry Seib"), contributor line
 '97xZ8xMtW6iazftF': ['Republican Karen Handel spoke about social media', 'There is a lack of civility in society as a whole, social media has been fueling it, journalism has been fueling it Karen Handel', 'This is a deep-rooted problem in American politics right now which is going to take work and bipartisan commitment Jon Ossoff', 'Facebook Twitter Pinterest'],   # Guardian standfirst, pull quotes (x2), photo captions (x2)
 'wpISIdIu5sPprsdn': ['In a prime-time address Thursday, President Barack Obama said he would give', 'President Reagan signed a law making sweeping immigration changes.', '\u2014Kristina Peterson', 'Write to Laura Meckler'],   # WSJ video captions (x2), contributor line, author e-mail line
 'HSWMiuRX96BFdOtw': ['House Speaker Nancy Pelosi of Calif., speaks about the so-called Heroes Act'],   # AP photo caption (x2)
 'fhPNfZbZXORJFzQj': ['British Prime Minister Theresa May speaks at the House of Commons in London', 'ANOTHER ELECTION?'],   # Reuters photo caption, crosshead (ends in "?", so the short-line rule keeps it)
 'aWPaRLE8ExFkTblx': ['Bernie Sanders recognizes Washington is as close to a must-win as it gets after his disappointing loss in Arizona on Tuesday. | AP'],   # Politico photo caption + credit + repeated headline + deck
 'NCdhKaBO3i3frt8J': ['Tonya Couch is taken by authorities to a waiting car'],   # AP photo caption + credit
 'fSO42YRVgwiL6f3q': ['Follow Scott on Facebook and Twitter.'],   # Daily Caller author follow line
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'fhPNfZbZXORJFzQj': [(10, ' [GBP/]')],   # Reuters market-data code
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
}
TITLE = {       # new in batch 27: ID -> (corpus title, title, what was changed) (a corpus title damaged in scraping)
 '0kbxzbO2VcMMDI0r': ('Dems grasp for election lifeline 59', 'Dems grasp for election lifeline', 'trailing comment count " 59" removed'),   # The Hill: the page's comment counter glued to the headline
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
