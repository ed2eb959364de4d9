"""Property-based tests: parsers and the classifier never crash on any input."""

from __future__ import annotations

import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_companion.bank import check_bank
from voice_companion.errors import UserError
from voice_companion.labels import PHASES, TECHNIQUES
from voice_companion.script import parse_script
from voice_companion.sessionlog import iter_log_lines
from voice_companion.text import normalize

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

dutchish = st.text(alphabet=st.sampled_from(list("abcdeéëfghijklmnopqrstuvwxyzï0123456789 .,?!'’-\n\t")), max_size=200)


@FAST
@given(st.binary(max_size=2000))
def test_script_parser_gives_lines_or_a_one_line_user_error(data):
    try:
        lines = parse_script(data, "s.txt")
    except UserError as err:
        assert "\n" not in str(err) and str(err).startswith("s.txt")
    else:
        assert lines and all(l.text for l in lines)
        assert [l.t for l in lines] == sorted(l.t for l in lines)


@FAST
@given(st.lists(st.one_of(st.binary(max_size=80),
                          st.builds(lambda t, k: json.dumps({"type": k, "t": t}).encode(),
                                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=10))),
                max_size=30))
def test_log_reader_never_crashes_and_accounts_for_every_line(chunks):
    lines = [c.replace(b"\n", b" ") for c in chunks]
    seen = list(iter_log_lines(lines))
    assert len(seen) == sum(1 for l in lines if l.strip())
    for _, record in seen:
        assert record is None or (isinstance(record["type"], str) and isinstance(record["t"], (int, float)))


@FAST
@given(dutchish)
def test_classifier_always_answers_valid_json(classifier, text):
    result = classifier.classify(text)
    out = json.loads(json.dumps(result.to_json()))
    assert out["technique"] in TECHNIQUES
    assert out["phase"] is None or out["phase"] in PHASES
    assert 0.0 <= out["score"] <= 100.0
    assert isinstance(out["crisis"], list)


@FAST
@given(dutchish)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
                    lambda children: st.one_of(st.lists(children, max_size=4),
                                               st.dictionaries(st.sampled_from(
                                                   ["meta", "phases", "techniques", "questions", "crises", "id", "text",
                                                    "technique", "phase", "source", "cues", "coping", "current"]),
                                                   children, max_size=5)),
                    max_leaves=25))
def test_bank_loader_reports_errors_never_crashes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bank") / "b.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    bank, errors = check_bank(path)
    assert (bank is None) == bool(errors)
    assert all(e.startswith(str(path)) and "\n" not in e for e in errors)
