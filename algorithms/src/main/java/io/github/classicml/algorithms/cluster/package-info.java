/**
 * Clustering: {@link io.github.classicml.algorithms.cluster.KMeans} (k-means++ or random starts, Lloyd's
 * or Hamerly's iterations) and {@link io.github.classicml.algorithms.cluster.ClusterCount}, the elbow
 * and silhouette aids for choosing the number of clusters.
 */
package io.github.classicml.algorithms.cluster;
