"""Judge quizgen's items against stored human-style verdicts (QUALITY.md), and dump new items for review.

    .venv/bin/python benchmarks/quality.py score [ARTICLE_DIR...]        # share of items judged acceptable
    .venv/bin/python benchmarks/quality.py dump ARTICLE... > items.jsonl  # every item, for a reviewer

Each verdict in `benchmarks/quality/verdicts.jsonl` judges one item exactly as it was shown: the article,
the item's kind, prompt, answer and options. A change to the generator that rewords an item, or changes
its options, makes a new item with no verdict: `score` counts those as unjudged and `--unjudged FILE`
writes them out to be judged. An item judged once keeps its verdict for as long as it is made the same.

Verdicts: "ok" (acceptable by every point of QUALITY.md), "borderline" (a teacher might let it pass), "bad".
The acceptable share is reported twice: borderline counted as passing, and as failing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

# The checkout this script sits in, not whichever quizgen the venv was installed from: run from a second
# worktree, it must score that worktree's code (Python puts benchmarks/ first on the path, not the checkout).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import quizgen  # noqa: E402

HERE = Path(__file__).resolve().parent / "quality"
ARTICLES = HERE / "articles"
VERDICTS = HERE / "verdicts.jsonl"


def item_key(article: str, question: quizgen.Question) -> str:
    """What identifies an item as a reviewer saw it: options in any order are the same item."""
    shown = [article, question.kind, question.prompt, question.answer, sorted(question.options)]
    return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode()).hexdigest()[:16]


def items_of(path: Path) -> list[dict]:
    bank = quizgen.generate(path)
    return [
        {
            "article": path.stem,
            "key": item_key(path.stem, question),
            "n": number,
            "kind": question.kind,
            "answer_kind": question.answer_kind,
            "prompt": question.prompt,
            "options": list(question.options),
            "answer": question.answer,
            "sentence": question.sentence,
        }
        for number, question in enumerate(bank.questions, 1)
    ]


def load_verdicts(path: Path = VERDICTS) -> dict[str, dict]:
    verdicts = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                verdict = json.loads(line)
                verdicts[verdict["key"]] = verdict  # a later line re-judges an item
    return verdicts


def article_paths(folders: list[str]) -> list[Path]:
    found = []
    for folder in folders or [str(ARTICLES)]:
        path = Path(folder)
        found += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return found


def score(args: argparse.Namespace) -> None:
    verdicts = load_verdicts(Path(args.verdicts))
    tally: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    per_article = []
    unjudged = []
    revived = 0
    for path in article_paths(args.articles):
        items = items_of(path)
        answers = Counter(item["answer"].lower() for item in items)
        for item in items:
            verdict = verdicts.get(item["key"])
            if verdict and verdict.get("reason") == "duplicate" and answers[item["answer"].lower()] == 1:
                # judged a duplicate of an item that is no longer made: the complaint is gone
                verdicts[item["key"]] = {**verdict, "verdict": "ok", "reason": ""}
                revived += 1
        counts = Counter(verdicts[item["key"]]["verdict"] if item["key"] in verdicts else "unjudged" for item in items)
        per_article.append((path.stem, len(items), counts))
        tally.update(counts)
        for item in items:
            verdict = verdicts.get(item["key"])
            if verdict is None:
                unjudged.append(item)
            elif verdict["verdict"] != "ok":
                reasons[f"{verdict['verdict']}: {verdict.get('reason', '?')}"] += 1
    if args.per_article:
        for name, total, counts in per_article:
            print(f"{name:48} {total:3} items  ok {counts['ok']:3}  borderline {counts['borderline']:2}  "
                  f"bad {counts['bad']:2}  unjudged {counts['unjudged']:2}")
    judged = tally["ok"] + tally["borderline"] + tally["bad"]
    total = judged + tally["unjudged"]
    print(f"{len(per_article)} articles, {total} items: {judged} judged, {tally['unjudged']} unjudged")
    if revived:
        print(f"({revived} items judged duplicates of items no longer made count as ok)")
    if judged:
        print(f"acceptable, borderline passing: {(tally['ok'] + tally['borderline']) / judged:.1%}")
        print(f"acceptable, borderline failing: {tally['ok'] / judged:.1%}")
        for reason, count in reasons.most_common():
            print(f"  {count:4}  {reason}")
    if args.unjudged:
        with open(args.unjudged, "w", encoding="utf-8") as out:
            for item in unjudged:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{len(unjudged)} unjudged items written to {args.unjudged}")


def dump(args: argparse.Namespace) -> None:
    for path in article_paths(args.articles):
        for item in items_of(path):
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scoring = commands.add_parser("score", help="the share of today's items judged acceptable")
    scoring.add_argument("articles", nargs="*", help="article files or folders (default: the stored corpus)")
    scoring.add_argument("--verdicts", default=str(VERDICTS))
    scoring.add_argument("--per-article", action="store_true")
    scoring.add_argument("--unjudged", metavar="FILE", help="write the items no verdict covers to FILE (JSONL)")
    scoring.set_defaults(run=score)
    dumping = commands.add_parser("dump", help="every item of the articles, one JSON object a line")
    dumping.add_argument("articles", nargs="+")
    dumping.set_defaults(run=dump)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
