"""More Dutch first names for redaction (written by scripts/build_names.py; do not edit by hand).

From faker-40.63.0-py3-none-any.whl: the nl_NL first names of Faker, less those that are ordinary Dutch words
in the OpenTaal word list (wdutch) and those already in spoken.FIRST_NAMES.
330 names. Faker's licence:

Copyright (c) 2012 Daniele Faraglia

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
"""

FIRST_NAMES_MORE = frozenset("""
aaliyah aaron adriana aiden aimee alex alexander alicia alyssa amelia amelie amin amina amira amy
angelina annabel annemijn arie aron arthur ashley ayden aylin azra bastiaan benthe berat berend bibi
bjorn boaz boris bradley brent brian bryan carlijn casper catharina cato ceylin charlotte chloe
colin collin cornelia cornelis damian dana dani danique daphne dave dean dewi dex dion duuk dylan
dylano ecrin elena elias elin elisa elisabeth eliza elizabeth elize ella emily esila esmee evelien
evie evy fabian fabienne fay faye fedde feline felix fem fenna fenne fien fiene floor floortje
florian frederique giel giovanni guusje hailey hanna hannah helena hidde ian imke imran inaya indy
isabel isabella isabelle ise isis ivan ivy ize jacob jake james jamie janna janne jari jason jay
jayda jayden jaylinn jayson jelte jenna jennifer jente jesper jill jim jinthe jip joelle joey
johanna johannes jolie jolijn jordy jorn jort josephine joshua joy jules julian julie juliette
julius jurre justin juul kai karlijn kate kay kaylee kayleigh keano kian kiki kyan kyano kyara kyra
lana lara laura lauren laurens leah lena lenn liam lily lina lindsey linn lisanne lise liv livia liz
liza lize lizz lizzy loek loes lois lola lorenzo louise luca lucy luka lukas luke luna maaike
maartje mads maja maria marijn marinus marit maryam mason mathijs matthias matthijs maurits maya
megan meike melle merijn merle mette micha michelle mick mika milo milou mirthe morris muhammed
myrthe nadine nathan naud niek nienke nikki ninthe nisa noa noelle noortje norah noud nout nynke
olaf olivia oscar owen pepijn phileine philip pien pippa pleun quinn quinten quinty rafael ravi
rayan rens renske rick riley roan robin rosalie ryan saar sam sami samuel sebastiaan selena selina
senn senna sepp seth sienna sil silke simon sofia sofie sophia stan stef stella sterre suus suze
sylvie tara tessa thijmen thijn thom ties tijmen tijn tijs timo tirza tobias tristan twan tycho
tyler vajen valerie veerle victor victoria vigo vince wessel xavi yara yasmin yassin yfke yinthe
zara zoey
""".split())

# Faker's first names that are also ordinary words: only right after a weaker name cue
FIRST_NAMES_AMBIGUOUS = frozenset("""
abel adam amber aya bas beau ben benjamin bente bo bram cas chris demi dirk emir eva faas fleur
hendrik iris jack jade jan jasmijn jet job joel joep jonas jonathan kick kim koen lex lieve linde
lot maarten madelief mara mare mark mart mats max maxim mees merel mia mila mirte nick nova puck puk
raf rik roos rosa rowan sara sem sep sten thomas valentijn wout wouter
""".split())

# 22284 ordinary Dutch words: lower case in the OpenTaal list and Zipf >= 3.0
# in wordfreq's Dutch frequencies (see scripts/build_names.py)
ORDINARY_WORDS = frozenset("""
a aa aad aaien aaltje aan aanbeden aanbesteding aanbestedingen aanbetaling aanbevelen aanbeveling
aanbevelingen aanbevolen aanbid aanbidden aanbidding aanbidt aanbied aanbieden aanbieder aanbieders
aanbieding aanbiedingen aanbiedt aanblik aanbod aanbood aanbouw aanbrengen aandacht aandachtig
aandeed aandeel aandeelhouder aandeelhouders aandelen aandenken aandoen aandoening aandoeningen
aandoet aandrijving aandringen aanduiden aanduiding aaneengesloten aanfluiting aangaan aangaande
aangaat aangaf aangeboden aangeboren aangebracht aangebroken aangedaan aangedreven aangedrongen
aangeduid aangeeft aangegaan aangegeven aangehaald aangehouden aangekeken aangeklaagd aangekleed
aangekocht aangekomen aangekondigd aangekondigde aangeleerd aangelegd aangelegde aangelegenheden
aangelegenheid aangeleverd aangemaakt aangemeld aangemerkt aangemoedigd aangenaam aangename
aangenamer aangenomen aangepakt aangepast aangepaste aangeraakt aangeraden aangerand aangereden
aangericht aangeschaft aangeschoten aangeschreven aangeslagen aangesloten aangespannen aangespoord
aangesproken aangesteld aangestoken aangestuurd aangetast aangetekend aangetoond aangetroffen
aangetrokken aangevallen aangeven aangevoerd aangevraagd aangevuld aangewakkerd aangewend aangewezen
aangezet aangezicht aangezien aangifte aangiften aangrenzende aangrijpend aangrijpende aanhang
aanhangen aanhanger aanhangers aanhoren aanhouden aanhoudend aanhoudende aanhouding aanhoudt aankan
aankijken aankijkt aanklacht aanklachten aanklagen aanklager aanklagers aankleden aankloppen
aankomen aankomend aankomende aankomst aankomt aankondigde aankondigen aankondiging aankoop aankopen
aankunnen aankwam aankwamen aanleg aanleggen aanleiding aanleren aanloop aanlopen aanmaken aanmelden
aanmelding aanmeldingen aanmeldt aanmerkelijk aanmerking aanmoedigen aanmoediging aannam aanname
aannames aanneemt aannemelijk aannemen aannemer aannemers aanpak aanpakken aanpakt aanpassen
aanpassing aanpassingen aanpast aanraakt aanraden aanrader aanraken aanraking aanranding aanrecht
aanrichten aanrijden aanrijding aanschaf aanschaffen aanschouwen aanschuiven aanslaan aanslag
aanslagen aansluit aansluiten aansluitend aansluitende aansluiting aansluitingen aansporen aanspraak
aansprakelijk aansprakelijkheid aanspraken aanspreekt aanspreken aanstaande aanstaat aansteken
aansteker aanstellen aanstelling aanstootgevend aansturen aansturing aantal aantallen aantasten
aantasting aantekening aantekeningen aantijgingen aantocht aantonen aantoonbaar aantoont aantreden
aantreffen aantreft aantrekkelijk aantrekkelijke aantrekkelijker aantrekken aantrekkingskracht
aantrekt aantrof aantrok aanvaard aanvaardbaar aanvaarden aanvaarding aanvaardt aanval aanvallen
aanvallend aanvallende aanvaller aanvallers aanvalt aanvang aanvankelijk aanvankelijke aanvaring
aanvechten aanverwante aanviel aanvielen aanvoelen aanvoelt aanvoer aanvoerder aanvoeren aanvraag
aanvragen aanvullen aanvullend aanvullende aanvulling aanvullingen aanwenden aanwezig aanwezige
aanwezigen aanwezigheid aanwijzen aanwijzing aanwijzingen aanwinst aanzet aanzetten aanzien
aanzienlijk aanzienlijke aanzoek aap aapje aapjes aar aard aardappel aardappelen aardappels aardbei
aardbeien aardbeving aardbevingen aardbol aarde aarden aardewerk aardgas aardig aardige aardiger
aardolie aardrijkskunde aards aardse aardverschuiving aart aartsbisschop aarzel aarzelde aarzelen
aarzeling aas ab abc abdij abel abnormaal abnormale abonnee abonnees abonnement abonnementen
abonneren abortus abraham abrupt absolute absoluut absorberen abstract abstracte absurd absurde abt
academici academicus academie academisch academische accent accenten acceptabel acceptatie accepteer
accepteerde accepteert accepteren accessoire accessoires accijns accommodatie accommodaties
accordeon account accountancy accountant accountants accountmanager accounts accu accuraat accurate
ace ach acht achtbaan achten achter achteraan achteraf achterban achterbank achterblijft
achterblijven achterdeur achterdochtig achtereen achtereenvolgende achtereenvolgens achteren
achtergebleven achtergelaten achtergrond achtergronden achtergrondinformatie achterhaald achterhalen
achterhoede achterhoek achterhoofd achterin achterkant achterlaat achterland achterlaten achterliet
achterliggende achterlijk achterlijke achterna achternaam achternamen achterom achterop achterover
achterstand achterste achterstevoren achtertuin achteruit achteruitgang achtervolgd achtervolgen
achtervolging achtervolgt achterwaarts achterwege achterwerk achterwiel achterzijde achtste achtte
achttien achttiende acid acquisitie acroniem act acte acteerwerk acteren acteur acteurs actie actief
actiegroep actieplan actieradius acties actieve actiever actievoerders activa activeer activeert
activeren activisme activist activiste activisten activistische activiteit activiteiten actoren
actrice actrices acts actualiteit actualiteiten actueel actuele acupunctuur acute acuut ad adam
adapter adder adel adelaar adellijke adem adembenemend adembenemende ademen ademhalen ademhaling
ademt adequaat adequate ader aderen aders adjudant adjunct administrateur administratie
administratief administratieve administrator admiraal adobe adopteren adoptie adrenaline adres
adresgegevens adressen adult adverteerders advertentie advertenties adverteren advies adviesbureau
adviesraad adviezen adviseer adviseerde adviseert adviseren adviseur adviseurs advocaat advocate
advocaten advocatenkantoor advocatuur af afbakening afbeelding afbeeldingen afbetalen afblijven
afbouw afbraak afbreken afbreuk afdaling afdeling afdelingen afdelingshoofd afdoen afdoende afdruk
afdrukken afdwingen affaire affectie affiche affiches affiniteit afgaan afgaande afgaat afgebeeld
afgeblazen afgebouwd afgebrand afgebroken afgedaan afgedankte afgedekt afgedrukt afgedwongen
afgegeven afgehaald afgehakt afgehandeld afgekeurd afgekoeld afgekondigd afgekort afgelast afgelegd
afgelegen afgeleid afgeleide afgeleverd afgelopen afgelost afgeluisterd afgemaakt afgenomen afgepakt
afgeraden afgerekend afgerond afgeronde afgeschaft afgescheiden afgeschermd afgeschilderd
afgeschoten afgeschreven afgeslacht afgeslagen afgesloten afgesneden afgespeeld afgesproken
afgestaan afgesteld afgestemd afgestudeerd afgestudeerde afgestudeerden afgetreden afgetrokken
afgevaardigde afgevaardigden afgevallen afgeven afgevoerd afgevraagd afgevuurd afgewerkt afgewezen
afgewisseld afgezegd afgezet afgezette afgezien afgezonderd afghanen afgrond afgunst afhaken afhalen
afhandelen afhandeling afhangen afhangt afhankelijk afhankelijkheid afkeer afkeuren afkeuring
afkicken afkoelen afkoeling afkomen afkomst afkomstig afkomstige afkomt afkorting afkortingen
afleggen aflegt afleiden afleiding afleidingsmanoeuvre afleveren aflevering afleveringen aflezen
afliep afloop afloopt aflopen aflossen aflossing afluisteren afmaken afmeting afmetingen afname
afneemt afnemen afnemende afpakken afpersing afrekenen afrekening afremmen afrikaan afrikanen afrit
afro afronden afronding afschaffen afschaffing afscheid afscheiding afschieten afschrijven
afschrikken afschuw afschuwelijk afschuwelijke afslaan afslag afslanken afsluit afsluitdijk
afsluiten afsluitende afsluiter afsluiting afsnijden afspeelde afspeelt afspelen afspiegeling
afspraak afspraakje afspraakjes afspraken afspreken afstaan afstammelingen afstand afstandelijk
afstanden afstandsbediening afstemmen afstoten afstuderen aftappen aftellen aftrap aftreden aftrek
aftrekbaar aftrekken afval afvallen afvalwater afvegen afvoer afvoeren afvraag afvraagt afvragen
afvroeg afvuren afwachten afwachting afwas afwassen afwees afwegen afweging afwerken afwerking
afweten afwezig afwezige afwezigheid afwijken afwijkend afwijkende afwijking afwijkingen afwijkt
afwijst afwijzen afwijzing afwisselend afwisseling afzeggen afzender afzet afzetten afzetting afzien
afzondering afzonderlijk afzonderlijke age agenda agent agente agenten agentschap agrarisch
agrarische agressie agressief agressieve ah aha ai aids air airbus airco airconditioning airport ais
akelig akelige aken akker akkerbouw akkers akkoord akkoorden akoestiek akoestisch akoestische akte
akten al alarm alarmerend albatros album albums alcohol alcoholische alcoholist aldaar aldus ale
alert alf alfa alfabet alfabetisch alfabetische alg algebra algehele algemeen algemene algen
algoritme alhoewel alias alibi alien aliens alimentatie alinea all alla allang alle allebei
alledaags alledaagse alledag allee alleen alleenstaand alleenstaande allemaal allen aller
allerbelangrijkste allerbeste allereerst allereerste allergie allergisch allergische allergrootste
allerhande allerlaatste allerlei allerliefste allermooiste alles allesbehalve alleszins alliantie
allicht allochtone allochtonen allround allure alma almaar almachtige alom aloude alpen alpine als
alsjeblieft alsmaar alsmede alsnog alsof alsook alstublieft alt altaar alter alternatief
alternatieve alternatieven althans altijd alto aluminium alumni alv alvast alvorens alwaar alweer
alzheimer am ama amanda amandelen amateur amateurclub amateurs amateurvoetbal amazone ambacht
ambachtelijk ambachtelijke ambachten ambassade ambassades ambassadeur ambassadeurs amber ambiance
ambitie ambities ambitieus ambitieuze ambt ambtelijke ambtenaar ambtenaren ambtstermijn ambulance
ambulances amen amendement amerikaan amerikanen amigo amine aminozuren ammoniak amnestie amor amper
amusement amuseren anaal anale analist analisten analoge analoog analyse analyseert analyseren
analyses analytische ananas anarchie anarchisten anatomie ander andere anderen anderhalf anderhalve
andermaal andermans anders andersdenkenden andersom anderszins anderzijds anekdote anekdotes angel
angels angst angstaanjagend angstaanjagende angsten angstig angstige animatie animatiefilm animaties
anime animo anita anker annex annexatie anno annuleren anoniem anonieme anonimiteit anorexia
antarctische antenne antennes anti antibiotica antichrist anticiperen anticonceptie antidepressiva
antiek antieke antisemitische antisemitisme antropologie antropoloog antwoord antwoordde antwoorden
antwoordt anus apa apache apart aparte apartheid apen apk apostel apostelen apotheek apotheker
apothekers app apparaat apparaten apparatuur appartement appartementen appartementencomplex appel
appels appelsap appeltaart appeltje applaus applicatie applicaties apps apr april aqua aquarium ar
ara arabier arabieren arbeid arbeider arbeiders arbeiderspartij arbeidskrachten arbeidsmarkt
arbeidsomstandigheden arbeidsovereenkomst arbeidsplaatsen arbeidsrecht arbeidsvoorwaarden arbiter
arbitrage arbo arcade archeologen archeologie archeologisch archeologische archeoloog archief
archieven archipel architect architecten architectenbureau architectonische architectuur are area
arena arend argument argumentatie argumenten argwaan aria ark arm armband armbanden arme armen
armoede armoedegrens armste aroma aromatische arrangement arrangementen arrest arrestatie
arrestatiebevel arrestaties arresteerde arresteert arresteren arriveerde arriveerden arriveert
arriveren arrogant arrogante arrogantie arrondissement ars arsenaal art artefacten artiest artiesten
artikel artikelen artikels artillerie artistiek artistieke artritis arts artsen artwork as asbest
asfalt asiel asielzoekers aso aspect aspecten asperges aspirant assemblage assemblee assen
assepoester assessment assist assistent assistente assistenten assistentie assisteren assists
associatie associaties assortiment asten astma aston astrologie astronaut astronauten astronomen
astronomische at atalanta atb atelier ateliers aten atheneum atlas atleet atlete atleten atletiek
atmosfeer atomen atoom atoombom atrium attent attentie attest attitude attractie attractiepark
attracties attributen au audio audiovisuele audit auditie audities auditorium aug august augustus
aula aura aurora auteur auteurs auteursrecht auteursrechten authenticiteit authentiek authentieke
autisme auto autobedrijf autobiografie autochtone autochtonen automaat automaten automatisch
automatische automatisering automobilist automobilisten automotive autonome autonomie autonoom
autootje autopsie autorijden autoritair autoritaire autoriteit autoriteiten autosport autoverkeer
autoverzekering ava avant avatar ave avenue averechts avocado avond avonden avondeten avondje
avondklok avondmaal avonds avonduren avonturen avonturier avontuur avontuurlijk avontuurlijke
avontuurtje axel aya azijn b ba baai baal baalt baan baanbrekend baanbrekende baantje baantjes
baanwielrennen baar baard baarde baarden baarmoeder baars baart baas baasje baasjes baat baba babbel
babbelen babe babes babs baby babysitter bachelor back background backstage bacon bacterie bad baden
badge badges badhuis badjas badkamer badkamers badkuip badminton badpak badplaats bag bagage
bagageruimte bagger bah bak baken baker bakermat bakje bakken bakker bakkerij bakkers bakkie
baksteen bakstenen bakt bal balanceren balans balen balie balk balken balkon balkons ballast ballen
ballerina ballet balletje balletjes ballingschap ballon ballonnen bam bamboe ban banaan bananen band
bandbreedte banden bandieten bandje bandjes bandleden bands banen bang bange banger bank
bankbiljetten banken banket bankier bankieren bankiers bankje bankrekening bankrekeningen bankroet
bannen banner bao bar barak barakken barbaars barbaarse barbaren barbecue barbie barcode baren
barend barman barmhartigheid barok barometer baron barones barre bars barst barsten barstte bas
basale base baseball baseert baseren basgitaar basic basiliek basis basisinkomen basisonderwijs
basispakket basisplaats basisprincipes basisscholen basisschool basket basketbal bassin bassist
basta basten bastion bat bataljon bate baten batterij batterijen battle baxter bazaar bazen bbp bdsm
beademing beamen beangstigend beantwoord beantwoordde beantwoorden beantwoording beantwoordt beat
beats beau beaufort beauty beboet bebouwde bebouwing bed bedacht bedank bedanken bedankje bedankt
bedankte bedden bedekken bedekt bedekte bedelaar bedelaars bedelen bedenk bedenken bedenker
bedenkingen bedenkt bedenktijd bedevaart bediend bediende bedienden bedienen bediening bedient bedje
bedoel bedoeld bedoelde bedoelen bedoeling bedoelingen bedoelt bedolven bedonderd bedorven bedraagt
bedrading bedrag bedragen bedreigd bedreigde bedreigen bedreiging bedreigingen bedreigt bedreven
bedriegen bedrieger bedriegt bedrijf bedrijfje bedrijfskunde bedrijfsleider bedrijfsleven
bedrijfsnaam bedrijfspand bedrijfsruimte bedrijfstak bedrijfsvoering bedrijven bedrijventerrein
bedrijventerreinen bedrijvigheid bedroefd bedroeg bedrog bedrogen bedrukt bedtijd beduidend bedwang
bedwingen beef beek beeld beelden beeldend beeldende beeldhouwer beeldje beeldjes beeldmateriaal
beeldscherm beeldvorming been beenderen beentjes beer beertje beest beesten beestje beestjes beet
beetje beetjes befaamde beffen begaafd begaafde begaan begaf begane begeeft begeerde begeerte
begeleid begeleidde begeleiden begeleidende begeleider begeleiders begeleiding begeleidt begeven
begin beginjaren beginnen beginnend beginnende beginner beginners beginsel beginselen begint begon
begonnen begraafplaats begraafplaatsen begrafenis begrafenissen begraven begreep begrensd begrepen
begrijp begrijpelijk begrijpelijke begrijpen begrijpt begrip begrippen begroet begroeten begroeting
begroting beha behaald behaalde behaalden behaalt behaard behaarde behagen behalen behalve behandel
behandeld behandelde behandelden behandelen behandeling behandelingen behandelt behang behartigen
beheer beheerd beheerde beheerder beheerders beheersen beheersing beheerst beheerste beheert beheren
behield behielden behoeden behoeft behoefte behoeften behoeftes behoeve behoor behoorde behoorden
behoorlijk behoorlijke behoort behoren behorend behorende behoud behouden behoudt behuizing behulp
behulpzaam behulpzame bei beide beiden beieren beige bejaarde bejaarden bejaardentehuis bek bekeek
bekeerd bekeerde bekeken beken bekend bekende bekenden bekender bekendgemaakt bekendheid bekendmaken
bekendmaking bekendstaat bekendste bekennen bekent bekentenis bekentenissen beker bekeren
bekerfinale bekering bekers bekertoernooi bekerwedstrijd bekerwinnaar bekeuring bekijk bekijken
bekijkt bekken beklaagde bekleden bekleding bekleed bekleedde beklimmen beklimming beklommen
beknopte bekomen bekommeren bekostigen bekrachtigd bekritiseerd bekritiseerde bekritiseert
bekritiseren bekrompen bekroning bekroond bekroonde bekwaam bekwaamheid bekwame bel belaagd
belachelijk belachelijke beladen beland belandde belanden belandt belang belangen
belangenverstrengeling belanghebbenden belangrijk belangrijke belangrijker belangrijkere belangrijks
belangrijkst belangrijkste belangstellenden belangstelling belast belasten belastend belastende
belasting belastingaangifte belastingbetaler belastingdienst belastingen belastinggeld belazerd
belazeren belde belden beledig beledigd beledigde beledigen beledigend belediging beledigingen
beleef beleefd beleefde beleefdheid beleeft beleg belegd belegerd belegerde belegering beleggen
belegger beleggers beleid beleidsmakers beleidsmedewerker belemmerd belemmeren belemmering
belemmeringen belemmert beletten beleven belevenis belevenissen beleving belg belgen belicht
belichten belichting belle bellen beller belletje belofte beloften beloftes belonen beloning
beloningen beloof beloofd beloofde beloofden belooft beloond beloont beloven belt beluisterd
beluisteren bemachtigen bemand bemanning bemanningsleden bemiddelaar bemiddelen bemiddeling
bemoedigend bemoei bemoeien bemoeienis bemoeilijkt bemoeit ben benadeeld benadeelde benaderd
benaderde benaderen benadering benadert benadrukken benadrukt benadrukte benaming benamingen benauwd
bende bendes bene beneden benefiet benen benieuwd benijd benjamin benodigde benodigdheden benoem
benoemd benoemde benoemen benoeming benoemt bent benul benut benutten benzine beoefend beoefenen
beoogd beoogde beoordeel beoordeeld beoordeelt beoordelen beoordeling beoordelingen bepaal bepaald
bepaalde bepaalt bepalen bepalend bepaling bepalingen beperk beperken beperking beperkingen beperkt
beperkte bepleit beproeving beproevingen beraad berbers berecht berechten bereid bereiden bereidheid
bereiding bereidt bereik bereikbaar bereikbaarheid bereikbare bereiken bereikt bereikte bereikten
bereken berekend berekende berekenen berekening berekeningen berekent beren berg bergachtige
bergafwaarts berge bergen berger berging bergtoppen bericht berichten berichtgeving berichtje
berichtjes berichtte berijden berk berm bermen bermuda beroemd beroemde beroemdheden beroemdheid
beroemdste beroep beroepen beroeps beroepsbevolking beroepsgeheim beroepsgroep beroepsonderwijs
beroepsvereniging beroerd beroering beroerte beroofd berouw beroven beroving berucht beruchte berust
berusten bes beschaafd beschaafde beschaamd beschadigd beschadigde beschadigen beschadiging
beschadigingen beschadigt beschamend beschaving beschavingen bescheiden bescheidenheid bescherm
beschermd beschermde beschermen beschermend beschermende beschermer beschermheer bescherming
beschermt beschietingen beschikbaar beschikbaarheid beschikbare beschikken beschikking beschikt
beschikte beschikten beschilderd beschoten beschouw beschouwd beschouwde beschouwen beschouwing
beschouwingen beschouwt beschreef beschreven beschrijf beschrijft beschrijven beschrijving
beschrijvingen beschuldigd beschuldigde beschuldigden beschuldigen beschuldiging beschuldigingen
beschuldigt beschut beschutting besef beseffen beseft besefte beseften beslaat beslag beslecht
beslis beslissen beslissend beslissende beslissing beslissingen beslist besliste besloot besloten
besluit besluiten besluitvorming besmet besmette besmettelijk besmettelijke besmetten besmetting
besmettingen besneden besnijdenis bespaar bespaard bespaart besparen besparing besparingen bespeeld
bespeelt bespelen bespot besprak bespraken bespreek bespreekbaar bespreekt bespreken bespreking
besprekingen besproken bessen best besta bestaan bestaand bestaande bestaansrecht bestaat bestand
bestanddeel bestanddelen bestanden beste besteden besteding besteed besteedde besteedt bestek bestel
besteld bestelde bestellen bestelling bestellingen bestelt bestelwagen bestemd bestemming
bestemmingen bestemmingsplan bestempeld bestempelen besten bestendig bestolen bestond bestonden
bestormen bestorming bestraffen bestraft bestreden bestrijden bestrijding bestrijdingsmiddelen
bestrijdt bestseller bestudeerd bestudeerde bestudeert bestuderen besturen besturing
besturingssysteem besturingssystemen bestuur bestuurd bestuurde bestuurder bestuurders bestuurlijk
bestuurlijke bestuursleden bestuurslid bestuursrecht bestuursvoorzitter bestuurt bet beta betaal
betaalbaar betaalbare betaald betaalde betaalden betaalmiddel betaalt betalen betalende betaling
betalingen betekend betekende betekenen betekenis betekenissen betekent beter betere beteren beters
beterschap betogen betogers betoging beton betonnen betoog betoogde betoogt betoverd betoverende
betrappen betrapt betreden betreedt betreffen betreffende betreft betrek betrekkelijk betrekken
betrekking betrekkingen betrekt betreuren betreurt betrof betrok betrokken betrokkene betrokkenen
betrokkenheid betrouwbaar betrouwbaarheid betrouwbare bette betuigen betwijfel betwijfelen betwist
betwisten beu beugel beuk beuken beul beurs beurt beurten beurzen beval bevallen bevalling bevalt
bevat bevatte bevatten bevechten beveel beveelt beveiligd beveiligde beveiligen beveiliger
beveiligers beveiliging beveiligingsbedrijf bevel bevelen bevelhebber bevelhebbers bever bevers
bevestig bevestigd bevestigde bevestigden bevestigen bevestiging bevestigt beviel bevind bevinden
bevindingen bevindt beving bevlogen bevochten bevoegd bevoegde bevoegdheden bevoegdheid bevolen
bevolking bevolkingsgroei bevolkingsgroep bevolkingsgroepen bevolkt bevolkte bevond bevonden
bevooroordeeld bevoorrading bevoorrechte bevorderd bevorderen bevordering bevordert bevredigen
bevredigend bevriend bevriende bevriezen bevrijd bevrijden bevrijding bevrijdt bevroren bevruchting
bewaakt bewaakte bewaar bewaard bewaarde bewaart bewaken bewaker bewakers bewaking bewandelen
bewapend bewapende bewapening bewaren bewaring beweeg beweegt beweerd beweerde beweerden beweert
bewees bewegen bewegend bewegende beweging bewegingen bewegingsvrijheid beweren bewering beweringen
bewerken bewerking bewerkingen bewerkstelligd bewerkstelligen bewerkt bewerkte bewezen bewijs
bewijslast bewijsmateriaal bewijst bewijzen bewind bewogen bewolking bewolkt bewonder bewonderaar
bewonderd bewonderde bewonderen bewondering bewoner bewoners bewoning bewoog bewoond bewoonde
bewoordingen bewust bewuste bewusteloos bewuster bewustwording bewustzijn bezaaid bezat bezem bezet
bezeten bezette bezetten bezetter bezetters bezetting bezettingen bezichtigen bezichtiging bezielt
bezien bezienswaardigheden bezig beziggehouden bezigheden bezigheid bezighouden bezighoudt bezinning
bezit bezitten bezitter bezittingen bezocht bezochte bezochten bezoek bezoeken bezoeker bezoekers
bezoekerscentrum bezoekje bezoekt bezopen bezorg bezorgd bezorgde bezorgdheid bezorgen bezorger
bezorging bezorgt bezuinigd bezuinigen bezuinigingen bezwaar bezwaren bezweken bezwijken bh bi bib
bibliothecaris bibliotheek bibliotheken bid bidden bidt bie bieb biecht bied bieden bieder biedt
biefstuk bier bieren biermerk biertje biertjes bies biet biezen big bij bijbaan bijbehorende bijbel
bijbels bijbrengen bijdehand bijdraagt bijdrage bijdragen bijeen bijeengebracht bijeenkomst
bijeenkomsten bijen bijenkorf bijgebouw bijgebouwen bijgedragen bijgehouden bijgekomen bijgeloof
bijgestaan bijgesteld bijgevolg bijgewerkt bijgewoond bijhorende bijhouden bijhoudt bijkomen
bijkomend bijkomende bijkomstigheid bijl bijlage bijlen bijles bijna bijnaam bijnamen bijpassende
bijpraten bijrol bijscholing bijschrift bijstaan bijstand bijstellen bijster bijt bijtelling bijten
bijtende bijval bijvoorbeeld bijvullen bijwerken bijwerking bijwerkingen bijwonen bijzijn bijzonder
bijzondere bijzonderheden bijzonders bikini bil bilaterale biljart biljet biljetten biljoen
billboard billen bilt bin binaire binden bindend bindende binding bindt bingo bink binnen
binnendringen binnengedrongen binnengehaald binnengekomen binnengevallen binnenhalen binnenhof
binnenin binnenkant binnenkomen binnenkomst binnenkomt binnenkort binnenkwam binnenkwamen binnenland
binnenlands binnenlandse binnenlopen binnenplaats binnenshuis binnenstad binnenste binnenstebuiten
binnenuit binnenvaart binnenvallen binnenvielen binnenzijde bio biodiversiteit biografie biologie
biologisch biologische bioloog biomassa bios bioscoop bioscopen birdie bis bisdom biseksuele
bisschop bisschoppen bistro bit bitch bitcoin bitcoins bits bitter bittere bizar bizarre blaadje
blaadjes blaas blaast blabla black blackjack blad bladen blader bladeren bladmuziek bladzijde
bladzijden blaffen blanc blanche blanco blank blanke blanken blaren blauw blauwdruk blauwe blazen
blazers bleef bleek bleke bleken blender blessure blessures blessuretijd bleu bleven blies blij
blijde blijdschap blije blijer blijf blijft blijk blijkbaar blijken blijkt blijven blijvend
blijvende blik blikje blikjes blikken bliksem blikt blind blinde blindelings blinden blindheid
blinken blinkt blitz block bloed bloedbad bloedcellen bloeddruk bloeden bloedend bloederig
bloederige bloedige bloeding bloedingen bloedonderzoek bloedsomloop bloedt bloedvaten bloedvergieten
bloei bloeien bloeiende bloeit bloem bloemen bloemetje bloemetjes bloemist bloemkool bloemlezing
bloesem blog bloggen blogger bloggers blogpost blogs blogt blok blokje blokjes blokkade blokkades
blokkeer blokkeerde blokkeert blokken blokker blokkeren blom blond blonde blondine blondje bloody
bloot blootgelegd blootgesteld blootstelling blote blouse blow blowjob blozen blue blues bluetooth
bluf blunder blunders blussen blut bnp bo boa board bob bobby bobo bocht bochten bod bode bodem
boden body bodyguard boe boeddha boeddhisme boeddhisten boeddhistische boef boeg boegbeeld boei
boeien boeiend boeiende boeit boek boekel boeken boekenkast boeket boekhandel boekhouden boekhouder
boekhouding boeking boekingen boekje boekjes boekt boekte boekwinkel boel boem boer boerderij
boerderijen boeren boerenkool boerin boerka boete boeten boetes boeven boezem bogen bok bokaal boks
boksen bokser bol bolle bollen bolletje bolletjes bolt bolwerk bom bomaanslag bomaanslagen
bombardement bombardementen bombarderen bomen bommel bommen bommenwerper bommenwerpers bomvol bon
bonbons bond bondage bonden bondgenoot bondgenootschap bondgenoten bondscoach bondskanselier bonen
bongo bonnen bonnetje bonnetjes bono bont bonte bonus bonussen bood boodschap boodschappen
boodschapper boog boogie boogschieten boogschutter boom boomgaard boomhut boompje boomstammen boon
boontjes boor boord boordevol boos boosdoener boosheid boost booster boot bootje bootjes boots bora
bord bordeaux bordeel borden border borders bordje bordjes bordspel boren borg borgen borger
borgtocht boring borrel borrelen borst borstel borsten borstkanker borstkas borstvoeding bos
bosbessen bosbouw bosbrand bosbranden bosje bosjes boss bossen boston boswachter bot botanische
boten boter boterham boterhammen botje botox bots botsen botsing botsingen botst botste botte botten
bouillon boulevard bourbon bourgeois bourgogne bout bouten bouw bouwbedrijf bouwde bouwden bouwen
bouwer bouwers bouwjaar bouwkunde bouwkundig bouwkundige bouwmarkt bouwmaterialen bouwmeester
bouwplaats bouwplannen bouwsector bouwstenen bouwt bouwtekeningen bouwvakkers bouwwerk bouwwerken
bouwwerkzaamheden boven bovenaan bovenaf bovenal bovenbeen bovenbouw bovendien bovengenoemde bovenin
bovenkant bovennatuurlijke bovenop bovenstaande bovenste bovenverdieping bovenzijde bowl bowlen
bowling box boxen boxer boy boycot boycotten boys boze br braaf braak brace bracht brachten braden
brak braken bram branche branches brand brandde branden brandend brandende brander brandhout
branding brandpunt brandstapel brandstichting brandstof brandstoffen brandt brandveiligheid
brandweer brandweerkazerne brandweerman brandweermannen brandwonden brasserie brave bravo break
brede breder bredere breed breedte breek breekt breiden breidt breien brein breken breng brengen
brengt bres breuk breuken brevet brexit bridge bridget brie brief briefing briefje briefjes briesje
brieven brievenbus brigade brigadier bril briljant briljante brillen brink brits brocante broccoli
broche brochure brochures broden broeden broeder broeders broederschap broeikasgassen broek broeken
broekje broekzak broer broers broertje broertjes brok brokken brokstukken brom bromfiets brommer
bron broncode bronnen brons bronvermelding bronzen brood broodje broodjes broodnodige broodrooster
broos bros brouwen brouwer brouwerij brouwerijen brouwers brownie browser brug bruggen brugklas
bruid bruidegom bruidsjurk bruidspaar bruidsschat bruikbaar bruikbare bruikleen bruiloft bruiloften
bruin bruine bruisende brullen brunch brunette brutaal brutale brutaliteit brute bruto bruut btw
bubbel bubbelbad bubbels buddy budget buffel buffer buffet bug bugs bui buien buigen buiging buigt
buik buikje buikpijn buikspieren building buis buit buiten buitenaards buitenaardse buitenaf
buitengebied buitengerechtelijke buitengesloten buitengewone buitengewoon buitenkant buitenland
buitenlander buitenlanders buitenlands buitenlandse buitenlucht buitenplaats buitenpost buitenspel
buitensporig buitenstaander buitenstaanders buitenste buitenwereld buitenwijk buitenwijken
buitenzijde buizen buk bukken bulk bulldog bullet bulletin bullshit bult bumper bundel bundelen
bundeling bundels bungalow bunker bunkers bunny burcht bureau bureaucratie bureaucratische bureaus
buren burg burgemeester burgemeesters burgemeesterschap burger burgerlijk burgerlijke burgeroorlog
burgerrechten burgers burgerschap burgerwacht bus buschauffeur bushalte business busje busjes
buskruit buslijn bussen busstation buste but butler butterfly button buur buurland buurlanden
buurman buurmeisje buurt buurtbewoners buurten buurthuis buurtschap buurvrouw bv bye bypass c
cabaret cabaretier cabine cabrio cabriolet cacao cache cactus cadeau cadeaubon cadeaus cadeautje
cadeautjes cadet caesar cafe cafetaria cake calcium calculator call callcenter camera camerabeelden
cameraman cammen camouflage camp campagne campagnes camper campers camping campings camps campus
campussen canada canadees canadezen candy cannabis canon canvas canyon cao cap capaciteit
capaciteiten cape capella capitulatie cappuccino caps capsule capsules captain capuchon cara caravan
carbon card cardiologie care cargo carnaval carrier carriere carrosserie carte carter cartoon
cartoonist cartoons cas casanova case cases cash casino cassatie cassette cast casting casual casus
cat catalogus catastrofe catch categorie catering catwalk cava cavalerie cavia cc cd cel celebrity
cellen cello celstraf cement censuur cent centen center centimeter centimeters centra centraal
centrale centrales centrum ceremonie ceremonieel certificaat certificaten certificering cetera cg
chagrijnig chalet champagne champignons chance chant chantage chanteren chaos chaotisch chaotische
character chardonnay charge charisma charleston charmant charmante charme charmes charter chassis
chat chateau chatten chauffeur chauffeurs check checken checklist checkt cheerleader chef chefs
chemie chemisch chemische chemo chemotherapie cheque chester chet chi chic chick chihuahua chili
chill chillen chimpansee chinees chinezen chip chipkaart chips chique chirurg chirurgen chirurgie
chirurgische chloor choco chocola chocolade chocolademelk choice cholera cholesterol choreografie
chris christelijk christelijke christen christendom christenen christus chronisch chronische chroom
ciao cicero cijfer cijfers cilinder cilinders cinema circa circuit circuits circulair circulaire
circulatie circuleren circus cirkel cirkels citaat citadel citaten citeer citeert citeren cito
citroen citroenen city citytrip civiel civiele cl claim claimen claims claimt clan clans clark clash
class classic classics classificatie claus clausule clean clement click client clienten climax
clinic clip clips clitoris close cloud clown clowns club clubhuis clubje clubs cluster clusters cm
cms co coach coachen coaches coaching coalitie cobra coca cockpit cocktail cocktails coco cocon code
codenaam codering codes codex coffee cognac cognitieve cohesie coke col cola colbert cold
collaborateur collaboratie collage collecte collectie collectief collecties collectieve collector
collega college collegegeld colleges collier colonne colour colt column columnist columns coma combi
combinatie combinaties combineer combineert combineren combo comeback comedy comfort comfortabel
comfortabele comfortabeler comic coming commandant commando commentaar commentaren commentator
commentatoren commerce commercial commercials commercie commercieel commissariaat commissaris
commissarissen commissie commissies commodore common commotie communicatie communicatiemiddel
communicatiemiddelen communiceert communiceren communie communisme communist communisten
communistisch communistische community compact compacte compagnie compagnon compartiment compassie
compatibel compensatie compenseren competentie competenties competitie competities
competitiewedstrijd compilatie compleet complete complex complexe complexer complexiteit
complicaties compliment complimenten complot complottheorie component componenten componeren
componist componisten compositie composities compressie compressor compromis compromissen computer
computers con concentratie concentratiekamp concentratiekampen concentraties concentreert
concentreren concept concepten concern concert concerten concertgebouw concertzaal concessie
concessies conclaaf concludeerde concludeert concluderen conclusie conclusies concordia concours
concreet concrete concurrent concurrenten concurrentie concurreren concurrerende conditie condities
condoom condooms condor conducteur confederatie conference conferentie conferenties confetti
configuratie conflict conflicten conform confrontatie confrontaties confronteert confronteren
confronterend congres congreslid congressen connectie connecties consensus consequent consequentie
consequenties conservatief conservatieve conservatieven conservatisme conservator conservatorium
consistent console consoles consortium constant constante constateert constateren constatering
constitutie constitutioneel constitutionele constructeur constructie constructief constructies
constructieve consul consulaat consulent consult consultant consultants consultatie consument
consumenten consumentenbond consumeren consumptie contact contacten contacteren contactgegevens
contactpagina contactpersoon container containers contant conte content contest context continent
continenten continu continue contouren contra contract contracten contrast contributie controle
controleer controleert controleren controles controller controllers controverse controversieel
convenant conventie conventionele conversatie conversaties conversie cookie cookies cool coole
cooler coolste copyright cordon corner corona coronavirus corporatie corporaties corps corpus
correct correcte correctheid correctie correcties correlatie correspondent correspondentie
corrigeert corrigeren corrupt corrupte corruptie corso cortex cosmetica cosmetische cost costa
cottage cougar countdown counter country county coup coupe couplet courant coureur coureurs
courgette court cover covers cowboy cowboys cox crack crackers crash crashen crazy creatie creatief
creaties creatieve creativiteit credit creditcard creditcards credo crematie crematorium creme crew
cricket crime criminaliteit crimineel criminele criminelen criminologie crises crisis criteria
criterium critici criticus crm cross crowdfunding crown cru cruciaal cruciale cruise cruiser
cruiseschip cubanen culinair culinaire cult culture cultureel culturele culturen cultuur
cultuurhistorische cum cup cupcake cupido cups curacao curator cure curriculum curry cursisten
cursus cursussen curve cv cycloon cyclus cynisch cynische cynisme d da daad daadkracht daadwerkelijk
daadwerkelijke daag daagde daags daagse daagt daal daalde daalt daar daaraan daarachter daarbij
daarbinnen daarboven daarbuiten daardoor daarenboven daarentegen daarheen daarin daarmee daarna
daarnaar daarnaast daarnet daarom daaronder daarop daaropvolgende daarover daartegen daartoe
daartussen daaruit daarvan daarvoor dab dacht dachten dad dadelijk dadels daden dader daders dag
dagbesteding dagblad dagbladen dagboek dagboeken dage dagelijks dagelijkse dagen dagenlang dageraad
dagje daglicht dagvaarding dahlia daisy dak daken dakloos dakloze daklozen dakpannen dakterras dal
dalai dalen dalend dalende daling dalton dam dame dames dammen damp dampen dan dance dancing dank
dankbaar dankbaarheid danken dankjewel dankt dankzij dans dansen dansend dansende danser danseres
danseressen dansers dansje danst danste dansten dansvloer dapper dappere dar dark darm darmen
darmkanker darren dart darts das dashboard dassen dat data databank database databases datacenter
date dateert daten dateren dates datgene dating datingsite datum datums datzelfde db dc de deadline
deadlines deal dealen dealer dealers deals death debat debatten debatteren debiel debutant
debutanten debuteerde debuut debuutalbum dec decaan december decennia decennialang decennium
decentralisatie deck deco decoder decor decoratie decoraties decoratieve decreet deden deed deeg
deel deelde deelden deelgemeente deelgenomen deelnam deelname deelnamen deelneemster deelneemsters
deelneemt deelnemen deelnemende deelnemer deelnemers deelneming deels deelstaat deelstaten deelt
deeltijd deeltijds deeltje deeltjes deen defect defecte defensie defensief defensieve definieert
definitie definitief definities definitieve deftig deftige degelijk degelijke degene degenen
degradatie degraderen dei dek dekbed deken dekens dekentje dekken dekker dekkers dekking dekmantel
deksel dekt del dele delegatie delen delft delicate delict delicten delta demand dementie demi demo
democraat democraten democratie democratisch democratische demografische demon demonen demonstranten
demonstratie demonstraties demonstreren dempen den denk denkbaar denkbeelden denkbeeldige denken
denkend denkende denker denkers denkt denktank denkwijze dennen deo deodorant departement
departementen deportatie depot depressie depressief depressies depressieve deprimerend der derby
derde derden dergelijk dergelijke dergelijks derhalve derivaten dermate dertien dertiende
dertienjarige dertig dertiger des desalniettemin desbetreffende design designer designs desk desktop
deskundig deskundige deskundigen deskundigheid desnoods desondanks dessert destijds destructieve det
detail detailhandel details detecteren detective detector detentie detox deugd deugdelijk
deugdelijke deugden deugt deuk deuntje deur deurbel deuren deurmat deurwaarder deus device deze
dezelfde dezen dezer di dia diabetes diagnose diagnostiek diagonaal diagram diaken dialect dialecten
dialogen dialoog diamant diamanten diameter diarree diaspora dicht dichtbij dichte dichten dichter
dichterbij dichters dichtheid dichtst dichtstbijzijnde dictator dictatoriale dictators dictatuur die
dieet dief diefstal diefstallen diegene diegenen dien dienaar dienaren diende dienden dienen diens
dienst dienstdoende dienste diensten dienstmeid dienstmeisje dienstplicht dienstregeling diensttijd
dienstverband dienstverlener dienstverlening dient diep diepe dieper diepere diepgaand diepgaande
diepgang diepste diepte dieptepunt diepvries dier dierbaar dierbare dierbaren dieren dierenarts
dierenbescherming dierenmishandeling dierenpark dierentuin dierentuinen dierenwelzijn dierlijk
dierlijke diersoort diersoorten diertje diertjes dies diesel dieven diezelfde different digitaal
digitale digitalisering dijen dijk dijken dijkgraaf dik dikke dikker dikkere dikste dikte dikwijls
dildo dilemma dimensie dimensies dimmen diner dineren ding dingen dinges dingetje dingetjes dino
dinosaurus dinsdag dinsdagavond dinsdagmiddag dinsdagmorgen dinsdagochtend dip diploma diplomaat
diplomaten diplomatie diplomatiek diplomatieke direct directe directeur directeuren directie
director directoraat directory directrice dirigent dirk dis disc discipelen discipline disciplines
disco discotheek discreet discrete discretie discriminatie discrimineren discriminerende discussie
discussies disk diskjockey diskrediet display dispuut distributeur distributie district districten
dit ditmaal dito ditzelfde diva divers diverse diversen diversiteit dividend divisie divisies dixie
dj dl dm do dobbelstenen docent docente docenten doch dochter dochteronderneming dochters dochtertje
doctor doctrine document documentaire documentaires documentatie documenten documenteren dode
dodelijk dodelijke dodelijkste doden dodental dodo doe doei doek doeken doekje doekjes doel
doelbewust doeleinden doelen doelgericht doelgroep doelloos doelman doelpunt doelpunten doelsaldo
doelstelling doelstellingen doelt doeltreffend doeltreffende doelwit doen doende does doet dog dogma
dojo dok doken dokken dokter dokters dol dolblij dolby dolce dolf dolfijn dolfijnen dolgraag dolk
dollar dollars dolle dollen dolly dom dombo domein domeinen domeinnaam domeinnamen domheid dominant
dominante dominantie dominee domineert domineren dominicaanse domino domme dommel dommer domste
domweg don donateur donateurs donatie donaties donder donderdag donderdagavond donderdagmiddag
donderdagochtend donders doneert doneren dong dongen donk donker donkerblauw donkerbruin donkerder
donkere donkey donna donor donoren dons donut donuts dood doodde doodden doodeng doodgaan
doodgeboren doodgegaan doodgereden doodgeschoten doodgeslagen doodlopende doodmoe doods doodsbang
doodsbedreigingen doodschieten doodschoot doodslag doodsoorzaak doodstraf doodt doodvonnis doodziek
doof doofpot dooie dook doolhof doom doop door doorboord doorbraak doorbracht doorbreekt doorbreken
doorbrengen doorbrengt doorbroken doordacht doordachte doordat doordeweeks doordeweekse doordringen
doorgaan doorgaande doorgaans doorgaat doorgang doorgebracht doorgebroken doorgedrongen doorgeeft
doorgegaan doorgegeven doorgemaakt doorgenomen doorgereden doorgestuurd doorgeven doorgevoerd
doorgezet doorging doorgronden doorhebben doorheen doorkomen doorkruisen doorkruist doorloopt
doorlopen doorlopend doorlopende doormaakt doormaken doormidden doorn doornemen doorreis doorrijden
doorslag doorslaggevend doorsnede doorsnee doorsnijden doorstaan doorstart doorstroming doorsturen
doortrekken doorvoeren doorwerken doorzetten doorzettingsvermogen doorzichtig doorzichtige doorzien
doorzocht doorzoeken doos doosje dop dope dopen doping doppen dor dorp dorpelingen dorpen dorpje
dorpjes dorpsbewoners dorpshuis dorpskern dorpsplein dorpsraad dorpsstraat dorst dorstig dos
dosering doses dosis dossier dossiers dot douane double douche douchen douches dove doven dover down
download downloaden downloads downs downtown dozen dozijn dpi draad draadje draadjes draadloos
draadloze draag draagbaar draagbare draagkracht draagt draagvlak draai draaiboek draaide draaiden
draaien draaiend draaiende draait draak drachten draden dragen dragende drager dragers dragon
dragons draken drama dramatisch dramatische drang drank dranken drankje drankjes drastisch
drastische dreef dreigde dreigden dreigement dreigementen dreigen dreigend dreigende dreiging
dreigingen dreigt drempel drempels dressuur dreun dreven drie driedaagse drieduizend driehoek
driehonderd driekwart drieluik driemaal dries drietal drievoudige drift drijft drijfveer drijfveren
drijven drijvend drijvende dringen dringend dringende dringt drink drinken drinkt drinkwater drive
driver drivers droeg droegen droevig droevige droge drogen droger drogist drol dromen drone drones
drong drongen dronk dronken dronkenschap droog droogt droogte droom droomde droomhuis droomt drop
droppen drost drug drugs drugsdealer drugsgebruik drugshandel druif druipt druiven druk drukke
drukken drukker drukkerij drukste drukt drukte drukwerk drum drummer drums drumstel druppel
druppelen druppels dry du dubbel dubbele dubbelganger dubbelspel dubbeltje dubieuze duck due duel
duels duet duffel duidelijk duidelijke duidelijker duidelijkheid duiden duiding duidt duif duik
duikboot duiken duiker duikers duikt duim duimen duimpje duin duinen duister duistere duisternis
duit duivel duivels duivelse duiven duizelig duizeligheid duizend duizenden dulden dump dumpen dun
dunk dunne dunner duo dupe dure duren durend durende durf durfde durft durven dus dusdanig dusver
dutje duur duurde duurden duurder duurdere duurste duurt duurzaam duurzaamheid duurzame duurzamer
duvel duw duwde duwen duwt duwtje dvd dwaas dwalen dwang dwangarbeid dwars dwarsbomen dwaze dwazen
dweilen dwerg dwergen dwingen dwingt dwong dwongen dynamiek dynamisch dynamische dynamo dynastie
dyslexie e earl easy eau eb ebay ebola echo echt echte echter echtgenoot echtgenote echtgenoten
echtgenotes echtheid echtpaar echtscheiding ecologie ecologisch ecologische economen economie
economisch economische economist econoom ecosysteem ecosystemen eddy ede edel edele edelen edelman
edelstenen eden edit editie edities editor educatie educatief educatieve eed eeg eekhoorn eekhoorns
een eend eenden eender eendje eendracht eenduidig eenheden eenheid eenhoorn eenieder eenmaal
eenmalig eenmalige eenpersoons eens eensgezind eentje eenvoud eenvoudig eenvoudige eenvoudiger
eenvoudigste eenvoudigweg eenwording eenzaam eenzaamheid eenzame eenzelfde eenzijdig eenzijdige eer
eerbetoon eerbied eerder eerdere eergisteren eerlijk eerlijke eerlijker eerlijkheid eerst eerste
eerstejaars eersteklas eersten eerstvolgende eert eervol eervolle eet eetbaar eetbare eetkamer
eetlust eettafel eetzaal eeuw eeuwen eeuwenlang eeuwenoud eeuwenoude eeuwig eeuwige eeuwigheid
effect effecten effectief effectieve effectiever effectiviteit effen efficiency eg egel ego eh ei
eieren eigen eigenaar eigenaardig eigenaardige eigenaars eigenaarschap eigenaren eigenaresse
eigenbelang eigendom eigendommen eigendomsrechten eigenhandig eigenlijk eigenlijke eigenschap
eigenschappen eigentijdse eigenwaarde eigenwijs eigenwijze eigenzinnige eik eikel eikels eiken
eiland eilanden eilandengroep eilandje eilandjes eind eindbestemming einddatum einde eindelijk
eindeloos eindeloze eindexamen eindig eindigde eindigden eindigen eindigt eindje eindjes eindpunt
eindresultaat eindronde eindstand eindstreep eindtijd eindzege eis eisen eisers eist eiste eisten
eitje eitjes eiwit eiwitten el elan elders electro elegant elegante elektra elektricien
elektriciteit elektriciteitscentrale elektriciteitsnet elektrificatie elektrisch elektrische elektro
elektromagnetische elektronen elektronica elektronisch elektronische elektrotechniek element
elementaire elementen elf elfde elfen elftal elftallen elimineren elitaire elite elk elkaar elkaars
elke ellebogen elleboog ellen ellende ellendig ellendige els email emancipatie embargo embleem
embryo emerald emigranten emigratie emigreren emir emiraat emiraten emissie emmer emmers emo emotie
emoties emotioneel emotionele empathie empire empirisch en enclave encryptie encyclopedie end ende
endemische ene energie energiebedrijf energiebesparing energiebron energiek energieke
energieleverancier energierekening energietransitie energieverbruik enerzijds enfin eng engagement
enge engel engelen engels engeltje engeltjes engine engineering enig enige enigen enigste enigszins
enkel enkelband enkele enkelen enkeling enkels enkelvoudige enne enorm enorme ensemble enter
entertainer entertainment enthousiasme enthousiast enthousiaste entiteit entiteiten entourage entree
envelop enveloppe enveloppen environment enzovoort enzovoorts enzym enzymen eo epa epidemie
epilepsie episch epische episode equivalent er era eraan erachter eraf erbarmelijke erbij erboven
erdoor erdoorheen ere erectie eredivisie eren erf erfelijk erfelijke erfenis erfgenaam erfgenamen
erfgoed erfpacht erft erg erge ergens erger ergere ergeren ergernis ergert ergo ergs ergst ergste
erheen erica erin erkend erkende erkennen erkenning erkent ermee erna ernaar ernaast ernst ernstig
ernstige ernstiger erom eromheen eronder erop eropuit erosie erotiek erotisch erotische erover
eroverheen ertegen ertoe ertussen eruit eruitziet ervaar ervaart ervan ervaren ervaring ervaringen
ervaringsdeskundige erven ervoor erwten es escalatie escape escort escorte escorts espresso esprit
essay essays essen essence essentie essentieel est establishment estafette ester esthetische et
etage etages etalage etappe etappes eten etentje eters ethanol ether ethiek ethisch ethische etiket
etiketten etiquette etniciteit etnisch etnische ets euforie eureka euro eurozone euthanasie eva
evacuatie evacueren evaluatie evaluaties evalueren evangelie evangelische even evenaar evenals
evenaren eveneens evenement evenementen evengoed evenmin evenredig event eventjes events eventueel
eventuele evenveel evenwel evenwicht evenwichtige evenzeer ever evers evident evolueert evolueren
evolutie evolutionaire ex exact exacte examen examens excellent excellente excellentie excelsior
exclusief exclusieve excursie excuses excuus executeren executie executies exemplaar exemplaren exit
exodus exotisch exotische expansie expats expeditie experiment experimenteel experimentele
experimenten experimenteren expert experten expertise experts expliciet expliciete explodeerde
explodeert exploitant exploitatie exploiteren explosie explosief explosies explosieve explosieven
expo export exporteren expositie exposities expres expressie extase extensie exterieur extern
externe extra extraatje extreem extreemrechtse extreme extremen extremisme extremisten
extremistische eyeliner ezel ezels f fa faalde faalt faam fabricage fabriek fabrieken fabrikant
fabrikanten face facebook facelift facetten facilitair faciliteit faciliteiten faciliteren facto
factor factoren facturen factuur faculteit failliet failliete faillissement faillissementen fair
faire fake fakkel falen familiale familie familiebedrijf familieleden familielid familienaam
families family fan fanatiek fanatieke fanclub fancy fanfare fans fantaseren fantasie fantastisch
fantastische fantasy far farao farce farm farmaceutische farmer fascinatie fascinerend fascinerende
fascisme fascist fascisten fascistische fase fasen fases fastfood fat fataal fatale fatsoen
fatsoenlijk fatsoenlijke fauna favoriet favoriete favorieten fax feature features feb februari
federaal federale federatie fee feedback feest feestdag feestdagen feestelijk feestelijke
feestelijkheden feesten feestje feestjes feestvieren feilloos feit feite feitelijk feitelijke feiten
feitje fel felicitaties feliciteert feliciteren felle feller fellow feminisme feminist feministe
feministen feministische femme fender feng fenomeen fenomenaal fenomenale fenomenen ferme ferry
festival festivals festiviteiten fez fiasco fiat fiche fictie fictief fictieve fiction field fier
fiesta fiets fietsen fietsenstalling fietser fietsers fietspad fietspaden fietsroute fietst fietste
fietstocht figuranten figuren figuur figuurlijk fijn fijne fijner fijnste fijnstof fik fikse
filantroop file files filiaal filialen film filmde filmen filmfestival filmmaker filmmakers filmpje
filmpjes filmregisseur films filmster filmt filosofen filosofie filosofisch filosofische filosoof
filter filteren filters fin finaal finale finales finalist finalisten financieel financiele
financier financieren financiering financiert fine finish firewall firma first fiscaal fiscale
fiscus fit fitness fitter five fix flair flamenco flamingo flank flanken flarden flash flashback
flat flatgebouw flats flauw flauwe flauwekul flauwgevallen flauwvallen fles flesje flesjes flessen
fleur flex flexibel flexibele flexibiliteit flexwerkers flikken flikker flikt flink flinke flint
flip flippen flirt flirten flits flitsen flitsende flitser flo floot flop flora flow fluisteren
fluistert fluit fluiten fluitje fluwelen flyer flyers fobie focus focussen focust foetus fok fokken
fokker folder folders folie folk folklore fonds fondsen fondsenwerving font fontein fonteinen fooi
football fora force forceren forel forensisch forensische form forma formaat format formaten
formatie formeel formele formule formuleren formulering formules formulier formulieren fornuis fors
forse fort forten fortuin forum forums fosfaat fosfor fossiel fossiele fossielen foto fotoalbum
fotoboek fotograaf fotografe fotografeerde fotografen fotograferen fotografie fotografische
fotoserie fotosessie fotoshoot fotoverslag fouilleren foundation fout foute fouten foutief foutieve
foutje foutjes foutloos foutmelding fox foyer fraai fraaie fractie fractieleider fracties
fractievoorzitter fragment fragmenten frambozen frame frames franc franchise franco frank franken
frans fransman fraude freak freaks free freelance freelancer freelancers freestyle frequent
frequente frequentie frequenties fresco fries friet frieten frietjes friezen fris frisdrank frisse
front frontaal frontale fronten frontlinie frontman fruit fruitig frustratie frustraties frustrerend
fte ftp fuck fuif full fulltime fun functie functieomschrijving functies functionaliteit
functionaris functionarissen functioneel functioneert functionele functioneren functionerende
fundament fundamenteel fundamentele fundamenten fundering fungeert fungeren funk funky fuseren fusie
fusies fusion future futures futuristische fysica fysiek fysieke fysio fysiologie fysiotherapeut
fysiotherapie fysische g ga gaaf gaal gaan gaande gaandeweg gaar gaarne gaas gaat gaatje gaatjes
gade gadget gadgets gaf gaga gal gala galen galerie galerij galerijen galg game gamen gamer gamers
games gaming gamma gang gangbaar gangbang gangbare gangen gangster gangsters gans ganse ganzen gap
garage garandeert garanderen garant garantie garanties garde garden garderobe gare garen garnalen
garnizoen gas gassen gast gastarbeiders gasten gastheer gastheren gasthuis gastland gastouder
gastronomie gastvrij gastvrijheid gastvrouw gaswinning gat gate gaten gates gateway gauw gave gaven
gay gazelle gazet gazon ge geaardheid geabsorbeerd geaccepteerd geaccepteerde geacht geachte
geactiveerd geadopteerd geadopteerde geadviseerd gealarmeerd geallieerde geallieerden geamuseerd
geanalyseerd geanimeerde geannuleerd geantwoord gearchiveerd gearresteerd gearriveerd geassisteerd
geassocieerd geautomatiseerd geavanceerd geavanceerde gebaar gebaat gebak gebakken gebaren
gebarentaal gebaseerd gebaseerde gebed gebeden gebeld gebergte gebeten gebeurd gebeurde gebeurden
gebeuren gebeurt gebeurtenis gebeurtenissen gebied gebieden gebit geblazen gebleken geblesseerd
geblesseerde gebleven geblinddoekt geblokkeerd geblokkeerde gebod geboden geboeid geboekt gebogen
gebombardeerd gebonden geboord geboorte geboortedag geboortedatum geboortedorp geboortekaartje
geboortekaartjes geboorteland geboorteplaats geboortestad geboren geborgen gebouw gebouwd gebouwde
gebouwen gebracht gebraden gebrand gebrek gebreken gebrekkig gebrekkige gebroeders gebroken
gebrouwen gebruik gebruikelijk gebruikelijke gebruiken gebruiker gebruikers gebruikersnaam
gebruikgemaakt gebruikmaakt gebruikmaken gebruiksvoorwaarden gebruikt gebruikte gebruikten gebukt
gebundeld gecastreerd gecertificeerd gecharmeerd gecheckt geciteerd geclassificeerd gecodeerd
gecombineerd gecombineerde gecommuniceerd gecompenseerd gecompliceerd gecompliceerde gecomponeerd
geconcentreerd geconcludeerd gecondoleerd geconfronteerd geconstateerd geconsumeerd gecontroleerd
gecontroleerde gecorrigeerd gecremeerd gedaagden gedaald gedaan gedaante gedacht gedachte
gedachtegoed gedachten gedachtes gedag gedagvaard gedanst gedateerd gedecoreerd gedeeld gedeelde
gedeelte gedeeltelijk gedeeltelijke gedeelten gedeeltes gedefinieerd gedefinieerde gedegen
gedegradeerd gedekt gedemonstreerd gedempt gedenken gedenkplaat gedenkteken gedeporteerd
gedeputeerde gedetailleerd gedetailleerde gedetecteerd gedetineerde gedetineerden gedicht gedichten
gediend gedijen geding gediscrimineerd gediscussieerd gediskwalificeerd gedocumenteerd
gedocumenteerde gedoe gedoemd gedomineerd gedonder gedoneerd gedood gedoopt gedoucht gedownload
gedraag gedraagt gedraaid gedrag gedragen gedragscode gedrang gedreigd gedreven gedronken gedroogd
gedroogde gedroomd gedropt gedrukt gedrukte geduld geduldig gedumpt gedurende gedurfd geduurd geduwd
gedwongen geef geeft geel geen geenszins geer geert geertje geest geestelijk geestelijke
geestelijken geesten geestig gefaald gefabriceerd gefascineerd gefeest gefeliciteerd gefietst
gefilmd gefilterd gefinancierd geflikt gefocust gefokt geforceerd geformuleerd gefotografeerd
gefrituurde gefrustreerd gegaan gegarandeerd gegenereerd gegeten gegeven gegevens gegijzeld gegil
gegokt gegooid gegoten gegraveerd gegraven gegrepen gegroeid gegronde gegund gehaald gehaast gehaat
gehackt gehad gehakt gehalte gehalveerd gehandeld gehandhaafd gehandicapt gehandicapte gehandicapten
gehandicaptenzorg gehangen gehanteerd gehanteerde gehate gehecht geheel geheim geheime geheimen
geheimhouding geheimpje geheimzinnig geheimzinnige gehele gehersenspoeld gehesen geheten geheugen
geheugenverlies geheven gehinderd geholpen gehoopt gehoor gehoord gehoorzaam gehoorzaamheid
gehoorzaamt gehoorzamen gehore gehouden gehucht gehuild gehuisvest gehuld gehuldigd gehuurd gehuurde
gehuwd geil geile geilste gein geinteresseerd geintje geit geiten geitenkaas gejaagd gejat gejuich
gek gekaapt gekant gekapt gekeerd gekeken gekend gekende gekenmerkt gekeurd gekke gekken gekkenhuis
gekker geklaagd geklaard geklede gekleed gekleurd gekleurde geklikt geklommen geklopt geknipt
geknoeid gekocht gekochte gekoeld gekomen gekookt gekookte gekopieerd gekoppeld gekoppelde gekost
gekozen gekraakt gekregen gekroond gekropen gekruist geks gekste gekte gekund gekust gekwalificeerd
gekwalificeerde gekweekt gekwetst gel gelaat gelach gelachen geladen gelanceerd geland gelast
gelaten geld geldautomaat geldbedrag gelden geldende geldig geldige geldigheid geldt gele geleden
gelederen geleefd geleen geleend geleerd geleerde geleerden gelegd gelegen gelegenheden gelegenheid
geleid geleide geleidelijk geleidelijke geleider gelekt gelekte gelet geleverd geleverde gelezen
gelieerd gelieerde geliefd geliefde geliefden gelieve gelijk gelijkaardig gelijkaardige gelijke
gelijken gelijkenis gelijkenissen gelijkheid gelijkmaker gelijkmatig gelijkmatige gelijknamig
gelijknamige gelijkspel gelijktijdig gelijkvloers gelijkwaardig gelijkwaardige gelijkwaardigheid
gelikt gelimiteerde gelinkt gelogen gelokaliseerd gelokt geloof geloofd geloofde geloofden
geloofsgemeenschap gelooft geloofwaardig geloofwaardige geloofwaardigheid gelopen gelost geloven
gelovig gelovige gelovigen geluid geluiden geluidsoverlast geluisterd geluk gelukkig gelukkige
gelukkigen gelukkiger gelukkigste gelukt gelukwensen gelul geluncht gem gemaaid gemaakt gemaakte
gemaal gemaild gemak gemakkelijk gemakkelijke gemakkelijker gemalen gemanipuleerd gemanipuleerde
gemarkeerd gemarteld gemaskerde gematigd gematigde gember gemeen gemeend gemeenschap
gemeenschappelijk gemeenschappelijke gemeenschappen gemeente gemeentebestuur gemeentehuis
gemeentelijk gemeentelijke gemeenten gemeenteraad gemeenteraadslid gemeenteraadsverkiezingen
gemeenteraden gemeentes gemeentesecretaris gemeld gemelde gemene gemenebest gemengd gemengde gemerkt
gemeten gemiddeld gemiddelde gemis gemist gemiste gemixt gemma gemobiliseerd gemoderniseerd gemoed
gemoederen gemoedstoestand gemoeid gemogen gemonteerd gemotiveerd gemotiveerde gemotoriseerde gemunt
gen genaaid genaamd genade genadeloos gender gene genealogie geneeskunde geneeskundige geneesmiddel
geneesmiddelen geneest genegeerd genegenheid geneigd genen generaal generaals generale generatie
generaties generation generator generatoren genereert genereren genesis genetica genetisch
genetische geneukt genezen genezing geniaal geniale genie geniet genieten genitale genius genocide
genodigden genoeg genoegen genoemd genoemde genomen genomineerd genomineerde genomineerden
genoodzaakt genoot genootschap genot genoteerd genoten genre genres gent gentleman genua genummerd
geobsedeerd geoefend geofferd geografie geografisch geografische geologische geometrische geoogst
geoordeeld geoorloofd geopend geopende geopereerd geopperd geordend georganiseerd georganiseerde
gepaard gepakt gepantserde geparkeerd geparkeerde gepasseerd gepassioneerd gepassioneerde gepast
gepaste gepensioneerd gepensioneerde gepensioneerden gepersonaliseerd geperst gepest gepijpt gepikt
geplaagd geplaatst geplaatste geplakt gepland geplande geplant gepleegd gepleit geplukt geplunderd
gepoetst gepompt gepoogd gepositioneerd gepost gepraat gepredikt gepresenteerd gepresteerd geprezen
geprikt geprint geprobeerd geproduceerd geproduceerde geproefd geprogrammeerd gepromoot gepromoveerd
gepubliceerd gepubliceerde ger geraadpleegd geraak geraakt geraakte geraden geraken geramd
gerangschikt gerapporteerd gereageerd gerealiseerd gerecht gerechtelijk gerechtelijke gerechten
gerechtigheid gerechtsgebouw gerechtshof gerechtvaardigd gerecycled gered gereden gereduceerd gereed
gereedschap gereedschappen gereformeerde geregeerd geregeld geregend geregisseerd geregistreerd
geregistreerde gereinigd gereisd gerekend gerelateerd gerelateerde gerend gerenommeerde gerenoveerd
gerepareerd gereserveerd gerespecteerd gerespecteerde gerestaureerd gerestaureerde geresulteerd
geretweet gericht gerichte gering geringe geroepen geroerd gerold gerommel geroofd gerookt gerookte
geroosterd geroosterde gers gerst gerucht geruchten geruild geruimd geruime gerukt gerund gerust
geruststellend geruzie gescand geschaad geschapen geschat geschatte gescheiden geschenk geschenken
gescheurd gescheurde geschied geschiedde geschieden geschiedenis geschiedenisboeken geschiedt
geschikt geschikte geschil geschilderd geschilderde geschillen geschokt geschonden geschonken
geschoolde geschopt geschoren geschorst geschoten geschoven geschrapt geschreeuw geschreven
geschrift geschriften geschrokken geschud geschut gescoord geselecteerd geselecteerde geserveerd
gesignaleerd gesigneerd gesitueerd geslaagd geslaagde geslacht geslagen geslapen gesleept geslepen
geslingerd gesloopt gesloten gesmeed gesmeerd gesmeten gesmolten gesneden gesneuveld gesorteerd gesp
gespaard gespannen gespecialiseerd gespecialiseerde gespeculeerd gespeeld gespeelde gespeld gespierd
gespierde gespleten gesplitst gesponsord gesponsorde gespot gespoten gespreid gesprek gesprekje
gesprekken gesproken gesprongen gestaag gestaakt gestaan gestabiliseerd gestage gestalte gestapt
gestart gestationeerd gesteente gestegen gestel gesteld gestelde gestemd gesteund gesteunde gesticht
gestikt gestimuleerd gestoeld gestoken gestolen gestoord gestoorde gestopt gestort gestorven
gestoten gestraft gestrand gestrande gestreden gestreept gestreepte gestrekt gestrest gestructureerd
gestudeerd gestuurd gesubsidieerd gesubsidieerde gesuggereerd get getagd getal getale getalenteerd
getalenteerde getallen geteeld geteisterd getekend getekende geteld getest getikt getild getint
getinte getipt getiteld getoetst getogen getolereerd getoond getoonde getraceerd getracht getraind
getrainde getransformeerd getransporteerd getrapt getraumatiseerd getreden getroffen getrokken
getrouwd getrouwde getto getuige getuigen getuigenis getuigenissen getuigt getweet getwijfeld geuit
geul geur geuren geus gevaar gevaarlijk gevaarlijke gevaarlijker gevaarlijkste gevaccineerd geval
gevallen gevangen gevangene gevangenen gevangengenomen gevangengezet gevangenis gevangenissen
gevangenisstraf gevangenschap gevaren gevarieerd gevarieerde gevat gevecht gevechten
gevechtsvliegtuigen geveegd geveild gevel geveld gevels geven geverfd geverifieerd gevestigd
gevestigde gevierd gevist gevleugelde gevlochten gevlogen gevlucht gevluchte gevochten gevoed
gevoegd gevoel gevoeld gevoelens gevoelig gevoelige gevoeligheid gevoelloos gevoerd gevoetbald
gevolg gevolgd gevolge gevolgen gevonden gevorderd gevorderde gevormd gevormde gevouwen gevraagd
gevraagde gevreesd gevreesde gevuld gevulde gewaad gewaagd gewaagde gewaarborgd gewaardeerd
gewaardeerde gewaarschuwd gewacht gewandeld gewapend gewapende gewas gewassen geweer geweerd geweest
geweigerd gewekt geweld gewelddadig gewelddadige geweldig geweldige geweldloze gewend gewenst
gewenste geweren gewerkt gewest gewesten geweten geweven gewezen gewicht gewichten gewijd gewijzigd
gewijzigde gewikkeld gewild gewilde gewin gewisseld gewist gewogen gewond gewonde gewonden gewone
gewonnen gewoon gewoond gewoonlijk gewoonte gewoonten gewoontes gewoonweg geworden geworpen
geworteld gewricht gewrichten gezaagd gezaaid gezag gezaghebbende gezagvoerder gezakt gezamenlijk
gezamenlijke gezang gezant gezegd gezegde gezegend gezegende gezeik gezellig gezellige gezelliger
gezelligheid gezelligste gezelschap gezelschappen gezet gezeten gezette gezeur gezicht gezichten
gezichtje gezichtspunt gezichtsvermogen gezien gezin gezind gezindheid gezinnen gezinsleden gezocht
gezochte gezoend gezogen gezond gezonde gezonden gezonder gezondheid gezondheidsproblemen
gezondheidstoestand gezondheidszorg gezongen gezonken gezorgd gezuiverd gezwollen gezwommen gezworen
ggz gids gidsen gier gieren gierig giet gieten gietijzeren gif gift giften giftig giftige gigantisch
gigantische gigolo gij gijzelaar gijzelaars gijzelen gijzeling gil gilde gillen gin ging gingen gips
giraffe giro gis gist gister gisteravond gisteren gisterenavond gistermiddag gitaar gitaren gitarist
glaasje glad gladde gladiator glamour glans glanzend glanzende glas glashelder glasvezel glazen
glazuur glee gleed gletsjer gletsjers gleuf glijbaan glijden glijdt glijmiddel glimlach glimlachen
glimlacht glimlachte glimmende glimp glitter glitters globaal globale globalisering globe gloed
gloednieuw gloednieuwe gloeiende gloria glorie glorieuze glucose gluren gluten glutenvrij go goal
goals god goddelijk goddelijke goddeloze goden godfather godin godinnen godsamme godsdienst
godsdiensten godsdienstige godslastering godsnaam godver godverdomme godzijdank goed goede
goedemiddag goedemorgen goeden goedenacht goedenavond goedendag goederen goedgekeurd goedgekeurde
goedheid goedkeuren goedkeuring goedkeurt goedkoop goedkoopste goedkope goedkoper goedkopere
goedmaken goeds goeie goeroe goesting goh gok gokje gokken gold golden golf golfbaan golfbanen
golfclub golfen golfer golfers golflengte goliath golven golvend gong goochelaar goodwill googelen
gooi gooide gooiden gooien gooit goor goot gootsteen gordel gordijn gordijnen gore gorilla gort
gospel gossip goten gotische goud gouda gouden goudmijn goudvis gouvernementele gouverneur gouw
gouwe gozer gps graad graaf graafschap graaft graag graal graan gracht grachten graden graf graffiti
grafiek grafieken grafisch grafische grafsteen graftombe gram grammatica granaat granaten grand
grande grandioos granen graniet granieten grap graphic graphics grapjas grapje grapjes grappen
grappig grappige gras grasland grassen grasveld gratie gratis grauwe grave graven gravin gray grazen
green greep greintje grendel grens grensgebied grensovergang grensoverschrijdend
grensoverschrijdende grenst grenzen grenzend grepen gretig grey griek grieken griep griet grietje
grieven griezelig griffier grijns grijp grijpen grijpt grijs grijze grill grillen grillig grind grip
groef groei groeide groeiden groeien groeiend groeiende groeit groen groene groenen groener
groenland groente groenten groep groepen groepering groeperingen groepje groepjes groepsfase
groepsverkrachting groet groeten groetjes groeve groeven grof grofweg grond gronde gronden
grondgebied grondig grondige grondlegger grondrechten grondslag grondstof grondstoffen grondwater
grondwet grondwettelijk grondwettelijke groot grootgebracht groothandel grootheden grootheid
grootmachten grootmoeder grootouders groots grootschalig grootschalige grootse grootsheid grootst
grootste grootte grootvader gros grot grote groten grotendeels groter grotere grotten grove grover
gruwel gruwelijk gruwelijke gruwelijkheden gsm guerrilla gul gulden gulle gulpen gum gun gunnen
gunning gunst gunste gunstig gunstige gunt gus gut gym gymnasium gymnastiek gymzaal gynaecoloog h ha
haag haai haaien haak haakjes haaks haal haalbaar haalbare haalde haalden haalt haan haar haard
haarkleur haartjes haarzelf haas haast haasten haastig haat haatte habitat hack hacken hacker
hackers had hadden haft hagedis hagedissen hagel hagen haha hahaha hai haiku hak haken hakken hakt
hal halal halen half halfbroer halfjaar halfrond halfuur halfweg hall halleluja hallen hallo
hallucinaties halo hals halsband halt halte haltes halve halverwege ham hamas hamburger hamburgers
hamer hamers hamster han hand handbal handbereik handboeien handboek handdoek handdoeken handdruk
handel handelaar handelaars handelaren handelde handelen handeling handelingen handels handelsblad
handelsmerk handelt handen handgemaakt handgemaakte handgeschreven handhaaft handhaven handhaving
handicap handig handige handiger handje handjes handjevol handlanger handlangers handleiding
handleidingen handmatig handreiking hands handschoen handschoenen handschrift handtas handtekening
handtekeningen handvat handvol handwerk hang hangen hangend hangende hanger hangmat hangt hank
hannes hans hanteert hanteren hap hapert hapje hapjes happen happening happy har haram hard hardcore
harde harden harder hardere hardhandig hardheid harding hardlopen hardlopers hardnekkig hardnekkige
hardop hardst hardste hardware hardwerkende hare haren harig harige haring harmonie harmonieus
harmonieuze harmony harnas harp hars hart hartaanval harte hartelijk hartelijke harten hartfalen
hartig hartinfarct hartje hartjes hartslag hartstikke hartstilstand hartstocht hartstochtelijk
hashtag hashtags hasj haten haters hattrick haute have haven havenbedrijf havengebied havens
havenstad haver havermout havik havo hazard hazen hbo hbs hd he headlines headset healing heat heavy
heb hebben hebbende hebt hebzucht hecht hechte hechten hechtenis hechting hechtingen hectare heden
hedendaags hedendaagse hee heeft heel heelal heelt heen heer heerlijk heerlijke heerlijkheid heers
heerschappij heersen heersende heerser heersers heerst heerste hees heet heetste heette hef heffen
heffing heffingen heft heftig heftige heftiger heftruck heg hei heide heidenen heidense heil heilig
heiligdom heilige heiligen heiligheid heimelijk heimwee hek hekel hekje hekken heks heksen hekserij
hekwerk hel helaas held helden helder helderder heldere helderheid heldin hele heleboel helemaal
helen helft heli helikopter helikopters heling helium helix helle hellen hellend heller helling
hellingen helm helmen help helpdesk helpen helpende helper helpers helpt helse hem hemd hemden hemel
hemelen hemels hemelse hemelsnaam hemelvaart hemzelf hen hendel hendrik hengel hengst hennep henry
hens henzelf hepatitis her herberg herbergen herbergt herbestemming herboren herbouwd herbouwen
hercules herdacht herdenken herdenking herdenkt herder herders heren herenhuis herenigd hereniging
herfst herfstvakantie hergebruik hergebruiken hergebruikt herhaal herhaald herhaalde herhaaldelijk
herhaalt herhalen herhaling herhalingen herindeling herinner herinnerd herinnerde herinneren
herinnering herinneringen herinnert herinrichting herinvoering herkansing herken herkenbaar
herkenbare herkend herkende herkennen herkenning herkent herkomst herkozen herleiden herleven
hermitage hernia hernieuwbare hernieuwde heropbouw heropend heropening heroveren heroverwegen herrie
herroepen herschreven herschrijven hersenbloeding hersencellen hersenen hersenletsel hersens
hersenschudding hersentumor herstart herstel hersteld herstelde herstellen herstellende herstelt
herstructurering hert herten hertog hertogin hertz heruitgegeven hervat hervatten herverdeling
herverkiezing hervormde hervormen hervorming hervormingen herzien herziene herziening het hete heten
heterdaad hetero hetgeen hetzelfde hetzij heup heupen heus heuse heuvel heuvelachtige heuvelland
heuvelrug heuvels hevig hevige hezbollah hg hiel hield hielden hielen hielp hielpen hiep hier
hieraan hierachter hierbij hierboven hierdoor hierheen hierin hiermee hierna hiernaar hiernaast
hiernamaals hierom hieronder hierop hierover hiertegen hiertoe hieruit hiervan hiervoor high
highlights hightech hihi hij hijs hijsen hijzelf hilarisch hilarische hinder hinderen hinderlaag
hinderlijk hindernis hindernissen hindert hindoes hing hingen hint hints hip hiphop hippe hippie
hippies historici historicus historie historisch historische history hit hitlijsten hits hitte
hittegolf hiv hl hm ho hoax hobbit hobby hoc hockey hoe hoed hoedanigheid hoede hoeden hoedje hoef
hoefde hoefden hoeft hoek hoeken hoekje hoeksteen hoelang hoer hoera hoeren hoertje hoertjes hoes
hoesje hoesjes hoest hoesten hoeve hoeveel hoeveelheden hoeveelheid hoeven hoever hoeverre hoewel
hoezeer hoezo hof hofstede hoge hoger hogere hogerop hogescholen hogeschool hoi hok hokje hokjes hol
hola holden holding hole holes holle hollen holocaust holst holt holten home homepage hommels homo
homohuwelijk homoseksualiteit homoseksueel homoseksuele homoseksuelen hond honden honderd
honderdduizend honderdduizenden honderden honderdste hondje hondjes honger hongerig hongerige
hongersnood honing honk honkbal hoofd hoofdbureau hoofdcommissaris hoofddoek hoofddoel hoofddorp
hoofdeiland hoofden hoofdgebouw hoofdgerecht hoofdingang hoofdje hoofdkantoor hoofdklasse
hoofdkwartier hoofdletter hoofdletters hoofdlijnen hoofdpersonage hoofdpersonen hoofdpersoon
hoofdpijn hoofdprijs hoofdredacteur hoofdrol hoofdrollen hoofdrolspeler hoofdrolspelers hoofdsponsor
hoofdstad hoofdstedelijk hoofdsteden hoofdstraat hoofdstuk hoofdstukken hoofdtrainer hoofdverdachte
hoofdweg hoofdzaak hoofdzakelijk hoog hoogbouw hooggeplaatste hooggerechtshof hoogheid hoogland
hooglanden hoogleraar hoogleraren hoogmoed hoogopgeleide hoogst hoogstaande hoogste hoogstens
hoogstwaarschijnlijk hoogte hoogten hoogtepunt hoogtepunten hoogtes hoogtevrees hooguit hoogverraad
hoogwaardige hooi hooikoorts hoop hoopje hoopt hoopte hoopten hoopvol hoopvolle hoor hoorbaar hoorde
hoorden hoorn hoorns hoort hoorzitting hop hope hopelijk hopeloos hopeloze hopen hopper horde horden
horeca horen horende horizon horizontaal horizontale horloge horloges hormonen hormoon horn
horoscoop horror horrorfilm horse horst hortus hospice hospitaal host hosting hot hotel hotelkamer
hotels hotspot hotspots hou houd houdbaar houden houdend houdende houder houders houding houdt hour
house hout houten houtje houtskool houvast hoven hovenier hsl http https hu hub hufters huh hui huid
huidig huidige huidkanker huidskleur huil huilde huilen huilend huilende huilt huis huisarrest
huisarts huisartsen huisartsenpraktijk huisbaas huisdier huisdieren huiseigenaren huiselijk
huiselijke huisgenoot huisgenoten huishoudelijk huishoudelijke huishouden huishoudens huishouding
huishoudster huisje huisjes huiskamer huisman huisnummer huisstijl huist huisvesten huisvesting
huisvrouw huisvrouwen huiswaarts huiswerk huiszoeking huize huizen huizenmarkt huizenprijzen hulde
hulk hulp hulpbronnen hulpdiensten hulpeloos hulpmiddel hulpmiddelen hulptroepen hulpverlener
hulpverleners hulpverlening hulpvraag huls hulst hum humaan human humane humanisme humanitair
humanitaire humeur hummel humor humoristisch humoristische hun hunne hunt hunter hup huren hut hutje
hutten huur huurauto huurbasis huurcontract huurde huurder huurders huurling huurlingen
huurmoordenaar huurprijs huurt huurwoning huurwoningen huwde huwelijk huwelijken huwelijksaanzoek
huwelijkse huwelijksnacht huwelijksreis hybride hydra hydraulische hype hyper hypnose hypocriet
hypocriete hypocrisie hypotheek hypotheekrente hypotheken hypothese hysterie hysterisch i ia ibis ic
ice icloud icon iconen iconische icoon id ideaal ideal ideale idealen idealisme idee ideeen idem
identiek identieke identificatie identificeerde identificeert identificeren identiteit identiteiten
identiteitsbewijs identiteitskaart ideologie ideologische idioot idiote idioten idool ie ieder
iedere iedereen ieders iemand iemands ier iet iets ietsje ietwat ij ijdelheid ijs ijsbaan ijsbeer
ijsberen ijsberg ijshockey ijsje ijsjes ijskast ijskoud ijskoude ijstijd ijsvogel ijzer ijzeren
ijzersterk ijzersterke ik ikke ikzelf il illegaal illegale illegalen illusie illusies illustratie
illustraties illustrator illustreert illustreren image images imago imam imitatie imiteren
immaterieel immens immense immer immers immigrant immigranten immigratie immoreel immuniteit immuun
immuunsysteem impact impasse imperium implantaat implantaten implementatie implementeren impliceert
impliciet imponeren import important importeren importeur imposante impressie improvisatie
improviseren impuls impulsen impulsief in inactief inademen inauguratie inbegrepen inbegrip inboedel
inbox inbraak inbraken inbreken inbreker inbrekers inbreng inbrengen inbreuk inbreuken inburgering
incasseren incasso incest inch inchecken incident incidenteel incidenten inclusief incompetent
incompetente incompleet incorrect inde indeling independent inderdaad indertijd index indiaan
indiaanse indianen indicatie indicator indien indienen indigo indirect indirecte individu
individueel individuele individuen indo indoor indringende indringer indringers indruk indrukken
indrukwekkend indrukwekkende inductie industrie industrieel industrieterrein ineen ineens
ineenstorting infanterie infectie infecties infectieziekten infiltratie infiltreren inflatie info
informant informanten informatica informatie informatieavond informatiebronnen informatief
informatieve informatievoorziening informeel informeer informeerde informeert informele informeren
infra infrarood infrastructuur infuus ingaan ingaat ingang ingangen ingeblazen ingebouwd ingebouwde
ingebracht ingebroken ingebruikname ingeburgerd ingecheckt ingedeeld ingediend ingedrukt ingegaan
ingegeven ingegrepen ingehaald ingehouden ingehuldigd ingehuurd ingekocht ingekort ingeleid
ingeleverd ingelicht ingelogd ingenieur ingenieurs ingenomen ingepakt ingeperkt ingepland ingericht
ingerichte ingeruild ingeschakeld ingeschat ingeschreven ingeslagen ingesloten ingespeeld ingespoten
ingesproken ingesteld ingestelde ingestemd ingestort ingestuurd ingetogen ingetrokken ingevoerd
ingevoerde ingevuld ingewanden ingewijd ingewikkeld ingewikkelde ingewikkelder ingewilligd
ingezameld ingezet ingezien ingezonden inging ingreep ingrepen ingrijpen ingrijpend ingrijpende
inhalen inheems inheemse inhoud inhoudelijk inhoudelijke inhouden inhoudt inhuldiging inhuren
initialen initiatief initiatiefnemer initiatiefnemers initiatieven injectie injecties ink inkeer
inkijk inkomen inkomende inkomens inkomsten inkomstenbelasting inkoop inkopen inkt inktvis inleg
inleiding inleveren inlichten inlichtingen inlichtingendienst inlichtingendiensten inline inloggen
inloop inmenging inmiddels innam inname inneemt innemen innen innerlijk innerlijke inning innovatie
innovatief innovaties innovatieve innoveren inpakken input inrichten inrichting inrichtingen
inruilen ins inschakelen inschatten inschatting inschrijven inschrijving inschrijvingen inscriptie
insect insecten insider insigne inslaan inslag inslapen insmeren inspannen inspanning inspanningen
inspecteren inspecteur inspecteurs inspectie inspecties inspelen inspiratie inspiratiebron
inspireerde inspireert inspireren inspirerend inspirerende inspraak inspreken instaan instabiel
instabiele instabiliteit installatie installaties installatietechniek installeerde installeren
instandhouding instant instantie instanties instap instappen insteek instellen instelling
instellingen instemmen instemming instinct instinctief instituten instituties institutionele
instituut instort instorten instorting instroom instructeur instructie instructies instrument
instrumentale instrumenten insturen insuline int intact intake integendeel integer integraal
integrale integratie integreren integriteit intellect intellectueel intellectuele intellectuelen
intelligent intelligente intelligentie intens intense intensief intensieve intensiteit intensive
intentie intenties inter interactie interactief interacties interactieve intercity intercom
interessant interessante interessanter interesse interesseerde interesseert interesseren interesses
interest interface interieur interieurs interim interland intermediair intern internaat
internationaal international internationale interne internet internetpagina internetten
internetverbinding interpretatie interpretaties interpreteren interval interventie interventies
interview interviewde interviewen interviews interviewt intiem intieme intimidatie intimideren
intimiteit intocht intolerantie intrede intrek intrekken intrekking intrigerend intriges intrinsieke
intro introduceerde introduceert introduceren introductie intussen inval invalide invaliditeit
invallen invaller invalshoek invalshoeken invasie inventaris inventarisatie investeer investeerde
investeerder investeerders investeert investeren investering investeringen invloed invloeden
invloedrijke invloedrijkste invoer invoeren invoering invoert invullen invulling inwendig inwendige
inwerken inwijding inwoner inwoners inzage inzake inzamelen inzameling inzending inzendingen inzet
inzetbaar inzetbaarheid inzetten inzicht inzichtelijk inzichten inzien inziet inzit inzitten
inzittenden inzoomen io ion ios ipad iphone iphones ipod iris ironie ironisch ironische irrelevant
irritant irritante irritatie irriteert irriteren is islam islamieten islamisering islamisten
islamistische islamitisch islamitische isolatie isolement isoleren isp issue issues italiaan
italianen item items ito ivoor ivoren j ja jaagt jaap jaar jaarbasis jaarbeurs jaarboek jaargang
jaarlijks jaarlijkse jaarmarkt jaarrekening jaars jaartal jaartje jaarverslag jacht jachten
jachthaven jack jackpot jacks jacuzzi jade jagen jager jagers jaguar jaloers jaloerse jaloezie jam
jammer jammeren jan janet janken jantje januari janus jap japanner japanners jaren jarenlang
jarenlange jargon jarig jarige jarigen jas jasje jasmijn jassen jatten jawel jazeker jazz je jeans
jee jeep jeetje jegens jemig jen jenever jenner jersey jet jetlag jets jeu jeugd jeugdbeweging
jeugdgevangenis jeugdhulp jeugdige jeugdopleiding jeugdspelers jeugdteams jeugdzorg jeuk jeune
jezelf jihad jihadisten jij jijzelf job jobs jochie jockey joden jodendom jodium joe joeg joel joep
joepie joggen joh join joint jojo joke joker jon jonas jonathan jong jonge jongedame jongelui
jongeman jongemannen jongen jongens jonger jongere jongeren jongetje jongetjes jongs jongste jonker
jood joods joodse joop jou journaal journalist journaliste journalisten journalistiek journalistieke
jouw jouwe jozef ju juan jubileum judas judo judoka juf juffrouw juichen juicht juist juiste
juistheid juk jul juli jullie jumbo jun jungle juni junior junioren junk junkie junta jura juridisch
juridische jurisdictie jurisprudentie jurist juristen jurk jurken jurkje jurkjes jury juryleden
jurylid jus just justitie juweel juwelen juwelier k ka kaag kaak kaal kaap kaars kaarsen kaarsje
kaarsjes kaarslicht kaart kaarten kaartje kaartjes kaartspel kaartverkoop kaas kabaal kabel
kabelbaan kabeljauw kabels kabinet kabinetten kabouter kabouters kachel kachels kadaster kade kader
kaders kaft kaken kakkerlak kakkerlakken kale kalender kalenderjaar kalf kalfjes kali kaliber
kalifaat kalium kalk kalkoen kalm kalme kalmeren kalmte kalveren kam kameel kamelen kameleon kamer
kameraad kameraden kamergenoot kamers kamertje kammen kamp kampen kamperen kampioen kampioene
kampioenen kampioenschap kampioenschappen kampt kampvuur kan kanaal kanalen kandidaat kandidaten
kandidatenlijst kandidatuur kaneel kangoeroe kanjer kanker kano kanon kanonnen kans kansarme
kanselier kansen kansloos kant kantelen kanten kantine kantoor kantoorgebouw kantoorruimte kantoren
kap kapel kapen kapers kapitaal kapitalisme kapitalistische kapitein kapiteins kapot kapotte kappa
kappen kapper kappers kapsalon kapsel kapstok kapt kar karaat karakter karakteristiek
karakteristieke karakteristieken karakters karaoke karate karavaan kardinaal kardinalen karen
karikatuur karma karper karren karretje kart kartel karton kartonnen karwei kas kassa kassen kast
kasteel kastelen kasten kastje kat katalysator kater kathedraal katholiek katholieke katholieken
katje katoen katten kauwen kauwgom kavel kavels kazen kazerne kb kee keek keel keen keep keeper
keepers keer keerde keerden keerpunt keert keertje keerzijde kees keet kei keien keihard keiharde
keizer keizerin keizerlijke keizerrijk keizersnede keken kelder kelders kelly kelvin kemp kempen ken
kenbaar kende kenden kenmerk kenmerken kenmerkend kenmerkende kenmerkt kennel kennelijk kennen
kennende kenner kenners kennis kennismaken kennismaking kennissen kent kenteken kentekens keppel
keramiek keramische kerel kerels kereltje keren kerk kerkdienst kerkdiensten kerkelijk kerkelijke
kerken kerkgebouw kerkhof kerkje kerkplein kermis kern kerncentrale kerncentrales kernen kernenergie
kernwapens kerosine kers kersen kerst kerstavond kerstbomen kerstboom kerstdag kerstdagen kerstfeest
kerstman kerstmis kerstvakantie kersverse ketchup ketel ketels keten ketens ketting kettingen
kettingreactie kettingzaag keuken keukens keukentafel keur keurde keuren keurig keurige keuring
keurmerk keurt keus keuze keuzes keuzevrijheid kever kevers keyboard kg khan khz ki kick kicken
kickstarter kid kids kiel kielzog kiem kier kies kiesdistrict kieskeurig kieslijst kiest kieswet
kiezen kiezer kiezers kijk kijkcijfers kijken kijkend kijker kijkers kijkje kijkt kik kikker kikkers
kil kille killer kilo kilogram kilometer kilometers kim kin kind kinderachtig kinderarbeid
kinderarts kinderbescherming kinderbijslag kinderboek kinderboeken kinderboerderij kinderdagverblijf
kinderen kinderfeestje kinderkamer kinderkleding kinderlijk kinderloos kindermisbruik
kindermishandeling kinderopvang kinderporno kinderrechten kinderspel kindertijd kinderwagen
kinderwens kinderziekenhuis kindje kindjes kinetische king kink kinky kiosk kip kippen kippenhok
kippenvel kist kisten kistje kit kits kitten kittens kiwi klaag klaagde klaagden klaagt klaar
klaarblijkelijk klaargemaakt klaarkomen klaarlichte klaarmaken klaarstaan klaas klacht klachten
klagen klakkeloos klank klanken klant klanten klantenservice klantvriendelijk klap klappen klapper
klapt klare klaren klarinet klas klasgenoot klasgenoten klaslokaal klaslokalen klasse klassement
klassen klassiek klassieke klassieker klassiekers klauw klauwen klaver kleden kledij kleding
kledingkast kledingstuk kleed kleedje kleedkamer kleedkamers kleedt kleef kleerkast kleermaker klei
klein kleindochter kleine kleiner kleinere kleinkind kleinkinderen kleins kleinschalig kleinschalige
kleinste kleintje kleintjes kleinzoon klem klemmen klep kleppen kleren klerk klets kletsen kletst
kleur kleuren kleurige kleurloos kleurrijk kleurrijke kleurstelling kleurstof kleurt kleurtje
kleurtjes kleuter kleuters kleuterschool kleven klieren klif kliffen klik klikken klikt klikte klim
klimaat klimaatverandering klimmen klimop klimt kliniek klinieken klinisch klinische klink klinken
klinkende klinkers klinkt klip klok klokhuis klokje klokken klokkenluider klom klomp klompen klonen
klonk klonken kloof klooien kloon klooster kloosters klootzak klootzakken klop klopjacht kloppen
klopt klopte klos klote kloten klucht kluis kluisje kluizenaar klus klusje klusjes klusjesman
klussen km knaagdieren knaap knagen knal knallen knalt knap knapen knappe knappen knapper knapperd
knapste knapt knecht kneep knettergek knie knieblessure knielen knijp knijpen knijpt knik knikken
knikkers knip knipoog knippen knipperen knippert knipt knoeien knoflook knokken knol knoop knooppunt
knooppunten knop knopen knopje knopjes knoppen knuffel knuffelen knuffels knuffelt knul knuppel knus
knutselen kocht kochten koe koeien koek koeken koekje koekjes koekoek koel koele koelen koeler
koeling koelkast koelt koen koepel koerden koerier koers koersen koester koesteren koestert koets
koetshuis koffer kofferbak koffers koffertje koffie kogel kogels koi kok koken kokend koker kokos
koks kol kolen kolk kolom kolommen kolonel koloniale kolonie kolonies kolonisatie kolonisten kom
komaan komaf komedie komeet komen komend komende komiek komisch komische komkommer komma kommen
kompas komst komt kon konden kondigde kondigden kondigen kondigt konijn konijnen konijntje
konijntjes koning koningen koningin koninginnen konings koningschap koningshuis koninklijk
koninklijke koninkrijk koninkrijken kont kontje konvooi koog kooi kooien kook kookboek kookplaat
kookt kool koolhydraten koolstof koop koophandel koopje koopjes koopkracht koopman koopt koopwaar
koor koord koorts koos kop kopen koper koperen kopers kopgroep kopie kopje kopjes koplampen koploper
koplopers kopman koppel koppelen koppeling koppelingen koppels koppelt koppen koppig koppige
koppositie kopstukken koptelefoon koraal koraalriffen koran koren korfbal korporaal korps korpschef
korrel korrels korst kort korte korten korter kortere korting kortingen kortingscode kortom
kortsluiting kortste kortstondige kortweg kosmische kosmos kost kostbaar kostbare koste kosteloos
kosten koster kostprijs kostschool kostte kostuum kostuums kot kots kotsen kou koud koude kouder
koudste kous kousen kozakken kozen kozijnen kraag kraai kraaien kraak kraakbeen kraakt kraam
kraampjes kraan kraanwater krab krabben kracht krachten krachtens krachtig krachtige krachtiger
krachtigste kraken krakers kralen kramen kramer kramp krampen kranen krankzinnig krankzinnige krans
krant kranten krantenkoppen krap krappe kras krassen krat krater kratten krediet kreeft kreeg kreek
kreet kregen krekels kreten kreupel kriebels krijg krijgen krijger krijgers krijgsgevangenen
krijgsheren krijgsmacht krijgsraad krijgt krijt krikken krimp krimpen krimpt kring kringen kringloop
kris kristal kristallen kristen kritiek kritieke kritieken kritisch kritische kritischer kroeg
kroegen kroes krokodil krokodillen krol krom kromme kronen kroniek kroning kroon kroonprins kroop
kroost krop kruid kruiden kruik kruimels kruip kruipen kruipt kruis kruisen kruising kruisje
kruispunt kruist kruistocht kruisweg kruit kruizen kruk krukken krul krullen ks ku kubieke kubus
kudde kuiken kuikens kuil kuip kuiper kuipers kuit kun kunde kundig kunnen kunst kunstacademie
kunsten kunstenaar kunstenaars kunstenares kunstgeschiedenis kunstgras kunstje kunstmatig
kunstmatige kunstmest kunstschilder kunststof kunstvorm kunstwerk kunstwerken kunstzinnige kunt kurk
kus kusje kusjes kussen kussens kust kuste kusten kustgebied kustgebieden kustlijn kustwacht kut
kutje kutjes kutwijf kuur kuuroord kw kwaad kwaadaardig kwaadaardige kwaal kwade kwadraat kwak kwal
kwalificatie kwalificaties kwalificeert kwalificeren kwalijk kwalitatief kwalitatieve kwaliteit
kwaliteiten kwam kwamen kwart kwartaal kwartet kwartfinale kwartfinales kwartier kwartiertje kwartje
kwast kweek kweken kwekerij kwel kwestie kwesties kwetsbaar kwetsbaarheid kwetsbare kwetsen kwetst
kwh kwijt kwijtgeraakt kwijtraakt kwijtraken kwik l la laad laadt laag laagje laagst laagste laan
laar laars laarsjes laarzen laat laatst laatste laatsten laatstgenoemde lab label labels laboratoria
laboratorium labrador labs labyrint lach lachen lachend lachende lachertje lacht lachte lachwekkend
lactose ladder ladders lade laden lader lading ladingen lady laf lafaard laffe lag lage lagen lager
lagere lagerhuis lagune lak laken lakens lakken laks lam lama lamme lamp lampen lampje lampjes
lamsvlees lancaster lance lanceerde lanceert lanceren lancering land landbouw landbouwer landbouwers
landbouwgrond landbouwproducten landde lande landelijk landelijke landen landerijen landgenoot
landgenoten landgoed landgoederen landgraaf landhuis landing landingsbaan landinwaarts landje
landmacht lands landschap landschappen landsgrenzen landskampioen landstitel landt lang langdurig
langdurige lange langen langer langere langs langskomen langskomt langst langste langverwachte
langzaam langzaamaan langzame langzamer langzamerhand lans lantaarn lantaarnpaal laos lap lappen
laptop laptops laren large larven las lasagne laser lasers lassen last laste lasten laster lastig
lastige lastiger lastiggevallen lastigvallen lat late laten later latere latex latijn latin latino
latte latten laude launch lauw lava lavendel law lawaai lawine lazarus lazen lazer lcd leader league
lease leasen least lector lectuur led lede ledematen leden ledenvergadering leder lederen lee leed
leef leefbaar leefbaarheid leefde leefden leefgebied leefmilieu leefomgeving leefomstandigheden
leefstijl leeft leeftijd leeftijden leeftijdsgrens leeftijdsgroep leeg leegstaande leegstand leegte
leek leen leende leent leer leerde leerden leergang leerjaar leerkracht leerkrachten leerling
leerlingen leermeester leerplicht leerstof leert leerzaam leerzame lees leesbaar leesplezier leest
leeuw leeuwen lef leg legaal legale legaliseren legde legden lege legen legend legendarisch
legendarische legende legenden legendes leger legering legers leggen legging legio legioen legioenen
legitiem legitieme legitimatie legitimatiebewijs legitimeren legitimiteit lego legt lei leid leidde
leidden leiden leidend leidende leider leiders leiderschap leiding leidingen leidinggevende
leidinggevenden leidraad leidster leidt leien lek leken lekkage lekke lekken lekkende lekker
lekkerder lekkere lekkernij lekkernijen lekkers lekkerst lekkerste lekt lekte lelie lelies lelijk
lelijke lemmer lemon lenen lengte lenig lening leningen lens lente lenzen lepel lepels leraar
leraren lerarenopleiding lerares leren les lesbienne lesbiennes lesbisch lesbische lesgeven lesje
lessen let letsel letten letter letteren letterkunde letterlijk letterlijke letters lettertjes
lettertype leugen leugenaar leugenaars leugens leuk leuke leukemie leuker leukere leuks leukst
leukste leunen leunt leur leuze leuzen lev leve level levels leven levend levende levenden levendig
levendige levenloos levenloze levens levensbedreigende levensbelang levensbeschouwing levenscyclus
levensduur levensgevaar levensgevaarlijk levensgrote levensjaar levenskracht levenslang levenslange
levensloop levensmiddelen levensomstandigheden levensonderhoud levensstijl levensverhaal
levensverwachting levensverzekering levenswerk levenswijze leventje lever leverancier leveranciers
leverbaar leverde leverden leveren levering leveringen levert levertijd lex lezen lezer lezers
lezing lezingen li libelle liberaal liberale liberalen liberalisme licentie licenties lichaam
lichaamsdeel lichaamsdelen lichaamsgewicht lichaamstaal lichaamstemperatuur lichamelijk lichamelijke
lichamen licht lichte lichtelijk lichten lichter lichtere lichtgewicht lichting lichtjaar lichtje
lichtjes lichtte lid lidmaatschap lidstaat lidstaten lied lieden liederen liedje liedjes lief
liefdadigheid liefde liefdes liefdesleven liefdesverdriet liefdesverhaal liefdevol liefdevolle
liefhebben liefhebber liefhebbers liefje liefs liefst liefste lieg liegen liegende liegt liep liepen
lier lies liet lieten lieve lieveling lieven liever lieverd lifestyle lift liften lig liga liggen
liggend liggende ligging light ligt lijden lijdt lijf lijfwacht lijk lijken lijkt lijm lijmen lijn
lijnen lijnrecht lijntje lijntjes lijst lijsten lijstje lijstjes lijsttrekker lijve lik like liken
likes likken likt lil lila limiet limieten limit limo limoen limonade limousine linde linden linea
lineair lineaire lingerie lingua linie linies link linke linken linker linkerhand linkerkant
linkerzijde links linksaf linksback linksboven linkse linkt linnen lint linten lintje lion lip
lippen lippenstift lipstick liquidatie list listen liter literair literaire literatuur liters
lithium litteken littekens liturgie live liveblog lives living lob lobby loc locale locatie locaties
loch lock loco locomotief loenen loep loer lof loft log logboek loge logeren loggen logica logies
logisch logische logischer logistiek logistieke logo lok lokaal lokale lokalen lokaliseren loket
lokken lokt lokte lol lollig lolly lombok lomp lonen long longen longkanker longontsteking lont loo
lood loodgieter loods loodsen loof loog look loon loondienst loonsverhoging loont loop loopbaan
loopgraven loopje loopt looptijd loos lopen lopend lopende loper lopers lord lori lorraine los loser
losers losgelaten losgeld losgemaakt losgeslagen losjes loslaat loslaten losmaken loss losse lossen
losser lost loste lot loten loterij lotgenoten loting lotto lotus lou lounge louter lovend lovende
lover lovers low loyaal loyale loyaliteit loze lozen lp lpg lsd lto lucht luchtaanval luchtaanvallen
luchtballon luchtdruk luchten luchtfoto luchthaven luchthavens luchtig luchtje luchtkwaliteit
luchtmacht luchtruim luchtvaart luchtvaartmaatschappij luchtvaartmaatschappijen luchtvervuiling
luchtvochtigheid luchtwegen lucifer lucky lucratief lucratieve ludieke lui luid luidde luide luiden
luider luidkeels luidop luidruchtig luidruchtige luidspreker luidsprekers luidt luie luier luiers
luifel luiheid luik luiken luipaard luis luister luisteraar luisteraars luisterde luisterden
luisteren luisterend luistert luiten luitenant luizen luk lukken lukt lukte lul lullen lullig lult
lumen lunch lunchen lunchpauze lus lust lusten lustrum lux luxe luxueuze lyceum lynch lyrisch m ma
maag maagd maagdelijkheid maagden maagzuur maaien maaiveld maak maakt maakte maakten maal maaltijd
maaltijden maan maand maandag maandagavond maandagmiddag maandagmorgen maandagochtend maandblad
maandelijks maandelijkse maanden maandenlang maar maart maarten maas maat maatje maatjes maatregel
maatregelen maatschappelijk maatschappelijke maatschappij maatschappijen maatstaf maatstaven
maatwerk macaroni machine machinebouw machinegeweer machinegeweren machines machinist macho macht
machteloos machten machthebbers machtig machtige machtigen machtiger machtiging machtigste
machtsmisbruik machtspositie macro mad madam madame made madison madonna maestro maf maffe maffia
mafkees mag magazijn magazijnen magazine magazines mager magere magie magisch magische magister
magistraat magneet magnesium magneten magnetisch magnetische magnetron magnolia magnum mail
mailadres mailbox mailen mailing mails mailtje mailtjes mainstream mais majesteit majoor major mak
make makelaar makelaardij makelaars maken makend maker makers makkelijk makkelijke makkelijker
makkelijkste makkie makreel mal malaga malaise malaria malden male malen maling mall malle mals malt
malta malware mam mama mamma mams man mana management managen manager managers managing manche
manchester mand mandaat mandarijn mandaten manden mandje manege manen manga mango manicure manier
manieren manifest manifestatie manifestaties manifesteren manilla manipulatie manipuleert
manipuleren mank mankeert mankracht manlief mannelijk mannelijke mannelijkheid mannen mannetje
mannetjes manoeuvre mans manschappen mantel mantelzorg mantelzorger mantelzorgers mantra manuscript
map mappen maquette mar mara marathon marc marcheerde marcheren mare marechaussee margarita marge
marginaal marginale margriet mariene marihuana marina marine mariniers maritiem maritieme marjolein
mark markant markante markeert marken marker markeren markering markeringen market marketeer
marketing markies markt marktaandeel markten marktleider marktplaats marktplein marktwaarde
marktwerking marmer marmeren mars marsen mart martel martelaar martelaren martelen marteling
martelingen martini mary mascara mascotte masker maskers massa massaal massage massale massamoord
massamoordenaar masseren massief massieve mast masten master masterclass masterclasses masterplan
masters masturbatie masturberen mat mata match matchen matches mate mateloos maten materiaal
materialen materie materieel matig matige matje matras matrix matroos matrozen mats matte matten
matter matters mattie mavo max maxi maxim maxima maximaal maximale maxime maximum maximumsnelheid
maxwell mayo mayonaise mazelen mazzel mbo me meander mechanisch mechanische mechanisme mechanismen
medaille medailles medaillon mede mededelen mededeling mededelingen mededogen medeleven medelijden
medemens medeoprichter medeplichtig medeplichtigheid medestanders medestudenten medewerker
medewerkers medewerking medewerkster medeweten medezeggenschap media mediation medicatie medici
medicijn medicijnen medicinale medina medio medisch medische meditatie mediteren mediterrane medium
medusa mee meebrengen meebrengt meededen meedeed meedelen meedenken meedoen meedoet meedogenloos
meedogenloze meegaan meegaat meegebracht meegedaan meegedeeld meegegaan meegegeven meegekregen
meegemaakt meegenomen meegerekend meegesleurd meegeven meegewerkt meeging meehelpen meekijken meel
meelopen meemaakt meemaakte meemaken meen meenam meenamen meende meeneemt meenemen meent meepraten
meer meerdaagse meerdere meerderen meerderheid meerijden meermaals meermalen meervoud meervoudig
meervoudige meerwaarde mees meeslepen meespeelt meespelen meest meestal meeste meesten meester
meesteres meesters meesterwerk meesterwerken meet meetelt meeting meetings meeuw meeuwen meevallen
meewerken meewerkt meezingen meg mega mei meid meiden meisje meisjes meisjesnaam mekaar mekka meld
meldde meldden melden melding meldingen meldkamer meldpunt meldt melk melken melkweg melodie meloen
membraan memo memoires memorabele memories memory men meneer menen meng mengeling mengen mengsel
mengt menig menigte mening meningen meningsuiting meningsverschil meningsverschillen mens menselijk
menselijke menselijkheid mensen mensenhandel mensenleven mensenlevens mensenrechten
mensenrechtenactivist mensenrechtenschendingen mensheid menstruatie mentaal mentale mentaliteit
mentor mentoren menu menukaart mep meppen mer merchandise merci merel meren merendeel merk merkbaar
merkel merken merknaam merkt merkte merkten merkwaardig merkwaardige merrie mes mess messen messias
messing mest met metaal metafoor metal metalen metamorfose meteen meten meteoriet meter meters
metgezel metgezellen methaan methode methoden methodes methodiek methodologie meting metingen metro
metropolis metropool metrostation mets metselaar metselwerk metten meubel meubelen meubels meubilair
mevrouw mezelf mg mhz mi mia mic micro microfoon microfoons microscoop middag middags middaguur
middel middelbaar middelbare middeleeuwen middeleeuws middeleeuwse middelen middelgrote middellandse
middelmatig middelmatige middelpunt middels middelste middelvinger midden middenin middenklasse
middenmoot middenstand middenveld middenvelder middenweg middernacht middle midi mie miep mier
mieren mies migraine migrant migranten migratie mij mijden mijl mijlen mijlpaal mijn mijnbouw mijne
mijnen mijnheer mijnwerker mijnwerkers mijzelf mik mikken mila milaan mild milde milder milieu
milieuvriendelijk militair militaire militairen militante militanten militie milities miljard
miljardair miljarden miljoen miljoenen miljonair miljonairs milkshake mille millennium millimeter
milt mimi min mina minachting minder mindere minderen minderheden minderheid minderjarig
minderjarige minderjarigen minderwaardig mindfulness mindset mine mineraal mineralen mini miniatuur
minima minimaal minimale minimum minimumloon minister ministerie ministeries ministerraad ministers
minnaar minnares minor minst minste minstens mint minus minuscule minute minuten minuut minuutje
minuutjes mirakel mirror mis misbruik misbruiken misbruikt misbruikte misdaad misdaan misdaden
misdadig misdadiger misdadigers misdrijf misdrijven misgaan misgaat misgegaan mishandeld mishandelde
mishandelen mishandeling miskraam misleid misleiden misleidend misleidende misleiding mislopen
mislukken mislukking mislukt mislukte misplaatst misplaatste miss misschien misselijk misselijkheid
misselijkmakend missen missie missies missing missionaris missionarissen misstanden mist miste
misten misvatting misverstand misverstanden mits mix mixed mixen mixer mixtape mkb ml mm mmm mo mob
mobiel mobiele mobieltje mobieltjes mobile mobilisatie mobiliseren mobiliteit mocht mochten mod
modaal modder mode model modellen modem modern moderne moderner moderniseren modernisering modernste
modeshow module modules modus moe moed moeder moederbedrijf moederland moedermelk moeders
moederschap moedertaal moedig moedigde moedige moedigen moedigt moeilijk moeilijke moeilijker
moeilijkheden moeilijkheid moeilijkste moeite moeiteloos moeizaam moeizame moer moeras moerassen
moerdijk moes moest moesten moestuin moet moeten moge mogelijk mogelijke mogelijkheden mogelijkheid
mogen mogendheden mok mokken mol moleculaire moleculen molen molenaar molenbeek molens mollen
mollige mom moment momenteel momenten momentje momentum monarchie mond monddood monde mondeling
mondelinge monden mondiaal mondiale mondje mondkapje mondkapjes monetaire money mongolen monitor
monitoren monitoring monk monnik monniken mono monoloog monopolie monopoly monsieur monster monsters
montage monteren monteur monteurs monument monumentaal monumentale monumenten mooi mooie mooier
mooiere moois mooist mooiste moor moord moordaanslag moorden moordenaar moordenaars moordzaak mop
moppen moppie mor mora moraal moraliteit more moreel morele morfine morgana morgen morgenavond
morgenmiddag morgenochtend morgens morgenvroeg mors morse mort mortuarium mos moskee moslim
moslimbroederschap moslims mossel mosselen most mosterd mot motel motie motief motieven motion
motivatie motiveert motiveren motiverend moto motor motoren motorfiets motorfietsen motorische
motorkap motorrijder motorrijders motors motorsport motten motto mount mountainbike mountainbiken
mouw mouwen move moves mp mrt ms mu muffins mug muggen muil muis muiterij muizen mulder muller
multiculturele multifunctioneel multifunctionele multimedia multinational multinationals multiple
mum mummie munitie munt munten muntje muntjes muren mus musea museum music musical musicals musici
musicus musk musketiers must mustang mutant mutanten mutatie mutaties muts mutsen muur
muurschildering muurschilderingen muurtje muze muziek muziekfestival muziekindustrie
muziekinstrument muziekinstrumenten muziekje muziekles muziekschool muziekstijl muziekvereniging
muziekvideo muzikaal muzikale muzikant muzikanten mw mysterie mysteries mysterieus mysterieuze
mystiek mystieke mythe mythen mythes mythische mythologie mythologische n na naad naai naaien naait
naakt naakte naald naalden naam naamloze naamsbekendheid naamsvermelding naamwoord naar naargelang
naarmate naarstig naartoe naast naaste naasten naastgelegen nabestaanden nabij nabije nabijgelegen
nabijheid nablijven naburige nacht nachtclub nachtdienst nachtelijke nachten nachtje nachtkastje
nachtleven nachtmerrie nachtmerries nachtrust nachts nachtwacht nacompetitie nada nadat nadeel
nadelen nadelig nadenk nadenken nadenkt nader nadere naderen naderende naderhand nadert nadien
nadoen nadruk nadrukkelijk nagaan nagedacht nagedachtenis nagegaan nagekeken nagekomen nagel
nagelaten nageleefd nagellak nagels nagemaakt nagenoeg nageslacht najaar nakijken nakomelingen
nakomen nalaten nalatenschap nalatigheid naleven naleving nam namaak name namelijk namen namens
namiddag nanny naoorlogse nap napoleon nar narcose nare nas naslagwerk nasleep nastreeft nastreven
nat natie naties nationaal nationale nationalisme nationalisten nationalistisch nationalistische
nationaliteit nationaliteiten native natrium natte natura nature naturel natuur natuurbeheer
natuurbescherming natuurgebied natuurgebieden natuurkunde natuurkundige natuurlijk natuurlijke
natuurmonumenten natuurpark natuurrampen natuurreservaat natuurschoon natuursteen natuurstenen nauw
nauwe nauwelijks nauwgezet nauwkeurig nauwkeurige nauwkeuriger nauwkeurigheid nauwlettend navel
navigatie navigator navigeren navolging navraag navragen navy naw nazaten nazi nazomer nazorg ne
nectar neder nederig nederigheid nederlaag nederlagen nederzetting nederzettingen nee neef neefje
neefjes neem neemt neen neer neerbuigend neergehaald neergelegd neergeschoten neergeslagen
neergestoken neergestort neergezet neerhalen neerkomt neerleggen neerschieten neerslaan neerslag
neerwaartse neerzet neerzetten negatief negatieve negeer negeerde negeert negen negende negentien
negentiende negentig neger negeren negers neigen neiging neigingen neigt nek nel nelson nemen neon
nep nerd nerds nergens nero nerveus nes nest nestelen nesten nestor net netjes nette netten netto
netvlies netwerk netwerken network neuk neuken neukt neurale neurologische neuroloog neus neushoorn
neutraal neutrale neutraliseren neutraliteit neuzen nevel neven new newton nexus ngo niche nicht
nichten nichtje nichtjes nick nicotine niemand nier nieren niet nietig niets niettemin nietwaar
nieuw nieuwbouw nieuwe nieuwelingen nieuwer nieuwere nieuwjaar nieuwkomer nieuwkomers nieuwkoop
nieuws nieuwsbericht nieuwsberichten nieuwsblad nieuwsbrief nieuwsbrieven nieuwsgierig nieuwsgierige
nieuwsgierigheid nieuwssite nieuwste nieuwtje nieuwtjes niezen nihil nijlpaard nik nikkel niks
nimmer ninja nippertje nipt nis niveau niveaus nm no nobel nobele nobody noch nochtans noden nodig
nodigde nodige nodigen nodigt noedels noel noem noemde noemden noemen noemenswaardige noemer noemt
nog nogal nogmaals noir nok nom nomadische nominale nominatie nominaties nomineren non nonchalant
none nonkel nonnen nonsens nood noodgedwongen noodgevallen noodhulp noodlanding noodlot noodsituatie
noodsituaties noodtoestand noodweer noodzaak noodzakelijk noodzakelijke noodzakelijkerwijs nooit
noord noordelijk noordelijke noorden noorderlicht noordkant noordoost noordoosten noordpool
noordwaarts noordwest noordwesten noordzijde noot nootjes nor noren norm normaal normale normaliter
normen nostalgie nostalgisch nostalgische not nota notaris noteer noteert noten notendop noteren
notering notie notitie notities notulen nou nouveau nov nova november novum ns nu nuance nuchter
nuchtere nucleair nucleaire nul nullen nummer nummers nummertje nut nutteloos nutteloze nuttig
nuttige nuttigs nv nylon o oase oasis ober obesitas obi object objecten objectief objectieve
objectiviteit obligatie obligaties obs obscure observatie observaties observeren obsessie obstakel
obstakels occasion oceaan oceanen och ochtend ochtenden ochtends octopus octrooi odd ode oefen
oefenen oefening oefeningen oefent oefenwedstrijd oefenwedstrijden oei oeps oer oerknal oerwoud
oester oesters oeuvre oever oevers of offensief offer offeren offerfeest offers offert offerte
offertes office official officieel officiele officier officieren offline offshore ofschoon oftewel
ofwel ogen ogenblik ogenblikken ogenschijnlijk oh oi oke oksel oksels okt oktober old oldtimer
oldtimers olie olieverf olifant olifanten olijfolie olijven olympisch olympische om oma omarmd
omarmen ombouw ombouwen ombudsman omdat omdraaien ome omega omelet omgaan omgaat omgang omgebouwd
omgebracht omgedoopt omgedraaid omgegaan omgekeerd omgekeerde omgekocht omgekomen omgeleid
omgerekend omgeslagen omgetoverd omgevallen omgeven omgeving omgevingen omgevormd omgezet omheen
omheind omheining omhelzing omhoog omhulsel omkeren omkijken omkleden omkoping omkwam omkwamen
omlaag omleiding omliggende omloop ommekeer omnium omringd omringende omringt omroep omroepen
omschreef omschreven omschrijft omschrijven omschrijving omsingeld omslaan omslag omstanders
omstandigheden omstreden omstreeks omstreken omtrek omtrent omvallen omvang omvangrijk omvangrijke
omvat omvatten omver omweg omwille omwonenden omzeilen omzet omzetten omzetting on onaangenaam
onaangename onaanvaardbaar onaardig onacceptabel onafgebroken onafhankelijk onafhankelijke
onafhankelijkheid onafhankelijkheidsoorlog onbedoeld onbeduidend onbegrijpelijk onbegrip onbekend
onbekende onbekenden onbelangrijk onbeleefd onbemande onbepaalde onbeperkt onbeperkte onbereikbaar
onbeschoft onbetaalbaar onbetrouwbaar onbetrouwbare onbewoonbaar onbewoond onbewust onbewuste
onbruikbaar oncologie ondankbaar ondanks ondenkbaar onder onderaan onderarm onderbouw onderbouwd
onderbouwen onderbouwing onderbreekt onderbreken onderbreking onderbrekingen onderbrengen onderbroek
onderbroken onderbuik onderdak onderdanen onderdanig onderdanige onderdeel onderdelen onderdirecteur
onderdoor onderdruk onderdrukken onderdrukking onderdrukt onderdrukte onderduiken onderen ondergaan
ondergaat ondergang ondergebracht ondergedoken ondergedompeld ondergeschikt ondergeschikte onderging
ondergoed ondergrond ondergronds ondergrondse onderhand onderhandelaar onderhandeld onderhandelen
onderhandeling onderhandelingen onderhandelt onderhevig onderhoud onderhouden onderhoudend
onderhoudt onderin onderkant onderklasse onderkomen onderliggende onderling onderlinge ondermijnen
ondermijnt ondernam onderneemt ondernemen ondernemend ondernemende ondernemer ondernemers
ondernemerschap onderneming ondernemingen ondernemingsraad ondernomen onderpand onderricht
onderschat onderschatten onderscheid onderscheiden onderscheidend onderscheidende onderscheiding
onderscheidingen onderscheidt onderscheppen onderschept onderschrift onderschrijven onderspit
onderstaand onderstaande onderste ondersteboven onderstel ondersteun ondersteund ondersteunde
ondersteunen ondersteunende ondersteuning ondersteunt onderstreept onderteken ondertekenaars
ondertekend ondertekende ondertekenden ondertekenen ondertekening ondertekent ondertitel ondertiteld
ondertiteling ondertitels ondertoon ondertussen onderuit onderverdeeld ondervinden ondervindt
ondervoeding ondervond ondervonden ondervraagd ondervraagden ondervragen ondervraging onderwater
onderweg onderwereld onderwerp onderwerpen onderwerping onderwezen onderwijl onderwijs
onderwijsinstellingen onderwijzen onderwijzer onderwijzeres onderwijzers onderworpen onderzijde
onderzocht onderzochten onderzoek onderzoeken onderzoeker onderzoekers onderzoeksbureau
onderzoekscentrum onderzoekscommissie onderzoeksjournalistiek onderzoeksresultaten onderzoeksteam
onderzoekt ondeugend ondeugende ondiep ondiepe ondraaglijk onduidelijk onduidelijke onduidelijkheid
oneens oneerlijk oneerlijke oneindig oneindige onenigheid onervaren oneven onfatsoenlijk ongeacht
ongeboren ongebruikelijk ongebruikelijke ongebruikt ongebruikte ongedaan ongedeerd ongedierte
ongeduldig ongegrond ongehinderd ongehoord ongehoorzaam ongehoorzaamheid ongehuwd ongekend ongekende
ongeldig ongelijk ongelijke ongelijkheid ongelofelijk ongelofelijke ongeloof ongelooflijk
ongelooflijke ongeloofwaardig ongelovige ongelovigen ongeluk ongelukje ongelukken ongelukkig
ongelukkige ongemak ongemakkelijk ongemakkelijke ongemakken ongemerkt ongenade ongenoegen
ongeoorloofde ongepast ongepaste ongeregeldheden ongerepte ongerust ongerustheid ongeschikt
ongeschonden ongeslagen ongesteld ongestoord ongestraft ongetwijfeld ongevaarlijk ongeval ongevallen
ongeveer ongevoelig ongevraagd ongewapende ongewenst ongewenste ongewijzigd ongewild ongewone
ongewoon ongezien ongezond ongezonde ongunstige onhandig onhandige onheil onherkenbaar onhoudbaar
onjuist onjuiste onkosten onkruid onlangs online onlogisch onlosmakelijk onlusten onmacht
onmenselijk onmenselijke onmiddellijk onmiddellijke onmisbaar onmisbare onmiskenbaar onmogelijk
onmogelijke onnatuurlijk onnatuurlijke onnodig onnodige onnozel onnozele ononderbroken onontbeerlijk
onopgeloste onopgemerkt onophoudelijk onopvallend onpartijdig onrecht onrechte onrechtmatig
onrechtmatige onrechtvaardig onredelijk onregelmatig onregelmatige onregelmatigheden onroerend
onroerende onrust onrustig onrustige ons onschadelijk onschatbare onschendbaarheid onschuld
onschuldig onschuldige onschuldigen onstabiel onsterfelijk onsterfelijkheid onszelf ont ontberingen
ontbeten ontbijt ontbijten ontbijtje ontbinden ontbinding ontboden ontbonden ontbossing ontbrak
ontbreekt ontbreken ontbrekende ontcijferen ontdaan ontdek ontdekken ontdekking ontdekkingen ontdekt
ontdekte ontdekten ontdoen ontdooien onteigening ontelbare onterecht onterechte ontevreden
ontevredenheid ontgaan ontgrendelen onthaal onthaald ontheven onthoofd onthoud onthouden onthouding
onthoudt onthuld onthulde onthullen onthulling onthullingen onthult ontken ontkend ontkende
ontkennen ontkenning ontkent ontketenen ontknoping ontkomen ontkomt ontlading ontlasten ontlasting
ontleden ontleend ontlopen ontmaagd ontmanteld ontmantelen ontmanteling ontmaskerd ontmaskeren
ontmoedigd ontmoedigen ontmoet ontmoeten ontmoeting ontmoetingen ontmoetingsplaats ontmoetingsplek
ontmoette ontmoetten ontneemt ontnemen ontnomen ontoegankelijk ontoereikend ontploffen ontploffing
ontploft ontplofte ontrafelen ontroerd ontroerend ontroerende ontrouw ontruimd ontruimen ontruiming
ontslaan ontslaat ontslag ontslagen ontsloeg ontsluiting ontsnappen ontsnapping ontsnapt ontsnapte
ontspan ontspannen ontspannend ontspanning ontstaan ontstaat ontstane ontsteking ontstoken ontstond
ontstonden onttrekken onttrokken ontucht ontvang ontvangen ontvanger ontvangers ontvangst ontvangt
ontvankelijk ontving ontvingen ontvlucht ontvluchten ontvoerd ontvoerde ontvoerders ontvoeren
ontvoering ontvoeringen ontwaakt ontwaken ontwerp ontwerpen ontwerper ontwerpers ontwerpt ontwierp
ontwijken ontwijkt ontwikkel ontwikkelaar ontwikkelaars ontwikkeld ontwikkelde ontwikkelden
ontwikkelen ontwikkeling ontwikkelingen ontwikkelingshulp ontwikkelingslanden
ontwikkelingssamenwerking ontwikkelt ontworpen ontzag ontzegd ontzeggen ontzet ontzetten ontzettend
ontzettende ontzetting ontzien onveilig onveilige onveiligheid onveranderd onverantwoord
onverantwoordelijk onvergetelijk onvergetelijke onverharde onverklaarbare onvermijdelijk
onvermijdelijke onverminderd onvermogen onverschillig onverschilligheid onverstandig onverwacht
onverwachte onverwachts onvindbaar onvoldoende onvolledig onvolledige onvolwassen onvoorspelbaar
onvoorspelbare onvoorstelbaar onvoorwaardelijk onvoorwaardelijke onvoorziene onvrede onwaar
onwaardig onwaarheden onwaarschijnlijk onwaarschijnlijke onweer onweerstaanbaar onwel onwetend
onwetende onwetendheid onwettig onwettige onwijs onze onzeker onzekere onzekerheden onzekerheid
onzichtbaar onzichtbare onzin onzinnig onzinnige oog oogarts oogcontact ooggetuige ooggetuigen oogje
oogjes oogleden oogopslag oogpunt oogst oogsten oogstte oogt ooievaar ooit ook oom ooms oor oorbel
oorbellen oord oordeel oordeelde oordeelt oordelen oorden oordopjes oorkonde oorlog oorlogen
oorlogsgebied oorlogsmisdaden oorlogsschepen oorlogsschip oorlogstijd oorsprong oorspronkelijk
oorspronkelijke oortjes oorverdovend oorzaak oorzaken oost oostelijk oostelijke oosten oosters
oosterse oostkant oostkust oostwaarts oostzijde op opa opbergen opblazen opbouw opbouwen opbrengen
opbrengst opbrengsten opdagen opdat opdoen opdraaien opdracht opdrachten opdrachtgever
opdrachtgevers opdringen opdringerig opdrinken opduiken opduikt opeens opeenvolgende opeisen open
openbaar openbaarheid openbare openbaren openbaring opende openden openen opener opengaan
opengebroken opengesteld openhartig openheid opening openingen openingsceremonie openingstijden
openlijk openlijke openlucht openluchtmuseum openmaken opensourcesoftware openstaan openstaande
openstelling opent opera operatie operatiekamer operaties operationeel operationele operator
opereert opereren opeten opfrissen opgaan opgaat opgang opgave opgaven opgeblazen opgeborgen
opgebouwd opgebracht opgedaan opgedeeld opgedoken opgedragen opgedrongen opgeeft opgegaan opgegeten
opgegeven opgegraven opgegroeid opgehaald opgehangen opgeheven opgehouden opgejaagd opgeknapt
opgekomen opgeladen opgelegd opgelegde opgeleid opgeleide opgeleiden opgelet opgeleverd opgelicht
opgelopen opgelost opgelucht opgemaakt opgemerkt opgenomen opgeofferd opgepakt opgepast opgepikt
opgericht opgerichte opgeroepen opgerold opgeruimd opgeschort opgeschreven opgeschrikt opgeslagen
opgeslokt opgesloten opgesplitst opgespoord opgestaan opgestart opgestegen opgesteld opgestelde
opgestoken opgestuurd opgeteld opgetogen opgetreden opgetrokken opgevallen opgevangen opgevat
opgeven opgevoed opgevoerd opgevolgd opgevraagd opgevuld opgewarmd opgewassen opgewekt opgewekte
opgewonden opgezegd opgezet opgezette opgezocht opgezwollen opgraving opgravingen opgroeide
opgroeien ophalen ophangen ophanging ophef opheffen opheffing opheldering ophield ophouden ophoudt
opinie opiniestuk opinion opium opkijken opknapbeurt opknappen opkomen opkomende opkomst opkomt
opkopen opkwam opladen oplader oplage opleggen oplegt opleiden opleiding opleidingen oplet opletten
opleverde opleveren oplevering oplevert opleving oplichten oplichter oplichters oplichting opliep
oploopt oplopen oplopende oplossen oplossing oplossingen oplost opluchting opmaak opmaat opmaken
opmars opmerkelijk opmerkelijke opmerken opmerking opmerkingen opmerkt opmerkte opnam opname opnamen
opnames opneemt opnemen opnieuw opofferen opoffering oponthoud oppakken oppakt oppas oppassen opper
opperbevelhebber opperhoofd opperste oppervlak oppervlakken oppervlakkig oppervlakkige oppervlakte
oppervlaktewater oppikken opponent oppositie oppositieleider oppositiepartij oppositiepartijen
oprapen oprecht oprechte oprechtheid oprichten oprichter oprichters oprichting oprichtster opriep
oprit oproep oproepen oproept oproer oprotten opruiing opruimen opruiming oprukken opscheppen
opschieten opschrift opschrijven opschudding opslaan opslag opslagplaats opslagruimte opsluiten
opsluiting opsomming opsporen opsporing opspraak opstaan opstaat opstand opstandelingen opstanden
opstandig opstandige opstanding opstap opstappen opstapt opstart opstarten opsteken opstellen
opstelling opstellingen opstelt opstijgen opstond opsturen optellen optie optiek opties optimaal
optimale optimalisatie optimaliseren optimisme optimist optimistisch optimistische optioneel optisch
optische optocht optrad optraden optreden optredens optreedt optrekken opus opvallen opvallend
opvallende opvalt opvang opvangen opvarenden opvatten opvatting opvattingen opviel opvoeden
opvoeding opvoeren opvolgen opvolgende opvolger opvolgers opvolging opvragen opvrolijken opwaartse
opwarmen opwarming opwekken opwekking opwindend opwindende opwinding opzadelen opzeggen opzet
opzettelijk opzettelijke opzetten opzicht opzichte opzichten opzichter opzien opzij opzoek opzoeken
opzoekt or orakel orale oranje orchestra orchidee orde ordenen ordening order orders ordinair
ordinaire oren orgaan organen organisatie organisaties organisator organisatoren organisatorische
organisch organische organiseer organiseerde organiseerden organiseert organiseren organisme
organismen organist orgasme orgel orgie originaliteit origine origineel originele orkaan orkanen
orkest orkesten ornamenten orthodox orthodoxe os otter oud oude oudejaarsavond ouden ouder ouderdom
oudere ouderen ouderenzorg ouderlijk ouderlijke ouders ouderschap ouderwets ouderwetse oudheid
oudjes oudsher oudste oudsten out outdoor outfit outfits outlook output outs ouwe ov ovaal ovale
oven ovens over overal overall overbelast overbelasting overblijfsel overblijfselen overblijft
overblijven overbodig overbodige overboord overbrengen overbruggen overdag overdekt overdekte
overdoen overdosis overdracht overdragen overdreven overdrijf overdrijft overdrijven overduidelijk
overeen overeengekomen overeenkomen overeenkomst overeenkomsten overeenkomstig overeenkomstige
overeenkomt overeenstemming overeind overgaan overgaat overgang overgave overgebleven overgebracht
overgedragen overgegaan overgegeven overgehaald overgehouden overgekomen overgelaten overgeleverd
overgelopen overgemaakt overgenomen overgeplaatst overgeslagen overgestapt overgestoken overgeven
overgewicht overgezet overgoten overgrootvader overgrote overhalen overhand overhandigd overhandigde
overhandigen overhandigt overheden overheen overheerlijk overheerlijke overheersen overheersende
overheersing overheerst overheid overheidsbeleid overheidsdienst overheidsdiensten
overheidsinstantie overheidsinstanties overheidsinstellingen overhemd overhemden overhoop overhouden
overig overige overigens overkant overkapping overkoepelende overkomen overkomt overkwam overlaat
overladen overlappende overlast overlaten overleden overledene overledenen overleed overleef
overleefd overleefde overleefden overleeft overleg overleggen overleven overlevende overlevenden
overlevering overleving overlijden overlijdt overlopen overmaat overmacht overmaken overmatig
overmorgen overnachten overnachting overnam overname overnames overneemt overnemen overreden
overschakelen overschat overschot overschreden overschrijden overschrijven overslaan overspannen
overspel overspoeld overspoelen overstag overstap overstappen overste oversteek oversteken
overstroming overstromingen overstroomd overtocht overtollig overtollige overtreden overtreders
overtreding overtredingen overtreffen overtreft overtroffen overtuig overtuigd overtuigde overtuigen
overtuigend overtuigende overtuiging overtuigingen overtuigt overuren overval overvallen overvaller
overvallers oververhitting overvloed overvloedige overvol overvolle overweeg overweegt overweg
overwegen overwegend overweging overwegingen overweldigd overweldigend overweldigende overwerken
overwinnaar overwinnen overwinning overwinningen overwint overwinteren overwogen overwonnen overwoog
overzeese overzetten overzicht overzichtelijk overzichten overzien p pa paal paaltje paar paard
paarden paardensport paardje paardrijden paars paarse paas paasdag paashaas pabo pace pacht pack
paco pact pad padden paddenstoelen padding paden page pagina pagode pain pair pak pakhuis pakhuizen
pakje pakjes pakken pakket pakketje pakketjes pakketten pakt pakte pakten pakweg pal paleis paleizen
palen palet paling palliatieve palm palmbomen palmen palmer palmolie pamflet pan panama pand panda
pandemie panden paneel panel panelen pang paniek panne pannen pannenkoek pannenkoeken panorama
panter pantser panty pap papa papegaai papegaaien paper paperback papers papier papieren papiertje
papierwerk pappie paprika paps par para paraat paracetamol parachute parade paradijs paradox
paragraaf parallel parallelle paralympisch paralympische parameters paranoia paranormale paraplu
parasiet parasieten parasol parcours pardon parel parels pareltje pareltjes paren parfum parfums
park parkeer parkeergarage parkeerplaats parkeerplaatsen parkeerterrein parken parker parkeren
parket parking parkinson parlement parlementair parlementaire parlementsleden parlementslid
parlementsverkiezingen parochie parodie parool part participatie participeren particulier
particuliere particulieren partij partijdig partijen partijleider partijtje partijvoorzitter
partizanen partner partners partnerschap partnership parttime party pas pascal pasfoto pasgeboren
pasje pasjes paso paspoort paspoorten pass passage passages passagier passagiers passant passe
passeerde passeert passen passend passende passeren passie passief passieve past pasta paste pasten
pastoor pastor pastorale pastorie pat patat patch patches patent patenten pater pathologie patholoog
patient patienten patriarchaat patriot patriotten patriottische patronen patroon patrouille
patrouilles paus pauselijke pauw pauze pauzeren pauzes paviljoen pax pay pc pdf pech pedaal
pedagogiek pedagogisch pedagogische pedalen pedicure pedofiel pedofielen pee peel peer peil peilen
peiling peilingen pelgrim pelgrims pelikaan peloton pels pelt pen penalty penetratie penis pennen
penning penningmeester penny pens pensioen pensioenen pensioenfonds pensioenfondsen pensioenleeftijd
pensioenregeling pension pensionering penthouse people pep peper pepers pepperspray per perceel
percelen percentage percentages perceptie percussie peren perfect perfecte perfectie performance
periode perioden periodes periodetitel periodiek periodieke perken perm permanent permanente
permitteren perron pers persbericht persberichten persbureau persconferentie perse persen persgroep
persona personage personages personal personeel personeelsleden personele personen personenauto
personenvervoer persoon persoonlijk persoonlijke persoonlijkheden persoonlijkheid persoonsgegevens
perspectief perspectieven persvrijheid pervers perverse perzik pest pesten pesterijen pesticiden pet
peter peters petit petitie petje petten petto peuter peuters peuterspeelzaal pezen pf pg pgb ph
phishing pi pianist piano picknick picknicken pico pictogrammen picture piece piek pieken piekeren
piemel piep piepen pieper piepklein piepkleine pier pierce piercing piet pieten pietje pigment pijl
pijlen pijler pijlers pijn pijnlijk pijnlijke pijnloos pijnstiller pijnstillers pijp pijpen
pijpleiding pijplijn pijpt pik pikante pikken pikt pil pilaren pillen pilletje piloot pilot piloten
pilots pils pilsje pin pincode pinda pindakaas ping pink pinnen pint pion pionier pioniers pip
piraat piramide piramiden piramides piraten piraterij pis pissen pissig piste pistolen pistool pit
pitbull pitch pitstop pitten pittig pittige pixel pixels pizza pizzeria pk plaag plaat plaatje
plaatjes plaats plaatse plaatselijk plaatselijke plaatsen plaatsgevonden plaatsing plaatsje
plaatsnaam plaatsnemen plaatst plaatste plaatsten plaatsvervangend plaatsvervanger plaatsvinden
plaatsvindt plaatsvond plaatsvonden plafond plafonds plagen plagiaat plak plakband plakken plakt
plan planbureau plande planeet planeten plank planken plannen planner planning plant plantaardig
plantaardige plantage plantages planten plantjes plas plasma plassen plast plastic plastisch
plastische plat plateau platen platenmaatschappij platform platformen platforms platina platte
plattegrond plattegronden platteland play playboy player playstation plechtig plechtige plechtigheid
pleeg pleegde pleegden pleeggezin pleegouders pleegt pleegzorg plegen pleidooi plein pleinen
pleintje pleister pleisters pleit pleitbezorger pleiten pleitte plek plekje plekjes plekke plekken
plenaire pletter plezant plezier plezieren plezierig plezierige plicht plichten plint ploeg ploegen
ploegentijdrit ploeggenoot ploegleider plooien plop plot plots plotse plotseling plotselinge pluche
plug pluim pluimvee pluis pluk plukken plukt plunderen plundering plunderingen plus plussers po
pocket podcast podia podium poedel poeder poef poeh poel poema poen poep poepen poes poesje poesjes
poets poetsen poging pogingen poker pokken pol polarisatie polder polders pole polen poli polis
politica politici politicologie politicus politie politieagent politieagenten politieauto
politiebureau politiechef politiecommissaris politiegeweld politiek politieke politiemacht
politieman politiemensen politiewerk politiezone poll pollen polls polo pols polsen polyester pom
pomp pompen pompoen pompoenen pompt pond ponden pont pony pool pools poort poorten poortje poos
poosje poot pootje pootjes pop popcorn pope popelen popje popmuziek poppen poppenkast poppetje
poppetjes poppodium poppy popster populair populairder populaire populairste populariteit populatie
populisme populistische por porno pornofilm pornofilms pornografie pornoster porselein port portaal
portable portal portefeuille portemonnee portfolio portie portier porties porto portret portretten
pos pose poseert poseren positie positief positiefs posities positieve positiever post postbode
postbus postcode posten poster posters postkantoor postte postuur postzegel postzegels pot poten
potentie potentieel potje potjes potloden potlood potten potter poule power pr praat praatje
praatjes praatte praatten pracht prachtig prachtige prairie praktijk praktijken praktisch praktische
praten pratende praxis pre precedent precies precieze precisie predicaat predikant predikanten
prediken prediker preek prees prefectuur prehistorie prehistorische prei preken premie premier
premiere premies premium prent prenten prentenboek prepaid present presentatie presentaties
presentator presentatoren presentatrice presenteer presenteerde presenteert presenteren presents
president presidenten presidentieel presidentschap presidentskandidaat presidentsverkiezingen
prestatie prestaties presteert presteren prestige prestigieuze pret pretje pretpark pretparken
prettig prettige prettiger preventie preventief preventieve preview priester priesters prijs prijsje
prijskaartje prijslijst prijst prijsuitreiking prijsvraag prijzen prijzengeld prijzig prik prikkel
prikkeldraad prikkels prikken prikt prille prima primair primaire prime primer primeur primitief
primitieve principe principes principieel prins prinsen prinses prinsesje prinsessen print printen
printer printers prints prioriteit prioriteiten prisma privaat privacy private privatisering prive
privilege privileges prix pro probeer probeerde probeerden probeert proberen probleem probleemloos
problematiek problematisch problematische problemen procederen procedure procedures procent proces
processen processie processor procureur produceerde produceert producent producenten producer
produceren producers product producten productie productief productieproces producties productieve
productiever productiviteit proef proefpersonen proefrit proefschrift proeft proeftijd proefwerk
proeven proeverij prof profeet professional professionals professioneel professionele professor
professoren profeten profetie proficiat profiel profielen profielfoto profijt profile profileren
profiteer profiteert profiteren profs prognose program programma programmeertalen programmeren
programmering programmeur programmeurs progressie progressief progressieve project projecten
projecteren projectie projectiel projectleider projectmanagement projectmanager projectontwikkelaar
projectontwikkelaars promenade prominent prominente prominenten promo promoot promoten promotie
promoties promotor promoveerde promoveert promovendus promoveren prompt pronk pronken prooi proost
proosten prop propaganda proper proporties proppen prostaat prostituee prostituees prostitutie
protectoraat protest protestanten protestantse protesteerde protesteerden protesteert protesten
protesteren protocol protocollen prototype prototypes provider providers provinciaal provinciale
provincie provinciebestuur provinciehuis provincies provocatie proxy proza pruik pruiken pruim
pruimen prullenbak psalm psalmen pseudoniem psyche psychiater psychiaters psychiatrie psychiatrisch
psychiatrische psychisch psychische psychologen psychologie psychologisch psychologische psycholoog
psychopaat psychopaten psychose psychosociale psychotherapie psychotische pu pub puber pubers
puberteit public publicatie publicaties publiceerde publiceerden publiceert publiceren publiciteit
publiek publieke publiekelijk publieksprijs puck pudding puin puinhoop puk pull pulp pumps punch
punk punt punten puntige puntje puntjes pup pupil pupillen puppy pups pur pure puree push pushen put
putte putten puur puurs puzzel puzzelen puzzels pvc pyjama python q qua quad quarantaine quasi que
quiz quo quote quotes r ra raad raadde raadgever raadhuis raadplegen raadsel raadsels raadsleden
raadslid raadsman raadsvergadering raadt raaf raak raakt raakte raakten raam raampje raamwerk raap
raar raast rabat rabbi rabbijn race racefiets racen racer races rachel raciale racisme racist
racisten racistisch racistische rad radar rade raden radiator radicaal radicale radicalen
radicalisering radio radioactief radioactieve radioprogramma radiostation radiostations radiozender
radius raf rage rai raid raider rail rails rake raken raket raketten rally ram ramadan rambo ramde
ramen rammen ramp rampen rampplek rampzalig rampzalige ranch rand randen randje random randstad
randweg rang range rangen ranglijst rank ranking ransomware ranst ranzig rap rape rapen rapper
rappers rapport rapportage rapportages rapporteerde rapporteert rapporten rapporteren rare ras
rassen raster rat rating ratio rationeel rationele ratten rauw rauwe ravage rave raven ravijn rayon
razend razende razendsnel re reactie reacties reactor reader reading ready reageer reageerde
reageerden reageert reageren realisatie realiseer realiseerde realiseerden realiseert realiseren
realisme realistisch realistische realiteit reality realtime reanimatie reanimeren rebel rebellen
rebellie rebound recensent recensie recensies recent recente recentelijk recentste recept recepten
receptie receptioniste recessie recherche rechercheur rechercheurs recht rechtbank rechtbanken
rechtdoor rechte rechten rechter rechterarm rechterhand rechterkant rechterlijke rechterrijstrook
rechters rechterzijde rechthoek rechthoekig rechthoekige rechtmatige rechtmatigheid rechtop rechts
rechtsaf rechtsback rechtsbijstand rechtsboven rechtse rechtsgang rechtsgeleerde rechtsom
rechtsonder rechtspersoon rechtspraak rechtsstaat rechtssysteem rechtstreeks rechtstreekse
rechtszaak rechtszaal rechtszaken rechtvaardig rechtvaardige rechtvaardigen rechtvaardigheid
rechtvaardiging rechtvaardigt reclame reclamebord reclamebureau reclamecampagne reclames
reclassering reconstructie reconstrueren record recordaantal recorder records recovery recreatie
recreatief recreatieve rector recyclen recycling red redacteur redacteuren redactie redacties
redactionele redde redden redder redders redding rede redelijk redelijke reden redenen redeneren
redenering rederij redt reduceren reductie ree reed reeds reef reeks reeksen reep rees reet ref
refereert referendum referentie referenties refereren reflecteert reflecteren reflectie reflecties
reflex reformatie refrein regatta regeerakkoord regeerde regeerperiode regeert regel regelde regelen
regelgeving regeling regelingen regelmaat regelmatig regelmatige regelrecht regelrechte regels
regelt regeltjes regen regenachtige regenboog regenbui regenbuien regende regenen regenjas
regenseizoen regent regenten regenval regenwater regenwoud regenwouden regeren regerend regerende
regering regeringen regeringsbeleid regeringsleger regeringsleiders reggae regie regime regiment
regimes regio regionaal regionale regisseren regisseur regisseurs register registers registratie
registreer registreerde registreert registreren reglement reglementen reguleren regulering regulier
reguliere rehabilitatie reiken reikt reikte reikwijdte rein reine reinigen reiniging reis reisbureau
reisde reisden reisgids reisje reist reistijd reizen reizende reiziger reizigers rek reken rekende
rekenen rekening rekeningen rekeningnummer rekenkamer rekenmachine rekent rekken rekruteren rel
relaas relais relatie relatief relaties relatieve relations relax relaxed relaxen relaxt relaxte
release releases relevant relevante relevantie relief religie religies religieus religieuze
religieuzen rellen relschoppers rem remake remedie remise remix remmen remote remt ren renaissance
rendabel rende rendement renden rendier rendieren rennen renner renners renovatie renoveren rent
rente rentree reorganisatie rep reparatie reparaties repareren repen repertoire repeteren repetitie
repetities replay replica reply report reportage reportages reporter reporters reports
representatief representatieve repressie reptielen republiek republikein republikeinen republikeinse
reputatie res research reservaat reserve reserveer reserveren reservering reserveringen reserves
reservoir reset resetten resident residentie resistance resolutie resoluties resort resource
resources respect respectabele respecteer respecteert respecteren respectievelijk respectievelijke
respectloos respectvol respectvolle respondenten respons response rest restant restanten restaurant
restaurants restauratie restaureren resten resterende restjes resultaat resultaten resulteerde
resulteert resulteren resulterende retail retoriek retorische retour retro return retweet retweets
reu reus reusachtige reuters reuze reuzen reuzenrad revalidatie revanche review reviews revisie
revolutie revoluties revolutionair revolutionaire revolutionairen revolver revue rex ri ria riante
rib ribben richel richt richten richter richting richtingen richtlijn richtlijnen richtte richtten
rico ridder ridders rider riekt riem riemen rien riep riepen riet rieten rietje rietveld rif right
rij rijbaan rijbewijs rijbewijzen rijd rijden rijdend rijdende rijder rijders rijdt rijen rijgedrag
rijk rijkdom rijkdommen rijke rijkelijk rijken rijker rijks rijksdienst rijksmonument rijksmuseum
rijksoverheid rijkste rijksuniversiteit rijksweg rijles rijlessen rijmen rijmt rijn rijp rijpe
rijpen rijschool rijst rijstroken rijstrook rijstvelden rijtje rijtuig rijtuigen rijzen rik
rillingen rimpels ring ringen ringweg rinkelen rio riolering riool rip risico risk riskant riskeert
riskeren rit ritje ritme ritmische rits ritten ritueel rituele rituelen rivaal rivalen rivaliserende
rivaliteit rivier rivieren rivierenland riviertje rob robben robbert robert robijn robot robots
robuust robuuste rock rockband rocken rockers rocks roddel roddelen roddels rode roden roe roebel
roedel roeien roeiers roekeloos roem roemer roep roepen roeping roepnaam roept roer roeren roerige
roes roest roesten roet rog rogge rok roken rokende roker rokers rokje rokjes rokken rol rolde
rollator rollen rollenspel roller rolletje rolletjes rolling rolmodel rolstoel rolstoelen rolt
romaanse roman romance romans romantiek romantisch romantische romein romeinse rommel rommelen
rommelig rommelmarkt romp rond ronde ronden rondes rondhangen rondingen rondje rondjes rondkijken
rondleiding rondleidingen rondloopt rondlopen rondom rondreis rondreizen rondrijden ronduit rondweg
rood roodharige roodkapje roof roofdier roofdieren roofvogels rooie rooien rook rookt room rooms
roos rooster roosteren roosters root roots ros rosa rose roses rosse rot rotatie roterende roti
rotonde rots rotsen rotte rotten rotzooi rouge roulette route router routes routine rouw rouwen
rouwt roven rover rovers row rowan royaal royal royale royalty roze rozen rozijnen rubber rubberen
rubriek ruby rug rugby ruggen ruggengraat rugklachten rugnummer rugpijn rugzak ruig ruige ruik
ruiken ruikt ruil ruilen ruim ruime ruimen ruimer ruimere ruimschoots ruimt ruimte ruimtelijk
ruimtelijke ruimten ruimtes ruimteschip ruimtestation ruimtevaart ruis ruit ruiten ruiter ruiters
ruk rukken rukt rukte rum run rund runderen rundvlees runnen runner running runs runt rups rupsen
rus rush russell russen rust rustdag rusten rustgevend rusthuis rustig rustige rustiger rustplaats
ruw ruwe ruzie ruzies rvs s sa saai saaie sabotage saboteren safari safe saga sage sake salade
salades salafisten salafistische salaris salarissen salarisverhoging saldo sale salon salons salsa
salto samba samen samengaan samengebracht samengesteld samengestelde samengevat samengevoegd
samengewerkt samenhang samenhangende samenkomen samenkomst samenleven samenleving samenlevingen
samenloop samenspel samenstellen samenstelling samentrekking samenvatten samenvatting samenvattingen
samenvoegen samenvoeging samenwerken samenwerkende samenwerking samenwerkingen samenwerkingsverband
samenwerkt samenwonen samenzijn samenzwering samoerai sample samples sanctie sancties sandalen
sandwich sanering sang sanitair sanitaire sans sant sap sappig sappige sar sara sarcasme sarcastisch
sarcastische sari sas satan satelliet satellietbeelden satellieten satire satirisch satirische sauna
saus save sax saxofoon scala scan scannen scanner scans scenario scene scenes scepter sceptisch
schaadt schaak schaal schaam schaamhaar schaamt schaamte schaamteloos schaamteloze schaap schaar
schaars schaarse schaarste schaats schaatsen schaatser schaatsers schacht schade schadeclaim
schadelijk schadelijke schaden schadevergoeding schaduw schaduwen schaffen schaft schakel schakelaar
schakelde schakelen schakels schakelt schaken schalen schamen schandaal schandalen schandalig
schandalige schande schandelijk schandpaal schans schap schapen schappen scharen schat schatje
schatjes schatkamer schatkist schatte schatten schattig schattige schatting schattingen schedel
schedels scheef scheelde scheelt scheen scheepswerf scheepvaart scheer scheert scheet scheidde
scheidden scheiden scheiding scheids scheidslijn scheidsrechter scheidsrechters scheidt scheikunde
schelde schelden schelen schelp schelpen schema schemering schenden schending schendingen schendt
schenen schenk schenken schenking schenkingen schenkt schep schepen schepenen scheppen schepper
schepping schepsel schepsels schept scheren scherm schermen schermutselingen scherp scherpe scherper
scherpte scherven scheten schets schetsen schetst scheur scheurde scheuren scheurt scheve schiep
schiereiland schiet schieten schietpartij schietpartijen schijf schijn schijnbaar schijnen schijnt
schijnwerpers schijt schijten schijven schikken schikking schil schild schilden schilder
schilderachtige schilderde schilderen schilderij schilderijen schilderkunst schilders schildert
schilderwerk schildklier schildpad schildpadden schillen schimmel schimmels schip schipper schippers
schitteren schitterend schitterende schizofrenie schoeisel schoen schoenen schoenmaker schoentjes
schoften schok schokken schokkend schokkende scholen scholengemeenschap scholier scholieren scholing
schommel schone schoner schonk schoof school schoolbus schooldag schoolfeest schoolgebouw schooljaar
schoolkinderen schoolmeisje schoolmeisjes schoolplein schooltijd schoolweek schoon schoonbroer
schoondochter schoonfamilie schoongemaakt schoonheid schoonmaak schoonmaakster schoonmaken
schoonmaker schoonmakers schoonmoeder schoonouders schoonvader schoonzoon schoonzus schoorsteen
schoorstenen schoot schop schoppen schopt schopte schorpioen schors schorsen schorsing schort schot
schotel schoten schots schotse schotten schouder schouderklopje schouders schouten schouw schouwburg
schouwen schouwspel schrale schrap schrappen schreef schreeuw schreeuwde schreeuwden schreeuwen
schreeuwend schreeuwt schreven schrift schriftelijk schriftelijke schriften schrijf schrijfster
schrijfstijl schrijft schrijnende schrijven schrijver schrijvers schrik schrikken schrikt schril
schroef schroeven schroevendraaier schrok schroot schud schudde schudden schudt schuif schuift
schuil schuilen schuilplaats schuilt schuim schuin schuine schuit schuiven schuld schuldeisers
schulden schuldgevoel schuldig schuldige schuldigen schuren schurk schurken schut schutter schutters
schutting schuur schuurtje scoop scoor scoorde scoorden scoort scooter scooters scootmobiel score
scorebord scoren scores scotch scout scouting scouts scratch screen screening screenshot screenshots
script scriptie scripts scrollen scrum sculpturen sculptuur se seal sec second seconde seconden
secret secretaresse secretariaat secretaris sectie secties sector sectoren seculier seculiere
secundair secundaire security sedan sedert segment segmenten segregatie sein seinen seintje seizoen
seizoenen seks sekse seksen seksisme seksistisch seksleven seksualiteit seksueel seksuele sekte
select selecteert selecteren selectie selectief selectieprocedure selecties selectieve selfie
selfies sem semester seminar seminarie sen senaat senator senatoren senior senioren sensatie
sensationele sense sensor sensoren sensuele sentiment sep separatisten sept september serene serge
sergeant serie seriemoordenaar serienummer series serieus serieuze serieuzer serre serum serveerster
serveert server serveren servers servet service services servies sessie sessies set setje setjes
sets setting sex sexy sf sfeer sfeervol sfeervolle sferen sfinx shake shampoo sharia shell sheriff
sherry shift shirt shirtje shirts shit shock shooter shop shoppen shopping short shortlist shorts
shot shots show showcase showen showroom shows showtime shuttle si sic sick siena sier sieraad
sieraden sieren sierlijke sierra siert sigaar sigaren sigaret sigaretten sigma signaal signalement
signalen signaleren signatuur signeren significant significante siliconen silo sim simkaart simpel
simpele simpeler simpelweg simulatie simulator sinaasappel sinds sindsdien singel single singles
sint sinterklaas sip sir sirene sirenes siroop sis sister sisters site sites situatie situaties
sjaak sjaal sjaals sjeik sjiieten sjiitische skate skateboard skateboarden skaten skelet skeletten
sketch ski skigebied skin skip skyline sla slaaf slaag slaagde slaagden slaagt slaan slaap
slaapkamer slaapkamers slaapplaats slaapt slaapzak slaat slacht slachten slachthuis slachting
slachtoffer slachtoffers slag slagen slager slagerij slagers slagroom slagveld slak slakken slam
slang slangen slank slanke slanker slap slapeloosheid slapeloze slapen slapend slapende slaperig
slappe slaven slavenhandel slavernij slavin slecht slechte slechten slechter slechtere slechterik
slechts slechtst slechtste slee sleep sleept sleepte slepen slepende slet sletje sletjes sletten
sleur sleuren sleutel sleutelbeen sleutelen sleutelhanger sleutelrol sleutels sliep sliepen slijm
slijpen slijtage slijten slik slikken slikt slim slimme slimmer slimste slinger slingeren slingers
slip slipje slipper slippers sloeg sloegen sloep sloffen slogan slogans slok slokdarm sloop sloot
slopen slordig slordige slot sloten slotfase slotte slow sluier sluipen sluipschutters sluipt sluis
sluit sluiten sluiting sluitingstijd sluizen sm smaad smaak smaakt smaakte smakelijk smaken smal
small smalle smaller smart smartphone smartphones smash smeden smeek smeekt smeer smeergeld smeerlap
smeert smeken smelt smelten smeren smerig smerige smeris smet smid smijten smiley smith smoel smoes
smoesjes smoking smokkelaar smokkelaars smokkelen smoorverliefd sms smullen smurf smurfen snaar
snack snackbar snacks snap snappen snapt snapte snaren snavel sneakers snede snee sneed sneeuw
sneeuwt sneeuwwitje snel snelheden snelheid snelle snellen sneller snellere snelst snelste snelweg
snelwegen sneu sneuvelen snij snijd snijden snijders snijdt snik snoeien snoek snoep snoepen
snoepgoed snoepje snoepjes snoer snoeren snol snor snorkelen snot snowboarden snuffelen snuit
snuiven snurken so soa soap sober sobere sociaal social sociale socialisme socialist socialisten
socialistische society sociologie socioloog soda soennitische soep soepel soepele soera soest
soevereiniteit sofa soft softbal software soja sok sokkel sokken sol soldaat soldaten soleil
solidair solidariteit solide solitaire sollicitatie sollicitatiegesprek sollicitaties solliciteer
solliciteren solo som somber sombere sommen sommige sommigen soms son sonde song songfestival songs
songtekst songteksten songwriter soort soorten soortgelijk soortgelijke soortgenoten sopraan sorry
sorteren soul sound sounds soundtrack source souvenir souvenirs sovjet sovjets sowieso spa spaan
spaar spaargeld spaarrekening spaart spaghetti spam span spande spandoek spandoeken spannen spannend
spannende spannender spannendste spanning spanningen spant spar sparen sparren spartanen spat spe
speaker speakers specerijen specht speciaal speciaals special speciale specialisatie specialiseren
specialisme specialist specialisten specialistische specialiteit specialiteiten specials
specificatie specificaties specifiek specifieke specifieker spectaculair spectaculaire spectrum
speculatie speculaties speculeren speech speeches speed speeksel speel speeldag speelde speelden
speelfilm speelgoed speelplaats speelronde speels speelse speelsters speelt speeltijd speeltje
speeltjes speeltuin speelveld speer speerpunt speerpunten spek spektakel spel speld spelen spelend
spelende speler spelers speling spellen spelletje spelletjes spelling spelregels spelt spencer
spendeerde spenderen sperma spetterende speuren speurtocht spiegel spiegelbeeld spiegels spier
spieren spierpijn spies spijbelen spijker spijkerbroek spijkers spijsvertering spijt spijtig spike
spil spin spinazie spinnen spinning spion spionage spionnen spiraal spirit spiritualiteit spiritueel
spirituele spit spits spitsen spleet splinter splinternieuwe split splitsen splitsing spoed
spoedeisende spoedig spoel spoelen spoelt spoken spons sponsor sponsoren sponsoring sponsors
spontaan spontane spook spookhuis spoor spoorde spoorlijn spoorloos spoort spoorweg spoorwegen
sporadisch sporen sport sportcentrum sportclub sportclubs sportcomplex sporten sporter sporters
sportevenement sportevenementen sporthal sportief sportieve sportman sportpaleis sportpark
sportscholen sportschool sportvelden sportvereniging sportverenigingen sportwagen spot spotje
spotlight spots spotten spraak spraakmakende sprak sprake sprakeloos spraken spray spread spreek
spreekbeurt spreekbuis spreekt spreekuur spreekwoord spreekwoorden spreiden spreiding spreken
sprekend sprekende spreker sprekers spreuk spreuken spring springen springende springer springlevend
springt sprinkhanen sprint sprinter sprinters sprong sprongen sprookje sprookjes spugen spui spuit
spuiten spul spullen spulletjes squadron square squash st sta staaf staakt staal staaltje staan
staand staande staanplaatsen staar staart staartje staat staats staatsbedrijf staatsblad
staatsburger staatsburgers staatsburgerschap staatsgreep staatshervorming staatshoofd staatshoofden
staatsschuld staatssecretaris staatsuniversiteit staatsveiligheid stabiel stabiele stabiliseren
stabiliteit stad stadhouder stadhuis stadia stadion stadions stadium stadje stads stadsbestuur
stadscentrum stadsdeel stadspark stadsschouwburg staf stafchef stage stages stagiair stagiaire
stagiaires stak staken staking stakingen stal stalen stalken stalker stallen stalling stam stamboom
stamcellen stammen stamp stampen stamper stamt stand standaard standaarden standbeeld standbeelden
standen standing standje standplaats standpunt standpunten stands standvastig stang stank stap
stapel stapelen stapels stapje stapjes stappen stappenplan stapt stapte stapten star staren stars
start starten startende starter starters startpagina startpunt startschot startsein startte startten
state statement staten station stations stationsplein stationsstraat statisch statische statistiek
statistieken statistisch statistische status statuten statuut staven steak stealth stede stedelijk
stedelijke steden stedenbouw stedenbouwkundige stedentrip steeds steeg steek steekpenningen
steekproef steekt steel steelt steen steenbergen steenbok steenkool steentje steentjes steenweg
steevast stegen steiger steigers steil steile stek steken stekker stel stelde stelden stelen stellen
stelletje stelletjes stellig stelling stellingen stelsel stelselmatig stelt stelten stem stembanden
stembureau stembus stemde stemden stemmen stemmers stemmetje stemming stemmingen stempel stempels
stemrecht stemt stenen stengels step steps ster stereo stereotype sterf sterfbed sterfdag
sterfgevallen sterft sterfte steriel sterilisatie sterk sterke sterken sterker sterkere sterkst
sterkste sterkte sterling stern sterren sterrenbeeld sterrenhemel sterrenkunde sterrenstelsel
sterrenstelsels sterretje sterretjes sterven stervende steun steunde steunden steunen steunpunt
steunt steur steven stevens stevig stevige steviger steward stewardess stewards stichten stichter
stichting stichtingen stick sticker stickers sticks stiefmoeder stiefvader stiekem stiekeme stier
stieren stierf stierven stift stigma stijf stijgen stijgend stijgende stijging stijgt stijl stijlen
stijlvol stijlvolle stijve stik stikken stikstof stikt stil stilaan stilgelegd stilgestaan stille
stiller stilletjes stilstaan stilstaand stilstand stilte stilzwijgen stilzwijgend stimulans
stimulatie stimuleerde stimuleert stimuleren stimulerende stink stinken stinkende stinkt stip
stippen stipt stock stoeien stoel stoelen stoeltje stoep stoer stoere stoet stof stoffelijk
stoffelijke stoffen stoffig stofwisseling stofzuigen stofzuiger stok stokbrood stoken stokje stokjes
stokken stom stomen stomme stomp stond stonden stoned stoom stoor stoorde stoornis stoornissen
stoort stoot stootte stop stopcontact stopgezet stoplicht stoppen stopt stopte stopten stoptrein
stopzetten store storen storend storing storingen storm stormachtig stormachtige stormen stormt
stort storten stortplaats stortte story stoten stout stoute straal straaljagers straalt straat
straatbeeld straatje straatjes straatnaam straatnamen straf strafbaar strafbare strafblad straffe
straffen strafhof strafrecht strafrechtelijk strafrechtelijke strafschop strafschoppen straft
strafzaak strafzaken straight strak strakke strakker straks stralen stralend stralende straling
strand stranden strategie strategisch strategische straten stream streamen streden streed streeft
streek streep streepje streepjes streken strekken strekking strekt streng strenge strenger strengere
strepen stress streven strijd strijde strijden strijdende strijder strijders strijdig strijdkrachten
strijdmacht strijdt strijk strijken strijkt strik strike strikken strikt strikte string strings
strip strippen stripper strips striptease striptekenaar stripverhaal stro stroken stromen stromend
stromende stroming stromingen stront strooien strook stroom stroomde stroomden stroomgebied
stroomopwaarts stroomstoring stroomt stroomuitval stroomversnelling stroop strop stropdas stroperij
stropers strot structureel structurele structuren structuur struik struikelen struiken studeer
studeerde studeerden studeert student studente studenten studentenhuis studententijd
studentenvereniging studentes studeren studie studiebeurs studiedag studiejaar studies studio study
stuff stug stuifmeel stuit stuiten stuitte stuk stukje stukjes stukken stuks stunt stunts sturen
sturing stuur stuurde stuurden stuurman stuurt stuwdam style styling stylist sub subject subjectief
subjectieve subliem subsidie subsidies substantie subtiel subtiele succes successen succesvol
succesvolle succesvoller suf suggereerde suggereert suggereren suggestie suggesties suicide suiker
suikerriet suikers suite suites sukkel sukkels sul sultan summer sup super superheld superhelden
superieur superieure superior superioriteit superleuk superleuke superman supermarkt supermarkten
supersnel superstar superster supervisie supervisor supplement support supporter supporters supreme
surf surfen surfer surfers surprise surveillance survival sushi sussen sweater swing swingen switch
switchen symbolen symboliek symbolisch symbolische symboliseert symboliseren symbool symfonie
sympathie sympathiek sympathieke sympathisanten symposium symptomen symptoom synagoge synchronisatie
synchroon syndroom synode synoniem synthese synthetisch synthetische systeem system systematisch
systematische systemen systems t taai taaie taak taakstraf taal taalgebruik taalkundige taart
taarten tab tabak tabel tabellen tablet tablets tabletten taboe tachtig tackle taco tactiek
tactieken tactisch tactische taekwondo tafel tafels tafeltennis tafeltje tafereel taferelen tag tags
tai taille tak take taken takken tal talen talent talenten talentenjacht talentvolle taliban talk
talkshow talkshows talloze talrijk talrijke tam tamelijk tamme tan tand tandarts tandartsen tandem
tanden tandenborstel tandjes tandpasta tandvlees tang tango tank tanken tanker tanks tankstation
tante tantes tao tap tapas tape tapes tapijt tapijten tappen target tarief tarieven tarot tarwe tas
tasje taskforce tassen tast tastbaar taste tasten tata tatoeage tatoeages tattoo taxi taxichauffeur
taxichauffeurs tb tbs te tea teacher team teambuilding teamgenoot teamgenoten teamleden teamleider
teams teamwork technici technicus techniek technieken technisch technische techno technologie
technologisch technologische teddy tee teef teek teelt teen teer tegel tegelen tegelijk
tegelijkertijd tegels tegemoet tegemoetkoming tegen tegenaan tegenaanval tegendeel tegengaan
tegengehouden tegengekomen tegengestelde tegenhanger tegenhouden tegenkom tegenkomen tegenkomt
tegenkwam tegenkwamen tegenop tegenover tegenovergestelde tegenpartij tegenprestatie tegenslag
tegenslagen tegenspraak tegenstand tegenstander tegenstanders tegenstelling tegenstellingen
tegenstrijdig tegenstrijdige tegenvallen tegenvallende tegenvaller tegenwerken tegenwind
tegenwoordig tegenwoordige tegenzin tegoed tehuis tekeer teken tekenaar tekende tekenden tekenen
tekenfilm tekenfilms tekening tekeningen tekens tekent tekort tekorten tekortkomingen tekst teksten
tekstschrijver tel telde telecom telecommunicatie telefoneren telefonie telefonisch telefonische
telefoon telefoonboek telefoongesprek telefoongesprekken telefoonlijn telefoonnummer telefoonnummers
telefoons telefoontje telefoontjes telegraaf telegram telen telescoop teleur teleurgesteld
teleurstellen teleurstellend teleurstellende teleurstelling teleurstellingen televisie
televisieprogramma televisies televisiezender telkens tellen tellende teller telling tellingen
teloorgang telt temeer temmen tempel tempels temperament temperaturen temperatuur tempo ten tendens
tender teneinde tenen teniet tenminste tennis tennissen tennisser tenor tenslotte tent tentakels
tentamen tentamens tenten tentje tentoon tentoongesteld tentoonstelling tentoonstellingen tenue
tenzij tepel tepels tequila ter tere terecht terechte terechtgekomen terechtkomen terechtkomt
terechtkwam tering term termen termijn termijnen terminal terminale terminals terminologie terra
terras terrasje terrassen terrein terreinen terreur terreurgroep territoriale territorium
terroriseren terrorisme terrorist terroristen terroristische terug terugbetaald terugbetalen
terugbetaling terugblik terugbrengen terugdenken terugdraaien terugdringen teruggaan teruggaat
teruggave teruggebracht teruggedraaid teruggegeven teruggekeerd teruggekomen teruggestuurd
teruggetrokken teruggeven teruggevonden teruggezet terughalen terughoudend terughoudendheid
terugkeer terugkeerde terugkeert terugkeren terugkerend terugkerende terugkijken terugkomen
terugkomst terugkomt terugkoppeling terugkrijgen terugkwam terugreis terugslag terugsturen
terugtrekken terugtrekking terugtrekt terugtrokken terugval terugvinden terugweg terugwerkende
terugwinnen terugzien terwijl terzijde tesla test testament testen testosteron tests testte teugels
teveel tevens tevergeefs tevoorschijn tevoren tevreden tevredenheid teweeg tewerkstelling textiel
textielindustrie textuur tezamen tgv thans the theater theaters theatervoorstelling thee theehuis
thema theologie theologische theoloog theoretisch theoretische theorie therapeut therapeutische
therapie thermische thermometer thermostaat these thesis thinking thomas thriller thrillers thuis
thuisbasis thuisbezorgd thuisblijven thuisfront thuisgekomen thuishaven thuishoort thuishoren
thuiskomen thuiskomst thuiskomt thuiskwam thuisland thuisploeg thuiswedstrijd thuiswedstrijden
thuiszorg ti ticket tickets tie tien tiende tienduizend tienduizenden tienen tiener tienerjaren
tienermeisjes tieners tiental tientallen tientje tieten tietjes tiffany tig tij tijd tijde tijdelijk
tijdelijke tijden tijdens tijdgeest tijdig tijdje tijdlang tijdlijn tijdmachine tijdperk tijdrit
tijds tijdschema tijdschrift tijdschriften tijdstip tijdstippen tijdvak tijdverspilling tijger
tijgers tik tikje tikkeltje tikken tikt til tillen tilt time timer timing timmer timmeren timmerman
tin tint tinten tintje tip tippen tips tiran tirannen tirannie titan titanium titel titels tja
tjonge tl to toast toch tocht tochten toe toebedeeld toebehoort toebehoren toebrengen toedienen
toedoen toedracht toegang toegangspoort toegankelijk toegankelijke toegankelijkheid toegebracht
toegedaan toegediend toegeeft toegegeven toegekend toegekomen toegelaten toegelicht toegenomen
toegepast toegepaste toegeschreven toegestaan toegestane toegestuurd toegeven toegevoegd toegevoegde
toegewezen toegewijd toegewijde toegezegd toehoorders toekennen toekenning toekijken toekijkt
toekomen toekomst toekomstig toekomstige toekomstperspectief toekomstplannen toekomt toelaat toelage
toelaten toelating toelatingsexamen toelichten toelichting toen toenadering toenam toename toeneemt
toenemen toenemend toenemende toenmalig toenmalige toentertijd toepasbaar toepasselijk toepasselijke
toepassen toepassing toepassingen toer toereikend toeren toerisme toerist toeristen toeristisch
toeristische toernooi toernooien toeschouwer toeschouwers toeslaan toeslag toeslagen toespraak
toespraken toestaan toestaat toestand toestanden toestel toestellen toestemming toesturen toet
toeter toetje toetreding toets toetsen toetsenbord toetsing toeval toevallig toevallige toevertrouwd
toevlucht toevluchtsoord toevoegen toevoeging toevoegingen toevoegt toevoer toewijding toewijzen
toewijzing toezegging toezicht toezichthouder toezichthouders toezien tof toffe toga toilet
toiletpapier toiletten toko tol tolerant tolerantie tolereren tolk tolken tomaat tomaten tombe tommy
tomtom ton toneel toneelgroep toneelschrijver toneelstuk toneelstukken tonen tong tongen tonic
tonijn tonnen tool tools toom toon toonaangevend toonaangevende toonbank toonbeeld toonde toonden
toont toontje toorn top topclub topic topics topje topklasse topless topman topmodel topografische
toppen topper toppers toppunt tops topscorer topsnelheid topsport tor toren torenhoge torens
torentje tori tornado torpedo tos tosti tot totaal totaalbedrag total totale totalitaire totdat toto
totstandkoming touch tour tournee tours tout touw touwen touwtje touwtjes tovenaar tovenaars toveren
tovert toy toys traag traan traangas trace traceren tracht trachten trachtte track tracks tractor
trad traden traditie traditiegetrouw tradities traditional traditioneel traditionele trage tragedie
tragedies trager tragisch tragische trailer trailers train trainde trainen trainer trainers training
trainingen trainingskamp trainingspak traint traject trajecten traktatie trakteer trakteert
trakteren tralies tram trampoline trams trance tranen trans transactie transacties transcriptie
transfer transfers transfervrij transformatie transformeren transgender transgenders transit
transitie transmissie transparant transparante transparantie transplantatie transport
transportbedrijf transporten transporteren trant trap trappen trappenhuis trapt trapte trash trauma
traumatische travestiet treden tree treed treedt tref treffen treffend treffer treffers trefpunt
treft trefzeker trein treinen treinreis treinstation treinstel treintje treinverkeer trek trekjes
trekken trekker trekking trekpleister trekpleisters trekt trend trending trends trendy treurig
treurige tri trial trias triatlon tribunaal tribune tribunes trick triest trieste trigger trijntje
trillen trilling trillingen trilogie trilt trimester trio triomf triootje trip tripje trivia troef
troep troepen troepenmacht trof trofee troffen trok trokken trol trollen trommel tromp trompet troon
troost troosten tropen tropisch tropische tros trots trotse trotseren trottoir trouw trouwdag
trouwde trouwden trouwe trouwen trouwens trouwerij trouwfeest trouwjurk trouwring trouwt truc trucje
trucjes truck trucks trucs trui truien trust trut try tsaar tsunami tu tube tuberculose tui tuig
tuin tuinbouw tuinders tuinen tuinieren tuinman tuintje tulp tulpen tumor tumoren tune tunes tunnel
tunnels turbine turbo turbulente turf turk turken turkey turn turnen turner tussen tussenbeide
tussendoor tussendoortje tussenin tussenkomst tussenliggende tussenpersoon tussenpozen tussenstand
tussenstop tussentijd tussentijds tussentijdse tussenuit tutorial tuurlijk tv twaalf twaalfde twee
tweedaagse tweede tweedehands tweedelige tweedeling tweeduizend tweehonderd tweeling tweelingbroer
tweelingen tweemaal tweestrijd tweet tweetal tweetalig tweeten tweetjes tweets twijfel twijfelachtig
twijfelachtige twijfelde twijfelen twijfels twijfelt twintig twintiger twintigers twintigste twist
twisten twitteraar twitteraars twitterde twitteren twittert tyfoon tyfus typ type typen typerend
types typisch typische u ufo uh ui uien uil uilen uit uitbarsten uitbarsting uitbarstingen uitbater
uitbesteden uitbetaald uitbetalen uitbetaling uitblijven uitbouw uitbraak uitbrak uitbraken
uitbreekt uitbreiden uitbreiding uitbreidingen uitbreken uitbrengen uitbuiten uitbuiting uitbundig
uitbundige uitchecken uitdagen uitdagend uitdagende uitdager uitdaging uitdagingen uitdelen uitdoen
uitdragen uitdroging uitdrukkelijk uitdrukken uitdrukking uitdrukkingen uiteen uiteenlopend
uiteenlopende uiteinde uiteindelijk uiteindelijke uiteinden uiten uiteraard uiterlijk uiterlijke
uitermate uiterst uiterste uiterwaarden uitgaan uitgaande uitgaat uitgang uitgangen uitgangspunt
uitgangspunten uitgave uitgaven uitgebouwd uitgebracht uitgebrachte uitgebreid uitgebreide
uitgebreider uitgebreidere uitgebroken uitgebuit uitgedaagd uitgedaan uitgedacht uitgedeeld
uitgedrukt uitgeeft uitgegaan uitgegeven uitgegroeid uitgehaald uitgekeerd uitgekeken uitgekleed
uitgekomen uitgekozen uitgelachen uitgelaten uitgeleend uitgelegd uitgelekt uitgeleverd uitgelezen
uitgelicht uitgelokt uitgelopen uitgemaakt uitgenodigd uitgeoefend uitgepakt uitgeprobeerd uitgeput
uitgereikt uitgerekend uitgeroeid uitgeroepen uitgerold uitgerust uitgeschakeld uitgescholden
uitgeschreven uitgesloten uitgespeeld uitgesproken uitgesteld uitgestelde uitgestoken uitgestorven
uitgestrekt uitgestrekte uitgestuurd uitgetrokken uitgevaardigd uitgevallen uitgeven uitgever
uitgeverij uitgeverijen uitgevers uitgevoerd uitgevoerde uitgevonden uitgewerkt uitgewezen
uitgewisseld uitgezet uitgezocht uitgezonden uitgezonderd uitgifte uitging uitgroeien uithalen
uithangen uithoeken uithof uithoudingsvermogen uiting uitingen uitje uitjes uitkering uitkeringen
uitkiezen uitkijk uitkijken uitkijkt uitkleden uitkomen uitkomst uitkomsten uitkomt uitkwam uitlaat
uitlaatgassen uitlaatklep uitlachen uitlaten uitlatingen uitleg uitleggen uitlegt uitlekken
uitleveren uitlevering uitlokken uitloopt uitlopen uitmaakt uitmaakte uitmaakten uitmaken uitmuntend
uitnodigde uitnodigen uitnodiging uitnodigingen uitnodigt uitoefenen uitoefening uitoefent uitpakken
uitpakt uitpraten uitproberen uitputting uitreiken uitreiking uitroeien uitroeiing uitroepen
uitrusten uitrusting uitschakelen uitschakeling uitschot uitschrijven uitslag uitslagen uitslapen
uitsluiten uitsluitend uitsluiting uitsluitsel uitsmijter uitspelen uitspraak uitsprak uitspraken
uitspreekt uitspreken uitstaan uitstap uitstapje uitstapjes uitstappen uitsteekt uitstek uitsteken
uitstekend uitstekende uitstel uitstellen uitsterven uitstoot uitstralen uitstraling uitstrekt uitte
uittocht uittrekken uitvaart uitval uitvallen uitvalsbasis uitvalt uitvechten uitverkocht
uitverkochte uitverkoop uitverkoren uitvinden uitvinder uitvinding uitvindingen uitvoer uitvoerde
uitvoerder uitvoeren uitvoerend uitvoerende uitvoerig uitvoering uitvoeringen uitvoert uitwedstrijd
uitweg uitwendige uitwerken uitwerking uitwerpselen uitwijken uitwijzen uitwisselen uitwisseling
uitzag uitzendbureau uitzenden uitzending uitzendingen uitzendkrachten uitzendt uitzet uitzetten
uitzetting uitzicht uitzie uitzien uitziende uitziet uitzitten uitzoeken uitzondering uitzonderingen
uitzonderlijk uitzonderlijke uk ultieme ultimatum ultra unaniem und undercover underdog underground
uni unicum unie uniek unieke uniform uniforme uniformen unit units universeel universele
universitair universitaire universiteit universiteiten universum up update updaten updates upgrade
upgrades upload uploaden upper ups uranium urban uren urenlang urgent urgentie urine urn ut uur
uurtje uurtjes uurwerk uv uw uwe uzelf v va vaag vaak vaakst vaandel vaar vaardigde vaardigheden
vaardigheid vaart vaartuig vaartuigen vaarwel vaas vaat vaatwasser vaatziekten vacature vacatures
vaccin vaccinatie vaccinaties vaccineren vaccins vacht vader vaderland vaderlands vaderlandse vaders
vage vagina vak vakantie vakantiegangers vakantiegeld vakantiehuis vakantiehuisjes vakantiepark
vakanties vakbeurs vakblad vakbond vakbonden vaker vakgebied vakgebieden vakgroep vakje vakjury
vakken vakkundig vakman vakmanschap vakmensen vakwerk val vale valentijn valide valk valkuil vallei
valleien vallen vallende valpartij vals valse valt valuta vampier vampiers van vanachter vanaf
vanavond vanbinnen vandaag vandaan vandaar vandalen vandalisme vandoor vang vangen vangnet vangst
vangt vanille vanmiddag vanmorgen vannacht vanochtend vanop vanouds vans vanuit vanwaar vanwege
vanzelf vanzelfsprekend var varen varend variabel variabele variabelen variant varianten variatie
variaties varieert varken varkens varkensvlees vast vastberaden vastberadenheid vastbesloten vaste
vasteland vasten vastgebonden vastgehouden vastgelegd vastgelopen vastgemaakt vastgesteld
vastgestelde vastgezet vastgoed vasthouden vasthoudt vastleggen vastpakken vaststellen vaststelling
vastzat vastzetten vastzit vastzitten vat vatbaar vaten vatte vatten vazen vecht vechten vechtende
vechter vechtpartij vector vee veeg veegt veehouderij veel veelal veelbelovend veelbelovende
veelbesproken veeleer veeleisend veeleisende veelgebruikte veelvoud veelvuldig veelvuldige
veelzijdig veelzijdige veen veer veerboot veerdienst veerkracht veerman veertien veertiende veertig
veeteelt vega vegen vegetarisch vegetarische vegetatie veilig veilige veiliger veiligheid
veiligheidsdienst veiligheidsdiensten veiligheidsmaatregelen veiligheidsraad veiligheidsregio
veiligste veiling veilingen vel veld velde velden veldrijden veldslag veldslagen veldwerk vele velen
velgen vellen velvet ven venen vennoot vennootschap vennootschappen venster vensters vent ventilatie
ventilator ventje venture ver verademing veraf veranda verander veranderd veranderde veranderden
veranderen veranderende verandering veranderingen verandert verankerd verantwoord verantwoorde
verantwoordelijk verantwoordelijke verantwoordelijken verantwoordelijkheden verantwoordelijkheid
verantwoorden verantwoording verassing verbaal verbaas verbaasd verbaasde verbaast verbale verband
verbanden verbannen verbazen verbazend verbazing verbazingwekkend verbazingwekkende verbeeld
verbeelden verbeelding verbergen verbergt verbeter verbeterd verbeterde verbeteren verbetering
verbeteringen verbetert verbied verbieden verbiedt verbijsterd verbijstering verbind verbinden
verbindend verbindende verbinding verbindingen verbindt verbintenis verbleef verbleven verblijf
verblijfplaats verblijfsvergunning verblijft verblijven verblind verbluffend verbod verboden verbond
verbonden verbondenheid verbood verborgen verbouw verbouwd verbouwde verbouwen verbouwing
verbouwingen verbrak verbrand verbrande verbranden verbranding verbrandt verbreden verbreding
verbreed verbreekt verbreken verbrijzeld verbroken verbruik verbruikt verdacht verdachte verdachten
verdampen verdampt verdedig verdedigd verdedigde verdedigden verdedigen verdedigend verdedigende
verdediger verdedigers verdediging verdedigt verdeel verdeeld verdeelde verdeeldheid verdeelt
verdelen verdeling verdenking verdenkt verder verdere verdergaan verderop verdien verdiend verdiende
verdienden verdienen verdienste verdienstelijk verdiensten verdient verdiep verdiepen verdieping
verdiepingen verdiept verdoen verdoezelen verdomd verdomde verdomme verdoofd verdorie verdorven
verdovende verdoving verdraagzaamheid verdraaid verdraaien verdrag verdragen verdreven verdriet
verdrietig verdrietige verdrijven verdringen verdrinken verdrinkt verdrongen verdronk verdronken
verdubbeld verdubbelen verdubbeling verdubbelt verduidelijken verduidelijking verduidelijkt
verduistering verdun verduren verduurzamen verduurzaming verdwaald verdwaalde verdwalen verdween
verdwenen verdwijn verdwijnen verdwijning verdwijnt vereenvoudiging vereerd vereisen vereist
vereiste vereisten veren verenigd verenigde verenigen vereniging verenigingen verenigt vereren
verergeren verf verfijnd verfijnde verfilmd verfilming verfrissend vergaan vergaard vergaarde
vergaat vergaderen vergadering vergaderingen vergadert vergaderzaal vergaren vergat vergeef vergeefs
vergeeft vergeet vergelding vergeleek vergeleken vergelijk vergelijkbaar vergelijkbare vergelijken
vergelijkende vergelijking vergelijkingen vergelijkt vergemakkelijken vergen vergetelheid vergeten
vergeven vergeving vergezeld vergezelde vergezellen vergezelt vergif vergiffenis vergiftigd
vergiftigen vergiftiging vergis vergissen vergissing vergissingen vergist vergoed vergoeden
vergoeding vergoedingen vergoedt vergrijp vergrijpen vergrijzing vergroot vergrootglas vergroten
vergroting vergt vergulde vergunning vergunningen verhaal verhaallijn verhaallijnen verhaalt
verhaaltje verhaaltjes verhagen verhalen verhalenbundel verhandeld verhandelen verhard verharde
verharding verheerlijken verheffen verhelderend verhelpen verheug verheugd verheugen verheugt
verheven verhinderd verhinderen verhindert verhit verhogen verhoging verholpen verhoog verhoogd
verhoogde verhoogt verhoor verhoord verhoren verhouding verhoudingen verhuis verhuisd verhuisde
verhuisden verhuist verhuizen verhuizing verhuizingen verhullen verhuren verhuur verhuurd verhuurde
verhuurder verhuurt verificatie verjaagd verjaardag verjaardagen verjaardagscadeau verjaardagsfeest
verjaardagsfeestje verjagen verkeer verkeerd verkeerde verkeerds verkeersborden verkeerslichten
verkeersongeluk verkeersongeval verkeersregels verkeersveiligheid verkeert verkend verkennen
verkenner verkenners verkenning verkeren verkering verkiesbaar verkiest verkiezen verkiezing
verkiezingen verkiezingscampagne verkiezingsprogramma verkiezingstijd verklaar verklaard verklaarde
verklaarden verklaart verklappen verklapt verklaren verklaring verklaringen verkleden verkleed
verkleind verkleinen verkleint verkloot verkocht verkochte verkochten verkoeling verkondigd
verkondigde verkondigen verkoop verkoopcijfers verkoopster verkoopt verkoos verkopen verkoper
verkopers verkort verkorte verkouden verkoudheid verkozen verkracht verkrachten verkrachter
verkrachters verkrachting verkrachtingen verkrachtte verkregen verkrijgbaar verkrijgen verkrijgt
verlaagd verlaagde verlaagt verlaat verlagen verlaging verlamd verlang verlangd verlangde verlangen
verlangens verlanglijstje verlangt verlaten verleden verleend verleende verleent verlegd verlegen
verlegenheid verleggen verleid verleidelijk verleiden verleiding verleidingen verleidt verlenen
verlengd verlengde verlengen verlenging verlengt verlicht verlichte verlichten verlichting verliefd
verliefde verliefdheid verliep verliepen verlies verliest verliet verlieten verliezen verliezer
verliezers verlof verloofd verloofde verloop verloopt verloor verlopen verloren verloskundige
verlossen verlosser verlossing verlost verloving verluidt vermaak vermaakt vermakelijk vermaken
vermeden vermeend vermeende vermeerderen vermeld vermeldde vermelde vermelden vermelding
vermeldingen vermeldt vermengd vermenging vermenigvuldigen vermijd vermijden vermijdt verminderd
verminderde verminderen vermindering vermindert verminking verminkt vermissing vermist vermiste
vermisten vermits vermoed vermoedde vermoedelijk vermoedelijke vermoeden vermoedens vermoedt
vermoeid vermoeide vermoeidheid vermoeiend vermogen vermogens vermomd vermomming vermoord vermoordde
vermoordden vermoorde vermoorden vermoordt vernam vernederd vernederen vernederend vernedering
vernemen verneukt vernield vernielde vernielen vernieling vernielingen vernietigd vernietigde
vernietigden vernietigen vernietigend vernietigende vernietiging vernietigt vernieuwd vernieuwde
vernieuwen vernieuwend vernieuwende vernieuwing vernieuwingen vernoemd vernoemen vernomen
verondersteld veronderstelde veronderstellen veronderstelling veronderstelt verongelukt verongelukte
verontreiniging verontrust verontrustend verontrustende verontschuldigen verontschuldigingen
verontwaardigd verontwaardiging veroordeel veroordeeld veroordeelde veroordeelden veroordeelt
veroordelen veroordeling veroordelingen veroorloven veroorzaakt veroorzaakte veroorzaakten
veroorzaken veroorzaker verordening verouderd verouderde veroudering veroverd veroverde veroverden
veroveren verovering verovert verpakken verpakking verpakkingen verpakt verpest verpesten verplaats
verplaatsen verplaatsing verplaatst verplaatste verpleeghuis verpleeghuizen verpleegkunde
verpleegkundig verpleegkundige verpleegkundigen verpleegster verpleegsters verpleging verpletterd
verplicht verplichte verplichten verplichting verplichtingen verraad verraadt verraden verrader
verraders verras verrassen verrassend verrassende verrassing verrassingen verrast verraste verre
verreden verregaande verrekijker verreweg verricht verrichten verrichtte verrijken verrijking
verrijkt verrijzen verrot verrukkelijk verrukkelijke vers versa verschaffen verschaft verschafte
verscheen verscheept verscheidene verscheidenheid verschenen verscherpt verscheurd verscheurde
verschiet verschijnen verschijning verschijnsel verschijnselen verschijnt verschil verschillen
verschillend verschillende verschilt verscholen verschonen verschoven verschrikkelijk
verschrikkelijke verschrikking verschrikkingen verschuift verschuilen verschuilt verschuiven
verschuiving verschuivingen verschuldigd verse versie versierd versierde versieren versiering
versieringen versies verslaafd verslaafde verslaafden verslaan verslaat verslag verslagen
verslaggeefster verslaggever verslaggevers verslaggeving verslaglegging verslavend verslaving
verslechterd verslechtering versleten versleuteld versleutelde verslinden versloeg versneld
versnelde versnellen versnelling versnellingen versnellingsbak versnelt verspeeld verspil verspild
verspilde verspillen verspilling verspilt verspreid verspreidde verspreidden verspreide verspreiden
verspreiding verspreidt verst versta verstaan verstaat verstand verstandelijk verstandelijke
verstandig verstandige verstandiger verstappen verste verstedelijking verstek versteld versterken
versterker versterking versterkingen versterkt versterkte verstevigd verstevigen verstikt verstond
verstoord verstoorde verstoort verstoppen verstoppertje verstopt verstopte verstoren verstoring
verstoten verstreken verstrekken verstrekt verstrijkt verstrikt versturen verstuur verstuurd
verstuurde verstuurt versus vertaal vertaald vertaalde vertaalt vertalen vertaler vertalers
vertaling vertalingen verte verteerd vertegenwoordigd vertegenwoordigde vertegenwoordigden
vertegenwoordigen vertegenwoordiger vertegenwoordigers vertegenwoordiging vertegenwoordigt vertel
verteld vertelde vertelden vertellen verteller vertelt verteren verticaal verticale vertoeven
vertolking vertolkt vertonen vertoning vertoon vertoond vertoonde vertoont vertraagd vertraagde
vertraagt vertragen vertraging vertragingen vertrek vertrekken vertrekkende vertrekt vertrok
vertrokken vertrouw vertrouwd vertrouwde vertrouwden vertrouwelijk vertrouwelijke vertrouwen
vertrouwt veruit vervaardigd vervaardigde vervaardigen vervaardiging vervagen verval vervallen
vervalsen vervalsing vervalst vervalste vervalt vervang vervangen vervangend vervangende vervanger
vervangers vervanging vervangt verveel verveeld verveelde verveelt vervelen vervelend vervelende
verveling verven verving vervloeken vervloekt vervlogen vervoer vervoerd vervoerde vervoerder
vervoerders vervoeren vervoermiddel vervoert vervolg vervolgd vervolgde vervolgen vervolgens
vervolging vervolgingen vervolgt vervormd vervorming vervroegd vervroegde vervuild vervuilde
vervuilende vervuiling vervuld vervulde vervullen vervulling vervult verwaarloosd verwaarloosde
verwaarlozen verwaarlozing verwacht verwachte verwachten verwachting verwachtingen verwachtte
verwachtten verwant verwante verwanten verward verwarde verwarmd verwarmen verwarming verwarren
verwarrend verwarrende verwarring verwart verweer verwees verwekt verwelkomd verwelkomde verwelkomen
verwelkomt verwen verwend verwende verwennen verwent verwerft verwerken verwerking verwerkt
verwerkte verwerpelijk verwerpen verwerpt verwerven verweten verweven verwezen verwezenlijken
verwierf verwierp verwijder verwijderd verwijderde verwijderen verwijdering verwijdert verwijs
verwijst verwijt verwijten verwijzen verwijzend verwijzing verwijzingen verwikkeld verwisseld
verwisselen verwoest verwoeste verwoesten verwoestende verwoesting verwoestingen verwoestte verwond
verwonden verwonderd verwondering verwonderlijk verwonding verwondingen verwoord verwoorden
verwoordt verworden verworpen verworven verzacht verzachten verzadigd verzamel verzamelaar
verzamelaars verzameld verzamelde verzamelden verzamelen verzameling verzamelingen verzamelnaam
verzamelt verzeild verzeker verzekeraar verzekeraars verzekerd verzekerde verzekerden verzekeren
verzekering verzekeringen verzekeringsmaatschappij verzekeringsmaatschappijen verzekert verzen
verzend verzenden verzending verzendkosten verzet verzette verzetten verziekt verzilveren verzin
verzinnen verzint verzocht verzoek verzoeken verzoekschrift verzoekt verzoenen verzoening verzonden
verzonken verzonnen verzorg verzorgd verzorgde verzorgden verzorgen verzorgende verzorger verzorging
verzorgingshuis verzorgingsstaat verzorgingstehuis verzorgt verzuim verzwakken verzwakt verzwakte
verzwegen verzwijgen vest veste vesten vestigde vestigen vestiging vestigingen vestigt vesting vet
vete veter veteraan veteranen veters veto vette vetten vettig vetzuren vezel vezels via viaduct
viagra vibrator vice vicepresident vicevoorzitter victoriaanse video videobeelden videoclip
videoclips videospellen vie viel vielen vier vierdaagse vierde vierden vieren vierentwintig
vierhonderd viering vierjarige vierkant vierkante viert viertal vies vietnamees view views vieze
vijand vijandelijk vijandelijke vijanden vijandig vijandige vijandigheid vijf vijfde vijfduizend
vijfentwintig vijfhonderd vijfjarige vijftal vijftien vijftiende vijftig vijgen vijver vijvers villa
vilt vin vind vinden vindplaats vindplaatsen vindt ving vinger vingerafdruk vingerafdrukken vingeren
vingers vink vinkje vinnen vintage vinyl viola violen violet violist viool vip viral virale virtual
virtueel virtuele virus virussen vis visa visie visies visioen visioenen visite visitekaartje visje
visjes vismarkt vissen visser visserij vissers vissoorten vista visualisatie visueel visuele visum
visvangst vita vitaal vitale vitaliteit vitamine vitaminen vitamines vizier vlaag vlag vlagen
vlaggen vlaggenschip vlaggetjes vlak vlakbij vlakke vlakken vlakte vlakten vlam vlammen vlas
vlechten vleermuis vleermuizen vlees vlek vlekjes vlekkeloos vlekken vleugel vleugels vleugje vlieg
vliegbasis vliegdekschip vliegen vliegend vliegende vlieger vliegers vliegramp vliegt vliegticket
vliegtickets vliegtuig vliegtuigen vliegtuigje vliegveld vliegvelden vlies vliet vlijmen vlinder
vlinders vloed vloeibaar vloeibare vloeien vloeiend vloeistof vloeistoffen vloeit vloek vloeken
vloer vloerbedekking vloeren vlog vlogen vloog vlooien vloot vlot vlotte vlucht vluchteling
vluchtelingen vluchtelingenkamp vluchtelingenstroom vluchten vluchtende vluchtig vluchtige vluchtte
vluchtten vlug vmbo vo vocaal vocale vocht vochten vochtig vochtige vochtigheid voedde voeden
voeding voedingsmiddelen voedingsstoffen voedsel voedselbank voedselketen voedselvoorziening voedt
voeg voegde voegden voegen voegt voel voelbaar voelde voelden voelen voelt voer voerde voerden
voeren voert voertuig voertuigen voet voetafdruk voetbal voetbalbond voetbalclub voetbalclubs
voetbalelftal voetballen voetballer voetballers voetbalschoenen voetbalseizoen voetbalstadion
voetbalteam voetbalveld voetbalvelden voetbalvereniging voetbalwedstrijd voetbalwedstrijden voeten
voetganger voetgangers voetjes voetlicht voetpad voetsporen voetstappen voetstuk vogel vogelaar
vogelgriep vogels vogelsoorten vogeltje vogeltjes vogelvlucht voicemail vol volbracht volbrengen
voldaan voldeed voldoen voldoende voldoening voldoet volg volgde volgden volgeboekt volgehouden
volgelingen volgen volgend volgende volgens volger volgers volgorde volgt volharding volhouden volk
volken volkeren volkomen volks volksgezondheid volkshuisvesting volkslied volksmond volkspartij
volksrepubliek volksvertegenwoordiger volksvertegenwoordigers volle volledig volledige voller volley
volleybal volmaakt volmaakte volmacht volop volslagen volstaan volstaat volste volstrekt volt
voltallige voltijds voltooid voltooide voltooien voltooiing voltrokken voluit volume volumes
volwaardig volwaardige volwassen volwassene volwassenen volwassenheid von vond vonden vondst
vondsten vonk vonken vonnis voodoo voogd voogdij voor vooraan vooraanstaand vooraanstaande vooraf
voorafgaand voorafgaande voorafgegaan vooral vooraleer vooralsnog voorarrest vooravond voorbaat
voorbarig voorbeeld voorbeelden voorbeeldig voorbehoud voorbehouden voorbereid voorbereiden
voorbereidende voorbereiding voorbereidingen voorbereidt voorbestemd voorbij voorbije voorbijgaan
voorbijganger voorbijgangers voorbode voordat voordeel voordele voordelen voordelig voordelige
voordeliger voordeur voordien voordoen voordoet voordracht voordragen voorgaande voorganger
voorgangers voorgedaan voorgedragen voorgekomen voorgelegd voorgelezen voorgenomen voorgerecht
voorgeschiedenis voorgeschoteld voorgeschreven voorgesteld voorgestelde voorgevel voorgoed voorgrond
voorhand voorhanden voorheen voorhoede voorhoofd voorin vooringenomen voorjaar voorjaarsvakantie
voorkant voorkennis voorkeur voorkeuren voorkom voorkomen voorkomend voorkomende voorkoming voorkomt
voorkwam voorkwamen voorlaatste voorleggen voorlezen voorlichting voorliefde voorloper voorlopig
voorlopige voormalig voormalige voorman voormiddag voornaam voornaamste voornamelijk voornamen
voornemen voornemens vooronderzoek vooroordeel vooroordelen voorop voorouders voorover voorpagina
voorproefje voorprogramma voorraad voorraden voorrang voorrecht voorrechten voorronde voorrondes
voorruit voorschijn voorschot voorschoten voorschrift voorschriften voorschrijft voorschrijven
voorselectie voorspel voorspelbaar voorspeld voorspelde voorspellen voorspelling voorspellingen
voorspelt voorspoed voorspoedig voorsprong voorst voorstad voorstander voorstanders voorste
voorsteden voorstel voorstelde voorstellen voorstelling voorstellingen voorstelt voort voortaan
voortbestaan voortduren voortdurend voortdurende voortgang voortgebracht voortgekomen voortgezet
voortijdig voortkomen voortkomt voortleven voortouw voortplanten voortplanting voortreffelijk
voortreffelijke voorts voortuin voortvluchtige voortzetten voortzetting vooruit vooruitgang
vooruitstrevende vooruitzicht vooruitzichten voorval voorvallen voorvechter voorverkoop voorvoegsel
voorwaarde voorwaardelijk voorwaardelijke voorwaarden voorwaarts voorwerp voorwerpen voorwoord
voorzag voorzet voorzichtig voorzichtige voorzichtiger voorzichtigheid voorzie voorzien voorziene
voorziening voorzieningen voorziet voorzijde voorzitster voorzitter voorzitters voorzitterschap
voorzorg voorzorgsmaatregelen vorderen vordering vorderingen vordert voren vorig vorige vork vorm
vormde vormden vormen vormgegeven vormgever vormgeving vorming vormt vorst vorsten vortex vos vossen
vous vouw vouwen vp vraag vraagje vraagprijs vraagstuk vraagstukken vraagt vraagteken vraagtekens
vracht vrachtauto vrachtschip vrachtwagen vrachtwagenchauffeur vrachtwagens vragen vragenlijst vrede
vredesakkoord vredesmacht vredesnaam vredesonderhandelingen vredig vredige vreedzaam vreedzame
vreemd vreemde vreemdeling vreemdelingen vreemden vreemdgaan vrees vreesde vreesden vreest vreet
vreselijk vreselijke vreselijks vreten vreugde vrezen vriend vriendelijk vriendelijke vriendelijker
vriendelijkheid vrienden vriendengroep vriendenkring vriendin vriendinnen vriendinnetje
vriendinnetjes vriendje vriendjes vriendjespolitiek vriendschap vriendschappelijk vriendschappelijke
vriendschappen vries vriest vriezen vriezer vrij vrijblijvend vrijdag vrijdagavond vrijdagmiddag
vrijdagochtend vrije vrijelijk vrijen vrijer vrijgegeven vrijgekomen vrijgelaten vrijgemaakt
vrijgesproken vrijgesteld vrijgeven vrijgezel vrijgezelle vrijgezellen vrijgezellenfeest vrijheden
vrijheid vrijkomen vrijkomt vrijlaten vrijlating vrijmaken vrijspraak vrijstaand vrijstaande
vrijstelling vrijuit vrijwel vrijwillig vrijwillige vrijwilliger vrijwilligers vrijwilligerswerk
vroeg vroege vroegen vroeger vroegere vroegste vroegtijdig vroegtijdige vrolijk vrolijke vrolijken
vrolijker vrolijkheid vrome vroom vrouw vrouwe vrouwelijk vrouwelijke vrouwelijkheid vrouwen
vrouwendag vrouwenrechten vrouwenvoetbal vrouwtje vrouwtjes vrucht vruchtbaar vruchtbaarheid
vruchtbare vruchten vu vuil vuile vuilnis vuilnisbak vuilnisbakken vuilnisbelt vuist vuisten vul
vulde vulkaan vulkanen vulkanische vullen vulling vult vuren vurig vurige vuur vuurgevecht vuurpijl
vuurt vuurtje vuurtoren vuurwapen vuurwapens vuurwerk vve vwo vzw w waag waagde waagt waaien waaier
waait waakhond waakt waakzaam waal waan waanzin waanzinnig waanzinnige waar waaraan waarbij
waarbinnen waarborgen waard waarde waardebon waardeer waardeert waardeloos waardeloze waarden
waarderen waardering waardes waardevol waardevolle waardig waardige waardigheid waardoor waargebeurd
waargenomen waarheden waarheen waarheid waarin waarlijk waarmaken waarmee waarna waarnaar
waarneembaar waarnemen waarnemend waarnemer waarnemers waarneming waarnemingen waarom waaronder
waarop waarover waarschijnlijk waarschijnlijke waarschijnlijker waarschijnlijkheid waarschuw
waarschuwde waarschuwen waarschuwing waarschuwingen waarschuwt waartegen waartoe waaruit waarvan
waarvandaan waarvoor waas wacht wachten wachtend wachter wachters wachtkamer wachtlijst wachtrij
wachtte wachtten wachttijd wachttijden wachtwoord wachtwoorden wad wadden waddeneilanden wade wafels
wagen wagenpark wagens wagon wagons wake waken wakker wal walden walg walgelijk walgelijke walhalla
walk walker wallen wals walt walvis walvissen wan wanbeleid wand wandel wandelaar wandelaars
wandelde wandelen wandelende wandeling wandelingen wandelpad wandelpaden wandelroute wandelt
wandeltocht wanden wanen wang wangedrag wangen wanhoop wanhopig wanhopige wanneer wanorde want
wanten wantrouwen wapen wapenbezit wapenen wapenhandel wapens wapenstilstand wapperen war ware waren
warenhuis warenhuizen warm warme warmen warmer warmere warming warmste warmte warmtepomp warren wars
was wasbeer wasmachine wassen wassenaar wasserette wasserij wast waste wat water waterdicht
waterdichte wateren wateringen waterkant waterkrachtcentrale waterkwaliteit waterland waterleiding
waterloo watermeloen wateroverlast waterpeil waterpolo waters waterschap waterschappen watersport
waterstaat waterstand waterstof watertoren waterval watervallen waterweg watje watjes watt watten
watts wauw wave waves wax wazig wc we web webcam webcams webdesign weber weblog webpagina webshop
webshops website websites webwinkel webwinkels wed wedde wedden weddenschap wedding wedergeboorte
wederom wederopbouw wederzijds wederzijdse wedstrijd wedstrijden wedstrijdje weduwe weduwen
weduwnaar wee weed weefsel weefsels weeg weegschaal weegt week weekblad weekeinde weekend weekenden
weekendje weekends weekje weeks weelde weent weer weeral weerbericht weergave weergeeft weergegeven
weergeven weerhield weerhouden weerhoudt weerleggen weerloze weerman weersomstandigheden
weerspiegelen weerspiegeling weerspiegelt weerstaan weerstand weerstation weersverwachting
weerszijden weert weerwolf weerzien weerzinwekkend wees weeshuis weeskinderen weet weetje weetjes
weg wegblijven wegbrengen wegdek wegdoen wegen wegens weggaan weggaat weggebruikers weggegaan
weggegeven weggegooid weggehaald weggejaagd weggelaten weggelegd weggelopen weggenomen weggespoeld
weggestuurd weggevaagd weggeven weggeweest weggewerkt weggooien weghalen wegkomen weglaten weglopen
wegnemen wegrijden wegsturen wegvallen wegverkeer wegwerken wegwezen wegwijs wei weide weiden weiger
weigerde weigerden weigeren weigering weigert weiland weilanden weinig weinige weinigen wekelijks
wekelijkse weken wekenlang wekken wekker wekt wekte wel weldra weleens weleer weliswaar welk welke
welkom welkome welles wellicht wellington wellness welnee welnu weloverwogen welpen welt welterusten
welvaart welvarend welvarende welverdiende welzijn wemelt wen wenden wending wendingen wenen
wenkbrauw wenkbrauwen wennen wens wenselijk wensen wenst wenste went werd werden wereld wereldbeeld
wereldbeker wereldberoemd wereldberoemde wereldbevolking werelddelen werelden werelderfgoed
werelderfgoedlijst wereldgeschiedenis wereldje wereldkampioen wereldkampioenschap
wereldkampioenschappen wereldleiders wereldnieuws wereldoorlog wereldranglijst wereldrecord
wereldreis werelds wereldse wereldstad wereldtentoonstelling wereldtitel wereldvrede wereldwijd
wereldwijde weren werf werft werk werkdag werkdagen werkdruk werkelijk werkelijke werkelijkheid
werkeloos werkeloosheid werken werkend werkende werkenden werker werkers werkervaring werkgebied
werkgelegenheid werkgever werkgevers werkgroep werking werkje werkkamer werkloos werkloosheid
werkloze werklozen werkman werknemer werknemers werkomgeving werkomstandigheden werkplaats
werkplaatsen werkplek werkplekken werkster werkstraf werkstuk werkt werkte werkten werktijd werktuig
werktuigbouwkunde werktuigen werkvloer werkweek werkwijze werkwoord werkwoorden werkzaam
werkzaamheden werkzame werkzoekende werkzoekenden werpen werpt wervelkolom werven werving wesp
wespen west westelijk westelijke westen wester westerlingen western westers westerse westhoek
westkant westkust westzijde wet wetboek weten wetend wetende wetenschap wetenschappelijk
wetenschappelijke wetenschappen wetenschapper wetenschappers wetenswaardigheden wetering wetgevende
wetgever wetgeving wethouder wethouders wetsvoorstel wetsvoorstellen wetswijziging wettelijk
wettelijke wetten wettig wettige wever wevers wezel wezen wezenlijk wezenlijke wezens whatsapp
whiskey whisky white wide wie wieden wieder wieg wiel wielen wielrennen wielrenner wielrenners wiens
wier wierden wierook wierp wiet wifi wii wij wijd wijde wijden wijdt wijf wijk wijken wijkt wijlen
wijn wijnen wijngaard wijngaarden wijnkelder wijntje wijs wijsbegeerte wijsgemaakt wijsheid
wijsmaken wijst wijsvinger wijten wijven wijze wijzelf wijzen wijzer wijzigen wijziging wijzigingen
wijzigt wiki wikkelen wil wild wilde wilden wilder wildernis wilders wilgen wille willekeur
willekeurig willekeurige willen willie wils wilskracht wilt wim wimpel wimpers win winchester wind
winden windenergie winderig windkracht windmolen windmolens windpark windrichting windsnelheid
windstoten windt windturbines winkel winkelcentra winkelcentrum winkelen winkelier winkeliers
winkelketen winkels winkelstraat winkeltje winkeltjes winnaar winnaars winnares winnen winnend
winnende winner winning winst winsten winstgevend winstgevende wint winter winterjas winters
winterse winterslaap winterspelen wintersport winterstop wip wis wiskunde wiskundig wiskundige
wissel wisselde wisselden wisselen wisselend wisselende wisseling wissels wisselt wisselwerking
wissen wist wisten wit without witte witten witwassen wo wodka woedde woede woedend woedende woedt
woensdag woensdagavond woensdagmiddag woensdagochtend woerden woest woeste woestijn woestijnen wok
wol wolf wolk wolken wolkenkrabber wolkenkrabbers wollen wolven won wond wonde wonden wonder
wonderbaarlijk wonderbaarlijke wonderen wonderkind wonderland wonderlijk wonderlijke wonen wonende
woning woningbouw woningcorporatie woningcorporaties woningen woningmarkt wonnen woog woon
woonachtig woonde woonden woongebied woonhuis woonkamer woonoppervlakte woonplaats woonruimte woont
woonwijk woonwijken woord woorden woordenboek woordenboeken woordenschat woordje woordjes
woordspeling woordvoerder woordvoerders word worden wordende wording wordt workshop workshops world
worm wormen worp worst worstel worstelen worsteling worstelt wortel wortels wou woud wouden wout
wouter wouters wouw wow wraak wrak wrede wreed wreedheden wreedheid wreken wrijf wrijven wrijving
wrok wrong wurgen www x xtc y yang yankee yard yards yen yes yin yo yoga yoghurt yuan z zaad zaadjes
zaag zaaien zaait zaak zaakjes zaal zaan zacht zachte zachter zachtjes zadel zadeldak zaden zag
zagen zak zakdoek zake zakelijk zakelijke zaken zakendoen zakenman zakenreis zakenvrouw zakgeld
zakje zakjes zakken zaklamp zakt zakte zal zalen zalf zalig zalige zalm zamelen zand zandbak zang
zanger zangeres zangeressen zangers zat zaten zaterdag zaterdagavond zaterdagen zaterdagmiddag
zaterdagnacht zaterdagochtend ze zebra zeden zee zeebodem zeedieren zeedijk zeehond zeehonden
zeeland zeeman zeemeermin zeeniveau zeep zeer zeerste zeespiegel zeewater zeewier zeg zege zegel
zegels zegen zegeningen zeges zegevieren zegge zeggen zeggenschap zegt zei zeiden zeik zeiken zeil
zeilboot zeilen zeker zekere zekerheden zekerheid zelden zeldzaam zeldzame zelf zelfbeeld
zelfbeheersing zelfde zelfdoding zelfgemaakt zelfgemaakte zelfmoord zelfmoordaanslag zelfmoorden
zelfportret zelfredzaamheid zelfrespect zelfrijdende zelfs zelfstandig zelfstandige zelfstandigen
zelfstandigheid zelfverdediging zelfvertrouwen zelfverzekerd zelve zen zend zenden zender zenders
zending zendmast zendt zendtijd zenit zenuw zenuwachtig zenuwen zenuwstelsel zeppelin zere zero zes
zesde zeshonderd zestien zestiende zestig zet zetel zetels zetje zette zetten zeur zeuren zeurt
zeven zevende zeventien zeventiende zeventig zich zicht zichtbaar zichtbaarheid zichtbare zichzelf
zie ziek zieke ziekelijk ziekelijke zieken ziekenboeg ziekenfonds ziekenhuis ziekenhuizen ziekte
ziektekosten ziektekostenverzekering ziekten ziektes ziel zielen zielig zielige zien ziens
zienswijze ziet zigeuners zij zijde zijdelings zijden zijkant zijkanten zijlijn zijn zijnde zijne
zijner zijt zijzelf zilver zilveren zin zing zingen zingend zingende zingt zink zinken zinkt zinloos
zinloze zinnen zinnetje zinnig zinnige zintuigen zinvol zinvolle zionisme zip zit zitje zitplaats
zitplaatsen zitten zittend zittende zitting zittingen zo zoal zoals zocht zochten zodanig zodat
zodoende zodra zoek zoekactie zoeken zoekend zoekende zoeker zoekfunctie zoekmachine zoekmachines
zoekopdracht zoekresultaten zoekt zoektermen zoektocht zoen zoenen zoet zoete zogeheten zogenaamd
zogenaamde zogenoemde zogezegd zoiets zojuist zolang zolder zolen zomaar zombie zombies zomer
zomerdag zomerkamp zomermaanden zomers zomerse zomerspelen zomertijd zomervakantie zon zond zondag
zondagavond zondagen zondagmiddag zondagmorgen zondagochtend zondags zondagse zonde zondebok zonden
zonder zondig zondvloed zone zonen zones zonet zong zongen zonk zonlicht zonnebloem zonnebrand
zonnebril zonnebrillen zonnen zonnepanelen zonneschijn zonnestelsel zonnestralen zonnetje zonnig
zonnige zonsondergang zonsopgang zonsopkomst zoo zoogdieren zooi zooitje zool zoom zoon zoons
zoontje zootje zorg zorgcentrum zorgde zorgden zorgeloos zorgen zorggroep zorginstelling
zorginstellingen zorgkosten zorgt zorgverlener zorgverleners zorgverzekeraar zorgverzekeraars
zorgverzekering zorgvuldig zorgwekkend zorgwekkende zorgzaam zot zou zouden zout zoute zoveel
zoveelste zovelen zover zowaar zowat zowel zozeer zucht zuid zuidas zuidelijk zuidelijke zuiden
zuidkant zuidoost zuidoosten zuidpool zuidwaarts zuidwest zuidwestelijke zuidwesten zuidzijde zuig
zuigen zuiger zuigt zuil zuilen zuinig zuipen zuivel zuiver zuivere zuiveren zuiverheid zuivering
zuiveringen zul zulk zulke zullen zult zulte zure zuren zus zusje zusjes zussen zuster zusters zuur
zuurkool zuurstof zwaai zwaaide zwaaien zwaait zwaan zwaar zwaard zwaarden zwaarder zwaardere
zwaargewicht zwaargewond zwaarst zwaarste zwaartekracht zwaartepunt zwager zwak zwakke zwakken
zwakker zwakkere zwakkeren zwakste zwakte zwaluw zwaluwen zwam zwanen zwanger zwangere zwangerschap
zware zwart zwarte zwarten zwavel zweden zweed zweeft zweep zweer zweert zweet zwelling zwem zwembad
zwembaden zwembroek zwemles zwemmen zwemmer zwemmers zwemster zwemt zweren zwerven zwerver zwervers
zweten zweven zwevend zwevende zwijg zwijgen zwijgt zwijn zwijnen zwoegen zwoele zwoer zwom zzp
""".split())

# name or ordinary word: logistic regression on the letter 1-4-grams of '^word$'
# (held out: 94.1% of 2918 names and 3.9% of 16000 words score >= 0.5; see scripts/build_names.py)
NAME_BIAS = 1.681
NAME_NGRAMS = {
'$': 1.698, '^': 1.397, '^aad': 2.254, '^aan': -1.585, '^aar': 0.431, '^ab': 0.659, '^abd': 0.614,
'^ac': -1.318, '^ad': 0.475, '^af': -3.222, '^aff': 0.568, '^ak': 0.8, '^al': 0.352, '^ale': 0.629,
'^alf': 1.092, '^all': -0.83, '^alu': -3.806, '^amb': 0.283, '^ame': 0.385, '^an': 0.673,
'^ana': -1.058, '^ang': 0.531, '^ani': -0.578, '^ann': 0.462, '^ant': 0.339, '^ap': -0.215,
'^ar': 0.275, '^arg': -2.872, '^arr': -0.411, '^as': -0.405, '^au': -1.118, '^b': 0.145,
'^ba': 0.148, '^bac': -0.137, '^bal': 0.694, '^bar': 0.252, '^be': -0.908, '^bec': 0.677,
'^bed': -0.186, '^ben': 1.205, '^ber': 0.124, '^bi': -1.216, '^bie': 1.079, '^bio': -0.328,
'^bla': 0.347, '^bo': 0.508, '^bod': -1.08, '^bos': -1.973, '^bou': 1.284, '^boz': 1.02,
'^br': 0.602, '^bru': 0.4, '^bul': -0.051, '^but': 0.743, '^c': 0.559, '^cag': 4.014, '^cam': 1.199,
'^can': -0.382, '^cap': 0.646, '^car': -0.175, '^cel': -1.391, '^ch': -0.403, '^che': 0.943,
'^chi': -1.262, '^chl': -0.035, '^cho': -0.101, '^ci': -0.633, '^cit': -2.076, '^cla': 0.651,
'^co': 0.739, '^com': -0.092, '^con': 0.112, '^coo': 2.373, '^cor': 0.55, '^cr': 0.403,
'^cu': 0.887, '^cum': 1.069, '^cy': -0.188, '^d': -0.255, '^da': 0.611, '^dat': -2.703,
'^de': 0.749, '^dec': -1.962, '^dee': 0.415, '^del': -0.465, '^dem': 1.487, '^den': 1.185,
'^der': 0.502, '^dip': 0.375, '^dis': -1.524, '^dol': -0.396, '^dom': 0.646, '^dor': 0.025,
'^dr': -0.096, '^dup': 0.182, '^dus': 2.276, '^dyn': -0.612, '^e': 0.272, '^ec': -1.77,
'^eer': 1.262, '^ega': -0.968, '^ei': -0.294, '^ek': 3.033, '^el': 0.841, '^eli': 0.061,
'^els': 2.684, '^elz': -0.143, '^em': 0.77, '^emm': 0.719, '^emo': 1.093, '^end': -0.814,
'^eng': 0.229, '^ent': 0.206, '^ep': 0.042, '^er': -0.337, '^erd': 0.244, '^ere': -0.129,
'^erg': -0.792, '^erm': 0.493, '^es': 1.141, '^et': -0.554, '^eth': -1.195, '^eug': 0.026,
'^ev': 1.883, '^ex': -2.1, '^f': 0.304, '^fab': 0.453, '^fan': -0.57, '^fe': 1.067, '^fer': 0.58,
'^fie': 1.237, '^fig': -0.482, '^fle': 0.391, '^flo': 0.973, '^fou': 1.73, '^fr': 0.249,
'^fra': 0.335, '^g': 0.333, '^gab': 1.085, '^gal': 0.89, '^gas': -0.125, '^gat': 0.381,
'^ge': -1.545, '^gee': 2.873, '^gef': 2.028, '^gel': 0.507, '^ger': 1.526, '^get': -0.182,
'^gia': 1.379, '^gio': 0.714, '^gl': -0.95, '^gle': 0.767, '^gli': -0.772, '^glu': -0.592,
'^go': -0.133, '^goe': 0.566, '^gok': 1.633, '^gol': -0.374, '^gou': -0.749, '^goz': 0.281,
'^gr': 0.185, '^gre': 1.96, '^gri': -0.931, '^gu': 0.523, '^h': -0.141, '^ha': -0.557,
'^hak': -0.502, '^han': 0.196, '^har': -1.289, '^hau': -1.771, '^he': 0.212, '^hee': 0.815,
'^heg': 0.098, '^hel': -0.368, '^hen': 1.41, '^hex': 0.614, '^hi': -1.982, '^hil': 0.885,
'^ho': 0.888, '^hol': 0.555, '^hor': 0.146, '^hy': -1.4, '^id': -0.263, '^ie': -1.831,
'^ij': -1.455, '^im': -0.164, '^in': -1.891, '^inf': -1.911, '^ing': 2.72, '^is': 1.06,
'^ive': 0.198, '^j': 1.198, '^ja': 1.083, '^jac': 0.149, '^jax': 0.08, '^je': 1.029, '^jer': 0.973,
'^jes': 0.247, '^ji': -1.301, '^joc': 1.484, '^joi': -0.076, '^jos': 0.337, '^joy': -0.245,
'^ju': -0.248, '^jul': 1.435, '^k': -0.463, '^ka': 0.237, '^kal': -0.59, '^kas': 0.339,
'^kat': 0.921, '^kee': 0.191, '^kel': 0.178, '^kem': 0.696, '^kh': 0.895, '^ki': -0.032,
'^kil': -0.468, '^klo': 0.166, '^kn': -1.11, '^knu': 0.728, '^kon': 0.318, '^koo': -0.439,
'^kor': 0.147, '^kr': 0.102, '^kre': 0.776, '^lan': -0.337, '^las': -0.377, '^lat': 0.758,
'^laz': -0.307, '^le': -0.031, '^lec': 0.846, '^lee': -0.608, '^lek': -1.26, '^lem': 0.693,
'^leo': 1.922, '^lev': -0.116, '^li': 0.012, '^lib': -0.876, '^lie': 0.936, '^lig': 1.209,
'^lim': -1.431, '^lip': 0.792, '^lis': 0.233, '^ll': 0.781, '^lo': -0.342, '^loo': -0.127,
'^lop': 1.113, '^los': -1.175, '^lou': 0.752, '^lu': 0.071, '^lui': 0.497, '^lun': -1.544,
'^lut': 0.811, '^ly': -1.43, '^ma': 0.398, '^mag': 0.248, '^man': -1.23, '^mat': 0.244,
'^mc': 0.745, '^me': -0.621, '^med': -1.165, '^mee': -0.649, '^mel': 0.332, '^mer': 0.895,
'^met': -0.377, '^mi': -0.591, '^mil': 0.234, '^moc': 0.522, '^moe': 0.059, '^moh': 0.059,
'^mon': -2.193, '^moo': 0.105, '^mot': -0.433, '^n': 0.297, '^na': -0.765, '^nad': 0.629,
'^ned': 0.263, '^neg': -0.341, '^net': -1.215, '^ni': 0.613, '^nig': 1.932, '^nol': 0.633,
'^nor': 0.232, '^o': 0.503, '^ob': -0.568, '^och': 1.362, '^oct': 0.171, '^oen': 1.807,
'^oer': -0.329, '^og': 2.199, '^ok': 0.097, '^ol': 0.591, '^om': -1.224, '^omm': 2.738,
'^on': -2.045, '^ong': 1.542, '^ont': -1.904, '^oo': 0.25, '^oom': 0.162, '^oor': -0.289,
'^oos': 2.512, '^op': -2.046, '^ora': -0.061, '^orr': 0.105, '^ot': 0.313, '^ou': 0.813,
'^ouw': 0.359, '^ove': -0.726, '^oz': 1.576, '^p': 0.484, '^pa': 0.268, '^pam': 0.063,
'^pav': 0.041, '^pe': 0.762, '^pen': -0.622, '^per': 0.418, '^pet': 1.294, '^ph': 0.939,
'^pia': -1.745, '^pie': 1.342, '^pin': 0.026, '^pir': 0.055, '^pl': 0.327, '^ple': 0.522,
'^po': -0.097, '^pol': -1.279, '^pom': 0.747, '^por': 0.546, '^pra': 1.684, '^pul': -2.396,
'^qua': -0.284, '^r': -0.546, '^rag': -0.803, '^rak': 0.194, '^ram': 0.087, '^ran': -0.444,
'^re': -0.33, '^reg': 0.527, '^reh': 0.085, '^rei': 1.771, '^rem': 0.316, '^res': -0.06,
'^rev': -0.904, '^rez': 2.717, '^rh': 0.177, '^ri': -0.743, '^rit': -0.094, '^riv': 1.918,
'^ro': 1.335, '^rob': 0.547, '^roc': -0.525, '^rod': 0.036, '^roe': -1.112, '^rol': -0.561,
'^rom': 0.32, '^ron': -2.017, '^roo': 0.025, '^ros': 0.362, '^roz': -0.134, '^rup': 0.352,
'^rut': 2.161, '^s': -0.463, '^sa': 0.228, '^sac': -1.061, '^sat': -0.502, '^sc': -0.265,
'^se': 0.84, '^seb': 0.723, '^seg': 0.649, '^sez': 0.009, '^she': 0.723, '^sho': -1.586,
'^si': 0.887, '^sie': 0.486, '^sik': -0.651, '^sit': 0.116, '^sk': -1.96, '^sl': -0.045,
'^sla': 0.128, '^sn': -2.939, '^so': 0.455, '^sod': 0.132, '^sof': 0.793, '^son': 0.104,
'^sp': -0.247, '^spo': -0.494, '^spr': 1.532, '^sq': -0.586, '^squ': -0.054, '^st': -0.207,
'^ste': 0.073, '^sto': -0.182, '^str': -0.607, '^sun': 0.253, '^sup': -0.251, '^sw': 0.644,
'^swa': 0.875, '^t': -0.277, '^ta': 0.235, '^tam': 0.647, '^tan': 0.297, '^tar': -0.877,
'^tat': 0.916, '^te': -0.174, '^tea': -0.733, '^tec': -0.584, '^tej': 0.182, '^tex': 0.051,
'^th': 0.119, '^tha': 0.068, '^tho': 0.774, '^tie': 0.346, '^tij': 0.434, '^tj': -1.494,
'^to': -1.152, '^tob': 0.091, '^tok': 1.083, '^tom': 2.476, '^ton': -0.088, '^tor': 2.935,
'^tre': 0.993, '^tun': -0.343, '^tw': -0.369, '^tyr': 0.82, '^ui': -1.224, '^ul': 0.756,
'^un': 0.704, '^uni': -2.16, '^up': 1.16, '^ur': -0.182, '^v': -0.271, '^val': 2.387, '^vas': 0.188,
'^ve': 0.15, '^vee': -0.959, '^vi': 0.396, '^vie': -1.303, '^vil': 0.469, '^vis': -0.666,
'^vit': 0.191, '^vla': 1.134, '^vo': -0.634, '^vog': 1.196, '^von': 0.415, '^voo': -2.354,
'^vr': -0.034, '^vu': -1.055, '^w': -0.039, '^wa': -0.038, '^wag': 3.147, '^wal': 0.646,
'^wan': -0.824, '^weg': -0.895, '^wen': 0.649, '^wie': 0.265, '^wil': 1.795, '^win': 0.272,
'^wit': 0.235, '^wol': 1.325, '^wr': -0.383, '^y': 1.013, '^za': -0.271, '^zad': -0.846,
'^zo': -1.397, 'a': 0.013, 'a$': 2.027, 'aa': -4.073, 'aac': 2.104, 'aad': 0.941, 'aad$': -1.76,
'aag': -0.053, 'aai': -1.175, 'aais': 2.535, 'aal': -0.329, 'aal$': -1.001, 'aale': 4.054,
'aan': -0.136, 'aan$': -1.913, 'aand': 0.86, 'aar$': -0.089, 'aare': 3.084, 'aart': 0.996,
'aarw': 2.951, 'aas$': -0.318, 'aase': 2.055, 'aass': 2.263, 'aat': -0.467, 'ab': -0.13,
'ab$': -0.052, 'aba': 1.742, 'abdu': 0.563, 'abel': -0.597, 'aber': -0.277, 'abs': -0.935,
'abu': 0.246, 'aby': -1.084, 'ac': -0.488, 'aca': -0.263, 'acao': -1.453, 'acet': -0.971,
'ach': -0.71, 'achi': 1.578, 'acht': -0.727, 'ack': -1.13, 'aco': 0.981, 'acom': 0.533,
'acto': 1.969, 'ad$': 0.301, 'adag': -2.408, 'adar': -1.557, 'adel': 0.282, 'adem': -0.197,
'ader': -1.295, 'ades': -1.275, 'adi': 0.32, 'adio': -1.838, 'adis': 0.177, 'adl': 0.206,
'adla': 2.709, 'adr': -0.44, 'adre': -0.883, 'ady': 0.122, 'ae': 1.639, 'aed': 0.23, 'af': -0.022,
'af$': -0.176, 'afa': 0.135, 'afel': -1.107, 'afer': 0.493, 'afet': 0.169, 'afi': 0.439,
'afle': 0.957, 'afr': -0.101, 'ag': -0.945, 'aga': 0.864, 'aga$': -0.258, 'agat': 0.804,
'agda': 1.703, 'age': -0.911, 'ager': -0.401, 'agn': -0.372, 'ah$': 1.757, 'ahs$': -2.464,
'ai': -0.142, 'ai$': -2.314, 'aide': 2.262, 'aie': -1.253, 'aig': 2.844, 'aik': 0.463, 'ain': 0.012,
'aine': 1.196, 'air': -2.827, 'air$': -0.845, 'ais': -0.305, 'aj': 0.95, 'ak': -0.727,
'ak$': -0.514, 'akar': 0.074, 'ake': -0.876, 'akee': 0.602, 'akel': -0.301, 'aki': 0.588,
'akk': -1.01, 'aku': 0.028, 'al': -0.558, 'al$': 0.816, 'ala': 0.232, 'alak': 0.701, 'ald': 0.659,
'ald$': 0.528, 'ale$': -2.533, 'alee': 0.301, 'aler': -1.223, 'alex': 2.14, 'alfo': 0.435,
'algo': 0.389, 'ali': 0.068, 'alij': 0.083, 'alk': -0.24, 'all': -0.185, 'alla': 0.824,
'alm': -0.147, 'alom': 1.269, 'alp': 0.662, 'alp$': 2.974, 'als': -1.89, 'alt': -0.211,
'alu': -0.572, 'alv': 0.403, 'alve': 0.356, 'am': -0.673, 'am$': -1.141, 'ama': 0.573, 'ama$': -1.2,
'ame': -0.867, 'amed': 0.031, 'amen': -1.147, 'amer': -1.735, 'ami': -0.358, 'amie': 0.042,
'amin': -0.203, 'amo': 0.334, 'ampa': -0.322, 'amps': 2.794, 'amr': 1.456, 'amro': 0.261,
'an': -0.11, 'an$': 0.985, 'anal': -0.307, 'anas': 1.07, 'anc': -0.269, 'ance': -0.5, 'and': -0.651,
'and$': 1.803, 'anda': -0.27, 'ande': 1.056, 'ando': 0.265, 'anen': -0.639, 'anet': 0.685,
'ang': -0.041, 'ania': 0.049, 'anig': -0.794, 'anil': -0.485, 'ank': -0.379, 'ank$': -1.097,
'anke': -0.226, 'ann': 0.878, 'anni': 0.066, 'ano$': 1.884, 'anp': 1.008, 'ans': -0.252,
'ans$': -0.309, 'ant': -0.68, 'anti': -0.956, 'antj': 0.524, 'anto': 0.687, 'anu': 0.657,
'ao': -0.149, 'ap': -1.161, 'apa': 0.696, 'ape': -1.029, 'aper': -0.165, 'apo': 2.569, 'app': -0.49,
'aps': -0.146, 'ar': -0.042, 'ar$': 0.014, 'arbe': 0.571, 'arc': -0.979, 'arch': -1.155,
'ard$': 1.647, 'arde': -0.524, 'are$': -1.691, 'arel': 0.03, 'aren': -0.566, 'ares': 0.484,
'arg': -0.523, 'arga': 0.546, 'argi': -0.278, 'argo': -0.011, 'ari': -0.393, 'aria': -0.644,
'arie': 0.343, 'aris': -0.479, 'ark': -0.151, 'arl': 0.493, 'arm': -0.836, 'aro': 0.515,
'arol': 1.402, 'arp': 0.525, 'arpe': 0.172, 'arre': -0.335, 'ars': -0.014, 'art': -0.314,
'art$': 0.037, 'arts': 0.206, 'artw': 0.283, 'aru': 1.001, 'arve': -0.487, 'arwa': 0.344,
'as': -0.721, 'as$': 1.347, 'asa': 1.054, 'asb': -0.456, 'asco': 2.445, 'ase': -0.724,
'ash$': -1.161, 'asj': -0.1, 'asm': 0.132, 'aspe': 1.659, 'asq': 0.454, 'asqu': 0.944, 'ass': -0.15,
'asse': -0.207, 'asso': 0.807, 'ast$': -1.928, 'asti': 0.406, 'asu': 0.449, 'at': -0.596,
'at$': 0.543, 'ata': -1.076, 'atal': 0.737, 'atc': -0.499, 'ate': -0.253, 'ater': -0.883,
'ath': 0.337, 'ati': -0.754, 'ati$': 0.42, 'atie': -1.544, 'atil': 1.061, 'atio': -0.761,
'ato$': 0.035, 'atoi': -0.156, 'atol': 0.073, 'ator': -1.467, 'atri': 0.784, 'att': 0.36,
'atti': 0.563, 'atur': -0.121, 'au': 0.682, 'aud$': 0.558, 'auf': 1.465, 'aul': 1.633, 'aur': 0.054,
'aure': 2.112, 'aust': 0.356, 'aut': -0.294, 'auta': -0.088, 'auto': -2.629, 'auw': -3.653,
'av': 0.57, 'ava$': 0.194, 'avar': 1.064, 'ave$': -0.33, 'aver': 0.229, 'avo': -0.113, 'awa': 0.101,
'ax': -0.808, 'ax$': -0.784, 'ay': 2.471, 'ay$': -1.953, 'az': 0.005, 'azar': -0.418,
'azer': -1.168, 'b': -1.047, 'ba': -0.573, 'ba$': -0.6, 'baal': 0.974, 'bab': -0.347, 'bach': 2.995,
'bado': 1.427, 'bak': -0.027, 'bal$': -0.351, 'balh': 0.424, 'band': -2.307, 'bar': -0.101,
'bar$': -0.153, 'bare': -0.695, 'bart': 3.138, 'bas': 0.053, 'bast': 2.125, 'bau': 1.012,
'bbe': -2.882, 'bber': -0.989, 'bde$': -0.554, 'bden': 0.208, 'bdu': 0.324, 'be': -0.302,
'be$': 0.331, 'beat': 0.181, 'bec': 1.051, 'bed': -0.676, 'bee': 1.517, 'beek': 2.067,
'been': -1.499, 'beer': 0.36, 'bei': -0.295, 'bele': -0.129, 'belp': 1.099, 'belt': 0.514,
'ben': 1.068, 'ben$': 0.961, 'ber': 1.363, 'ber$': -1.54, 'bere': 0.091, 'berg': 0.783,
'berk': 0.252, 'berm': -0.231, 'bern': 2.968, 'bers': 0.414, 'bert': 1.578, 'bes': -0.742,
'bess': 1.735, 'best': -0.953, 'bet': 0.539, 'beto': -0.442, 'beu': -0.426, 'bev': -0.058,
'bew': -1.41, 'bey': 0.187, 'beze': 0.837, 'bha': 0.555, 'bi': -0.302, 'bi$': -0.509, 'bia': 0.08,
'bie': 0.13, 'big': 2.014, 'bij': -1.792, 'bil': 0.053, 'bilg': 2.707, 'bir': 1.543, 'bl': -1.105,
'blaa': -0.992, 'blad': -0.555, 'blai': 0.63, 'blan': 2.331, 'blu': -1.348, 'bo': -0.705,
'bo$': -1.206, 'boar': -0.698, 'bob': -0.527, 'body': -0.466, 'bol': -0.111, 'bom': -0.896,
'bon$': -2.212, 'bons': -0.768, 'boo': 0.356, 'bood': 2.743, 'boom': 1.293, 'boor': -0.618,
'bor': 1.069, 'borg': 0.116, 'bosc': 1.708, 'bou': 0.446, 'bouc': 0.628, 'bouw': -0.852,
'boy$': -2.303, 'bp': -0.387, 'br': 0.373, 'bra': -0.475, 'brec': 2.699, 'bree': -0.234,
'brei': -0.225, 'bren': 1.998, 'breu': 0.479, 'brie': 0.033, 'broe': 0.043, 'brou': 0.053,
'bs': -1.012, 'bst': 1.366, 'bt': -2.609, 'bug': -0.104, 'bul': -0.306, 'bun': -0.036, 'bur': 0.258,
'burg': 0.736, 'by': -0.279, 'c': 0.063, 'c$': 0.106, 'ca': -0.618, 'caca': -1.03, 'cad': -0.356,
'cafe': -0.801, 'cai': -0.014, 'cak': 1.513, 'cam': 0.608, 'came': -1.148, 'can': -0.416,
'cand': 0.754, 'cara': -1.679, 'carb': -0.014, 'card': -0.328, 'carm': 1.454, 'casa': 1.213,
'casi': -0.336, 'cast': 0.334, 'cat': -0.01, 'cce': -0.597, 'cci$': 1.22, 'ccin': -1.748,
'ce': -0.047, 'ce$': 0.052, 'cele': 1.427, 'cell': -0.94, 'cen': -0.078, 'cep': 0.691,
'cer': -0.242, 'ces': -0.082, 'ces$': -0.994, 'cet': -0.294, 'ch': -0.83, 'chal': 0.606,
'cham': 0.266, 'chan': 0.558, 'char': -0.994, 'che': 0.199, 'che$': -0.064, 'ches': -0.871,
'chev': 4.135, 'chge': 0.138, 'chi': -0.073, 'chil': -2.853, 'chne': 0.608, 'chon': 1.66,
'chor': -0.942, 'chot': 0.82, 'chr': -0.673, 'cht': -0.895, 'chul': 0.017, 'chuu': 0.96,
'cif': 0.261, 'cili': -0.665, 'cio': 0.893, 'cir': -1.509, 'cit': -0.406, 'ck': 0.972, 'ck$': 0.297,
'cken': 0.836, 'cl': -1.1, 'clav': -1.998, 'cle$': 0.171, 'cler': -0.24, 'clo': -0.303,
'club': -2.647, 'co': -1.328, 'coa': -0.136, 'cob': 0.583, 'coc': -1.354, 'coe': 2.221,
'coll': 0.603, 'colo': -0.012, 'comm': -0.505, 'con': -0.968, 'conc': -1.255, 'cond': 0.309,
'cons': 0.648, 'cost': 0.431, 'cot': 0.758, 'cou': -1.068, 'cq': 2.16, 'cr': -2.007, 'cra': -0.302,
'cre': 0.04, 'cris': 0.756, 'croi': 0.369, 'ct': -3.215, 'ctav': 1.464, 'cti': -0.684, 'cto': 1.371,
'cu': -1.668, 'cuk': 0.076, 'cuk$': 0.554, 'cul': -1.376, 'cull': 2.434, 'cun': -0.046,
'cune': -0.193, 'cur': -0.294, 'cy': -0.86, 'd': -0.585, 'd$': -0.887, 'da': 0.162, 'da$': 0.417,
'daal': 3.176, 'dach': 1.45, 'dad': 0.126, 'dag': -1.495, 'dage': 1.177, 'dak': -0.738,
'dal': 0.455, 'dami': 0.043, 'dans': -2.394, 'dass': 0.176, 'dat': -1.504, 'dat$': 2.034,
'dav': 0.886, 'db': -1.473, 'dc': -0.594, 'dd': -0.634, 'dde': -0.429, 'dde$': 0.418,
'ddel': -0.149, 'dden': -0.245, 'dder': -0.86, 'ddy$': -0.623, 'de': -0.559, 'de$': -1.95,
'dea': -0.349, 'deal': -0.369, 'dean': 0.272, 'deb': -0.542, 'dec': -0.103, 'dee': 0.318,
'deel': -0.265, 'dek': -0.852, 'del': -0.104, 'dele': -0.32, 'delk': 4.522, 'delo': 1.854,
'dem': 0.086, 'dema': 2.161, 'den$': -0.737, 'dend': -1.06, 'denr': 0.443, 'dent': -1.139,
'der': -0.928, 'derd': -0.866, 'deri': 0.133, 'ders': -0.116, 'dert': -0.004, 'derv': 0.896,
'des$': 0.436, 'desc': 0.164, 'det': 0.652, 'det$': 0.302, 'dev': 1.298, 'deve': 0.477,
'dewa': 2.007, 'dg': -0.157, 'dge$': 1.742, 'dhur': 1.537, 'di$': 0.122, 'dia': -1.443,
'dib': 0.045, 'die$': 0.112, 'dien': -1.393, 'diet': 2.357, 'dig': -0.635, 'dijk': 1.817,
'dike': 1.193, 'dio': -1.287, 'dion': 0.251, 'dir': 0.297, 'disc': 0.508, 'dit': -1.279,
'dito': -0.143, 'dj': -0.803, 'dk': -0.971, 'dl': -0.267, 'dler': 0.479, 'dm': -0.05,
'dman': -1.216, 'do': -0.165, 'dob': 0.426, 'doe': -0.951, 'dok': -0.707, 'dol': -0.569,
'doll': -1.351, 'don': 0.036, 'don$': 0.49, 'dona': 0.237, 'donn': -0.677, 'doo': -0.212,
'dood': -1.26, 'dor': 0.483, 'dori': 0.227, 'doro': 0.407, 'doug': 2.48, 'dovi': 0.649,
'dp': -0.936, 'dr': -0.335, 'dras': -0.597, 'drie': 0.38, 'dro': -0.832, 'drog': -0.164,
'dru': -0.547, 'druk': -1.815, 'ds': -1.824, 'dt$': 0.061, 'du': 0.03, 'due': -0.066, 'dum': 0.156,
'dur': 0.706, 'dv': -0.694, 'dwa': -0.357, 'dweg': 2.783, 'dwi': 0.079, 'dwig': 0.377,
'dyn': -0.644, 'dyna': -0.121, 'dz': -0.422, 'e': 0.392, 'e$': -0.064, 'ea': -0.722, 'eam': -0.33,
'ean': 0.157, 'ear': 0.197, 'eas': 0.725, 'eatr': 0.598, 'eau': -1.715, 'eave': 0.671, 'eb': -0.135,
'ebb': -0.055, 'ebbe': -0.988, 'ebr': -0.553, 'ebs': 0.471, 'ec': -0.205, 'ecer': 1.385,
'eche': 0.345, 'echt': 1.268, 'ect': -1.495, 'ecu': -1.602, 'ed': -0.46, 'eda': -0.118,
'edel': -0.783, 'edem': 1.072, 'eder': -0.31, 'edes': 0.675, 'edh': 0.537, 'edi': -0.701,
'edie': -0.768, 'eds': 0.204, 'edu': -0.044, 'ee': -2.436, 'ee$': 1.122, 'eede': 1.879,
'eee': -1.792, 'eef': -0.513, 'eel': -0.15, 'eel$': -0.601, 'eele': 3.749, 'eeli': 0.81,
'eem': 0.435, 'een': 0.259, 'een$': 1.898, 'eene': 2.33, 'eer': -1.663, 'eer$': -0.392,
'eerd': -0.87, 'eere': 2.522, 'eerk': 1.318, 'eert': -0.952, 'ees': -0.95, 'ees$': -1.295,
'eet': 1.165, 'eete': 3.091, 'eets': 1.371, 'eeu': 1.326, 'ef': 0.262, 'efen': -0.078, 'eff': 0.135,
'efse': 0.046, 'eg': -1.045, 'eg$': -1.123, 'egas': 0.181, 'egde': 1.144, 'ege': -0.179,
'egel': -1.293, 'eger': 0.388, 'egi': -0.096, 'egie': -0.585, 'egio': -0.21, 'egn': 1.203,
'egra': 0.732, 'egt$': 0.438, 'egui': 0.053, 'eh': -0.612, 'eh$': -1.542, 'eha': -1.266,
'eha$': -0.571, 'ehaa': 1.328, 'ehal': -0.034, 'ehr': 0.442, 'ei': -1.482, 'ei$': -3.657,
'eic': 1.265, 'eid': -0.565, 'eid$': -1.0, 'eie': -1.047, 'eig': 1.366, 'eij': 7.943, 'eik': -1.371,
'eil': -2.06, 'ein': -0.299, 'ein$': -0.793, 'eind': -1.07, 'einh': 0.92, 'eis$': -0.577,
'eit$': -1.574, 'eite': 1.11, 'eja': -0.597, 'ek': -1.299, 'ekb': 0.046, 'eke': -0.907,
'eki': 1.036, 'ekk': 0.263, 'el': -0.587, 'el$': -0.661, 'ela': -0.258, 'elaa': -0.848,
'eld': -1.009, 'elde': 0.723, 'ele': -0.668, 'ele$': -0.979, 'eleg': -0.585, 'elek': 0.68,
'eler': -2.595, 'eles': 0.008, 'elet': 0.303, 'elhe': 0.257, 'eli': 0.768, 'elie': -0.054,
'elk': -1.583, 'ell': 0.531, 'ell$': 0.611, 'elle': 0.768, 'elli': -0.038, 'ello': -0.134,
'ells': 0.396, 'elo': 0.489, 'elod': 0.411, 'els$': -1.08, 'elst': -0.58, 'elt$': -0.052,
'elvi': 0.133, 'em': -0.56, 'ema': -0.378, 'ema$': -0.419, 'emak': 2.579, 'emd': -0.14,
'emel': -1.138, 'emen': 0.288, 'emis': 0.042, 'emm': 0.001, 'emma': 0.278, 'emo': -0.843,
'empl': 1.868, 'en': -0.744, 'en$': -2.994, 'enar': -0.05, 'enav': 1.065, 'enb': 1.064,
'enba': -0.495, 'enbo': 0.818, 'end': -0.308, 'end$': -2.448, 'ende': -0.012, 'ends': 2.549,
'ene': 0.124, 'eneg': 0.611, 'enen': 0.656, 'ener': -1.334, 'enes': 0.908, 'enfe': 3.032,
'enge': -0.91, 'enic': 1.561, 'enie': 0.019, 'enin': -0.108, 'enl': -0.032, 'enm': -3.636,
'enn': 0.037, 'eno': 0.255, 'enp': -0.711, 'ens$': 0.41, 'ent': -0.892, 'ent$': -0.084,
'enti': 0.462, 'ento': 0.771, 'entr': -2.343, 'ents': 1.275, 'enu': -0.945, 'eorg': 0.382,
'ep': -0.204, 'eph': 0.457, 'epr': -0.372, 'eq': -0.669, 'equ': -0.895, 'er': -0.455, 'er$': -0.365,
'era': -0.357, 'era$': -0.552, 'eral': 1.608, 'eras': 2.135, 'erce': -1.069, 'erd': -0.251,
'erdi': 0.999, 'ere': -1.032, 'ere$': -0.212, 'eree': 0.452, 'erel': -0.121, 'eres': 0.245,
'erfi': 0.873, 'erg': -0.583, 'erge': 0.902, 'ergi': 0.913, 'erh': -0.125, 'erie': -0.403,
'erin': -0.092, 'eris': -0.756, 'erke': 0.392, 'erks': 0.177, 'erle': -0.03, 'ern': -0.11,
'ero$': 1.433, 'erol': 0.43, 'eron': 0.865, 'erp': -2.419, 'erre': 0.48, 'ers$': 0.619,
'erst': -0.805, 'ert$': 0.541, 'ertj': -1.852, 'erts': 1.474, 'ertz': -0.611, 'eru': -1.684,
'erv': -0.648, 'erwa': -0.206, 'erz': -0.485, 'es': -0.605, 'es$': -0.788, 'ese$': 2.581,
'esel': 0.339, 'esh': 0.468, 'esh$': 1.062, 'esin': 0.007, 'esk': -1.203, 'eso': -1.27,
'esse': 0.112, 'essi': 0.251, 'est': -0.138, 'este': 0.045, 'estf': 2.035, 'esti': 0.506,
'esto': -0.752, 'estu': 1.617, 'et': -1.393, 'et$': 0.724, 'eta': -1.23, 'eta$': 0.571,
'ete': 0.477, 'ete$': 0.489, 'eten': -0.942, 'eth': -0.319, 'etha': -0.403, 'eti': -0.129,
'eti$': -0.425, 'eto': -0.247, 'eto$': 0.965, 'etri': 0.059, 'etse': -0.257, 'ett': 2.676,
'eu': -1.423, 'eub': 0.51, 'eud': 0.341, 'euk': -0.378, 'euk$': -1.004, 'euke': 0.533, 'eul': 1.377,
'eun$': -0.642, 'euni': 0.696, 'eur': -3.387, 'eus$': -0.2, 'eute': 0.424, 'euw': 0.488,
'euwe': 1.312, 'euz': -0.11, 'ev': 0.196, 'evan': 0.088, 'eve$': 0.651, 'evee': 1.9, 'even': -2.124,
'ever': -1.076, 'evin': 0.058, 'evlu': 0.626, 'evoo': 1.158, 'ew$': 0.413, 'ewat': 0.264,
'ex$': -0.549, 'ey': 1.734, 'ez': -0.176, 'eze$': -1.75, 'ezek': 0.675, 'ezel': -1.484, 'f': -2.096,
'f$': 0.059, 'fa': 0.342, 'fac': -1.588, 'fai': -0.002, 'fal': 1.604, 'fam': -1.107, 'fan': -0.084,
'fas': -0.596, 'fat': 1.23, 'faus': 0.041, 'fd': -0.685, 'fed': 2.007, 'fede': 0.21, 'fen': -0.228,
'fer$': 1.557, 'fes': -0.551, 'fet': 0.79, 'fet$': 2.055, 'ff$': 2.882, 'ffe$': -1.6,
'ffer': -1.635, 'ffi': -0.062, 'fi': 0.069, 'fie': 0.27, 'fiel': 1.851, 'fig$': 0.407,
'file': -0.543, 'fili': 0.934, 'film': -1.906, 'fir': 0.191, 'fisc': 1.888, 'fl': -0.289,
'fla': -0.681, 'fles': -1.399, 'fleu': 2.306, 'floo': 3.091, 'folk': 0.098, 'fons': 0.212,
'for': 1.162, 'ford': 5.557, 'fot': -0.078, 'foto': -1.148, 'fr': 0.196, 'fran': 0.831,
'frau': -0.274, 'fre': 0.798, 'fred': 2.524, 'frie': 3.176, 'fris': -0.551, 'fs$': -1.235,
'fst': -0.732, 'ft': -1.734, 'ft$': -0.245, 'fton': 0.778, 'fu': 0.314, 'fue': 2.039, 'ful': 0.039,
'fy': -0.939, 'g': -0.5, 'g$': -1.399, 'ga': -0.644, 'gaa': -0.305, 'gali': 0.688, 'game': -1.6,
'gan$': 0.126, 'gang': -0.164, 'gar': 0.884, 'gard': 0.425, 'gas$': 0.447, 'gb': -0.934,
'gd': -0.298, 'gd$': -0.1, 'ge': -1.389, 'geb': -0.32, 'ged': -0.934, 'geer': 3.661, 'geg': -0.481,
'geh': -0.165, 'geij': -0.917, 'gek': -0.569, 'gel': 0.24, 'gel$': -0.187, 'gela': 1.416,
'geld': 0.666, 'gele': 0.083, 'geme': 0.756, 'gen$': 0.315, 'genb': -0.235, 'gend': -0.829,
'gene': 0.804, 'genk': 0.723, 'gens': -0.9, 'gent': 0.074, 'geo': 1.484, 'geor': 0.896,
'ger': 0.683, 'gere': -1.162, 'geri': -0.121, 'gerl': 0.905, 'gern': 0.255, 'gerr': 1.34,
'gert': 0.258, 'gew': -1.477, 'gez': -0.075, 'gg': -0.021, 'gge': -0.968, 'ggie': 0.619,
'gh': 1.013, 'gh$': 0.662, 'ghes': 0.149, 'gi': -0.242, 'gi$': 0.926, 'gie': -0.909, 'gin': -0.49,
'ging': -0.181, 'gl': -0.377, 'glad': 1.339, 'glen': 0.069, 'gli': 0.454, 'glia': 1.056,
'glio': 1.382, 'gm': -0.044, 'gma': -2.107, 'gnes': 0.453, 'god': -0.035, 'gog': -1.173,
'golf': -0.443, 'goo': -0.592, 'gord': -0.214, 'gp': -0.353, 'gr': -1.0, 'gra': 0.078,
'gran': 0.216, 'gren': -0.957, 'gret': 0.615, 'gro': -0.131, 'grui': 1.621, 'gs': -1.513,
'gstr': 3.114, 'gte$': -0.25, 'gu': 2.455, 'gua': -1.089, 'gui': 0.797, 'gum': -0.83,
'gumm': -1.277, 'guu': 1.064, 'h$': 0.641, 'ha': 0.855, 'haan': 0.868, 'haar': -0.231, 'had': 0.006,
'hae': 1.648, 'hage': 0.007, 'hak': -0.07, 'hal': -1.063, 'hali': 0.042, 'hamm': 1.445,
'hamp': 1.17, 'hand': -2.18, 'hang': -1.548, 'hank': 2.014, 'har': -0.085, 'har$': 0.857,
'hard': -0.202, 'harm': -0.054, 'harp': 0.171, 'harr': 1.07, 'hat': 0.18, 'have': -3.518,
'hb': -0.569, 'he': -1.044, 'heb': -0.023, 'hede': -2.037, 'hee': -0.005, 'heer': 1.677,
'hef': -1.226, 'hein': 0.994, 'hekk': 1.759, 'hel$': 0.792, 'held': -0.023, 'hem': -0.434,
'hem$': 3.17, 'hen': 0.837, 'her$': 1.352, 'here': 0.261, 'hero': -0.026, 'hert': -0.885,
'hes$': -0.05, 'hess': 0.138, 'het$': 1.338, 'heuv': 1.058, 'hevi': 0.414, 'hex': 0.475,
'hge': 1.001, 'hi$': 1.062, 'hid': 1.614, 'hier': -0.581, 'hil': 0.723, 'hild': 2.382,
'hill': 0.122, 'hin': -0.134, 'hine': -1.159, 'hip': -0.506, 'his': -0.599, 'hit$': 0.156,
'hl': 0.736, 'hm': 0.961, 'hn': 0.069, 'hne': 0.969, 'ho': -0.821, 'hoc': -3.397, 'hoev': 2.376,
'hof': 2.111, 'hof$': 0.437, 'hog': -2.083, 'holt': 0.028, 'honi': -0.033, 'hop': 1.034,
'hop$': 2.15, 'hor': 0.352, 'hora': 0.106, 'hord': -0.057, 'hore': -0.287, 'horn': 0.22,
'hors': 3.805, 'hou': -0.41, 'hove': 0.603, 'hr': 1.094, 'hran': 0.963, 'hrin': 0.55, 'hris': 0.972,
'hroe': 3.05, 'ht': -1.232, 'hui': -0.437, 'huiz': 2.835, 'hul': 0.764, 'huls': 0.715, 'hur': 0.555,
'hus': 0.933, 'huta': 1.68, 'hy': -1.962, 'hya': 0.899, 'i': 0.23, 'i$': 2.394, 'ia': 0.066,
'ia$': 0.092, 'iade': -0.562, 'iai': -0.094, 'ial': -1.693, 'iam': 0.21, 'iam$': 0.741,
'iant': -0.315, 'ias$': 0.648, 'iat': -1.252, 'ib': -0.253, 'ibe$': 1.203, 'iber': -1.066,
'ic': -1.168, 'ica': -0.159, 'ica$': -0.523, 'icar': 1.2, 'icen': 1.906, 'ich': 1.183,
'ich$': 1.569, 'icht': -1.112, 'ici': -0.486, 'ici$': -1.379, 'icol': 0.696, 'icr': -0.033,
'icto': 0.907, 'id': -0.235, 'ide': -0.151, 'ide$': 0.868, 'idel': 2.024, 'ids': -0.822,
'ie': -1.519, 'ie$': 1.454, 'iebi': 0.175, 'ied': -0.327, 'ief': -0.623, 'ief$': -1.207,
'ieg': 2.488, 'iek': -2.847, 'iel': 0.383, 'ield': 1.547, 'iele': -0.473, 'iem': -0.413,
'ien': 0.546, 'iend': 0.037, 'iene': -0.347, 'ienn': 0.775, 'iep': -0.316, 'ier': 0.205,
'ieri': 0.958, 'iers': 0.485, 'iert': -2.111, 'ies$': -1.267, 'iess': 3.163, 'iet$': -1.139,
'iete': 0.181, 'ife': 0.597, 'ife$': 0.515, 'iffe': 0.201, 'ifi': -0.236, 'ift': -0.727,
'ig': -1.403, 'iga': -0.697, 'igar': -0.113, 'ige': -1.664, 'ige$': -0.164, 'igi': 0.645,
'igli': 0.119, 'igna': 0.107, 'igt': 1.13, 'iha': 0.886, 'ij': -1.816, 'ija': 1.247, 'ijd': -0.613,
'ijf': -0.004, 'ijk$': 0.457, 'ijke': -0.61, 'ijl': -0.017, 'ijn': -0.607, 'ijn$': -0.106,
'ijnd': 0.788, 'ijo': 1.943, 'ijs$': 0.259, 'ijse': 0.209, 'ik': -0.725, 'ik$': 0.674, 'ike': 0.76,
'ikel': -0.533, 'iker': 1.026, 'ikh': -0.076, 'iki': -1.267, 'ikke': -0.795, 'iko': 0.234,
'iks': -0.043, 'il': -0.257, 'ila': 0.101, 'ila$': 0.928, 'ilb': 0.399, 'ilee': 0.931,
'iler': -0.632, 'iles': 0.049, 'ilet': -1.376, 'ilin': -1.036, 'ill': 0.055, 'illa': 0.095,
'ille': -0.377, 'ilt': -0.349, 'im': -0.053, 'im$': 1.829, 'ima$': 0.318, 'ime$': 0.308,
'imin': -0.242, 'imme': -0.578, 'imp': -0.176, 'imw': 2.08, 'imwe': 1.447, 'in': -0.636,
'in$': 0.032, 'inal': 0.277, 'ince': 2.376, 'ind': -0.988, 'ine': -0.28, 'ine$': 0.228,
'inel': 0.853, 'ines': -0.212, 'ing': -0.012, 'ing$': -1.597, 'ingo': -0.368, 'ings': 0.152,
'ini': 0.066, 'inis': 0.213, 'ink$': 3.456, 'ino': -0.365, 'inr': -0.468, 'ins': 0.017,
'ins$': 0.721, 'insa': 0.569, 'int': 0.245, 'inth': 1.236, 'inu': -0.034, 'invi': -0.839,
'inz': -0.451, 'ion$': -0.071, 'ios$': 0.842, 'iou': 0.992, 'ippe': -0.035, 'ir': 0.237,
'ir$': 0.577, 'iral': 1.048, 'irg': 1.449, 'irie': 0.32, 'irma': -0.218, 'irr': -0.058,
'irs$': -0.321, 'iru': -2.972, 'irv': 0.378, 'is': -0.571, 'is$': 0.455, 'isa': 0.266,
'isc': -0.215, 'isch': -4.284, 'ise': -0.03, 'ise$': 0.927, 'ish': 0.404, 'isin': 0.28,
'isl': 1.074, 'isme': -1.481, 'iss$': 0.226, 'isse': -0.409, 'ist': -0.804, 'ist$': -0.758,
'iste': -0.172, 'isti': 0.223, 'isto': 1.673, 'it': -0.34, 'it$': 0.256, 'ita': -0.432,
'ite': -1.454, 'iter': -0.008, 'iti': -2.29, 'itie': -0.191, 'itt': 1.689, 'itz': 1.12,
'ium': -2.797, 'ius': 2.749, 'iv': -0.145, 'iva': -0.119, 'ival': -0.612, 'ivea': -0.058,
'iven': 1.752, 'ivie': 0.531, 'iwi': -0.082, 'ix$': 0.174, 'iy': 1.197, 'iz': 0.049, 'ize': 0.144,
'ize$': 0.065, 'j': -1.412, 'j$': 0.801, 'ja': -0.048, 'jaa': -0.584, 'jam': 1.422, 'jame': 1.406,
'jans': 0.792, 'jas': -0.09, 'jas$': -0.041, 'jax': 0.455, 'jaz': -1.498, 'jazz': -1.346,
'jc': 2.441, 'je$': -3.938, 'jee': 3.142, 'jen': 0.64, 'jep': 0.142, 'jes$': -2.778, 'jeu': -2.817,
'jf': -0.306, 'jit': 0.263, 'jk': -0.043, 'jk$': 0.673, 'jke': -0.014, 'jl': -0.032, 'jmen': 2.281,
'jn$': -0.106, 'jnd': 0.391, 'jnde': 1.403, 'jntj': 3.417, 'jo': 0.543, 'joe': 0.197, 'joi': -0.227,
'join': -0.013, 'jok': -0.241, 'joke': -2.338, 'jol': 0.141, 'jon': -1.108, 'jong': -0.564,
'jos': 1.091, 'joy': -0.46, 'js$': 0.549, 'jsen': 3.992, 'jun': 0.374, 'jury': -1.708,
'jvel': 2.204, 'jver': -1.008, 'k': -0.558, 'k$': -0.091, 'ka$': 1.001, 'kaar': 1.398,
'kabe': -0.162, 'kade': 1.014, 'kak': -0.445, 'kal': -0.298, 'kan': -1.411, 'kand': 1.141,
'kans': -0.521, 'kant': -0.25, 'kare': 0.305, 'kars': 0.043, 'kart': -0.923, 'kash': 0.708,
'kass': -0.274, 'kast': 0.001, 'kat': 0.14, 'kd': -0.43, 'ke': -0.28, 'ke$': 1.347, 'kee': 1.981,
'kell': 0.553, 'ken': -0.065, 'ken$': -1.956, 'kenk': 1.899, 'kenn': -1.263, 'kens': 0.817,
'kenz': 0.353, 'ker': -0.794, 'kern': -1.206, 'kert': 0.116, 'ket': -0.222, 'key': -0.063,
'kf': -0.387, 'kg': -1.065, 'kh': 0.242, 'kha': 0.217, 'kho': 0.486, 'ki$': -0.613, 'kie': -0.322,
'kier': 2.39, 'kil': -0.102, 'kin': 0.08, 'kind': -0.9, 'kins': 0.438, 'kir': 0.043, 'kirs': 0.48,
'kj': -0.136, 'kk': -1.584, 'kka': 0.356, 'kke': -0.586, 'kl': -0.93, 'kler': 0.573, 'klin': 1.091,
'klop': 1.429, 'kman': 0.307, 'kn': -0.256, 'knec': 0.047, 'kni': -1.023, 'knoe': 0.734,
'ko': -0.131, 'kob': 0.992, 'kom': -1.251, 'koop': 0.65, 'kr': -0.285, 'kra': -0.587, 'kru': -0.543,
'ks': -0.947, 'kse': -0.635, 'ksen': -0.229, 'ksh': 1.766, 'kst': -0.185, 'kt': -0.788,
'kt$': -2.643, 'kte': -1.205, 'kte$': -1.541, 'ktu': 1.093, 'ku': 0.16, 'kui': -0.207, 'kum': 0.824,
'kun': 1.929, 'kw': -1.4, 'l': -0.058, 'la': -0.468, 'laa': 1.403, 'laan': 1.372, 'laar': 1.208,
'laas': 2.047, 'labe': -0.298, 'lach': -0.769, 'lad': -0.574, 'lafl': 0.118, 'lag': -1.138,
'lak': 0.202, 'lal': 0.17, 'lamb': 1.274, 'lan$': -0.342, 'lana': 0.924, 'land': 0.486,
'lank': -0.294, 'lans': -1.448, 'lap': 0.855, 'lars': 0.062, 'las': -0.5, 'lass': 0.733,
'lat': -0.284, 'laus': 0.603, 'laut': -0.526, 'lava': -0.122, 'law': 0.427, 'lbu': -0.81,
'lc': 0.92, 'lca': 0.194, 'lde$': -1.261, 'lds': 0.674, 'le': -0.182, 'le$': 0.266, 'leb': -0.076,
'leco': 1.323, 'led': -0.139, 'lede': -0.509, 'lee$': 1.259, 'leem': -0.029, 'leen': 0.932,
'leet': 1.339, 'lef': 0.445, 'leg': -0.506, 'lege': -0.338, 'legr': 3.063, 'lei': -0.269,
'lek': 0.211, 'lel': -0.477, 'lem': 0.861, 'lemi': 0.005, 'len': -0.919, 'len$': -0.109,
'lene': 1.892, 'leno': 1.071, 'lep': -1.26, 'lere': -1.369, 'les': 0.697, 'lest': 0.836,
'let$': 1.139, 'leti': 0.249, 'lev': -0.228, 'lez': -1.024, 'lf$': 0.082, 'lfd': -0.129,
'lfon': 1.111, 'lg': -0.745, 'lha': -0.077, 'lhar': -0.274, 'lhe': 1.266, 'li': -0.7, 'li$': 0.763,
'lib': -0.103, 'lid': -0.316, 'lien': 0.246, 'lier': -0.326, 'lies': 0.866, 'lig': -0.738,
'lig$': -0.724, 'lige': 0.71, 'lija': 0.298, 'lijk': -3.258, 'lijn': -0.632, 'lijv': 0.887,
'lik': -0.11, 'lim': -0.702, 'lin': 0.191, 'lind': 2.881, 'line': -0.642, 'lini': -0.075,
'link': -0.652, 'lio': 0.079, 'lip': 0.093, 'lis': 0.255, 'liss': 0.011, 'liv': 0.238, 'liz': 0.014,
'lk': -0.605, 'lk$': -1.538, 'lka': -0.08, 'lker': 1.651, 'lkoo': 3.219, 'll$': 1.775, 'lla': 0.053,
'llab': -1.024, 'llan': 0.817, 'llar': 0.108, 'lle': -0.545, 'llek': 1.515, 'llen': -0.435,
'ller': -0.404, 'llet': 0.532, 'lli$': 0.913, 'llic': 1.034, 'llie': 2.39, 'llig': -0.373,
'llin': -0.59, 'llo$': 0.448, 'llon': -0.641, 'lls$': 0.44, 'lly$': -0.055, 'lm$': -2.158,
'lmag': 1.632, 'lme': 0.207, 'lmer': 0.104, 'ln': -0.356, 'lne': -0.483, 'lo': -0.238,
'lobo': 1.695, 'lod': 0.352, 'loe': 0.122, 'loe$': 0.041, 'loek': 0.299, 'log': -2.657,
'loga': 0.512, 'lok': -1.113, 'lom': 0.193, 'lomb': 0.866, 'lond': 0.908, 'loo': -0.478,
'lop': 1.028, 'lor': 0.176, 'lore': 0.74, 'lori': 0.382, 'los': -0.173, 'loss': 0.781,
'lot': -0.097, 'lot$': -1.015, 'loth': 2.003, 'lov': 0.087, 'love': 0.342, 'loz': -0.397,
'lper': 2.163, 'lph': 1.743, 'lr': -2.455, 'ls': -0.744, 'ls$': -0.373, 'lsa$': -0.026,
'lse': 0.631, 'lsel': -1.838, 'lsi': 0.081, 'lsk': 2.636, 'lt': -0.684, 'lt$': -1.331,
'lte$': -0.864, 'lten': 1.857, 'lton': 0.417, 'ltr': 0.175, 'lu': -0.293, 'lu$': 0.383,
'lud': 0.571, 'lul': -0.155, 'lumb': 1.912, 'lus': -1.648, 'lutt': 0.596, 'lux': -0.578,
'lve$': -2.116, 'lvee': 0.439, 'lven': -0.879, 'lves': 1.094, 'lvi': 0.107, 'lyc': -1.534,
'lyn': 1.076, 'lzen': 0.354, 'm': -0.49, 'm$': -0.057, 'ma$': -0.795, 'maar': 3.025, 'mac': -0.416,
'mach': -0.387, 'mad': 0.481, 'made': -0.335, 'madr': -0.008, 'mag': 0.769, 'mail': -0.977,
'mais': -0.12, 'make': 0.687, 'mala': 0.412, 'male': -1.249, 'malt': -0.152, 'mam': -3.449,
'man$': -0.507, 'mana': -0.38, 'mane': -0.125, 'mang': 0.62, 'manj': 1.043, 'mans': 3.512,
'mar': 1.203, 'mar$': 0.641, 'marc': 0.573, 'marg': 1.546, 'mars': -2.211, 'mas': -0.392,
'mas$': 0.35, 'mass': -0.902, 'mast': -0.215, 'mat': -0.227, 'mbe': -0.082, 'mbr': 0.032,
'mbra': 1.181, 'mbro': 0.621, 'md': -0.969, 'md$': -0.287, 'mde$': -0.238, 'me': -0.222,
'me$': -0.754, 'med$': 1.412, 'meeu': 0.979, 'mega': -0.061, 'mei': 0.907, 'meis': 0.907,
'mel': -0.427, 'meld': -0.103, 'mele': 0.846, 'mem': -1.182, 'men$': 0.058, 'mena': 0.055,
'mend': 0.717, 'ment': -0.832, 'mer': 0.446, 'mer$': -0.262, 'mero': 0.042, 'mert': 0.531,
'mes': -0.766, 'mes$': 0.476, 'mess': -0.487, 'mest': -0.347, 'met$': 3.219, 'meu': 0.093,
'meul': 2.925, 'mevl': 1.599, 'mf': -0.311, 'mh': -0.014, 'mi': -0.242, 'mi$': -0.554, 'mich': 2.12,
'mie': 0.433, 'mier': 0.73, 'mik': 0.104, 'mim': -0.856, 'mina': -0.625, 'ming': 1.205,
'mink': -1.973, 'mio': 0.676, 'mir': 0.095, 'mis': -0.358, 'mist': 1.304, 'mit': 1.542,
'mit$': 0.278, 'mix': -0.032, 'mkaa': 1.977, 'mler': 1.119, 'mm': -0.928, 'mm$': 1.094,
'mma': -0.061, 'mma$': -1.123, 'mme': -1.162, 'mmel': -0.098, 'mmin': 0.017, 'mmu': -0.003,
'mn': -0.618, 'mo': -0.692, 'mo$': 0.843, 'mob': -0.699, 'mod': -0.422, 'mode': -0.906,
'moe': -0.579, 'moen': 3.136, 'moh': 0.653, 'moli': 0.343, 'mon': 2.285, 'mond': 0.867,
'moni': -0.142, 'mont': 1.898, 'mora': 1.907, 'mori': 0.688, 'mose': 0.143, 'mp': -0.338,
'mpa': -0.141, 'mpl': 1.076, 'mps': 0.659, 'mps$': 0.457, 'ms': -1.841, 'mste': 1.915,
'mt$': -0.927, 'mu': 1.187, 'mui': -0.836, 'mul': -2.261, 'mund': 2.667, 'munt': -2.547,
'mur$': 0.659, 'muse': -1.198, 'mweg': 0.17, 'mz': -0.013, 'n': 0.515, 'n$': 1.078, 'na': -0.455,
'na$': 0.447, 'nab': -0.034, 'nade': -0.359, 'nag': -1.279, 'nair': 0.2, 'nald': 0.174,
'nale': -1.195, 'naly': -1.606, 'nam': -0.99, 'nard': 0.041, 'nari': -1.543, 'nat$': 1.561,
'nata': 0.413, 'natr': -0.339, 'nav': 0.03, 'naze': 1.986, 'nazi': -0.139, 'nb': -0.471,
'nber': 1.433, 'nbos': 0.393, 'nbro': 2.203, 'nbur': 0.723, 'nc': -0.35, 'ncer': -0.64,
'nch': -1.53, 'ncha': 0.229, 'ncie': -0.321, 'nck': 2.222, 'nd': -0.698, 'nd$': -0.789,
'nda': 0.339, 'ndaa': 3.667, 'ndan': -1.461, 'nden': -1.066, 'nder': 0.242, 'ndes': 0.086,
'ndh': -0.27, 'ndi': 0.02, 'ndig': -0.678, 'ndo': 0.615, 'ndo$': -2.596, 'ndon': 0.428,
'ndor': 0.265, 'ndr': 0.819, 'ndra': 0.614, 'ndum': 0.577, 'ndy': 0.207, 'ne': -0.607, 'nech': 0.11,
'nee$': 0.612, 'neel': 0.656, 'neem': -1.056, 'neer': -0.88, 'nege': -0.135, 'nego': 0.245,
'nele': -1.574, 'neli': 0.018, 'nell': 0.089, 'nem': -0.357, 'nen': -2.292, 'nend': 0.573,
'neo': -0.389, 'ner': -0.571, 'ner$': 0.468, 'net': -0.15, 'net$': -0.276, 'netm': 0.419,
'neu': -0.224, 'neuz': 0.651, 'nevi': 0.599, 'ng': -1.194, 'ng$': 1.416, 'nge$': -0.034,
'ngel': 0.352, 'ngge': 0.878, 'ngin': -0.072, 'ngt': -0.429, 'ngt$': -1.211, 'nh': -0.472,
'nha': -1.035, 'nhol': 1.633, 'ni': -0.956, 'ni$': 2.972, 'nic': 0.532, 'nica': -0.227,
'nie': 0.333, 'niem': -0.148, 'niet': -1.265, 'nig$': -0.872, 'nij': -0.209, 'nik': 0.308,
'nim': -0.967, 'nine': -0.839, 'nior': -1.439, 'nip': -0.513, 'niq': 0.401, 'niqu': 0.519,
'nis': -0.11, 'nit': -0.088, 'nive': -0.554, 'nja': 0.289, 'nje': -0.333, 'nk': -1.926, 'nka': 0.48,
'nkam': 0.753, 'nke': -0.397, 'nki': 0.023, 'nkie': 0.134, 'nkl': 0.23, 'nkle': 0.679, 'nkn': 2.098,
'nkne': 1.705, 'nks$': 0.416, 'nkun': 1.328, 'nl': -1.276, 'nlen': 0.466, 'nm': -0.319, 'nn': 0.423,
'nn$': 0.545, 'nne': -0.82, 'nne$': 0.421, 'nner': -0.427, 'nnie': 0.68, 'no': -0.803, 'no$': 0.063,
'noer': 2.519, 'nol': 0.351, 'nom': -0.788, 'noor': 2.243, 'nos$': 2.661, 'nov': -0.816,
'np': -0.059, 'nr': -0.56, 'nre': -0.064, 'nru': 1.768, 'ns': -1.323, 'nse': 0.184, 'nser': 0.124,
'nses': 0.146, 'nsie': -0.134, 'nsis': 2.041, 'nsse': 1.101, 'nst': -0.529, 'nsta': 0.842,
'nsve': 1.542, 'nt': -0.508, 'nt$': -0.411, 'nta': 0.089, 'nta$': 0.404, 'ntar': 1.927,
'nte$': 0.422, 'nter': -2.164, 'ntie': -0.35, 'ntin': 1.808, 'ntje': 0.575, 'ntr': -0.302,
'ntt': -0.74, 'nu': -0.309, 'nuc': -0.539, 'nulf': 0.1, 'numm': -1.655, 'nur': 1.61, 'nus$': 0.654,
'nvee': 1.834, 'nvo': 0.469, 'nvoo': 0.771, 'nw': -1.199, 'nwoo': 0.231, 'nz': -0.579, 'nze': -0.04,
'nzen': -0.18, 'nzie': 0.201, 'o': -0.263, 'o$': 2.403, 'oa': -1.225, 'ob': -0.353, 'obal': 0.188,
'obby': -1.663, 'obe': 1.134, 'obel': 0.704, 'ober': -0.545, 'obo': -1.063, 'oc': -1.404,
'oce': -0.312, 'och': 1.351, 'ocht': 0.338, 'ock': -0.344, 'oco': -0.544, 'octa': 0.447,
'od': -0.79, 'oder': 0.685, 'odr': 1.454, 'oe': -1.715, 'oe$': 0.286, 'oebe': 0.041, 'oed': -0.576,
'oed$': -0.241, 'oede': 0.854, 'oef': -0.98, 'oei': -0.618, 'oek': -0.312, 'oekh': 2.905,
'oela': -1.617, 'oell': 0.712, 'oelp': 0.38, 'oen': 0.108, 'oene': 0.436, 'oep': -0.987,
'oer': -0.44, 'oers': 0.184, 'oes': 0.265, 'oete': 0.199, 'of': -1.323, 'of$': 0.496, 'ofer': 1.316,
'off': -0.042, 'ofo': -0.302, 'og': -1.733, 'oga': 1.804, 'ogd': 0.955, 'oger': 2.809,
'ogg': -0.788, 'ogi': -0.121, 'ogie': -0.075, 'ogl': 0.555, 'oha': 0.246, 'oi': -0.707,
'oi$': -5.354, 'oid': -0.221, 'oir$': -2.03, 'ois': 0.823, 'ois$': 0.233, 'oj': -0.01, 'ok': -1.623,
'ok$': -0.146, 'oke': 0.8, 'oken': 1.454, 'oktu': 3.305, 'ol': -0.594, 'ol$': -0.709, 'ola': 0.137,
'ola$': 0.541, 'olan': 0.773, 'old': 0.327, 'old$': 0.511, 'olde': -0.102, 'olea': -0.379,
'oleg': 1.52, 'oles': 0.683, 'olf': 1.519, 'olie': -2.155, 'olij': 0.406, 'olin': 0.36,
'olio': -1.737, 'oliv': 0.182, 'olke': 0.399, 'oll': -0.189, 'olle': -0.642, 'olli': 0.073,
'olm': -0.627, 'olom': 0.159, 'olst': 0.288, 'olt': 1.059, 'olte': 0.941, 'olz': 1.23, 'om': -1.64,
'om$': 0.018, 'oman': -0.592, 'omi': 0.787, 'omie': -0.729, 'omin': 0.43, 'omme': 1.72,
'omp': -0.066, 'on': -0.674, 'on$': -0.129, 'onc': 0.571, 'ond': -0.126, 'one': 0.554,
'one$': 0.548, 'onet': 1.169, 'onf': -0.16, 'ong': 0.037, 'ong$': 0.667, 'onie': -1.235,
'onk': -1.335, 'onna': -1.544, 'ono$': 0.246, 'onr': 0.59, 'ons$': -1.618, 'onst': 0.693,
'ont': -0.053, 'onta': 1.019, 'onte': 0.934, 'onto': -0.841, 'onu': 0.248, 'oo': -1.838,
'ood$': 1.039, 'oode': 0.539, 'oog': -0.056, 'ooge': 1.119, 'ooi': -1.031, 'ooie': -0.538,
'ook': 1.218, 'ooke': 0.177, 'ool': -0.688, 'ool$': -0.734, 'oole': 0.106, 'oomm': 1.612,
'oon': -3.965, 'oop': 0.195, 'oor': -0.687, 'oore': 3.897, 'oort': 1.209, 'oos$': -1.759,
'oose': 0.258, 'oot$': -0.167, 'oote': 2.869, 'op': -1.132, 'opa': 1.131, 'oph': -0.107,
'opu': 0.525, 'oqu': -0.599, 'or': -0.779, 'or$': -0.208, 'orc': 0.147, 'orde': 0.189, 'ore': 0.014,
'ore$': 0.858, 'ores': 2.699, 'orin': 2.134, 'oris': 0.292, 'orno': -0.077, 'orri': 1.066,
'orse': -0.95, 'orsi': 1.042, 'ortj': 1.459, 'ory': -0.825, 'os$': 0.062, 'osc': 0.117,
'ose$': -0.665, 'osem': 0.294, 'osie': -0.283, 'oso$': 0.111, 'osp': -0.091, 'oss': -0.262,
'osse': -1.199, 'ost': 0.39, 'ost$': 0.472, 'osta': 0.862, 'osti': -1.965, 'osto': 0.429,
'ot': -1.366, 'ot$': 0.748, 'oth': 1.139, 'otha': 1.945, 'oto': -1.528, 'oto$': 0.414,
'oton': -0.28, 'ott': 2.467, 'otte': 0.276, 'otwi': 2.981, 'ou': -0.547, 'ou$': -2.171,
'oud': -1.004, 'our$': -1.22, 'ourn': 0.466, 'ouss': 2.725, 'out': -0.759, 'oute': -0.13,
'ouv': -0.923, 'ouwe': 0.872, 'ouwh': 1.329, 'ova': 1.518, 'ove': -0.61, 'owe': 0.54, 'owl': 0.149,
'own': -0.184, 'owsk': 0.19, 'ox': -1.637, 'oy': 0.298, 'oze': -0.873, 'oze$': -2.787, 'p': -2.213,
'p$': -0.422, 'pa$': -0.177, 'pai': 0.643, 'pal': 0.489, 'pal$': 0.577, 'pan$': -0.871,
'pand': -1.083, 'pap': -1.655, 'para': -1.051, 'pare': 0.576, 'pari': 1.339, 'parm': 0.045,
'part': -0.454, 'pas': -0.883, 'pas$': -1.263, 'pasc': 3.207, 'pasq': 0.625, 'past': -0.245,
'patr': 0.304, 'pau': -0.135, 'pd': -0.24, 'pe': -0.145, 'pe$': 0.205, 'pede': 1.251, 'pel': -0.235,
'pen': -0.024, 'pen$': -1.823, 'penb': 0.234, 'per': -0.547, 'peri': -0.255, 'pers': -0.022,
'pert': 0.512, 'pet': 0.75, 'pf': 2.706, 'pf$': 3.298, 'ph': 2.482, 'pi': -0.861, 'pian': -1.444,
'piet': 2.754, 'pil': -0.326, 'pin': 0.881, 'pis': 0.456, 'pit': -0.771, 'pl': -1.302, 'pla': -1.35,
'play': -0.165, 'plo': -0.787, 'plu': 0.529, 'pman': 0.18, 'po': -0.485, 'pol': 0.665,
'poor': 1.831, 'pop': -1.779, 'pot': -1.555, 'pp': -0.161, 'pp$': 3.323, 'ppa': -0.343,
'ppe$': 0.372, 'ppel': -0.02, 'pper': -0.088, 'pr': -0.11, 'prac': -0.099, 'pree': 0.394,
'prev': 0.382, 'pri': -1.693, 'prio': -0.465, 'pro': -1.64, 'ps': -1.508, 'pstr': 0.979,
'pt': -1.253, 'pte': -0.716, 'pu': 0.468, 'pui': 0.893, 'pula': 2.012, 'pur': 0.086, 'pus': -0.374,
'q': -0.559, 'qu': -0.477, 'qua': -0.097, 'quar': -1.1, 'que$': 0.404, 'qui': 2.836, 'quie': 1.715,
'quin': 0.408, 'r': 0.488, 'ra': -0.663, 'ra$': 1.01, 'raa': -0.574, 'raaf': 2.622, 'raai': 1.466,
'raan': -0.052, 'rab': -0.276, 'rac': -0.024, 'race': -0.9, 'ract': 0.507, 'rad': -0.068,
'rado': -0.065, 'rae': 0.644, 'rai': -0.692, 'rain': -0.061, 'raj': 1.961, 'rak$': -1.823,
'rale': -0.438, 'ralf': 0.494, 'ram$': 0.558, 'rama': 0.378, 'ran$': 0.216, 'ranc': 0.29,
'rand': -0.099, 'rans': -0.586, 'ras': -1.342, 'rat$': 0.564, 'rata': 0.554, 'rati': -0.367,
'raus': 0.181, 'raut': 0.88, 'razi': 0.795, 'rb': -0.998, 'rbee': 2.847, 'rboo': 1.987,
'rce$': -0.667, 'rcel': 0.21, 'rd': -0.562, 'rda': -0.257, 'rdel': 0.662, 'rden': -0.844,
'rder': -2.02, 'rdes': 0.874, 'rdt$': 1.462, 're': -0.736, 'read': -0.155, 'rec': -0.692,
'rece': 0.333, 'red': 0.026, 'red$': 0.423, 'ree': 0.43, 'reed': 0.91, 'reel': -0.989, 'reem': 2.55,
'reen': 0.504, 'regg': 0.546, 'regi': -0.067, 'reig': 0.378, 'reik': -0.091, 'reis': -0.062,
'rek$': 0.556, 'rel': -0.751, 'rels': 0.213, 'rem': -0.302, 'remb': 1.594, 'remp': 1.432,
'ren': -0.055, 'ren$': -0.99, 'renc': 1.125, 'reng': -0.486, 'rent': 1.754, 'rep': -1.905,
'rere': -0.202, 'ret$': 1.307, 'rett': -1.676, 'reu': 0.297, 'reug': 1.169, 'revo': 0.438,
'rex': -0.972, 'rf': -1.482, 'rf$': -1.119, 'rfi': 0.552, 'rg': -0.835, 'rg$': 2.924, 'rga': 0.005,
'rgas': 0.113, 'rge': 1.07, 'rgel': -1.446, 'rgen': 0.617, 'rger': -0.618, 'rgt': -0.529,
'rha': -1.089, 'rheu': 0.247, 'rho': 1.907, 'ri': -0.64, 'ri$': 0.023, 'ria': -0.436, 'ria$': -0.87,
'rib': -1.269, 'ribe': 1.192, 'ric': 1.151, 'rid': 0.407, 'rid$': 1.537, 'rie$': -1.116,
'ried': 2.256, 'riel': 0.888, 'rien': 0.293, 'rig$': -2.43, 'rige': -0.78, 'rij': -0.965,
'rijk': -0.075, 'rijn': 1.875, 'rik$': 0.568, 'rike': -0.873, 'ril': -2.506, 'rim': -0.197,
'rin': -0.304, 'rind': 0.422, 'ring': -0.087, 'rini': 0.89, 'rink': 0.097, 'rino': -0.051,
'rio': -0.063, 'riq': 0.751, 'ris': 0.562, 'risi': -1.963, 'rist': 1.323, 'rita': -0.347,
'riv': -0.872, 'rk': -1.721, 'rkan': 0.006, 'rkin': 0.233, 'rks$': 0.153, 'rkt': -1.324,
'rku': 0.44, 'rl': 0.206, 'rla': -0.742, 'rlan': -0.058, 'rle$': 1.479, 'rli': 0.524, 'rlin': 1.201,
'rlot': 0.661, 'rm': -1.389, 'rm$': -2.658, 'rman': 0.662, 'rmen': -0.092, 'rmeu': 0.548,
'rmo': -0.463, 'rn': -0.196, 'rn$': -0.619, 'rnaa': 0.601, 'rnes': 0.546, 'rni': 0.303,
'rno$': -0.65, 'ro': -1.032, 'rock': -0.961, 'rof': -0.527, 'roh': 1.623, 'roi': 0.601,
'rol': -0.605, 'ron': -0.239, 'roni': 0.339, 'ront': -0.561, 'rooi': 0.172, 'ros$': 1.321,
'rosa': 0.387, 'rost': -0.455, 'rove': -0.084, 'roz': -0.741, 'rpen': 0.556, 'rr': 0.554,
'rrat': 0.968, 'rre': -1.012, 'rre$': -0.456, 'rret': 0.134, 'rri': 0.351, 'rro': 0.33,
'rroc': 0.599, 'rs': -0.752, 'rs$': -2.613, 'rsch': 0.308, 'rse': -0.594, 'rso': -0.161,
'rst': 0.748, 'rste': 0.073, 'rstr': 1.042, 'rsu': -1.521, 'rt': -0.18, 'rt$': 0.213, 'rte': -0.019,
'rte$': 0.845, 'rtel': -0.614, 'rter': -0.56, 'rtje': 1.064, 'rto': -0.073, 'rtoo': 3.213,
'rts': 0.297, 'rtt': -0.544, 'rtw': 0.174, 'rub': 0.421, 'ruc': -0.704, 'rud': 2.034, 'rue': 0.22,
'ruf': 0.537, 'rug': -1.365, 'rug$': -0.022, 'rugg': 0.099, 'rui': -1.439, 'ruk': -0.41,
'rum': -0.314, 'rum$': -0.938, 'rund': -0.569, 'rupp': 0.298, 'rut': 0.272, 'rve': -0.894,
'rvel': 2.018, 'rvor': 0.452, 'rw': -0.706, 'rwat': 1.516, 'rwoe': 3.288, 'ry$': -0.608,
'rys': 1.403, 'ryst': 0.987, 's': 0.286, 's$': -0.96, 'sa': 0.291, 'sa$': -0.477, 'saa': 1.414,
'saff': -0.494, 'sag': 0.223, 'sain': 0.054, 'sal': -0.65, 'sald': -3.009, 'salm': 0.499,
'sand': 2.06, 'sati': -1.97, 'satt': 2.372, 'sau': -3.017, 'sb': -1.108, 'sba': -0.085,
'sber': 1.754, 'sbur': 0.003, 'sc': -0.669, 'scan': -0.429, 'sce': -2.27, 'sch': 0.812,
'sch$': 0.066, 'scha': -2.168, 'schi': -0.882, 'schm': 1.576, 'schr': -1.612, 'schw': 2.227,
'scor': -1.674, 'scot': 0.355, 'sd': -0.381, 'sde': -0.949, 'sdoc': 1.201, 'se': -0.339,
'se$': -1.137, 'sec': -0.526, 'sede': -0.241, 'sege': 1.735, 'sein': -1.012, 'sel': 0.067,
'sela': 1.657, 'sem$': -1.466, 'semi': -1.047, 'sen$': 0.454, 'ser': -0.866, 'ser$': 0.221,
'seri': -0.212, 'ses': 0.045, 'set$': -0.399, 'sev': 2.03, 'seve': 2.501, 'sez': 0.032,
'sf': -0.873, 'sg': -1.448, 'sh': 0.029, 'sh$': 0.043, 'shaa': 1.237, 'shan': 0.771, 'shar': -0.038,
'shen': -0.13, 'shi': 0.017, 'shin': 0.856, 'shou': 1.615, 'show': -1.142, 'shy': 0.934,
'si': -0.163, 'sie': -0.768, 'sig': -0.38, 'sign': -1.033, 'sio': -0.659, 'sir': 0.031,
'sis': -1.674, 'sito': 0.125, 'sitt': 0.049, 'sj': -1.907, 'sja': -1.544, 'sjo': 0.868,
'sjoe': 2.15, 'sk': -2.393, 'sk$': -0.285, 'ska$': 0.069, 'ske': -0.507, 'ski': 0.746, 'sky': 2.07,
'sl': -1.916, 'sla$': -1.864, 'slad': 1.611, 'slaw': 2.401, 'sler': 2.134, 'slin': 1.588,
'slo': -0.347, 'slot': -0.155, 'sm': -1.457, 'sma': -0.024, 'sme': -0.328, 'sme$': -2.08,
'smee': 2.572, 'smit': 0.431, 'sn': -1.436, 'sna': 1.033, 'so': -0.688, 'so$': -2.018,
'soe': -0.176, 'sok': 1.934, 'som': 0.243, 'som$': 1.38, 'son$': 1.843, 'sont': 0.271,
'sore': 0.235, 'sot': -0.123, 'soy': 0.622, 'soz': 0.043, 'sp': -0.916, 'spec': -0.258,
'spel': -0.686, 'spen': 2.098, 'spik': 0.085, 'spre': 0.027, 'sq': 0.12, 'squ': 1.359, 'sque': 1.04,
'sr': -1.436, 'ss': -1.007, 'ss$': 1.394, 'ssa': -0.195, 'ssan': -1.069, 'ssc': -0.426,
'sse$': -0.03, 'ssen': -2.144, 'sses': 0.435, 'sset': 0.312, 'sseu': 1.957, 'ssie': 0.115,
'ssin': -0.081, 'sso': 0.664, 'sso$': 0.169, 'sst': -0.829, 'ssu': 0.061, 'st': -1.227,
'st$': -0.559, 'sta$': -0.194, 'stan': 1.427, 'ste': 0.593, 'ste$': -1.879, 'stea': 0.672,
'stef': 1.488, 'stem': -0.079, 'ster': 0.36, 'stes': -0.107, 'sth': -1.55, 'sti': 0.388,
'stia': 0.576, 'stil': -0.082, 'ston': 1.447, 'stor': -0.315, 'str': 0.426, 'stra': 0.855,
'stt': -0.434, 'stuk': -0.425, 'subs': -0.42, 'sud': 0.67, 'sul': -0.577, 'sup': -1.95,
'sur': -0.398, 'sv': -0.431, 'sven': 1.351, 'swa': 1.232, 'swi': 0.891, 'sy': -0.26, 'syn': -0.728,
'sz': 0.409, 't': -0.358, 't$': -1.371, 'ta': -0.872, 'ta$': 1.116, 'taa': -0.344, 'tab': -1.715,
'tad': -0.186, 'tade': 0.5, 'taf': -0.266, 'tai': -1.164, 'tak$': 0.034, 'takk': 1.153,
'tal': -0.416, 'tale': -0.429, 'tam': 1.717, 'tamr': 0.024, 'tan': -0.199, 'tand': -0.78,
'tani': 0.911, 'tant': -0.231, 'tard': 0.016, 'tark': 0.684, 'tart': -0.466, 'tas': 0.825,
'tata': -2.362, 'tati': -0.082, 'tato': 2.286, 'tav': 1.268, 'tax': -0.918, 'tb': -1.336,
'tc': -0.622, 'tch$': -0.005, 'td': -0.827, 'te': -0.129, 'te$': -1.57, 'tea': -0.477,
'tee': -0.736, 'tee$': -1.306, 'teel': 1.24, 'teg': -0.869, 'tege': -0.427, 'tein': 1.476,
'tel': -1.292, 'tel$': 0.208, 'tem': -0.89, 'temi': 1.08, 'temp': -0.53, 'ten': -1.096,
'ten$': -0.428, 'tenb': 0.713, 'tent': -0.728, 'ter': -1.458, 'ter$': -0.179, 'terd': -0.013,
'terh': 0.258, 'terk': -0.033, 'term': -0.186, 'tern': -1.421, 'ters': 0.8, 'tert': -2.554,
'terv': 1.477, 'tes': -1.063, 'test': -0.245, 'teu': 0.205, 'teve': 0.022, 'tg': -0.718,
'th': 0.995, 'th$': 2.015, 'the': -0.114, 'thee': -0.133, 'thel': 1.886, 'thes': -3.472,
'thi': 0.019, 'thij': 0.065, 'ti': -0.763, 'ti$': 0.923, 'tia': 0.442, 'tic': -0.705, 'tice': 1.19,
'tie$': -1.102, 'tier': 1.843, 'ties': 0.412, 'tif': 1.503, 'tig': -0.066, 'tige': -0.282,
'tih': 1.43, 'tijn': 0.584, 'tike': -0.193, 'tild': 2.401, 'till': -0.484, 'time': -0.233,
'tin$': 1.397, 'tine': 0.551, 'tini': 0.625, 'tint': -1.756, 'tio$': -1.71, 'tiqu': -0.646,
'tis': -0.525, 'tit': -1.149, 'tj': -0.153, 'tja': -0.804, 'tk': -0.865, 'tka': -0.182,
'tl': -0.162, 'tle': -0.054, 'tlus': 1.119, 'tm': -1.069, 'tma$': 0.114, 'tn': -0.558, 'to': -0.314,
'tobi': 0.012, 'toe': -2.171, 'tof': 1.163, 'tol': 1.018, 'tomb': -0.738, 'ton$': 0.316,
'tor': -0.175, 'torn': -1.015, 'tp': -1.444, 'tr': -1.107, 'tra': 0.174, 'trac': 0.508,
'trai': -0.301, 'tran': -0.2, 'trat': 2.749, 'trau': 2.015, 'trek': -0.715, 'treu': 0.294,
'trev': 1.117, 'tria': -0.31, 'tric': -0.08, 'trig': 2.601, 'tris': 0.717, 'tro': -0.442,
'tro$': -0.592, 'trom': 1.602, 'trud': 0.738, 'ts': -1.803, 'tsdo': 4.624, 'tse': -0.387,
'tsen': -0.085, 'tst': -1.495, 'tt$': 2.518, 'tte': -2.216, 'tte$': 1.209, 'ttic': 1.597,
'ttie': 1.071, 'ttig': -1.608, 'tto': -1.336, 'ttr': -0.383, 'tu': -0.324, 'tud': -1.35,
'tue': -0.721, 'tug': 1.473, 'tuin': -0.558, 'tuit': 0.577, 'tuk': -0.045, 'tum': 0.14,
'tune': -0.814, 'turk': 2.21, 'turn': -1.382, 'tus$': 1.302, 'tuz': 3.322, 'tv': -1.012,
'tvoe': 2.992, 'twe': -1.487, 'tyr': 0.5, 'tze': 0.705, 'tzel': 2.827, 'tzo': 0.152, 'u': -0.577,
'u$': 1.415, 'ua': -0.116, 'ube': 0.485, 'ubo': 1.464, 'uc': -0.128, 'uch': -0.884, 'ud': 0.399,
'ud$': 0.191, 'udde': -0.919, 'ude$': 1.592, 'udel': 1.049, 'uder': -0.931, 'udo': -1.2,
'ue': 0.293, 'ued': 0.393, 'uel': 0.513, 'uent': 1.302, 'uer': 0.339, 'uff': -0.409, 'uffe': -1.025,
'ufi': 0.802, 'ug': -0.396, 'ug$': -0.666, 'uge': 2.141, 'ui': -2.563, 'ui$': -2.882, 'uidw': 2.738,
'uie': 0.495, 'uier': -0.241, 'uig': 0.726, 'uig$': 1.349, 'uij': 9.756, 'uik': -1.716,
'uil': -0.455, 'uim': -1.882, 'uin$': -1.313, 'uint': 0.88, 'uinv': 2.804, 'uise': 1.674,
'uj': 1.009, 'uk': -0.333, 'uke': 0.669, 'uker': 0.606, 'ul$': 0.947, 'ula': -0.391, 'uld': -2.121,
'ule$': -0.483, 'ulf$': 2.09, 'ulh': -1.083, 'uli': 0.937, 'ulis': 1.602, 'ull': -0.207,
'ulp': -1.984, 'uls': 0.225, 'ulu': 0.344, 'um': -0.998, 'um$': -0.138, 'umba': -0.734,
'umi': 0.199, 'un': -0.282, 'unch': -0.017, 'une$': -0.611, 'unen': 0.404, 'ung$': 2.527,
'unn': -0.587, 'unst': -2.102, 'unu': -0.939, 'uo': -0.948, 'uo$': -1.127, 'up': 0.645,
'up$': -1.432, 'ups': -0.943, 'upu': 1.229, 'ur': -0.102, 'ur$': 0.314, 'uran': -0.044,
'urb': -0.292, 'urc': 0.187, 'ure': -1.647, 'uren': -0.038, 'urg$': 1.856, 'urie': -0.521,
'urk': -0.73, 'urk$': -0.066, 'urt': 0.825, 'urv': -0.191, 'us': -0.279, 'usch': 0.214,
'usen': 1.678, 'ush': -0.005, 'usi': -0.848, 'usje': 0.183, 'usk': -1.174, 'usm': 0.303,
'uso': -2.677, 'ust': 0.583, 'usta': 0.175, 'ustr': -0.519, 'ut': -0.005, 'ut$': 0.505,
'uteb': 2.099, 'uten': -0.028, 'uter': -0.855, 'uto': -1.221, 'uton': -0.629, 'utte': 0.233,
'utto': -1.655, 'uu': -0.656, 'uuk': 1.698, 'uuk$': 0.251, 'uur': -2.981, 'uur$': -2.353,
'uure': 5.765, 'uv': 1.315, 'uva': 0.65, 'uvel': -0.112, 'uw': -0.552, 'uw$': -2.361, 'uwa': 0.21,
'uwe$': -0.663, 'uwel': 1.045, 'uwhu': 0.416, 'uy': 2.885, 'uz': 0.016, 'v': -1.339, 'v$': 2.653,
'va': -0.248, 'vaa': -0.292, 'vag': -0.119, 'vai': 1.15, 'vak': -0.171, 'val$': -0.704,
'vale': 0.289, 'vall': 0.22, 'vand': 1.006, 'vari': -0.937, 'vas': 1.88, 'vast': -1.03,
'vat': -0.593, 've': 0.078, 've$': -0.323, 'vea': -1.233, 'veau': -0.043, 'ved': 0.36, 'vee': 0.305,
'veen': 1.465, 'veer': 1.71, 'vei': 1.697, 'veld': 0.477, 'velo': -0.195, 'ven$': 0.61,
'vend': -0.229, 'vent': 0.385, 'venv': 2.597, 'ver': -0.781, 'ver$': 0.164, 'verb': 0.126,
'verd': 0.321, 'vere': 0.05, 'verh': -0.418, 'verl': -0.871, 'verm': 0.281, 'verr': -1.527,
'vers': -1.287, 'verz': -0.877, 'vic': 1.094, 'vice': -2.201, 'vict': 0.731, 'viel': -0.492,
'vik': 0.784, 'vil': 0.309, 'vill': 0.408, 'vink': -0.691, 'vis': -1.108, 'viva': -0.124,
'vl': -1.909, 'vlaa': 5.581, 'voc': -0.713, 'voer': -0.69, 'vog': 0.968, 'vol': -1.382,
'volk': 1.03, 'von': 0.274, 'vond': -1.461, 'voor': 2.584, 'vord': 0.922, 'vorm': -0.422,
'vos': 0.608, 'vot': -1.225, 'vou': -0.423, 'vr': -0.845, 'vre$': 1.694, 'vs': 1.45, 'w': -1.623,
'wa': 0.368, 'waa': 0.808, 'waad': 0.809, 'wal': 0.288, 'wald': 0.405, 'walt': 3.171, 'wame': 2.038,
'wand': -0.541, 'war': -0.362, 'wari': 1.94, 'was': -0.873, 'wat': 0.608, 'wati': 0.166,
'wd': -0.479, 'we': -0.194, 'wec': -0.012, 'weck': -0.001, 'wed': -1.677, 'wei': 0.037,
'wein': 1.143, 'weis': 0.731, 'wel$': 0.902, 'wen': 0.557, 'wenh': 0.726, 'wer': -0.178,
'werk': -0.383, 'wes': 1.598, 'wes$': 0.236, 'wh': 0.752, 'whui': 0.037, 'wi': 0.308, 'wig': 2.278,
'wig$': 0.543, 'wijn': -1.076, 'wild': -1.016, 'will': 1.323, 'wim': -0.817, 'wips': 2.152,
'witt': 0.636, 'woer': 0.087, 'wolf': 0.31, 'wond': -0.817, 'wood': 4.557, 'wrig': 2.615,
'ws': 0.253, 'wsk': 0.036, 'wski': 0.136, 'wstr': 2.966, 'x': -1.031, 'xe': -1.509, 'xi': -0.456,
'xs': 1.212, 'y': -0.062, 'y$': 1.978, 'ya': 0.521, 'ya$': 0.107, 'yba': -0.153, 'yc': -1.938,
'yce': 0.385, 'yce$': 0.097, 'yd': 0.42, 'yde': 0.366, 'ye$': 0.926, 'yf': -0.028, 'yg': -0.94,
'yl$': -0.803, 'yo': -0.141, 'yog': -1.651, 'yp': -1.317, 'ys': -1.1, 'yth': -0.773, 'yu': 1.487,
'z$': 3.212, 'za$': 0.215, 'zad': -0.071, 'zade': -0.286, 'zak': -1.693, 'zak$': -0.778,
'zal': -0.095, 'zand': -2.509, 'zang': -2.798, 'zb': 0.601, 'ze': -1.319, 'zeg': -0.648, 'zek': 0.6,
'zel$': 0.153, 'zeld': 0.349, 'zem': 0.303, 'zen$': -0.872, 'zenv': 0.716, 'zer$': -0.485,
'zet': -0.097, 'zev': -0.155, 'zi': -1.762, 'ziem': 1.218, 'zijl': 0.846, 'zijn': -0.599,
'zim': 1.224, 'zin': -1.015, 'zin$': -0.54, 'zit': -0.948, 'zk': 0.03, 'zo': -0.659, 'zog': 1.421,
'zom': -1.046, 'zon': -2.415, 'zone': -0.207, 'zor': -0.411, 'zorg': -1.475, 'zu': -0.845,
'zus': -0.861, 'zw': -2.255, 'zwab': 0.731, 'zzi': 2.174,
}
