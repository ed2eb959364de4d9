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
