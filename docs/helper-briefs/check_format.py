"""Format check for a locked set folder: calls/*.txt, lines.jsonl, crisis-lines.jsonl. Prints problems only."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/work/main")
from voice_companion.evaluation.annotated import read_folder  # the parser only
from voice_companion.labels import PHASES, TECHNIQUES, CRISES

folder = Path(sys.argv[1])
problems = 0
try:
    calls = read_folder(folder / "calls")
    print(f"calls: {len(calls)} parsed")
except Exception as exc:  # the parser names file and line
    print("CALLS:", exc); problems += 1
for name, need in (("lines.jsonl", "technique"), ("crisis-lines.jsonl", "crisis")):
    path = folder / name
    if not path.exists():
        print("missing", path); problems += 1; continue
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(raw)
        except ValueError as exc:
            print(f"{name}:{n}: not JSON ({exc})"); problems += 1; continue
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            print(f"{name}:{n}: no text"); problems += 1
        if need == "technique":
            t = row.get("technique")
            if not isinstance(t, list) or not t or any(x not in TECHNIQUES for x in t):
                print(f"{name}:{n}: technique must be a list of {sorted(TECHNIQUES)}"); problems += 1
            if row.get("phase") not in (None, "*", *PHASES):
                print(f"{name}:{n}: phase must be null, "*" (any phase, as in the shared data) or one of {sorted(PHASES)}"); problems += 1
        else:
            c = row.get("crisis")
            kinds = ("named", "hint", "screening", "life_event", "ordinary")
            if row.get("kind") not in kinds:
                print(f"{name}:{n}: kind must be one of {kinds}"); problems += 1
            if not isinstance(c, list) or any(x not in (*CRISES, "life_event") for x in c):
                print(f"{name}:{n}: crisis must be a list of {sorted(CRISES)} or life_event"); problems += 1
            elif row.get("kind") == "ordinary" and c:
                print(f"{name}:{n}: an ordinary line has crisis []"); problems += 1
            elif row.get("kind") in ("named", "hint", "screening") and not c:
                print(f"{name}:{n}: a {row.get('kind')} line names its crisis"); problems += 1
print("OK" if not problems else f"{problems} problem(s)")
