#!/usr/bin/python3
"""The Python baseline of `modelci evaluate`: pandas.read_csv plus the scikit-learn metric functions on a
binary label,score file. Prints the wall time of reading and of the metrics.

    /usr/bin/python3 bench/scripts/sklearn_baseline.py FILE
"""
import sys
import time

t0 = time.perf_counter()
import numpy as np
import pandas as pd
from sklearn import metrics as m

t1 = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
t2 = time.perf_counter()
y = frame["label"].to_numpy()
p = frame["score"].to_numpy()
pred = (p >= 0.5).astype(int)
result = {
    "accuracy": m.accuracy_score(y, pred),
    "balanced_accuracy": m.balanced_accuracy_score(y, pred),
    "precision": m.precision_score(y, pred, zero_division=0),
    "recall": m.recall_score(y, pred, zero_division=0),
    "f1": m.f1_score(y, pred, zero_division=0),
    "roc_auc": m.roc_auc_score(y, p),
    "average_precision": m.average_precision_score(y, p),
    "log_loss": m.log_loss(y, p, labels=[0, 1]),
    "brier_score": m.brier_score_loss(y, p, pos_label=1),
    "mcc": m.matthews_corrcoef(y, pred),
    "confusion": m.confusion_matrix(y, pred, labels=[0, 1]).ravel().tolist(),
}
t3 = time.perf_counter()
print(result)
print(f"imports {t1 - t0:.2f} s, read_csv {t2 - t1:.2f} s, metrics {t3 - t2:.2f} s, total {t3 - t0:.2f} s")
