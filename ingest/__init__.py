"""One place that runs an ingest: read files → extract in N processes → write in batches.

``ingest.run`` is used by ``unionkg ingest``, ``POST /articles``, the test
fixtures and the benchmarks. It sits above ``extract`` (the Extractor) and
``graph`` (the writer, which sees only ``DocResult``\\s and rows) and below
``api`` and the command line.
"""
