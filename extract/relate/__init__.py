"""Stage 4, relations a single sentence states between its mentions."""
