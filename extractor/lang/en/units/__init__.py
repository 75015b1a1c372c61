"""English unit words and symbols from quantulum3's tables, read by :mod:`extractor.quantities.lexicon`."""
