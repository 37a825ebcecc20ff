"""Guided sessions: the plan compiled from content, and the engine that runs it.

No Qt here: the clock and the scheduler are passed in.
"""
