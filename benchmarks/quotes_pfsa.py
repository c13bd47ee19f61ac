"""Quotes and speakers benchmark over PFSA-ID dev (../shared/data/pfsa-id-dev).

Implements the metric of that folder's README exactly: 50 % character
overlap against the longer span, one-to-one greedy matching by decreasing
overlap (ties: first gold quote, then first prediction), ignored spans
(``unannotated_quotes`` and ``direct == false``), strict precision, speaker
normalisation with TITLES and NOT_A_NAME, attribution F1. It adds the share
of matched quotes whose ``speaker_name`` equals the gold ``speaker_resolved``
(see :func:`name_equal` for what "equals" means) and the extraction time as a
share of a whole parse.

Usage::

    python benchmarks/quotes_pfsa.py                 # warta
    python benchmarks/quotes_pfsa.py --system gold   # sanity check: P=R=F1=1, speaker acc 0.995
    python benchmarks/quotes_pfsa.py --system a      # README baseline (a): regex quotes
    python benchmarks/quotes_pfsa.py --system b      # README baseline (b): regex + naive speaker
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "data"
    / "pfsa-id-dev"
    / "articles.jsonl"
)

TITLES = frozenset("bapak pak ibu bu saudara sdr dr drs dra prof ir h hj kh kiai haji gus".split())
NOT_A_NAME = TITLES | frozenset(
    """ajun komisaris besar inspektur jenderal brigadir kolonel letnan laut udara darat pol purn inf
    czi raden mayor kapten laksamana marsekal pertama muda madya dokter presiden wakil wapres menteri
    menko mensos menkes menkeu mendagri gubernur wagub bupati wabup wali kota wawali kepala ketua
    direktur dirut sekretaris sekjen kapolda kapolri kapolres kapolsek kabid kadis jubir juru bicara
    panglima rektor dekan camat lurah uskup sultan mantan anggota utama umum jaksa hakim pengamat
    pakar peneliti""".split()
)
# Abbreviated ranks, corps and religious titles the corpus sometimes keeps in
# speaker_resolved ('Kombes Yusri Yunus', 'Brigadir Jenderal (Mar) Rasman', 'Pastor ...').
RANK_ABBREVIATIONS = frozenset(
    """kombes akbp kompol akp iptu ipda aiptu aipda irjen brigjen komjen mayjen letjen letkol
    laksda laksma marsda marsma tni mar czi purn pastor romo pendeta ustaz ustadz maha bhiksu""".split()
)
PRONOUNS = frozenset("dia ia beliau mereka nya dirinya".split())


@dataclass(frozen=True)
class Pred:
    """One predicted quote: offsets into the article text and who said it."""

    start: int
    end: int
    speaker: str | None = None
    speaker_name: str | None = None


# ---------------------------------------------------------------- metric


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the length of the longer span (README *Matching*)."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if longest > 0 else 0.0


def normalise(name: str) -> list[str]:
    """README speaker normalisation: NFKC, case-fold, punctuation to space, leading TITLES off."""
    text = re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", name).casefold())
    words = text.split()
    while words and words[0] in TITLES:
        words.pop(0)
    return words


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def speaker_correct(pred: str | None, gold_speaker: str | None, gold_resolved: str | None) -> bool:
    """README *Speaker accuracy*: rules (a), (b), (c) against either target."""
    if not pred:
        return False
    p = normalise(pred)
    if not p:
        return False
    targets = []
    if gold_speaker is not None and gold_speaker.strip().casefold() not in PRONOUNS:
        targets.append(normalise(gold_speaker))
    if gold_resolved is not None:
        targets.append(normalise(gold_resolved))
    for t in targets:
        if not t:
            continue
        if p == t:
            return True
        shorter, longer = (p, t) if len(p) <= len(t) else (t, p)
        if _contains(longer, shorter) and any(w not in NOT_A_NAME for w in shorter):
            return True
        if all(w in NOT_A_NAME for w in t) and p[: len(t)] == t:
            return True
    return False


def name_equal(pred: str | None, gold: str) -> bool:
    """``speaker_name`` equals gold ``speaker_resolved`` after normalisation.

    Both sides are normalised as speakers are, and leading rank/office words
    (NOT_A_NAME) are dropped from both, because warta's ``speaker_name`` is a
    name without rank while the corpus sometimes keeps it
    (``Komisaris Besar Yusri Yunus``).
    """
    if not pred:
        return False

    def bare(s: str) -> list[str]:
        words = normalise(s)
        while len(words) > 1 and (words[0] in NOT_A_NAME or words[0] in RANK_ABBREVIATIONS):
            words.pop(0)
        return words

    return bare(pred) == bare(gold)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dropped: int = 0
    spk_total: int = 0
    spk_ok: int = 0
    gold_with_speaker: int = 0
    name_total: int = 0
    name_ok: int = 0
    name_null_gold: int = 0
    name_null_gold_given: int = 0
    cases: list[dict[str, Any]] = field(default_factory=list)


def score_article(rec: dict[str, Any], preds: list[Pred], score: Score) -> None:
    """Match one article's predictions to its gold quotes and add up the counts."""
    gold = [q for q in rec["quotes"] if q["direct"]]
    ignored = [(q["start"], q["end"]) for q in rec.get("unannotated_quotes", [])]
    ignored += [(q["start"], q["end"]) for q in rec["quotes"] if not q["direct"]]
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ov = overlap((p.start, p.end), (g["start"], g["end"]))
            if ov >= 0.5:
                cands.append((-ov, gi, pi))
    cands.sort()
    gold_used: dict[int, int] = {}
    pred_used: set[int] = set()
    for _, gi, pi in cands:
        if gi in gold_used or pi in pred_used:
            continue
        gold_used[gi] = pi
        pred_used.add(pi)
    score.gold_with_speaker += sum(1 for g in gold if g["speaker"] is not None)
    text = rec["text"]
    for gi, g in enumerate(gold):
        if gi not in gold_used:
            score.fn += 1
            score.cases.append(
                {"id": rec["id"], "kind": "FN", "text": g["text"], "gold": g["speaker"]}
            )
            continue
        score.tp += 1
        p = preds[gold_used[gi]]
        if g["speaker"] is not None:
            score.spk_total += 1
            if speaker_correct(p.speaker, g["speaker"], g["speaker_resolved"]):
                score.spk_ok += 1
            else:
                score.cases.append(
                    {
                        "id": rec["id"],
                        "kind": "speaker",
                        "text": text[p.start : p.end],
                        "pred": p.speaker,
                        "gold": f"{g['speaker']} / {g['speaker_resolved']}",
                        "after": text[g["end"] : g["end"] + 70],
                    }
                )
        if g["speaker_resolved"] is None:
            score.name_null_gold += 1
            score.name_null_gold_given += p.speaker_name is not None
        else:
            score.name_total += 1
            if name_equal(p.speaker_name, g["speaker_resolved"]):
                score.name_ok += 1
            elif g["speaker"] is None or speaker_correct(
                p.speaker, g["speaker"], g["speaker_resolved"]
            ):
                score.cases.append(
                    {
                        "id": rec["id"],
                        "kind": "name",
                        "text": text[p.start : p.end],
                        "pred": f"{p.speaker} -> {p.speaker_name}",
                        "gold": g["speaker_resolved"],
                    }
                )
    for pi, p in enumerate(preds):
        if pi in pred_used:
            continue
        if any(overlap((p.start, p.end), s) >= 0.5 for s in ignored):
            score.dropped += 1
        else:
            score.fp += 1
            score.cases.append(
                {
                    "id": rec["id"],
                    "kind": "FP",
                    "text": text[p.start : p.end],
                    "pred": p.speaker,
                    "before": text[max(0, p.start - 60) : p.start],
                }
            )


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(score: Score, worst: int) -> None:
    p = ratio(score.tp, score.tp + score.fp)
    r = ratio(score.tp, score.tp + score.fn)
    sp = ratio(score.tp, score.tp + score.fp + score.dropped)
    ap = ratio(score.spk_ok, score.tp + score.fp)
    ar = ratio(score.spk_ok, score.gold_with_speaker)
    print(f"TP {score.tp}  FP {score.fp}  FN {score.fn}  dropped (ignored spans) {score.dropped}")
    print(f"quote precision   {p:.3f}")
    print(f"quote recall      {r:.3f}")
    print(f"quote F1          {f1(p, r):.3f}")
    print(f"strict precision  {sp:.3f}   strict F1 {f1(sp, r):.3f}")
    print(
        f"speaker accuracy  {ratio(score.spk_ok, score.spk_total):.3f} ({score.spk_ok}/{score.spk_total})"
    )
    print(f"attribution F1    {f1(ap, ar):.3f}   (P {ap:.3f}, R {ar:.3f})")
    print(
        f"speaker_name acc. {ratio(score.name_ok, score.name_total):.3f} ({score.name_ok}/{score.name_total}"
        f" matched quotes with a gold speaker_resolved; {score.name_null_gold} more have none,"
        f" warta names {score.name_null_gold_given} of them)"
    )
    if worst:
        order = {"FP": 0, "FN": 1, "speaker": 2, "name": 3}
        cases = sorted(score.cases, key=lambda c: order[c["kind"]])[:worst]
        print(f"\n{len(score.cases)} error cases; the first {len(cases)} (FP, FN, speaker, name):")
        for c in cases:
            words = c["text"]
            short = words if len(words) <= 110 else words[:70] + " … " + words[-35:]
            extra = {k: v for k, v in c.items() if k not in ("id", "kind", "text")}
            print(f"- [{c['kind']}] {c['id']}: «{short}» {extra}")


# ---------------------------------------------------------------- systems


def paragraphs_with_offsets(text: str) -> list[tuple[int, str]]:
    """The README's paragraphs (split on blank lines) with their start offsets."""
    out, pos = [], 0
    for para in text.split("\n\n"):
        out.append((pos, para))
        pos += len(para) + 2
    return out


def system_gold(rec: dict[str, Any]) -> list[Pred]:
    return [
        Pred(q["start"], q["end"], q["speaker"], q["speaker_resolved"])
        for q in rec["quotes"]
        if q["direct"]
    ]


_DOUBLE = re.compile('["“”″]')
_BASELINE_VERB = re.compile(r"\s*,?\s*(kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh)(nya)?\b")
_CAPS_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _regex_quotes(rec: dict[str, Any], with_speaker: bool) -> list[Pred]:
    preds = []
    for base, para in paragraphs_with_offsets(rec["text"]):
        marks = [m.start() for m in _DOUBLE.finditer(para)]
        for open_at, close_at in zip(marks[0::2], marks[1::2], strict=False):
            inner = para[open_at + 1 : close_at]
            if len(inner.split()) < 3:
                continue
            lead = len(inner) - len(inner.lstrip())
            start, end = open_at + 1 + lead, open_at + 1 + len(inner.rstrip())
            speaker = _naive_speaker(para, close_at + 1) if with_speaker else None
            preds.append(Pred(base + start, base + end, speaker))
    return preds


def _naive_speaker(para: str, after: int) -> str | None:
    """Baseline (b): first capitalised run after a verb that starts within 15 characters."""
    window = para[after:]
    verb = re.search(r"\b(kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh)(nya)?\b", window)
    if verb is None or verb.start() > 15:
        return None
    sentence = re.split(r"[.!?](?:\s|$)", window[verb.end() :], maxsplit=1)[0]
    run = _CAPS_RUN.search(sentence)
    return run.group(0) if run else None


def system_a(rec: dict[str, Any]) -> list[Pred]:
    return _regex_quotes(rec, with_speaker=False)


def system_b(rec: dict[str, Any]) -> list[Pred]:
    return _regex_quotes(rec, with_speaker=True)


def system_warta(rec: dict[str, Any]) -> list[Pred]:
    """warta's real extraction over the README paragraphs, mapped back to article offsets."""
    from warta.fields.quotes import extract_quotes
    from warta.lang import ID

    paras = paragraphs_with_offsets(rec["text"])
    preds = []
    for q in extract_quotes([p for _, p in paras], ID):
        pieces = [(q.paragraph, q.span), *((part.paragraph, part.span) for part in q.parts)]
        for para_index, (start, end) in pieces:
            base = paras[para_index][0]
            preds.append(Pred(base + start, base + end, q.speaker, q.speaker_name))
    return preds


SYSTEMS: dict[str, Callable[[dict[str, Any]], list[Pred]]] = {
    "warta": system_warta,
    "gold": system_gold,
    "a": system_a,
    "b": system_b,
}


# ---------------------------------------------------------------- timing


def timing(records: Iterable[dict[str, Any]]) -> None:
    """Quote + speaker extraction time as a share of a whole ``parse_text`` of the article."""
    from warta import parse_text
    from warta.errors import WartaError
    from warta.fields.quotes import extract_quotes
    from warta.lang import ID

    t_parse = t_quotes = 0.0
    n = failed = 0
    for rec in records:
        # The records have no headline line; give the text parser one, as a dump would.
        dump = "Judul artikel dari arsip Kompas\n\n" + rec["text"]
        paras = rec["text"].split("\n\n")
        t0 = time.perf_counter()
        try:
            parse_text(dump)
        except WartaError:
            failed += 1
        t1 = time.perf_counter()
        extract_quotes(paras, ID)
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_quotes += t2 - t1
        n += 1
    print(
        f"\ntiming over {n} articles: parse_text {1000 * t_parse / n:.2f} ms/article"
        f" ({failed} raised), extract_quotes {1000 * t_quotes / n:.2f} ms/article"
        f" = {100 * t_quotes / t_parse:.1f} % of a whole parse (which includes it)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--system", choices=sorted(SYSTEMS), default="warta")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--worst", type=int, default=20, help="how many error cases to print")
    ap.add_argument("--no-timing", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    system = SYSTEMS[args.system]
    score = Score()
    for rec in records:
        score_article(rec, system(rec), score)
    print(f"system {args.system} on {args.data.parent.name}: {len(records)} articles")
    report(score, args.worst)
    if args.system == "warta" and not args.no_timing:
        timing(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
