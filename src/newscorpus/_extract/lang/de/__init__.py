"""German: lexicons (``*.txt``) and rules."""
