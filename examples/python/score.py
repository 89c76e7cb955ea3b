#!/usr/bin/env python3
"""Scores data with a model written by train.py.

    python3 examples/python/score.py --model runs/py1/model.pkl --data examples/data/churn.csv --out preds.csv
    python3 examples/python/score.py --model runs/py1/model.pkl --jsonl < rows.jsonl

CSV mode writes id,label,score,<slices> for the model's holdout rows (--all for every row), the rows and format
of train.py's predictions.csv. JSON Lines mode reads one JSON object per line on standard input and prints
{"label": ..., "score": ...} per line: a command for `modelci check golden --command`.
"""
import argparse
import json
import os
import pickle
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from modelci_split import HOLDOUT, part_of, read_csv, row_ids, write_predictions  # noqa: E402


def score_dicts(bundle, dict_rows):
    return bundle["model"].predict_proba(bundle["encoder"].transform(dict_rows))[:, 1]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True, help="model.pkl from train.py")
    p.add_argument("--data", help="CSV data to score")
    p.add_argument("--out", help="where to write the predictions CSV")
    p.add_argument("--all", action="store_true", help="score every row, not only the holdout rows")
    p.add_argument("--jsonl", action="store_true", help="read JSON objects on stdin, answer one per line")
    args = p.parse_args(argv)
    with open(args.model, "rb") as f:
        bundle = pickle.load(f)

    if args.jsonl:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            text_row = {k: "" if v is None else str(v) for k, v in row.items()}
            score = float(score_dicts(bundle, [text_row])[0])
            label = bundle["positive"] if score >= 0.5 else bundle["negative"]
            print(json.dumps({"label": label, "score": score}), flush=True)
        return

    if not args.data or not args.out:
        p.error("CSV mode needs --data and --out (or use --jsonl)")
    header, rows = read_csv(args.data)
    split = bundle["split"]
    ids = row_ids(header, rows, bundle["id_column"] or "\0")
    dicts = [dict(zip(header, r)) for r in rows]
    keep = [k for k, i in enumerate(ids) if args.all or part_of(
        i, split["seed"], split["holdout_fraction"], split["validation_fraction"]) == HOLDOUT]
    scores = score_dicts(bundle, [dicts[k] for k in keep])
    label = bundle["label"]
    slices = bundle["slice_columns"]
    write_predictions(args.out, slices, [
        (ids[k], (1 if dicts[k][label] == bundle["positive"] else 0) if label in dicts[k] else None, s,
         [dicts[k].get(c, "") for c in slices]) for k, s in zip(keep, scores)])
    print(f"scored {len(keep)} rows into {args.out}")


if __name__ == "__main__":
    main()
