#!/usr/bin/python3
"""Times scikit-learn on the fixed workloads W1-W9, for classicml's comparison table.

Run with Debian's interpreter, which has scikit-learn 1.2.1 (apt-get install -y python3-sklearn):

    /usr/bin/python3 benchmarks/scripts/sklearn_times.py --data workload-data --threads 1 \
        --out compare-results/sklearn.jsonl [--only W1,W8]

Appends one JSON object per workload row to --out, in the format CompareRunner reads: peer,
peer_version, workload, row, threads, warmup_s, times_s, median_s, metrics (the quality figures),
cpu_per_wall, the BLAS/OpenMP pools really used, and a note. With --threads 2 only the rows that
parallelise run (W1, W2, W4, W5, W7).

Method, the same as the Java runner's: warm-up calls first (2, or 1 when the first takes over 1 s),
then the median wall time of 5 timed calls (3 when a call takes over 10 s, 1 over 30 s), around the
library call only, with gc.collect() before every call, outside the timed region. The thread pools
are sized by OMP_NUM_THREADS, OPENBLAS_NUM_THREADS and MKL_NUM_THREADS, which must be set before
numpy loads: the script sets them to --threads and restarts itself when they are not set.
"""
import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time

POOL_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
RECORDED_VARIABLES = POOL_VARIABLES + ("OPENBLAS_CORETYPE",)
PARALLEL = ("W1", "W2", "W4", "W5", "W7")
LONG_CALL_S = 10.0


def pin_threads(threads):
    """Restarts the interpreter with the pool sizes set, unless they already are."""
    if all(os.environ.get(v) for v in POOL_VARIABLES):
        return
    env = dict(os.environ)
    for v in POOL_VARIABLES:
        env.setdefault(v, str(threads))
    os.execve(sys.executable, [sys.executable] + sys.argv, env)


def timed(call, warm_call=None):
    """Warm-up calls, then the timed calls; returns (warm-up s, timed s, cpu/wall, last result)."""
    warm = []
    warm_call = warm_call or call
    for _ in range(2):
        gc.collect()
        start = time.perf_counter()
        warm_call()
        warm.append(time.perf_counter() - start)
        if warm[-1] > 1.0:
            break
    reps = 5
    if warm_call is call:
        reps = 1 if max(warm) > 3 * LONG_CALL_S else 3 if max(warm) > LONG_CALL_S else 5
    times, cpu, result, i = [], 0.0, None, 0
    while i < reps:
        gc.collect()
        cpu_start = time.process_time()
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
        cpu += time.process_time() - cpu_start
        if i == 0 and warm_call is not call:
            # the warm-up was a cheaper call: the first timed call sets the repetitions
            reps = 1 if times[0] > 3 * LONG_CALL_S else 3 if times[0] > LONG_CALL_S else 5
        i += 1
    return warm, times, cpu / sum(times), result


class Arrays:
    """The workload files, read through their manifest."""

    def __init__(self, root):
        import numpy as np
        self.np = np
        self.root = root
        with open(os.path.join(root, "manifest.json")) as f:
            self.arrays = json.load(f)["arrays"]

    def __call__(self, name):
        entry = self.arrays[name]
        return self.np.fromfile(os.path.join(self.root, entry["file"]), dtype="<f8").reshape(entry["shape"])

    def labels(self, name):
        return self(name).astype(self.np.int64)


def knn(a, threads):
    from sklearn.neighbors import KNeighborsClassifier
    X, y, Q, yq = a("w1_X_train"), a.labels("w1_y_train"), a("w1_X_query"), a.labels("w1_y_query")
    for row, algorithm in (("brute", "brute"), ("kd-tree", "kd_tree")):
        model = KNeighborsClassifier(n_neighbors=5, algorithm=algorithm, metric="euclidean", n_jobs=threads)
        start = time.perf_counter()
        model.fit(X, y)
        build = time.perf_counter() - start
        warm, times, cpu, predicted = timed(lambda: model.predict(Q))
        yield ("W1", row, f"KNeighborsClassifier(5, algorithm={algorithm}, n_jobs={threads}).predict",
               warm, times, cpu, {"accuracy": float((predicted == yq).mean()), "index_build_s": build}, "")


def kmeans(a, threads):
    from sklearn.cluster import KMeans
    X = a("w2_X")
    for row, algorithm in (("lloyd", "lloyd"), ("accelerated", "elkan")):
        fit = lambda: KMeans(n_clusters=16, init="k-means++", n_init=1, max_iter=100, tol=1e-4,
                             algorithm=algorithm, random_state=0).fit(X)
        warm, times, cpu, model = timed(fit)
        yield ("W2", row, f"KMeans(16, k-means++, n_init=1, max_iter=100, tol=1e-4, algorithm={algorithm}).fit",
               warm, times, cpu, {"inertia": float(model.inertia_), "n_iter": int(model.n_iter_)}, "")


def naive_bayes(a, threads):
    from sklearn.naive_bayes import GaussianNB
    X, y, Xt, yt = a("w3_X_train"), a.labels("w3_y_train"), a("w3_X_test"), a.labels("w3_y_test")
    warm, times, cpu, predicted = timed(lambda: GaussianNB().fit(X, y).predict(Xt))
    yield ("W3", "gnb", "GaussianNB().fit(200000 x 50).predict(50000 x 50)", warm, times, cpu,
           {"accuracy": float((predicted == yt).mean())}, "")


def logistic(a, threads):
    import warnings
    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    X, y, Xt, yt = a("w4_X_train"), a.labels("w4_y_train"), a("w4_X_test"), a.labels("w4_y_test")

    def fit():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            return LogisticRegression(C=1.0, solver="lbfgs", tol=1e-4, max_iter=100).fit(X, y)
    warm, times, cpu, model = timed(fit)
    w = model.coef_.ravel()
    z = X @ w + model.intercept_[0]
    # sum of log-losses + 0.5 |w|^2 (lambda = 1 / C = 1), intercept unpenalised
    objective = float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * (w @ w))
    yield ("W4", "l2-logistic", "LogisticRegression(C=1, lbfgs, tol=1e-4, max_iter=100).fit", warm, times, cpu,
           {"test_accuracy": float(model.score(Xt, yt)), "train_accuracy": float(model.score(X, y)),
            "objective": objective, "n_iter": int(model.n_iter_[0])}, "")


def ols(a, threads):
    from sklearn.linear_model import LinearRegression
    from sklearn.metrics import r2_score
    X, y = a("w5_X"), a("w5_y")
    warm, times, cpu, model = timed(lambda: LinearRegression().fit(X, y))
    yield ("W5", "ols", "LinearRegression().fit", warm, times, cpu, {"r2": float(r2_score(y, model.predict(X)))}, "")


def cart(a, threads):
    from sklearn.tree import DecisionTreeClassifier
    X, y, Xt, yt = a("w6_X_train"), a.labels("w6_y_train"), a("w6_X_test"), a.labels("w6_y_test")
    warm, times, cpu, tree = timed(lambda: DecisionTreeClassifier(criterion="gini", random_state=0).fit(X, y))
    yield ("W6", "cart", "DecisionTreeClassifier(gini, unlimited depth, min_samples_leaf=1).fit", warm, times, cpu,
           {"test_accuracy": float(tree.score(Xt, yt)), "leaves": int(tree.get_n_leaves()),
            "depth": int(tree.get_depth())}, "")


def ensembles(a, threads):
    from sklearn.ensemble import BaggingClassifier, RandomForestClassifier
    from sklearn.tree import DecisionTreeClassifier
    X, y, Xt, yt = a("w7_X_train"), a.labels("w7_y_train"), a("w7_X_test"), a.labels("w7_y_test")
    bagging = lambda trees: BaggingClassifier(estimator=DecisionTreeClassifier(criterion="gini"), n_estimators=trees,
                                              bootstrap=True, random_state=0, n_jobs=threads).fit(X, y)
    forest = lambda trees: RandomForestClassifier(n_estimators=trees, criterion="gini", max_features="sqrt",
                                                  bootstrap=True, random_state=0, n_jobs=threads).fit(X, y)
    for row, make in (("bagging", bagging), ("random-forest", forest)):
        warm, times, cpu, model = timed(lambda: make(50), lambda: make(5))
        yield ("W7", row, f"{type(model).__name__}(50 trees, n_jobs={threads}).fit", warm, times, cpu,
               {"test_accuracy": float(model.score(Xt, yt))}, "warm-up calls fit 5 trees")


def auc(a, threads):
    from sklearn.metrics import roc_auc_score
    y, score = a.labels("w8_y"), a("w8_score")
    warm, times, cpu, value = timed(lambda: roc_auc_score(y, score))
    yield ("W8", "auc", "roc_auc_score", warm, times, cpu, {"auc": float(value)}, "")


def confusion(a, threads):
    from sklearn.metrics import confusion_matrix
    truth, predicted = a.labels("w9_y_true"), a.labels("w9_y_pred")
    warm, times, cpu, matrix = timed(lambda: confusion_matrix(truth, predicted))
    yield ("W9", "confusion", "confusion_matrix", warm, times, cpu,
           {"trace": int(matrix.trace()), "sum_sq": int((matrix.astype("int64") ** 2).sum())}, "")


RUNS = {"W1": knn, "W2": kmeans, "W3": naive_bayes, "W4": logistic, "W5": ols, "W6": cart, "W7": ensembles,
        "W8": auc, "W9": confusion}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="workload-data")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", required=True, help="JSON lines file to append to")
    parser.add_argument("--only", default="", help="comma-separated workloads, e.g. W1,W8")
    args = parser.parse_args()
    pin_threads(args.threads)

    import numpy as np
    import sklearn
    from threadpoolctl import threadpool_info
    chosen = [w.strip().upper() for w in args.only.split(",") if w.strip()] or list(RUNS)
    unknown = [w for w in chosen if w not in RUNS]
    if unknown:
        parser.error(f"--only must list workloads W1..W9, got {','.join(unknown)}")
    if args.threads > 1:
        chosen = [w for w in chosen if w in PARALLEL]
    pools = [{k: p.get(k) for k in ("internal_api", "num_threads", "architecture", "version")}
             for p in threadpool_info()]
    arrays = Arrays(args.data)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, threads {args.threads}, pools {pools}",
          flush=True)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    for workload in chosen:
        for wid, row, impl, warm, times, cpu, metrics, note in RUNS[workload](arrays, args.threads):
            record = {"peer": "sklearn", "peer_version": sklearn.__version__,
                      "runtime": f"CPython {platform.python_version()} ({sys.executable}), numpy {np.__version__}",
                      "workload": wid, "row": row, "impl": impl, "threads": args.threads,
                      "warmup_s": warm, "times_s": times, "median_s": statistics.median(times),
                      "cpu_per_wall": cpu, "metrics": metrics, "note": note,
                      "env": {v: os.environ.get(v) for v in RECORDED_VARIABLES}, "pools": pools}
            with open(args.out, "a") as f:
                f.write(json.dumps(record) + "\n")
            shown = ", ".join(f"{k} {v:.6g}" if isinstance(v, float) else f"{k} {v}" for k, v in metrics.items())
            print(f"  sklearn {wid} {row:13s} threads={args.threads}: median {statistics.median(times):.4f} s"
                  f" over {len(times)} calls, cpu/wall {cpu:.2f} [{shown}]", flush=True)


if __name__ == "__main__":
    main()
