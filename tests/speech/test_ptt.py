"""Push-to-talk lookups: a grammar-restricted second recognizer on the same model."""

from __future__ import annotations

import subprocess
import wave

import pytest

from voice_companion.speech.ptt import PushToTalk

from .helpers import _need

KO_VOCAB = ["안녕하세요", "감사합니다", "오늘", "기분", "사랑"]
NL_VOCAB = ["schaalvraag", "coping", "hoop", "uitzondering", "volgende stap", "spiegelen", "veiligheid"]


@pytest.fixture(scope="module")
def ko_word_wav(tmp_path_factory):
    _need("espeak-ng")
    _need("sox")
    d = tmp_path_factory.mktemp("ptt")
    raw = d / "raw.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-w", str(raw), "감사합니다"], check=True, capture_output=True)
    out = d / "word.wav"
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out), "pad", "0.2", "0.2"],
                   check=True, capture_output=True)
    with wave.open(str(out)) as w:
        return w.readframes(w.getnframes())


def _say(ptt, pcm, step=3200):
    ptt.press()
    for i in range(0, len(pcm), step):
        ptt.feed(pcm[i:i + step])
    return ptt.release()


def test_grammar_recognizer_returns_a_vocabulary_word_or_unk(ko_model, ko_word_wav):
    ptt = PushToTalk(ko_model, KO_VOCAB)
    assert ptt.mode == "grammar"
    # "[unk]" is added where the model knows it (this Korean model has no [unk] word)
    assert ("[unk]" in ptt.grammar) == ko_model.has_word("[unk]")
    result = _say(ptt, ko_word_wav)
    assert result.mode == "grammar"
    # restricted to the vocabulary: every word heard is a lookup word or [unk]
    assert all(w in KO_VOCAB or w == "[unk]" for w in result.raw.split()), result
    assert result.status in ("ok", "not_sure", "nothing")
    if result.status == "ok":
        assert result.match in KO_VOCAB
        assert result.to_request(1.0).via == "voice"
    print("push-to-talk heard:", result)


def test_repeated_presses_and_stray_release(ko_model, ko_word_wav):
    ptt = PushToTalk(ko_model, KO_VOCAB)
    assert ptt.release().status == "nothing"  # keyup without keydown
    first = _say(ptt, ko_word_wav)
    ptt.press()
    ptt.feed(ko_word_wav[:6400])
    ptt.press()  # a second keydown without keyup starts afresh
    second = _say(ptt, ko_word_wav)
    assert first.raw == second.raw
    ptt.press()
    assert ptt.release().status == "nothing"  # nothing said


def test_set_vocabulary_mid_press_is_safe(ko_model, ko_word_wav):
    ptt = PushToTalk(ko_model, ["오늘", "기분"])
    ptt.press()
    ptt.feed(ko_word_wav[:8000])  # mid-utterance
    ptt.set_vocabulary(KO_VOCAB)  # no SetGrammar on a running recognizer: no abort
    assert ptt.release().status == "nothing"
    result = _say(ptt, ko_word_wav)
    assert all(w in KO_VOCAB for w in result.raw.split())


def test_push_to_talk_resamples(ko_model, ko_word_wav):
    import numpy as np

    from voice_companion.speech.audio import Converter

    conv = Converter(16000, 48000)
    pcm48 = conv.convert_int16(ko_word_wav) + conv.flush()
    ptt = PushToTalk(ko_model, KO_VOCAB, rate=48000)
    result = _say(ptt, pcm48, step=9600)
    assert all(w in KO_VOCAB or w == "[unk]" for w in result.raw.split())
    assert np.frombuffer(pcm48, dtype="<i2").size > 0


def test_words_the_model_lacks_fall_back_to_full_vocabulary(ko_model):
    ptt = PushToTalk(ko_model, NL_VOCAB)  # Dutch words are not in the Korean model
    assert ptt.mode == "full" and ptt.grammar is None
    assert set(ptt.unknown) == set(NL_VOCAB)


@pytest.mark.parametrize("heard, status, match", [
    ("schaalvraag", "ok", "schaalvraag"),
    ("schaal vraag", "ok", "schaalvraag"),
    ("volgende stap", "ok", "volgende stap"),
    ("hoop", "ok", "hoop"),
    ("[unk]", "nothing", None),
    ("", "nothing", None),
    ("appeltaart", "not_sure", None),
])
def test_matching_with_margin(ko_model, heard, status, match):
    ptt = PushToTalk(ko_model, NL_VOCAB, force_full=True)
    result = ptt.match(heard)
    assert result.status == status, result
    assert result.match == match
    if status == "not_sure":
        assert result.candidates and result.match is None


def test_low_engine_confidence_is_not_sure(ko_model):
    ptt = PushToTalk(ko_model, NL_VOCAB, force_full=True)
    assert ptt.match("hoop", confidence=0.2).status == "not_sure"
    assert ptt.match("hoop", confidence=0.9).status == "ok"


def test_close_candidates_are_not_sure(ko_model):
    ptt = PushToTalk(ko_model, ["schaalvraag", "schaalvragen"], force_full=True)
    result = ptt.match("schaalvrag")  # 95 vs 91: within the margin
    assert result.status == "not_sure"
    assert [c for c, _ in result.candidates] == ["schaalvraag", "schaalvragen"]


def test_dutch_push_to_talk(nl_model):
    ptt = PushToTalk(nl_model, NL_VOCAB)
    assert ptt.mode in ("grammar", "full")
    _need("espeak-ng")
    raw = subprocess.run(["espeak-ng", "-v", "nl", "--stdout", "schaalvraag"], check=True, capture_output=True).stdout
    assert raw  # recognition quality of espeak Dutch is not asserted
