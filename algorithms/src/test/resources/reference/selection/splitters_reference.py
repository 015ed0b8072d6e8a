"""Reference folds of scikit-learn's deterministic splitters (classicml algorithms.selection).

Writes splitter_cases.csv (one line per case: id, splitter, rows, settings, labels) and
splitter_folds.csv (one line per fold: id, fold, training indices, test indices; ';'-separated).
"""
import sys
import numpy as np
import sklearn
from sklearn.model_selection import KFold, StratifiedKFold, GroupKFold, TimeSeriesSplit, LeaveOneOut

cases = []  # (id, splitter name, rows, settings dict, labels or None, sklearn splitter)
for n, k in [(10, 5), (11, 3), (7, 7), (23, 4), (100, 6), (5, 2)]:
    cases.append((f"kfold_{n}_{k}", "KFold", n, {"folds": k}, None, KFold(n_splits=k)))

rng = np.random.RandomState(0)
strat = [
    ("strat_even", [0, 1] * 10, 5),
    ("strat_uneven", [1, 0, 2, 1, 1, 0, 2, 2, 1, 0, 1, 1, 0, 2, 1], 3),
    ("strat_small_class", [0] * 9 + [1] * 2 + [2] * 5, 4),
    ("strat_random", list(rng.randint(0, 4, size=37)), 5),
    ("strat_sorted", [0] * 50 + [1] * 50 + [2] * 50, 5),
    ("strat_late_first", [2, 2, 0, 1, 0, 1, 2, 0, 0, 1, 1, 2, 2], 2),
]
for cid, y, k in strat:
    cases.append((cid, "StratifiedKFold", len(y), {"folds": k}, [int(v) for v in y], StratifiedKFold(n_splits=k)))

groups = [
    ("group_ties", [3, 3, 1, 1, 2, 2, 5, 5, 4, 4], 3),
    ("group_uneven", [0, 0, 0, 0, 1, 1, 2, 3, 3, 3, 4, 5, 5, 6, 6, 6, 6, 6], 4),
    ("group_random", list(rng.randint(0, 12, size=60)), 5),
    ("group_labels", [10, 7, 7, 10, 3, 3, 3, 8, 8, 1, 1, 1, 1], 2),
]
for cid, g, k in groups:
    cases.append((cid, "GroupKFold", len(g), {"folds": k}, [int(v) for v in g], GroupKFold(n_splits=k)))

for cid, n, kw in [
    ("ts_default_10", 10, {}),
    ("ts_11_3", 11, {"n_splits": 3}),
    ("ts_max_train", 12, {"n_splits": 4, "max_train_size": 3}),
    ("ts_test_size", 13, {"n_splits": 3, "test_size": 2}),
    ("ts_gap", 12, {"n_splits": 3, "gap": 1}),
    ("ts_all", 20, {"n_splits": 4, "test_size": 3, "gap": 2, "max_train_size": 5}),
    ("ts_309", 309, {"n_splits": 5}),
    ("ts_horizon", 30, {"n_splits": 6, "test_size": 1, "gap": 2}),
]:
    settings = {"splits": kw.get("n_splits", 5), "maxTrainSize": kw.get("max_train_size") or 0,
                "testSize": kw.get("test_size") or 0, "gap": kw.get("gap", 0)}
    cases.append((cid, "TimeSeriesSplit", n, settings, None, TimeSeriesSplit(**kw)))

for n in [2, 5]:
    cases.append((f"loo_{n}", "LeaveOneOut", n, {}, None, LeaveOneOut()))

with open("splitter_cases.csv", "w") as fc, open("splitter_folds.csv", "w") as ff:
    fc.write(f'"# scikit-learn {sklearn.__version__}, numpy {np.__version__}, python {sys.version.split()[0]}"\n')
    fc.write("id,splitter,rows,settings,labels\n")
    ff.write(f'"# scikit-learn {sklearn.__version__}"\n')
    ff.write("id,fold,train,test\n")
    for cid, name, n, settings, labels, splitter in cases:
        X = np.zeros((n, 1))
        s = ";".join(f"{k}={v}" for k, v in settings.items())
        lab = ";".join(str(v) for v in labels) if labels is not None else ""
        fc.write(f"{cid},{name},{n},{s},{lab}\n")
        if name == "StratifiedKFold":
            it = splitter.split(X, np.array(labels))
        elif name == "GroupKFold":
            it = splitter.split(X, None, np.array(labels))
        else:
            it = splitter.split(X)
        for f, (tr, te) in enumerate(it):
            ff.write(f"{cid},{f},{';'.join(map(str, tr))},{';'.join(map(str, te))}\n")
