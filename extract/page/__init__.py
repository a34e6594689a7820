"""Stage 6, passes over a whole page after resolution: later mentions, lists, short forms and
relations that span sentences."""
