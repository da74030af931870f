# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 45's own (batch 44's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'zHgwW4Tnidh9hfwe': ['\'Silence critics\'', '\'Assassination plan\'', '\'Witch-hunt\'', 'Rathod claimed to have been receiving video calls from anonymous numbers since 2017 [Photo courtesy'],   # Al Jazeera crossheads in quote marks (x3; kept by the short-line rule because they end in a quote mark), photo caption + credit ("... [Photo courtesy: Nihalsing Rathod]"; repeats [8])
 'ZyMbq0g01NJk9Ung': ['--Updated at 3:47 p.m.'],   # The Hill update line (the last paragraph)
 'QnzlJsUmNF6XniiF': ['One member says of New Jersey governor, "If he\'s lying, he\'s dead"', 'Another describes him as "a prizefighter in the middle rounds"', 'JUST WATCHED'],   # CNN story-highlights bullets (the first two paragraphs, no final period; the "Story highlights" heading and the other bullet fell to BOIL and the short-line rule), video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x4; as batch 44's)
 'zyCSiTlSWvsuToyD': ['Facing Cliff, Obama Tries Again For \'Grand Bargain\''],   # NPR repeated headline (the first paragraph; kept by the short-line rule because it ends in a quote mark)
 '5QvznVGNxgYyQ1c1': ['CLOSE Senators voted Thursday to recommend that the U.S. end its assistance'],   # USA Today video caption (the first paragraph, "CLOSE ... AP"; as batch 44's)
 '19fGCyQ84Cjldvmc': ['( PHOTOS: Pols, pundits weigh in on NSA report)'],   # Politico photo-gallery link
 'm7d9t6dzvX2QKc1W': ['\u2018Terminate the Republican Party\u2019'],   # Washington Times crosshead in quote marks (kept by the short-line rule; the other crosshead fell to it)
 'gi8pOnX1zHLix2s2': ['CLOSE The White House sent a list of immigration policy demands to Congress'],   # USA Today video caption (the first paragraph, "CLOSE ... Video provided by Newsy Newslook")
 'c8nuMj701atUnn2a': ['\u2022 Seth McLaughlin contributed to this article.'],   # Washington Times contributor line (the last paragraph; "article", which BOIL misses)
 'IscxyuVDRCC86MUR': ['President will not open new US embassy next month, with secretary of state Rex Tillerson', 'The fabulous new US embassy is best not tainted by a Trump visit | Oliver Wainwright Read more'],   # Guardian standfirst (the first paragraph, no final period; as batch 44's), related link ("... Read more")
 'b7rasJBCBlxokAtj': ['Director James Gunn at the El Capitan Theatre Hosts Screening'],   # CNBC photo caption (the first paragraph)
 'DicSINrNbqc6Kp99': ['Here\'s the video of Kennedy\'s impassioned rant:'],   # TheBlaze embed pointer (the last paragraph; the video not in the text)
 'YhcnPvk6d7ZgAnPP': ['\u2018WHAT DO THEY MEAN?\u2019'],   # Reuters crosshead in quote marks (the other crosshead fell to the short-line rule)
 'scc4vxjbMrrfWMNt': ['Republican presidential candidate Sen. Ted Cruz greets supporters in December', 'Hillary Clinton dedicated her win in the Nevada Democratic caucuses', 'Sen. Bernie Sanders, after losing the Nevada caucuses', 'Former Massachusetts Gov. Mitt Romney won the Nevada Republican caucuses convincingly'],   # WSJ photo and video captions ("... Photo: ..."; x4)
 '5hZxWForXcpGvmsT': ['Michael D. Shear reported from Washington and Michael Barbaro from Costa Mesa'],   # NYT contributor line (the last paragraph)
 'QKatURNRtMgdODwK': ['\u201cI continue to believe that the coronavirus pandemic is providing an opportunity for leaders to come together around international institutions and agreements and to restate commitments to international cooperation,\u201d says Rose Gottemoeller', 'Among the reasons for the dour predictions', 'Enter the coronavirus pandemic, forcing U.N. officials', 'Every five years, member states gather to review', 'Less time for mischief?'],   # CSM summary box before the story (the first four paragraphs, restating [17]-[18], [8], [6]-[7] and [3]-[5]; the prefixes are long enough to miss those: [17] goes on "says Ms. Gottemoeller", [8] begins "Among other reasons"); CSM question crosshead (the other two crossheads fell to the short-line rule)
 'uGny9wkke2SUuLYw': ['This image from the Twitter account of President Donald Trump shows a tweet he posted'],   # AP image caption + credit, twice (the first two paragraphs, "... (Twitter via AP)")
 'HSvuRL27VQTbbCXI': ['Watch more: Bombing Aftermath Was \'Like a Stampede\''],   # ABC News video link ("Watch more: ..."; the other links fell to BOIL and the short-line rule)
 'JJgH0GiPW0tdDyhR': ['Facebook has banned The Epoch Times, a pro-Donald Trump, pro-Conservative publication, from advertising on its platform.', 'The decision comes after NBC reported that the publication', 'The Epoch Times spent more than $1.5 million on the ads over the p ast six months', 'The Epoch Times is a non-profit publication that\'s tied to a Chinese religious group named Falun Gong. According to NBC, Falun Gong sees Trump', '\'The Epoch Times is a nonpartisan media that is dedicated to truthful and accurate reporting\'', 'Additional reporting by Rob Price.'],   # Business Insider summary bullets before the lede (the first four paragraphs, restating [4], [5] and [15]; the prefixes are long enough to miss those: [4] goes on "platform after it tried ...", [15] "Falun Gong seeks ..."; as batches 41's and 43's); Business Insider crosshead in quote marks (repeats the end of [18]), contributor line (the last paragraph)
 'VdF3M0TVGxzu8BVg': ['Aaron Klein is Breitbart\u2019s Jerusalem bureau chief'],   # Breitbart author bio (the last paragraph, "... Follow him on Twitter ...")
 'ZvNz3TV7UEQVwsiv': ['The new, first-in-class aircraft carrier USS Gerald R. Ford is decked out', 'Those issues have been a sore spot between lawmakers, the Navy, and the shipbuilder', 'An aviation boatswain\'s mate signals an F/A-18E Super Hornet', 'Capt. John J. Cummings, Ford\'s commanding officer, gives a brief', 'An F/A-18F Super Hornet, left, and an E/A-18G Growler', 'Chief Aviation Boatswain\'s Mate (Handling) Derrick Williams', '\'A disaster up until now\''],   # Business Insider summary bullets before the lede (the first two paragraphs, restating [2]-[4] and [24]), photo captions + credits ("... US Navy/MCS ..."; x4), crosshead in quote marks (the other crosshead fell to the short-line rule)
 'adN3AVSglHiLcQPI': ['\u201cWhile it is the first complaint about his behavior in the over twenty years', '"They uncovered no claims or settlements associated with allegations'],   # Fox Business pull quotes ("... - NBC News and MSNBC Chairman Andy Lack in a Nov. 29, 2017 memo ...", "... - Andy Lack in network-wide memo on Oct. 9, 2019"; x2)
 'PL4B9ZSaJYxqf8RU': ['India has recorded more than 35,000 cases of the coronavirus, including about 1,150 deaths, according to Johns Hopkins University data [', 'Tens of thousands of migrant workers fled cities after factories were shut', '\'Mission creep\''],   # Al Jazeera photo captions + credits ("... [Yawar Nazir/Getty Images]", "... [Danish Siddiqui/Reuters]"; the first repeats [12], which goes on "University statistics." and is not hit), crosshead in quote marks (as zHgwW4Tnidh9hfwe above)
 'mXcf6MxUDIoMM6Co': ['\'The majority will be tempted to change the rules of the Senate,\' McCain says. McCain hits GOP on budget, again', '( PHOTOS: What\u2019s in Obama\u2019s 2014 budget)'],   # Politico deck run into the repeated headline (the first paragraph, no final period), photo-gallery link (as 19fGCyQ84Cjldvmc above)
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
