"""Session history: the SQLite store, its migrations, statistics and export.

No Qt here.
"""
