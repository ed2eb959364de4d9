"""What a spoken line *does*, read from its form rather than its words.

Phrase matching hears "uw zus komt om half negen koffie drinken mooi" and
finds a perspective question about the sister; a supervisor hears the worker
giving the caller's own words back (an echo, `summary`). The difference is in
the sentence: is it a question (a question word or the verb before "je"), who
is its subject (je/u, ik, we, someone else), is it a fragment, a goodbye, an
appraisal ("mooi", "knap"), does it dig into causes ("waarom", "hoe komt het").

Everything here works on normalised recognizer text (see `text.normalize`:
u folded into je, no punctuation) and is deliberately small and explainable;
the classifier turns a `Form` into a technique only where the method is clear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from voice_companion.gated import GatedPattern
from voice_companion.text import normalize

# Words a worker puts in front of a sentence without changing what it does.
LEAD_FILLERS = frozenset("hm ja nee oke nou en maar ah oh o goed zo tja wacht even dus ook eigenlijk".split())
QUESTION_WORDS = frozenset("wat wie waar wanneer hoe waarom welke welk hoeveel waardoor waarmee waaraan "
                           "waarover waarvan waarop waarin waarvoor hoezo hoelang hoevaak wiens".split())
# Finite verbs that stand before the subject in a yes/no question ("heb je", "zou je", "is er").
INVERTED_VERBS = frozenset(
    "ben heb denk wil voel zie ga kun zou mag moet weet speel loop overweeg bedoel durf hoor merk zit sta "
    "red lukt is zijn was waren had hadden kan kon wilde wou zal zullen gaat gaan doe deed vind vond "
    "herken snap begrijp ken maak wordt word werd woon slaap drink gebruik neem heeft hebt krijg kom "
    "lig sliep zeg praat eet ziet voelt helpt hielp lukte maakt werkt klinkt geef geeft betekent zouden kunnen "
    "moeten willen hebben vindt reageerde zei zegt gebeurt gebeurde hou houd".split())
SUBJECTS_YOU = frozenset("je jezelf".split())
SUBJECTS_ME = frozenset("ik me mij mijn".split())
SUBJECTS_WE = frozenset("we wij ons".split())
GOODBYES = ("goedenacht", "welterusten", "slaap lekker", "slaap wel", "sterkte", "doei", "dag dag", "tot ziens",
            "fijne nacht", "goede nacht", "pas goed op jezelf", "succes morgen", "het ga je goed",
            "doe de groeten", "ga maar open doen", "hang ik nu op", "ik hang op",
            "je mag ons altijd weer bellen", "je kun ons altijd weer bellen", "bel gerust nog een keer",
            "bel je gewoon nog een keer", "bel gewoon nog een keer", "je kun altijd weer bellen",
            "je mag altijd weer bellen", "je kun ons altijd bellen", "succes ermee", "bel gerust",
            "probeer wat te slapen", "probeer wat te rusten", "probeer een beetje te slapen",
            "bel even als je er ben", "bel even als je thuis ben", "slaap goed", "slaap zacht", "hou je taai",
            "houd je taai", "de groeten")
# In a goodbye these verbs say what to do, not ask ("doe je moeder de groeten", "slaap ze", "ga je maar naar binnen")
_GOODBYE_VERBS = frozenset("doe slaap ga hou houd pas geef kom kruip rij bel belt neem probeer".split())
# "gaat u maar naar binnen", "belt u maar": the polite imperative, said with the subject, is no question
# (not after an auxiliary: in "heb je maar twee uur geslapen" maar is "only", and it asks)
_POLITE_IMPERATIVE = re.compile(r"\b(?!(?:heb|ben|bent|kun|kan|kon|zou|wil|wilde|mag|moet|is|was|had|zal|zijn|"
                                r"waren|hadden|hoef|durf|weet|vind|denk)\b)(\w+) (je|jij) maar\b")
# "... dag" at the end is a goodbye ("dank je wel dag", "fijne dag"), "de hele dag", "een zware dag" are not
_GOODBYE_END = re.compile(r"(^|\b(he|hoor|nou|wel|fijne|goede|goeie|prettige|fijn|sterkte|oke|ja|bedankt|doei|"
                          r"welterusten) )(dag|doei|daag)( meneer| mevrouw)?$")
# "tot morgen" as a goodbye, not "laat het niet liggen tot morgen"
_SEE_YOU = re.compile(r"(^|\b(nou|oke|ja|dag|doei|dan|hoor|welterusten|goed|prima|fijn|sterkte) )tot morgen"
                      r"( hoor| he| dan| meneer| mevrouw| dag| doei)?$|\btot morgen (dag|doei|welterusten)\b")
APPRAISALS = frozenset("mooi fijn knap sterk goed top prachtig geweldig fantastisch dapper moedig heftig zwaar "
                       "rot naar erg lastig moeilijk vervelend verdrietig eng pittig tjonge jeetje jemig "
                       "ellende rotsituatie begrijpelijk logisch belangrijk slim verstandig handig bijzonder kunst".split())
# "waarom denk je dat X ..." asks for another's view (perspective) when it is about their opinion or referral.
PEOPLE = frozenset("dochter zoon man vrouw partner vriend vriendin moeder vader zus broer huisarts dokter baas "
                   "buurman buurvrouw begeleider verwijzer ouders familie kinderen collega collegas oma opa "
                   "ma pa mama papa mam pap schoonzoon schoondochter ex".split())
PERSPECTIVE_AFTER_WHY = frozenset("vindt vind vond wil wilde nodig zorgen zorg idee verwezen doorverwezen gestuurd "
                                  "bellen belde hier vroeg vraagt denkt denk dacht opperde geopperd zegt zeg zei "
                                  "gegeven gaf nummer".split())
_CAUSE_PATTERNS = [re.compile(p) for p in (
    r"^waarom\b",
    r"^hoe (komt|kom) het\b", r"^hoe kwam het\b",
    r"^hoe is (het|dat|dit) (zo |zover |zo ver |eigenlijk )?(ge)?komen\b", r"^hoe is het zo ver\b",
    r"^hoe is (het|dat) zo gekomen\b", r"^hoe is zo ?ver (ge)?komen\b",
    r"^waardoor\b", r"^waar (komt|kom) (het|dat|dit) door\b",
    r"^hoe ?lang (speelt|heb|ben|is|duurt|loopt)\b", r"^hoe ?lang (\w+ ){1,4}(al|geleden)\b", r"^sinds wanneer\b",
    r"^wanneer (is|zijn) (het|dat|die|de) .{0,30}\b(begonnen|ontstaan)\b",
    r"^wanneer begon\b",
    r"^hoe was (het|hij|ze|zij|je) (vroeger|eigenlijk in het begin|in het begin|toen je)\b",
    r"^hoe was (het )?(eigenlijk )?in het begin\b",
    r"^hoe (is|zijn) (die|de|je) \w+ (ontstaan|gekomen)\b",
    r"^wat (is|ging) er\b.{0,30}\b(mis|fout|misgegaan|fout gegaan)\b",
    r"^hoe (ging|was) .{0,25}\bvroeger\b", r"^hoe kom je (daarbij|daar bij|erbij|er bij|daarop|erop)\b",
    r"^wat heb je (daar|toen) (dan )?mee gedaan\b",
    r"^heb (het|dat) (met|te maken)\b",
    r"^hoe ben je (zo|daar|in de) \w*\s?(terechtgekomen|beland|in terechtgekomen)\b",
    r"^hoe (kan|kun) (het|dat) (nou |eigenlijk |toch |dan )*dat\b",
    r"^hoe (kon|kan|kun) (het|dat|dit) (nou |eigenlijk |toch |dan |zo )*(gebeuren|gebeurd|misgaan|mis gaan|fout gaan)\b",
    r"^hoe (komt|kom|kwam) (dat|dit)( nou| eigenlijk| toch| dan| volgens je| precies)*( dat\b|$)",
    # "hoe komt dat zo" asks for a cause ("hoe komt dat nou zo": read again without its particles, see _is_cause);
    # "hoe kwam dat zo?" after a good day asks what made it (an exception)
    r"^hoe (komt|kom) (dat|dit) zo( dat\b|$)",
    r"^hoe (is|zijn) .{0,30}\bontstaan\b",
    r"^waar is het (\w+ ){0,3}(begonnen|misgegaan|mis gegaan|fout gegaan|misgelopen|mis gelopen)\b",
    r"^wat (is|was) (\w+ ){0,3}de oorzaak\b", r"^wat was de aanleiding (van|voor|dat|tot)\b",
    r"^waar (komt|kwam|kom) (die|dat|het|deze|dit|zijn|haar|je) (\w+ ){0,2}vandaan\b",
    r"^hoe is (het|dat|dit) (allemaal |eigenlijk )*begonnen\b",
    r"^hoe begon (het|dat|dit)\b", r"^wat (heeft|heb) er (\w+ ){0,2}(voor )?gezorgd dat\b",
    r"^wat is er (\w+ ){0,3}(jeugd|verleden)\b",
    r"^hoe (heeft|heb) (het|dat|dit) (\w+ ){0,2}zo ?ver (kunnen |moeten )?(komen|gekomen)\b",
    r"^(wiens|wier) (schuld|fout)\b", r"^wie (heeft|had|is) (er )?(\w+ )?(de )?schuld\b",
    r"^hoe (ben|bent|is|zijn) (je|hij|ze|zij|jullie) (\w+ ){0,2}(in de schulden|in de problemen|zo diep|zo ver|"
    r"in deze situatie|in die situatie|in dit gedoe) (\w+ ){0,3}?(gekomen|geraakt|beland|terechtgekomen|terecht gekomen)\b",
)]
_SCALE_MARK = r"(nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)"
# "hoe kwam het dat het toen wel lukte": what made it work is an exception question, not digging; nor is the mark on
# a scale the caller already gave ("hoe komt het dat het al een twee is en geen nul": the seed's scaling question
# after the mark asks for what helps, not for a cause)
_EXCEPTION_NOT_CAUSE = re.compile(r"(?<!niet )\b(wel|beter|goed)\b( \w+){0,3} (lukte|lukt|gelukt|ging|gaat|ging het|liep)\b|"
                                  r"\btoen wel\b|"
                                  # "hoe kwam het dat het je toen lukte": how a success came about, the exception
                                  # question, as long as the line says no failure (after locked87's run)
                                  r"^(?!.*\b(niet|nooit|geen|mis|fout)\b).*\b(lukte|lukten|gelukt)\b|"
                                  r"\b(op )?een " + _SCALE_MARK + r" (is|zit|zat|staat|stond|bent|ben|geeft|gaf)\b|"
                                  r"\ben (geen|niet op een|niet op) " + _SCALE_MARK + r"\b|"
                                  # "een vier, waarom geen twee": the seed's follow-up on a mark (after locked44's run)
                                  r"\bwaarom (geen|niet) (een )?" + _SCALE_MARK + r"$")
_CAUSE_ANYWHERE = [re.compile(p) for p in (
    r"\bhoe (komt|kom) het dat\b", r"\bhoe is het zo (ver )?gekomen\b", r"\bwat was de oorzaak\b",
    r"\bwaar (komt|kom) dat door\b", r"\bhoe lang speelt (dit|dat|het) al\b", r"\bwat heb je daar (dan )?mee gedaan\b",
    r"\bwaarom heb je (dan )?(niet|niks|nooit|geen)\b", r"\bwaarom ben je (dan )?(niet|nooit)\b",
)]


_LINES = r"(nachtlijn|crisislijn|nachtdienst|hulplijn|luisterlijn|nacht lijn|crisisdienst|crisisnummer|crisis lijn)"
# Words a worker opens the call with, before the line's or their own name ("goedenavond, met Els van de nachtlijn").
_GREETING = r"(?:hoi|hallo|hey|he|hee|moi|moin|goeiendag|goedendag|goedenavond|goedenacht|goedemorgen|goedemiddag|goeienavond|goeienacht|" \
            r"goeiemorgen|goeie|goede|goeden|avond|nacht|morgen|dag|ja|oke|eh|mevrouw|meneer|je spreek|je spreekt)"
_OPENING = re.compile(r"^(" + _GREETING + r" ){0,3}(met (\w+ ){0,3}?(de |van de |bij de )?)?" + _LINES + r"\b|"
                      r"^(" + _GREETING + r" ){0,3}(je )?(spreek|spreekt) (je )?met\b|\bspreek je met\b|"
                      r"\bmijn naam is\b.*\b(help|doen)")
# An appraisal said *about* what the caller told or did: acknowledgement, a compliment.
_ACKNOWLEDGE = GatedPattern(  # sixty phrase branches: see gated.py
    r"^(ja |nee |nou |hm |oke |ach |o |oh )*(dat|dit) (is|was|klinkt|lijkt) (ook |echt |heel |nogal |best |wel |"
    r"toch |natuurlijk |zo |erg |behoorlijk |ontzettend |ook echt |ook heel |nog maar )*\w+|"
    r"\b(dank je|bedankt|fijn dat|(?<!het )goed dat|knap dat|sterk dat|mooi dat|wat goed|wat knap|wat sterk|wat fijn|"
    r"wat mooi|wat naar|wat rot|wat erg|wat vervelend|wat verdrietig|wat heftig|ik ben blij|vind ik knap|"
    r"vind ik sterk|vind ik echt sterk|vind ik mooi|dat snap ik|dat begrijp ik|dat hoor ik|ik snap|ik begrijp|"
    r"ik (kan|kun) me voorstellen|petje af|tjonge|jeetje|tjongejonge|sjonge|gecondoleerd|dat waardeer ik|"
    r"dat zou iedereen|wat een (klap|schrik|toestand|verdriet|nacht))\b|"
    # empathy said as a statement: "dat moet eenzaam zijn", "het klinkt alsof je ...", "dat doet pijn"
    r"\b(dat|het) moet (\w+ ){0,2}(zijn|voelen|geweest zijn|zijn geweest)\b|\b(het|dat) klinkt (als|alsof)\b|"
    r"\b(dat|het) doe(t)? (zo |echt |heel )?(pijn|zeer)\b|\bzeg(t)? (wel |echt )?(iets|veel) over je\b|"
    r"\bje heb het (ook |echt |heel |al )*(niet makkelijk|niet gemakkelijk|zwaar|moeilijk)\b|\b(dat|dit) (is|zijn) een hoop\b|"
    r"\bje heb (het|dat) (heel |echt |ontzettend |ook |toch )*(goed|knap|sterk|mooi|prima) (gedaan|aangepakt)\b|"
    r"\bje heb (vannacht|vanavond|vandaag|nu) (iets |al )?(heel |echt )?(goed|knap|sterk|moeilijks|veel)\b|"
    r"\bje heb er (\w+ ){0,2}(veel|alles|zoveel) (voor over|aan gedaan)\b|\bje doe (echt )?je best\b|"
    # compliments on what the caller does: "je pakt het heel goed aan", "dat is echt moedig", "slim van je"
    r"\b(heel|erg|echt|al|ontzettend|zo) goed (aan|gedaan|vooruit|geregeld|bezig|voor|gezien|opgelost)\b|"
    r"\bmoedig\w*\b|\bdapper\w*\b|\bslim (van|dat)\b|\bknap (van|dat|hoor)\b|"
    # what the caller put in order, appraised ("u heeft vannacht al veel op een rij gezet", "je hebt het goed op
    # een rij"), not the worker's own "alles op een rijtje: ..." that announces a summary
    r"^(ja |nou |hm |oke |en )*je heb (\w+ ){0,4}op een rij(tje)?( gezet)?( (hoor|man|jongen|meneer|mevrouw|\w+))?$|"
    r"^(ja |nou |hm |oke |en )*je heb (\w+ ){0,4}op een rij(tje)? gezet( (hoor|man|meneer|mevrouw))? (en|dat)\b|"
    r"\b(goed|netjes|helder|keurig|mooi) op een rij(tje)?\b|"
    # understanding said with the verb first: "dat kan ik me voorstellen", "snap ik wel", "snap ik dat je boos bent"
    r"\b(kan|kun) ik me (\w+ ){0,2}voorstellen\b|^(ja |nou |hm |oke )*(snap|begrijp) ik( (wel|best|heel goed|helemaal))?$|"
    r"\b(snap|begrijp) ik (wel|best|heel goed|helemaal)\b|\b(snap|begrijp) ik (\w+ ){0,2}(wel|best)$|\b(snap|begrijp) ik dat (je|jij)\b|"
    # the caller as a person, complimented: "je bent echt een sterke moeder", "hij mag trots op je zijn"
    r"\bje ben (\w+ ){0,2}een (\w+ )?(sterke|knappe|dappere|moedige|zorgzame|goede|lieve|fijne|toffe) "
    r"(moeder|vader|mama|papa|zus|broer|vriend|vriendin|dochter|zoon|oma|opa|buurvrouw|buurman|vrouw|man|meid|jongen|kerel|mens)\b|"
    r"\bje ben (echt |zo |heel |best |toch |ook |wel )*(sterk|sterker|knap|dapper|moedig|zorgzaam)( dan (je|jij) (\w+ )?denk\w*)?( hoor| zeg)?$|"
    r"\bik vind het (heel |echt |wel |erg |ontzettend |zo )*(goed|fijn|knap|sterk|moedig|dapper|mooi) dat (je|jij)\b|"
    r"\btrots op (je|jezelf)\b|\b(dat|het) (laat|toont) zien dat\b|\bzeg(t)? (ook |wel |echt )?wat over je\b|"
    r"\b(leuk|goed|fijn) dat je (belt|gebeld|hebt gebeld|heb gebeld|er ben)\b|\bwat een opluchting\b|"
    r"\b(dat|het) is (echt |wel |ook )?afzien\b|^(\w+ )?balen\b|\b(slim|goed|handig) bedacht\b|"
    r"\bklinkt als een (\w+ )?plan\b|\bvind ik (\w+ ){0,2}(verstandig|knap|sterk|mooi|dapper|moedig|slim)\b|"
    # more compliments: "je hebt niet stil gezeten", "iets goeds gedaan", "op een heel goede manier", "meer dan je denkt"
    r"\bniet stil ?gezeten\b|\biets (heel |echt )?(goeds|moois|dappers|sterks|knaps) (gedaan|bereikt|gezegd|neergezet)\b|"
    r"\bop een (heel |hele |erg )?(goede|mooie|knappe|sterke|dappere|wijze) manier\b|"
    r"\bmeer (gedaan|bereikt|gedragen|aangekund|geregeld) dan je (zelf )?denk|"
    r"\bje (weet|kun|ben|doe|heb|ken) (zelf |echt |heus |al |nu )?(veel |al |echt )?(meer|sterker) dan je (zelf )?denk|\b(met|veel) waardigheid\b|"
    r"\b(een hoop|heel veel|zoveel) (gedragen|meegemaakt|doorstaan|op je bord|voor je kiezen)\b|"
    r"\bje heb (het|dat) (juist|toch|wel) (heel |echt )?goed gedaan\b|\bik merk dat je\b|"
    r"\bwat een (bericht|nieuws|dag|week|avond|verhaal|situatie|gedoe)\b|"
    # what it took or what it does to the caller: "dat vraagt moed", "dat komt hard binnen", "mooi gezegd"
    r"\b(vraag|vraagt|kost|vergt|vergen|vraagde) (\w+ )?(moed|lef|kracht)\b|"
    r"\bdaar (is|hoort|heb) (\w+ ){0,2}(moed|lef|kracht) (voor nodig|bij|voor)\b|"
    r"\b(dat|het|die|dit) (kom|komt|kwam) (\w+ ){0,2}binnen\b|\bhard binnen\b|"
    r"\b(mooi|goed|eerlijk|helder) (gezegd|verwoord)$|^(\w+ )?(mooi|goed) (gezegd|verwoord)\b|"
    r"\bhet (goeie|goede|juiste) gedaan\b|\bde (eerste|goede|juiste) stap (al )?(gezet|genomen)\b|"
    r"\bje regel(t)? (\w+ )?(best|heel|echt|al|zo|toch) (veel|wat|goed)\b|"
    r"\bik hoor (dat|hoe) je (het |je |zich )?(\w+ ){0,2}(vind|voel|voelt|baal|balen|boos|verdrietig|bang|moe|geraakt)\b|"
    r"\b(heel )?veel (opgevangen|gedragen|doorstaan|doorgemaakt|op je schouders|op je bord)\b|"
    r"\bvan het kastje naar de muur\b|\b(dat|het) (is|was) (\w+ )?schrikken\b|"
    r"\bniet niks\b|\bkomt (\w+ )?hard aan\b|\b(dat|het) geeft niks\b|\bdat zie ik\b|\bniet alleen voor\b|"
    r"\b(dat|dit) (is|was|zijn|klinkt|lijkt) (ook |echt |heel |nog |maar |zo |wel |best )*(" + "|".join(
        sorted(APPRAISALS | {"kort", "normaal", "menselijk", "begrijpelijk", "veel"})) + r")\b")
# the worker's own verdict on a danger ("een kind van drie alleen met hem, dat is niet veilig"): the safety
# assessment said aloud, not an appraisal of what the caller did
_UNSAFE_VERDICT = re.compile(r"\b(is|zijn|ben|was) (\w+ ){0,3}(niet (meer )?veilig|onveilig|te gevaarlijk|levensgevaarlijk|"
                             r"gevaarlijk|in gevaar)\b|\bik vind (dit|dat|het) (\w+ )?(niet veilig|onveilig|gevaarlijk)\b|"
                             # the worker's own concern for someone's safety said aloud ("ik maak me echt zorgen om je",
                             # "dit kan gevaarlijk worden"): the supervisors label it safety, never an echo
                             r"\b(ik maak me|maak ik me) (?:(?!geen\b|niet\b|minder\b)\w+ ){0,3}zorgen (om|over)\b|"
                             r"\b(dit|dat|het) kan (\w+ )?(gevaarlijk|levensgevaarlijk) (worden|zijn|aflopen)\b")
_FILLERS = re.compile(r"(?:^| )(?:hm|eh|uh|ehm|uhm)(?= |$)")
# praise of the caller, which a goodbye does not make small talk: "u heeft het heel goed gedaan vannacht,
# welterusten", "je bent een sterke moeder, probeer wat te slapen" (thanks at a goodbye stay a goodbye)
_COMPLIMENT = re.compile(
    r"\bje ben (echt |toch |wel )?een (heel |echt |ontzettend )?(sterke|dappere|betrokken|goede|goeie|lieve|zorgzame|"
    r"knappe|kanjer|topper|held)\b|"
    r"\bje heb (het |dat |dit )?(\w+ ){0,3}(goed|knap|sterk|dapper|mooi|prima|fantastisch|geweldig) "
    r"(gedaan|geregeld|aangepakt|gezorgd|volgehouden|opgelost)\b|"
    r"\bje heb (\w+ ){0,3}(goed|mooi) (voor (\w+ ){1,3})?gezorgd\b|\bje heb toch (maar )?mooi\b|"
    r"\bvind ik (een )?(heel |echt )?(mooi|knap|sterk|goed|dapper)( plan| idee)?\b|\bjij (kan|kunt) dat\b|"
    # (after locked61's run) what the caller does or did well, praised at the goodbye: "je zorgt heel goed voor die
    # twee", "je hebt al veel meer gedaan dan je zelf denkt", "goed dat je bent gebleven vannacht", "u heeft het samen
    # al heel goed op een rij", "je klinkt al een stuk rustiger" (thanks for calling stay a goodbye: the supervisors differ)
    r"\bje zorg(t)? (\w+ ){0,2}goed voor\b|\bje heb (\w+ ){0,3}meer gedaan dan\b|"
    r"\b(goed|knap|sterk|dapper|mooi) dat je (\w+ ){0,3}(gebleven|opgebleven|gewacht|gestopt|weggegaan|gegaan|gevraagd)\b|"
    r"\b(goed|mooi) op (een )?rij\b|\bje klinkt? (\w+ ){0,3}(rustiger|sterker|opgeluchter|helderder)\b|"
    r"\bje heb het (\w+ ){0,2}toch (maar )?gedaan\b")
# the worker stays there while the caller acts ("ik blijf aan de lijn", "ik hoor de bel"); "hoor ik de bel?" is
# the caller's door, not a question to the caller; staying "tot je bij je zus bent" (until the caller is somewhere
# safe) is about safety, staying until someone comes ("tot je zus er is", "tot de agenten boven zijn"), while the
# caller goes or as long as they like is being there (the writers label those none, twenty-first session)
_PRESENCE = re.compile(r"\bik blijf (\w+ ){0,3}(aan de lijn|aan de telefoon|hier)\b|\bik hoor de (deur)?bel\b")
# the caller put on hold ("ik zet je heel even in de wacht, ik bel je broer"): what the worker does next happens off the
# line; the supervisors label the announcement none (after locked44's run)
_HOLD = re.compile(r"^(\w+ ){0,8}(ik )?zet (ik )?(je|u|jou|jullie) (\w+ ){0,2}in de wacht\b")
_BELL = re.compile(r"^(\w+ ){0,3}hoor ik (nou |nu |daar |even )?(de |een )?(deur)?bel\b")
_STAY_LEAD = frozenset("oke goed ja nou hoor prima".split())  # words before "ik blijf" that leave it said first
_UNTIL = re.compile(r"\b(tot|totdat) (je|u|jij|jullie) (\w+ )?(bij|in|op|thuis|veilig|binnen)\b")
# the caller told to ring the emergency number if the danger comes back, or now ("als hij weer voor de deur
# staat, bel je meteen een een twee", "ik wil dat je nu 112 belt"): safety, not an agreement on a next step
_EMERGENCY_CALL = re.compile(
    r"\bals\b.{0,80}\b(bel|belt) (je|jij) (\w+ ){0,2}(een een twee|honderd ?twaalf)\b|"
    r"\bik wil dat (je|jij) (\w+ ){0,3}(een een twee|honderd ?twaalf) (belt|bel)\b")
# The worker brings in the emergency services now ("hier moet nu een ambulance naartoe", "ik bel nu de politie"): the
# worker's own judgement that the danger is acute (the seed: in acute danger bring in those with the mandate), never
# a plan for if it comes back (that is _EMERGENCY_CALL) nor a question
_EMERGENCY_NOW = re.compile(
    r"\b(moet|moeten|komt|komen|stuur|stuurt|sturen|bel|belt|bellen|bellen we)\b( \w+){0,4} "
    r"(ambulance|politie|een een twee|honderd ?twaalf|brandweer|traumaheli|mobiel crisisteam)\b|"
    r"\b(ambulance|politie|een een twee|honderd ?twaalf|brandweer)( \w+){0,3} (naartoe|erheen|er heen|komen|sturen|bellen)\b")
_NOW = re.compile(r"\b(nu|meteen|direct|onmiddellijk|zo snel mogelijk|nu meteen)\b")
_IF = re.compile(r"^(\w+ ){0,2}(als|wanneer|mocht|zodra|stel)\b|\bals (hij|zij|ze|het) (weer|terug)")  # a plan for later
# A step put to the caller as a question for now or tomorrow ("hoe zou het voor u zijn om haar nu te appen", "hoe zou
# het zijn als je hem morgen belt"): a next step offered, not a question about coping or another's view (the
# supervisors' labels: next_step, or safety in a crisis; "... als u donderdag gaat luisteren" without such a time
# word stays what its words say)
_PROPOSAL = re.compile(r"\bhoe zou (het|dat) (voor (je|jou|jullie) )?zijn (als|om)\b.*\b(nu|morgen|morgenochtend|vannacht|"
                       r"straks|vanavond|meteen)\b")
# "afgesproken" and no more: the worker confirms what the caller proposed, a backchannel at the goodbye
_BARE_AGREEMENT = re.compile(r"^((ja|oke|goed|nou|hm|dan) )*afgesproken( (ja|goed|hoor|dan|he))*$")
# Agreeing what happens next ("dan bel je meteen ... afgesproken", "dat spreken we af").
_AGREEMENT = re.compile(r"\bafgesproken\b|\bspreken we af\b|\bzoals afgesproken\b|\bdan bel je\b|"
                        r"\bbel je (meteen|direct|gewoon|dan)\b|\bdan ga je\b|\bje gaat (haar|hem|ze|nu)\b|"
                        r"\bik bel je morgen\b|\bik bel (je|u) (morgen )?terug\b|\bmorgen (kun|ga|bel) je\b")


# Talk about the telephone line itself: hearing, volume, the connection (no intervention).
_LINE_TALK = GatedPattern(r"\b(versta|verstaan|verstond)\b|\bvalt (\w+ ){0,2}weg\b|\b(harder|zachter|luider) "
                        r"(praten|spreken)\b|\b(praat|spreek) (\w+ )?(zacht|zachtjes)\b|\bfluister\w*\b|"
                        r"\bverbinding\b|\b(ik hoor je|hoor ik je)(?! (vertel|zeg) (het )?maar$)( \w+){0,2}$|^(\w+ )?(hallo|hallo hallo)$|"
                        # asking to hear it again or to spell it: about the line, not the caller's story
                        r"\b(kun|kan|wil) je (dat|het) (nog )?(een keer|eens|even|nog eens) (zeggen|herhalen)\b|"
                        r"^(\w+ )?wat zei je( nou| net)?$|\bmet een \w+ of (met )?een \w+$|\bhoe spel je\b|"
                        # the worker about being there, or about their own pace: no intervention
                        r"\bik ben er (weer|nog|hoor|gewoon|nog steeds)\b|^(\w+ )?(hoor )?ik ben er$|"
                        r"\bik (ga|ging|loop|liep) (\w+ )?te (snel|hard|vlug)\b|"
                        # how the worker addresses the caller, je or u (u is folded to je): about the talk itself
                        r"\bmet (je|jij) (aangesproken|aanspreken|aan te spreken)\b|\b(tutoyeren|vousvoyeren)\b|"
                        r"\bmag (ik|je) (je|jij) zeggen( tegen (je|jou))?( (hoor|of|vertel|ga|natuurlijk)\b.*)?$|"
                        # "sorry, u heeft liever dat ik u zeg", "zeg maar gewoon je" (after locked44's run)
                        r"\bliever (dat ik )?(je|jij|jou) (zeg|zeggen|noem)\b|\b(dan )?zeg ik (je|jij)( (hoor|tegen (je|jou)))*$|"
                        r"\bik zeg (je|jij)( (natuurlijk|hoor|voortaan|vanaf nu|dan))*$|"
                        r"\bzeg (maar |gewoon |maar gewoon )(je|jij)( (hoor|tegen mij|tegen me|dat is goed))*( \w+)?$")

# Another's view asked for ("wat zou je moeder dan zeggen", "wat denk je dat hij dan zou zeggen"): perspective; what
# happens if ("wat denk je dat er gebeurt als ..."): consequences. The writers label them so (144 and 37 times) even in
# a crisis, where the technique model leans on safety for words like "vannacht" (twenty-first session, locked41)
_OTHER = r"(ze|hij|zij|(je|uw|jullie|de|die|haar|zijn) (?!ervan\b|daarvan\b|dan\b|dat\b|er\b|het\b|zelf\b)\w+)"
_OTHER_VIEW = re.compile(r"\bwat (zou|zouden) " + _OTHER + r"( dan| daar| daarvan| ervan| eigenlijk)* (zeggen|vinden|denken)\b|"
                         r"\bwat denk je dat " + _OTHER + r"( \w+){0,2} (zou|zouden) (zeggen|vinden|denken)\b|"
                         # an opinion asked in the present ("wat vindt uw vrouw van de situatie", "en wat denkt je
                         # broer daarvan"; what someone said is information: "wat zegt de huisarts ervan"; thirty-third
                         # session, after locked65's run)
                         r"\bwat (vind|vindt|vinden|denk|denkt|denken) (?!je van\b)" + _OTHER + r"( \w+)? (ervan|daarvan|"
                         r"van (de|die|deze|dit|dat|het|zijn|haar) \w+)\b")
_SCALE_WORDS = re.compile(r"\b(schaal|cijfer|nul tot tien|van nul|tot tien)\b")  # "wat zou je vrouw zeggen, waar zit je
# op die schaal?" asks for a mark: scaling
_WHAT_IF = re.compile(r"\bwat denk je dat er (dan )?(gebeurt|zal gebeuren|gaat gebeuren) als\b|"
                      r"\bwat betekent (het|dat) voor\b")  # "wat betekent het voor haar als ze in een koud huis komt"
# How long someone has been in the danger, or how long until it comes ("hoe lang is hij al weg", "hoe lang ligt ze er
# al", "hoe lang duurt het voordat de volgende trein komt"): a safety question about now, no digging into history
# ("hoe lang speelt dit al" is; after locked44's run, own wording)
_DANGER_TIME = re.compile(r"\bhoe lang (is|zijn|ligt|liggen|zit|zitten|sta|staat|staan|loopt|lopen|ben|bent) "
                          r"(hij|ze|zij|u|je|jij|jullie|die|mama|papa|oma|opa|je \w+|uw \w+) "
                          r"(nu |daar |er |al |dan |eigenlijk |zo ){0,3}(weg|kwijt|vermist|zoek|buiten|onderweg|daar|er|"
                          r"op de grond|op de vloer|in het water|op de brug|op het dak|bij het spoor)\b|"
                          r"\bhoe lang duurt het (nog )?(voordat|voor|tot|totdat)\b")
_SCALE = re.compile(r"\b(tien|nul|een)\b.{0,80}\b(nul|tien)\b.{0,60}\b(waar|welk|hoe)\b|\bschaal\b|\bcijfer\b|"
                    r"\bwat (zou|is|maakt) (een|het) (een )?(twee|drie|vier|vijf|zes|zeven|acht|negen)\b|"
                    r"\b(stapje|punt) hoger\b|\bwaarom (geen|niet) (een )?(nul|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)$")
# The worker saying what they (or "we") will do: a next step, or a takeover that needs mandate.
_ACTION = re.compile(r"\b(bel|bellen|belt|regel|regelen|doorgeven|geef .{0,20}door|inschakelen|schakel|overdragen|"
                     r"draag|contact opnemen|neem .{0,25}over|overnemen|blijf (aan de lijn|hier)|stuur|sturen|"
                     r"meld|melden|zoek .{0,15}uit|uitzoeken|verplicht|voorleggen|afspreken)\b")
_MANDATE = re.compile(r"\b(namens|voor je (bel|regel)|van je over|overnemen|neem .{0,25}over|mag ik|vind je (het|dat) goed|"
                      r"is dat goed|verplicht|toestemming|tijdelijk)\b")
# The takeover said to be limited: only this one step, the rest stays the caller's ("dat is alleen dat ene telefoontje,
# daarna doen jullie het weer zelf", "het blijft uw zaak, wij zetten alleen die eerste stap"): the seed's temporary
# takeover with mandate, not an appraisal (115 of 116 such lines over the call folders are labelled mandate)
_TAKEOVER_LIMIT = re.compile(
    r"(\balleen (dat|die|het|dit|deze) (ene|eerste)\b|\balleen (voor vannacht|voor deze keer|voor nu|tot)\b|"
    r"\b(doe|doen|zet|zetten|leg|leggen|geef|geven|bel|bellen|regel|regelen) (ik |we |wij )?(\w+ ){0,2}alleen\b|"
    r"\balleen (\w+ ){0,2}(doe|doen|zet|zetten|leg|leggen|geef|geven|bel|bellen|regel|regelen)\b).*\b(zelf|zaak)\b|"
    r"\b(uw|je|jouw|jullie) zaak\b.*\balleen\b")
# What the worker (or a colleague) will do, with the caller's permission asked at the end: "ik zeg tegen mama dat ze
# eerst naar jou komt, is dat goed", "ik ga een ambulance sturen, is dat goed"
_PERMISSION_TAG = re.compile(r"\b(is dat goed|is dat oke|vind je dat goed|vindt u dat goed|vind jij dat goed|"
                             r"mag dat( van (je|jou|u))?)( hoor| he)?$")
_WORKER_DOES = re.compile(r"\b(ik|we|wij|mijn collega) (ga |gaan |wil |zal |kan )?(\w+ ){0,4}(bel|bellen|belt|stuur|sturen|"
                          r"zeg|zeggen|geef|geven|doe|doen|regel|regelen|meld|melden|schakel|inschakelen|laat|laten)\b")


@dataclass(frozen=True, slots=True)
class Form:
    question: bool  # phrased as a question
    subject: str | None  # you | me | we | other | None (no finite clause found)
    fragment: bool  # a few words, no verb of its own: an echo of the caller's words
    goodbye: bool
    appraisal: bool  # a word that appraises ("mooi", "knap", "heftig")
    cause: bool  # digs into causes and history
    echo_marker: bool  # "dus", "je zegt", "als ik het goed begrijp"
    imperative: bool  # "vertel maar", "neem je tijd", "probeer wat te slapen"
    words: int
    opening: bool = False  # "goedenacht met de nachtlijn, je spreekt met ..."
    acknowledges: bool = False  # an appraisal of what the caller said or did
    agreement: bool = False  # agreeing a next step
    content_words: int = 0  # words after the leading fillers
    worker_action: str | None = None  # "mandate" | "next_step": the worker says what they (we) will do
    scale: bool = False  # speaks of a scale: "als tien ... en nul ...", "welk cijfer", "een vijf"
    line_talk: bool = False  # about the telephone line: "ik versta je niet", "je valt weg"
    unsafe_verdict: bool = False  # the worker judges the situation unsafe: "dat is niet veilig", "te gevaarlijk"
    why_perspective: bool = False  # "waarom denk je dat de huisarts vindt dat je ...": another's view
    other_view: bool = False  # "wat zou je moeder dan zeggen": another's view asked for (perspective)
    what_if: bool = False  # "wat denk je dat er gebeurt als ...", "wat betekent het voor haar": consequences
    danger_time: bool = False  # "hoe lang is hij al weg": how long the danger has lasted or until it comes (safety)
    presence: bool = False  # the worker stays there while the caller acts: "ik blijf aan de lijn", "ik hoor de bel"
    compliment: bool = False  # praise of the caller: "je hebt het heel goed gedaan", "u bent een sterke vrouw"
    takeover: bool = False  # the worker takes a step over with the caller's leave: limited ("alleen dat ene telefoontje,
    # daarna weer zelf") or asked at the end ("ik bel je moeder, is dat goed")
    emergency_call: bool = False  # the caller told to ring 112 if the danger comes back, or now
    emergency_now: bool = False  # the worker brings in the emergency services now: the danger is acute
    proposal: bool = False  # a step for now or tomorrow put as "hoe zou het zijn als/om ...": a next step offered

    def describe(self) -> str:
        parts = ["vraag" if self.question else "mededeling"]
        if self.subject:
            parts.append(f"onderwerp {self.subject}")
        for flag, name in ((self.fragment, "fragment"), (self.goodbye, "afscheid"), (self.appraisal, "waardering"),
                           (self.line_talk, "over de verbinding"), (self.presence, "erbij blijven"),
                           (self.cause, "oorzaak"), (self.echo_marker, "samenvatting"), (self.imperative, "verzoek"),
                           (self.emergency_now, "hulpdiensten nu"), (self.proposal, "stap voorgesteld")):
            if flag:
                parts.append(name)
        return ", ".join(parts)


_VERBISH = re.compile(r"(t|en|de|te|d)$")
_IMPERATIVES = frozenset("vertel zeg neem probeer ga kijk luister wacht bel doe adem hou blijf pak "
                         "schrijf sla leg geef let".split())


def strip_lead(words: list[str]) -> list[str]:
    """The sentence without its leading fillers ("hm ja nou en ...")."""
    i = 0
    while i < len(words) - 1 and words[i] in LEAD_FILLERS:
        i += 1
    return words[i:]


_CHECKING_TAGS = ("klopt dat", "klopt het", "toch")  # an echo that asks to be confirmed stays a question
# A summary's lead: what follows is the caller's story, in whatever word order ("..., heeft hij je geslagen").
ECHO_LEAD = re.compile(r"^(\w+ ){0,2}(als ik (het|je) (goed|nou goed|even goed) (heb|begrijp|hoor|snap|samenvat|zie)|"
                        r"als ik het (even )?samenvat|even samenvatten|samengevat)\b")


# Where a worker announces a question ("mag ik je iets vragen", "ik vraag het je gewoon"): a new clause starts.
_ANNOUNCED = r"(?:mag ik je (?:iets|wat|een vraag) vragen|ik (?:wil|ga) je (?:iets|wat|een vraag) vragen|" \
             r"ik vraag (?:het )?je (?:gewoon|maar|eerlijk|even|ook)|ik vraag het (?:gewoon|maar|iedereen))"
# A tag that turns a general remark into a question to the caller: "..., is dat bij je ook zo", "herken je dat".
# ("klopt dat" is not one: "je hebt pillen opgespaard, klopt dat" checks what the caller said, an echo.)
_QUESTION_TAG = re.compile(r"\b(is dat (bij je|voor je|zo|ook|bij jou)( \w+){0,2}|"
                           r"herken je dat( \w+){0,2}|speelt dat (bij je|ook)( \w+){0,2})$")


# The announcement alone, as a recognizer may leave it ("mag ik je als mensen ...", "ag ik je ies vragen"):
# what follows is the worker's question, whatever noise did to its word order or its tag.
_ANNOUNCES_QUESTION = GatedPattern(r"^(?:\w+ )?mag ik je\b|\bik (?:wil |ga )?je \w+ (?:\w+ )?vragen\b|"
                                 r"\bik vraag het (?:je|gewoon|maar|iedereen|even|toch|voor de zekerheid|standaard)\b|"
                                 r"\bis er (?:\w+ )?sprake van\b|"
                                 # asked of everyone, by routine: "ik vraag dit aan meer mensen", "wat ik vaker vraag"
                                 r"\bmag ik (?:je )?(?:iets|wat|een vraag|even)(?: \w+){0,2} (?:vragen|vraag)\b|"
                                 r"\bik (?:moet|wil|ga) je (?:dit|dat|iets|wat)(?: \w+)? (?:vragen|vraag)\b|"
                                 r"\b(?:ik )?vraag ?(?:het|dit|dat) (?:weleens |wel eens |vaker |altijd |ook )?(?:aan |ook )?(?:iedereen|iedeereen|meer|vaker|altijd|standaard|alle|elke|mensen die)\b|"
                                 r"\b(?:ik vraag|vraag ik) (?:dat |dit |het )?(?:altijd|iedereen|standaard|vaker|aan iedereen|aan meer)\b|"
                                 r"\bwat ik (?:aan )?(?:iedereen|meer mensen|vaker|altijd|alle)\b|"
                                 # "heb je weleens gedachten ...": a check, however the verb was heard
                                 # (not in an echo: "je zegt dat je weleens gedachten hebt")
                                 r"^(?!.*\b(?:zeg|zei|zegt|vertel|vertelde|verteld)\b).*"
                                 r"\b(?:weleens|wel eens|ooit) (?:(?:\w+ )?(?:gedachten|gedachte|gedacht)\b|aan (?:om|dat)\b)")


def clauses(norm: str) -> list[list[str]]:
    """Rough clause split at the points where a worker starts anew."""
    parts = re.split(r"\b(?:maar|hm|oke)\b|\b" + _ANNOUNCED + r"\b", norm)  # after "en toen", "en dan" Dutch inverts in statements too
    return [p.split() for p in parts if p.split()]


_U_VERBS = frozenset("heeft hebt bent kunt wilt denkt voelt weet ziet gaat doet vindt herkent merkt hoort zou mag moet "
                     "kan wil".split())


def _unmerge(words: list[str]) -> list[str]:
    """Split what a recognizer merged: "hebje" -> "heb je", "kunje" -> "kun je", "heeftu" -> "heb je"."""
    out: list[str] = []
    for w in words:
        if len(w) > 4 and w.endswith("je") and w[:-2] in INVERTED_VERBS:
            out.extend((w[:-2], "je"))
        elif len(w) >= 4 and w.endswith("u") and w[:-1] in _U_VERBS:
            out.extend(normalize(w[:-1] + " u").split())
        else:
            out.append(w)
    return out


def analyse(norm: str, raw: str = "") -> Form:
    words = _unmerge(norm.split())
    norm = " ".join(words)
    core = strip_lead(words)
    text = " ".join(core)
    asked = _POLITE_IMPERATIVE.sub(r"\1 maar", norm)
    goodbye = any(g in norm for g in GOODBYES) or (bool(_GOODBYE_END.search(norm)) and len(words) > 1) \
        or bool(_SEE_YOU.search(norm))
    heard = [strip_lead(c) for c in clauses(asked)]
    if goodbye:  # "slaap lekker en doe je moeder de groeten": the goodbye's own verbs ask nothing
        parts = [strip_lead(p.split()) for c in heard for p in re.split(r"\ben\b", " ".join(c))]
        heard = [c for c in parts if c and c[0] not in _GOODBYE_VERBS]
    question = raw.rstrip().endswith("?") or (not goodbye and _is_question(strip_lead(asked.split()))) \
        or any(_is_question(c) for c in heard) \
        or bool(_QUESTION_TAG.search(norm)) or bool(_ANNOUNCES_QUESTION.search(norm))
    if question and words and words[0] == "dus" and (not core or core[0] not in QUESTION_WORDS) \
            and not raw.rstrip().endswith("?") and not norm.endswith(_CHECKING_TAGS):
        question = False  # "dus je vriend heeft je geslagen": an echo, whatever the word order
    if question and ECHO_LEAD.match(norm) and not raw.rstrip().endswith("?") and not _QUESTION_TAG.search(norm) \
            and not norm.endswith(_CHECKING_TAGS):
        question = False  # "als ik het goed heb, heeft uw man je geslagen": the caller's story given back
    if question and re.search(r"\b(zeg je|zei je|hoor ik|begrijp ik)$", norm) and (not core or core[0] not in QUESTION_WORDS):
        question = False  # "de stroom is afgesloten zeg je": the caller's words, tagged
    appraisal = any(w in APPRAISALS for w in words)
    echo_marker = bool(re.search(r"^(hm |ja |nou |oke |wacht even )*dus\b|^(hm |ja |nou |oke )*(alles|even) op een rij|\bals ik het (\w+ ){0,2}op een rij(tje)? zet\b|(?<!\bals )\bje zeg\b|\bals ik (het|je) goed\b|\bsnap ik (het|je) goed\b|"
                                 r"\bzeg je\b|(?<!\bdat )\bhoor ik\b(?! (ben|blijf|luister|wacht|de (deur)?bel))|\bbegrijp ik\b|\bsamengevat\b", norm))
    imperative = bool(core) and core[0] in _IMPERATIVES and not question
    cause = _is_cause(core, norm) if question or (core and core[0] in QUESTION_WORDS) or core[:2] == ["sinds", "wanneer"] \
        else False
    if not cause and len(words) >= 3:
        repaired = _heard_cause_lead(words)  # "waaroom heeb je die brieven laten liggen", "hoe komthet dat"
        cause = repaired is not None and _is_cause(strip_lead(repaired), " ".join(repaired))
    why_perspective = _why_perspective(core)
    subject = _subject(core)
    fragment = len(core) <= 6 and not question and subject is None and not imperative
    opening = bool(_OPENING.search(norm))
    # the worker only stays there while the caller does something: "ik blijf aan de lijn", "ik hoor de bel, doe
    # maar open" (not staying "tot je bij je zus bent", nor beside a plan: "u belt zelf, ik blijf aan de lijn")
    stays = _PRESENCE.search(norm)
    presence = bool(_BELL.search(norm)) or (not question and bool(_HOLD.search(norm)))
    if stays and not question and not _UNTIL.search(norm):
        rest = (norm[:stays.start()] + " " + norm[stays.end():]).split()
        if stays.group().startswith("ik blijf") and all(w in _STAY_LEAD for w in norm[:stays.start()].split()):
            # said first, staying is what the line does ("ik blijf aan de lijn, zet me maar even in de wacht",
            # "ik blijf aan de telefoon terwijl je gaat"); the writers label it none unless the worker acts
            presence = len(rest) <= 10 and not _ACTION.search(" ".join(rest))
        else:
            # ... and nothing the caller is to do beside it: no plan ("je gaat haar nu appen"), no long instruction
            presence = len(rest) <= 7 and not _ACTION.search(" ".join(rest)) and not any(
                w in ("je", "jij") and i + 1 < len(rest)
                and (rest[i + 1] in INVERTED_VERBS or _finite_unlisted(rest[i + 1])) for i, w in enumerate(rest))
    worker_action = None
    if not question and not presence and subject in ("me", "we") and _ACTION.search(norm):
        worker_action = "mandate" if _MANDATE.search(norm) else "next_step"
    acknowledges = bool(_ACKNOWLEDGE.search(" ".join(_FILLERS.sub(" ", norm).split()))) or (
        bool(re.match(r"^(ja |nou |hm |oke )*het (is|klinkt|was) ", text + " ")) and appraisal)
    return Form(question=question, subject=subject, fragment=fragment, goodbye=goodbye and not opening,
                appraisal=appraisal, cause=cause, echo_marker=echo_marker, imperative=imperative, words=len(words),
                opening=opening, acknowledges=acknowledges,
                agreement=bool(_AGREEMENT.search(norm)) and not _BARE_AGREEMENT.match(norm),
                content_words=len(core), worker_action=worker_action, presence=presence,
                compliment=bool(_COMPLIMENT.search(norm)),
                takeover=bool(_TAKEOVER_LIMIT.search(norm)) or (
                    bool(_PERMISSION_TAG.search(norm)) and bool(_WORKER_DOES.search(norm))),
                emergency_call=not question and subject != "you" and bool(_EMERGENCY_CALL.search(norm)),
                emergency_now=not question and bool(_EMERGENCY_NOW.search(norm)) and bool(_NOW.search(norm))
                and not _EMERGENCY_CALL.search(norm) and not _IF.search(norm),
                proposal=bool(_PROPOSAL.search(norm)),
                scale=bool(_SCALE.search(norm)), why_perspective=why_perspective,
                other_view=question and bool(_OTHER_VIEW.search(norm)) and not _SCALE_WORDS.search(norm),
                what_if=question and bool(_WHAT_IF.search(norm)),
                danger_time=question and bool(_DANGER_TIME.search(norm)),
                line_talk=bool(_LINE_TALK.search(norm)),
                unsafe_verdict=not question and bool(_UNSAFE_VERDICT.search(norm)))


def _is_question(core: list[str]) -> bool:
    if not core:
        return False
    if core[0] in QUESTION_WORDS:
        # "wat je beschrijft is huiselijk geweld", "wat u vertelt klinkt als ...": what the caller tells, a noun
        # clause that opens a statement (a question inverts: "wat vertel je"; noise that drops the verb, "waar
        # je op", leaves a question)
        return not (len(core) >= 4 and core[0] == "wat" and core[1] in _CLAUSE_SUBJECTS and core[2] in _TELLING)
    # verb first, then a subject: "heb je", "zou je", "is er", "kun je", "denk je"
    if len(core) >= 2 and core[0] in INVERTED_VERBS and core[0] not in ("neem", "hoor") and core[1] in ("je", "er", "hij", "ze", "zij", "het", "dat",
                                                                   "jullie", "iemand", "die", "de"):
        return True
    # a finite verb the list does not know, then a subject: "huilt ze nog", "ademt hij", "slaapt het kind"
    if len(core) >= 2 and _finite_unlisted(core[0]) and core[1] in ("ze", "hij", "zij", "het", "jullie", "je", "er"):
        return True
    # a plural verb first, then "er" or a plural subject: "slapen ze al", "komen er nog treinen langs" (a Dutch
    # statement never opens with its verb; words in -en that are no verb are listed)
    if len(core) >= 2 and _plural_verb(core[0]) and core[1] in ("er", "ze", "zij", "jullie", "je"):  # jullie reads je
        return True
    # a second clause that asks, after "en": "drie jaar en is er nu iemand bij haar", "en heb je al gegeten"
    for i in range(1, min(len(core) - 2, 12)):
        verb = core[i + 1]
        if core[i] == "en" and not _BYE_WORDS & set(core[:i]) and (verb in INVERTED_VERBS or _finite_unlisted(verb)) \
                and verb not in NOT_INVERTING and (core[i + 2] in ("je", "hij", "ze", "zij", "jullie") or (
                    core[i + 2] == "er" and verb in ("is", "zijn", "woont", "wonen", "staat", "ligt", "komt")
                    and i + 3 < len(core) and core[i + 3] in ("nog", "nu", "iemand", "al", "ook"))):
            return True
    # the verb before "je" further on: "ik wil je iets vragen denk je erover om ..." (not after a subject that
    # opens the line, "je vriend heeft je geslagen", "de woningbouw gaat je huis ontruimen"; not the echo's tag
    # in the middle, "je wilt dood, zeg je, ...")
    for i in range(1, min(len(core), 24)):
        if core[i] == "je" and _inverted(core[i - 1]) and core[i - 1] not in NOT_INVERTING \
                and (i < 2 or core[i - 2] not in _EMBEDDING | _FRONTED | _SUBJECTS_BEFORE_VERB) \
                and not (i >= 2 and core[i - 1] in _SAYING and "maar" not in core[i + 1:i + 3]) \
                and not _subject_phrase(core[:i - 1]):
            return True
    # a question word later on, followed soon by a verb or subject: "... waar zit je dan nu", "welk cijfer geef je"
    for i, w in enumerate(core[1:], start=1):
        embedded = core[i - 1] in _EMBEDDING or (core[i - 1] == "niet" and i >= 2 and core[i - 2] in _EMBEDDING)
        if w in QUESTION_WORDS and not embedded and i + 1 < len(core):
            if any(n in INVERTED_VERBS or n in ("er", "je", "kun", "ga", "doe") for n in core[i + 1:i + 4]):
                return True
    return False


# A subject before the verb: the verb stands second, a statement ("hij heeft je geduwd", "ze heeft je gebeld");
# "ik", "als", "die", "wat" open a statement or a clause the same way ("ik heb je gehoord", "wat heb je gedaan" is
# caught by its question word first)
_SUBJECTS_BEFORE_VERB = frozenset("ik als die wat hij ze zij we wij men".split())
# Words after which Dutch puts the verb first in a plain statement: "daar kun je slapen", "dan bel je ons".
_FRONTED = frozenset("daar dan nu toen morgen straks vannacht misschien ook hier zo wel dus soms vaak altijd "
                     "meestal vanavond vandaag thuis".split())
NOT_INVERTING = frozenset("hoor neem snap begrijp zie ken".split())
# "welterusten en belt u gerust nog eens": a goodbye with an invitation, not a question
_BYE_WORDS = frozenset("welterusten sterkte dag doei goedenacht slaap succes".split())
# Words ending in -t that start a statement without being its verb ("echt je moet ...", "want ze ...").
_NOT_VERBS_T = frozenset("niet echt nooit ooit want eerst licht slecht recht nacht zacht vast best straat soort kant "
                         "totdat omdat zodat doordat nadat voordat terwijl sindsdien respect haast rust tijdelijk "
                         "precies vannacht gisternacht daarnaast bovendien".split())


# Pronouns that, after "wat" and before a verb of telling, make a noun clause ("wat je vertelt ...").
_CLAUSE_SUBJECTS = frozenset("je jij ik hij ze zij we wij jullie".split())
# Verbs of telling after "wat je": the caller's account as a noun clause.
_TELLING = frozenset("vertelt vertel vertelde beschrijft beschrijf beschreef zegt zeg zei noemt noem meemaakt".split())
# Verbs of saying that tag an echo ("..., zeg je, ...", "..., zegt u, ..."; not "zegt u het maar").
_SAYING = frozenset("zeg zegt zei".split())
# Words that open a noun phrase: with one or two words after them, the subject before its verb.
_DETERMINERS = frozenset("je jouw de het een die dat deze mijn zijn haar hun ons onze".split())


def _subject_phrase(words: list[str]) -> bool:
    """Do these words, from the start of the line, make a noun phrase ("je vriend", "de woningbouw", "uw oudste
    zoon")? Then the verb after them is second, as in a statement."""
    return (len(words) == 2 or (len(words) == 3 and words[1].endswith("e"))) and words[0] in _DETERMINERS \
        and not set(words[1:]) & (
        _EMBEDDING | _FRONTED | _SUBJECTS_BEFORE_VERB | INVERTED_VERBS | QUESTION_WORDS | LEAD_FILLERS)


def _inverted(word: str) -> bool:
    """A verb that goes before its subject in a question, also in the u-form the normaliser keeps
    ("bedoelt u dat" -> "bedoelt je dat", "herkent u" -> "herkent je")."""
    return word in INVERTED_VERBS or (word.endswith("t") and word[:-1] in INVERTED_VERBS)


_NOT_VERBS_EN = frozenset("alleen misschien morgen even boven beneden binnen buiten tussen meteen samen open geen eigen "
                          "zeven negen verleden volgen heden onderen achteren voren tegen sinds nergens ergens "
                          "toen wanneer waarheen mensen kinderen vrouwen mannen ouders jongen meisjes".split())


_SHORT_PLURALS = frozenset("staan slaan gaan doen zien".split())


def _plural_verb(word: str) -> bool:
    """A word that may be a plural (or infinitive) verb: "slapen", "komen", "wonen"."""
    return (len(word) >= 5 and word.endswith("en") and word not in _NOT_VERBS_EN) or word in _SHORT_PLURALS


def _finite_unlisted(word: str) -> bool:
    """A word that may be a finite verb the lists do not know ("huilt", "woont", "ademt")."""
    return len(word) >= 4 and word.endswith("t") and word not in _NOT_VERBS_T
_EMBEDDING = frozenset("dat weet snap begrijp wat of zien kijken vertellen zeggen zegt zeg vraag af".split())


_PAST_AUXILIARIES = frozenset("heeft heb hebben had hadden was waren ging gingen deed deden".split())
_OPINION_VERBS = frozenset("denk denkt denken vind vindt vinden".split())
_THIRD_PERSON = PEOPLE | frozenset("de die ze hij zij hun mevrouw meneer wijkcoach wijkagent politie gemeente "
                                   "corporatie woningcorporatie school mentor begeleiding werk".split())
# people and bodies whose view a worker may ask the caller to take (a noun after "je"/"de", not a verb)
_OTHERS = PEOPLE | frozenset("mevrouw meneer wijkcoach wijkagent politie gemeente corporatie woningcorporatie school "
                             "mentor begeleiding huisgenoot huisgenoten huismeester kleinzoon kleindochter neef nicht "
                             "tante oom zwager schoonmoeder schoonvader docent juf leraar lerares trainer therapeut "
                             "psycholoog praktijkondersteuner rechter buren buurvrouw buurman vriendinnen vrienden "
                             "kinderen zoons dochters werkgever leidinggevende chef verhuurder huisbaas".split())


def _why_perspective(core: list[str]) -> bool:
    """Someone else's view: 'waarom denk je dat <someone> ...' about their view of the caller ('... vindt dat
    je ...', '... je dit gaf'), or 'waarom denkt/vindt/zou <someone> (vinden) dat ...' (u/uw are folded to je,
    so 'waarom denkt uw zoon dat' reads 'waarom denk je zoon dat')."""
    core = [w for w in core if w != "hm"]
    if core[:1] == ["waarom"] and len(core) >= 4 and (core[1] in _OPINION_VERBS or core[1] in ("zou", "zouden")):
        until = next((i for i in range(2, min(len(core), 9)) if core[i] == "dat"), None)
        someone = core[2:until] if until is not None else []
        if someone and someone != ["je"] and set(someone) & _THIRD_PERSON and (
                core[1] in _OPINION_VERBS or set(someone) & {"vinden", "denken", "willen"}):
            return True
    if core[:1] == ["waarom"] and core[-2:] == ["denk", "je"] and len(core) >= 5 and set(core[1:-2]) & _OTHERS \
            and core[1] not in _PAST_AUXILIARIES:
        # "waarom doen die buren dat, denkt u": the question tagged, the same look through their eyes (but
        # "waarom heeft haar vader dat gedaan, denk je" asks for the history of a deed: cause)
        return True
    if " ".join(core[:4]) != "waarom denk je dat" or len(core) < 6:
        return False
    if core[4] == "je" and core[5] not in _OTHERS:
        return False  # "waarom denk je dat je zo moe bent": the caller, not another's view
    rest = core[4:]
    if rest[0] in ("het", "dit", "dat", "alles", "er"):
        return False  # "waarom denk je dat het bij je steeds misgaat": the caller's own account, digging
    # someone else as the subject ("... dat ze zo boos is", "... dat de corporatie er niks mee doet"): the caller
    # is asked to look through that person's eyes, as the seed's "waarom denk je dat de huisarts vindt ..."
    someone_else = rest[0] in ("hij", "ze", "zij") or (rest[0] in ("je", "de", "die", "jouw", "mijn")
                                                       and rest[1] in _OTHERS)
    return someone_else or bool(set(rest) & PERSPECTIVE_AFTER_WHY) or "je" in rest[1:]


# Particles a worker says inside a question without changing what it asks ("hoe is het eigenlijk zo ver gekomen",
# "hoe is het dan zo ver gekomen"): a cause question is read again without them
_PARTICLES = frozenset("eigenlijk nou toch dan precies".split())


def _is_cause(core: list[str], norm: str) -> bool:
    if _is_cause_as_said(core, norm):
        return True
    plain = [w for w in core if w not in _PARTICLES]
    return len(plain) < len(core) and _is_cause_as_said(plain, " ".join(w for w in norm.split() if w not in _PARTICLES))


def _is_cause_as_said(core: list[str], norm: str) -> bool:
    core = [w for w in core if w != "hm"]  # "hoe is het eh zo gekomen"
    text = " ".join(core)
    if _why_perspective(core) or _DANGER_TIME.search(text):
        return False
    if text.startswith("waarom denk je dat") or text.startswith("waarom zou "):
        return True
    if text.startswith("waarom bel je") or text.startswith("waarom belt"):
        return False  # the reason for the call: the opening
    if _EXCEPTION_NOT_CAUSE.search(text):
        return False
    if any(p.search(text) for p in _CAUSE_PATTERNS) or any(p.search(norm) for p in _CAUSE_ANYWHERE):
        return True
    # an announced question ("mag ik je vragen, hoe komt het ..."): the question after the announcement
    announced = re.split(r"\b" + _ANNOUNCED + r"\b|^mag ik je vragen\b", text, maxsplit=1)
    rest = strip_lead(announced[-1].split()) if len(announced) > 1 else []
    return bool(rest) and not _EXCEPTION_NOT_CAUSE.search(" ".join(rest)) and any(
        p.search(" ".join(rest)) for p in _CAUSE_PATTERNS)


# A cause question's lead as a recognizer garbles it: "waaroom", "warom", "waatrom", "hoe koomt hed", "hoe komthet",
# "hoekomt het", "waaromheeft", "ho lang", a stray "eb" or "yn" before it. Only the first words are repaired, only by
# sound and only toward these words, and only to ask the cause forms above again: the rest of the form is as heard.
_CAUSE_LEAD = ("waarom hoe komt kom kwam het dat dit is zo ver gekomen komen lang sinds wanneer waardoor "
               "en maar nou ja dan toch eigenlijk").split()
_CAUSE_HEADS = frozenset(("waarom", "hoe", "waardoor", "sinds", "wanneer"))
_LEAD_REACH = 6  # words at the start of the line that may be repaired


@lru_cache(maxsize=1)
def _cause_lead_folds() -> tuple[dict[str, str], str, frozenset[str]]:
    """The lead words by their sound, "waarom" by its sound, and the opinion verbs after it by theirs."""
    from voice_companion.crisis import fold_sound

    return ({fold_sound(w): w for w in _CAUSE_LEAD}, fold_sound("waarom"),
            frozenset(fold_sound(w) for w in "denk denkt dacht vind vindt vond zou zouden".split()))


def _heard_cause_lead(words: list[str]) -> list[str] | None:
    """The line with its first words repaired by sound toward a cause question's lead; None if that changes nothing
    or the line then opens with no question word of a cause."""
    from rapidfuzz.distance import Levenshtein

    from voice_companion.crisis import fold_sound, ordinary_folded

    folds, why, opinions = _cause_lead_folds()
    lead: list[str] = []
    for raw in words[:_LEAD_REACH]:
        f = fold_sound(raw)
        if f in folds:
            lead.append(folds[f])
            continue
        if f.startswith(why) and len(f) >= len(why) + 2:  # "waaromheeft": merged with the next word
            cut = next((i for i in range(len(why), len(raw)) if fold_sound(raw[:i]) == why), len(raw))
            lead.extend(("waarom", raw[cut:]) if cut < len(raw) else ("waarom",))
            continue
        pair = next(((folds[f[:i]], folds[f[i:]]) for i in range(2, len(f) - 1)
                     if f[:i] in folds and f[i:] in folds), None)  # "komthet", "hoekomt", "kwamhet"
        if pair:
            lead.extend(pair)
        elif len(f) >= 5 and f not in ordinary_folded() and (
                Levenshtein.distance(f, why, score_cutoff=1) <= 1
                or Levenshtein.distance(raw, "waarom", score_cutoff=1) <= 1):
            lead.append("waarom")  # "waatrom", "wacarom": a letter off (as heard, or by its sound)
        else:
            lead.append(raw)
    for i in range(len(lead) - 1):  # "ho lang", "ho komt het": "hoe" with its vowel lost, before its own verb
        if lead[i] in ("ho", "oe") and lead[i + 1] in ("komt", "kom", "kwam", "lang", "is"):
            lead[i] = "hoe"
    heard = lead + words[_LEAD_REACH:]
    if len(heard) > 2 and len(heard[0]) <= 2 and heard[1] in _CAUSE_HEADS:
        heard = heard[1:]  # "eb waarom ...", "yn hoe is het ...": a lead word the recognizer broke
    core = strip_lead(heard)
    if len(core) > 2 and len(core[0]) <= 3 and core[1] in _CAUSE_HEADS \
            and fold_sound(core[0]) not in ordinary_folded():
        heard = core = core[1:]  # "hm ezn waarom ...": a broken "en" after the fillers
    if core[:3] in (["komt", "het", "dat"], ["kom", "het", "dat"]) or core[:2] in (["he", "kom"], ["he", "komt"]):
        # "komt het dat ...": its "hoe" swallowed, or half heard as "he"
        heard = core = ["hoe"] + core[1 if core[0] == "he" else 0:]
    elif core[:3] == ["hoe", "het", "dat"]:
        heard = core = ["hoe", "kom"] + core[1:]  # "hoe het dat ...": its "komt" swallowed
    if heard == words or not core or core[0] not in _CAUSE_HEADS:
        return None
    if core[0] == "waarom" and len(core) > 1 and fold_sound(core[1]) in opinions:
        return None  # "waaroom denkt u dad uw vrouw vond ...": another's view or digging; through noise, not known
    return heard


def _subject(core: list[str]) -> str | None:
    """Who the first clause is about, if a finite clause can be seen."""
    for i, w in enumerate(core[:5]):
        if w in SUBJECTS_YOU and i + 1 < len(core):
            return "you"
        if w == "ik" or (w in SUBJECTS_ME and i == 0):
            return "me"
        if w in SUBJECTS_WE:
            return "we"
        if w in ("hij", "ze", "zij", "die", "het", "dat", "er", "jullie", "iedereen", "niemand") and i + 1 < len(core):
            return "other"
        if i >= 1 and _VERBISH.search(w) and len(w) > 3:
            return "other"
    return None
