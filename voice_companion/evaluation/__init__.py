"""The yardstick: annotated calls, a recognizer-like noise model and the scoring of whole calls.

`annotated` reads annotated session scripts (docs/annotated-script.md),
`noise` garbles words the way an offline recognizer does, `scoring` runs a call
through the pipeline exactly as `simulate` does and scores every figure of the
spec's table. `scripts/evaluate_calls.py` prints them.
"""

from pathlib import Path


# Locked sets already run once as locked at the end of a round (their figures are in the README): spent, they are
# development data now and may train; an unread set (locked59, ...) never does, and locked58 (run once at the
# twenty-ninth session's end) trains nothing yet: it is the held-out set for the thirtieth session's model changes.
SPENT_LOCKED = frozenset(f"locked{n}" for n in range(2, 13))
# Run once as locked since (their runs in the README): they train the crisis model (held out on dev24 it found
# more hints) and, like all spent sets, the technique, summary phase and acknowledgement phase models.
SPENT_SINCE = frozenset(f"locked{n}" for n in range(13, 23))
# Run once as locked in the seventh to the twenty-second session (locked23 ... locked42): they train the technique,
# summary phase and acknowledgement phase models since the twenty-second session (held out on locked38-42's calls,
# trained on locked2-37: line technique 0.928 -> 0.940, phase 0.914 -> 0.934; prompts/training/README.md), not yet
# the crisis model (the eighth session measured locked23/24 as crisis training lines: no gain).
SPENT_LATER = frozenset(f"locked{n}" for n in range(23, 43))
SPENT_ALL = SPENT_LOCKED | SPENT_SINCE | SPENT_LATER
# Run once as locked in the twenty-second to the twenty-eighth session (locked43 ... locked56): since the
# twenty-seventh session they train the crisis model (with locked23-42's crisis lines; held out on four fresh
# writers it found about three points more crisis lines under noise, prompts/training/README.md), and since the
# twenty-eighth the technique and phase models as well (held out on locked54/55's calls: phase one point higher).
# locked54 (run at the twenty-seventh session's end) and locked55 (at the twenty-eighth's start) joined in the
# twenty-eighth session, after they had served as held-out sets for its model changes; locked56 (run at the
# twenty-eighth's end) in the twenty-ninth; locked57 (run at the twenty-ninth's start) in the thirtieth, held out on
# locked58 (run at the twenty-ninth's end, training nothing yet).
SPENT_RECENT = frozenset(f"locked{n}" for n in range(43, 58))
# Hint-heavy crisis writers not yet measured: nothing trains on them until their first read is in the README
# (crisis-ae, measured at the thirtieth session's start and end, is training material since; crisis-af and crisis-ag,
# measured at the thirty-first session's start and end, too; crisis-ah, measured at the thirty-second's start;
# crisis-ai, measured at the thirty-third's start). crisis-aj (written in the thirty-third session) was measured at
# that session's start and final code, its summary only; crisis-ak (written at its end) was measured at the
# thirty-fourth session's start, its summary only, and so was crisis-al (written in that session); crisis-am is
# written at its end for the next session's first measurement. None trains anything until it is read.
# crisis-ak was read after that measurement (its misses written as rules, own wording): training material since.
# crisis-am was measured at the thirty-fifth session's start, its summary only; then it, crisis-aj and crisis-al were
# read (their misses written as rules, own wording): training material since. crisis-an is written in that session
# and measured at its start and final code, its summary only; crisis-ao is written in it for its very end.
# The thirty-sixth session read crisis-an and crisis-ao (their misses written as rules, own wording) and measured
# crisis-ap (written in it) once at its start; that run printed its misses, so it was read too. crisis-aq (written
# in it) is measured at its start and final code, its summary only; crisis-ar is written at its end for the next
# session's first measurement. The thirty-seventh measured crisis-aq and crisis-ar at its start and then read them
# (their misses written as rules, own wording): training material since. crisis-as (written in it) is measured at
# its start and final code, its summary only; crisis-at is written in it for the next session's first measurement.
# The thirty-eighth measured crisis-at at its start and then read it and crisis-as (their misses written as rules,
# own wording): training material since. crisis-au (written in it) is measured at its start and final code, its
# summary only; crisis-av is written in it for the next session's first measurement.
# The thirty-ninth measured crisis-au (a third time) and crisis-av at its start and then read them (their misses
# written as rules, own wording): training material since. crisis-aw (written in it) is measured at its start and
# final code, its summary only; crisis-ax is written in it for the next session's first measurement.
# The fortieth measured crisis-ax at its start (its summary only) and crisis-aw a fourth time, held crisis-aw out of
# a retrained crisis model's choice of threshold (its summary only; the model was not shipped) and then read it:
# training material since. crisis-ay and crisis-az are written in it for the next session's start and end.
# The forty-first measured crisis-ay at its start (its summary only) and then read crisis-ax (its misses written as
# rules, own wording): training material since. crisis-ba (written in it) was measured at its final code with
# crisis-ay and crisis-az, their summaries only; crisis-ay was then read (its misses written as rules, own wording):
# training material since. crisis-bb is written in it for the next session's first measurement.
# The forty-second measured crisis-bb and crisis-bc (written in it) at its start and final code, their summaries
# only, and crisis-az and crisis-ba a second time, then read those two (their misses written as rules, own wording):
# training material since.
# The forty-third measured crisis-bb and crisis-bc a third time at its start (the same readings) and then read them
# (their misses written as rules, own wording): training material since. crisis-bd (written in it) is measured at
# its start and final code, its summary only; crisis-be is written in it for the next session's first measurement.
# The forty-fourth measured crisis-bd a third time at its start (the same reading) and then read it (its misses written
# as rules, own wording): training material since. crisis-be is measured at its start and final code, its summary
# only; crisis-bf is written in it for the next session's first measurement. The forty-sixth measured crisis-bf and
# crisis-bh (its own) at its start and final code and read crisis-bg; the forty-seventh writes crisis-bi and reads
# crisis-bf (measured three times): training material since.
# The forty-eighth measured crisis-bh (its fifth identical reading) and read it (its misses written as rules, own
# wording): training material since. crisis-bj (written in it) is measured at its start and final code, its summary only.
# crisis-bm is written at its end for the next session's first measurement (crisis-bl is skipped: crisis-bl-seen is another set).
# The forty-ninth measured crisis-bm at its start, crisis-bi and crisis-bj again, and crisis-bn (written in it), their
# summaries only; nobody has read them. crisis-bo is written in it for the next session's first measurement.
# The fiftieth measured crisis-bo at its start and crisis-bp (written in it) at its start and final code, their
# summaries only; crisis-bq is written at its end for the next session's first measurement.
UNREAD_CRISIS_SETS: frozenset[str] = frozenset({"crisis-bi", "crisis-bj", "crisis-bm", "crisis-bn", "crisis-bo",
                                                "crisis-bp", "crisis-bq"})


def first_locked(paths) -> Path | None:
    """The first path inside an unspent locked evaluation set (tests/data/locked*): those are for measuring only."""
    return next((Path(p) for p in paths if any(part.startswith("locked") and part not in SPENT_ALL | SPENT_RECENT
                                               for part in Path(p).parts)), None)
