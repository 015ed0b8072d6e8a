#!/usr/bin/python3
"""Writes the fixed workload files W1-W9 of classicml's comparison with scikit-learn.

Each array is stored as raw little-endian float64 in row-major order, one NAME.f64 file per array
(class labels are whole numbers stored as float64), next to a manifest.json that gives every
array's file, shape and sha256. classicml's benchmarks read the files through WorkloadData.

The arrays come from scikit-learn's dataset generators and numpy's legacy RandomState, seeded, so
the bytes are the same on every machine with the same numpy and scikit-learn (Debian bookworm:
numpy 1.24.2, scikit-learn 1.2.1). They are the arrays of the project's WORKLOADS.md.

    /usr/bin/python3 benchmarks/scripts/gen_workloads.py [--out workload-data] [--force]
    /usr/bin/python3 benchmarks/scripts/gen_workloads.py --out DIR --check
    /usr/bin/python3 benchmarks/scripts/gen_workloads.py --out DIR --check --expect OTHER/manifest.json

Without --check the files are written unless DIR already verifies (--force rewrites them).
--check verifies DIR against its manifest and exits 1 on a mismatch; --expect also compares every
array's sha256 with another manifest, e.g. the one written by the harness that set the workloads.
"""
import argparse
import hashlib
import json
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_classification, make_regression

ROWS = 1_000_000  # W8 and W9 vector length


def split(name, X, y, n_train, test_name):
    """Train/test as the first n_train rows / the rest."""
    return {f"{name}_X_train": X[:n_train], f"{name}_y_train": y[:n_train],
            f"{name}_X_{test_name}": X[n_train:], f"{name}_y_{test_name}": y[n_train:]}


def w1():
    X, y = make_blobs(n_samples=22000, n_features=32, centers=10, cluster_std=8.0, random_state=101)
    return split("w1", X, y, 20000, "query")


def w2():
    X, _ = make_blobs(n_samples=100000, n_features=16, centers=16, cluster_std=3.5, random_state=102)
    return {"w2_X": X}


def w3():
    X, y = make_classification(n_samples=250000, n_features=50, n_informative=30, n_redundant=10,
                               n_classes=5, n_clusters_per_class=2, random_state=103)
    return split("w3", X, y, 200000, "test")


def w4():
    X, y = make_classification(n_samples=60000, n_features=50, n_informative=20, n_redundant=10,
                               n_classes=2, flip_y=0.05, class_sep=0.8, random_state=104)
    return split("w4", X, y, 50000, "test")


def w5():
    X, y = make_regression(n_samples=200000, n_features=100, n_informative=60, noise=5.0, bias=3.0,
                           random_state=105)
    return {"w5_X": X, "w5_y": y}


def w6():
    X, y = make_classification(n_samples=60000, n_features=20, n_informative=10, n_redundant=5,
                               n_classes=2, flip_y=0.02, random_state=106)
    return split("w6", X, y, 50000, "test")


def w7():
    X, y = make_classification(n_samples=25000, n_features=20, n_informative=10, n_redundant=5,
                               n_classes=2, flip_y=0.02, random_state=107)
    return split("w7", X, y, 20000, "test")


def w8():
    # ~30 % positives; a logistic score of a shifted normal, rounded to 3 decimals so ties abound
    rng = np.random.RandomState(108)
    positive = (rng.rand(ROWS) < 0.3).astype(np.float64)
    latent = rng.randn(ROWS) + positive
    score = np.round(1.0 / (1.0 + np.exp(-latent)), 3)
    return {"w8_y": positive, "w8_score": score}


def w9():
    # the prediction copies the truth with probability 0.7, else is a fresh uniform label
    rng = np.random.RandomState(109)
    truth = rng.randint(0, 10, size=ROWS)
    keep = rng.rand(ROWS) < 0.7
    other = rng.randint(0, 10, size=ROWS)
    return {"w9_y_true": truth, "w9_y_pred": np.where(keep, truth, other)}


WORKLOADS = {
    "W1": (w1, "kNN classifier predict; make_blobs(22000, 32, centers=10, cluster_std=8, random_state=101), 20000 train"),
    "W2": (w2, "k-means fit; make_blobs(100000, 16, centers=16, cluster_std=3.5, random_state=102)"),
    "W3": (w3, "Gaussian naive Bayes; make_classification(250000, 50, n_informative=30, n_redundant=10, n_classes=5, random_state=103), 200000 train"),
    "W4": (w4, "L2 logistic regression; make_classification(60000, 50, n_informative=20, n_redundant=10, flip_y=0.05, class_sep=0.8, random_state=104), 50000 train"),
    "W5": (w5, "OLS; make_regression(200000, 100, n_informative=60, noise=5, bias=3, random_state=105)"),
    "W6": (w6, "CART; make_classification(60000, 20, n_informative=10, n_redundant=5, flip_y=0.02, random_state=106), 50000 train"),
    "W7": (w7, "bagging / random forest; make_classification(25000, 20, n_informative=10, n_redundant=5, flip_y=0.02, random_state=107), 20000 train"),
    "W8": (w8, "ROC AUC; RandomState(108): y = rand < 0.3, score = round(sigmoid(randn + y), 3)"),
    "W9": (w9, "confusion matrix; RandomState(109): true = randint(0, 10), pred = true w.p. 0.7 else randint(0, 10)"),
}


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 20)
            if not block:
                return digest.hexdigest()
            digest.update(block)


def write_all(out):
    arrays = {}
    for wid, (make, _) in WORKLOADS.items():
        for name, values in make().items():
            data = np.ascontiguousarray(values, dtype="<f8")
            path = os.path.join(out, name + ".f64")
            data.tofile(path)
            arrays[name] = {"file": name + ".f64", "shape": list(data.shape), "dtype": "float64-le",
                            "sha256": sha256_of(path)}
    manifest = {
        "generator": "classicml benchmarks/scripts/gen_workloads.py",
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "layout": "raw little-endian float64, row-major; labels are whole numbers stored as float64",
        "workloads": {wid: what for wid, (_, what) in WORKLOADS.items()},
        "arrays": arrays,
    }
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
    return manifest


def problems(out, expect=None):
    """Names of arrays that are missing, differ from the manifest, or differ from `expect`'s sha256."""
    path = os.path.join(out, "manifest.json")
    if not os.path.exists(path):
        return ["manifest.json"]
    with open(path) as f:
        arrays = json.load(f).get("arrays", {})
    bad = []
    for name, entry in sorted(arrays.items()):
        file = os.path.join(out, entry["file"])
        if not os.path.exists(file) or sha256_of(file) != entry["sha256"]:
            bad.append(name)
    if expect is not None:
        with open(expect) as f:
            reference = json.load(f)["arrays"]
        for name in sorted(set(reference) | set(arrays)):
            if reference.get(name, {}).get("sha256") != arrays.get(name, {}).get("sha256"):
                bad.append(f"{name} (differs from {expect})")
    return bad


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="workload-data", help="directory for the files (default: workload-data)")
    parser.add_argument("--force", action="store_true", help="rewrite the files even if they verify")
    parser.add_argument("--check", action="store_true", help="only verify; exit 1 on a mismatch")
    parser.add_argument("--expect", help="another manifest.json whose sha256s must match")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.check:
        bad = problems(args.out, args.expect)
        print(f"gen_workloads: {args.out} " + ("verified" if not bad else "does NOT verify: " + ", ".join(bad)))
        sys.exit(1 if bad else 0)
    if not args.force and not problems(args.out):
        print(f"gen_workloads: {args.out} already verifies; kept (--force rewrites)")
        return
    start = time.time()
    manifest = write_all(args.out)
    size = sum(os.path.getsize(os.path.join(args.out, a["file"])) for a in manifest["arrays"].values())
    print(f"gen_workloads: wrote {len(manifest['arrays'])} arrays ({size / 1e6:.0f} MB) to {args.out}"
          f" in {time.time() - start:.1f} s")


if __name__ == "__main__":
    main()
