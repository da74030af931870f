# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 46's own (batch 45's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'FhbBS8MpFO6S952l': ['US, CHINA SPAR OVER HONG KONG AFTER \'THUGGISH REGIME\' REMARKS'],   # Fox News promo headline (a related-story link in capitals)
 'WZUeX1NcJ7xfD2eW': ['\'Private lives of presidents\''],   # USA Today crosshead in quote marks (kept by the short-line rule because it ends in a quote mark; the other two crossheads fell to it)
 'WA2xRykLvAqsYKtE': ['Beshear says he was not on the call with President Trump this morning'],   # NPR caption of a lost embed (repeated by the next paragraph, "Kentucky Democratic Gov. Andy Beshear was reportedly not on the call ...")
 'xblEuS7GtBkAzwHC': ['CLOSE Beto O\' Rourke announced his 2020 run for president', 'CLOSE Former Rep. and Senate candidate Beto O\'Rourke spoke Monday at a protest', 'CLOSE Former Democratic Congressman Beto O\'Rourke, a potential Trump rival in 2020', 'CLOSE President Trump and Beto O\u2019 Rourke were both in El Paso', 'The El Paso Times isn\'t just another subscription.'],   # USA Today video captions ("CLOSE ... USA TODAY" / "... AP" / "... Special to the El Paso Times"; x4, the first the first paragraph; as batch 45's), El Paso Times subscription promo (the last paragraph)
 'WhJMBXkBMhgKxv1i': ['A man is detained by Immigration and Customs Enforcement agents on October 14, 2015', '\u00c9lfido Garc\u00eda says he\'s been hunkering down at home as reports of possible immigration raids resurface', '\'This is not a life\''],   # CNN photo captions (x2; the second repeats [15]-[16]), crosshead in quote marks (the other crossheads fell to the short-line rule)
 'hpyJuyenPI8ORAWh': ['More than 800,000 registered to vote on national voter registration day in September compared to 154,500 in 2014'],   # Guardian standfirst (the first paragraph, no final period; as batch 45's)
 '9FXEh1oiDetYSl3G': ['The economy added 236,000 jobs in February and unemployment dropped to 7.7 percent. Job numbers up big before sequester', '( The Scrum Podcast: Analysis on Obama\u2019s GOP outreach'],   # Politico deck run into the repeated headline (the first paragraph, no final period; as batch 45's), podcast link
 'xq9q4zrMo5ejxWxb': ['JUST WATCHED'],   # CNN video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x2; as batch 45's)
 'jP8E5JSDvXE9Z33p': ['Ridgeway High School students are led back to their classes after the arrest of a suspect', 'Dazio reported from Los Angeles.'],   # AP photo caption + credit, twice (the first two paragraphs, "... (Kent Porter/The Press Democrat via AP)"; as batch 45's), contributor line (the last paragraph)
 'ujYBYKtVnkBSQ0IP': ['Read the email below:'],   # IJR embed pointer (the embedded tweet with the email not in the text)
 'gBPw26SX8NrtZHJ0': ['What happened to Mr Choudry?', 'What happened to Ms Korchinski-Paquet?', 'What has been the reaction to the deaths?'],   # BBC question crossheads (x3)
 'Jm0Lo1Hbv9a18ili': ['This report contains material from The Associated Press, Reuters, and Bloomberg News.'],   # Newsmax credit line (the last paragraph)
 'M2vV2SLbAPsVgdXG': ['The U.S. and China have had a complicated trade relationship for the last half century. WSJ', '\u201cWe poke our friends in the eye and then we say we are going to get in a trade war with China?\u201d Joe Biden said during a recent visit', '\u201cThe Chinese are bad actors on trade,\u201d Sen. Elizabeth Warren said during a recent visit', 'Share Your Thoughts How firm a stance', 'Has the relationship between the U.S. and China simply hit a speed bump'],   # WSJ video and photo captions ("... Photo Illustration: Heather Seidel", "... Photo: c.j. gunther/EPA/Shutterstock", "... Photo: Craig Hudson/...", "... Photo: Getty"; x4; the two photo captions repeat [8] and [11], which go on "Mr. Biden recently told reporters" / "Ms. Warren said in Kermit" and are not hit), reader-comment promo ("Share Your Thoughts ... Join the conversation below.")
 'nffiRkWErzPmM3ku': ['For Arthur Erken of the U.N. Population Fund (UNFPA), the wording dispute is', 'Removing the phrase, code for abortion among conservative groups, set off a caustic debate', 'For the first time, the Trump administration has scored a victory in imposing the language', 'For some, it\u2019s an attack on women\u2019s health and rights. For others', 'Seth Wenig/AP Members of the U.N. Security Council vote', '\u2018Finding the silver lining\u2019'],   # CSM summary box and deck before the story (the first four paragraphs, restating [29]-[34], [8], [6]-[7] and [1]'s question; the prefixes are long enough to miss those: [6] begins "Starting early", [8] "To many, the phrase"), photo caption + credit ("Seth Wenig/AP ..."), crosshead in quote marks (the other two crossheads fell to the short-line rule)
 'eB4ZmyTU5bENBcIw': ['Read the draft motion via DocumentCloud:', 'Editor\'s note: This article has been updated with details'],   # Axios embed pointer (the document not in the text), update note (the last paragraph)
 '6qDMHHV4Gwyobnyf': ['\u2018More Encouraged\u2019', 'Ebrard speaks to members of the media while arriving at the State Department'],   # Bloomberg crosshead in quote marks, photo caption
 'dgKnPaPNHk61yor4': ['Chicago Police officer Cheryl Clark, right, greets co-workers while she is waiting', 'Kennedy reported from Fort Lauderdale, Florida.'],   # AP photo caption + credit, twice (the first two paragraphs, "... (AP Photo/Nam Y. Huh)"), contributor line (the last paragraph)
 'KaDaPi757xc90l5G': ['Bianca V\u00e1zquez Toness can be reached at'],   # Boston Globe contact line (the last paragraph, "... can be reached at ... Follow her on Twitter ...")
 'oYSCZqSjCvpqZomD': ['The move could come as soon as Friday, sources said. | AP, Reuters Photos Hill gets Obamacare fix', '( PHOTOS: 25 unforgettable Obamacare quotes)'],   # Politico deck + photo credit run into the repeated headline (the first paragraph, no final period; as 9FXEh1oiDetYSl3G above), photo-gallery link
 'UuUVuKUygWSA0l93': ['Source: Morales A.J., et al.'],   # Medical Daily source citation (the last paragraph, "Source: ... CHAOS. 2015.")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
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
