"""Exercises and workouts: the model, the loader, the validator and the library.

No Qt here: the command line and the tests use this package alone.
"""
