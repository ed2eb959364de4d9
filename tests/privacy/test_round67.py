"""Round 67: corrections and spelling over lines (holdout BI), callbacks and messages (holdout BJ).

Leaks: BA. a street's adjective before the street ("de oude [adres]"); BB. a name or street said again in pieces that
make the redacted word ("[naam]" / "tam min ga"); BC. a spelling aid after a redacted word or a piece of it ("[naam] met
dubbel k", "met ij van ...") and a letter corrected on a line of its own ("dubbel o", "nee een o"); BD. a house number
alone after a street spelled over lines; BE. a name asked for ("die vraagt naar lin chen").
What stays: BF. a thing to do noted for a day ("ik noteer langskomen op maandag"); BG. a date corrected that is no
birth ("nee zes maart"); AA/AB (round 66's partial work, taken with guards): a medicine or an organisation said and
spelled. Next to each: a person's name that must still go (a title, "heet", kin or "van" in the window; a bare word
after "het ziekenhuis"). All own examples, not taken from the holdouts.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests

SECRET_CASES = [
    # BA. a street's adjective goes with the street
    (["oude molenweg twaalf", "de oude molenweg", "ja twaalf"], "oude molenweg twaalf"),
    (["op de korte kerkstraat", "korte kerkstraat acht"], "korte kerkstraat acht"),
    (["kleine houtstraat negen", "de kleine houtstraat"], "kleine houtstraat negen"),
    (["op de nieuwe binnenweg", "nieuwe binnenweg drie"], "nieuwe binnenweg drie"),
    (["de brede hilledijk", "brede hilledijk tachtig"], "brede hilledijk tachtig"),
    (["de westelijke ring veertig", "in de stad"], "westelijke ring veertig"),
    (["noordelijke dreef twaalf"], "noordelijke dreef twaalf"),
    # BB. the pieces of a redacted word
    (["mevrouw kortenhorst", "kor ten horst"], "kortenhorst kor horst"),
    (["meneer bijlefeld", "b ij le feld"], "bijlefeld b ij le feld"),
    (["mijn achternaam is tamminga", "tam min ga"], "tamminga tam min ga"),
    (["mevrouw oosterwijk", "oos ter wijk", "ja"], "oosterwijk oos wijk"),
    (["meneer raghoebir", "rag hoe bir"], "raghoebir rag bir"),
    (["mevrouw wiersema", "wi er se ma", "ik schrijf het op"], "wiersema wi se ma"),
    # BC. a spelling aid and a letter corrected
    (["de bakkerssteeg", "bakkers met dubbel k", "nummer drie"], "bakkers dubbel k drie"),
    (["mevrouw haasnoot", "haas met dubbel a"], "haasnoot haas dubbel a"),
    (["de rijnlaan", "met ij van ijsselmeer", "nummer zes"], "ij ijsselmeer zes"),
    (["meneer pieterse", "o nee met een s"], "pieterse s"),
    (["mevrouw hoogeboom", "dubbel o", "nee een o"], "hoogeboom dubbel o"),
    (["mevrouw mossel", "dubbel s"], "mossel dubbel s"),
    (["meneer koumans", "koumans met ou", "ja"], "koumans ou"),
    (["mevrouw van rooij", "rooij met ij"], "rooij ij"),
    (["de smeetslaan", "smeets met dubbel e"], "smeetslaan smeets dubbel e"),
    # BD. a house number after a street spelled over lines
    (["het is de burgemeester de withstraat", "withstraat", "w i t h", "zeventien"], "zeventien"),
    (["dus de prins hendrikkade", "hendrik", "h e n d r i k", "negen"], "negen"),
    # BH. an account number's country code on the line before, a phone number's pairs announced
    (["voor de huur", "nl negen eh", "eenentwintig", "rabo nul drie een twee vier vijf zes zeven acht negen"],
     "negen eenentwintig"),
    (["het rekeningnummer voor de borg", "n l drie eh", "vierenveertig", "abn nul zeven een een vier vier drie twee zes vijf"],
     "drie vierenveertig"),
    (["nul zes eenenveertig zeventien", "dan nog twee paar", "negenentwintig", "drieëndertig"],
     "negenentwintig drieëndertig"),
    (["nul tien vijfenvijftig", "en nog twee paar cijfers", "achttien", "elf"], "achttien elf"),
    # BE. a name asked for
    (["er belde iemand die vraagt naar lin chen"], "lin chen"),
    (["hij vroeg naar sanne"], "sanne"),
    (["een mevrouw vraagt naar ahmadi"], "ahmadi"),
    (["ze vroegen naar kwame boateng"], "kwame boateng"),
    (["die vraagt naar mo el amrani"], "amrani"),
    # BF. a name noted for a day still goes
    (["ik noteer jansen op donderdag"], "jansen"),
    (["ik noteer gerrit op vrijdag"], "gerrit"),
    (["of dat Truus met u meebelt"], "truus"),
    # BG. a birth date corrected still goes
    (["ik ben geboren op dertien november", "nee veertien november"], "dertien veertien"),
    (["wanneer ben je jarig", "elf mei", "nee twaalf mei"], "elf twaalf"),
    # AA/AB guards: a person's name spelled near a dose or an organisation still goes
    (["mijn psychiater is dokter verbeek", "v e r b e e k", "ik krijg vijftig milligram"], "verbeek"),
    (["die pillen kreeg ik van hendriks", "h e n d r i k s"], "hendriks"),
    (["het ziekenhuis", "wolters", "w o l t e r s"], "wolters"),
    (["de stichting", "de vries", "d e v r i e s"], "vries"),
    (["de gemeente", "bakker", "b a k k e r"], "bakker"),
    (["mevrouw kuipers", "k u i p e r s", "ze neemt tien milligram"], "kuipers"),
    (["ik ben tamara", "t a m a r a", "ik zit bij de stichting"], "tamara"),
    (["mijn achternaam is wolters", "w o l t e r s", "ik slik twintig milligram"], "wolters"),
    (["ze heet de boer", "b o e r", "van de gemeente"], "boer"),
    (["jeroen", "j e r o e n", "tien milligram"], "jeroen"),
    (["meneer de gemeente heeft gebeld", "mulder", "m u l d e r"], "mulder"),
    (["mijn zus heet", "ilse", "i l s e", "ze werkt bij het ziekenhuis"], "ilse"),
    (["ik krijg tien milligram van dokter wolters", "nee twintig", "w o l t e r s"], "wolters"),
    (["vijftig milligram voor mevrouw kuipers", "nee zestig", "k u i p e r s"], "kuipers"),
]

ORDINARY = [
    # BA. an adjective without a street
    ["de oude man liep over straat"],
    ["het is een lange weg naar huis"],
    ["de nieuwe buren zijn aardig"],
    ["de kleine is eindelijk in slaap"],
    ["ze heeft een grote mond maar een klein hart"],
    ["de oude stad is mooi 's avonds"],
    ["het is een lange weg", "twee dagen"],
    ["we lopen de oude dijk af"],
    ["de grote markt is druk vandaag"],
    ["het is een lange weg twee keer per week"],
    # BH. pairs and codes in ordinary talk
    ["nog een paar vragen", "twintig"],
    ["ik heb nog een paar dagen", "drie"],
    ["dan nog een paar dingen", "vijf"],
    # BC. "met" and a count without a redacted word
    ["je bent met de fiets", "met twee kinderen"],
    ["ik kom met een vriendin"],
    ["met dubbel dienst werk je veel"],
    ["hij komt met zijn ouders"],
    # BD. a number alone after ordinary lines
    ["hoeveel jaar woon je daar al", "vijftien"],
    ["ik heb twee katten", "en nog", "drie"],
    # BE. asked for a thing or a person by a pronoun
    ["ze vraagt naar jou"],
    ["hij vroeg naar de weg"],
    ["ze vraagt naar hulp"],
    ["hij vraagt naar geld"],
    ["ze vroeg naar je moeder"],
    ["de dokter vraagt naar je medicijnen"],
    ["ze vragen naar een uitkering"],
    ["de politie vroeg naar hem"],
    ["hij vraagt naar meer informatie"],
    ["ze vraagt naar werk"],
    ["je kunt bellen en vragen naar schuldhulpverlening"],
    ["hij vroeg naar buurtbemiddeling"],
    ["of dat je buurvrouw met u meebelt"],
    # BF. a thing to do noted for a day
    ["ik noteer terugbellen op donderdag"],
    ["ik noteer langskomen op maandag"],
    ["ik noteer ophalen op vrijdag om tien uur"],
    ["ik noteer nabellen op dinsdag"],
    ["ik noteer doorsturen op woensdag"],
    # AA. a medicine said and spelled, a dose near
    ["het middel heet lorazepam", "l o r a z e p a m", "een milligram per dag"],
    ["de mirtazapine", "m i r t a z a p i n e", "vijftien milligram"],
    ["ze slikt citalopram", "c i t a l o p r a m", "twintig milligram"],
    ["hij gebruikt methadon", "m e t h a d o n", "veertig milliliter"],
    ["de seroquel", "s e r o q u e l", "vijftig milligram"],
    ["tweehonderd milligram lorazepam", "nee honderd", "l o r a z e p a m"],
    # AB. an organisation said and spelled
    ["de gemeente zwolle", "z w o l l e"],
    ["dus de vermeer stichting", "v e r m e e r", "in utrecht"],
    ["het wijkteam", "w i j k t e a m", "komt morgen"],
    ["de huisartsenpost", "h u i s a r t s e n p o s t", "is open"],
    ["de ggz", "g g z", "die bellen je terug"],
    ["het ziekenhuis", "ze komen morgen", "om tien uur"],
    # BG. a date corrected that is no birth
    ["vijf maart heb je de zitting", "nee zes maart"],
    ["twaalf april moet je verhuizen", "o nee dertien april"],
    ["negen oktober is de afspraak bij de bank", "sorry tien oktober"],
    ["elf november is de rechtszaak", "nee twaalf november"],
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
