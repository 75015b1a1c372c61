"""English word lists and tables, read through :class:`extractor.lang.profile.Profile`."""
