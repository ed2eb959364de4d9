"""Round 10: general spoken forms (own examples, not taken from the holdouts) and near misses that stay.

Addresses: a dwelling with its own name, what is said of an address next to it (floor, apartment,
room, pitch, berth), a first name or particle leading a street's name, the town after 't, a street
said again. Names: how people are addressed ("oma Trientje", "mag ik u Fenneke noemen", "is Harmen er
nog"), families, a role before "heet", glued tussenvoegsels, a spelled name said as a word, a name said
to someone at the start of the line. Numbers and dates: "oh" for nought, an extension, a spelling remark
inside an e-mail address, a one-digit correction, a feast day next to a date, a date said on after one,
and the first try of a date two lines back.
"""

from __future__ import annotations

from tests.privacy.rounds import round_tests

SECRET_CASES = [
    # addresses
    (["we wonen in flat de Meerkoet"], "meerkoet"),
    (["ze woont in woonzorgcentrum de Lindehof", "appartement honderdzes"], "lindehof honderdzes"),
    (["hij woont op de Parkweg achttien", "op de derde etage"], "parkweg achttien derde etage"),
    (["kamer twaalf in het studentenhuis aan de Biltstraat negen"], "twaalf biltstraat negen"),
    (["ligplaats veertien aan de Zuiderkade"], "veertien zuiderkade"),
    (["we wonen aan de Pieter Cornelisz Hooftstraat negen"], "pieter cornelisz hooftstraat negen"),
    (["ik woon op de Willem van Oranjelaan twee"], "willem oranjelaan twee"),
    (["de Dorpsstraat tien in 't Loo"], "dorpsstraat tien loo"),
    (["het is de Lindenlaan zes", "lindenlaan met twee n'en ja"], "lindenlaan zes"),
    (["ze staat op vakantiepark de Zeehoeve plek elf"], "zeehoeve elf"),
    # names
    (["oma Trientje komt straks"], "trientje"),
    (["mag ik u Fenneke noemen"], "fenneke"),
    (["is Gijsbert er nog"], "gijsbert"),
    (["de familie Brinkhuis woont boven ons"], "brinkhuis"),
    (["mijn begeleider heet van 't Erve"], "erve"),
    (["ik heb vanderveen gebeld"], "vanderveen"),
    (["de achternaam is b als in bernard o s", "bos"], "b o s bos"),
    (["Yentl ik hoor wat je zegt"], "yentl"),
    (["en roos dat is je zus"], "roos"),
    (["tante wim bedoel je tante wilma"], "wim wilma"),
    # numbers
    (["mijn werk is nul tien vier vier vier een twee drie vier toestel tweeëntwintig"], "tweeentwintig"),
    (["oh zes negenentwintig vierenveertig achttien zeventien"], "oh negenentwintig vierenveertig achttien zeventien"),
    (["femke met een f punt smit at ziggo punt nl"], "femke smit"),
    # dates
    (["op tweede paasdag negentien negentig geboren"], "tweede paasdag negentig"),
    (["hij is van negentien tachtig", "ja van drie maart"], "tachtig drie maart"),
    (["veertien juli", "nee vijftien juli", "vijftien juli negentien vierenzeventig"], "veertien vijftien vierenzeventig"),
]

ORDINARY = [
    ["we zaten in de flat de hele dag"],
    ["ik lig op kamer vier"],
    ["ik woon op de tweede etage"],
    ["ik zit op de derde verdieping van het ziekenhuis"],
    ["ik ben twee keer op camping geweest"],
    ["we gingen naar de camping de hele zomer"],
    ["is papa er nog"],
    ["is het er nog"],
    ["tante wil graag komen"],
    ["de familie komt morgen"],
    ["mijn familie woont ver weg"],
    ["hoe mag ik je noemen"],
    ["ik hoor je"],
    ["nou ik snap het"],
    ["ik bel vandaag nog"],
    ["op eerste kerstdag zijn we thuis"],
    ["het was een mooie dag in mei"],
    ["goeienacht meneer", "Dag mevrouw, welterusten."],
    ["ik heb om drie uur gebeld", "nee om vier uur", "en toen om vijf uur"],
    ["een vier", "nee een vijf", "of toch een zes"],
]


test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_the_line_two_back_is_revised_in_a_session(tmp_path):
    """A date's first try two lines back is revised in the log while it is still held."""
    from voice_companion.events import Utterance
    from voice_companion.pipeline import Session
    from voice_companion.privacy.redact import Redactor
    from voice_companion.sessionlog import LogWriter, read_log
    from tests.privacy.rounds import EchoCore

    path = tmp_path / "s.jsonl"
    session = Session(EchoCore(), log=LogWriter(path), redact=Redactor(window=True))
    session.start()
    for t, text in enumerate(["veertien juli", "nee vijftien juli", "vijftien juli negentien vierenzeventig"]):
        session.handle(Utterance(t=float(t), text=text))
    session.end()
    texts = [u["text"] for u in read_log(path).of_type("utterance")]
    assert texts == ["[datum]", "nee [datum]", "[datum]"]
