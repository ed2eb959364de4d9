"""Round 33: names with no cue word, and the e-mail and address forms left; all own examples, not taken from the
holdouts: a name used to address the caller ("ja joep ik ben er nog", "sjaak je klinkt moe", "wat fijn henkie dat je
belt"), who someone is ("jij bent dus gulalai"), the name one wants to be called and that name said again ("noem me
maar sjaak" / "ja sjaak ik luister", "mag ik je bas noemen" / "oke bas vertel maar"), a name alone in another
language ("ionut popescu"), a first name before a surname taken out ("dus tunde [naam]", "geert en [naam]"), a name
that is a word after a relation ("je vriend sjaak"), an e-mail address's first part built on ("bakker en dan
tweeentachtig aan elkaar", "... en dat negentien in cijfers", "dus kim19"), a street said as two words ("de lijsterbes
laan") with the house number said before it, addresses with no street ("wijk vier nummer twaalf", "bij steiger
acht"); and ordinary talk that stays: "ben jij boos", "door je moeder", "ja precies ik snap het", "jij bent dus moe",
"noem me maar gek", two towns, "de hele straat", "wijk vier" with no number, a number after an e-mail with a unit.
"""

from __future__ import annotations

import pytest

from tests.privacy.rounds import RUNS, round_tests

SECRET_CASES = [
    # 1. a name used to address the caller
    (["sjaak je klinkt moe"], "sjaak"),
    (["ja sjaak ik luister naar je"], "sjaak"),
    (["wat fijn henkie dat je belt"], "henkie"),
    (["oke jaap vertel maar"], "jaap"),
    # 2. who someone is
    (["jij bent dus gulalai"], "gulalai"),
    (["u bent dus meneer okonkwo toch"], "okonkwo"),
    (["jij bent jaap"], "jaap"),
    # 3. the name one wants to be called, and said again later
    (["noem me maar sjaak", "ja sjaak ik luister"], "sjaak"),
    (["mag ik je bas noemen", "oke bas vertel maar"], "bas"),
    (["als ik je geert noem is dat goed", "ja geert zeg het maar"], "geert"),
    # 4. a name alone in another language
    (["ionut popescu"], "ionut popescu"),
    (["eh tunde adebayo"], "tunde adebayo"),
    # 5. a first name before a surname taken out
    (["hoe spel je dat", "a d e b a y o", "adebayo dus tunde adebayo"], "tunde adebayo"),
    (["geert en sjoukje de jong"], "geert sjoukje jong"),
    # 6. a name that is a word after a relation, and said again
    (["je vriend sjaak", "sjaak zei het ook"], "sjaak"),
    (["mijn zus lies"], "lies"),
    # 7. an e-mail address's first part built on
    (["mijn mail is bakker at gmail punt com", "bakker en dan tweeentachtig aan elkaar"], "bakker tweeentachtig"),
    (["mijn mail is bakker at gmail punt com", "en voor de at nog zesenveertig"], "bakker zesenveertig"),
    (["mijn mail is piet at gmail punt com", "piet en dan vierentwintig"], "piet vierentwintig"),
    (["mijn mail is kim at gmail punt com en dat negentien in cijfers", "dus kim19 oke"], "kim negentien kim19"),
    (["oudjan12 at gmail punt com", "o u d j a n en dan twaalf"], "o u d j a n twaalf"),
    (["familieverbeek at ziggo punt nl", "familie en verbeek aan elkaar"], "familie verbeek"),
    # 5. a surname's particles and last word after the part spelled
    (["mevrouw van der berg", "ik noteer v a n der berg"], "v a n der berg"),
    # 8. a street said as two words, the house number said before it
    (["u woont op twaalf ja welke straat", "de vlinderbloem straat oke"], "twaalf vlinderbloem"),
    (["ik woon in de lijsterbes laan"], "lijsterbes"),
    # 9. addresses with no street
    (["ik woon op wijk vier nummer twaalf"], "vier twaalf"),
    (["de woonboot ligt aan de havendijk bij steiger acht"], "havendijk steiger acht"),
]

ORDINARY = [
    # a word before "je", "jij" or "ik" that is no name
    ["ben jij boos"],
    ["pfoe ik ben moe"],
    ["tja je weet hoe het gaat"],
    ["en ben jij nu beneden"],
    ["door je moeder ben ik er"],
    ["toon je het aan de dokter"],
    ["dien je aanvraag in"],
    ["ja precies ik snap het"],
    ["ja hoor ik ben er"],
    ["wat fijn dat je belt"],
    # who someone is: no name
    ["jij bent dus moe"],
    ["u bent dus thuis"],
    ["jij bent sterk"],
    # what one is called: no name
    ["noem me maar gek"],
    ["zeg maar wat je wilt"],
    ["ik noem je gewoon meneer"],
    # two places alone on a line
    ["almere lelystad"],
    ["den haag"],
    ["mijn zus woont in den bosch"],
    # a street's kind with no street name
    ["ik woon in de hele straat"],
    ["waar woon je", "aan de andere kant van de weg"],
    ["welke straat", "ik weet de naam van de straat niet"],
    ["ik woon in wijk vier"],
    ["de boot ligt bij de steiger"],
    # a number after the word mail that is no part of an address
    ["ik stuur een mail", "en dan vierentwintig uur later"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize("after", ["en dan twee dagen later", "en dan negentien jaar oud"])
def test_number_after_mail_kept(run, after):
    """A number with its unit after an e-mail address is no part of the address."""
    assert run(["mijn mail is piet at gmail punt com", after]) == ["mijn mail is [e-mail]", after]
