"""Round 87: the session window's own trigger, and what the window (or the line alone) took for a name. The window
(the previous lines and this one read together) opens no more for a line whose only signs of personal data are a
lone "u" (the pronoun) or "een" (the article), nor for the line after it; the holding of a line keeps its own trigger.
What stays: BA a filler or greeting at the edge of a name run ("je spreekt met marloes jep", "jaja vertel maar verder");
BB "de" and an event or greeting after meneer/mevrouw ("sterkte meneer de begrafenis", "meneer de groeten"); BC a
verb after a subject pronoun ("je puzzelt graag"), also said again elsewhere in the window. What goes: BD the
letters that start a name, spelled on the next line ("ik noteer even joris" / "met een j o"); BE a role model's
full name at a line's start when the next line says the person is kin ("... is mijn grote voorbeeld" / "ze is mijn
tante", round 85's doubtful form). And BF stays: a vehicle's own name after heet ("de veerboot heet de zeester",
round 86's doubtful form). All own examples, not taken from the holdouts or the call data.
"""

from __future__ import annotations

from tests.privacy.rounds import assert_no_rule_error, round_tests, word_kept_test

SECRET_CASES = [
    # BA near misses: the name itself still goes
    (['goedenavond je spreekt met marloes jep ik hoor je'], 'marloes'),
    (['met de nachtlijn u spreekt met gerrit', 'jaja vertelt u maar'], 'gerrit'),
    (['u spreekt met ineke ha mevrouw de graaf ik herken uw stem'], 'graaf'),
    (['hoi met wessel', 'hoi wessel'], 'wessel'),
    (['nou ja zeg jaja', 'jaja de jong hier'], 'jong'),
    (['mijn naam is hamid', 'ja hamid el amrani'], 'amrani'),
    (['mijn buurvrouw heet joke haas'], 'haas'),
    (['mijn naam is tran thi ha'], 'ha'),
    # BB near misses: a surname after meneer/mevrouw de still goes
    (['dank u wel meneer de vries'], 'vries'),
    (['gecondoleerd meneer de jong'], 'jong'),
    (['sterkte mevrouw de boer'], 'boer'),
    (['de groeten aan meneer van dijk'], 'dijk'),
    (['dag mevrouw de wit'], 'wit'),
    (['meneer de koning belde net'], 'koning'),
    # BC near misses: a name after a pronoun and a name word
    (['je puzzelt graag zei je', 'en je zus heet marleen'], 'marleen'),
    (['zij heet anouk', 'en hij heet bart'], 'bart'),
    (['je fietst graag', 'met je vriend sander'], 'sander'),
    # BD: the first letters of a name spelled on the next line
    (['ik schrijf even joris op', 'met een j o'], 'j o'),
    (['dus ik noteer teun', 'met een t e'], 't e'),
    (['ik noteer mevrouw philips', 'met een p h'], 'p h'),
    (['je zoon heet christiaan', 'ja met een c h'], 'c h'),
    (['mijn broer heet thijmen', 'ja met een t h i', 'thijmen bakker'], 't h i'),
    (['mijn nicht heet yvonne', 'dus met een y'], 'yvonne'),
    # BE: a role model's full name, and the next line says the person is kin or a neighbour
    (['marieke de lange is mijn grote voorbeeld', 'ze is mijn tante'], 'marieke de lange'),
    (['henk van loon is mijn held', 'hij is mijn buurman'], 'henk van loon'),
    (['sanne visser is mijn voorbeeld', 'dat is mijn nicht'], 'sanne visser'),
    # BF near misses: a person's name after heet still goes
    (['de chauffeur heet de vries'], 'vries'),
    (['de bus heet de nachtlijn en de chauffeur heet piet'], 'piet'),
    (['mijn boot heet de anna'], 'anna'),
    # the window still runs after lines with "u" or "een" and something more
    (['kunt u mij uw nummer geven', 'nul zes een drie vijf zeven twee vier zes acht'], 'drie vijf zeven twee'),
    (['heeft u een postcode voor mij', 'drie vier vijf zes ka el'], 'drie vier vijf zes'),
    (['u woont in een flat', 'aan de lindelaan twaalf'], 'lindelaan'),
    (['heeft u een pen', 'mijn naam is ria', 'ria smulders'], 'smulders'),
    (['u mag een naam noemen', 'bram van den heuvel'], 'heuvel'),
    (['en wat is uw geboortedatum', 'twaalf maart negentienzestig'], 'negentienzestig'),
    (['heeft u ook een mailadres', 'kees punt bos at gmail punt com'], 'kees'),
    (['mijn huisnummer is een', 'dus een a'], 'een a'),
    (['u kunt bellen met', 'nul zes vier vier drie drie twee twee een een'], 'vier vier drie drie'),
    (['ik ben een vriend van karin', 'karin de zwart'], 'zwart'),
]

ORDINARY = [
    # BA: fillers and greetings at a line's start
    ['jaja vertel maar rustig verder'],
    ['jaja zeg het maar'],
    ['jep dat klopt'],
    ['jep ik ben er nog'],
    ['ha fijn dat u belt'],
    ['hoi ik ben er weer'],
    ['nou vertel maar'],
    ['tja dat weet ik ook niet'],
    ['oei dat klinkt zwaar'],
    ['hallo is daar iemand'],
    # BB: events and greetings after meneer/mevrouw
    ['dat heeft u goed gedaan meneer', 'de groeten aan uw vrouw'],
    ['veel sterkte mevrouw', 'de begrafenis is zaterdag'],
    ['gecondoleerd hoor meneer', 'de begrafenis dus'],
    ['fijn dat u belde meneer', 'de groetjes aan de kinderen'],
    ['dank u mevrouw', 'de uitvaart was mooi zei u'],
    ['slaap lekker meneer', 'de groeten aan de hond'],
    ['sterkte meneer de begrafenis wordt zwaar'],
    ['gecondoleerd mevrouw de crematie is morgen'],
    # BE near misses: a famous role model, no kin after it
    ['johan cruijff is mijn grote held', 'hij is mijn held echt'],
    ['het boek is mijn grote voorbeeld', 'dat is mijn tante haar boek'],
    ['mijn moeder is mijn grote voorbeeld', 'ze is mijn moeder he'],
    # BF: a vehicle's own name after heet (round 86's doubtful form)
    ['de bus heet de nachtlijn'],
    ['de veerboot heet de zeester'],
    ['onze boot heet de zwaluw denk ik'],
    ['ons bootje heet de meeuw'],
    # BC: verbs after a subject pronoun
    ['wat doet u graag', 'ik puzzel veel en mijn buurvrouw puzzelt ook'],
    ['je puzzelt veel he', 'mijn tante puzzelt ook elke avond'],
    ['je fietst graag he', 'mijn zus fietst ook elke dag'],
    ['hij tuiniert veel', 'ja hij tuiniert de hele zomer'],
    # the window's trigger: lines with only "u" or "een"
    ['heeft u een pen bij u', 'ja hoor'],
    ['u belt een beetje laat', 'geeft niks hoor'],
    ['ik heb een kat', 'en een hond'],
    ['dat is een goed idee', 'doet u dat maar'],
    ['u bent niet alleen', 'nee dat weet ik'],
    ['heeft u een glas water', 'ja dat heb ik zeker'],
    ['ik lees een boek', 'dat helpt mij'],
    ['zal ik u even een tip geven', 'graag'],
    ['u mag altijd terugbellen', 'dank u wel'],
    ['het was een lange dag', 'ja voor u ook'],
    ['ik maak een wandeling', 'dat doet u goed'],
    ['ik schrijf het op', 'met een pen'],
    ['ik teken een boom', 'met een t erin'],
]

# words that stay while the name next to them goes (both ways)
KEPT = [
    (['goedenavond je spreekt met marloes jep ik hoor je'], 'jep'),
    (['met de nachtlijn u spreekt met gerrit', 'jaja vertelt u maar'], 'jaja'),
    (['u spreekt met ineke ha mevrouw de graaf ik herken uw stem'], 'ha'),
    (['je puzzelt graag zei je', 'en je zus heet marleen'], 'puzzelt'),
    (['je bent tachtig en je puzzelt graag', 'mijn opa puzzelt ook elke middag'], 'puzzelt'),
    (['je hebt bij de bakker gewerkt en je puzzelt graag', 'mijn oma puzzelt ook'], 'puzzelt'),
    (['goedenavond met de nachtlijn u spreekt met joost', 'jaja dat snap ik'], 'jaja'),
    (['met de nachtlijn je spreekt met rik jep ik luister'], 'jep'),
]

test_secret_gone, test_ordinary_kept = round_tests(SECRET_CASES, ORDINARY)

test_word_kept = word_kept_test(KEPT)


def test_no_rule_error():
    assert_no_rule_error([lines for lines, _ in SECRET_CASES] + ORDINARY)
