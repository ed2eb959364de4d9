from voice_companion.text import normalize, number_to_words


def test_accents_punctuation_and_case_fold_like_a_recognizer():
    assert normalize("Suïcidaliteit? Één keer!") == "suicidaliteit een keer"


def test_numbers_become_dutch_words():
    assert normalize("Als 10 rust is en 0 chaos") == "als tien rust is en nul chaos"
    assert number_to_words(21) == "eenentwintig"
    assert number_to_words(100) == "honderd"
    # phone-like digit runs are spelt digit by digit, leading zero kept
    assert normalize("06 12") == "nul zes twaalf"
    assert normalize("0612345678").split()[:3] == ["nul", "zes", "een"]


def test_spoken_variants_meet_in_one_form():
    assert normalize("Hoe houdt u het vol?") == normalize("hoe hou je het vol")
    assert normalize("Hoe redt u het?") == normalize("hoe red je het")
    assert normalize("Hoe gaat 't?") == "hoe ga het"
    assert normalize("Wat vindt jouw moeder") == "wat vind je moeder"
    assert normalize("hmm oké") == "hm oke"
