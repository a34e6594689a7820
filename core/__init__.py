"""What every layer may import: typed settings, the error hierarchy, the closed vocabulary.

Nothing here imports from extract/, graph/, api/ or unionkg/."""
