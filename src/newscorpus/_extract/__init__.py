"""Quotation and speaker extraction: one pipeline over language bundles (``lang/<code>/``)."""
