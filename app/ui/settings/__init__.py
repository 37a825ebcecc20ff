"""The Settings screen and the preferences it edits."""
