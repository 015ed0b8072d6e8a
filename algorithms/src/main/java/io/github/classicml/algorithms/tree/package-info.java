/**
 * Decision trees (CART).
 * {@link io.github.classicml.algorithms.tree.DecisionTreeClassifier} splits rows to decrease the Gini
 * impurity or entropy of their classes, {@link io.github.classicml.algorithms.tree.DecisionTreeRegressor}
 * the squared or absolute error of their targets; both follow scikit-learn's split rule, defaults and
 * node order, grow depth first or (with {@code maxLeafNodes}) best first, prune by minimal
 * cost-complexity ({@link io.github.classicml.algorithms.tree.PruningPath}), fit weighted rows, and give
 * their nodes, leaf ids, decision paths and impurity importances
 * ({@link io.github.classicml.algorithms.tree.DecisionTreeModel}).
 * {@link io.github.classicml.algorithms.tree.SortedColumns} sorts a dataset's columns once for the many
 * trees of a forest, each grown on a weighting of the same rows.
 */
package io.github.classicml.algorithms.tree;
