"""The speech end: audio in (microphone, WAV files), Vosk recognition, models, push-to-talk, echo guard."""
