"""Spoken cues: the Speaker protocol, the pyttsx3 worker and the silent fallback.

- ``base.Speaker``: the protocol the session engine and the UI use.
- ``factory.make_speaker(muted=..., cache_dir=...)``: the speaker to use, real or silent.
- ``pyttsx3_speaker.Pyttsx3Speaker``: one worker thread owns the only pyttsx3 engine;
  cues are rendered to cached WAVs and played by a stoppable ``aplay`` process.
- ``silent.SilentSpeaker``: captions only, with a letter-count estimate for ``measure``.
- ``latency.summarize(speaker.latencies)``: p50, p95 and max cue lateness.

Nothing here imports pyttsx3 until a real speaker starts.
"""
