# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 29's own (batch 28's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 '6cXljJIOd2aR0eIt': ['\u201c While investing in mainstream entertainment is hardly sinful'],   # Daily Beast pull quote (repeats [11])
 'bJYaaV7YE41o5civ': ['Missing social conservatism?'],   # Washington Times crosshead (ends in "?", so the short-line rule keeps it)
 '9sJDHs79tze20GHE': ['SEE ALSO: South Korea: Military exercises', '\u2022 Dave Boyer, Carlo Mu\u00f1oz and Ben Wolfgang contributed to this article.'],   # Washington Times related link, contributor line ("contributed to this article", which BOIL misses)
 'Ef9Gjjw5oPCNDCBK': ['Cherif Kouachi, left, and Said Kouachi, right, are suspects', 'Photos: Reactions to Paris terror attack', 'Photos: Victims of the Paris terror attacks', 'Hide Caption ', "'Parisians will not be afraid'", 'JUST WATCHED ', 'Translated versions found on the Charlie Hebdo website.'],   # CNN photo caption, two photo galleries (6 paragraphs of gallery captions), crosshead (ends in a quote mark), video promo, cartoon-gallery caption
 'FqV7AsQg9lSLovua': ['"This beautiful blue ball in space"', 'Higher costs or more opportunity?', '"This is something we put off"'],   # CNN crossheads (x3; two in quote marks, one ending in "?")
 '5N1uNHB62bZ4fQ1L': ['"This law should be a national standard," Newsom wrote, underscoring his long-standing push to position California as a model for anti-Trumpism, a framing that has helped elevate Newsom to a national figure. |'],   # Politico photo caption + credit + headline (the caption repeats [8])
 'fPjsGxoE1Zp6Kv0t': ['A MORELL NOMINATION?'],   # Reuters crosshead (ends in "?")
 'KlAaBysNNZ71nz2n': ['On D.C. Bureau, Rep. Chris Van Hollen handicaps', 'Photos A line of onlookers waited', 'Stephanie Cutter, deputy campaign manager for the Obama campaign, joins Jerry Seib', 'More on the Court Read more', 'The D.C. Bureau Roundtable on how', 'A woman examines front pages at the Newseum', '\u2014Gerald F. Seib and Jonathan D. Rockoff contributed to this article.'],   # WSJ video promos (x3), photo/graphics block, "More on the Court" links, photo caption, contributor line
 'rubeyD2PGh07ayZP': ['Clinton aims to put US to work with infrastructure overhaul'],   # Guardian standfirst
 'TqJuKS4f1BXNg0s9': ['\u201cBUILD THE WALL\u201d'],   # Reuters crosshead (in quote marks)
 '4WPgRpgegGVoaNtY': ['Both parties have focused with new intensity on this expansive immigrant population.', '( See more from POLITICO', '( POLITICO Podcast:'],   # Politico deck + headline, promo links (x2)
 '4JKc0BfYci2Wg5Vg': ['\u2022 A daily summary of global reports on security issues.'],   # CSM Security Watch tagline
 '7w64AZY5v5LyLyR4': ['Reopened economy?', 'Governor Brian Kemp hopes reopening will help ease economic woes'],   # Al Jazeera crosshead (ends in "?"), photo caption + credit
 'GwUtomedxWXEfHts': ['Respondents: 600 likely voters in rural', 'Additional analysis of the survey is available at The Daily Yonder'],   # NPR survey fact box, closing link line
 'YgtKEU79PcT1lRGJ': ['Rep. Bobby Scott, D-Va. and Speaker of the House Nancy Pelosi, D-Calif. after a news conference'],   # Yahoo Finance photo caption + credit
 'CMwt5fflSb2rS3kH': ['CLOSE The former Tallahassee mayor was named', 'CLOSE Why did he cut ties with Mike Miller?', 'Ethics Penalties: Cutting backlog by half', 'Federal Investigation: Andrew Gillum\'s legal bills', 'Gillum and the FBI investigation:', 'Contact Jeff Burlew at', 'Never miss a story:'],   # Tallahassee Democrat video captions (x2, "CLOSE ..."), related links (x2) and their heading, contact line, subscribe promo
 'N3xHFGn1M4w6HQOa': ["'Everybody wants to put you in a box'", "'Transformative impact'"],   # NPR crossheads (x2, in quote marks)
 'v7rLIgRBP5HJ2ZCu': ['South Bend, Indiana, Mayor Pete Buttigieg suggested eliminating Food and Drug Administration (FDA) warnings', 'The 2020 Democrat wants to make the abortion drugs available over the counter.', 'The FDA currently requires that abortion drugs be administered', 'Editor\u2019s note: This story has been updated'],   # Daily Caller summary box (3 bullet points restating [3], [4], [11]), editor's note (BOIL wants a straight apostrophe and "Note")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 '1Y0YouSsMZnn1OE7': [(5, ' (RELATED: Pakistan To Release Indian Pilot As Nuclear Powers Step Back From The Brink)')],   # Daily Caller related link glued to a paragraph
 'v7rLIgRBP5HJ2ZCu': [(5, ' (RELATED: Here Are Democratic Candidates Who Want To Ban Abstinence-Only Sex Ed As President)'), (10, ' (RELATED: EXCLUSIVE: Republican Lawmakers Warn FDA Against Calls To Remove Restrictions On Abortion Drugs)'), (11, ' (RELATED: No Major Democratic Candidate Surveyed Would Consider An Anti-Abortion Running Mate)')],   # Daily Caller related links glued to paragraphs (x3)
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
