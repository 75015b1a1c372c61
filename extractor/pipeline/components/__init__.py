"""spaCy components: thin factories around the pure functions of the other packages.

Importing one of these modules registers its factory with spaCy (that is how
spaCy finds a component by name); ``build_pipeline`` imports the ones it uses.
No module here loads a model or registers an extension at import.
"""
