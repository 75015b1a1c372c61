"""The English profile: word lists and tables (``vocabulary/``) and unit words and symbols (``units/``)."""
