package io.vivier.scoring;

/**
 * Binary logistic regression with an L2 penalty (not on the intercept), fitted by Newton's method
 * (iteratively reweighted least squares). Each iteration costs O(n·d²) for n examples of d
 * features, and a d×d Cholesky solve; a few iterations reach the optimum of this convex problem.
 */
final class LogisticRegression {

  static final int MAX_ITERATIONS = 30;

  private LogisticRegression() {}

  /**
   * @param x rows of features, all of the same length, without the intercept column
   * @param y 1 for a positive example, 0 for a negative one
   * @param lambda strength of the L2 penalty
   * @return the weights, the intercept first
   */
  static double[] fit(double[][] x, int[] y, double lambda) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException("need as many labels as examples, and at least one");
    }
    int d = x[0].length + 1;
    double[] w = new double[d];
    double[] row = new double[d];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < x.length; i++) {
        withIntercept(x[i], row);
        double p = sigmoid(dot(w, row));
        double error = y[i] - p;
        double weight = Math.max(p * (1 - p), 1e-10);
        for (int a = 0; a < d; a++) {
          gradient[a] += error * row[a];
          double ra = weight * row[a];
          if (ra != 0) {
            for (int b = 0; b <= a; b++) {
              hessian[a][b] += ra * row[b];
            }
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          hessian[b][a] = hessian[a][b];
        }
        if (a > 0) {
          gradient[a] -= lambda * w[a];
          hessian[a][a] += lambda;
        }
      }
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int a = 0; a < d; a++) {
        w[a] += step[a];
        largest = Math.max(largest, Math.abs(step[a]));
      }
      if (largest < 1e-7) {
        break;
      }
    }
    return w;
  }

  /** The probability of the positive class for one example, from weights that {@link #fit} returned. */
  static double probability(double[] weights, double[] features) {
    double z = weights[0];
    for (int i = 0; i < features.length; i++) {
      z += weights[i + 1] * features[i];
    }
    return sigmoid(z);
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  private static void withIntercept(double[] features, double[] row) {
    row[0] = 1;
    System.arraycopy(features, 0, row, 1, features.length);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Solves A·x = b for a symmetric positive definite A, by Cholesky decomposition. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (sum <= 0) {
            throw new IllegalStateException("the system is not positive definite");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * z[k];
      }
      z[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = z[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }

  /**
   * The area under the ROC curve: the probability that a random positive example scores above a
   * random negative one, ties counting half (the Mann–Whitney statistic). O(n log n).
   */
  static double auc(double[] scores, int[] labels) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    double rankSumPositives = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (labels[order[k]] == 1) {
          rankSumPositives += rank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("AUC needs positive and negative examples");
    }
    return (rankSumPositives - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
  }
}
