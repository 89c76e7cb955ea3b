#!/usr/bin/python3
"""Writes the conformance cases of the evaluation engine: predictions files and the metrics scikit-learn
computes on them (expected.json). Run with the Python that has scikit-learn 1.2.1:

    /usr/bin/python3 engine/src/test/resources/eval/generate_expected.py

Floats are written with repr (shortest round-trip form), so the Java tests read exactly the doubles used here.
A metric scikit-learn cannot define (it raises, or warns and returns a placeholder) is written as null: the
engine must leave it out and say why.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as m

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "conformance")
RNG = np.random.default_rng(20240611)


def fmt(v):
    return repr(float(v))


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")


def safe(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            v = float(fn())
        return None if np.isnan(v) else v
    except ValueError:
        return None


def binary_metrics(y, p, pred):
    cm = m.confusion_matrix(y, pred, labels=[0, 1]).ravel()
    out = {
        "accuracy": safe(lambda: m.accuracy_score(y, pred)),
        "balanced_accuracy": safe(lambda: m.balanced_accuracy_score(y, pred)),
        "precision": safe(lambda: m.precision_score(y, pred, zero_division=0)),
        "recall": safe(lambda: m.recall_score(y, pred, zero_division=0)),
        "f1": safe(lambda: m.f1_score(y, pred, zero_division=0)),
        "roc_auc": safe(lambda: m.roc_auc_score(y, p)),
        # with no positive row scikit-learn warns and sets recall to one: undefined for us
        "average_precision": safe(lambda: m.average_precision_score(y, p)) if y.sum() > 0 else None,
        "log_loss": safe(lambda: m.log_loss(y, p, labels=[0, 1])),
        "brier_score": safe(lambda: m.brier_score_loss(y, p, pos_label=1)),
        "mcc": safe(lambda: m.matthews_corrcoef(y, pred)),
        "tn": float(cm[0]), "fp": float(cm[1]), "fn": float(cm[2]), "tp": float(cm[3]),
    }
    return out


def binary_case(name, labels, scores, positive=None, threshold=0.5, slices=None):
    labels = [str(v) for v in labels]
    pos = positive if positive is not None else ("yes" if "yes" in labels else "1")
    y = np.array([1 if v == pos else 0 for v in labels])
    p = np.array(scores, dtype=np.float64)
    pred = (p >= threshold).astype(int)
    header = ["label", "score"] + (["region"] if slices is not None else [])
    rows = []
    for i in range(len(labels)):
        row = [labels[i], fmt(p[i])]
        if slices is not None:
            row.append(slices[i])
        rows.append(row)
    write_csv(name + ".csv", header, rows)
    case = {"name": name, "task": "binary", "file": name + ".csv", "rows": len(labels),
            "metrics": binary_metrics(y, p, pred)}
    if positive is not None:
        case["positive_label"] = positive
    if slices is not None:
        case["slice_by"] = "region"
        case["slices"] = {}
        for value in sorted(set(slices)):
            idx = np.array([s == value for s in slices])
            case["slices"][value] = {"rows": int(idx.sum()), "metrics": binary_metrics(y[idx], p[idx], pred[idx])}
    return case


def multiclass_case(name, labels, predictions, proba=None, classes=None):
    labels = [str(v) for v in labels]
    predictions = [str(v) for v in predictions]
    header = ["label", "prediction"]
    if proba is not None:
        header += ["proba_" + c for c in classes]
    rows = []
    for i in range(len(labels)):
        row = [labels[i], predictions[i]]
        if proba is not None:
            row += [fmt(v) for v in proba[i]]
        rows.append(row)
    write_csv(name + ".csv", header, rows)
    numeric = all(v.lstrip("-").isdigit() for v in labels + predictions)
    y = np.array([int(v) for v in labels]) if numeric else np.array(labels, dtype=object)
    pred = np.array([int(v) for v in predictions]) if numeric else np.array(predictions, dtype=object)
    out = {
        "accuracy": safe(lambda: m.accuracy_score(y, pred)),
        "balanced_accuracy": safe(lambda: m.balanced_accuracy_score(y, pred)),
        "precision_macro": safe(lambda: m.precision_score(y, pred, average="macro", zero_division=0)),
        "recall_macro": safe(lambda: m.recall_score(y, pred, average="macro", zero_division=0)),
        "f1_macro": safe(lambda: m.f1_score(y, pred, average="macro", zero_division=0)),
        "precision_weighted": safe(lambda: m.precision_score(y, pred, average="weighted", zero_division=0)),
        "recall_weighted": safe(lambda: m.recall_score(y, pred, average="weighted", zero_division=0)),
        "f1_weighted": safe(lambda: m.f1_score(y, pred, average="weighted", zero_division=0)),
        "f1_micro": safe(lambda: m.f1_score(y, pred, average="micro", zero_division=0)),
        "mcc": safe(lambda: m.matthews_corrcoef(y, pred)),
        "cohen_kappa": safe(lambda: m.cohen_kappa_score(y, pred)),
    }
    if proba is not None:
        P = np.array(proba, dtype=np.float64)
        out["log_loss"] = safe(lambda: m.log_loss(y, P, labels=classes))
        out["roc_auc_ovr"] = safe(lambda: m.roc_auc_score(y, P, multi_class="ovr", average="macro", labels=classes))
    seen = np.unique(np.concatenate([y, pred]))
    cm = m.confusion_matrix(y, pred, labels=seen)
    return {"name": name, "task": "multiclass", "file": name + ".csv", "rows": len(labels), "metrics": out,
            "confusion_matrix": {"labels": [str(v) for v in seen], "counts": cm.tolist()}}


def regression_case(name, y, f):
    y = np.array(y, dtype=np.float64)
    f = np.array(f, dtype=np.float64)
    write_csv(name + ".csv", ["label", "prediction"], [[fmt(a), fmt(b)] for a, b in zip(y, f)])
    out = {
        "mae": m.mean_absolute_error(y, f),
        "mse": m.mean_squared_error(y, f),
        "rmse": m.mean_squared_error(y, f, squared=False),
        "r2": m.r2_score(y, f),
        "mape": m.mean_absolute_percentage_error(y, f),
        "median_absolute_error": m.median_absolute_error(y, f),
        "max_error": m.max_error(y, f),
        "explained_variance": m.explained_variance_score(y, f),
    }
    return {"name": name, "task": "regression", "file": name + ".csv", "rows": len(y),
            "metrics": {k: float(v) for k, v in out.items()}}


def dirichlet(n, k, sharp):
    return RNG.dirichlet(np.ones(k) * sharp, size=n)


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = []
    n = 500
    y = (RNG.random(n) < 0.4).astype(int)
    s = np.clip(0.35 * y + RNG.random(n) * 0.65, 0, 1)
    cases.append(binary_case("binary_regular", y, np.round(s, 6)))
    cases.append(binary_case("binary_ties", y, np.round(s, 1)))
    y = (RNG.random(3000) < 0.01).astype(int)
    cases.append(binary_case("binary_imbalanced", y, np.round(np.clip(0.3 * y + RNG.random(3000) * 0.7, 0, 1), 4)))
    y = (RNG.random(200) < 0.5).astype(int)
    cases.append(binary_case("binary_perfect", y, np.where(y == 1, 0.6 + 0.4 * RNG.random(200), 0.5 * RNG.random(200))))
    cases.append(binary_case("binary_no_positive_predictions", y, np.round(RNG.random(200) * 0.49, 3)))
    cases.append(binary_case("binary_one_class", np.zeros(100, dtype=int), np.round(RNG.random(100), 3)))
    y = (RNG.random(300) < 0.5).astype(int)
    extremes = RNG.choice([0.0, 1.0, 0.5, 1e-20, 1 - 1e-17, 0.25], size=300)
    cases.append(binary_case("binary_zero_and_one", y, extremes))
    words = np.where(y == 1, "yes", "no")
    cases.append(binary_case("binary_yes_no", words, np.round(RNG.random(300), 6)))
    cats = np.where(y == 1, "cat", "dog")
    cases.append(binary_case("binary_positive_label", cats, np.round(RNG.random(300), 6), positive="dog",
                             threshold=0.5))
    y = (RNG.random(400) < 0.3).astype(int)
    regions = list(RNG.choice(["eu", "us", "apac", "tiny"], size=400, p=[0.45, 0.4, 0.1, 0.05]))
    cases.append(binary_case("binary_slices", y, np.round(np.clip(0.3 * y + RNG.random(400) * 0.7, 0, 1), 5),
                             slices=regions))

    classes = ["bird", "cat", "dog", "fish"]
    n = 400
    P = dirichlet(n, 4, 0.7)
    truth = [classes[RNG.choice(4, p=row)] for row in P]
    predicted = [classes[int(np.argmax(row))] for row in P]
    cases.append(multiclass_case("multiclass_strings", truth, predicted, P.tolist(), classes))
    P2 = np.round(dirichlet(n, 4, 1.0), 2)
    P2[:, 3] = 1 - P2[:, :3].sum(axis=1)
    P2 = np.clip(P2, 0, 1)
    P2 = P2 / P2.sum(axis=1, keepdims=True)
    truth2 = [classes[RNG.choice(4, p=row)] for row in P2]
    cases.append(multiclass_case("multiclass_ties", truth2, [classes[int(np.argmax(r))] for r in P2], P2.tolist(),
                                 classes))
    nums = [1, 2, 10]
    t3 = list(RNG.choice(nums, size=150))
    p3 = [v if RNG.random() < 0.6 else int(RNG.choice(nums + [7])) for v in t3]
    cases.append(multiclass_case("multiclass_numeric_extra_predicted_class", t3, p3))
    t4 = list(RNG.choice(["a", "b", "c"], size=120))
    cases.append(multiclass_case("multiclass_one_predicted_class", t4, ["a"] * 120))

    y = RNG.normal(10, 3, size=600)
    cases.append(regression_case("regression_regular", y, y + RNG.normal(0, 1.5, size=600)))
    y = np.round(RNG.normal(0, 2, size=301), 1)
    y[::7] = 0.0
    cases.append(regression_case("regression_zeros", y, np.round(y + RNG.normal(0, 0.5, size=301), 2)))
    y = np.full(50, 3.5)
    cases.append(regression_case("regression_constant_target", y, y + RNG.normal(0, 0.1, size=50)))

    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "cases": cases}, f, indent=1,
                  sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
