"""Spoken cues: the Speaker protocol, the pyttsx3 worker and the silent fallback."""
