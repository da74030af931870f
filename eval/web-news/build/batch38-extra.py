# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 38's own (batch 37's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'ECyxFwp3Xym1kFqv': ['Gomez reported from Miami, Bacon from McLean, Va.'],   # USA Today contributor line (the last paragraph, "... Contributing: Trevor Hughes, USA TODAY; ..."; BOIL's "Contributing:" rule wants it at the start; as batch 34's AP "Riechmann reported from Washington. ...")
 'Y7qqP8yOqtFj7zOM': ['A 2006 file photo shows the Iranian oil tanker Sabiti'],   # CBS News photo caption + credit ("... Patrick Lawson/MarineTraffic.com")
 'RbCoQxjxlj98TD6T': ["'Personal conscience'", "'Having to choose'"],   # BBC crossheads in quote marks (so the short-line rule misses them; as batch 37's Bloomberg "\u2018Barter Framework\u2019")
 '4aLw8swrpO0RHx0N': ["'Unsafe and unprofessional'", 'The Russian destroyer Admiral Vinogradov arrives at a port', 'Sending a message?'],   # CNN crosshead in quote marks, photo caption (no credit), question crosshead (the short-line rule misses a "?")
 '0GWUYbi5o1r8NpHM': ['Comedian Nimesh Patel performs on July 17, 2018'],   # Yahoo photo caption + credit ("(Photo: Lloyd Bishop/NBC/NBCU Photo Bank via Getty Images) More")
 'A902rPTywAL2rbKK': ['Harry Reid hopes for agreement with Mitch McConnell on votes by Monday. | AP Photos', '( PHOTOS: 9 wild immigration quotes)', '( PHOTOS: At a glance: The Senate immigration deal)'],   # Politico image caption + credit + headline residue (the first paragraph), photo-gallery links (x2)
 'rxsRGabfESSdPEoz': ['Material from AFP was used in this story.'],   # Newsmax credit line (the last paragraph; as BOIL's "... contributed to this report" lines)
 'WGLszatOKG7MrT2E': ['At least 150 people have been convicted through FBI terror stings since 2001. Boston reignites terror stings debate', '( PHOTOS: Boston bombings manhunt)', '( PHOTOS: Boston Marathon explosions)'],   # Politico image caption/deck + headline residue (the first paragraph; repeats the start of [7]), photo-gallery links (x2)
 'Zf39Mw901yBGXiNh': ["'Economics will drive choices'", 'Education coverage at USA TODAY is made possible in part by a grant'],   # USA Today crosshead in quote marks, funding note (the last paragraph, "... The Gates Foundation does not provide editorial input."; as batch 34's "This story was produced by Undark, ...")
 '4LhK1k4JcRxWS4h0': ['What are the details?', 'Anything else?'],   # TheBlaze question crossheads (x2; as batches 36's and 37's)
 'i8sQLY1hU5CNPYbw': ['The ceremony in Doha was attended by many international delegates [', 'Zalmay Khalilzad, US envoy for reconciliation in Afghanistan ['],   # Al Jazeera photo captions + credits ("[Sorin Furcoi /Al Jazeera]", "[Sorin Furcoi/Al Jazeera]")
 '1pSm577cWFYbm4ur': ['Billion-dollar company Serco has lobbied the US for more than a year'],   # Guardian standfirst (the first paragraph; as batch 37's)
 '0jvgdXYoknsdOoWR': ['This article first appeared on NBCNews.com.'],   # MSNBC republication credit (the last paragraph; as batch 21's Grist "This story first appeared on the Guardian website")
 'Vf0TXLIvyNcAUmPT': ['John Wildermuth is a San Francisco Chronicle staff writer'],   # San Francisco Chronicle author bio/contact line (the last paragraph, "... Email: ... Twitter: @jfwildermuth @TalKopan")
 'bzBIwAAcxwljbxZt': ['2020 Democratic Presidential hopeful Andrew Yang speaks on-stage', "JPMorgan Chase & Co.'s New York headquarters are seen", 'Democratic presidential candidate and entrepreneur Andrew Yang makes a guest appearance'],   # ABC News photo captions + credits (x3, "Josh Edelson/AFP/Getty Images", "Eduardo Munoz/Reuters", "ABC")
 'rx2ctqxnqMrnlEK7': ['Biden at a campaign event in Rochester, N.H., on Wednesday. (Photo by Scott Eisen/Getty Images)'],   # Yahoo photo caption + credit (BOIL's "(Photo: ...)" rule wants a colon)
 'bZb36fWuXUDXZrml': ['\u2014Damian Paletta and Janet Hook contributed to this article.'],   # WSJ contributor line (the last paragraph; BOIL's rule wants "to this report/story"; as batch 37's)
 'sPqdosOzdBm306jx': ["CLINTON CALLS FOR CAUTION ON IMPEACHMENT, TELLS DEMOCRATS NOT TO 'JUMP TO ANY CONCLUSIONS'"],   # Fox News all-caps related link (ends in a quote mark, so the short-line rule misses it; as batch 36's)
 'NVzD4MLAzsS88c9m': ['Watch the segment above.', "Judge Jeanine to NY Times: 'Get on Board With", "Former WWE Wrestler on Mayoral Election: 'I Thought All Along"],   # Fox News Insider video pointer (the clip not in the text) and two related links (the last paragraphs; headlines ending in a quote mark)
 '0W2dWSuEgD792zzD': ['--Updated 10:05 a.m.'],   # The Hill update note (the last paragraph; as batch 34's "--This story was updated at 4:15 p.m.")
 'ZWkENdF12Ux87Oli': ['A copy of William Barr\u2019s letter to Congress regarding the conclusion'],   # Bloomberg photo caption + credit ("... Photographer: Alex Wroblewski/Bloomberg")
 'WhhtV1CuhtAdqMUi': ["In Fed Chairman Ben Bernanke's opening comments on Capitol Hill Wednesday, he says", 'Federal Reserve Chairman Ben Bernanke reiterated his belief in the central bank'],   # WSJ video captions + credits (x2, "... Photo: Getty", "... Kathleen Madigan reports. Photo: Getty Images."; the videos not in the text)
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
