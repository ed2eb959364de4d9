"""Round 81: faith communities, funerals and mourning (holdout CD's forms), and two kinds of worker talk from round 80's
scan. What stays: TK a Bible (or Quran) reference, book, chapter and verse ("johannes drie zestien", "romeinen acht
achtendertig"; a book that is also a first name only with church, reading or mourning words around it); TL a holy
figure prayed to or named as such ("bidt tot maria", "de profeet mohammed", "het ave maria"); TM a service after a title,
kin word or name ("de mevrouw van de diaconie", "die mevrouw van schuld hulp"); TN a compound noun of a shortage or a
problem ("personeelstekort"). What goes: TA fillers between two pieces of a phone number; TB a grave's place ("vak c rij
zeven nummer twaalf"); TC a name after "heet/heette" with the deceased, a church person or a kin word as the subject;
TD a birth's day at the line's end ("geboren ... op vijftien"); TE the year on the line after a birth's day and month;
TF a phone number with a digit corrected inside it; TG a postcode's letters said with "een" (and the postcode line
before it), a postcode's digits said as hundreds. Next to each: what must stay or still go. All own examples, not taken
from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # TK stays narrow: a name that is also a book, with a unit, a kin word or a title before it, or a phone after it
    (["mijn kleinzoon lucas vijftien jaar is er ook"], "lucas"),
    (["haar broer johannes is drie dagen niet thuis geweest"], "johannes"),
    (["meneer petrus zei dat de dienst om tien uur begint"], "petrus"),
    (["de koster heet samuel en hij belt morgen"], "samuel"),
    (["bel de dominee johannes op nul zes een twee drie vier vijf zes zeven acht"], "nul zes een twee drie vier vijf zes zeven acht"),
    # TL stays narrow: a figure's name that is a person's here
    (["mijn dochter maria bidt elke avond voor opa"], "maria"),
    (["ik wacht tot maria thuis komt van de kerk"], "maria"),
    (["haar zoon mohammed brengt de bloemen naar het graf"], "mohammed"),
    (["de profeet van de familie is oom mohammed", "mohammed bakkali"], "bakkali"),
    # TA: fillers between two pieces of one phone number
    (["de pastoor is bereikbaar op nul zes achtenveertig eh ja twaalf zevenendertig vijftig"], "ja"),
    (["het nummer van de uitvaartleider is nul zes eenenvijftig eh ja zeventien drieentachtig veertig"], "ja"),
    (["de rabbijn heeft nul twintig eh nou vijf drie vier zes zeven acht negen"], "nou"),
    # TB: a grave's place at a cemetery
    (["oma ligt in vak b rij negen nummer veertien"], "vak b rij negen veertien"),
    (["zijn graf is in rij twaalf graf nummer drieentwintig"], "rij twaalf drieentwintig"),
    (["het urnengraf staat op vak d rij drie nummer zes"], "vak d rij drie zes"),
    (["u vindt hem in rij elf nummer zeventien naast de beuk"], "rij elf zeventien"),
    (["het grafje van de baby is rij twee graf acht"], "rij twee graf acht"),
    # TC: a name after heet with the deceased, a church person or a kin word
    (["de overledene heet dragan petrovic"], "dragan petrovic"),
    (["de overleden moeder heette stojanovic"], "stojanovic"),
    (["de overleden broer heette visser"], "visser"),
    (["de weduwe heet ayse yilmaz"], "ayse yilmaz"),
    (["de imam heet yusuf kaya"], "yusuf kaya"),
    (["de gestorvene heette vasile ionescu hoor"], "vasile ionescu"),
    # TD: the day of a birth at the line's end
    (["hij is geboren in aleppo op twaalf", "twaalf mei", "negentien zestig"], "twaalf mei negentien zestig"),
    (["zij is geboren in paramaribo op drieentwintig", "drieentwintig oktober"], "drieentwintig oktober"),
    (["de baby is geboren op negen", "negen juni"], "negen juni"),
    # TE: the year after the day and month of a birth
    (["de overledene is geboren op zes", "zes augustus", "eh negentienhonderdachtentwintig en overleden in maart"],
     "zes augustus negentienhonderdachtentwintig"),
    (["zijn verjaardag is twee april", "in achtenveertig"], "twee april achtenveertig"),
    (["wanneer bent u geboren", "elf januari", "negentienhonderdvijftig"], "elf januari negentienhonderdvijftig"),
    # TF: a phone number with a digit corrected inside it
    (["de koster zijn nummer is nul zes vier eh nee twee drie vier vijf zes zeven acht negen"],
     "nul zes vier twee drie vier vijf zes zeven acht negen"),
    (["de imam belt u terug van nul zes zeven nee vijf een twee drie vier vijf zes zeven"],
     "nul zes zeven vijf een twee drie vier vijf zes zeven"),
    # TG: a postcode's letters with "een", the digits said as hundreds
    (["de postcode van het rouwcentrum is vijfenveertig zesentachtig", "een b en een ka"],
     "vijfenveertig zesentachtig b ka"),
    (["de postcode is drieenzeventig honderd", "e ef"], "drieenzeventig honderd"),
    # TM, TN stay narrow: a surname after the service, a surname that is a compound of ordinary words
    (["bel meneer van de gemeente janssen maar"], "janssen"),
    (["mevrouw van de berg belt morgen terug"], "berg"),
    (["de meneer van der molen van de kerk"], "molen"),
    (["ze zeggen wijnberg"], "wijnberg"),
    (["postcode van de kerk is achtendertig honderd", "a ka"], "achtendertig honderd"),
]

ORDINARY = [
    # TK: a Bible reference
    ["vanavond lezen we johannes drie vers zestien in de kerk"],
    ["de dominee sprak over matteus vijf"],
    ["psalm drieentwintig is gezongen bij de uitvaart"],
    ["romeinen acht achtentwintig hangt bij haar aan de muur"],
    ["bij de rouwdienst werd lucas twee gelezen"],
    ["op de rouwkaart staat openbaring eenentwintig vier"],
    ["haar lievelingstekst was korintiers dertien"],
    ["de imam las soera twee voor"],
    ["de pastoor koos marcus tien veertien voor de doop"],
    ["ze leest elke avond een stukje uit jesaja veertig"],
    # TL: a holy figure
    ["ze bidt elke nacht tot jezus om kracht"],
    ["mijn moeder bad altijd tot maria voor haar zoon"],
    ["ze zongen het ave maria bij de kist"],
    ["hij zegt dat de profeet ibrahim ook moest loslaten"],
    ["de heilige antonius helpt bij verloren dingen zegt ze"],
    ["ze heeft een kaarsje aangestoken voor de maagd maria"],
    ["de verhalen over de profeet mohammed troosten hem"],
    ["u bidt dan tot allah voor uw vader"],
    # TA, TB, TC, TD, TE: the same words that are no data
    ["het nummer van de psalm is drie eh ja drie"],
    ["we stonden in de rij voor de kist"],
    ["ze zat op de eerste rij in de kerk"],
    ["er stonden wel drie rijen mensen buiten"],
    ["hij zat in rij zeven van de aula en huilde"],
    ["de dominee heet iedereen welkom"],
    ["de overledene heet bij ons gewoon opa"],
    ["mijn vader heette niet zo maar iedereen zei het"],
    ["de hond van de dominee heet bello"],
    ["het konijn van de weduwe heet snuffie"],
    ["ik ben geboren op het platteland"],
    ["ze is geboren op een boerderij", "in negentien kamers woonden mensen"],
    ["hij werd op zijn verjaardag begraven", "dat was zwaar"],
    ["het lied nummer vijfhonderd"],
    ["het kwam in het nieuws", "nee vier dagen later pas"],
    ["ze heeft honderd kaarten gekregen"],
    ["de postcode is duur daar want het graf kost vijftien honderd euro"],
    ["de postcode weet ik niet", "een a of zo"],
    # TM: a service after a title or a name, TN: a compound noun of a shortage or a problem
    ["de mevrouw van de diaconie"],
    ["bel die mevrouw van schuld hulp"],
    ["mijn buurvrouw van de voedselbank zei het"],
    ["de meneer van de thuiszorg kwam vandaag niet"],
    ["die mevrouw van het wijkteam was aardig"],
    ["ze zeggen personeelstekort"],
    ["ze zeggen geldproblemen"],
    ["het is gewoon slaaptekort denk ik"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
