"""English: lexicons (``*.txt``) and rules."""
