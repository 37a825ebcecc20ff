"""``python -m app`` runs the ``spotter`` command line."""

import sys

from app.cli import main

sys.exit(main())
