# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 41's own (batch 40's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'DA49R7sSHY0j5xw0': ['Disclosure: Donald Trump is the father-in-law of Jared Kushner'],   # Observer disclosure note (the last paragraph, "... publisher of Observer Media."; an editor's note, not the story)
 '8Y0BlMKV6VskJJap': ['President Obama and John Boehner have pointed fingers during the crisis.', '( See also: Full coverage of the sequestration)', '( PHOTOS: How sequestration could affect you)'],   # Politico photo caption + headline residue (the first paragraph, "... | AP Photos The sequester blame game"; as batch 40's), related links in parentheses (x2)
 'KteOjn7ccZm06R8a': ["But the Defense Department's No. 2 told Army, Navy, and Air Force budget planners"],   # Defense One deck (the first paragraph, "... to figure a different solution."; starts "But", above the lede)
 '06gcWQ2Cz7bo6Rby': ['For now, the 1997 land mine treaty that prohibits use and development', 'Human rights groups and some former military officers are among those', 'In late January, the Trump administration rescinded a U.S. prohibition', 'With an estimated failure rate of 6 in 1 million'],   # CSM summary box before the lede (4 paragraphs restating draft [21] (Wareham's "surviving and thriving"), [6]/[7] (opponents, casualty figures), [9]/[13] (the rescission, Mercado's "turn to our industries") and [10]/[12] (the 6-in-1-million failure rate); none word for word; as batch 39's)
 'NJZ5nqXT2Eh4mfbJ': ['What has Trump said about your country?', 'What has the president achieved so far?'],   # BBC related links under "More on Trump presidency" (end in "?", so the short-line rule keeps them; the other links and the heading fell to it)
 'UzritJCa7haeVsfC': ['-- Updated at 10:18 a.m.'],   # The Hill update stamp (the last paragraph; the leading "-- " defeats BOIL; as batch 17's "- Updated at 9:09 a.m.")
 'RlXtIPtw52T2lSoo': ['The inspector general\u2019s report looked at actions taken by Justice Department', 'From the Archives Attorney General Jeff Sessions defended his role', '\u2014Rebecca Ballhaus contributed to this article.', 'Write to Del Quentin Wilber at'],   # WSJ photo caption + credit ("... Photo: Manuel Balce Ceneta/Associated Press"), video caption ("From the Archives ... (Originally Published Oct. 18, 2017)"), contributor line and "Write to" line (the last two paragraphs; as batch 15's/18's)
 'dapPjkMBpKsdAMVr': ['A child being brought to an ICE facility in Grand Rapids', '\u2014Louise Radnofsky, Ian Lovett and Gerald Porter Jr. contributed to this article.'],   # WSJ photo caption + credit ("... Photo: Rob Wilkinson for The Wall Street Journal"), contributor line (the last paragraph; the "Write to" line fell to the short-line rule)
 'p0NNsYJgbMY3Rsyg': ['CLOSE Democrat Andrew Gillum says he is ending his hard-fought race'],   # USA Today video caption (the first paragraph, "CLOSE ... (Nov. 17) AP"; BOIL wants "CLOSE" alone)
 'r7yvWSO3D6RYnO5k': ['What has Trump said?', 'What will the US do next?', "What is Turkey's stance?", 'Where do the Saudis stand?', 'What does Saudi Arabia say happened?'],   # BBC question crossheads (x5; as batch 40's)
 'DnriZgq6tGlQk25u': ['Fixer says \u2018I will not be a punching bag', 'I am not a villain of this story, and I will not allow others to try to depict me that way Michael Cohen'],   # Guardian standfirst (the first paragraph; as batch 40's), pull quote with its attribution (repeats [6])
 'dUJ2RBviYdZth4QR': ['Photos: Unrest in Syria Photos: Unrest in Syria', 'JUST WATCHED', "Attacks could reinforce poison gas 'taboo'"],   # CNN photo-gallery captions (one paragraph, "... Hide Caption 1 of 222 ..."), video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x7, one prefix; as batch 40's), crosshead in quote marks (as batch 40's "'He hasn't got a prayer'"; the other crossheads fell to the short-line rule)
 'OSx4u2MCSKkT2GO1': ["( WATCH: POLITICO Junkies: IRS heads roll - who's next?)", '( PHOTOS: 10 slams on the IRS)', 'CORRECTION: Corrected by: Emily Howell'],   # Politico related links in parentheses (x2), correction note (the last paragraph, "... An earlier version of this story incorrectly reported ..."; BOIL wants "This story has been corrected")
 'xcM3L4eh4UQm2e0n': ['Manchester Arena bombing: Saffie Rose Roussos, eight, named as second victim', 'Facebook Twitter Pinterest Theresa May walks with Greater Manchester police'],   # Guardian related link ("... \u2013 latest Read more"; the other fell to BOIL), share-button residue + image caption + credit ("... Photograph: Oli Scarff/AFP/Getty Images"; as batch 40's)
 'GbyLDkZYicxGGlyQ': ['Will schizophrenic job market show good side?'],   # USA Today related-story link (ends in "?", so the short-line rule keeps it; the other link fell to it)
 'ccs1wbb3qH8mIL4L': ['Democratic U.S. presidential candidate and former Vice President Joe Biden speaks about the U.S. economy'],   # CNBC photo caption (the first paragraph, "... in Dunmore, Pennsylvania, July 9, 2020.")
 'iki1WwhbNaHLx7mw': ['What are the details?', 'Anything else?'],   # TheBlaze crossheads (end in "?", so the short-line rule keeps them)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'XGEGgbq2FpLKyutB': [(16, ' bit.ly/2FZU1Ir')],   # Reuters short link at the end of a paragraph (to Facebook's statement; the sentence is kept)
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
