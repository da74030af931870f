# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 49's own (batch 48's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'jmjoAPAL0ATnRcFR': ['Are you affected by Tropical Storm Hermine?', 'Photos: Hermine storms into Florida', 'One of many trees that fell last night', 'Refrigerator \'carried 30 feet\''],   # CNN reader call-out (the first paragraph, "... WhatsApp us ... Please tag #CNNiReport ..."), photo gallery ("Photos: Hermine storms into Florida ... Hide Caption 1 of 22 ..."), Instagram embed caption ("... A photo posted by Kim Taylor (@katay_art) ..."), crosshead in quote marks (kept by the short-line rule because it ends in a quote mark)
 'tcrN0ZUf1upazXvs': ['MORE: \'I May Go\''],   # CBN related link (the last paragraph, "MORE: 'I May Go': Trump May Head to Israel ...")
 'zCO7UVfMlPKUPzd2': ['Israel plans to approve new East Jerusalem settlements in defiance of U.N.'],   # USA Today related-story headline (x2)
 'SMs3RJlsOkKG2QoR': ['CLOSE Republican Brian Kemp resigned Thursday', 'CLOSE Stacey Abrams\' campaign says'],   # USA Today video captions ("CLOSE ... AP"; x2, the first the first paragraph; as batches 47's and 48's)
 'GnLc0ecOkMgwSGDu': ['Donald Trump and Liu He during a meeting on trade talks'],   # Bloomberg photo caption with credit ("... Photographer: Al Drago/Bloomberg")
 '99rAqaEWATDWp935': ['Former president breaks tradition of refraining from criticism of successor', '\u2022 This article was amended on 19 May 2020'],   # Guardian standfirst (the first paragraph, no final period; as batches 46's and 47's), correction note (the last paragraph)
 'chnC4Q90tZEQA7gU': ['\'Serious programme\'', '\'Pull together\''],   # BBC crossheads in quote marks (x2; kept by the short-line rule because they end in a quote mark; as batch 48's)
 '6Zxn5j3YTLJjXvYG': ['\u2018There will be standards\u2019'],   # Dallas Morning News crosshead in quote marks (kept by the short-line rule because it ends in a quote mark)
 'Sqz3mHKUe6FrOO5w': ['Riechmann reported from Washington.'],   # AP contributor line (the last paragraph; as batches 46's and 47's "Reynolds reported from Miami.")
 '37CdopuawuedMYdr': ['Reid is warning lawmakers he\u2019s prepared to keep them in D.C. until Christmas Eve. The Senate', '( PHOTOS:', '( Previously on POLITICO:'],   # Politico deck run into the repeated headline (the first paragraph; as batch 48's), photo-gallery links "( PHOTOS: ...)" (x2) and a related link "( Previously on POLITICO: ...)"
 'Dr64yhcm9MMIPD6J': ['\u2014Joshua Jamerson and Janet Hook contributed to this article.'],   # WSJ contributor line (BOIL's pattern has "report"/"story", not "article")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'wU9YcVkGIe2HUKCZ': [(2, ' (RELATED: Trudeau Calls Election \u2014 As Police Say His Government Is Blocking Their Investigation Into SNC-Lavalin Scandal)'), (6, ' (RELATED: Trudeau Plans \u2018To Ban Military-Style Assault Rifles\u2019 \u2014 Critics Ask, Meaning What?)')],   # Daily Caller related links at the end of a paragraph (as batches 44's and 47's)
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
 'wU9YcVkGIe2HUKCZ': [(2, ' (RELATED: Trudeau Calls Election \u2014 As Police Say His Government Is Blocking Their Investigation Into SNC-Lavalin Scandal)'), (6, ' (RELATED: Trudeau Plans \u2018To Ban Military-Style Assault Rifles\u2019 \u2014 Critics Ask, Meaning What?)')],   # Daily Caller related links at the end of a paragraph (as batches 44's and 47's)
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
