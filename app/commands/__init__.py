"""Subcommands of ``spotter``, one module per group.

Each module exposes ``add_parsers(subparsers, parents)``, which adds its
subcommands and sets ``handler=fn(ctx, args) -> int`` on each. Modules are
imported at start-up, so they import nothing heavy at module level.
"""

