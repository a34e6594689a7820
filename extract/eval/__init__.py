"""Scoring extractor output against gold (SCHEMA.md "Scoring"); not part of the extraction flow."""
