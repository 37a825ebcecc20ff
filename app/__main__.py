"""``python -m app`` runs the ``spotter`` command line."""

from app.cli import entry

entry()
