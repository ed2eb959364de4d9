"""The Dutch stemmer the crisis and phase models read with is snowballstemmer's own, loaded without the package's
thirty other languages (voice_companion/model.py: _dutch_stem)."""

import snowballstemmer

from voice_companion.model import _dutch_stem

WORDS = ("opgespaard spaart afgesloten afsluiting deurwaarder ontruiming pillen tabletten kinderen slapen "
         "geslapen zelfmoord levensmoe huisuitzetting afsluitbrief opgegeven gelopen mogelijkheden").split()


def test_the_stems_are_snowballs_dutch_stems():
    reference = snowballstemmer.stemmer("dutch").stemWord
    stem = _dutch_stem()
    assert [stem(w) for w in WORDS] == [reference(w) for w in WORDS]
    assert stem("afsluiting") != "afsluiting"  # a real stemmer, not the word given back
