"""Writes corpus.jsonl: spoken variants per category, secrets marked {{...}} (seeded, reproducible).

    .venv/bin/python tests/data/redaction/make_corpus.py

Independent of the redactor: its own number speller and templates.
"""
import json
import random
from pathlib import Path

rnd = random.Random(13)
U = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
T = {10: "tien", 11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien", 15: "vijftien", 16: "zestien",
     17: "zeventien", 18: "achttien", 19: "negentien"}
TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig", 9: "negentig"}


def say(n: int) -> str:
    if n < 10:
        return U[n]
    if n < 20:
        return T[n]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        conj = "ën" if U[u].endswith("e") else "en"
        return U[u] + conj + TENS[t]
    h, r = divmod(n, 100)
    return ("" if h == 1 else U[h]) + "honderd" + (say(r) if r else "")


FILL = ["eh", "uh", "en dan", "ehm"]


def speak_digits(ds: str, style: str) -> str:
    """One way of saying a digit string."""
    out, i = [], 0
    while i < len(ds):
        if style == "pairs" and i + 1 < len(ds) and ds[i] != "0":
            out.append(say(int(ds[i:i + 2]))); i += 2
        elif style == "hundreds" and i + 2 < len(ds) and ds[i] != "0":
            out.append(say(int(ds[i:i + 3]))); i += 3
        elif style == "mixed" and i + 1 < len(ds) and ds[i] != "0" and rnd.random() < .5:
            out.append(say(int(ds[i:i + 2]))); i += 2
        elif i + 1 < len(ds) and ds[i] == ds[i + 1] and rnd.random() < .3:
            out.append(rnd.choice(["dubbel", "dubbele"]) + " " + U[int(ds[i])]); i += 2
        else:
            out.append(U[int(ds[i])]); i += 1
        if rnd.random() < .15 and i < len(ds):
            out.append(rnd.choice(FILL))
    return " ".join(out)


def digits(n: int, first: str = "") -> str:
    return first + "".join(rnd.choice("0123456789") for _ in range(n - len(first)))


cases = []


def add(cat, lines, names=None):
    c = {"cat": cat, "lines": lines}
    if names:
        c["names"] = names
    cases.append(c)


PHONE_PRE = ["mijn nummer is", "je kunt me bellen op", "bel me maar op", "het nummer is", "ja", "schrijf maar op",
             "van mijn moeder is het", "mijn mobiel is", "", "dat is", "het is"]
PHONE_POST = ["", "ja", "heb je dat", "dat is mijn mobiel", "oké", "toch", "daar ben ik bereikbaar"]
for k in range(70):
    pre, post = rnd.choice(PHONE_PRE), rnd.choice(PHONE_POST)
    kind = rnd.random()
    if kind < .6:
        ds = "06" + digits(8)
        style = rnd.choice(["single", "pairs", "mixed", "hundreds"])
        spoken = "nul zes " + speak_digits(ds[2:], style)
    elif kind < .75:
        ds = "0" + rnd.choice(["10", "20", "30", "70", "40", "50", "76", "73"]) + digits(7)
        spoken = "nul " + speak_digits(ds[1:], rnd.choice(["single", "pairs", "hundreds"]))
    elif kind < .85:
        spoken = "plus " + rnd.choice(["eenendertig", "31", "drie een"]) + " zes " + speak_digits(digits(8), "pairs")
    elif kind < .93:
        spoken = rnd.choice(["nul zes ", "06 ", "+31 6 "]) + rnd.choice([digits(8), digits(4) + " " + digits(4),
                                                                       " ".join(digits(2) for _ in range(4))])
    else:
        spoken = "nul zes " + speak_digits(digits(8), "pairs")
    if k % 7 == 0:  # split over two lines
        words = spoken.split()
        cut = rnd.randint(3, max(3, len(words) - 2))
        add("phone", [f"{pre} {{{{{' '.join(words[:cut])}}}}}".strip(), f"{{{{{' '.join(words[cut:])}}}}} {post}".strip()])
    else:
        add("phone", [f"{pre} {{{{{spoken}}}}} {post}".strip()])

DOMAINS = ["gmail punt com", "hotmail punt com", "ziggo punt nl", "kpnmail punt nl", "live punt nl",
           "outlook punt com", "home punt nl", "planet punt nl", "xs4all punt nl", "icloud punt com"]
LOCALS = ["jan punt de vries", "petra", "m punt bakker", "sanne streepje jansen", "kees zesenzestig",
          "info", "de boer familie", "a punt el amrani", "henk tweeduizend", "j a n", "lisa punt van dijk",
          "mo liggend streepje ali", "tom negentien", "fam punt visser"]
for k in range(55):
    at = rnd.choice(["apenstaartje", "apestaartje", "at", "apenstaartje"])
    pre = rnd.choice(["mijn mail is", "mail maar naar", "het adres is", "stuur het naar", "e-mail", "", "dat is"])
    post = rnd.choice(["", "graag", "ja", "dat lees ik elke dag"])
    local, dom = rnd.choice(LOCALS), rnd.choice(DOMAINS)
    if k % 9 == 0:
        add("email", [f"{pre} {{{{{local.replace(' punt ', '.').replace(' ', '')}@{dom.replace(' punt ', '.')}}}}} {post}".strip()])
    else:
        add("email", [f"{pre} {{{{{local} {at} {dom}}}}} {post}".strip()])

BANKS = {"ABNA": "abna", "RABO": "rabo", "INGB": "ingb", "KNAB": "knab", "SNSB": "snsb", "ASNB": "asnb"}
for k in range(55):
    bank = rnd.choice(list(BANKS))
    acc = digits(10)
    check = f"{rnd.randint(2, 98):02d}"
    pre = rnd.choice(["mijn rekening is", "iban", "het rekeningnummer is", "", "rekeningnummer", "dat is"])
    style = k % 5
    if style == 0:
        s = f"NL{check}{bank}{acc}"
    elif style == 1:
        s = f"NL{check} {bank} {acc[:4]} {acc[4:8]} {acc[8:]}"
    elif style == 2:
        s = f"nl {say(int(check))} {BANKS[bank]} {speak_digits(acc, 'single')}"
    elif style == 3:
        s = f"{rnd.choice(['en el', 'n l'])} {say(int(check))} {' '.join(bank.lower())} {speak_digits(acc, 'single')}"
    else:
        s = f"nl {check} {BANKS[bank]} {speak_digits(acc, rnd.choice(['pairs', 'hundreds']))}"
    add("iban", [f"{pre} {{{{{s}}}}}".strip()])


def bsn_number() -> str:
    while True:
        d = digits(8, rnd.choice("123456789"))
        total = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        last = total % 11
        if last < 10:
            return d + str(last)


for k in range(55):
    b = bsn_number()
    pre = rnd.choice(["mijn bsn is", "bsn", "burgerservicenummer", "het is", "", "mijn sofinummer is", "dat is"])
    style = k % 6
    if style == 0:
        s = b
    elif style == 1:
        s = f"{b[:6]} {b[6:]}"
    elif style == 2:
        s = f"{b[:3]} {b[3:6]} {b[6:]}"
    elif style == 3:
        s = speak_digits(b, "hundreds")
    elif style == 4:
        s = speak_digits(b, "single")
    else:
        s = speak_digits(b, "mixed")
    if k % 11 == 5 and pre:
        w = s.split()
        if len(w) >= 4:
            add("bsn", [f"{pre} {{{{{' '.join(w[:2])}}}}}", f"{{{{{' '.join(w[2:])}}}}} ja"])
            continue
    add("bsn", [f"{pre} {{{{{s}}}}}".strip()])

LETTER_SAY = {"a": "aa", "b": "bee", "c": "cee", "d": "dee", "e": "ee", "f": "ef", "g": "gee", "h": "ha",
              "j": "jee", "k": "ka", "l": "el", "m": "em", "n": "en", "p": "pee", "r": "er", "s": "es",
              "t": "tee", "v": "vee", "w": "wee", "x": "iks", "z": "zet"}
for k in range(55):
    num = rnd.randint(1000, 9999)
    ls = "".join(rnd.choice("abcdeghjklmnprtvwxz") for _ in range(2))
    if ls in ("sa", "sd", "ss"):
        ls = "ab"
    pre = rnd.choice(["mijn postcode is", "postcode", "ik woon op", "het is", "", "dat is"])
    style = k % 6
    ns = f"{say(num // 100)} {say(num % 100)}" if num % 100 >= 10 else speak_digits(str(num), "single")
    if style == 0:
        s = f"{num} {ls.upper()}"
    elif style == 1:
        s = f"{ns} {ls.upper()}"
    elif style == 2:
        s = f"{ns} {ls[0]} {ls[1]}"
    elif style == 3:
        s = f"{ns} {LETTER_SAY[ls[0]]} {LETTER_SAY[ls[1]]}"
    elif style == 4:
        s = f"{speak_digits(str(num), 'single')} {LETTER_SAY[ls[0]]} {LETTER_SAY[ls[1]]}"
    else:
        s = f"{ns} {ls} nummer {say(rnd.randint(1, 120))}"
    add("postcode", [f"{pre} {{{{{s}}}}} {rnd.choice(['', 'in utrecht', 'ja'])}".strip()])

STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Beukenlaan", "Herengracht", "Zeekade",
           "Noordsingel", "Waaldijk", "Rozenhof", "Lindenerf", "Marktplein", "Julianalaan", "Schoolstraat",
           "Eikenlaan", "Vaartweg", "Kastanjehof"]
LONG = ["Laan van Meerdervoort", "Laan van Vollenhove", "Weg naar de Wolf", "Laan der Verenigde Naties",
        "Plein van de Republiek"]
for k in range(55):
    nr = rnd.choice([rnd.randint(1, 60), rnd.randint(100, 450)])
    say_nr = rnd.choice([str(nr), say(nr)])
    if nr >= 100 and rnd.random() < .5:
        say_nr = f"{say(nr // 100 * 100)} {say(nr % 100)}" if nr % 100 else say(nr)
    street = rnd.choice(LONG) if k % 5 == 0 else rnd.choice(STREETS)
    if rnd.random() < .5:
        street = street.lower()
    pre = rnd.choice(["ik woon op de", "ik woon aan de", "mijn adres is", "het is", "ik zit op de", "", "wij wonen"])
    style = k % 4
    if style == 0:
        s = f"{street} {say_nr}"
    elif style == 1:
        s = f"{street} nummer {say_nr}"
    elif style == 2 and not street.startswith(("Laan", "laan", "Weg", "weg", "Plein", "plein")):
        s = f"{say_nr} {street}" if nr != 1 else f"{street} {say_nr}"
    else:
        s = f"{street} {say_nr} {rnd.choice(['a', 'b', ''])}".strip()
    add("address", [f"{pre} {{{{{s}}}}} {rnd.choice(['', 'boven', 'in leiden'])}".strip()])

FIRST = ["Petra", "Sanne", "Henk", "Mohammed", "Fatima", "Kees", "Linda", "Youssef", "Marieke", "Willem",
         "Esther", "Daan", "Annie", "Gerrit", "Ingrid", "Ahmed", "Joke", "Bart", "Nadia", "Peter"]
LAST = ["de Vries", "Jansen", "van Dijk", "de Jong", "Bakker", "Visser", "van den Berg", "Hendriks",
        "el Amrani", "Yilmaz", "Mulder", "de Boer", "Smit", "Dijkstra", "van der Linden", "Meijer"]
for k in range(60):
    f, l = rnd.choice(FIRST), rnd.choice(LAST)
    if rnd.random() < .5:
        f, l = f.lower(), l.lower()
    style = k % 8
    if style == 0:
        line = f"mijn naam is {{{{{f} {l}}}}}"
    elif style == 1:
        line = f"ik heet {{{{{f}}}}}"
    elif style == 2:
        line = f"met {{{{{f} {l}}}}} goedenavond"
    elif style == 3:
        line = f"{rnd.choice(['meneer', 'mevrouw'])} {{{{{l}}}}} van hiernaast"
    elif style == 4:
        line = f"ik ben {{{{{f}}}}} en ik bel omdat"
    elif style == 5:
        line = f"mijn {rnd.choice(['zoon', 'dochter', 'buurman', 'ex'])} {{{{{f}}}}} {rnd.choice(['is weg', 'slaat me', 'belt niet meer'])}"
    elif style == 6:
        line = f"je heet {{{{{f}}}}} toch"
    else:
        line = f"{{{{{f} {l}}}}} heeft me geholpen"
    add("name", [line])

WORKER = [("Petra de Vries", ["{{devries}} zei dat", "{{petraatje}} weet het", "met {{petra de vriesch}}"]),
          ("Sanne", ["{{sannetje}} belde", "{{sane}} was er"]),
          ("Thijs van Leeuwen", ["{{thijsje}} slaapt", "{{vanleeuwen}} belde"]),
          ("Marloes", ["{{marloesje}} huilt", "{{marlous}} is mijn zus"]),
          ("Bas Wolters", ["{{wolters}} van de woningbouw", "{{baswolters}} zei het"]),
          ("Gerdien", ["{{gerdientje}} kwam", "{{gerdine}} zei het"])]
for k in range(50):
    name, lines = WORKER[k % len(WORKER)]
    add("name_list", [rnd.choice(lines) + rnd.choice(["", " ja", " gisteren"])], names=[name])

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
for k in range(55):
    d, m, y = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(1940, 2012)
    ys = rnd.choice([str(y), f"{say(y // 100)} {say(y % 100)}" if y < 2000 else f"tweeduizend {say(y - 2000)}" if y > 2000 else "tweeduizend"])
    style = k % 5
    if style == 0:
        s = f"{d} {MONTHS[m - 1]} {y}"
    elif style == 1:
        s = f"{say(d)} {MONTHS[m - 1]} {ys}"
    elif style == 2:
        s = f"{d:02d}-{m:02d}-{y}"
    elif style == 3:
        s = f"{say(d)} {say(m)} {say(y % 100)}"
    else:
        s = f"{ys}"
    pre = rnd.choice(["ik ben geboren op", "geboren", "mijn geboortedatum is", "hij is geboren op", "geboortedatum"])
    if style == 4:
        pre = rnd.choice(["ik ben geboren in", "geboren in"])
    add("dob", [f"{pre} {{{{{s}}}}}"])

ORD = [
    "op een schaal van nul tot tien zit ik op een {n}", "ik geef het een {n}", "een {n} misschien een {m}",
    "om {n} uur ging ik slapen", "het was half {n} toen hij kwam", "ze is {n} jaar", "ik heb {n} kinderen",
    "ik heb {a} euro schuld", "de huur is {a} euro", "we zijn al {y} jaar samen", "dat was in {yr}",
    "ik drink {n} glazen per avond", "ik slaap maar {n} uur", "bel 113 of 0800-0113 als het niet gaat",
    "ze hebben 112 gebeld", "om kwart over {n} gaat de bus", "mijn zoon is {n} en mijn dochter {m}",
    "ik ben {y} en woon alleen", "de trein van {n} uur {m}", "het kost {n} euro {m}", "ik wacht al {n} weken",
    "van nul tot tien een {n}", "tel maar mee een twee drie vier vijf", "ik woon op de {n}e verdieping",
    "ik ben bang en ik ben moe", "meneer de agent zei dat ik moest bellen", "mijn naam doet er niet toe",
    "ik liep over straat en viel", "hij zat op de snelweg twee uur vast", "ik heet je welkom",
    "ik ben geboren in een klein dorp", "in {yr} ging het mis", "ik heb {n} {m} keer gebeld",
    "ik neem {n} milligram per dag", "de kamer is {n} bij {m} meter", "we waren met z'n {n}en",
    "ik ben in {yr} verhuisd naar de stad", "drie vier keer per week", "ik heb eh {n} eh {m} biertjes op",
    "het is nu {n} over {m}", "ik heb honderd euro gepind", "ik ben met de kinderen naar het park geweest",
    "de buurman van nummer {n} helpt soms", "met mij gaat het niet goed", "ik wil gewoon even praten",
    "mijn moeder woont in de straat hiernaast", "ik moet om {n} uur bij de huisarts zijn",
]
for k in range(120):
    tpl = ORD[k % len(ORD)]
    n, m = rnd.randint(1, 10), rnd.randint(1, 12)
    line = tpl.format(n=rnd.choice([str(n), say(n)]), m=say(m), a=rnd.choice([say(rnd.randint(20, 999)), str(rnd.randint(20, 2000))]),
                      y=say(rnd.randint(18, 80)), yr=rnd.choice([f"{say(19)} {say(rnd.randint(60, 99))}", str(rnd.randint(1960, 2024))]))
    add("ordinary", [line])

# -- added 2026-12-01 (own generator, so the cases above stay as they were) ----------------------
# numbers split over two lines with no cue, false starts corrected, postcodes said digit by digit,
# and ordinary pairs of lines where one ends and the next begins with a number
rnd = random.Random(1201)
for k in range(25):
    b = bsn_number()
    s = speak_digits(b, rnd.choice(["single", "pairs", "mixed"]))
    w = s.split()
    cut = rnd.randint(2, max(2, len(w) - 2))
    pre = rnd.choice(["het is", "dat is", "ja", "", "even kijken"])
    add("bsn", [f"{pre} {{{{{' '.join(w[:cut])}}}}}".strip(), f"{rnd.choice(['', 'eh ', 'ehm '])}{{{{{' '.join(w[cut:])}}}}} {rnd.choice(['', 'ja', 'klopt dat'])}".strip()])
for k in range(10):
    ds = "06" + digits(8)
    false = " ".join(speak_digits(ds, "single").split()[:rnd.randint(2, 4)])
    full = "nul zes " + speak_digits(ds[2:], rnd.choice(["single", "pairs"]))
    fix = rnd.choice(["nee sorry", "nee wacht", "sorry ik bedoel", "pardon", "nee"])
    add("phone", [f"{rnd.choice(['mijn nummer is', 'het is', ''])} {{{{{false}}}}} {fix} {{{{{full}}}}}".strip()])
for k in range(10):
    start = rnd.randint(1, 6)
    num = "".join(str(start + i) for i in range(4)) if k % 2 == 0 else str(rnd.randint(1000, 9999))
    ls = "".join(rnd.choice("abcdeghjklmnprtvwxz") for _ in range(2))
    s = f"{speak_digits(num, 'single')} {LETTER_SAY[ls[0]]} {LETTER_SAY[ls[1]]}"
    add("postcode", [f"{rnd.choice(['postcode', 'mijn postcode is', 'de postcode is'])} {{{{{s}}}}}"])
PAIRS = [
    ("ik geef het een {n}", "{m} misschien als het meezit"), ("ze is {n}", "{m} wordt ze in mei"),
    ("tel maar mee een twee drie", "vier vijf"), ("we spreken af om {n}", "{m} uur kan ook"),
    ("je zei net een {n}", "{m} is al beter"), ("ik heb er {n}", "{m} als je de kleine meetelt"),
    ("op een schaal van nul tot tien een {n}", "{m} zou fijn zijn"), ("ik ben {y}", "{n} jaar woon ik hier al"),
    ("het waren er {n} of {m}", "{n} denk ik"), ("dat is dan {n} keer {m}", "{n} keer per week"),
]
for k in range(40):
    a, b = PAIRS[k % len(PAIRS)]
    n, m = say(rnd.randint(1, 10)), say(rnd.randint(1, 12))
    y = say(rnd.randint(18, 80))
    add("ordinary", [a.format(n=n, m=m, y=y), b.format(n=n, m=m, y=y)])

out = Path(__file__).with_name("corpus.jsonl")
out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
print(f"{len(cases)} cases -> {out}")
