"""Defaults shared by the config, the command line, the page and the whisper."""

CRISIS_NUMBER = "113"  # 113 Zelfmoordpreventie (also free on 0800-0113)
WHISPER_RATE = 190  # words per minute; espeak's normal speech is about 175
