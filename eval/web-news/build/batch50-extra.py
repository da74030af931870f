# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 50's own (batch 49's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'KUOV1YMQTcnssZhS': ['JUST WATCHED', 'Photos: Who\'s who in Christie bridge scandal'],   # CNN video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x2; as batch 48's) and photo gallery ("Photos: Who's who in Christie bridge scandal ... Hide Caption 1 of 21 ..."; one paragraph)
 'X9aCHBAhu6SmhOzn': ['What would a nuclear test in the Pacific mean?'],   # BBC related-story link in question form (kept by the short-line rule because it ends in "?"; after the analysis box, before the story resumes)
 'bHX6tvn5c9iWq73e': ['What are Mr Pence\'s critics saying?', 'What do Pence\'s supporters say?', 'Do players have a right to protest?'],   # BBC question crossheads (x3; as batches 46-48's)
 '1GXAx0VasPgM5YWM': ['A demonstrator shouts slogans after being arrested in Kathmandu'],   # Al Jazeera photo caption with credit ("... [Prakash Mathema/AFP]")
 'WuMnM0mxFQNbbif6': ['reopening restaurants Left: Kayla Hester', 'Facebook Twitter Pinterest', '\u2018A very scary time\u2019', 'I have to take care of my family. I just have to lay my faith in God.', '\u2018The sun is shining, summer is here\u2019', 'the beach Right: Residents can now go to the beach'],   # Guardian photo captions with credits ("... Photographs: Bryan Tarnowski/The Guardian"; x4, two run into "Facebook Twitter Pinterest" share labels), crossheads in quote marks (x2; kept by the short-line rule because they end in a quote mark) and a pull quote (repeating [20]'s quotation without quote marks)
 'UvASm4UOxO6VlbEe': ['Trump:I will wait until', 'Key shutdown question:How much border wall'],   # USA Today related links (x2; the "More:"-style label run into the headline, so BOIL misses them)
 '7KY2Sfgb6nEf0d3B': ['The Islamic State\'s Areas of Influence, August 2014 to August 2015'],   # NPR map graphic text run into one paragraph ("The Islamic State's Areas of Influence, August 2014 to August 2015 ISIS has been forced out of ... Syrian President Bashar Assad in power.")
 'HgeTLgrAv7Gq15s7': ['The State Department had Susan Rice\'s talkng points scrubbed, ABC News reports. Report: Benghazi memo', '( PHOTOS:'],   # Politico deck run into the repeated headline (the first paragraph; as batches 48's and 49's) and a photo-gallery link "( PHOTOS: ...)"
 '6MCufuSvkxT7shwO': ['This photo shows an IRS W-4 form'],   # AP photo caption with credit ("... (AP Photo/Barbara Woike)"; x2, the first two paragraphs)
 '0gFN83VCXcdM44gG': ['Obama spoke from the media work space in Edgartown, Mass. Obama:'],   # Politico photo caption run into the repeated headline (the first paragraph; as batch 48's)
 'ppWCwSWqplIvfZOd': ['President Obama was interrupted by Neil Munro', 'Ricki Campos, a 23-year-old undocumented immigrant', 'Homeland Security Secretary Janet Napolitano said the immigration laws', 'contributed to this article.', 'The surname of Sen. Richard Durbin of Illinois was misspelled'],   # WSJ video caption ("... Photo courtesy of Associated Press."), photo captions with credits ("... Andrew Seidman/The Wall Street Journal", "... Associated Press"), the rest of a contributor line (its name line "\u2014Andrew Seidman" fell to the short-line rule) and a correction note (the last paragraph; "Corrections & Amplifications" fell to the short-line rule)
 'mGwU3359kCqkijW1': ['The arrest and jailing of a U.S. citizen in Allentown, Pa., turned into a court case', 'Ernesto Galarza, a U.S. citizen, was working construction', 'Joe Barna of Allentown, Pa., wears', 'Dean Browning, chairman of the committee, leads the session', 'Edward Sweeney, Lehigh County\u2019s former director of corrections, warned', '\u2014Jim Oberman contributed to this article.', 'A newly constructed mixed-use development in downtown Allentown'],   # WSJ standfirst (the first paragraph, before the dateline), photo captions with credits ("... Photo: Laura Meckler/The Wall Street Journal", "... Photo: Jeff Lautenberger for The Wall Street Journal"; x5, the last the last paragraph) and a contributor line (BOIL's pattern has "report"/"story", not "article"; as batch 49's WSJ)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'hEe3BAYHPvSFt7pz': [(9, ' (RELATED: It Took 37 Days For Media To Ask Joe Biden About Tara Reade\u2019s Sexual Assault Accusation)')],   # Daily Caller related link at the end of a paragraph (as batches 44's, 47's and 49's)
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
}
TITLE = {       # new in batch 27: ID -> (corpus title, title, what was changed) (a corpus title damaged in scraping)
 'MjWrQKiuU29Y0INy': ('ea Party groups, Republicans slam IRS for flagging conservative groups', 'Tea Party groups, Republicans slam IRS for flagging conservative groups', 'first letter lost in the corpus title restored: "ea Party" -> "Tea Party"'),   # Fox News corpus title missing its first letter (the text begins "Tea Party leaders refused ...")
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
