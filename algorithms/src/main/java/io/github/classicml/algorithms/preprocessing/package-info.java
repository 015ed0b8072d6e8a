/**
 * Preparing features for learners. Every transformer is a learner record whose {@code fit} returns an
 * immutable {@link io.github.classicml.core.Transformer}; each refuses non-finite values at transform
 * time as at fit, naming the row and column (the imputers take NaN as "missing" but refuse infinities).
 * <ul>
 *   <li>Scaling: {@link io.github.classicml.algorithms.preprocessing.StandardScaler},
 *       {@link io.github.classicml.algorithms.preprocessing.MinMaxScaler},
 *       {@link io.github.classicml.algorithms.preprocessing.RobustScaler},
 *       {@link io.github.classicml.algorithms.preprocessing.MaxAbsScaler}, each with an inverse.</li>
 *   <li>Missing values: {@link io.github.classicml.algorithms.preprocessing.SimpleImputer},
 *       {@link io.github.classicml.algorithms.preprocessing.KnnImputer},
 *       {@link io.github.classicml.algorithms.preprocessing.MissingValues} (drop rows or columns,
 *       interpolate a series).</li>
 *   <li>Categories held as text in a {@link io.github.classicml.core.io.Table}:
 *       {@link io.github.classicml.algorithms.preprocessing.OneHotEncoder},
 *       {@link io.github.classicml.algorithms.preprocessing.OrdinalEncoder}, and
 *       {@link io.github.classicml.algorithms.preprocessing.ColumnTransformer}, which applies different
 *       transformers to different columns and returns one numeric dataset.</li>
 *   <li>Shape: {@link io.github.classicml.algorithms.preprocessing.BoxCox} and
 *       {@link io.github.classicml.algorithms.preprocessing.YeoJohnson} (λ by maximum likelihood).</li>
 *   <li>New or fewer columns: {@link io.github.classicml.algorithms.preprocessing.Pca},
 *       {@link io.github.classicml.algorithms.preprocessing.PolynomialFeatures},
 *       {@link io.github.classicml.algorithms.preprocessing.CorrelationFilter}.</li>
 * </ul>
 */
package io.github.classicml.algorithms.preprocessing;
