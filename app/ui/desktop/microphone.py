"""The microphone through QtMultimedia: 16 kHz mono 16-bit chunks, as the recogniser takes.

When the default input cannot record that format directly, it records in its
preferred format and the chunks are converted (mixed to mono, resampled).
Audio goes only to the ``chunk`` signal: it is never written anywhere.
"""

from __future__ import annotations

import array
import logging
import sys

from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSource, QMediaDevices

from app.i18n.message import N_
from app.speech.recognition import SAMPLE_RATE
from app.speech.recognition_audio import resample

log = logging.getLogger(__name__)


class MicrophoneError(RuntimeError):
    """No microphone, or it cannot be opened; the message is for the user."""


class Microphone(QObject):
    """Records from the default input while started; ``chunk`` carries 16 kHz mono PCM."""

    chunk = Signal(bytes)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._format = QAudioFormat()

    @property
    def active(self) -> bool:
        """True while recording."""
        return self._source is not None

    def start(self) -> str:
        """Start recording; returns the device's name, or raises MicrophoneError."""
        if self._source is not None:
            return ""
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise MicrophoneError(N_("no microphone found: plug one in or check the sound "
                                     "settings"))
        wanted = QAudioFormat()
        wanted.setSampleRate(SAMPLE_RATE)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt = wanted if device.isFormatSupported(wanted) else device.preferredFormat()
        if fmt.sampleFormat() != QAudioFormat.SampleFormat.Int16:
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            if not device.isFormatSupported(fmt):
                raise MicrophoneError(N_("the microphone {name} cannot record 16-bit audio",
                                         name=repr(device.description())))
        self._format = fmt
        source = QAudioSource(device, fmt, self)
        source.setBufferSize(fmt.bytesForDuration(100_000))
        io = source.start()
        if io is None or source.error() != QAudio.Error.NoError:
            source.deleteLater()
            raise MicrophoneError(N_("the microphone {name} cannot be opened",
                                     name=repr(device.description())))
        io.readyRead.connect(self._read)
        source.stateChanged.connect(self._state)
        self._source, self._io = source, io
        log.info("microphone: %s at %d Hz, %d channel(s)", device.description(), fmt.sampleRate(),
                 fmt.channelCount())
        return device.description()

    def stop(self) -> None:
        """Stop recording (safe when not started)."""
        source, self._source, self._io = self._source, None, None
        if source is not None:
            source.stop()
            source.deleteLater()

    def _state(self, _state: QAudio.State) -> None:
        if self._source is not None and self._source.error() not in (QAudio.Error.NoError,
                                                                    QAudio.Error.UnderrunError):
            self.stop()
            self.failed.emit(N_("the microphone stopped working"))  # a str on the wire: its msgid

    def _read(self) -> None:
        if self._io is None:
            return
        data = bytes(self._io.readAll().data())
        if data:
            self.chunk.emit(self._convert(data))

    def _convert(self, data: bytes) -> bytes:
        fmt = self._format
        if fmt.sampleRate() == SAMPLE_RATE and fmt.channelCount() == 1:
            return data
        samples = array.array("h")
        samples.frombytes(data[: len(data) - len(data) % 2])
        if sys.byteorder != "little":
            samples.byteswap()
        channels = max(1, fmt.channelCount())
        if channels > 1:
            samples = array.array("h", (sum(samples[i:i + channels]) // channels
                                        for i in range(0, len(samples) - channels + 1, channels)))
        return resample(samples, fmt.sampleRate(), SAMPLE_RATE).tobytes()
