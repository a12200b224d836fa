"""Language bundles: lexicons and the rules that are truly one language's own."""
