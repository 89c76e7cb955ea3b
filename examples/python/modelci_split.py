"""Shared pieces of the Python example: the seeded train/validation/holdout split and CSV helpers.

The split is the one the Java trainer uses (io.modelci.demo.HoldoutSplit): SHA-256 of "<seed>:<id>" in UTF-8,
the first 8 bytes as an unsigned big-endian number, its top 53 bits times 2**-53 give a position u in [0, 1);
u < holdout is holdout, u < holdout + validation is validation, the rest is train. So a model trained here and one
trained by the Java trainer are evaluated on exactly the same holdout rows.
"""
import csv
import hashlib

TRAIN, VALIDATION, HOLDOUT = "train", "validation", "holdout"


def position(seed, row_id):
    digest = hashlib.sha256(f"{seed}:{row_id}".encode("utf-8")).digest()
    return (int.from_bytes(digest[:8], "big") >> 11) * 2.0 ** -53


def part_of(row_id, seed=42, holdout=0.2, validation=0.1):
    u = position(seed, row_id)
    if u < holdout:
        return HOLDOUT
    return VALIDATION if u < holdout + validation else TRAIN


def read_csv(path):
    """The header and the rows (lists of strings) of a CSV file."""
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [row for row in reader if row]
    return header, rows


def row_ids(header, rows, id_column):
    """The id column's values, or 1-based row numbers when there is no such column."""
    if id_column in header:
        index = header.index(id_column)
        return [row[index] for row in rows]
    return [str(i + 1) for i in range(len(rows))]


def write_predictions(path, slice_columns, records):
    """Writes id,label,score,<slices>: the format the Java trainer and scorer write."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "label", "score"] + list(slice_columns))
        for row_id, label, score, slices in records:
            writer.writerow([row_id, "" if label is None else label, repr(float(score))] + list(slices))
