"""Encodes rows for the example model: standardised numeric columns and one-hot categorical columns."""
import numpy as np
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


class RowEncoder:
    """Learns which columns are numeric from the training rows; encodes any rows (dicts or lists) the same way."""

    def __init__(self, features):
        self.features = list(features)
        self.numeric = []
        self.categorical = []
        self.scaler = StandardScaler()
        self.one_hot = OneHotEncoder(handle_unknown="ignore")

    def fit(self, dict_rows):
        for name in self.features:
            values = [r.get(name, "") for r in dict_rows]
            (self.numeric if all(v == "" or is_number(v) for v in values) else self.categorical).append(name)
        self.scaler.fit(self._numeric(dict_rows))
        if self.categorical:
            self.one_hot.fit(self._categorical(dict_rows))
        return self

    def transform(self, dict_rows):
        parts = [self.scaler.transform(self._numeric(dict_rows))]
        if self.categorical:
            parts.append(self.one_hot.transform(self._categorical(dict_rows)).toarray())
        return np.hstack(parts)

    def _numeric(self, dict_rows):
        means = getattr(self.scaler, "mean_", None)
        out = np.zeros((len(dict_rows), len(self.numeric)))
        for i, r in enumerate(dict_rows):
            for j, name in enumerate(self.numeric):
                v = r.get(name, "")
                out[i, j] = float(v) if v not in ("", None) else (means[j] if means is not None else 0.0)
        return out

    def _categorical(self, dict_rows):
        return np.array([[str(r.get(name, "")) for name in self.categorical] for r in dict_rows], dtype=object)
