"""Test accuracy of scikit-learn 1.2.1's DecisionTreeClassifier (defaults, Gini and entropy) on the
bundled iris, wine and breast cancer CSVs over 5 stratified 70/30 splits; writes the splits and the
accuracies to accuracy_<data>.csv for TreeAccuracyReferenceTest (see README.md).

    /usr/bin/python3 tree_accuracy.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets
"""
import sys
import numpy as np
import pandas as pd
import sklearn
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

folder = sys.argv[1]
for name in ["iris", "wine", "breast_cancer"]:
    frame = pd.read_csv("%s/%s.csv" % (folder, name))
    x = frame.iloc[:, :-1].to_numpy(dtype=float)
    labels = frame.iloc[:, -1].astype(str).to_numpy()
    classes, y = np.unique(labels, return_inverse=True)
    with open("accuracy_%s.csv" % name, "w") as out:
        out.write("# scikit-learn %s, numpy %s\n" % (sklearn.__version__, np.__version__))
        for seed in range(5):
            rows = np.arange(len(y))
            train, test = train_test_split(rows, test_size=0.3, random_state=seed, stratify=y)
            for criterion in ["gini", "entropy"]:
                model = DecisionTreeClassifier(criterion=criterion, random_state=seed).fit(x[train], y[train])
                accuracy = float((model.predict(x[test]) == y[test]).mean())
                out.write("%d,%s,%r,%s\n" % (seed, criterion, accuracy, " ".join(str(i) for i in sorted(train))))
    print(name, "done")
