"""Collections of articles: the Corpus, its indexes, speaker aliases and German folding."""
