# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 30's own (batch 29's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'eaWhRbreB6MoxZrs': ['\u201cIt\u2019s very clear that he\u2019s committed to the conservative principles'],   # Fox News pull quote (repeats the end of [11], with "\u2014 White House spokesman Sean Spicer")
 'JLqDqF7OERwRAhcE': ['\u2018DO WHAT\u2019S RIGHT\u2019'],   # Reuters crosshead (in quote marks)
 'CmUM64qyhyye9U2K': ['\u2018IT\u2019S CALLED TRANSPARENCY\u2019'],   # Reuters crosshead (in quote marks)
 '8sX9403nWxsU493y': ['Recent events have given new resonence to efforts to link Carter and Obama.'],   # Politico photo caption + credit + headline
 'P5w1mZmtJqcR2EH1': ['What happened?', 'What else?'],   # TheBlaze crossheads (x2, end in "?")
 'cW1i8E7EdfCmkkAN': ['The resignation of the Yemeni president and his government is likely', 'Mr Hadi has been surrounded in his home', 'The rebels have publicly welcomed his resignation but', 'With no president and no government', "'Political maze'"],   # BBC correspondent's analysis box (4 paragraphs, heading and byline lost), crosshead (in quote marks)
 'pykhLEALEs0zLahP': ['This Republican pivot goes only so far', 'Sen. Lamar Alexander, R-Tenn., is calling for a \u201cnew Manhattan Project\u201d on clean energy.', 'In recent years Republican politicians have been more likely to dismiss', 'Susan Walsh/AP/File Protesters gather', 'Is the GOP sincere?'],   # CSM summary box before the lede (3 paragraphs restating [8]/[9]/[25], [7] and [5]), photo credit + caption, crosshead (ends in "?")
 'PvNvqoy8UwXRReCr': ['So was it Boris Johnson what done it?', 'Without Sir Kim speaking publicly', 'And certainly, according to well-placed sources in Whitehall', 'If you are an embattled diplomat', 'Certainly, there is genuine anger', "Mr Johnson's supporters have offered varying counter theories.", 'Others have insisted that the decision had been made before the debate', "Realising they were on the receiving end", 'The problem is that few in Westminster', 'In the House of Commons, Theresa May pointedly urged', 'It was not hard to decipher', 'President Trump could well wake up this morning', "It wasn't his more colourful remarks", 'The effects of that were felt immediately.', 'It was clear he was being frozen out', "More broadly, it's like this...", 'The US knows that Britain is fairly isolated'],   # BBC correspondents' analysis boxes (11 and 6 paragraphs, headings and bylines lost)
 'JR4CvVRBE5E5AayO': ['Massachusetts senator endorses presumptive Democratic nominee'],   # Guardian standfirst
 'IyKaOXyc11cqR8mG': ['Mapped timeline showing how the mass shooting', 'Deadly Legacy Number of fatalities'],   # WSJ video caption + credits, graphic residue
 'CMv2FKtOA0n4P6oe': ['Supporters of Florida\u2019s two gubernatorial candidates met face-to-face'],   # WSJ photo caption + credit
 'KSUrtz4TvPodvP3w': ['Spagat reported from San Diego.'],   # AP credit line + Twitter handles (BOIL misses it: "contributed from", "Follow ... on Twitter at")
 'd0z1LY5lA0RXXF5b': ['This archived news story is available only'],   # KSL archive notice
 'QXcs1zUdOGrOnWbK': ['A North Korean soldier takes a photo during', 'U.S. Vice President Mike Pence arrives at Observation Post Ouellette'],   # CNN photo captions (x2)
 'fn7tTlkEJUHGVcuw': ['How businesses are adapting to a coronavirus pandemic economy Small acts', 'A sign explaining that a bookstore will remain closed', 'Ross Valley Crossfit coach Nikolas Moro', 'Shoppers wait to enter at a Target store', 'A sign showing an automobile dealership closed'],   # ABC News headline + deck, photo captions + credits (x4)
 '5lBxZkGmcE25MToY': ['With communities on edge as crackdowns begin, grassroots groups', 'Facebook Twitter Pinterest Immigrants look over a map of Guatemala'],   # Guardian standfirst, photo caption + credit
 'YfNRMbdg299oYqWw': ['President Trump called out the House Freedom Caucus for allowing Planned Parenthood', 'Rep. Vicky Hartzler, R-Mo., was one several lawmakers'],   # CBN video blurbs (x2, "Watch his response below.", "Watch the video below ...")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'AzawTQGrK04nyEBe': [(8, ' /a>')],   # HTML residue at the end of a paragraph
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
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
