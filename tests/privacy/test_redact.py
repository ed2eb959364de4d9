"""Redaction: every form of personal detail goes, ordinary (scaling) speech stays."""

from __future__ import annotations


import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from voice_companion.privacy.redact import (
    PLACEHOLDERS,
    Redactor,
    elfproef,
    iban_valid,
    load_names_file,
    make_redactor,
)

from .rounds import EchoCore

R = Redactor()

POSITIVES = [
    # phone numbers, written
    ("bel me op 06-12345678 vanavond", "bel me op [telefoonnummer] vanavond"),
    ("06 1234 5678", "[telefoonnummer]"),
    ("0612345678", "[telefoonnummer]"),
    ("06 12 34 56 78", "[telefoonnummer]"),
    ("+31 6 12345678", "[telefoonnummer]"),
    ("+31612345678", "[telefoonnummer]"),
    ("+31 (0)6-1234 5678", "[telefoonnummer]"),
    ("0031 6 12345678", "[telefoonnummer]"),
    ("020-1234567", "[telefoonnummer]"),
    ("010 123 4567", "[telefoonnummer]"),
    ("(020) 123 45 67", "[telefoonnummer]"),
    ("+44 20 7946 0958 is zijn broer", "[telefoonnummer] is zijn broer"),
    # phone numbers, spoken as an offline recognizer writes them
    ("mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "mijn nummer is [telefoonnummer]"),
    ("nul zes twaalf vierendertig zesenvijftig achtenzeventig", "[telefoonnummer]"),
    ("nul zes twaalf vier en dertig zesenvijftig achtenzeventig", "[telefoonnummer]"),
    ("nul twintig een twee drie vier vijf zes zeven", "[telefoonnummer]"),
    ("bel nul tien één twee drie vier vijf zes zeven oké", "bel [telefoonnummer] oké"),
    ("nul zes tweeëntwintig drieëndertig vierenveertig vijfenvijftig", "[telefoonnummer]"),
    ("plus eenendertig zes twaalf vierendertig zesenvijftig achtenzeventig", "[telefoonnummer]"),
    ("nul nul eenendertig zes een twee drie vier vijf zes", "[telefoonnummer]"),
    ("dat is nul zes 12 34 56 78 toch", "dat is [telefoonnummer] toch"),
    # e-mail
    ("mail jan.jansen@gmail.com even", "mail [e-mail] even"),
    ("J.de-Vries+crisis@Hotmail.co.uk", "[e-mail]"),
    ("mijn mail is jan punt jansen apenstaartje gmail punt com", "mijn mail is [e-mail]"),
    ("stuur naar j a n apenstaartje hotmail punt nl graag", "stuur naar [e-mail] graag"),
    ("piet zevenentachtig apenstaartje ziggo punt nl", "[e-mail]"),
    ("jan at gmail punt com", "[e-mail]"),
    # IBAN
    ("NL91ABNA0417164300", "[iban]"),
    ("NL91 ABNA 0417 1643 00", "[iban]"),
    ("nl91 abna 0417 1643 00 is mijn rekening", "[iban] is mijn rekening"),
    ("BE68 5390 0754 7034 is belgisch", "[iban] is belgisch"),
    ("DE89370400440532013000", "[iban]"),
    # a Dutch-shaped IBAN with one misheard digit is still someone's account
    ("NL91 ABNA 0417 1643 01", "[iban]"),
    # BSN
    ("bsn 123456782 klopt", "bsn [bsn] klopt"),
    ("bsn 123 456 782 klopt", "bsn [bsn] klopt"),
    ("bsn 1234.56.782", "bsn [bsn]"),
    ("1 2 3 4 5 6 7 8 2", "[bsn]"),
    ("een twee drie vier vijf zes zeven acht twee", "[bsn]"),
    ("het is een een twee drie vier vijf zes zeven acht twee", "het is een [bsn]"),
    # other long numbers
    ("klantnummer 123456789012", "klantnummer [nummer]"),
    # postcode and address
    ("1234 AB 12", "[postcode]"),
    ("ik woon op 1234ab", "ik woon op [postcode]"),
    ("1234 ab 12a achter", "[postcode] achter"),
    ("3511 LX, nummer 4", "[postcode]"),
    ("twaalf vierendertig a b nummer twaalf", "[postcode]"),
    ("ik woon in de Kalverstraat 12", "ik woon in de [adres]"),
    ("dorpsstraat twaalf in het dorp", "[adres] in het dorp"),
    ("Oudegracht 231-bis", "[adres]"),  # round 76 OB: the glued suffix goes with the number (holdout BW)
    ("hij woont aan de Stationsweg nummer 4a", "hij woont aan de [adres]"),
]

NEGATIVES = [
    # scaling questions and answers
    "als tien rust is en nul chaos",
    "je zegt een vier",
    "van nul tot tien",
    "op een schaal van nul tot tien waar tien betekent dat je het aankan waar zit je nu",
    "op een schaal van 0 tot 10 waar zit je nu",
    "een 7 of een 8",
    "wat maakt dat het een vier is en geen drie",
    "je zei net een zes, een zes of een zeven",
    "nul, nul komma nul",
    # times, dates, amounts, years
    "om drie uur",
    "om 14.30 uur",
    "om 06.30 uur ging de wekker",
    "om 10:45 belde ze",
    "kwart over negen of half tien",
    "het was 12-03-2024 om 14.30 uur",
    "op 06-12-2023 ging het mis",
    "in 2019 en 2020 ging het mis",
    "sinds 1990 op de markt",
    "2000 km gereden",
    "ik heb 1500 euro schuld en 250 euro huur",
    "€ 1.250,00 per maand",
    "tussen de twintig en dertig jaar",
    "negentien vierentachtig",
    # the crisis line's own numbers are not personal
    "bel 113 of 0800-0113",
    "bel 112 als het niet meer gaat",
    # counting with a caller (breathing), not dictating a number
    "tel mee een twee drie vier vijf zes zeven acht negen tien",
    "nul een twee drie vier vijf zes zeven",
    "tien negen acht zeven zes vijf vier drie twee een",
    # ordinary words that look like streets, mail or names
    "ik ben onderweg twee uur",
    "ik liep op de snelweg 3 keer",
    "hij at brood en ging slapen",
    "de deurwaarder komt morgen en je weet niet hoe je het moet betalen",
    "hoe heb je het tot nu toe volgehouden",
    "Mark je het in je agenda? Hoop en Roos zijn ook woorden",
    "wat zou je beste vriend zeggen",
    "je hebt het al twee weken zo",
    "",
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_redacts(text, expected):
    assert R(text) == (expected, True)


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_ordinary_speech_alone(text):
    assert R(text) == (text, False)


def test_no_digits_of_a_phone_number_survive():
    for text in ("bel me op 06-12345678", "nul zes twaalf vierendertig zesenvijftig achtenzeventig"):
        out, _ = R(text)
        assert not any(ch.isdigit() for ch in out)
        assert "twaalf" not in out and "zesenvijftig" not in out


def test_checks():
    assert elfproef("123456782") and elfproef("111222333")
    assert not elfproef("123456789") and not elfproef("000000000") and not elfproef("12345678")
    assert iban_valid("NL91ABNA0417164300") and iban_valid("nl91abna0417164300")
    assert not iban_valid("NL91ABNA0417164301")


def test_bsn_needs_the_elfproef_or_a_cue():
    # nine digits that fail the check: still a long number, not called a BSN
    assert R("het is 123 456 789 klopt niet")[0] == "het is [nummer] klopt niet"
    # after "bsn" a misheard BSN is still someone's BSN
    assert R("bsn 123 456 789 klopt niet")[0] == "bsn [bsn] klopt niet"


def test_common_names_list():
    assert R("Willem en Eva belden")[0] == "[naam] en [naam] belden"
    assert R("mijn naam is petra de vries")[0] == "mijn naam is [naam]"
    assert Redactor(common_names=False)("Willem en Eva belden")[0] == "Willem en Eva belden"


def test_foreign_iban_needs_mod97():
    # not a valid IBAN and not Dutch-shaped: left to the number rules (a long number)
    out, _ = R("DE00370400440532013000")
    assert "[iban]" not in out


# -- names -------------------------------------------------------------------
def test_names_whole_word_any_case_any_accent():
    r = Redactor(names=["José", "Jan Jansen", "Eva", "Zoë"], common_names=False)
    assert r("José kwam langs") == ("[naam] kwam langs", True)
    assert r("jose, JOSÉ, Jose\u0301 en josé")[0] == "[naam], [naam], [naam] en [naam]"
    assert r("Jan Jansen belde")[0] == "[naam] belde"
    assert r("jan   jansen belde")[0] == "[naam] belde"
    assert r("zoe en Zoë")[0] == "[naam] en [naam]"
    # whole words only: Eva is not in evaluatie, Evangelie; a part of a listed name is a name
    assert r("januari, evaluatie, Evangelie") == ("januari, evaluatie, Evangelie", False)
    assert r("Jan belde")[0] == "[naam] belde"
    # glued or with a diminutive, and one letter off
    assert r("janjansen en josétje en jansenn")[0] == "[naam] en [naam] en [naam]"
    assert r("Eva's moeder")[0] == "[naam]'s moeder"


def test_names_file_and_config(tmp_path):
    names = tmp_path / "redact-names.txt"
    names.write_text("# namen van bellers\nSanne\n\n  Mohammed  \nsanne\n", encoding="utf-8")
    assert load_names_file(names) == ["Sanne", "Mohammed"]
    assert load_names_file(tmp_path / "missing.txt") == []

    class Cfg:
        redaction = True
        redact_names = ("Noor",)

    r = make_redactor(Cfg(), names_path=names)
    assert r("Sanne, Mohammed en Noor")[0] == "[naam], [naam] en [naam]"
    assert "Sanne" not in repr(r)

    class Off:
        redaction = False
        redact_names = ()

    assert make_redactor(Off()) is None


def test_default_names_file_location(monkeypatch, tmp_path):
    from voice_companion import paths
    from voice_companion.privacy.redact import names_file

    assert names_file() == paths.data_dir() / "redact-names.txt"
    names_file().parent.mkdir(parents=True, exist_ok=True)
    names_file().write_text("Fatima\n", encoding="utf-8")
    assert make_redactor(None)("Fatima belt")[0] == "[naam] belt"


def test_placeholders_are_stable():
    r = Redactor(names=["naam", "mail", "adres", "telefoonnummer"])
    text = " ".join(PLACEHOLDERS) + " naam"
    out, changed = r(text)
    assert out == " ".join(PLACEHOLDERS) + " [naam]" and changed


# -- the session hook ----------------------------------------------------------
def test_session_logs_only_the_redacted_text(tmp_path):
    from voice_companion.events import Utterance
    from voice_companion.pipeline import Session
    from voice_companion.sessionlog import LogWriter, read_log

    class Core:
        bank_id = "test"

        def handle(self, event):
            return [event]

    path = tmp_path / "s.jsonl"
    session = Session(Core(), log=LogWriter(path), redact=Redactor(names=["Sanne"]))
    session.start()
    session.handle(Utterance(t=1.0, text="Sanne, bel 06-12345678"))
    session.handle(Utterance(t=2.0, text="op een schaal van nul tot tien"))
    session.end()
    raw = path.read_text(encoding="utf-8")
    assert "Sanne" not in raw and "12345678" not in raw
    utterances = read_log(path).of_type("utterance")
    assert [u["redacted"] for u in utterances] == [True, False]
    assert utterances[0]["text"] == "[naam], bel [telefoonnummer]"


# -- speed and robustness -----------------------------------------------------
_WORDS = st.sampled_from(
    "nul zes twaalf vierendertig een twee drie plus apenstaartje punt gmail com at @ NL91ABNA0417164300 "
    "06 1234 5678 0 123456782 AB ab 1234 straat Kalverstraat 12 [naam] [e-mail] [ ] - . , josé Jan "
    "Jansen en uur a b nummer tot tien".split()
)
_FRAGMENT = st.one_of(_WORDS, st.text(alphabet="0123456789 -.+()@[]abABnlNLé", max_size=12), st.text(max_size=8))
_TEXTS = st.one_of(
    st.text(),
    st.lists(_FRAGMENT, max_size=14).map(" ".join),
    st.lists(_FRAGMENT, max_size=14).map("".join),
)
_NAMED = Redactor(names=["José", "Jan Jansen", "naam", "mail", "adres", "e"])


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
@example("[naam] 000A 0A 0B 000A")  # round 62: a name said again that is no word took "000A" after the tagger read it
def test_never_raises_and_is_idempotent(text):
    out, changed = _NAMED(text)
    assert isinstance(out, str)
    assert changed == (out != text)
    again, changed_again = _NAMED(out)
    assert again == out and not changed_again


def test_names_do_not_catch_words_that_contain_them():
    r = Redactor(names=["Jan", "Bram", "Roos", "Hoop"])
    text = "in januari plukten we bramen, een roosje en wat hoopvols"
    assert r(text) == (text, False)
    assert r("Bram zei: er is hoop")[0] == "[naam] zei: er is [naam]"


@pytest.mark.parametrize("text", [
    "ik heb in de Kalverstraat een jas gekocht",
    "ik zat twee uur in de Kalverstraat twee uur lang",
    "een omweg van 2 kilometer",
    "via de supermarkt 2 straten verder",
    "ik heb 3 kinderen van 12, 14 en 16",
    "ze is 85 jaar en woont op nummer 12",
])
def test_more_ordinary_speech(text):
    assert R(text) == (text, False)


def test_from_config_reads_config_and_names_file(tmp_path):
    from voice_companion.config import Config

    names = tmp_path / "names.txt"
    names.write_text("Sanne\n", encoding="utf-8")
    r = Redactor.from_config(Config(redact_names=("Noor",)), names_path=names)
    assert r("Noor en Sanne")[0] == "[naam] en [naam]"
    assert Redactor.from_config(None)("Wietske")[0] == "Wietske"


# -- spoken Dutch and the window across lines ---------------------------------------
SPOKEN = [
    ("nul zes eh twaalf vierendertig eh zesenvijftig achtenzeventig", "[telefoonnummer]"),
    ("nul tien vierhonderdvijftig twaalf vierendertig", "[telefoonnummer]"),
    ("nul zes dubbel twee drie vier vijf zes zeven acht", "[telefoonnummer]"),
    ("plus 31 6 12345678", "[telefoonnummer]"),
    ("twaalf vierendertig AB nummer vijf", "[postcode]"),
    ("twaalf vierendertig aa bee", "[postcode]"),
    ("jan punt de vries apenstaartje gmail punt com", "[e-mail]"),
    ("jan punt de vries apestaartje gmail punt com", "[e-mail]"),
    ("Laan van Meerdervoort 52", "[adres]"),
    ("ik woon op het Molenerf 5", "ik woon op het [adres]"),
    ("honderdtwaalf Beatrixlaan", "[adres]"),
    ("honderddrieëntwintig vierhonderdzesenvijftig zevenhonderdtweeëntachtig", "[bsn]"),
    ("123456 782", "[bsn]"),
    ("mijn naam is Petra de Vries", "mijn naam is [naam]"),
    ("geboren op 12-03-1985", "geboren op [datum]"),
    ("ik ben geboren op twaalf maart negentien vijfentachtig", "ik ben geboren op [datum]"),
    ("nl eenennegentig abna nul vier een zeven een zes vier drie nul nul", "[iban]"),
]
ORDINARY = [
    "je zegt een vier", "om negen uur", "half tien", "ze is zeven", "ik heb vierhonderdvijftig euro schuld",
    "bel 113 of 0800-0113", "bel 112", "ik ben geboren in een klein dorp", "mijn naam is niet belangrijk",
    "meneer de dokter zei het", "ik heb drie kinderen van vier zes en negen",
]


@pytest.mark.parametrize("text,expected", SPOKEN)
def test_spoken_forms(text, expected):
    assert R(text)[0] == expected


@pytest.mark.parametrize("text", ORDINARY)
def test_spoken_ordinary_stays(text):
    assert R(text) == (text, False)


def test_a_number_split_over_two_lines_is_caught():
    r = Redactor(window=True)
    first, _ = r("mijn nummer is nul zes twaalf")
    second, _ = r("vierendertig zesenvijftig achtenzeventig heb je dat")
    assert first == "mijn nummer is [telefoonnummer]"
    assert second == "[telefoonnummer] heb je dat"
    # the window closes: an ordinary line after it is left alone
    assert r("twee kinderen")[0] == "twee kinderen"


def test_peek_leaves_the_window_alone():
    r = Redactor(window=True)
    r("mijn nummer is nul zes twaalf")
    assert r.peek("ja vierendertig")[0] == "ja [telefoonnummer]"
    assert r("vierendertig zesenvijftig")[0] == "[telefoonnummer]"  # still open for the real next line


def test_counting_and_scales_across_lines_stay():
    r = Redactor(window=True)
    for line in ("een een twee", "drie vier ademhalen ja", "je zei een vier", "of een vijf"):
        assert r(line) == (line, False)


def test_corpus_meets_the_targets():
    """The written corpus: at most 1 leak in 50 per category, no ordinary line touched."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("evaluate_redaction", root / "scripts/evaluate_redaction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.evaluate(root / "tests/data/redaction/corpus.jsonl", detail=False)
    assert result["ordinary"][1] == 0
    over = {cat: bad for cat, (n, bad) in result.items() if cat != "ordinary" and bad * 50 > n}
    assert not over, over
    holdout = module.evaluate(root / "tests/data/redaction/holdout.jsonl", detail=False)
    assert holdout["ordinary"][1] == 0


# -- across lines: a held line closed by the next one -----------------------------
def _session(tmp_path, redactor=None):
    from voice_companion.pipeline import Session
    from voice_companion.sessionlog import LogWriter

    core = EchoCore()
    path = tmp_path / "s.jsonl"
    session = Session(core, log=LogWriter(path), redact=redactor or Redactor(window=True))
    session.start()
    return session, core, path


def _logged(path):
    from voice_companion.sessionlog import read_log

    return read_log(path)


def test_a_bsn_split_over_two_lines_without_a_cue_is_held_and_closed(tmp_path):
    from voice_companion.events import Utterance

    session, core, path = _session(tmp_path)
    # 978 / 69 0 75 8 -> 978690758 passes the elfproef
    session.handle(Utterance(t=1.0, text="het is zevenennegentig acht"))
    # the core (suggestions) is not delayed; only the log waits
    assert core.seen == ["het is zevenennegentig acht"]
    assert "zevenennegentig" not in path.read_text(encoding="utf-8")
    session.handle(Utterance(t=3.0, text="ehm negenenzestig ehm nul vijfenzeventig acht ja"))
    session.end()
    log = _logged(path)
    texts = [u["text"] for u in log.of_type("utterance")]
    assert texts == ["het is [bsn]", "ehm [bsn] ja"]
    assert all(u["redacted"] for u in log.of_type("utterance"))
    # the order of the log is the order of events: utterance, its match, the next utterance, ...
    assert [r["type"] for r in log.records] == ["session_start", "utterance", "match", "utterance", "match",
                                                "session_end"]


def test_a_held_scaling_answer_is_written_unchanged_after_a_pause_or_at_the_end(tmp_path):
    from voice_companion.events import Tick, Utterance
    from voice_companion.pipeline import REDACTION_HOLD

    session, core, path = _session(tmp_path)
    session.handle(Utterance(t=1.0, text="je zegt een vier"))
    assert "een vier" not in path.read_text(encoding="utf-8")  # held: the next line may go on with it
    session.handle(Tick(t=1.0 + REDACTION_HOLD + 0.5, silent_since=1.0))
    assert "je zegt een vier" in path.read_text(encoding="utf-8")  # a pause: written as it was
    session.handle(Utterance(t=20.0, text="wat maakt het een vier en geen drie"))
    session.handle(Utterance(t=25.0, text="en als het een vijf is"))
    session.end()
    texts = [u["text"] for u in _logged(path).of_type("utterance")]
    assert texts == ["je zegt een vier", "wat maakt het een vier en geen drie", "en als het een vijf is"]


def test_a_held_line_whose_next_line_is_no_number_is_written_at_once(tmp_path):
    from voice_companion.events import Utterance

    session, core, path = _session(tmp_path)
    session.handle(Utterance(t=1.0, text="dat zijn er drie"))
    session.handle(Utterance(t=2.0, text="hoe gaat het nu met je"))
    assert "dat zijn er drie" in path.read_text(encoding="utf-8")
    session.end()


def test_a_held_lines_alternatives_are_closed_too(tmp_path):
    from voice_companion.events import Utterance

    session, core, path = _session(tmp_path)
    session.handle(Utterance(t=1.0, text="het is zevenennegentig acht", alternatives=("het is zevenennegentig acht ja",)))
    session.handle(Utterance(t=2.0, text="negenenzestig nul vijfenzeventig acht"))
    session.end()
    raw = path.read_text(encoding="utf-8")
    assert "zevenennegentig" not in raw and "negenenzestig" not in raw


def test_redact_lines_is_what_the_session_logs():
    r = Redactor(window=True)
    assert r.redact_lines(["dat is zeven negen", "eh zes en dan acht nul ehm zes vijf nul nul ja"]) == \
        ["dat is [bsn]", "eh [bsn] ja"]
    # counting across lines stays counting
    assert Redactor(window=True).redact_lines(["tel maar mee een twee drie", "vier vijf zes"]) == \
        ["tel maar mee een twee drie", "vier vijf zes"]


@pytest.mark.parametrize("lines, expected", [
    # a cue beats counting
    (["zijn bsn is drie twee een", "vier vijf zes zeven acht negen"], ["zijn bsn is [bsn]", "[bsn]"]),
    (["postcode vier vijf zes zeven tee er"], ["postcode [postcode]"]),
    # a number the recognizer cut short, right after "postcode"
    (["mijn postcode is negenennegentig een ee zet"], ["mijn postcode is [postcode]"]),
    # a false start corrected: both go
    (["nul zes eh twaalf nee sorry nul zes dertien vierendertig zesenvijftig achtenzeventig"],
     ["[telefoonnummer] nee sorry [telefoonnummer]"]),
    (["zes eh nul zes nee sorry nul zes elf tweeëntwintig drieëndertig vierenveertig"],
     ["[telefoonnummer] nee sorry [telefoonnummer]"]),
])
def test_cues_and_corrections(lines, expected):
    assert Redactor(window=True).redact_lines(lines) == expected


@pytest.mark.parametrize("lines", [
    ["een twee drie vier", "en dan adem je uit"],
    ["ik tel tot vier: een twee drie vier", "vijf zes zeven acht"],
    ["nee sorry, ik bedoelde een vier", "of een vijf"],
    ["je gaf het een drie", "drie weken geleden was het nog een zes"],
    ["we spreken af om negen uur", "tien over negen bel ik je"],
    ["ze is drie", "en hij is vijf"],
])
def test_ordinary_pairs_stay(lines):
    assert Redactor(window=True).redact_lines(lines) == lines


@pytest.mark.parametrize("text, expected", [
    ("Hallo, u spreekt met de nachtlijn. Zegt u het maar.", "Hallo, u spreekt met de nachtlijn. Zegt u het maar."),
    ("goedenacht u spreekt met de nachtlijn waarmee kan ik u helpen",
     "goedenacht u spreekt met de nachtlijn waarmee kan ik u helpen"),
    ("Hoi, met Joris van de avonddienst.", "Hoi, met [naam] van de avonddienst."),
    ("mijn naam is Petra van de Ven", "mijn naam is [naam]"),
])
def test_a_service_after_a_name_cue_is_not_a_name(text, expected):
    assert Redactor(window=True)(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("mijn naam is Jan de Vries", "mijn naam is [naam]"),  # "jan" is also a month's short form
    ("mijn zus heet Ineke", "mijn zus heet [naam]"),
    ("info apenstaartje stichting-hulp punt nl", "[e-mail]"),
    ("Van Goghstraat 4", "[adres]"),
    ("ik woon op de Burgemeester de Withstraat 10", "ik woon op de [adres]"),
    ("2e Oosterparkstraat 7", "[adres]"),
    ("ik ben van 12-05-1980", "ik ben van [datum]"),
    ("ze is jarig op vijf juni", "ze is jarig op [datum]"),
    ("hij is geboren in negentig", "hij is geboren in [datum]"),
])
def test_more_spoken_forms(text, expected):
    assert Redactor(window=True)(text)[0] == expected


@pytest.mark.parametrize("text", [
    "een heet bad helpt soms", "het water is heet", "hoe heet je", "dat heet gewoon liefde",
    "ik ben van plan om morgen te bellen", "ik ben van 9 tot 5 aan het werk", "ik ben morgen jarig",
    "ik ben geboren in een klein dorp", "ik woon in de Dorpsstraat", "van de straat af",
])
def test_more_ordinary_speech_stays(text):
    assert Redactor(window=True)(text) == (text, False)


@pytest.mark.parametrize("text, expected", [
    ("nul zes min twaalf vierendertig zesenvijftig achtenzeventig", "[telefoonnummer]"),
    # the learned tagger (tagger.py) names the split number a phone number; the rules alone say [nummer]
    ("nul zes, dat is twaalf, vierendertig, zesenvijftig, achtenzeventig", "[telefoonnummer], dat is [telefoonnummer]"),
    ("Kerkstraat 12-2", "[adres]"),
    ("Prinsengracht 263-267", "[adres]"),
    ("Dorpsstraat 3 bis", "[adres]"),
    ("Nieuwe Kerkstraat 5", "[adres]"),
    ("ik woon aan het Spui 21", "ik woon aan het [adres]"),
    ("Anita van Dam belde", "[naam] belde"),
])
def test_third_round_of_spoken_forms(text, expected):
    assert Redactor(window=True)(text)[0] == expected


@pytest.mark.parametrize("text", [
    "ik woon al 5 jaar alleen", "ik woon in Almere twee straten verderop", "ik woon bij mijn moeder op nummer 5",
    "ik woon in Rotterdam, al twintig jaar", "wij wonen in Zwolle en hebben 2 kinderen",
    "hij woonde in Arnhem tot 2019", "mijn adres is geheim", "tien min drie is zeven",
])
def test_living_somewhere_is_not_an_address(text):
    assert Redactor(window=True)(text) == (text, False)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_TEXTS, min_size=1, max_size=5))
def test_a_window_over_lines_never_raises_and_keeps_every_line(lines):
    out = Redactor(names=["José"], window=True).redact_lines(lines)
    assert len(out) == len(lines) and all(isinstance(x, str) for x in out)
    # a line is only ever shortened into placeholders, never given words it did not have
    for before, after in zip(lines, out):
        words = set(before.split())
        assert all(w in words or "[" in w or "]" in w for w in after.split() if w.isalpha())


# -- round 2: spoken forms from holdout B's misses, said differently here ----------------------------------

@pytest.mark.parametrize("lines, expected", [
    # a cue in the previous line says what this line is
    (["en dan de postcode", "zevenenzestig eenenvijftig tee er"], ["en dan de postcode", "[postcode]"]),
    (["mijn naam is", "Dewi Kartosen"], ["mijn naam is", "[naam]"]),
    (["ik ben geboren op", "drie", "juli tweeduizend acht"], ["ik ben geboren op", "[datum]", "[datum]"]),
    # this line shows what the held previous one started
    (["ze woont in de Kastanjelaan", "nummer vijftien b"], ["ze woont in de [adres]", "[adres]"]),
    (["nummer twaalf", "in de Sparrenlaan"], ["[adres]", "[adres]"]),
    # the tagger takes "bertje drieënzestig" on its own, and the next line shows it is the e-mail's local part
    (["mijn mailadres is bertje drieënzestig", "at hotmail punt com"], ["mijn mailadres is [e-mail]", "[e-mail]"]),
    # an IBAN whose digits come in the next line, and a number over three lines
    (["rekeningnummer n l vijfendertig triodos", "nul twee vier drie zes vijf zeven acht negen"],
     ["rekeningnummer [iban]", "[iban]"]),
    (["het is nul zes", "eh veertien", "zesentwintig negentig negen"],
     ["het is [telefoonnummer]", "eh [telefoonnummer]", "[telefoonnummer]"]),
])
def test_lines_read_together(lines, expected):
    assert Redactor(window=True).redact_lines(lines) == expected


def test_postcode_letters_spelled_in_the_next_line():
    out = Redactor(window=True).redact_lines(["postcode vier drie twee een", "v van victor w van willem"])
    assert out[0] == "postcode [postcode]"
    assert not {"v", "w", "victor", "willem"} & set(out[1].split())


def test_a_held_line_that_speaks_of_an_address_is_revised_in_the_log(tmp_path):
    from voice_companion.events import Utterance

    session, core, path = _session(tmp_path)
    session.handle(Utterance(t=1.0, text="ze woont aan de Molenweg"))
    assert "Molenweg" not in path.read_text(encoding="utf-8")  # held: the next line may give the number
    session.handle(Utterance(t=2.0, text="drieëntachtig"))
    session.end()
    texts = [u["text"] for u in _logged(path).of_type("utterance")]
    assert texts == ["ze woont aan de [adres]", "[adres]"]
    assert core.seen == ["ze woont aan de Molenweg", "[adres]"]  # the core is not delayed


@pytest.mark.parametrize("text, expected", [
    # IBAN bank codes said as a word, letters or both; check digits said apart; "keer" and "nullen"
    ("nl zesentachtig asn b nul achtenzeventig zesenvijftig vierendertig twaalf", "[iban]"),
    ("n l twee acht s n s b nul negen drie acht zes zeven twee vijf een nul", "[iban]"),
    ("n l vijf drie abn amro nul vier een zeven een zes vier drie nul nul", "[iban]"),
    ("nul zes drie keer acht vier vijf zes zeven", "[telefoonnummer]"),
    ("nul zes drie nullen vier vijf zes zeven acht", "[telefoonnummer]"),
    # phone: a joining phrase, the prefix said after, the end of a number after a cue
    ("nul zes eenenzeventig dertien en dan de laatste twee cijfers achtenveertig", "[telefoonnummer]"),
    ("zes een twee drie vier vijf zes zeven met nul zes ervoor", "[telefoonnummer] ervoor"),
    ("mijn nummer eindigt op vijfenveertig negenenzestig", "mijn nummer eindigt op [telefoonnummer]"),
    # corrections: what is said again goes too
    ("Kerkstraat negen nee negentien", "[adres] nee [adres]"),
    ("mijn naam is Brinkman nee Brinkmann", "mijn naam is [naam] nee [naam]"),
    ("nul zes één twee drie vier nee vijf zes zeven acht negen", "[telefoonnummer]"),
    ("vier zeven drie een twee zes vijf acht nee sorry negen", "[nummer]"),
    # postcodes: a filler, a spelling alphabet, letters heard as short words
    ("postcode negen zeven twee twee eh ka el", "postcode [postcode]"),
    ("postcode vijftien twaalf e van eduard r van rudolf", "postcode [postcode]"),
    ("de postcode is achtendertig eenentwintig je", "de postcode is [postcode]"),
    ("vijfendertig vierenveertig de en", "[postcode]"),
    # e-mail: a domain of two words, a spelled local part, "aan elkaar", "apen staartje"
    ("info apenstaartje de zonnebloem punt org", "[e-mail]"),
    ("m e u l e n apenstaartje gmail punt com", "[e-mail]"),
    ("p van den berg aan elkaar apenstaartje ziggo punt nl", "[e-mail]"),
    ("jan punt bakker apen staartje gmail punt com", "[e-mail]"),
    # addresses: a filler, a first name in the street, the number before "eh de"
    ("het adres is Korte Kerkstraat eh negentien", "het adres is [adres]"),
    ("Pieter Steenstraat vier", "[adres]"),
    ("achtenzestig eh de Merelstraat", "[adres]"),
    # dates: the cue after, a correction, a year as one word, ordinals
    ("eenendertig januari vijfentachtig is mijn geboortedatum", "[datum] is mijn geboortedatum"),
    ("geboren op negen nee tien mei negentien zeventig", "geboren op [datum]"),
    ("geboren eenentwintig-vier-negentienvijfentachtig", "geboren [datum]"),
    ("ze is geboren op de vijfde van de zesde tweeduizend tien", "ze is geboren op de [datum]"),
    ("mijn verjaardag is elf november negentien drieënnegentig", "mijn verjaardag is [datum]"),
])
def test_round_two_spoken_forms(text, expected):
    assert Redactor(window=True).redact_lines([text]) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("ik ben Anja", "ik ben [naam]"),                       # a listed first name after "ik ben"
    ("ik ben Mark en ik bel voor mijn vader", "ik ben [naam] en ik bel voor mijn vader"),  # also an ordinary word
    ("u bent Priya Ramdin", "u bent [naam]"),               # no ordinary word, and scored a name
    ("dus u heet karim el khatib", "dus u heet [naam]"),
    ("mevrouw Nguyen Thi Mai", "mevrouw [naam]"),
    ("goedenavond met Hoogendijk", "goedenavond met [naam]"),
    ("dokter van der Zee zei dat", "dokter [naam] zei dat"),
    ("de dochter van Sevda", "de dochter van [naam]"),
    ("mijn achternaam is Bouwmeester", "mijn achternaam is [naam]"),
    ("ik spel het even b e n a l i", "ik spel het even [naam]"),
    ("meneer in t Hout", "meneer [naam]"),
])
def test_round_two_names(text, expected):
    assert Redactor(window=True).redact_lines([text]) == [expected]


@pytest.mark.parametrize("lines", [
    # after a weaker name cue, ordinary words and rarer ones the letter model calls no name
    ["ik ben bekaf"], ["ik ben levensmoe"], ["u bent welkom"], ["ik ben Nederlander"], ["u bent moslim"],
    ["ik ben overspannen denk ik"], ["mijn vriend drinkt te veel"], ["uw man snurkt en u kunt niet slapen"],
    ["is uw vader aanspreekbaar"], ["fijn dat je de huisarts al gebeld hebt"], ["ja met Gods hulp"],
    ["hallo met mij"], ["goedenavond met wie spreek ik"], ["met excuses voor het late uur"],
    ["mevrouw blijft u even aan de lijn"], ["meneer neemt u rustig de tijd"], ["de a b c d van de zorg"],
    # numbers that are no personal detail
    ["waar zit je nu tussen nul en tien"], ["ik heb vier kinderen", "van twaalf tien acht en zes"],
    ["het was negen elf", "twee duizend een"], ["om tien vijftig ja"], ["drie keer per dag twee tabletten"],
    ["ik geef het een vier", "nee sorry een vijf"], ["ik heb een nul zes nummer", "maar dat weet ik niet uit mijn hoofd"],
    ["ik ben eenenzestig", "en woon alleen"], ["ik woon op een flat", "op de tiende verdieping"],
    ["de baby is vorige week geboren"], ["mijn postcode weet ik niet"], ["het iban nummer heb ik niet bij me"],
])
def test_round_two_ordinary_talk_stays(lines):
    assert Redactor(window=True).redact_lines(lines) == lines


def test_the_name_model_separates_names_from_rarer_words():
    from voice_companion.privacy.spoken import NAME_THRESHOLD, name_score

    names = ["benali", "pranoto", "nguyen", "wiersma", "zijlstra", "amrani", "kartosen", "brinkman"]
    words = ["snurkt", "logeert", "aanspreekbaar", "levensmoe", "opgebleven", "hindoestaan", "surinamer"]
    assert all(name_score(w) >= NAME_THRESHOLD for w in names)
    assert all(name_score(w) < NAME_THRESHOLD for w in words)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_no_rule_raises_on_a_window_of_lines(lines):
    # Redactor.redact drops a whole line as [geanonimiseerd] when a rule raises: that must never be needed
    r = Redactor(window=True)
    r.redact_lines(lines)
    assert r.errors == 0


def test_two_unknown_words_that_meet_across_lines_are_no_name_but_a_name_after_a_cue_is():
    from voice_companion.privacy.redact import Redactor

    session = Redactor(window=True)
    session.redact("hm ihm")  # a recognizer's slip, then a misspelt "waarom": no name
    assert session.redact("warom denk je dat het zo mis is gegaan") == ("warom denk je dat het zo mis is gegaan", False)
    session = Redactor(window=True)
    session.redact("mijn naam is")
    assert session.redact("petra de vries")[0] == "[naam]"


@pytest.mark.parametrize("line", [
    "veilig thuis kan je bellen op nul achthonderd twee nul nul nul",  # 0800-2000, not 0802000
    "de politie kan je ook bellen op nul negenhonderd achtentachtig vierenveertig als het geen spoed is",
])
def test_a_service_number_said_with_hundreds_stays(line):
    from voice_companion.privacy.redact import Redactor

    assert Redactor().redact(line) == (line, False)
    assert Redactor(tagger=False).redact("mijn nummer is nul zes achthonderd twaalf vierendertig")[0] \
        == "mijn nummer is [telefoonnummer]"
