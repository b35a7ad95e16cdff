"""Two runs of accuracy.py --json side by side, half by half, to four decimals.

    python benchmarks/halves.py before.json after.json

accuracy.py --compare prints the pooled F1 of each slice to three decimals; a rule
that moves a check half by a few pages shows only at the fourth. This prints, for
every set, every wcxb-dev page type and every half: the mean page F1, and where
the pages carry a reference, titles, authors and dates right, old and new. It ends
with one line, CHECK HALVES DOWN: N, counting the check-half figures that fell
(a change that lifts a tuning half and lowers any check half is overfitting).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the slices accuracy.py --compare prints (benchmarks/ is a folder of scripts, not a package)
from accuracy import compare_groups

HALVES = ("tune", "check")
FIELDS = ("title_right", "author_right", "date_right", "day_shown_right")
# How each field's rows are named ("day shown": the date, else the update day).
FIELD_NAMES = {"title_right": "titles", "author_right": "authors", "date_right": "dates", "day_shown_right": "days shown"}


def load(path: Path) -> dict[tuple[str, str], dict]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return {(r["dataset"], r["id"]): r for r in records if r["tool"] == "cleanpage"}


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    old, new = load(args.old), load(args.new)
    shared = {key: new[key] for key in new if key in old}
    fell = []
    print(f"{'slice | half':<36} {'pages':>5} {'old F1':>8} {'new F1':>8} {'delta':>8}")
    for name, keys in compare_groups(shared).items():
        before = mean([old[k]["f1"] for k in keys])
        after = mean([new[k]["f1"] for k in keys])
        mark = ""
        if name.endswith("| check") and round(after, 4) < round(before, 4):
            fell.append(f"F1 {name}")
            mark = "  <- check fell"
        print(f"{name:<36} {len(keys):>5} {before:>8.4f} {after:>8.4f} {after - before:>+8.4f}{mark}")
    print(f"\n{'field slice | half':<36} {'pages':>5} {'old':>8} {'new':>8} {'delta':>8}")
    for field in FIELDS:
        for name, keys in compare_groups(shared).items():
            scored = [k for k in keys if old[k].get(field) is not None and new[k].get(field) is not None]
            if not scored or " " in name.split(" | ")[0]:
                continue  # fields per whole set only
            before = sum(bool(old[k][field]) for k in scored)
            after = sum(bool(new[k][field]) for k in scored)
            mark = ""
            if name.endswith("| check") and after < before:
                fell.append(f"{field} {name}")
                mark = "  <- check fell"
            print(f"{FIELD_NAMES[field] + ' ' + name:<36} {len(scored):>5} {before:>8} {after:>8} {after - before:>+8}{mark}")
    changed = sorted(k for k in shared if abs(new[k]["f1"] - old[k]["f1"]) > 1e-9)
    print(f"\npages whose F1 changed: {len(changed)}")
    for key in sorted(changed, key=lambda k: new[k]["f1"] - old[k]["f1"])[:40]:
        r = new[key]
        print(f"  {key[0]:<15} {key[1][:14]:<14} {r.get('page_type') or '-':<13} {r['half']:<5} "
              f"{old[key]['f1']:.3f} -> {r['f1']:.3f}")
    print(f"\nCHECK HALVES DOWN: {len(fell)}" + (f" ({'; '.join(fell)})" if fell else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
