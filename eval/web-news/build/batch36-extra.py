# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 36's own (batch 35's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'zL8MTsY2YWEbZHxa': ["The 34-page chapter is Clinton\u2019s most complete account to date of the attack. Clinton's chapter on Benghazi", '( PHOTOS: Clinton\u2019s best Benghazi hearing lines)'],   # Politico image caption/deck + headline residue (the first paragraph; the caption repeats the start of [4]), photo-gallery link
 '33xZmrXV1Rim2guu': ['What else did we learn?', 'What else did we learn from the disclosure?'],   # BBC question crossheads (x2; the second is the last paragraph, its content not in the text)
 'yElL113WD5PRuxQM': ['Read the full indictment against Rep. Grimm here.'],   # Breitbart document link (the last paragraph)
 'WhDIxQhUQCncHlPZ': ["Ted Cruz is set on preventing a debt limit increase from being added to budget talks. Senate GOP's budget battle", '( QUIZ: Do you know Ted Cruz?)', '( PHOTOS: Senators up for election in 2014)'],   # Politico image caption/deck + headline residue (the first paragraph), quiz link, photo-gallery link
 '7ZTzXWo78RrdRoTI': ['Send tips to amber@', 'The Daily Caller News Foundation is working hard to balance out the biased American media.'],   # Daily Caller tip line and DCNF donation appeal (the last two paragraphs)
 'snu8Gl7Qw0RxH9xy': ['Deirdre Fernandes can be reached at'],   # Boston Globe author contact line (the last paragraph)
 'wTH6cIOoz7hSOYMR': ["'CONTAGION' WRITER TELLS CNN THAT US IS 'THE SICKEST COUNTRY IN THE WORLD'"],   # Fox News all-caps related link (ends in a letter but has 16+ words, so the short-line rule misses it)
 'YTRefOX9zshVGYwO': ['This report contains material from The Associated Press and Reuters.'],   # Newsmax wire credit (the last paragraph; as batch 28's CSM wire credit)
 'UYg43c7fQRjeglFy': ['A security lapse that affected more than 1,000 workers forced one moderator into hiding', 'The punishment from Isis for working in counter-terrorism is beheading. All they\u2019d need to do is tell someone', 'Facebook Twitter Pinterest Facebook CEO Mark Zuckerberg', 'They should have let us use fake profiles. They never warned us'],   # Guardian standfirst (the first paragraph), pull quotes (x2, repeating [14] and [40] without their marks), share-button residue + image caption + credit
 'fnTxVu71ogT8fxM9': ['Correction: An earlier version misstated'],   # CNBC correction note (the last paragraph)
 'gvrNyGCCfohKrweW': ["'Knowing Gujarat, I am not surprised'", 'A family is transported to a quarantine centre after one of the members tested positive'],   # Al Jazeera crosshead in quote marks (so the short-line rule misses it), photo caption + credit "[Amit Dave/Reuters]"
 'Eyh4gY1L1ZwPoFeM': ["'Not taking it seriously'", 'A health worker takes a COVID-19 sample from a journalist'],   # Al Jazeera crosshead in quote marks, photo caption + credit "[Banaras Khan/AFP]"
 's3RwSTL3vhD9iosn': ['What are the details?', 'Will the plan work?'],   # TheBlaze question crossheads (x2; as earlier batches' "What are the details?")
 'aaTmu39ZfMCUHfBq': ['\u201c At Walmart and Target, shoppers bought more TVs', '\u201c Before the checks were issued on April 15'],   # MarketWatch pull quotes (x2, in spaced quote marks, repeating [4] and [14]; they end in a quote mark, so the short-line rule misses them)
 'JI0UP4rXGKB0dlgJ': ["'No Wisconsin Here'"],   # NPR crosshead in quote marks (so the short-line rule misses it; the other, "Tensions Running High", falls to it)
 '1JUe8EW5OGySoK0j': ['see also New Zealand massacre manifesto sent to Syracuse students'],   # New York Post related-story teaser ("see also <headline> <teaser>..."; as batch 34's NY Post teaser)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'p2m4EZe9WGFYa1nH': [(3, ' (RELATED: MSNBC Analyst Suggests Using Coronavirus To Prosecute Trump For \u2018Negligent Homicide\u2019 \u2014 Gets An Assist From Former Democratic Candidate)')],   # Daily Caller related link glued to the end of a paragraph
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 'yElL113WD5PRuxQM': ('Obstructing and Impeding the Due Administration of the Internal Revenue Laws', 'Conspiracy to Defraud the US', 'Health Care Fraud', 'Wire Fraud', 'Mail Fraud', 'Perjury', 'Obstruction of Official Proceeding', 'Unlawful Employment of Aliens'),   # Breitbart: the 9 charge categories after "... fall into the following nine categories:" (list items without final punctuation; the third, "... Tax Returns (3-5)", ends in ")" and survives anyway; as batch 35's SKiFq3UoR7V4KP3K)
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
