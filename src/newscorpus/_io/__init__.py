"""Reading and writing: seed files, archives, metadata sidecars, dates, JSON/JSONL/CSV, JSON-LD.

Only this subpackage (and the command line) touches files.
"""
