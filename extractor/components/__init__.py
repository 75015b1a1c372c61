"""spaCy components: thin factories around the pure functions of the other packages.

Importing this package registers the factories with spaCy (that is how spaCy
finds them by name); it loads no model and registers no extension.
"""
from . import quantities, structure, topics  # noqa: F401  (registers the factories)
