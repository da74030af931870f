# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 51's own (batch 50's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'cZ6oz3ooF0gHRweD': ['The rise of \'Trump Democrats\'?', '\u2022 This article was reported by staff writers'],   # CSM question crosshead (kept by the short-line rule because it ends in "?"; as batch 50's BBC crossheads) and a reporting-credit line, the last paragraph ("\u2022 This article was reported by staff writers ... It was written by staff writer Mark Sappenfield.")
 'WtXdF7S88x5SzMIB': ['Political outfits associated with top prospects raised at least $86 million last year. \'16ers off and running'],   # Politico deck run into the repeated headline (the first paragraph; as batches 48's-50's)
 '1UZprjpWS8k18TJM': ['CLOSE A gunman opened fire during Passover services'],   # USA Today video caption with its "CLOSE" label and credit, the first paragraph ("CLOSE A gunman opened fire ... Wochit"; BOIL catches "CLOSE" only as a line of its own)
 'Vb59Y0CmgnbDsNYT': ['Sen. Chris Murphy said the president "wants to put somebody in this position'],   # Politico photo caption with credit run into the repeated headline and the deck (the first paragraph: "... | Susan Walsh/AP Photo congress Dem senators slam ..."; as batch 50's 0gFN83VCXcdM44gG)
 'XR3PXcAdvXxkKwxE': ['The "basketball ring"', 'Mike Pence: That\'s an endorsement?'],   # CNN crossheads kept by the short-line rule because they end in a quote mark or "?" (the other three fell to it; as batch 50's Guardian crossheads in quote marks and BBC question crossheads)
 'owMkhSZSpHYz6Qz2': ['Could you have imagined the outcome if Rosa brought a gun to the bus?', 'Congratulations to Trump adviser Stephen Moore on a comment'],   # The Hill: the texts of two embedded tweets left as lines (their bylines "... (@HuffmanForNC) April 18, 2020" and "... (@BillKristol) April 18, 2020" fell to the tweet rule; both repeat quotations already in [5] and [6])
 'JcjeLCK1rCtKg8pF': ['What did the official say?', 'Who will be affected by the new rule?', 'What has reaction been?'],   # BBC question crossheads (x3; as batches 46-48's and 50's)
 'AKVilYzXP4zJbkcD': ['Navy Special Operations Chief Edward Gallagher, center, walks with his wife'],   # AP photo caption with credit ("... (AP Photo/Gregory Bull)"; x2, the first two paragraphs; as batch 50's 6MCufuSvkxT7shwO)
 'RSoBIY2kDFe3tUEn': ['This report contains material from Reuters and The Associated Press.'],   # CSM sourcing credit line, the last paragraph (BOIL's patterns name "contributed to this report", not "contains material from")
 'MHMsBzmChS3gIaXH': ['Since yesterday morning, the response to our campaign has been incredible.'],   # Bloomberg: the first line of an embedded tweet of Sanders's left as a paragraph (its list lines "-$6 million raised" ... fell to the short-line rule, its last line to the tweet rule)
 'lFOtDIQYtBscYuba': ['Hurricane Irma made landfall in the Florida Keys Sunday morning', 'Photos: Florida Begins Long Road to Recovery', 'Triple Threat Irma'],   # WSJ video caption with credits ("... Video/photo credit: Fox News; Associated Press; Arian Campo-Flores/The Wall Street Journal"), photo gallery run into one paragraph ("Photos: Florida Begins Long Road to Recovery ... Sean Rayford/Getty Images 1 of 18 ... Show Caption ...") and map graphic text, the last paragraph ("Triple Threat Irma's pass over Florida ... Tallahassee Jacksonville Rivers")
 'atXTxu3U37kOpvSR': ['Why can the two sides not agree?', 'What is a government shutdown?', 'What happened during the 2013 shutdown?'],   # BBC question crossheads (x3; as batches 46-48's and 50's)
 'hsabMnEd4iJC6RMo': ['Former Hewlett-Packard chief questions Hillary Clinton', 'Facebook Twitter Pinterest', 'From Iron Lady to #GrandmothersKnowBest', 'Carly Fiorina will lose the Republican nomination to prove there\'s no war on women'],   # Guardian standfirst (the first paragraph), photo captions with credits run into "Facebook Twitter Pinterest" share labels (x2, "... Photograph: Scott Olson/Getty Images", "... Photograph: Mike Blake/Reutuers"; as batch 50's WuMnM0mxFQNbbif6) and related links ending in "Read more" (x2; BOIL catches "Read more" only at the start of a paragraph)
 'Y53q4TQYOAImLfBi': ['Evangelicals Preach Welcome for Immigrants Congregants worshiped', 'Immigration Law in America Review legislative milestones', '\u2014James Oberman contributed to this article.'],   # WSJ photo caption with credit run into the gallery label ("... John Francis Peters for The Wall Street Journal More photos and interactive graphics"), an interactive-graphic promo ("Immigration Law in America Review legislative milestones and key shifts in immigration policy.") and a contributor line (BOIL's pattern has "report"/"story", not "article"; as batch 50's mGwU3359kCqkijW1)
 'olkwFHzdrxEm1YtS': ['Former Vice President Joe Biden, 2020 Democratic presidential candidate, smiles during an primary night rally'],   # CNBC photo caption, the first paragraph (before the dateline; no credit)
 'qKg1BwazJV62xxIL': ['This story is breaking and will be updated.'],   # CNN update note, the last paragraph (BOIL has "This story has been (updated|corrected)" and "This is a developing story", not "This story is breaking")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'owMkhSZSpHYz6Qz2': [(5, ' ADVERTISEMENT')],   # The Hill advertisement marker glued to the end of a paragraph ([5]; BOIL catches "ADVERTISEMENT" only as a line of its own)
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
