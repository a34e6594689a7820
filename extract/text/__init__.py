"""Stage 2, text: normalise a page, fold characters, tokenise, split into articles and sentences."""
