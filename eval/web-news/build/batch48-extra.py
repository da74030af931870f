# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 48's own (batch 47's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'L6EkvXaX1I7Qc1RP': ['What is going on?', 'Why are fertility rates falling?', 'Which countries will be most affected?', 'Why is this a problem?', 'Are there any solutions?', 'What about Africa?', 'Why is 2.1 the fertility rate threshold?', 'What do the experts say?'],   # BBC question crossheads (x8; as batches 46's and 47's)
 'BW3eFyeSlVrybNt4': ['Media \'lies and deceit\'', 'An \'imagined sting\''],   # BBC crossheads in quote marks (x2; kept by the short-line rule because they end in a quote mark)
 'BK2hRXZU5sxVi1QQ': ['Ayotte is now stuck in the center of the fight over gun control. Ayotte on defense over gun vote', '( PHOTOS:'],   # Politico photo caption run into the repeated headline (the first paragraph), photo-gallery links "( PHOTOS: ...)" (x2)
 'kACGJPLrDvz87VFv': ['What are the details?'],   # TheBlaze question crosshead (as batches 36-41's)
 'BXcFfkb2hdV6Kvrz': ['PHOTOS: Top 10 handguns in the U.S.'],   # Washington Times photo-gallery link
 'lmXI4iEpmS6SGUC1': ['CLOSE A year after the shooting of Michael Brown', 'CLOSE Crowds of peaceful people took to the streets of Ferguson'],   # USA Today video captions ("CLOSE ..."; x2, the first the first paragraph; as batch 47's)
 'wYfGxvaLbdvKvrgQ': ['Obamacare rejigged?'],   # CSM question crosshead (the other crosshead, "Call for pragmatists", fell to the short-line rule)
 'EQw6vHTRFOR6pp7h': ['\'Gags against media\''],   # Al Jazeera crosshead in quote marks (kept by the short-line rule because it ends in a quote mark)
 'dXIqKmgzpAz91IA5': ['Janea Cox and her daughter Haleigh fly to Colorado Springs, Colorado.', 'Photos: Photos: Charlotte\'s Web', 'The brothers started the Realm of Caring Foundation', 'JUST WATCHED'],   # CNN photo caption, photo gallery "Photos: Photos: Charlotte's Web ... Hide Caption 1 of 10 ..." run over two paragraphs (the second begins with a caption, "The brothers started the Realm of Caring Foundation , ... Hide Caption 10 of 10"), video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x4; as batches 46's and 47's)
 'tfCaloiMDRa6HC4y': ['Five key states will hold Republican and Democratic primaries on Tuesday. CBN News\' David Brody'],   # CBN video promo ("... CBN News' David Brody shares his thoughts ... Watch below:"; the prefix is long enough to miss the first paragraph, which begins with the same sentence)
 'wIXc7ssQSAFCBt7Q': ['Sonia Sotomayor and Elena Kagan (R), Associate Justices of the Supreme Court'],   # CBS News photo caption with credit ("... DOMINICK REUTER / REUTERS")
 '4rqPM9bO3sqehtvH': ['\'No commitment\''],   # Al Jazeera crosshead in quote marks (kept by the short-line rule because it ends in a quote mark; as aljazeera EQw6vHTRFOR6pp7h's above)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 'hsVonkm2LaJKbfRK': ('Now, \u201cICE\u2019s action leaves hundreds of thousands of international students with no',),   # the first half of a sentence split across two paragraphs in the corpus text (raw [3]; 13 words, no final punctuation, so the short-line rule dropped it and the next paragraph began mid-sentence "educational options within the United States,” ..."); kept as its own paragraph, the split as published (no merge rule exists; as batches 44's and 45's splits)
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
