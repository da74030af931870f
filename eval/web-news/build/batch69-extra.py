# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 69's own (batch 68's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'WTvatPGq3hP2nqlw': ['Botham Jean\'s brother forgives and hugs Amber Guyger'],   # CBS News video caption with its credit among the paragraphs, [6] ("Botham Jean's brother forgives and hugs Amber Guyger, the former officer convicted in Jean's death. CBS Dallas/Fort Worth")
 'h86u3AUpJD3OYgXa': ['Kentucky Democratic gubernatorial candidate Jack Conway (from left)'],   # Politico photo caption with credit, [20] ("Kentucky Democratic gubernatorial candidate Jack Conway (from left), ... Matt Bevin. | AP Photos"; as batch 68's Politico captions)
 '89N61ZSxH9ysEdGB': ['\'Papa\' and \'Daddy\' wed on the anniversary of meeting'],   # CNN story-highlights bullet kept by the short-line rule (16 words), the first paragraph [0] ("'Papa' and 'Daddy' wed on the anniversary of meeting -- but they were already a family"; the other bullets fell to BOIL or the short-line rule; as batch 68's CNN story-highlights bullet)
 'ySP7Qq0i6WCrI2Dt': ['Why were budget hawks opposed to the bill?', 'What\'s in this bill?', 'Why were some Democrats unhappy?', 'What would a shutdown have meant for ordinary people?', 'Some Twitter users shared stories of how the uncertainty'],   # BBC question crossheads kept by the short-line rule because they end in "?", [12], [19], [25], [33] (as batch 68's BBC crossheads), and the lead-in to embedded tweets missing from the corpus text, the last paragraph [37] ("Some Twitter users shared stories of how the uncertainty was affecting people."; nothing follows it)
 'FhTZ46LfSLuZFrhc': ['One priority is to get out the vote for Terry McAuliffe', '( PHOTOS: Senators up for election in 2014)', '( PHOTOS: Terry McAuliffe'],   # Politico photo caption run into the repeated headline, the first paragraph [0] ("One priority is to get out the vote for Terry McAuliffe's gubernatorial bid in Virginia. Honey, I shrunk the Obama data machine"), and two gallery links [4] and [10] ("( PHOTOS: ...)"; as batch 68's Politico deck and gallery link)
 '6Tog8fAQaXSpoMCQ': ['Sign up to the daily Business Today email'],   # Guardian newsletter promo among the paragraphs, [8] ("Sign up to the daily Business Today email or follow Guardian Business on Twitter at @BusinessDesk"; BOIL has "Sign up for", not "Sign up to")
 'AWzxzzBHGEHa1M0P': ['\'Black Trans Lives Matter\'', '\'Not different enough\''],   # USA Today crossheads kept by the short-line rule because they end in a quote mark, [7] ("'Black Trans Lives Matter'") and [26] ("'Not different enough'"; as batch 68's USA Today crosshead)
 'tJB3gDTOzrXgUe7k': ['Send your pictures and videos to yourpics@bbc.co.uk', 'Read our terms and conditions.'],   # BBC reader-contribution box, the last two paragraphs [23] ("Send your pictures and videos to yourpics@bbc.co.uk or text them to 61124 ...") and [24] ("Read our terms and conditions."; its first line "Are you in the region? ..." fell to the short-line rule)
 '2ZiFu45cIlq7BWTM': ['\'Allowed violence against minorities\'', 'Citizenship law \'tipping point\''],   # Al Jazeera crossheads kept by the short-line rule because they end in a quote mark, [6] ("'Allowed violence against minorities'") and [20] ("Citizenship law 'tipping point'")
 'cX6hnU7NQbFGr3gx': ['The president announced his decision on Twitter:'],   # Newsmax lead-in to an embedded tweet that fell to BOIL with its author line (raw "I will not be attending ... \u2014 Donald J. Trump (@realDonaldTrump) February 25, 2017"), [1] ("The president announced his decision on Twitter:"; the colon would point at nothing; the tweet's words are quoted in [0]; as batch 68's BBC lead-in)
 'FMG9vpITQ7SHSdem': ['CLOSE At a news conference with German Chancellor Angela Merkel'],   # USA Today video caption, the first paragraph [0] ("CLOSE At a news conference with German Chancellor Angela Merkel, President Obama touted ... VPC"; as batch 68's USA Today video caption)
 'X0Ud99prLPNT99ER': ['\u2018LENS OF THEIR OWN LIVES\u2019'],   # Reuters crosshead kept by the short-line rule because it ends in a quote mark, [23] ("\u2018LENS OF THEIR OWN LIVES\u2019")
 'VzizQouy1jgDOl67': ['Sen. Bernie Sanders on Thursday proclaimed victory in the Iowa caucuses moments after', 'The Iowa Democratic Party still has not declared an official winner', 'In his press conference, Sanders argued that, even though results from 3% of precincts were still missing, he was the rightful winner of Iowa by virtue of leading Pete Buttigieg', 'The Iowa Democratic Party said it would not recanvass'],   # Business Insider summary bullets before the story, the first four paragraphs [0]-[3], each repeating a later paragraph nearly word for word ([4], [5], [9], [14]; the box closed by "Visit Business Insider's homepage for more stories.", removed by BOIL; as batch 68's CSM summary box)
 'IfAsHUCpFFG1SHck': ['\'US troops should stay\''],   # Al Jazeera crosshead kept by the short-line rule because it ends in a quote mark, [9] ("'US troops should stay'"; as 2ZiFu45cIlq7BWTM above)
 'ZVVl8QQlwB3hCdSB': ['Follow Scott on Facebook and Twitter.'],   # Daily Caller author's follow line, the last paragraph [6] ("Follow Scott on Facebook and Twitter."; BOIL has "Follow (us|him|her|the) ...", not a name)
 'PMdMc7cnpxJsZCRJ': ['\'A Culturally Defining Issue\''],   # NPR crosshead kept by the short-line rule because it ends in a quote mark, [14] ("'A Culturally Defining Issue'"; the other two crossheads fell to the rule)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 '22vN4p6LM3wu7uI0': [(6, ' (RELATED: PBS Stations That Received Millions In Federal Funds Partnered With Chinese Foreign Agent On Pro-Beijing Film)'), (8, ' (RELATED: Chinese Propaganda Has Influenced The Daily Mail\u2019s Coronavirus Coverage)')],   # Daily Caller related-story links glued to the end of [6] and [8] ("(RELATED: ...)")
 'X0Ud99prLPNT99ER': [(25, ' (Full Story)')],   # Reuters link label glued to the end of [25] ("... in tight congressional races. (Full Story)")
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
