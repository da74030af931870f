# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'scaFr7cyrJMerMyu': ["Trump On Firing Comey: 'It Was Set Up A While Ago'", 'There\'s no collusion between me and my campaign and the Russians,"'],
 'XFhN13JjL8nzKgMI': ['U.S. House Transportation and Infrastructure Committee Chairman Bill Shuster R-Pennsylvania'],
 'r0pmX6qz6oD1YFEq': ['Author: Tea party movement', 'FreedomWorks CEO: Once activists', 'Indiana tea party activist:', "FreedomWorks' Amanda Shell shows",
                      'An app to aid in voter canvassing', "FreedomWorks' Russ Walker walked activists"],
 'IVSW0Khhst52Dd9a': ["'The most devastating day'", 'How did the shooting unfold?', 'Harry Low, BBC News, Virginia Beach', 'What is known about the victims?'],
 'd8C0fNOintd6yBoC': ["What are the students' plans?", "What is Mr Trump's stance on gun control?", 'What do we know about the suspect?'],
 'xHC7HLiZeapg0QhX': ['Steyer is signaling that his efforts in Massachusetts are just the beginning. Anti-Keystone'],
 'aEWnUDl5KIihH4Kb': ['George Buck, who is running for Congress, is the second Republican to reference'],
 'xaP65wx92QsIZ1SL': ['Family announces death of channel\u2019s ousted founder'],
 'MPNhHa9UYQCyae7p': ["'We Need To Clean This Up'", "'I Opted For Convenience'", "It strains the imagination to think that the Russians"],
 'CgQVvbVsVOLgSbLX': ['The Trump administration introduced an \u201cinterim final rule\u201d', 'The new rule, which will go into effect on Tuesday', 'Under the deals, the three governments must accept'],
 'zb88zmExhWn4xHiK': ['Elizabeth Warren, 2020 Democratic presidential hopeful, speaks during', 'Schor reported from Washington.'],
 'elka1kDxA3O0yalx': ['Go inside the global economy with Stephanie Flanders', 'To Be Tariffed...Maybe Top 10 U.S. imports'],
 'olhzjmy7BBzIaPYO': ['What are the details?', 'What did lawmakers say?', 'What is H.R. 1?'],
}
TRIM = {}       # ID -> list of (paragraph index, trailing string to cut)
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
