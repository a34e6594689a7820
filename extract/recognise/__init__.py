"""Stage 3, recognition: mentions of bodies, people, programmes, awards and places in a sentence
(the rules, and the statistical model's proposals they judge)."""
