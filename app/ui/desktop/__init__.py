"""Desktop integration: keep-awake, MPRIS media controls, the microphone and voice commands."""
