"""Stage 7, assembly: resolved mentions and relations into the contract's entities and relations (ids, PART_OF by geography)."""
