import pytest

from voice_companion.errors import UserError
from voice_companion.script import parse_script


def test_parses_times_and_skips_comments_and_blank_lines():
    lines = parse_script(b"# a comment\n\n00:04 goedenavond\n1:02:03 laat nog\n")
    assert [(l.number, l.t, l.text) for l in lines] == [(3, 4.0, "goedenavond"), (4, 3723.0, "laat nog")]


@pytest.mark.parametrize("data, message", [
    (b"00:04 goed\nhallo zonder tijd\n", "x.txt:2: no time at the start"),
    (b"00:04\n", "x.txt:1: a time but no words"),
    (b"00:10 a\n00:05 b\n", "x.txt:2: time 00:05 is earlier"),
    (b"00:75 a\n", "x.txt:1: '00:75' is not a time"),
    (b"00:01 ok\n\xff\xfe bad\n", "x.txt:2: not UTF-8"),
    (b"# only comments\n", "x.txt: no utterances"),
])
def test_bad_lines_name_file_and_line(data, message):
    with pytest.raises(UserError) as err:
        parse_script(data, "x.txt")
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)
