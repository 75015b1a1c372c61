"""Output: the records written out. It reads records and never the report (the report builds on it).

- :mod:`.writers`: every output format in one registry (JSON, JSON Lines, CSV, SQLite, Parquet),
  ``open_writer`` / ``write_file`` / ``render``.
- :mod:`.tables`: the flat tables derived from the record models (the CSV columns, the database's tables).
- :mod:`.database`: the SQLite database; :mod:`.parquet`: the Parquet file (needs pyarrow).
- :mod:`.atomic`: files replaced whole or not at all.
- :mod:`.naming`: the transcript pages' file names, shared by the tables (links into the report) and the
  report.

Modules are imported by their own names; this file imports nothing.
"""
