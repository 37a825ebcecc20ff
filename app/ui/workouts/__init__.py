"""The Workouts screen: bundled and own workouts, and the builder."""
