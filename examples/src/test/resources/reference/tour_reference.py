"""Reference values for the interview-tour examples (examples/src/test/.../TourExamplesTest.java).

Run from the repository root with Debian's python3 (see README.md beside this file):
    /usr/bin/python3 examples/src/test/resources/reference/tour_reference.py
Reads the bundled CSVs; prints one "name = value" line per reference value.
"""
import warnings

import numpy as np
import sklearn

warnings.filterwarnings("ignore")
DATA = "core/src/main/resources/io/github/classicml/core/io/datasets/"


def load(name):
    with open(DATA + name) as f:
        header = f.readline().strip().split(",")
        rows = [line.strip().split(",") for line in f if line.strip()]
    return header, rows


def show(name, value):
    print(f"{name} = {value!r}")


print(f"# scikit-learn {sklearn.__version__}, numpy {np.__version__}")

# learning-curves: diabetes progression above the median; test = rows i % 3 == 0, the pool = the others
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import GaussianNB

header, rows = load("diabetes.csv")
data = np.array(rows, dtype=float)
X, y = data[:, :-1], data[:, -1]
label = (y > np.median(y)).astype(int)
test = np.arange(len(y)) % 3 == 0
show("learning_curves.median", float(np.median(y)))
show("learning_curves.naive_bayes_whole_pool", GaussianNB().fit(X[~test], label[~test]).score(X[test], label[test]))
show("learning_curves.logistic_whole_pool",
     LogisticRegression(penalty="none", max_iter=10000).fit(X[~test], label[~test]).score(X[test], label[test]))

# parametric-vs-non-parametric: CO2 weeks with a value, dates as year + (day of year - 1) / days in the year
# (CsvLoader); test = observed weeks i % 4 == 0, the pool = the others
import datetime

from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.neighbors import KNeighborsRegressor


def decimal_year(text):
    d = datetime.date.fromisoformat(text)
    start = datetime.date(d.year, 1, 1)
    days = (datetime.date(d.year + 1, 1, 1) - start).days
    return d.year + (d - start).days / days


header, rows = load("co2_weekly.csv")
rows = [r for r in rows if r[1] not in ("", "NA", "nan", "NaN")]
t = np.array([[decimal_year(r[0])] for r in rows])
ppm = np.array([float(r[1]) for r in rows])
test = np.arange(len(ppm)) % 4 == 0
show("parametric.observed_weeks", len(ppm))
for name, model in [("line", LinearRegression()), ("knn4", KNeighborsRegressor(4))]:
    p = model.fit(t[~test], ppm[~test]).predict(t[test])
    show(f"parametric.{name}_rmse_whole_pool", float(np.sqrt(mean_squared_error(ppm[test], p))))

# classification-vs-regression: the learning-curves split; linear regression on the number, logistic on the label
from sklearn.metrics import r2_score

header, rows = load("diabetes.csv")
data = np.array(rows, dtype=float)
X, y = data[:, :-1], data[:, -1]
median = np.median(y)
label = (y > median).astype(int)
test = np.arange(len(y)) % 3 == 0
p = LinearRegression().fit(X[~test], y[~test]).predict(X[test])
show("classification_vs_regression.rmse", float(np.sqrt(mean_squared_error(y[test], p))))
show("classification_vs_regression.r2", r2_score(y[test], p))
show("classification_vs_regression.threshold_accuracy", float(np.mean((p > median).astype(int) == label[test])))
show("classification_vs_regression.logistic_accuracy",
     LogisticRegression(penalty="none", max_iter=10000).fit(X[~test], label[~test]).score(X[test], label[test]))

# f1-vs-accuracy: progression above its 90th percentile (numpy's linear quantile), the every-third split
from sklearn.metrics import accuracy_score, f1_score

threshold = np.quantile(y, 0.9)
top = (y > threshold).astype(int)
show("f1.threshold", float(threshold))
for name, weights in [("logistic", None), ("balanced", "balanced")]:
    p = LogisticRegression(penalty="none", max_iter=10000, class_weight=weights).fit(X[~test], top[~test]).predict(X[test])
    show(f"f1.{name}_accuracy", accuracy_score(top[test], p))
    show(f"f1.{name}_f1", f1_score(top[test], p))

# ranking-metrics: three queries of six results, the engine's scores 6..1, judged grades 0-3
from sklearn.metrics import ndcg_score

grades = np.array([[3, 2, 0, 0, 1, 0], [0, 0, 1, 0, 0, 2], [0, 1, 0, 3, 0, 0]], dtype=float)
engine = np.tile(np.arange(6, 0, -1, dtype=float), (3, 1))
show("ranking.mean_ndcg", ndcg_score(grades, engine))
show("ranking.ndcg_first", ndcg_score(grades[:1], engine[:1]))
show("ranking.ndcg_first_swapped", ndcg_score(np.array([[2, 3, 0, 0, 1, 0]], dtype=float), engine[:1]))

# feature-selection: the every-third split of diabetes; selection on the 294 training rows
import statsmodels.api as sm
from sklearn.linear_model import Lasso
from sklearn.preprocessing import StandardScaler
from statsmodels.stats.outliers_influence import variance_inflation_factor

names = header[:-1]
Xtr, ytr, Xte, yte = X[~test], y[~test], X[test], y[test]
show("feature_selection.bmi_correlation", float(np.corrcoef(Xtr[:, names.index("bmi")], ytr)[0, 1]))
design = sm.add_constant(Xtr)
show("feature_selection.max_vif", max(variance_inflation_factor(design, j) for j in range(1, design.shape[1])))
chosen, best = [], sm.OLS(ytr, np.ones((len(ytr), 1))).fit().bic
while True:
    trials = [(sm.OLS(ytr, sm.add_constant(Xtr[:, chosen + [j]])).fit().bic, j)
              for j in range(Xtr.shape[1]) if j not in chosen]
    if not trials or min(trials)[0] >= best:
        break
    best, j = min(trials)
    chosen.append(j)
show("feature_selection.stepwise_bic_order", [names[j] for j in chosen])
Xs = StandardScaler().fit_transform(Xtr)
alpha_max = np.max(np.abs(Xs.T @ (ytr - ytr.mean()))) / len(ytr)
entry = {}
for alpha in np.geomspace(alpha_max, alpha_max * 1e-3, 100):
    coef = Lasso(alpha=alpha, tol=1e-10, max_iter=100000).fit(Xs, ytr).coef_
    for j in np.flatnonzero(coef):
        entry.setdefault(names[j], float(alpha))
show("feature_selection.lasso_entry", entry)
show("feature_selection.all_columns_r2", r2_score(yte, LinearRegression().fit(Xtr, ytr).predict(Xte)))

# preventing-overfitting: diabetes without sex, every fourth row trains; scale, degree-2 terms, scale again
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

keep = [j for j in range(X.shape[1]) if names[j] != "sex"]
train4 = np.arange(len(y)) % 4 == 0
Xa, ya, Xb, yb = X[train4][:, keep], y[train4], X[~train4][:, keep], y[~train4]


def poly(last):
    return make_pipeline(StandardScaler(), PolynomialFeatures(2, include_bias=False), StandardScaler(), last)


for name, model in [("overfit", poly(LinearRegression())), ("simple", LinearRegression()),
                    ("lasso8", poly(Lasso(alpha=8.0, max_iter=10000)))]:
    model.fit(Xa, ya)
    show(f"overfitting.{name}_train_r2", model.score(Xa, ya))
    show(f"overfitting.{name}_test_r2", model.score(Xb, yb))
show("overfitting.lasso8_nonzero", int(np.count_nonzero(model[-1].coef_)))
