"""Triage against a corpus: kind accuracy, per-kind confusion, facts precision and recall,
language accuracy, and the time to triage 10,000 messages offline (the corpus cycled): in
process on one core, and as a user runs it, `sellermail triage --dir` over a folder of 10,000
files (all cores, the JSONL report and the table included).

With --calibrate, over every corpus given (default: all of tests/corpus/inbound*): plain
accuracy next to leave-one-out accuracy (each text classified without the cue phrases that
only it triggers among all the texts: a rule written for one sentence helps no other; a text
holds every phrase found in it, the shorter ones inside a longer one too, so that with its own
long phrase left out the shorter, shared one counts, as it would have been written), the
"not sure" rate, confidently wrong results (sure, and the wrong kind), wrong appeals or letters
(sure, and an appeal or letter the message does not call for), and the calibration table:
accuracy by confidence band, from which classify.SURE is chosen. With several corpora, each
corpus's share of the figures is printed too (its leave-one-out figure counts the phrases the
other corpora share with it).

Usage: python benchmarks/triage.py [FOLDER...] [--count N] [--misses] [--no-command] [--calibrate]
FOLDER holds the messages (.eml, .txt) and expected.yaml (default: tests/corpus/inbound).
Facts are compared item by item: a list fact (``dates``, ``order_ids``...) counts each item,
and ``order_ids`` counts as ``order_id`` (one key per kind of fact). Timing covers parsing the
bytes, classifying and extracting facts; the files are read into memory first.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from sellermail.triage import kinds as kind_data
from sellermail.triage.classify import MESSAGE_KINDS as KINDS
from sellermail.triage.classify import SUFFIXES, SURE, Triage, triage, triggered
from sellermail.triage.message import Message, parse_message

ROOT = Path(__file__).resolve().parents[1]
PLURALS = {"order_ids": "order_id", "asins": "asin", "tracking_numbers": "tracking_number"}


def fact_items(facts: dict[str, Any]) -> set[tuple[str, str]]:
    """``{"dates": ["a", "b"]}`` -> ``{("dates", "a"), ("dates", "b")}``."""
    items = set()
    for key, value in (facts or {}).items():
        for item in value if isinstance(value, list) else [value]:
            items.add((PLURALS.get(key, key), str(item)))
    return items


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%} ({part}/{whole})" if whole else "     - (0/0)"


def run(folder: Path, count: int, misses: bool) -> None:
    expected: dict[str, dict[str, Any]] = yaml.safe_load(
        (folder / "expected.yaml").read_text(encoding="utf-8")
    )
    files = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.name in expected)
    data = {p.name: p.read_bytes() for p in files}
    results: dict[str, Triage] = {
        name: triage(parse_message(raw, name, is_email=name.endswith(".eml") or None))
        for name, raw in data.items()
    }
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    tp: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    wanted: Counter[str] = Counter()
    right_kind = right_scenario = right_language = 0
    for name, result in results.items():
        want = expected[name]
        confusion[want["kind"]][result.kind] += 1
        right_kind += result.kind == want["kind"]
        right_scenario += result.scenario == want.get("scenario")
        right_language += result.language == want["language"]
        got, exp = fact_items(result.facts), fact_items(want.get("facts") or {})
        for key, _ in got & exp:
            tp[key] += 1
        for key, _ in got:
            predicted[key] += 1
        for key, _ in exp:
            wanted[key] += 1
        if misses and (
            result.kind != want["kind"] or got != exp or result.language != want["language"]
        ):
            lang = f", language {want['language']} -> {result.language}"
            print(f"{name}: kind {want['kind']} -> {result.kind} ({result.confidence})"
                  + ("" if result.language == want["language"] else lang))  # fmt: skip
            for key, value in sorted(exp - got):
                print(f"    missed   {key}: {value}")
            for key, value in sorted(got - exp):
                print(f"    spurious {key}: {value}")
    total = len(results)
    print(f"messages: {total} in {folder}")
    print(f"kind accuracy:     {ratio(right_kind, total)}")
    print(f"scenario accuracy: {ratio(right_scenario, total)}")
    print(f"language accuracy: {ratio(right_language, total)}")
    print("\nconfusion (expected kind: predicted kinds)")
    for kind in KINDS:
        row = confusion.get(kind)
        if row:
            cells = ", ".join(f"{k} {n}" for k, n in row.most_common())
            print(f"  {kind:<28} {ratio(row[kind], sum(row.values()))}  {cells}")
    print("\nfacts           precision            recall")
    for key in sorted(set(predicted) | set(wanted)):
        print(f"  {key:<15} {ratio(tp[key], predicted[key]):<20} {ratio(tp[key], wanted[key])}")
    all_tp, all_p, all_w = sum(tp.values()), sum(predicted.values()), sum(wanted.values())
    print(f"  {'overall':<15} {ratio(all_tp, all_p):<20} {ratio(all_tp, all_w)}")

    names = list(data)
    start = time.perf_counter()
    for i in range(count):
        name = names[i % len(names)]
        triage(parse_message(data[name], name, is_email=name.endswith(".eml") or None))
    elapsed = time.perf_counter() - start
    print(
        f"\ntriage of {count:,} messages offline, in process, one core: {elapsed:.2f} s "
        f"({elapsed / count * 1e3:.3f} ms each)"
    )


def command(folder: Path, count: int) -> None:
    """Time `sellermail triage --dir` over ``count`` files copied from ``folder``."""
    import shutil
    import subprocess
    import sys
    import tempfile

    sources = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for i in range(count):
            source = sources[i % len(sources)]
            shutil.copyfile(source, inbox / f"{i:06d}-{source.name}")
        script = Path(sys.executable).with_name("sellermail")
        start = time.perf_counter()
        subprocess.run([str(script), "triage", "--dir", str(inbox), "--out", str(Path(tmp) / "r.jsonl")],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        elapsed = time.perf_counter() - start
        lines = sum(1 for _ in (Path(tmp) / "r.jsonl").open(encoding="utf-8"))
    print(f"sellermail triage --dir over {count:,} files: {elapsed:.2f} s, {lines:,} report lines "
          "(target < 10 s)")  # fmt: skip


#: Scenarios that are an appeal to the marketplace or a letter to another seller: a wrong one
#: is the most harmful mistake triage can lead to.
LETTERS = ("appeal-", "hijacker-cease-desist", "ip-complaint-retraction")
BANDS = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


Taken = tuple[dict[str, Any], dict[str, Any], dict[str, dict[str, float]]]


def _without(keys: set[str]) -> Taken:
    """Take ``keys`` (cue phrases, and ``subject:`` phrases) out of the loaded kinds data;
    what was taken, to put back."""
    model = kind_data.model()
    cues = {k: model.weights.pop(k) for k in keys if k in model.weights}
    by_kind = {
        kind: {k: listed.pop(k) for k in keys if k in listed}
        for kind, listed in model.by_kind.items()
    }
    subjects = {
        k: model.subject_kinds.pop(k[8:])
        for k in keys
        if k.startswith("subject:") and k[8:] in model.subject_kinds
    }
    return cues, subjects, by_kind


def _restore(taken: Taken) -> None:
    model = kind_data.model()
    model.weights.update(taken[0])
    model.subject_kinds.update(taken[1])
    for kind, listed in taken[2].items():
        model.by_kind[kind].update(listed)


def calibrate(folders: list[Path], misses: bool) -> None:
    """Plain and leave-one-out accuracy, and accuracy by confidence band (module docstring)."""
    messages: dict[str, tuple[Message, dict[str, Any]]] = {}
    for folder in folders:
        expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
        for name, want in expected.items():
            raw = (folder / name).read_bytes()
            is_email = name.endswith(".eml") or None
            messages[f"{folder.name}/{name}"] = (parse_message(raw, name, is_email=is_email), want)
    keys = {name: triggered(message) for name, (message, _) in messages.items()}
    texts_of: Counter[str] = Counter(key for found in keys.values() for key in found)
    plain = {name: triage(message) for name, (message, _) in messages.items()}
    unseen = {}
    for name, (message, _) in messages.items():
        taken = _without({key for key in keys[name] if texts_of[key] == 1})
        try:
            unseen[name] = triage(message)
        finally:
            _restore(taken)
    total = len(messages)
    only_one = sum(1 for count in texts_of.values() if count == 1)
    print(f"messages: {total} in {', '.join(f.name for f in folders)}")
    print(f"cue phrases found: {len(texts_of)}, of which {only_one} in one text only")
    for label, results in (("plain", plain), ("leave-one-out", unseen)):
        right = sum(results[n].kind == w["kind"] for n, (_, w) in messages.items())
        unsure = [n for n in messages if not results[n].sure]
        wrong_sure = [n for n, (_, w) in messages.items()
                      if results[n].sure and results[n].kind != w["kind"]]  # fmt: skip
        letters = [n for n, (_, w) in messages.items()
                   if (s := results[n].scenario) and s.startswith(LETTERS)
                   and s != w.get("scenario")]  # fmt: skip
        print(f"\n{label}: kind accuracy {ratio(right, total)}; not sure {ratio(len(unsure), total)}; "
              f"confidently wrong {len(wrong_sure)}; wrong appeal or letter {len(letters)}")  # fmt: skip
        for folder in folders if len(folders) > 1 else ():
            part = [n for n in messages if n.startswith(f"{folder.name}/")]
            right = sum(results[n].kind == messages[n][1]["kind"] for n in part)
            print(f"    {folder.name:<14} kind accuracy {ratio(right, len(part))}; not sure "
                  f"{ratio(sum(not results[n].sure for n in part), len(part))}; confidently wrong "
                  f"{len(set(wrong_sure) & set(part))}; wrong appeal or letter "
                  f"{len(set(letters) & set(part))}")  # fmt: skip
        if misses:
            for name in sorted(set(wrong_sure) | set(letters)):
                got, want = results[name], messages[name][1]
                print(f"    {name}: {want['kind']} -> {got.kind} ({got.confidence}), "
                      f"scenario {want.get('scenario')} -> {got.scenario}")  # fmt: skip
    print(f"\ncalibration (leave-one-out; plain in brackets): kind accuracy by confidence band; "
          f"SURE = {SURE}")  # fmt: skip
    print(f"  {'band':<12} {'messages':>8}  {'accuracy':<20} {'(plain)':<20}")
    for low, high in itertools.pairwise(BANDS):
        band = [n for n in messages if low <= unseen[n].confidence < high]
        right = sum(unseen[n].kind == messages[n][1]["kind"] for n in band)
        plain_band = [n for n in messages if low <= plain[n].confidence < high]
        plain_right = sum(plain[n].kind == messages[n][1]["kind"] for n in plain_band)
        print(f"  {low:.2f}-{min(high, 1):.2f}   {len(band):>8}  {ratio(right, len(band)):<20} "
              f"{ratio(plain_right, len(plain_band))}")  # fmt: skip
    for label, chosen in (
        ("below SURE", lambda c: c < SURE),
        ("SURE or more", lambda c: c >= SURE),
    ):
        band = [n for n in messages if chosen(unseen[n].confidence)]
        right = sum(unseen[n].kind == messages[n][1]["kind"] for n in band)
        print(f"  {label:<12} {len(band):>8}  {ratio(right, len(band))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--count", type=int, default=10_000, help="messages to time")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--no-command", action="store_true", help="skip timing the command")
    parser.add_argument("--calibrate", action="store_true",
                        help="leave-one-out accuracy and the calibration table")  # fmt: skip
    args = parser.parse_args()
    if args.calibrate:
        folders = args.folders or sorted(
            p for p in (ROOT / "tests/corpus").glob("inbound*") if not p.name.endswith("holdout")
        )
        calibrate(folders, args.misses)
        return
    folder = args.folders[0] if args.folders else ROOT / "tests/corpus/inbound"
    run(folder, args.count, args.misses)
    if not args.no_command:
        command(folder, args.count)


if __name__ == "__main__":
    main()
