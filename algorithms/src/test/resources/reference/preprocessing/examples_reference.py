#!/usr/bin/python3
"""Key figures of the preprocessing examples (examples module), computed with scipy, pandas and
scikit-learn; PreprocessingExamplesTest asserts them.

Run from this folder with Debian's interpreter:
    /usr/bin/python3 examples_reference.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets
Prints, for the box-cox example (breast cancer worst_area): scipy.stats.boxcox's lambda and 95 %
interval (alpha=0.05) and the skewness (scipy.stats.skew, biased) before and after; for the
missing-values-co2 example (weekly CO2; of the weeks whose three weeks before and after are known,
every tenth is hidden, the 5th, 15th, ...): the number of hidden weeks, the rows left after
dropna, and the RMSE on the hidden weeks of SimpleImputer(mean), pandas interpolate(method="index",
limit_direction="both") and KNNImputer(n_neighbors=4) on (week_ending, co2_ppm); 4 rather than the
default 5 because the fifth neighbour of a week is a tie between the weeks 3 before and 3 after, which
scikit-learn breaks by rounding noise (classicml by the earlier row); with 4 and hidden weeks away from
the gaps no hidden week has a tie at the cut-off.
For the pca-wine example: explained_variance_ratio_ of PCA() on StandardScaler().fit_transform(wine
features), and the first standardised row projected on the first two components.
"""
import csv
import datetime
import os
import sys

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.decomposition import PCA
from sklearn.impute import KNNImputer, SimpleImputer
from sklearn.preprocessing import StandardScaler

DIR = sys.argv[1]
rows = list(csv.reader(open(os.path.join(DIR, "breast_cancer.csv"))))
j = rows[0].index("worst_area")
x = np.array([float(r[j]) for r in rows[1:]])
y, lam, (lo, hi) = stats.boxcox(x, alpha=0.05)
print("box-cox lambda", repr(lam), "interval", repr(lo), repr(hi))
print("box-cox skewness before", repr(stats.skew(x)), "after", repr(stats.skew(y)))

co2 = pd.read_csv(os.path.join(DIR, "co2_weekly.csv"))


def decimal_year(s):
    d = datetime.date.fromisoformat(s)
    days = 366 if (d.year % 4 == 0 and (d.year % 100 != 0 or d.year % 400 == 0)) else 365
    return d.year + (d.timetuple().tm_yday - 1) / days


t = co2["week_ending"].map(decimal_year).to_numpy()
v = co2["co2_ppm"].to_numpy(dtype=float)
eligible = [i for i in range(3, len(v) - 3) if not np.isnan(v[i - 3:i + 4]).any()]
hidden = np.array(eligible[5::10])
g = v.copy()
g[hidden] = np.nan
X = np.column_stack([t, g])


def rmse(est):
    return np.sqrt(np.mean((v[hidden] - est[hidden]) ** 2))


print("co2 hidden", len(hidden), "rows after drop", int((~np.isnan(g)).sum()))
print("co2 rmse mean", repr(rmse(SimpleImputer().fit_transform(X)[:, 1])))
print("co2 rmse interpolation", repr(rmse(pd.Series(g, index=t).interpolate(method="index", limit_direction="both").to_numpy())))
print("co2 rmse knn", repr(rmse(KNNImputer(n_neighbors=4).fit_transform(X)[:, 1])))

rows = list(csv.reader(open(os.path.join(DIR, "wine.csv"))))
j = rows[0].index("cultivar")
W = np.array([[float(v) for k, v in enumerate(r) if k != j] for r in rows[1:]])
Z = StandardScaler().fit_transform(W)
pca = PCA().fit(Z)
print("wine ratio", [repr(v) for v in pca.explained_variance_ratio_])
print("wine first row", [repr(v) for v in pca.transform(Z[:1])[0, :2]])
