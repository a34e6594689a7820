"""What every stage reads: the lexicons under ``extract/data/``, the administrative gazetteer, name shapes."""
