"""Redaction figures: leaks and over-redactions per category, one column per case file.

    .venv/bin/python scripts/evaluate_redaction.py [--detail] [--dev] [FILE ...]

Without FILE: the generated corpus and holdouts A to CZ (development data) and holdout DA
(locked, once it is written), DA twice: the redactor as shipped (rules and the learned tagger) and the rules alone.
A file that is not there yet is skipped with a note.

* corpus.jsonl: generated spoken variants the rules were written from (development data);
* holdout.jsonl (holdout A): hand-written before the rules; its four misses of
  2026-12-01 were then fixed, so it is development data too;
* holdout-b.jsonl (holdout B): written by someone who never saw the rules; locked for
  round 1, then its misses were studied in round 2: development data now;
* holdout-c.jsonl (holdout C): written by someone who never saw the rules or this
  code, run once at the end of round 2; development data since round 3;
* holdout-d.jsonl (holdout D): written by someone who never saw the rules or the model,
  run once as locked at the end of round 3 (53 of 295 leaking, 6 of 120 ordinary lines
  touched); development data since round 4 (rules and tagger tuned on it);
* holdout-e.jsonl (holdout E): written during round 4 by another writer; development data;
* holdout-f.jsonl (holdout F): written by someone who never saw the code, run once as
  locked at the end of round 4 (39 of 295 leaking, 1 of 120 ordinary lines touched);
  development data since round 5;
* holdout-g.jsonl (holdout G): written by a new writer, run once as locked at the end of
  round 6 (42 of 295 leaking: address 17/40, postcode 10/35; 0 of 120 ordinary lines
  touched); development data since round 7;
* holdout-h.jsonl (holdout H): written by a new writer, run once as locked at the end of
  round 7 (26 of 310 leaking: postcode 7/40, address 10/50, name 3/45, email 2/35, dob 2/30,
  iban 1/30, bsn 1/30; 1 of 120 ordinary lines touched); development data since round 8;
* holdout-i.jsonl (holdout I): written by someone who never saw the code, run once as
  locked at the end of round 8 (40 of 310 leaking: address 12/50, name 10/45, dob 6/30,
  postcode 4/40, phone 3/50, bsn 2/30, iban 2/30, email 1/35; 0 of 120 ordinary lines
  touched); development data since round 9;
* holdout-j.jsonl (holdout J): written by a tenth writer who saw neither the code nor the earlier
  corpora, run once as locked at the end of round 9 (36 of 310 leaking: address 13/50, name 11/45;
  2 of 120 ordinary lines touched, two service numbers said with a hundreds word, since fixed);
  development data since round 10;
* holdout-k.jsonl (holdout K): written at the end of round 9 by an eleventh writer who never saw
  the code, run once as locked at the end of round 10 (36 of 310 leaking: address 14/50, name 13/45;
  2 of 120 ordinary lines touched); development data since round 11;
* holdout-l.jsonl (holdout L): written by a twelfth writer who never saw the code, run once as
  locked by the team lead at the end of round 11 (35 of 310 leaking: address 10/50, name 9/45,
  dob 5/30, iban 3/30, phone 3/50, postcode 3/40, email 2/35, bsn 0/30; 2 of 120 ordinary lines
  touched); development data since round 12;
* holdout-m.jsonl (holdout M): written after round 10 by a thirteenth writer who never saw the
  code, run once as locked by the team lead at the end of round 12 (30 of 310 leaking: address 9/50,
  name 6/45, phone 4/50, postcode 4/40, email 4/35, dob 2/30, iban 1/30, bsn 0/30; 3 of 120
  ordinary lines touched); development data since round 13;
* holdout-n.jsonl (holdout N): written after round 11 by a fourteenth writer who never saw the
  code, run once as locked by the team lead at the end of round 13 (24 of 310 leaking: name 11/45,
  address 4/50, phone 3/50, bsn 2/30, dob 2/30, iban 2/30, email 0/35, postcode 0/40; 4 of 120
  ordinary lines touched); development data since round 14;
* holdout-o.jsonl (holdout O): written by a fifteenth writer who never saw the code, run once as
  locked by the team lead at the end of round 14 (26 of 310 leaking: address 9/50, name 9/45,
  dob 3/30, email 2/35, phone 2/50, bsn 1/30, iban 0/30, postcode 0/40; 0 of 120 ordinary lines
  touched); development data since round 15;
* holdout-p.jsonl (holdout P): written by a writer who never saw the code (430 cases), run once as
  locked by the team lead at the end of round 15 (27 of 310 leaking: address 14/50, name 9/45,
  bsn 3/30, email 1/35, all other categories 0; 0 of 120 ordinary lines touched); development
  data since round 16;
* holdout-q.jsonl (holdout Q): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 16 (26 of 310 leaking: address 8/50, name 9/45, bsn 3/30,
  dob 3/30, email 2/35, postcode 1/40, phone 0/50, iban 0/30; 2 of 120 ordinary lines touched);
  development data since round 17;
* holdout-r.jsonl (holdout R): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 18 (at 10a01a2: 21 of 310 leaking: name 7/45, address 4/50,
  postcode 3/40, phone 2/50, bsn 2/30, dob 2/30, iban 1/30, email 0/35; 2 of 120 ordinary lines
  touched); development data since round 19;
* holdout-s.jsonl (holdout S): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 19 (at 41d7868: 29 of 310 leaking: address 9/50, postcode
  6/40, name 5/45, iban 3/30, bsn 2/30, email 2/35, phone 2/50, dob 0/30; 0 of 120 ordinary lines
  touched); development data since round 20;
* holdout-t.jsonl (holdout T): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 20 (at 29ed449: 21 of 310 leaking: address 8/50, name 6/45,
  phone 3/50, bsn 1/30, dob 1/30, iban 1/30, postcode 1/40, email 0/35; 1 of 120 ordinary lines
  touched); development data since round 21;
* holdout-u.jsonl (holdout U): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 21 (at 295ed3b: 44 of 310 leaking: name 12/45, postcode 9/40,
  bsn 6/30, iban 5/30, address 4/50, dob 3/30, phone 3/50, email 2/35; 0 of 120 ordinary lines
  touched); development data since round 22;
* holdout-v.jsonl (holdout V): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 22 (at 5032fa6: 10 of 310 leaking: address 4/50, name 3/45,
  postcode 3/40, bsn, dob, email, iban and phone 0; 0 of 120 ordinary lines touched); development
  data since round 23;
* holdout-w.jsonl (holdout W): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 23 (at 4a9e684: 16 of 310 leaking: address 4/50, name 3/45,
  postcode 3/40, dob 2/30, phone 2/50, email 1/35, iban 1/30, bsn 0/30; 0 of 120 ordinary lines
  touched); development data since round 24;
* holdout-x.jsonl (holdout X): written by a writer who never saw the code, run once as locked
  by the team lead at the end of round 24 (at b7eabf4: 13 of 310 leaking: name 6/45, address 4/50,
  postcode 2/40, dob 1/30, bsn, email, iban and phone 0; 0 of 120 ordinary lines touched);
  development data since round 25;
* holdout-y.jsonl (holdout Y): written by a writer who never saw the code (callers mostly from the
  east and south), run once as locked by the team lead at the end of round 25 (at 00ac149: 6 of 310
  leaking: address 2/50, dob 1/30, email 1/35, name 1/45, phone 1/50 (a bank code read as part of a
  phone number), bsn, iban and postcode 0; 2 of 120 ordinary lines touched; the rules alone 12 of 310
  and 1 of 120); development data since;
* holdout-z.jsonl (holdout Z): written by a writer who never saw the code (callers mostly from the
  north and west), run once as locked by the team lead at the start of round 27 (at dd9b64a: 7 of 310
  leaking: address 3/50, email 1/35, name 1/45, phone 1/50, postcode 1/40, bsn, dob and iban 0;
  2 of 120 ordinary lines touched; the rules alone 14 of 310 and 2 of 120); development data since;
* holdout-aa.jsonl (holdout AA): written by a writer who never saw the code (callers mostly from the
  centre and the big cities), run once as locked by the team lead after round 27 (at e089716: 7 of 310
  leaking: name 2/45, bsn 1/30, email 1/35, iban 1/30, postcode 1/40, address 1/50, dob and phone 0;
  3 of 120 ordinary lines touched; the rules alone 15 of 310 and 2 of 120); development data since;
* holdout-ab.jsonl (holdout AB): written by a writer who never saw the code (callers mostly from the
  south and east, the telephone alphabet), run once as locked by the team lead at the start of round 29
  (at 50822f1: 8 of 310 leaking: name 3/45, address 2/50, bsn 1/30, email 1/35, phone 1/50, dob, iban
  and postcode 0; 2 of 120 ordinary lines touched; the rules alone 13 of 310 and 2 of 120); development
  data since;
* holdout-ac.jsonl (holdout AC): written by a writer who never saw the code (callers mostly from the
  north and west, Frisian and Groningen names, data read back and checked), run once as locked by the
  team lead after round 29 (at f8b50f7: 13 of 310 leaking: name 6/45, address 2/50, bsn 2/30, postcode
  2/40, iban 1/30, dob, email and phone 0; 2 of 120 ordinary lines touched; the rules alone 33 of 310
  and 1 of 120); development data since;
* holdout-ad.jsonl (holdout AD): written by a writer who never saw the code (all regions, many callers
  born elsewhere, data taken down slowly and in pieces), run once as locked by the team lead after
  round 30 (at c7dbb3b: 8 of 310 leaking: name 2/45, phone 2/50, address, email, iban and postcode
  1 each, bsn and dob 0; 2 of 120 ordinary lines touched; the rules alone 20 of 310 and 1 of 120);
  development data since;
* holdout-ae.jsonl (holdout AE): written by a writer who never saw the code (small towns and villages,
  addresses given the old way, farm addresses with a hamlet), run once as locked by the team lead at the
  start of round 31 (at d8d25a8: 9 of 310 leaking: address 6/50, email, name and postcode 1 each, bsn,
  dob, iban and phone 0; 0 of 120 ordinary lines touched; the rules alone 18 of 310 and 0 of 120);
  development data since;
* holdout-af.jsonl (holdout AF): written by a writer who never saw the code (the Randstad's new towns,
  callers in a hurry who give data in bits and correct themselves, data read back as a question), run once
  as locked by the team lead after round 31 (at ab04070: 23 of 310 leaking: address 5/50, name 5/45,
  phone 4/50, postcode 4/40, email 2/35, iban 2/30, bsn 1/30, dob 0; 0 of 120 ordinary lines touched;
  the rules alone 33 of 310 and 0 of 120); development data since;
* holdout-ag.jsonl (holdout AG): written by a writer who never saw the code (border regions and the
  islands, foreign and regional names, numbers said the Flemish or German way), run once as locked by the
  team lead at the start of round 35 (at 855cd71: 8 of 310 leaking: name 4/45, postcode 2/40, address 1/50,
  phone 1/50, bsn, dob, email and iban 0; 2 of 120 ordinary lines over-redacted); development data since;
* holdout-ah.jsonl (holdout AH): written by a writer who never saw the code (the big cities' care and
  debt world: supported housing, budget managers reading data off letters, postal addresses, flats with
  floor and letter, read-backs corrected), run once as locked by the team lead after round 35 (at a2a8a07:
  3 of 310 leaking: email 1/35, name 1/45, phone 1/50, the rest 0; 1 of 120 ordinary lines over-redacted;
  the rules alone 9 of 310 and 0 of 120); development data since;
* holdout-ai.jsonl (holdout AI): written by a writer who never saw the code (night shifts and
  emergencies, relatives giving the data, NATO and town spelling, foreign numbers), run once as locked by
  the team lead after round 36 (at 6e1ec5d: 9 of 310 leaking: name 4/45, postcode 2/40, iban 1/30,
  address 1/50, phone 1/50, the rest 0; 1 of 120 ordinary lines over-redacted; the rules alone 17 of 310
  and 1 of 120); development data since;
* holdout-aj.jsonl (holdout AJ): written by a writer who never saw the code (older callers and their
  helpers: data given slowly and formally, read off a letter or a medicine box by a neighbour or carer,
  landlines with an old area code, names with titles and initials), run once as locked by the team lead
  at the start of round 38 (at 4a42dfc: 5 of 310 leaking: name 3/45, address 1/50, postcode 1/40, the rest
  0; 1 of 120 ordinary lines over-redacted; the rules alone 9 of 310 and 0 of 120); development data since;
* holdout-ak.jsonl (holdout AK): written by a writer who never saw the code (young adults and people between
  homes: student rooms and units, anti-squat and holiday-park plots, Caribbean numbers, e-mails with digits and
  underscores, data read off a banking app), run once as locked by the team lead after round 38 (at d5d1023:
  3 of 310 leaking: name 2/45, phone 1/50, the rest 0; 0 of 120 ordinary lines over-redacted; the rules alone
  5 of 310 and 0 of 120); development data since;
* holdout-al.jsonl (holdout AL): written by a writer who never saw the code (working people and small
  businesses: employers and shops named in passing, work addresses, business numbers beside personal ones),
  run once as locked by the team lead at the start of round 40 (at 6aefc7f: 6 of 310 leaking: address 2/50,
  name 2/45, bsn 1/30, phone 1/50, the rest 0 (the bsn and phone leak is the correction word 'geen' inside
  a read-out number); 2 of 120 ordinary lines over-redacted (a car factory's name, a hall and dock number);
  the rules alone 8 of 310 and 2 of 120); development data since;
* holdout-am.jsonl (holdout AM): written by a writer who never saw the code (families with children:
  a child's data beside the parent's, school and daycare in passing, a co-parent's number after a divorce),
  run once as locked by the team lead at the start of round 42 (at 4c6bd27: 13 of 310 leaking: name 7/45,
  e-mail 4/35, address 1/50, bsn 1/30, the rest 0; 0 of 120 ordinary lines over-redacted; the rules alone
  28 of 310 and 0 of 120); development data since;
* holdout-an.jsonl (holdout AN): written by a writer who never saw the code (health and care: data read
  from hospital letters, pharmacy labels and insurance cards, a client's data beside the caller's own, initials
  before a surname), run once as locked by the team lead at the start of round 43 (at 1e860da: 4 of 310 leaking:
  name 3/45, address 1/50, the rest 0; 6 of 120 ordinary lines over-redacted: hospitals' and insurers' names,
  a medicine's name before its dose, "de meneer van de bewaking"; the rules alone 8 of 310 and 5 of 120);
  development data since;
* holdout-ao.jsonl (holdout AO): written by a writer who never saw the code (people who came from elsewhere:
  newcomers, seasonal and agency workers, expats, data relayed by an interpreter, the Dutch spelling alphabet,
  foreign numbers said in English), run once as locked by the team lead at the start of round 44 (at 2b1371a:
  17 of 310 leaking: address 3/50, phone 3/50, postcode 3/40, bsn 2/30, dob 2/30, e-mail 2/35, name 2/45,
  iban 0/30; 1 of 120 ordinary lines over-redacted; the rules alone 28 of 310 and 1 of 120); development data since;
* holdout-ap.jsonl (holdout AP): written by a writer who never saw the code (young city people who code-switch
  between Dutch, English and straattaal, and the Caribbean Dutch: English digits and letter names, +599 and +297
  numbers, addresses on the islands), run once as locked by the team lead at the start of round 45 (at 846b222:
  17 of 310 leaking: address 4/50, iban 4/30, name 4/45, dob 3/30, phone 1/50, postcode 1/40, bsn 0/30,
  e-mail 0/35; 4 of 120 ordinary lines over-redacted; the rules alone 22 of 310 and 3 of 120); development data since;
* holdout-aq.jsonl (holdout AQ): written by a writer who never saw the code (people who find reading, numbers or
  speaking hard, and their supporters: data read off a card syllable by syllable, numbers in small pieces over
  several lines), run once as locked by the team lead at the start of round 46 (at ce49cfe: 15 of 310 leaking:
  address 8/50, name 3/45, phone 2/50, postcode 2/40, bsn 0/30, dob 0/30, e-mail 0/35, iban 0/30; 1 of 120 ordinary
  lines over-redacted; the rules alone 22 of 310 and 1 of 120); development data since;
* holdout-ar.jsonl (holdout AR): written by a writer who never saw the code (official letters, bills and debts,
  a recognizer that slips a lot), run once as locked by the team lead at the start of round 47 (at db46371:
  2 of 310 leaking: name 2/45, all other categories 0; 0 of 120 ordinary lines over-redacted; the rules alone
  10 of 310 and 0 of 120); development data since;
* holdout-as.jsonl (holdout AS): written by a writer who never saw the code (people who call for someone
  else: a neighbour, a parent, a client; two people's data in one call), run once as locked by the team lead
  at the start of round 49 (at 614bf95: 6 of 310 leaking: address 2/50, e-mail 2/35, name 2/45, all other
  categories 0; 0 of 120 ordinary lines over-redacted; the rules alone 16 of 310 and 0 of 120); development
  data since;
* holdout-at.jsonl (holdout AT): written by a writer who never saw the code (regional speech and dialect:
  numbers, addresses and names said the regional way), run once as locked by the team lead at the end of round 49
  (at 72e1dae: 20 of 310 leaking: address 5/50, phone 5/50, name 3/45, bsn 2/30, e-mail 2/35, postcode 2/40,
  iban 1/30, dob 0/30; 4 of 120 ordinary lines over-redacted; the rules alone 43 of 310 and 3 of 120); development
  data since;
* holdout-au.jsonl (holdout AU): written by a writer who never saw the code (calls in a hurry or under stress:
  data broken off and said again, where the caller is now, a second number to call back on), run once as locked
  by the team lead at the start of round 51 (at e96632c: 15 of 310 leaking: address 5/50, phone 3/50, name 2/45,
  postcode 2/40, dob 1/30, e-mail 1/35, iban 1/30, bsn 0/30; 1 of 120 ordinary lines over-redacted; the rules
  alone 18 of 310 and 0 of 120); development data since;
* holdout-av.jsonl (holdout AV): written by a writer who never saw the code (unusual homes and how people say
  who they are: houseboats, caravans, farms, rooms, call names next to official names, numbers read off cards),
  run once as locked by the team lead at the start of round 52 (at 22a5929: 7 of 310 leaking: name 4/45,
  address 2/50, bsn 1/30, all other categories 0; 2 of 120 ordinary lines over-redacted; the rules alone 16 of
  310 and 2 of 120); development data since;
* holdout-aw.jsonl (holdout AW): written by a writer who never saw the code (data from the phone and the
  internet: international numbers, profile names, e-mail with digits and providers, an address from a maps pin),
  run once as locked by the team lead at the end of round 52 (at b7a3f28: 9 of 310 leaking: name 5/45,
  address 3/50, e-mail 1/35, all other categories 0; 1 of 120 ordinary lines over-redacted; the rules alone 15 of
  310 and 0 of 120); development data since;
* holdout-ax.jsonl (holdout AX): written by a writer who never saw the code (people in and after
  institutions: wristbands, appointment cards, room numbers, a sister's address for the post, names read
  back), run once as locked by the team lead at the start of round 54 (at 7a6f623: 6 of 310 leaking:
  name 5/45, address 1/50, all other categories 0; 3 of 120 ordinary lines over-redacted; the rules alone
  6 of 310 and 2 of 120); development data since;
* holdout-ay.jsonl (holdout AY): written by a writer who never saw the code (people who flee or hide:
  domestic violence, stalking, the old home and where they are now, a new secret number, the ex-partner's data),
  run once as locked by the team lead at the end of round 54 (at 2e9629f: 5 of 310 leaking: name 2/45, e-mail
  2/35, postcode 1/40, all other categories 0; 0 of 120 ordinary lines over-redacted; the rules alone 7 of 310
  and 0 of 120); development data since;
* holdout-az.jsonl (holdout AZ): written by a writer who never saw the code (students and young adults in
  their first homes: newer banks, university e-mail, data spelt out in English), run once as locked by the
  team lead at the start of round 56 (at be8e58b: 10 of 310 leaking: name 5/45, address 2/50, dob 1/30,
  iban 1/30, phone 1/50, all other categories 0; 4 of 120 ordinary lines over-redacted; the rules alone 17 of
  310 and 3 of 120); development data since;
* holdout-ba.jsonl (holdout BA): written by a writer who never saw the code (neighbours and people in flats,
  shared houses and corporation homes: house-number additions, a neighbour's or caretaker's name and number, a
  landlord's IBAN), run once as locked by the team lead at the end of round 56 (at 5d0bc2a: 8 of 310 leaking:
  name 3/45, IBAN 2/30, address 1/50, phone 1/50, postcode 1/40, all other categories 0; 0 of 120 ordinary lines
  over-redacted; the rules alone 10 of 310 and 0 of 120); development data since;
* holdout-bb.jsonl (holdout BB): written by a writer who never saw the code (everyday life full of names
  that are not people's: pets, clubs, bands, TV series, shops, boats, with the caller's real data between
  them), run once as locked by the team lead at the end of round 57 (at 4f14d92: 2 of 310 leaking: name 2/45,
  all other categories 0; 14 of 120 ordinary lines over-redacted: pets' and boats' names, a TV character, a
  singer and a footballer, 'meneer de uil', 'meneer de voorzitter', 'de hele familie in het restaurant', a
  care home's name; the rules alone the same 2 and 14); development data since;
* holdout-bc.jsonl (holdout BC): written by a writer who never saw the code (places and things named
  after people: schools, hospitals, stadiums, streets in talk, historical figures, shops named after their
  founder), run once as locked by the team lead after round 58 (at f9bd9d2: 3 of 310 leaking: address 2/50
  (a street named after a person, 'achter de <street>'), name 1/45 (a German surname with an umlaut), all other
  categories 0; 17 of 120 ordinary lines over-redacted: streets, schools, a stadium, a fund, a statue, a
  museum, a bakery and a song named after people; the rules alone 6 of 310 (also 2 postcodes and an e-mail)
  and 16 of 120); development data since;
* holdout-bd.jsonl (holdout BD): written by a writer who never saw the code (dates and numbers in life
  stories that are no personal data: anniversaries, wedding days, dates of death, appointments, ages, amounts,
  next to real dates of birth), run once as locked by the team lead after round 59 (at 9ff7357: 2 of 310
  leaking: phone 1/50 (a number with "vieren" in it), name 1/45 (a name said again in the other order), all other
  categories 0; 3 of 120 ordinary lines over-redacted, all by the learned tagger: two wedding days and a gate
  number; the rules alone 4 of 310 (also a surname after a redacted first name and a birth year on the next line)
  and 0 of 120); development data since;
* holdout-be.jsonl (holdout BE): written by a writer who never saw the code (health, care and medicine talk
  full of numbers and names that are no personal data: doses, wards, beds, illnesses named after a person, next
  to real data), run once as locked by the team lead after round 60 (at 7bea3bc: 1 of 310 leaking: phone 1/50
  (a "ja" between two halves of a number), all other categories 0; 4 of 120 ordinary lines over-redacted: two
  scaling answers on their own line after "op een schaal van ..." read as a postcode or an IBAN by the tagger, a
  helpline's general number, a GP post's name after "heet"; the rules alone 3 of 310 (also an address said with
  "ehm" first and a postcode corrected with "nee") and 2 of 120); development data since;
* holdout-bf.jsonl (holdout BF): written by a writer who never saw the code (roads, cars and travel: road and
  exit numbers, car models, trains and ferries, prices, next to real data), run once as locked by the team lead
  after round 61 (at deac2e3: 1 of 310 leaking: name 1/45 (a Chinese name alone after "oke"), all other
  categories 0; 8 of 120 ordinary lines over-redacted: road numbers ("de a zeven", "de a vier en de a
  dertien") read as an address, a postcode or an IBAN by the tagger, car models with a number or a year, "de
  meneer van de takeldienst"; the rules alone 3 of 310 (also postcode letters said alone, an IBAN's bank code
  corrected) and 3 of 120); development data since;
* holdout-bg.jsonl (holdout BG): written by a writer who never saw the code (work, school and benefits:
  salaries, grades, classes, employers, next to real data), run once as locked by the team lead at 242b755
  (the twenty-sixth session's start): 2 of 310 leaking (address 1/50: a street name that is also a word,
  "plantage", said before a number; name 1/45: a Chinese surname opening a sentence in writing), 1 of 120
  ordinary over-redacted (a contract's end date read as a date of birth by the tagger); the rules alone
  3 of 310 (also a postcode said in pairs with "en dan" before its letter names) and 0 of 120);
  development data since;
* holdout-bh.jsonl (holdout BH): written by a writer who never saw the code (the numbers of everyday life that
  are no personal data: times, lines, sizes, scores, amounts, next to real data), run once as locked by the team
  lead at 65e45da (the twenty-seventh session's start): 0 of 310 leaking, 3 of 120 ordinary over-redacted (a
  shoe size read as an address by the tagger, six lottery numbers read as a number, a sports score "nul zes"
  read as the start of a phone number); the rules alone 0 of 310 and 2 of 120; development data since;
* holdout-bi.jsonl (holdout BI): written by a writer who never saw the code (corrections, spelling and data split
  over several utterances, the same in ordinary talk), run once as locked by the team lead at 2bb0e50 (after rounds 64
  and 65): 9 of 310 leaking (address 7/50: a street spelled or corrected over lines, "smid met d", "met dubbel s",
  "met ij van ...", a street that is an everyday word; name 1/45; phone 1/50), 23 of 120 ordinary over-redacted
  (medicines and organisations spelled letter by letter or said again, a corrected date, a place spelled); the rules
  alone 20 of 310 and 19 of 120; development data since;
* holdout-bj.jsonl (holdout BJ): written by a writer who never saw the code (callbacks, notes and messages passed
  on), run once as locked by the team lead at ce1f759 (the twenty-eighth session's start): 5 of 310 leaking (name
  3/45: a name spelled in syllables, a name said after "vraagt naar"; address 1/50; iban 1/50: a country code and
  check digits said before a pause), 1 of 120 ordinary over-redacted (a day said after "ik noteer"); the rules alone
  11 of 310 and 1 of 120; development data since;
* holdout-bk.jsonl (holdout BK): written by a writer who never saw the code (the countryside, farms and villages),
  run once as locked by the team lead at 55285a3 (the twenty-eighth session's end, after round 67): 10 of 310 leaking
  (address 5/50: a farm's name as the address, "de hoeve van ...", a hamlet's house number; name 4/45: a village
  nickname, "ome ...", "de boer van de hoge hoeve", a Chinese name in the other order; postcode 1/40: letters
  corrected), 5 of 120 ordinary over-redacted (a tractor make, a cow's and a mare's name, "jouw kamer is ..."); the
  rules alone 13 of 310 and 5 of 120; development data since;
* holdout-bl.jsonl (holdout BL): written by a writer who never saw the code (moving house: two addresses in one
  case), run once as locked by the team lead at c988457 (the twenty-ninth session's start): 12 of 310 leaking (email
  4/35, name 2/45, postcode 2/40, address, iban and dob 1 each), 1 of 120 ordinary over-redacted; the rules alone
  22 of 310 and 1 of 120; development data since;
* holdout-bm.jsonl (holdout BM): written by a writer who never saw the code (family and children: children's names
  and dates of birth), run once as locked by the team lead after round 68 (the twenty-ninth session): 7 of 310
  leaking (postcode 3/40, address, date of birth, e-mail and name 1 each), 1 of 120 ordinary over-redacted; the
  rules alone 13 of 310 and 0 of 120; development data since;
* holdout-bn.jsonl (holdout BN): written by a writer who never saw the code (money, work and benefits), run once as
  locked by the team lead at 122028c (after round 69): 7 of 310 leaking (address 3/50, phone 2/50, e-mail 1/35,
  postcode 1/40), 0 of 120 ordinary over-redacted; the rules alone 13 of 310 and 0 of 120; development data since;
* holdout-bo.jsonl (holdout BO): written by a writer who never saw the code (clubs, volunteering and
  associations), run once as locked by the team lead at 9e14eb1 (the thirtieth session's start): 13 of 310 leaking
  (name 7/45, postcode 3/40, address, e-mail and iban 1 each), 2 of 120 ordinary over-redacted; the rules alone
  20 of 310 and 1 of 120; development data since;
* holdout-bp.jsonl (holdout BP): written by a writer who never saw the code (legal matters and the
  authorities), run once as locked by the team lead at 97532bd (after round 70): 9 of 310 leaking (name 4/45,
  address 2/50, date of birth, phone and postcode 1 each), 0 of 120 ordinary over-redacted; the rules alone 13 of
  310 and 0 of 120; development data since;
* holdout-bq.jsonl (holdout BQ): written by a writer who never saw the code (online shopping and deliveries),
  run once as locked by the team lead (after round 70): 8 of 310 leaking (postcode 2/40, name, bsn, e-mail, iban
  and address 1 each), 3 of 120 ordinary over-redacted; development data since round 71;
* holdout-br.jsonl (holdout BR): written by a writer who never saw the code (health care and medicines), run
  once as locked by the team lead at round 71's code: 5 of 310 leaking (phone 3/50, e-mail 1, name 1);
  development data since round 72;
* holdout-bs.jsonl (holdout BS): written by a writer who never saw the code (travel, public transport and
  lodging), run once as locked by the team lead at round 72's code: 5 of 120 ordinary over-redacted (places,
  stations, airports, bus companies and hostels), name 2/45 and address 1/50 leaking; development data since
  round 73;
* holdout-bt.jsonl (holdout BT): written by a writer who never saw the code (housing, neighbours and repairs),
  run once as locked by the team lead at round 73's code: 5 of 310 leaking (address 3/50, IBAN 2/30), 1 of 120
  ordinary over-redacted; development data since round 74;
* holdout-bu.jsonl (holdout BU): written by a writer who never saw the code (school, study and childcare), run
  once as locked by the team lead at round 73's code: 1 of 120 ordinary over-redacted, address 1/50 and name 1/45
  leaking; development data since round 75;
* holdout-bv.jsonl (holdout BV): written by a writer who never saw the code (pets, vets, sport and hobbies), run
  once as locked by the team lead at round 74's code: 5 of 120 ordinary over-redacted, bsn 1/30, email 2/35, name
  3/45 and postcode 1/40 leaking; development data since round 76;
* holdout-bw.jsonl (holdout BW): written by a writer who never saw the code (money matters), run once as locked
  by the team lead at round 75's code: 5 of 310 leaking, 1 of 120 ordinary over-redacted, rules alone the same;
  development data since round 77;
* holdout-bx.jsonl (holdout BX): written by a writer who never saw the code (work, jobs and benefits), run once as
  locked by the team lead at round 76's code: 13 of 310 leaking (address 3, email 3, name 2, phone 2, postcode 3),
  0 of 120 ordinary touched; rules alone 21 leaking (address 6, dob 1, email 4, iban 2, name 3, phone 2,
  postcode 3), 0 ordinary; development data since round 77;
* holdout-by.jsonl (holdout BY): written by a writer who never saw the code (family, friends and care at home),
  run once as locked at round 77's code: 7 of 310 leaking (postcode 4, address 1, bsn 1, name 1), 0 of 120
  ordinary touched; rules alone 13 leaking, 0 ordinary; development data since round 78;
* holdout-bz.jsonl (holdout BZ): written by a writer who never saw the code (emergencies and the night), run once
  as locked at round 77's code (944c12e): 2 of 310 leaking (dob 1, postcode 1), 0 of 120 ordinary touched; rules
  alone 9 leaking (address 2, dob 1, email 1, iban 1, phone 1, postcode 3), 0 ordinary; development data since
  round 78;
* holdout-ca.jsonl (holdout CA): written by a writer who never saw the code (old age and the people around it), run
  once as locked at round 78's code (717e251): 1 of 310 leaking (dob 1), 0 of 120 ordinary touched; rules alone 4
  leaking (postcode 2, email 1, dob 1), 0 ordinary; development data since round 79;
* holdout-cb.jsonl (holdout CB): written by a writer who never saw the code (newcomers and their helpers), run once
  as locked at round 78's code (a065b9d): 3 of 310 leaking (iban 2, name 1), 0 of 120 ordinary touched; rules alone
  8 leaking (iban 3, dob 2, name 1, postcode 1, phone 1), 0 ordinary; development data since round 79;
* holdout-cc.jsonl (holdout CC): written by a writer who never saw the code (feast days, anniversaries and the
  calendar), run once as locked at round 79's code (5edf0f9): 2 of 310 leaking (name 2), 0 of 120 ordinary touched;
  rules alone 4 leaking (address 2, name 2), 0 ordinary; development data since round 80;
* holdout-cd.jsonl (holdout CD): written by a writer who never saw the code (faith communities, funerals and
  mourning), run once as locked at round 80's code (fe27933): 6 of 310 leaking (address 2, dob 2, name 1, phone 1),
  6 of 120 ordinary touched; rules alone 11 leaking (dob 3, address 2, name 2, phone 2, postcode 2), 5 ordinary;
  development data since round 81;
* holdout-ce.jsonl (holdout CE): written by a writer who never saw the code (shops, markets, hairdressers, garages
  and small businesses), run once as locked at round 81's code (17d5057): 6 of 310 leaking (dob 3, email 2, name 1),
  2 of 120 ordinary touched; rules alone 8 leaking (dob 4, email 3, address 1), 2 ordinary; development data since
  round 82;
* holdout-cf.jsonl (holdout CF): written by a writer who never saw the code (sports, gyms, swimming pools and
  outdoor life), run once as locked at round 82's code (ea872aa): 5 of 310 leaking (name 3, postcode 2), 10 of 120
  ordinary touched; rules alone 6 leaking (name 3, postcode 3), 10 ordinary; development data since round 83;
* holdout-cg.jsonl (holdout CG): written by a writer who never saw the code (music, art, culture and going out),
  run once as locked at round 83's code (a143350): 4 of 310 leaking (address 1, dob 1, email 2), 9 of 120 ordinary
  touched; rules alone 10 leaking (address 2, dob 1, email 3, iban 2, name 1, phone 1), 8 ordinary; development
  data since round 84;
* holdout-ch.jsonl (holdout CH): written by a writer who never saw the code (animals, pets, vets, farms, stables
  and gardens), run once as locked at round 84's code (eac10cc): 0 of 310 leaking, 3 of 120 ordinary touched; rules
  alone 3 leaking (email 1, name 1, postcode 1), 3 ordinary; development data since round 85;
* holdout-ci.jsonl (holdout CI): written by a writer who never saw the code (travel, transport and holidays), run
  once as locked at round 85's code (28dc91e): 3 of 310 leaking (email 1, name 1, postcode 1), 1 of 120 ordinary
  touched; rules alone 5 leaking (email 1, iban 2, name 1, postcode 1), 1 ordinary; development data since round 86;
* holdout-cj.jsonl (holdout CJ): written by a writer who never saw the code (school, childcare, study and youth),
  run as locked at round 85's code (5545def) and again at round 86's (nobody had opened it): 0 of 310 leaking, 0 of
  120 ordinary touched both times; rules alone 1 leaking (name 1), 0 ordinary; development data since;
* holdout-ck.jsonl (holdout CK): written by a writer who never saw the code (work and jobs), run once as
  locked at round 87's code: 5 of 310 leaking (dob 1, email 1, name 2, postcode 1), 3 of 120 ordinary touched; rules
  alone 7 leaking (dob 1, email 2, iban 1, name 2, postcode 1), 1 ordinary; development data since round 88;
* holdout-cl.jsonl (holdout CL): written by a writer who never saw the code (banks, insurers, customer services),
  run once as locked at round 88's code: 1 of 310 leaking (name 1), 0 of 120 ordinary touched; rules alone 2
  leaking (dob 1, name 1), 0 ordinary; development data since round 89;
* holdout-cm.jsonl (holdout CM): written by a writer who never saw the code (family history, births and the civil
  registry), run once as locked at round 89's code: 2 of 310 leaking (address 1, name 1), 3 of 120 ordinary
  touched; rules alone 7 leaking (address 1, dob 2, name 2, phone 2), 3 ordinary; development data since round 90;
* holdout-cn.jsonl (holdout CN): written by a writer who never saw the code (sport, clubs, hobbies and
  volunteering), run once as locked at round 90's code: 3 of 310 leaking (dob 1, name 2), 0 of 120 ordinary
  touched; rules alone 4 leaking (dob 1, name 2, postcode 1), 0 ordinary; development data since round 91;
* holdout-co.jsonl (holdout CO): written by a writer who never saw the code (travel, transport and holidays), run
  once as locked at round 91's code: 6 of 310 leaking (address 1, dob 1, email 1, iban 1, name 2), 1 of 120 ordinary
  touched; rules alone 9 leaking (address 2, dob 1, email 1, iban 1, name 2, phone 1, postcode 1), 0 ordinary;
  development data since round 92;
* holdout-cp.jsonl (holdout CP): written by a writer who never saw the code (housing, moving, landlords and
  neighbours), run once as locked at round 92's code: 9 of 310 leaking (address 3, name 2, phone 2, postcode 2),
  1 of 120 ordinary touched; rules alone 12 leaking, 1 ordinary; development data since round 93;
* holdout-cq.jsonl (holdout CQ): written by a writer who never saw the code (the municipality, neighbourhood
  teams, debt counselling, addiction care and social services), run once as locked at round 93's code: 2 of 310
  leaking (dob 1, name 1), 1 of 120 ordinary touched; rules alone 6 leaking (dob 2, email 1, name 1, postcode 2),
  1 ordinary; development data since round 94;
* holdout-cr.jsonl (holdout CR): written by a writer who never saw the code (health care at night, the GP post,
  hospitals, pharmacies, mental health care, home care and the ambulance), run once as locked at round 94's code:
  4 of 310 leaking (address 2, name 1, phone 1), 1 of 120 ordinary touched; rules alone 8 leaking, 0 ordinary;
  development data since round 95;
* holdout-cs.jsonl (holdout CS): written by a writer who never saw the code (legal matters, lawyers, the legal aid
  desk, courts, bailiffs, police reports, probation and victim support), run once as locked at round 95's code:
  4 of 310 leaking (address 1, email 2, name 1), 2 of 120 ordinary touched; rules alone 5 leaking (address 1,
  email 2, iban 1, name 1), 2 ordinary; development data since round 96;
* holdout-ct.jsonl (holdout CT): written by a writer who never saw the code (a death in the family, funerals,
  undertakers, inheritance, the notary, the bank after a death, clearing out a house, grief support), run once as
  locked at round 96's code: 4 of 310 leaking (dob 2, name 2), 2 of 120 ordinary touched; rules alone 5 leaking,
  1 ordinary; development data since round 97;
* holdout-cu.jsonl (holdout CU): written by a writer who never saw the code (addiction care and recovery, the
  addiction clinic, methadone, detox, AA/NA, sponsors, the gambling helpline, sober houses), run once as locked at
  round 97's code: 8 of 310 leaking (address 2, email 1, name 3, phone 1, postcode 1), 1 of 120 ordinary touched;
  rules alone 16 leaking (address 2, bsn 1, dob 1, email 2, iban 2, name 4, phone 1, postcode 3), 1 ordinary;
  development data since round 98;
* holdout-cv.jsonl (holdout CV): written by a writer who never saw the code (disability, aids and adaptations, the
  WMO desk, wheelchairs and mobility scooters, the regional taxi, care assessments, personal care budgets), run once
  as locked at round 98's code: 8 of 310 leaking (bsn 1, dob 1, email 2, iban 1, name 2, postcode 1), 0 of 120
  ordinary touched; rules alone 11 leaking (address 2, bsn 1, dob 2, email 2, iban 1, name 1, postcode 2),
  0 ordinary; development data since round 99;
* holdout-cw.jsonl (holdout CW): written by a writer who never saw the code (veterans, soldiers, police officers,
  firefighters and their families), run once as locked at round 99's code: 3 of 310 leaking (address 1, email 1,
  name 1), 2 of 120 ordinary touched; rules alone 6 leaking (address 1, email 2, name 1, postcode 2), 1 ordinary;
  development data since round 100;
* holdout-cx.jsonl (holdout CX): written by a writer who never saw the code (phones, computers, the internet,
  online shopping, scams and social media), run once as locked at round 100's code: 4 of 310 leaking (name 3,
  postcode 1), 1 of 120 ordinary touched; rules alone 5 leaking (email 1, name 3, postcode 1), 1 ordinary;
  development data since round 101;
* holdout-cy.jsonl (holdout CY): written by a writer who never saw the code (energy, water, heating, the meter
  and the utility companies), run once as locked at round 101's code: 11 of 310 leaking (address 2, email 1,
  name 3, postcode 5), 4 of 120 ordinary touched; rules alone 14 leaking (address 2, email 2, name 3, phone 1,
  postcode 6), 3 ordinary; development data since round 102;
* holdout-cz.jsonl (holdout CZ): written by a writer who never saw the code (the food bank, charity, second-hand
  shops, neighbourhood centres and local volunteers), run once as locked at round 102's code: 4 of 310 leaking
  (iban 1, name 3), 3 of 120 ordinary touched; rules alone 5 leaking (iban 1, name 3, postcode 1), 2 ordinary;
  development data since round 103;
* holdout-da.jsonl (holdout DA): locked, never opened, trained or tuned on; run once by the team lead (the script
  runs without it while it is not there). The honest estimate of what carries over is CY and CZ, and before them
  the leave-one-file-out figures of scripts/train_redaction.py --cv.

The tagger (voice_companion/privacy/tagger.npz) is trained on all development files,
so its figures on them are fitted; see train_redaction.py --cv for held-out figures.

Two case formats, one a line:
  {"cat": ..., "lines": [...], "names": [...]}  secret fragments marked {{like this}} in the lines
  {"category": ..., "lines": [...], "secret": ["fragment", ...]}  the secret fragments listed

The lines of a case are fed in order to one session redactor, as a session logs
them (the same window across lines; a held line closed by the next one). A case
leaks when a word of a secret survives: a word that is not also in the rest of
the case, and not a filler such as "punt" or "eh". A case of category "ordinary"
is over-redacted when any line changes at all. Target: at most 1 leak in 50 per
category, no ordinary case touched.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voice_companion.privacy.redact import PLACEHOLDERS, Redactor  # noqa: E402
from voice_companion.privacy.spoken import fold  # noqa: E402

DATA = ROOT / "tests/data/redaction"
COLUMNS = {  # file name -> column heading
    "corpus.jsonl": "corpus (dev)",
    "holdout.jsonl": "holdout A (dev)",
    "holdout-b.jsonl": "holdout B (dev)",
    "holdout-c.jsonl": "holdout C (dev)",
    "holdout-d.jsonl": "holdout D (dev)",
    "holdout-e.jsonl": "holdout E (dev)",
    "holdout-f.jsonl": "holdout F (dev)",
    "holdout-g.jsonl": "holdout G (dev)",
    "holdout-h.jsonl": "holdout H (dev)",
    "holdout-i.jsonl": "holdout I (dev)",
    "holdout-j.jsonl": "holdout J (dev)",
    "holdout-k.jsonl": "holdout K (dev)",
    "holdout-l.jsonl": "holdout L (dev)",
    "holdout-m.jsonl": "holdout M (dev)",
    "holdout-n.jsonl": "holdout N (dev)",
    "holdout-o.jsonl": "holdout O (dev)",
    "holdout-p.jsonl": "holdout P (dev)",
    "holdout-q.jsonl": "holdout Q (dev)",
    "holdout-r.jsonl": "holdout R (dev)",
    "holdout-s.jsonl": "holdout S (dev)",
    "holdout-t.jsonl": "holdout T (dev)",
    "holdout-u.jsonl": "holdout U (dev)",
    "holdout-v.jsonl": "holdout V (dev)",
    "holdout-w.jsonl": "holdout W (dev)",
    "holdout-x.jsonl": "holdout X (dev)",
    "holdout-y.jsonl": "holdout Y (dev)",
    "holdout-z.jsonl": "holdout Z (dev)",
    "holdout-aa.jsonl": "holdout AA (dev)",
    "holdout-ab.jsonl": "holdout AB (dev)",
    "holdout-ac.jsonl": "holdout AC (dev)",
    "holdout-ad.jsonl": "holdout AD (dev)",
    "holdout-ae.jsonl": "holdout AE (dev)",
    "holdout-af.jsonl": "holdout AF (dev)",
    "holdout-ag.jsonl": "holdout AG (dev)",
    "holdout-ah.jsonl": "holdout AH (dev)",
    "holdout-ai.jsonl": "holdout AI (dev)",
    "holdout-aj.jsonl": "holdout AJ (dev)",
    "holdout-ak.jsonl": "holdout AK (dev)",
    "holdout-al.jsonl": "holdout AL (dev)",
    "holdout-am.jsonl": "holdout AM (dev)",
    "holdout-an.jsonl": "holdout AN (dev)",
    "holdout-ao.jsonl": "holdout AO (dev)",
    "holdout-ap.jsonl": "holdout AP (dev)",
    "holdout-aq.jsonl": "holdout AQ (dev)",
    "holdout-ar.jsonl": "holdout AR (dev)",
    "holdout-as.jsonl": "holdout AS (dev)",
    "holdout-at.jsonl": "holdout AT (dev)",
    "holdout-au.jsonl": "holdout AU (dev)",
    "holdout-av.jsonl": "holdout AV (dev)",
    "holdout-aw.jsonl": "holdout AW (dev)",
    "holdout-ax.jsonl": "holdout AX (dev)",
    "holdout-ay.jsonl": "holdout AY (dev)",
    "holdout-az.jsonl": "holdout AZ (dev)",
    "holdout-ba.jsonl": "holdout BA (dev)",
    "holdout-bb.jsonl": "holdout BB (dev)",
    "holdout-bc.jsonl": "holdout BC (dev)",
    "holdout-bd.jsonl": "holdout BD (dev)",
    "holdout-be.jsonl": "holdout BE (dev)",
    "holdout-bf.jsonl": "holdout BF (dev)",
    "holdout-bg.jsonl": "holdout BG (dev)",
    "holdout-bh.jsonl": "holdout BH (dev)",
    "holdout-bi.jsonl": "holdout BI (dev)",
    "holdout-bj.jsonl": "holdout BJ (dev)",
    "holdout-bk.jsonl": "holdout BK (dev)",
    "holdout-bl.jsonl": "holdout BL (dev)",
    "holdout-bm.jsonl": "holdout BM (dev)",
    "holdout-bn.jsonl": "holdout BN (dev)",
    "holdout-bo.jsonl": "holdout BO (dev)",
    "holdout-bp.jsonl": "holdout BP (dev)",
    "holdout-bq.jsonl": "holdout BQ (dev)",
    "holdout-br.jsonl": "holdout BR (dev)",
    "holdout-bs.jsonl": "holdout BS (dev)",
    "holdout-bt.jsonl": "holdout BT (dev)",
    "holdout-bu.jsonl": "holdout BU (dev)",
    "holdout-bv.jsonl": "holdout BV (dev)",
    "holdout-bw.jsonl": "holdout BW (dev)",
    "holdout-bx.jsonl": "holdout BX (dev)",
    "holdout-by.jsonl": "holdout BY (dev)",
    "holdout-bz.jsonl": "holdout BZ (dev)",
    "holdout-ca.jsonl": "holdout CA (dev)",
    "holdout-cb.jsonl": "holdout CB (dev)",
    "holdout-cc.jsonl": "holdout CC (dev)",
    "holdout-cd.jsonl": "holdout CD (dev)",
    "holdout-ce.jsonl": "holdout CE (dev)",
    "holdout-cf.jsonl": "holdout CF (dev)",
    "holdout-cg.jsonl": "holdout CG (dev)",
    "holdout-ch.jsonl": "holdout CH (dev)",
    "holdout-ci.jsonl": "holdout CI (dev)",
    "holdout-cj.jsonl": "holdout CJ (dev)",
    "holdout-ck.jsonl": "holdout CK (dev)",
    "holdout-cl.jsonl": "holdout CL (dev)",
    "holdout-cm.jsonl": "holdout CM (dev)",
    "holdout-cn.jsonl": "holdout CN (dev)",
    "holdout-co.jsonl": "holdout CO (dev)",
    "holdout-cp.jsonl": "holdout CP (dev)",
    "holdout-cq.jsonl": "holdout CQ (dev)",
    "holdout-cr.jsonl": "holdout CR (dev)",
    "holdout-cs.jsonl": "holdout CS (dev)",
    "holdout-ct.jsonl": "holdout CT (dev)",
    "holdout-cu.jsonl": "holdout CU (dev)",
    "holdout-cv.jsonl": "holdout CV (dev)",
    "holdout-cw.jsonl": "holdout CW (dev)",
    "holdout-cx.jsonl": "holdout CX (dev)",
    "holdout-cy.jsonl": "holdout CY (dev)",
    "holdout-cz.jsonl": "holdout CZ (dev)",
    "holdout-da.jsonl": "holdout DA (locked, not tuned on)",
}
LOCKED = "holdout-da.jsonl"
RULES_ONLY = " (rules alone)"
DEFAULT = [DATA / name for name in COLUMNS]
_MARK = re.compile(r"\{\{(.*?)\}\}")
_WORD = re.compile(r"[^\W_]+")
NOT_SECRET = frozenset(
    "punt eh uh ehm uhm en dan de van der den het nummer huisnummer in op at apenstaartje apestaartje streepje "
    "liggend dubbel dubbele plus mevrouw meneer nee sorry wacht com nl "
    # round 40: the correction words inside a number read out ("vijf nee geen vijf", "acht nee niet acht"), like
    # "nee" and "sorry": they tell nothing about the person, and the redactor rightly leaves them in the log
    "geen niet "
    # round 51: "of" between two alternatives ("was het nul zes eenentachtig of achtentachtig", "negen of negentien"):
    # like "nee" and "sorry" it tells nothing about the person; both alternatives are still scored word by word
    "of".split())


def words(text: str) -> list[str]:
    for p in PLACEHOLDERS:
        text = text.replace(p, " ")
    return [fold(w) for w in _WORD.findall(text)]


def _remove_once(haystack: list[list[str]], needle: list[str]) -> bool:
    """Remove the first contiguous occurrence of `needle` from one of the word lists."""
    n = len(needle)
    for ws in haystack:
        for i in range(len(ws) - n + 1):
            if ws[i:i + n] == needle:
                del ws[i:i + n]
                return True
    return False


def parse_case(case: dict) -> tuple[str, list[str], Counter, Counter, list[str]]:
    """(category, plain lines, secret words, context words, worker's names)."""
    cat = case.get("cat", case.get("category"))
    lines = case["lines"]
    if not isinstance(cat, str) or not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
        raise TypeError("a case needs a category and a list of lines")
    names = case.get("names", ())
    if "secret" in case:
        secrets = case["secret"] or []
        if isinstance(secrets, str):
            secrets = [secrets]
        plain = list(lines)
        rest = [words(line) for line in plain]
        secret: Counter = Counter()
        for frag in secrets:
            fw = words(str(frag))
            secret.update(fw)
            if fw and not _remove_once(rest, fw):  # not said verbatim: its words are secret wherever they are
                for w in fw:
                    for ws in rest:
                        if w in ws:
                            ws.remove(w)
                            break
        context = Counter(w for ws in rest for w in ws)
        return cat, plain, secret, context, list(names)
    plain = [_MARK.sub(lambda m: m.group(1), line) for line in lines]
    secret = Counter(w for line in lines for frag in _MARK.findall(line) for w in words(frag))
    context = Counter(w for line in lines for w in words(_MARK.sub(" ", line)))
    return cat, plain, secret, context, list(names)


def run_case(case: dict, rules_only: bool = False) -> tuple[list[str], list[str], list[str]]:
    """(input lines, output lines, leaked words)."""
    cat, plain, secret, context, names = parse_case(case)
    r = Redactor(names=names, window=True, tagger=None if rules_only else True)
    out = r.redact_lines(plain)  # as a session logs them (a held line closed by the next)
    got = Counter(w for line in out for w in words(line))
    leaked = [w for w in secret if w not in NOT_SECRET and got[w] > context[w]]
    return plain, out, leaked


def evaluate(path: Path, detail: bool, rules_only: bool = False) -> dict[str, tuple[int, int]]:
    per: dict[str, list[int]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            case = json.loads(raw)
            cat = parse_case(case)[0]
        except (ValueError, KeyError, TypeError, AttributeError):
            print(f"{path}:{number}: not a case line; each line needs a category and lines", file=sys.stderr)
            sys.exit(2)
        stats = per.setdefault(cat, [0, 0])
        stats[0] += 1
        plain, out, leaked = run_case(case, rules_only)
        bad = (out != plain) if cat == "ordinary" else bool(leaked)
        if bad:
            stats[1] += 1
            if detail:
                what = "over-redacted" if cat == "ordinary" else "leak " + ",".join(leaked)
                print(f"  {path.name}{RULES_ONLY if rules_only else ''}:{number} [{cat}] {what}: {' / '.join(out)}")
    return {k: (v[0], v[1]) for k, v in per.items()}


def meets(cat: str, n: int, bad: int) -> bool:
    return bad == 0 if cat == "ordinary" else bad * 50 <= n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--detail", action="store_true", help="list every leak and over-redaction")
    ap.add_argument("--dev", action="store_true", help=f"leave out the locked holdout ({LOCKED}) while working on the rules")
    ap.add_argument("--rules-only", action="store_true", help="the rules without the learned tagger")
    args = ap.parse_args(argv)
    if not args.files:
        for p in DEFAULT:
            if not p.is_file() and not (args.dev and p.name == LOCKED):
                print(f"note: {p.relative_to(ROOT)} is not there; its column is skipped", file=sys.stderr)
    paths = args.files or [p for p in DEFAULT if p.is_file() and not (args.dev and p.name == LOCKED)]
    for path in paths:
        if args.dev and path.name == LOCKED:
            print(f"{path}: the locked holdout is left out with --dev", file=sys.stderr)
            return 2
        if not path.is_file():
            print(f"{path}: no such file; give a case file (JSON lines)", file=sys.stderr)
            return 2
    runs = [(path, args.rules_only) for path in paths]
    if not args.files and not args.rules_only:  # the locked column also for the rules alone
        runs += [(path, True) for path in paths if path.name == LOCKED]
    results = {run: evaluate(run[0], args.detail, run[1]) for run in runs}
    heads = [COLUMNS.get(path.name, path.name).replace(" (locked, not tuned on)", " (locked)")
             + (RULES_ONLY if rules_only and not args.rules_only else "") for path, rules_only in runs]
    cats = sorted({c for r in results.values() for c in r}, key=lambda c: (c == "ordinary", c))
    width = max(26, *(len(h) + 2 for h in heads))
    print("leaks per category (cases / leaking cases); for 'ordinary': cases / cases over-redacted")
    print(f"{'category':<12}" + "".join(f"{h:>{width}}" for h in heads))
    ok = True
    for cat in cats:
        cells = []
        for run in runs:
            n, bad = results[run].get(cat, (0, 0))
            if n == 0:
                cells.append(f"{'-':>{width}}")
                continue
            good = meets(cat, n, bad)
            ok &= good
            cells.append(f"{f'{n} / {bad}' + ('' if good else ' MISSES'):>{width}}")
        print(f"{cat:<12}" + "".join(cells))
    print("target: at most 1 leak in 50 cases per category, 0 ordinary cases touched")
    if not args.files:
        worker_lines(args.detail, args.rules_only)
        speed(args.rules_only)
    return 0 if ok else 1


def speed(rules_only: bool) -> None:
    """Time per worker line through the redactor (rules, and the tagger unless --rules-only)."""
    import statistics
    import time

    files = sorted((ROOT / "prompts/training").glob("*.jsonl"))
    texts = [t for path in files for t in texts_of(path)][:1000]
    r = Redactor(tagger=None if rules_only else True)
    for t in texts[:20]:
        r.redact_text(t)  # warm up
    times = []
    for t in texts:
        start = time.perf_counter()
        r.redact_text(t)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"redaction time per line over {len(texts)} worker lines: median {statistics.median(times):.2f} ms, "
          f"p99 {times[int(len(times) * 0.99)]:.2f} ms (a line arrives every few seconds)")



def texts_of(path: Path) -> list[str]:
    """The "text" of every JSON line of a labelled file (lines that are not such a record are skipped)."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            out.append(record["text"])
    return out

LOCKED_SET = re.compile(r"locked(\d+)$")
FIRST_UNREAD = 76  # tests/data/locked76 and later: unread evaluation sets, never read by this scan (locked57-75 run, spent)
TIMESTAMP = re.compile(r"(\d\d:\d\d) (.*)$")


def _spent(path: Path) -> bool:
    """Whether a tests/data/lockedN folder may be read: N from 2 to FIRST_UNREAD - 1 only (FIRST_UNREAD and up are unread sets)."""
    m = LOCKED_SET.match(path.name)
    return bool(m) and 2 <= int(m.group(1)) < FIRST_UNREAD


def call_lines(path: Path) -> list[str]:
    """The worker lines of an annotated call file: lines that start with a timestamp "mm:ss " ("#" lines skipped)."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        m = TIMESTAMP.match(raw.strip())
        if m and m.group(2).strip():
            out.append(m.group(2).strip())
    return out


def scan_sources() -> list[tuple[Path, list[str]]]:
    """Every source of worker lines the scan reads, each with its lines in file order: the labelled JSON lines of
    prompts/training and tests/data, the annotated calls of tests/data/own/calls*, tests/data/dev24/calls and
    /work/shared/eval/annotated (when there, beside the repo), and the spent locked sets tests/data/locked2 to
    locked75 (calls, lines.jsonl, crisis-lines.jsonl). tests/data/locked76 and later are never read."""
    data = ROOT / "tests/data"
    jsonl = sorted((ROOT / "prompts/training").glob("*.jsonl")) + sorted(data.glob("*.jsonl"))
    calls = [f for d in sorted(data.glob("own/calls*")) if d.is_dir() for f in sorted(d.glob("*.txt"))]
    calls += sorted((data / "dev24/calls").glob("*.txt"))
    shared = ROOT.parent / "shared/eval/annotated"
    if shared.is_dir():
        calls += sorted(shared.glob("*.txt"))
    spent = sorted((d for d in data.glob("locked*") if d.is_dir() and _spent(d)),
                   key=lambda d: int(LOCKED_SET.match(d.name).group(1)))
    for d in spent:
        calls += sorted((d / "calls").glob("*.txt"))
        jsonl += [d / name for name in ("lines.jsonl", "crisis-lines.jsonl") if (d / name).is_file()]
    for path in jsonl + calls:  # the guard, whatever the globs above pick up
        for part in path.relative_to(ROOT).parts if path.is_relative_to(ROOT) else ():
            m = LOCKED_SET.match(part)
            assert not (m and int(m.group(1)) >= FIRST_UNREAD), path
    return [(path, texts_of(path)) for path in jsonl] + [(path, call_lines(path)) for path in calls]


def worker_lines(detail: bool, rules_only: bool = False) -> None:
    """Ordinary talk at scale: every worker line of the project's call data (no case file, no marks).

    These lines hold no numbers, addresses or dates; the only personal details in them are
    first names (the worker's own in a greeting, a family member's). Every change is counted
    by placeholder, so a [naam] that is not a name shows up in --detail.
    """
    sources = scan_sources()
    texts: dict[str, None] = dict.fromkeys(text for _, lines in sources for text in lines)
    tagger = None if rules_only else True
    r = Redactor(tagger=tagger)
    changed, kinds = _changes(((text, r.redact_text(text)[0]) for text in texts), detail, "worker line")
    print(f"worker lines of the call data (prompts/training, tests/data, calls of own, dev24, shared, locked2-{FIRST_UNREAD - 1}): "
          f"{len(texts)} lines from {len(sources)} files, {changed} changed ({kinds})")
    # the same lines in file order through one session window (each line read with the three before it)
    pairs = (pair for _, lines in sources
             for pair in zip(lines, Redactor(window=True, tagger=tagger).redact_lines(lines)))
    changed, kinds = _changes(pairs, detail, "worker line in a window")
    print(f"the same lines in file order through a session window: {changed} changed ({kinds})")


def _changes(pairs, detail: bool, what: str) -> tuple[int, str]:
    """How many (text, redacted) pairs changed, and by which placeholders ("[naam] 15")."""
    by: Counter = Counter()
    changed = 0
    for text, out in pairs:
        if out != text:
            changed += 1
            by.update(p for p in PLACEHOLDERS if p in out)
            if detail:
                print(f"  {what}: {text} => {out}")
    return changed, ", ".join(f"{p} {n}" for p, n in by.most_common()) or "none"


if __name__ == "__main__":
    sys.exit(main())
