"""Who is who across a corpus: user alias tables and the merge of every article's speakers into
corpus-level speakers. It stands between extraction (article-level speakers and their name key)
and the writers and the Corpus, which both read the merge."""
