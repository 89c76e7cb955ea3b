#!/usr/bin/env python3
"""Trains a logistic regression with scikit-learn, writing the files Model CI reads.

    python3 examples/python/train.py --data examples/data/churn.csv --out runs/py1 --epochs 20

Prints one line per epoch ("epoch 3 loss=0.4100 val_loss=0.4300 val_auc=0.8100") and writes into --out:
model.pkl, metrics.json (a Model CI metrics document: {"metrics": {...}, "histories": {"loss": [{"step": 1,
"value": 0.41}, ...], ...}, "params": {...}}, see docs/metrics.md) and predictions.csv
(id,label,score,<slices> for the holdout rows), the same formats and the same holdout rows as the Java trainer.
"""
import argparse
import json
import os
import pickle
import sys
import warnings

import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from features import RowEncoder  # noqa: E402
from modelci_split import HOLDOUT, TRAIN, VALIDATION, part_of, read_csv, row_ids, write_predictions  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="training data, CSV with a header")
    p.add_argument("--out", required=True, help="folder for model.pkl, metrics.json, predictions.csv")
    p.add_argument("--label", help="label column (default: 'label' if present, else the last column)")
    p.add_argument("--positive", help="positive label value (default: 1, yes or true)")
    p.add_argument("--id", default="id", help="id column the split hashes (default: id)")
    p.add_argument("--features", help="comma-separated feature columns (default: all but id and label)")
    p.add_argument("--exclude", default="", help="comma-separated columns to leave out")
    p.add_argument("--slice", help="columns copied into predictions.csv (default: area_code, state if present)")
    p.add_argument("--epochs", type=int, default=20, help="passes over the training rows (default: 20)")
    p.add_argument("--learning-rate", type=float, default=0.01, help="constant SGD step size (default: 0.01)")
    p.add_argument("--l2", type=float, default=1e-4, help="L2 penalty, sklearn's alpha (default: 1e-4)")
    p.add_argument("--seed", type=int, default=1, help="seed of the row order (default: 1)")
    p.add_argument("--split-seed", type=int, default=42, help="split seed; keep it to compare models (default: 42)")
    p.add_argument("--holdout", type=float, default=0.2, help="holdout fraction (default: 0.2)")
    p.add_argument("--validation", type=float, default=0.1, help="validation fraction (default: 0.1)")
    return p.parse_args(argv)


def guess_positive(values):
    for v in sorted(values):
        if v.lower() in ("1", "yes", "true"):
            return v
    return sorted(values)[-1]


def histories_of(history):
    """Per-epoch lists as Model CI's histories: {"loss": [{"step": epoch, "value": v}, ...]}."""
    return {name: [{"step": epoch, "value": value} for epoch, value in zip(history["epoch"], values)]
            for name, values in history.items() if name != "epoch"}


def main(argv=None):
    args = parse_args(argv)
    header, rows = read_csv(args.data)
    label = args.label or ("label" if "label" in header else header[-1])
    if label not in header:
        sys.exit(f"{args.data}: 'label': no column '{label}' in the header {header}")
    label_index = header.index(label)
    values = {r[label_index] for r in rows}
    if len(values) != 2:
        sys.exit(f"{args.data}: '{label}': a binary label needs exactly two values, found {sorted(values)[:10]}")
    positive = args.positive or guess_positive(values)
    negative = next(v for v in sorted(values) if v != positive)
    if args.features:
        features = args.features.split(",")
    else:
        features = [c for c in header if c not in (label, args.id)]
    features = [f for f in features if f not in args.exclude.split(",")]
    missing = [f for f in features if f not in header]
    if missing:
        sys.exit(f"{args.data}: 'features': no columns {missing} in the header")
    slices = args.slice.split(",") if args.slice else [c for c in ("area_code", "state") if c in header]

    ids = row_ids(header, rows, args.id)
    dicts = [dict(zip(header, r)) for r in rows]
    parts = [part_of(i, args.split_seed, args.holdout, args.validation) for i in ids]
    pick = lambda part: [k for k, p in enumerate(parts) if p == part]  # noqa: E731
    train, val, hold = pick(TRAIN), pick(VALIDATION), pick(HOLDOUT)

    encoder = RowEncoder(features).fit([dicts[k] for k in train])
    x = encoder.transform(dicts)
    y = np.array([1 if r[label_index] == positive else 0 for r in rows])

    model = SGDClassifier(loss="log_loss", penalty="l2", alpha=args.l2, learning_rate="constant",
                          eta0=args.learning_rate, random_state=args.seed)
    history = {"epoch": [], "loss": [], "val_loss": [], "val_auc": []}
    order_rng = np.random.RandomState(args.seed)
    train_idx = np.array(train)
    for epoch in range(1, args.epochs + 1):
        shuffled = train_idx[order_rng.permutation(len(train_idx))]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.partial_fit(x[shuffled], y[shuffled], classes=np.array([0, 1]))
        loss = log_loss(y[train], model.predict_proba(x[train])[:, 1], labels=[0, 1])
        line = f"epoch {epoch} loss={loss:.4f}"
        history["epoch"].append(epoch)
        history["loss"].append(loss)
        if val:
            p_val = model.predict_proba(x[val])[:, 1]
            val_loss = log_loss(y[val], p_val, labels=[0, 1])
            val_auc = roc_auc_score(y[val], p_val)
            history["val_loss"].append(val_loss)
            history["val_auc"].append(val_auc)
            line += f" val_loss={val_loss:.4f} val_auc={val_auc:.4f}"
        print(line, flush=True)
    if not val:
        del history["val_loss"], history["val_auc"]

    p_hold = model.predict_proba(x[hold])[:, 1]
    metrics = {
        "holdout_auc": roc_auc_score(y[hold], p_hold),
        "holdout_log_loss": log_loss(y[hold], p_hold, labels=[0, 1]),
        "holdout_accuracy": accuracy_score(y[hold], p_hold >= 0.5),
        "loss": history["loss"][-1],
        "train_rows": len(train), "validation_rows": len(val), "holdout_rows": len(hold),
    }
    if val:
        metrics["val_loss"] = history["val_loss"][-1]
        metrics["val_auc"] = history["val_auc"][-1]
    params = {"learning_rate": args.learning_rate, "epochs": args.epochs, "l2": args.l2, "seed": args.seed,
              "features": ",".join(features), "trainer": "scikit-learn SGDClassifier(log_loss)"}

    os.makedirs(args.out, exist_ok=True)
    bundle = {"format": "modelci-sklearn-v1", "encoder": encoder, "model": model, "label": label,
              "positive": positive, "negative": negative, "id_column": args.id if args.id in header else None,
              "slice_columns": slices,
              "split": {"seed": args.split_seed, "holdout_fraction": args.holdout,
                        "validation_fraction": args.validation}}
    with open(os.path.join(args.out, "model.pkl"), "wb") as f:
        pickle.dump(bundle, f)
    with open(os.path.join(args.out, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump({"metrics": metrics, "histories": histories_of(history), "params": params}, f, indent=2,
                  sort_keys=True)
    write_predictions(os.path.join(args.out, "predictions.csv"), slices,
                      [(ids[k], int(y[k]), p, [dicts[k].get(s, "") for s in slices]) for k, p in zip(hold, p_hold)])
    print(f"holdout_auc={metrics['holdout_auc']:.4f} holdout_log_loss={metrics['holdout_log_loss']:.4f} "
          f"holdout_rows={len(hold)}")
    print(f"wrote {os.path.join(args.out, 'model.pkl')}, metrics.json, predictions.csv")


if __name__ == "__main__":
    main()
