#!/usr/bin/python3
"""scikit-learn 1.2.1 timings for PreprocessingBenchmark's three operations, on the same numbers
(built from the same formulas): KNNImputer().transform on 5,000 x 8 with every tenth cell missing,
PCA(svd_solver="full").fit on 2,000 x 50, PowerTransformer(method="box-cox").fit on 20,000 x 5.
Also prints a checksum of each result so both sides can be seen to compute the same thing.

    /usr/bin/python3 benchmarks/scripts/preprocessing_sklearn.py
"""
import timeit

import numpy as np
from sklearn.decomposition import PCA
from sklearn.impute import KNNImputer
from sklearn.preprocessing import PowerTransformer

n = 5000
i = np.arange(n)[:, None]
j = np.arange(8)[None, :]
gappy = np.sin(0.37 * (i + 1) * (j + 1)) + 0.01 * j * i / n
gappy[((7 * i + 3 * j) % 10 == 0) & (i > 0)] = np.nan
imputer = KNNImputer().fit(gappy)
i2 = np.arange(2000)[:, None]
j2 = np.arange(50)[None, :]
wide = np.cos(0.11 * (i2 + 1) * (j2 + 2)) + 0.001 * i2
i3 = np.arange(20000)[:, None]
j3 = np.arange(5)[None, :]
positive = np.exp(np.sin(0.21 * (i3 + 1) * (j3 + 1)) * (j3 + 1) / 2)

for name, call in [("knnImputerTransform", lambda: imputer.transform(gappy)),
                   ("pcaFit", lambda: PCA(svd_solver="full").fit(wide)),
                   ("boxCoxFit", lambda: PowerTransformer(method="box-cox").fit(positive))]:
    call()
    runs = timeit.repeat(call, number=1, repeat=7)
    print(f"{name}: best {min(runs) * 1000:.1f} ms, median {sorted(runs)[3] * 1000:.1f} ms")
print("checksum imputed", repr(float(imputer.transform(gappy).sum())))
print("checksum pca explained variance", repr(float(PCA(svd_solver="full").fit(wide).explained_variance_.sum())))
print("checksum box-cox lambdas", [repr(float(v)) for v in PowerTransformer(method="box-cox").fit(positive).lambdas_])
