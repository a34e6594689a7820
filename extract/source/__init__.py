"""Stage 1, reading: source pages from files (bytes decoded, HTML reduced to text, paths expanded)."""
