"""Collections of articles: the Corpus (in memory or over a Parquet export), its search index."""
