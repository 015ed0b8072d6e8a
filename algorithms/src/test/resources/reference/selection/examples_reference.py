"""Reference figures for the model-selection examples (module examples).

Usage: /usr/bin/python3 examples_reference.py DATASETS
Prints the figures that ModelSelectionExamplesTest checks.
"""
import sys
import numpy as np
import pandas as pd
from sklearn.model_selection import GridSearchCV, StratifiedKFold, TimeSeriesSplit, cross_val_score
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

datasets = sys.argv[1]

# forward chaining on sunspots: rows of the 6 previous years, target the next year
s = pd.read_csv(f"{datasets}/sunspots.csv")["sunspot_activity"].to_numpy(float)
lags = 6
X = np.array([s[i:i + lags] for i in range(len(s) - lags)])
y = s[lags:]
rmse = -cross_val_score(KNeighborsRegressor(5, algorithm="brute"), X, y, cv=TimeSeriesSplit(5),
                        scoring="neg_root_mean_squared_error")
print("forward chaining RMSE per fold", list(rmse), "mean", rmse.mean())

# grid search over k with nested CV on wine
w = pd.read_csv(f"{datasets}/wine.csv")
X = w.drop(columns=["cultivar"]).to_numpy(float)
y = w["cultivar"].to_numpy()
pipe = Pipeline([("scale", StandardScaler()), ("model", KNeighborsClassifier(algorithm="brute"))])
ks = [1, 3, 5, 7, 9, 11, 15, 21, 31, 45]
search = GridSearchCV(pipe, {"model__n_neighbors": ks}, cv=StratifiedKFold(5), scoring="accuracy")
search.fit(X, y)
print("best k", search.best_params_, "best score", repr(search.best_score_))
nested = cross_val_score(search, X, y, cv=StratifiedKFold(5), scoring="accuracy")
print("nested", list(nested), "mean", repr(nested.mean()))
