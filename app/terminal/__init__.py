"""The terminal player: a session in the terminal, with live controls (an edge, like ui)."""
