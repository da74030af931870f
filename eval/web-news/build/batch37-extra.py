# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 37's own (batch 36's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'cl2O2Qt4mWjVCQUc': ['Independent groups have already reported spending over $8 million in the race. Cochran backers face hard choice', 'CORRECTION: Corrected by: Nick Gass'],   # Politico image caption/deck + headline residue (the first paragraph; the caption repeats the start of [3]), correction note (the last paragraph, "Correction: An earlier version of this story misstated Boozman's home state.")
 'I88apCqVTIpsiRCq': ["EDITOR'S NOTE: Orlando's mayor on Monday revised the death toll"],   # Fox News editor's note (the first paragraph; BOIL's "Editor's Note:" rule is case-sensitive and misses the capitals)
 'zkNdnQaV0yr6r9uo': ['The strategy shift reflects the growing internecine warfare between Republicans. GOP super PACs vs. the tea party', '( PHOTOS: Republicans on how to fix the GO P)', '( PHOTOS: Republican money men)'],   # Politico image caption/deck + headline residue (the first paragraph; the caption repeats the start of [8]), photo-gallery links (x2)
 'bmAysWsjpI8ZkdfG': ['Faithwire: Shocking California Sex Ed Videos'],   # CBN related link to its sister site ("Faithwire: <headline>")
 'tItDHdbMeu7LGfb8': ["MORE: 'Winning Power Was Judas's Goal'"],   # CBN related link ("MORE: <headline>"; BOIL's "More:" rule is case-sensitive)
 'a9uWGOwpTuXwhU7k': ['Intelcrawler%2C cybersecurity firm%2C named'],   # USA Today story-highlight line with URL-encoded commas (the first paragraph; the other two highlights fell to the short-line rule)
 'rPbXy3NLKkXL8dgl': ['Donald Trump and Chinas Vice Premier Liu He AFP via Getty Images Jared Kushner'],   # New York Post slideshow residue (captions + credits, "Ad Up Next Close", a teaser, "View Slideshow Back Continue Share this: Facebook")
 'TBJ6jExIUc7bSc4X': ["Author Interviews 'Bowling Alone' Author Tackles The American Dream"],   # NPR audio promo ("... Listen \u00b7 6:55 6:55")
 'slPhAGhse6tXLkoV': ['\u2018Barter Framework\u2019'],   # Bloomberg crosshead in quote marks (so the short-line rule misses it; as batch 34's "\u2018We\u2019re Nervous\u2019"; the other eight fell to it)
 'Zx5vLykCQs2AS1BJ': ["What's at stake in the midterms?"],   # BBC question crosshead (the background paragraphs after it kept)
 'NOHYCVVoWIH8XJsS': ['BREAKING! The U.S. Court of Appeals affirms'],   # first line of an embedded ACLU of Florida tweet (its second line, "This is a huge victory ... pic.twitter.com/... \u2014 ACLU of Florida (@ACLUFL) February 19, 2020", removed by BOIL; its words are quoted in [7])
 '76cSeYefylPWkjvu': ["What's the background?", 'What else was said?'],   # TheBlaze question crossheads (x2; as batch 36's)
 'yB2FMyYDYKW4MQdc': ['Want to talk more about politics?'],   # USA Today Facebook-group promo ("...?:Join our Facebook group: \u2018Across the Aisle, Across the Nation.\u2019")
 'M9iTAeV8iVkCat06': ['Democratic senators flag eight of president-elect\u2019s picks'],   # Guardian standfirst (the first paragraph)
 'hGelNk7X9fmGm2Df': ['This interview has been condensed and edited for clarity.'],   # Daily Caller editing note (the last paragraph)
 'uTrfpUTgNrFxEtZr': ['The Washington Post editorial policy is highly biased and agenda-driven. Vijay Chauthaiwale', 'Amazon has been compared with British East India Company'],   # Al Jazeera pull quote (unmarked repeat of the quotation in [6], with the speaker's name and title) and photo caption + credit "[Adnan Abidi/Reuters]"
 'zgXhb0csmAv4RNY4': ['If people are unemployed because their skills are outmoded ... then they need new skills.'],   # NPR pull quote (unmarked, shortened repeat of Eisenbrey's quotation in [13])
 'rsP0tCZEb0n7IsBZ': ['How the House Could Change Hands', '\u2014Siobhan Hughes contributed to this article.'],   # WSJ video/graphic promo ("How the House Could Change Hands Control of the U.S. House ... Here's why those races are competitive.") and contributor line (the last paragraph; BOIL's rule wants "to this report/story", not "article")
 'zrkse2ZXsJhQ0WJl': ['President also says Nato is \u2018no longer obsolete\u2019', "Identifying Donald Trump's foreign policy \u2013 a quiz", 'Facebook Twitter Pinterest Vladimir Putin'],   # Guardian standfirst (the first paragraph), related link "... | Lawrence Douglas Read more", share-button residue + image caption + credit "Photograph: Mikhail Klimentyev/RIA Novosti/EPA"
 'VzVQCxaScxxYKWKg': ['Researchers and public health experts are baffled by the low coronavirus mortality rates', 'Is the data accurate?', 'Pakistan has a young population, median age 22.5, which could contribute', 'In India, some have questioned whether deaths are being accurately documented, with as many as 78 percent of deaths not being medically certified under normal circumstances [', "Asad Hashim is Al Jazeera's digital correspondent"],   # Al Jazeera photo captions + credits (x3, "[File: Mohammad Ponir Hossain/Reuters]", "[File: Fayaz Aziz/Reuters]", "[Harish Tyagi/EPA]"; the third repeats words of [12]), question crosshead (so the short-line rule misses it), author bio (the last paragraph)
 'upxQZArZpMEq5SfC': ['Watch Newsmax TV: Tune in beginning at'],   # Newsmax TV promo ("... on FiOS 115/615, YouTube Livestream, ... \u2014 More Systems Here")
 'unTqQOrratsxNbAO': ['What Our Economists Say \u201cUncertainty toward the timing', 'Dissents Looming After a period of quiet and consensus'],   # Bloomberg Economics box, heading run into its text with its byline ("What Our Economists Say \u201c...\u201d -- Carl Riccadonna and Yelena Shulyatyeva, Bloomberg economists"; as batches 19/23's), chart caption + credit ("... may be on the rise Source: Bloomberg")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'hGelNk7X9fmGm2Df': [(2, ' (RELATED: Cory Booker\u2019s Campaign Demands DNC Change Debate Rules After He Failed To Qualify)')],   # Daily Caller related link glued to the end of a paragraph (as batch 36's)
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
