"""Speed work on the redactor changes how a result is computed, never the result."""
from voice_companion.privacy import redact as R


def test_line_words_reads_a_line_as_line_pass_did():
    for raw in ("mijn naam is [naam] en ik woon op de Kerkstraat 12", "ja", "Één twee  drie [adres] hé", ""):
        words = R._WS.findall(raw)
        lows = tuple(w if w in R.PLACEHOLDERS else x for w, x in zip(words, R._r20_lows(raw)))
        assert R._line_words(raw) == (tuple(words), lows)


def test_line_pass_hands_each_round_a_new_list():
    seen = []

    def find(words, lows, own):
        seen.append(words)
        words.append("x")
        return {}

    R._line_pass("de kerkstraat twaalf", "de [adres]", find)
    R._line_pass("de kerkstraat twaalf", "de [adres]", find)
    assert seen[0] is not seen[1] and R._line_words("de kerkstraat twaalf")[0] == ("de", "kerkstraat", "twaalf")
