"""English word lists and tables, read by :mod:`extractor.vocabulary`."""
