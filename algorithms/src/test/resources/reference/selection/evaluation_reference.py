"""Reference values for classicml's cross-validation, pipeline and model-comparison tests.

Usage: /usr/bin/python3 evaluation_reference.py DATASETS
Writes pipeline_cv.csv, mcnemar.csv and corrected_ttest.csv in the current folder.
"""
import sys
import numpy as np
import pandas as pd
import scipy
import sklearn
import statsmodels
from scipy import stats
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from statsmodels.stats.contingency_tables import mcnemar

datasets = sys.argv[1]
versions = (f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, scipy {scipy.__version__}, "
            f"statsmodels {statsmodels.__version__}")


def load(name, target):
    df = pd.read_csv(f"{datasets}/{name}.csv")
    return df.drop(columns=[target]).to_numpy(float), df[target].to_numpy()


with open("pipeline_cv.csv", "w") as out:
    out.write(f'"# {versions}"\n')
    out.write("case,fold,score\n")
    cases = [
        ("wine_knn5_strat5", "wine", "cultivar", KNeighborsClassifier(n_neighbors=5, algorithm="brute"),
         StratifiedKFold(5), "accuracy"),
        ("breast_cancer_knn7_strat4", "breast_cancer", "diagnosis", KNeighborsClassifier(n_neighbors=7, algorithm="brute"),
         StratifiedKFold(4), "accuracy"),
        ("breast_cancer_knn5_strat5_auc", "breast_cancer", "diagnosis",
         KNeighborsClassifier(n_neighbors=5, algorithm="brute"), StratifiedKFold(5), "roc_auc"),
        ("diabetes_knnreg5_kfold5", "diabetes", "progression", KNeighborsRegressor(n_neighbors=5, algorithm="brute"),
         KFold(5), "r2"),
        ("diabetes_knnreg10_kfold3_mse", "diabetes", "progression", KNeighborsRegressor(n_neighbors=10, algorithm="brute"),
         KFold(3), "neg_mean_squared_error"),
    ]
    for case, name, target, model, cv, scoring in cases:
        X, y = load(name, target)
        pipe = Pipeline([("scale", StandardScaler()), ("model", model)])
        scores = cross_val_score(pipe, X, y, cv=cv, scoring=scoring)
        for f, s in enumerate(scores):
            out.write(f"{case},{f},{s!r}\n")

with open("mcnemar.csv", "w") as out:
    out.write(f'"# {versions}; statsmodels mcnemar on [[n11, b], [c, n22]]"\n')
    out.write("b,c,exact_statistic,exact_p,chi2_statistic,chi2_p\n")
    for b, c in [(10, 3), (3, 10), (25, 15), (0, 4), (7, 7), (1, 0), (40, 61), (120, 95)]:
        table = [[50, b], [c, 30]]
        e = mcnemar(table, exact=True)
        a = mcnemar(table, exact=False, correction=True)
        out.write(f"{b},{c},{e.statistic!r},{e.pvalue!r},{a.statistic!r},{a.pvalue!r}\n")

with open("corrected_ttest.csv", "w") as out:
    out.write(f'"# {versions}; t = mean(d) / sqrt((1/J + n_test/n_train) var(d, ddof=1)), p = 2 t.sf(|t|, J - 1)"\n')
    out.write("train,test,first,second,t,df,p\n")
    rng = np.random.RandomState(7)
    for j, ntr, nte in [(10, 90, 10), (25, 120, 30), (5, 400, 100)]:
        a = np.round(0.8 + 0.05 * rng.randn(j), 6)
        b = np.round(0.78 + 0.05 * rng.randn(j), 6)
        d = a - b
        t = d.mean() / np.sqrt((1 / j + nte / ntr) * d.var(ddof=1))
        p = 2 * stats.t.sf(abs(t), j - 1)
        out.write(f"{ntr},{nte},{';'.join(map(repr, a))},{';'.join(map(repr, b))},{t!r},{j - 1},{p!r}\n")

from sklearn.model_selection import learning_curve, validation_curve

with open("curves.csv", "w") as out:
    out.write(f'"# {versions}; wine, Pipeline(StandardScaler, KNeighborsClassifier), StratifiedKFold(5), accuracy"\n')
    out.write("curve,x,fold,train,test\n")
    X, y = load("wine", "cultivar")
    pipe = Pipeline([("scale", StandardScaler()), ("model", KNeighborsClassifier(n_neighbors=5, algorithm="brute"))])
    sizes, tr, te = learning_curve(pipe, X, y, train_sizes=[10, 40, 80, 140], cv=StratifiedKFold(5),
                                   scoring="accuracy", shuffle=False)
    for i, n in enumerate(sizes):
        for f in range(tr.shape[1]):
            out.write(f"learning,{n},{f},{tr[i, f]!r},{te[i, f]!r}\n")
    ks = [1, 3, 9, 25]
    tr, te = validation_curve(pipe, X, y, param_name="model__n_neighbors", param_range=ks, cv=StratifiedKFold(5),
                              scoring="accuracy")
    for i, k in enumerate(ks):
        for f in range(tr.shape[1]):
            out.write(f"validation,{k},{f},{tr[i, f]!r},{te[i, f]!r}\n")
