"""Hand-made session logs that follow the log contract (spec/contracts.md)."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

START = datetime.fromisoformat("2025-03-04T23:10:00+01:00")


def record(type_: str, t: float, origin: datetime = START, **fields) -> dict:
    ts = (origin + timedelta(seconds=t)).isoformat(timespec="milliseconds")
    return {"type": type_, "t": t, "ts": ts, **fields}


def utter(t: float, text: str, technique: str, phase: str | None, qid: str | None = None,
          crisis: list[str] | None = None, redacted: bool = False, start: datetime = START) -> list[dict]:
    return [
        record("utterance", t, start, text=text, start=t - 2.0, end=t, source="script", redacted=redacted),
        record("match", t, start, question_id=qid, technique=technique, phase=phase, score=88.0,
               crisis=crisis or []),
    ]


def session_records(worker: str | None = "W-17", start: datetime = START, safety: bool = True) -> list[dict]:
    """A 500-second call with every kind of event; the expected figures are in EXPECTED."""
    extra = {"worker": worker} if worker else {}
    r: list[dict] = [
        record("session_start", 0.0, start, schema=1, lang="nl", bank="nl@test", source="script",
               redaction=True, audio_stored=False, **extra),
        record("phase", 0.0, start, phase="current", previous=None),
    ]
    r += utter(3, "goedenavond met de nachtlijn hoe kan ik je helpen", "welcome", "current", "welcome.helpen", start=start)
    r += utter(40, "dat klinkt heel vervelend", "acknowledgement", "current", "ack.vervelend", start=start)
    r += utter(75, "dus als ik het goed begrijp hebben ze je stroom afgesloten", "summary", "current",
               "summary.begrijp", ["utility_cutoff"], start=start)
    r.append(record("crisis", 75, start, crisis="utility_cutoff", trigger="stroom afgesloten"))
    r.append(record("suggestion", 76, start, question_id="coping.hoe-red-je-het", text="Hoe red je het op dit moment?",
                    technique="coping", phase="current", reason="crisis: erken en vraag naar coping",
                    channel="both", alternatives=[]))
    r.append(record("whisper", 77, start, question_id="coping.hoe-red-je-het", status="spoken", detail=""))
    r += utter(110, "hoe red je het op dit moment", "coping", "current", "coping.hoe-red-je-het", start=start)
    r.append(record("uptake", 110, start, question_id="coping.hoe-red-je-het", technique="coping", delay=34.0))
    r.append(record("control", 120, start, action="mute", value=None))
    r.append(record("suggestion", 125, start, question_id="problem.wat-speelt-er", text="Wat speelt er nog meer?",
                    technique="problem", phase="current", reason="verken het probleem", channel="display",
                    alternatives=[]))
    r += utter(150, "wat heb je vanavond al geprobeerd", "problem", "current", "problem.geprobeerd", start=start)
    r.append(record("control", 180, start, action="unmute", value=None))
    r += utter(190, "als tien rust en overzicht is en nul chaos waar zit je dan nu", "scaling", None,
               "scaling.tien-rust", start=start)
    r += utter(200, "je zegt een vier", "acknowledgement", "current", "ack.herhalen", start=start)
    r.append(record("control", 205, start, action="mark", value="mooi moment"))
    r.append(record("phase", 215, start, phase="exceptions", previous="current"))
    r += utter(235, "wanneer was het de afgelopen tijd wat minder erg", "exception", "exceptions",
               "exception.minder-erg", start=start)
    r.append(record("suggestion", 240, start, question_id="exception.hoe-deed-je-dat", text="Hoe heb je dat toen gedaan?",
                    technique="exception", phase="exceptions", reason="verdiep de uitzondering", channel="display",
                    alternatives=[]))
    r += utter(270, "hoe heb je dat toen gedaan", "exception", "exceptions", "exception.hoe-deed-je-dat", start=start)
    r += utter(300, "ik hoor dat je soms niet meer wilt leven", "summary", "exceptions", "summary.ik-hoor",
               ["suicide"], start=start)
    r.append(record("crisis", 300, start, crisis="suicide", trigger="niet meer wilt leven"))
    r.append(record("suggestion", 301, start, question_id="safety.ben-je-veilig", text="Ben je nu veilig?",
                    technique="safety", phase="current", reason="suïcidaliteit: vraag direct naar veiligheid",
                    channel="whisper", alternatives=["safety.denk-je-aan-zelfdoding"]))
    r.append(record("whisper", 302, start, question_id="safety.ben-je-veilig", status="interrupted", detail="worker spoke"))
    r.append(record("phase", 320, start, phase="desired", previous="exceptions"))
    if safety:
        r += utter(345, "denk je erover om een einde aan je leven te maken", "safety", None,
                   "safety.denk-je-aan-zelfdoding", start=start)
    else:
        r += utter(345, "wat vervelend voor je", "acknowledgement", None, "ack.vervelend", start=start)
    r += utter(360, "wat zou je het liefste willen", "goal", "desired", "goal.liefste", start=start)
    r += utter(380, "en waar zit je nu op die schaal", "scaling", None, "scaling.waar-nu", start=start)
    r += utter(400, "dus een zes", "summary", None, "summary.dus", start=start)
    r.append(record("control", 420, start, action="pause", value=None))
    r.append(record("control", 440, start, action="resume", value=None))
    r.append(record("phase", 450, start, phase="next_step", previous="desired"))
    r += utter(460, "wat is een eerste kleine stap voor morgenochtend", "next_step", "next_step",
               "next_step.kleine-stap", start=start)
    r += utter(470, "zal ik [naam] voor je bellen", "mandate", "next_step", "mandate.bellen", redacted=True, start=start)
    r += utter(480, "<script>alert('x')</script> & <b>co</b>", "none", None, None, start=start)
    r.append(record("lookup", 490, start, query="hoop", question_id="hope.waar-hoop-je-op", alternatives=[], via="typed"))
    r.append(record("warning", 495, start, component="whisper", message="tts failed"))
    r.append(record("session_end", 500, start, reason="done"))
    return r


EXPECTED = {
    "spans": [("current", 0, 215), ("exceptions", 215, 320), ("desired", 320, 450), ("next_step", 450, 500)],
    "techniques": {"welcome": 1, "acknowledgement": 2, "summary": 3, "coping": 1, "problem": 1, "scaling": 2,
                   "exception": 2, "safety": 1, "goal": 1, "next_step": 1, "mandate": 1, "none": 1},
    "time_to_safety": 45.0,
    "given": 4, "taken": 3, "ignored": 1, "alternative": 1,
    "scale": [(200, 4), (400, 6)],
}


def write_log(path: Path, records: list[dict], extra_lines: list[str] = ()) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
        for line in extra_lines:
            handle.write(line + "\n")
    os.chmod(path, 0o600)  # as the companion writes its logs
    return path


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None, timeout: float = 120,
            env: dict | None = None):
    """Run `python -m voice_companion ARGS` as a user would (`env` adds to the environment)."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1", **(env or {}))
    return subprocess.run([PYTHON, "-m", "voice_companion", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd or REPO, env=env, timeout=timeout)


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: "Node | None" = None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list["Node | str"] = []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list["Node"]:
        found = []
        for node in self.iter():
            if tag and node.tag != tag:
                continue
            if cls and cls not in (node.attrs.get("class") or "").split():
                continue
            if any(node.attrs.get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            found.append(node)
        return found

    def find(self, *args, **kwargs) -> "Node":
        found = self.find_all(*args, **kwargs)
        assert found, f"no element {args} {kwargs}"
        return found[0]


_VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "source", "wbr"}


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in _VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"unbalanced </{tag}>"
        self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    assert builder.current is builder.root, f"unclosed <{builder.current.tag}>"
    return builder.root
