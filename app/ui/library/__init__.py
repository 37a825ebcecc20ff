"""The Library screen: search, filters, the exercise list and its detail."""
