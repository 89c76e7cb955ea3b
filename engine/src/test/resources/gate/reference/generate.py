#!/usr/bin/python3
"""Reference values for the gate's statistical tests, computed outside the project's code.

Run with Debian's /usr/bin/python3 (numpy, scipy, scikit-learn, python3-statsmodels 0.13.5):
    /usr/bin/python3 generate.py
It rewrites mcnemar.csv, delong_*.csv and delong.csv in this folder.

- McNemar: statsmodels.stats.contingency_tables.mcnemar(table, exact=True) gives the exact two-sided p-value;
  the mid-p value is 2 * binom.cdf(k, n, 0.5) - binom.pmf(k, n, 0.5) from scipy (statsmodels has no mid-p).
- DeLong: a deliberately naive O(m * n) implementation of DeLong, DeLong & Clarke-Pearson (1988), eq. for the
  structural components V10(X_i) = mean_j psi(X_i, Y_j), V01(Y_j) = mean_i psi(X_i, Y_j), psi = 1, 1/2, 0;
  sample covariances with denominators m - 1 and n - 1; z = (A1 - A2) / sqrt(var); p = 2 * norm.sf(|z|).
  The AUCs are also checked against sklearn.metrics.roc_auc_score.
"""
import csv
import numpy as np
from scipy.stats import binom, norm
from sklearn.metrics import roc_auc_score
from statsmodels.stats.contingency_tables import mcnemar

def mcnemar_cases():
    cases = [(0, 0), (0, 1), (1, 1), (3, 9), (9, 3), (10, 10), (12, 25), (40, 61), (101, 150), (5, 50),
             (1000, 1100), (2500, 2400), (123, 4567), (30000, 30500)]
    with open("mcnemar.csv", "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["champion_only", "challenger_only", "p_exact", "p_mid"])
        for b, c in cases:
            table = np.array([[100, b], [c, 100]])
            p = mcnemar(table, exact=True).pvalue
            n, k = b + c, min(b, c)
            mid = 1.0 if n == 0 else min(1.0, 2 * binom.cdf(k, n, 0.5) - binom.pmf(k, n, 0.5))
            writer.writerow([b, c, repr(float(p)), repr(float(mid))])

def delong_naive(x1, x2, y):
    pos, neg = y == 1, y == 0
    def components(s):
        xs, ys = s[pos][:, None], s[neg][None, :]
        psi = (xs > ys) + 0.5 * (xs == ys)
        return psi.mean(axis=1), psi.mean(axis=0)
    v10a, v01a = components(x1)
    v10b, v01b = components(x2)
    m, n = pos.sum(), neg.sum()
    s10 = np.cov(np.vstack([v10a, v10b]))
    s01 = np.cov(np.vstack([v01a, v01b]))
    s = s10 / m + s01 / n
    var = s[0, 0] + s[1, 1] - 2 * s[0, 1]
    a1, a2 = v10a.mean(), v10b.mean()
    z = (a1 - a2) / np.sqrt(var)
    return a1, a2, var, z, 2 * norm.sf(abs(z))

def delong_cases():
    rng = np.random.default_rng(20261125)
    specs = [("small", 40, 0.5, None), ("ties", 300, 0.3, 20), ("imbalanced", 2000, 0.05, None),
             ("close", 1500, 0.4, 1000)]
    with open("delong.csv", "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["case", "auc_challenger", "auc_champion", "variance", "z", "p_value"])
        for name, rows, prevalence, levels in specs:
            y = (rng.random(rows) < prevalence).astype(int)
            signal = rng.normal(size=rows) + 1.2 * y
            a = 1 / (1 + np.exp(-(signal + rng.normal(scale=0.8, size=rows))))
            b = 1 / (1 + np.exp(-(signal + rng.normal(scale=1.1, size=rows))))
            if levels:
                a, b = np.round(a * levels) / levels, np.round(b * levels) / levels
            with open(f"delong_{name}.csv", "w", newline="") as data:
                rows_writer = csv.writer(data)
                rows_writer.writerow(["label", "challenger", "champion"])
                for label, sa, sb in zip(y, a, b):
                    rows_writer.writerow([label, repr(float(sa)), repr(float(sb))])
            a1, a2, var, z, p = delong_naive(a, b, y)
            assert abs(a1 - roc_auc_score(y, a)) < 1e-12 and abs(a2 - roc_auc_score(y, b)) < 1e-12
            writer.writerow([name] + [repr(float(v)) for v in (a1, a2, var, z, p)])

mcnemar_cases()
delong_cases()
