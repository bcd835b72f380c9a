package io.vivier.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Fits a {@link MatchModel} to the data without labels.
 *
 * <ul>
 *   <li>u, the level frequencies among non-matches, from random pairs: almost all random pairs are
 *       non-matches.
 *   <li>m, the level frequencies among matches, by expectation–maximisation: a two-class mixture
 *       under conditional independence, run on the pairs of each blocking rule separately, with u
 *       fixed. Pairs that a rule brought together agree on the rule's columns whatever they are,
 *       so those columns are left out of that rule's run; on the other columns its non-matches
 *       look like random pairs. Each column's m is the average over the rules that did not use
 *       it, weighted by the matches each run found. m is smoothed towards sensible defaults by a
 *       few pseudo-pairs, so that a file with hardly any duplicate still gets a usable model.
 *   <li>The prior, the chance that two random records match: the share of matches among all
 *       candidate pairs (by the same mixture with m fixed and the non-matches' frequencies free,
 *       since candidates agree more than random pairs), times the number of candidates, over the
 *       number of possible pairs.
 * </ul>
 *
 * Then each level's weight is kept below exact agreement's and above disagreement's, which guards
 * against a level seen in too few pairs to estimate. Labelled pairs, when there are some, refine m
 * ({@link #refine}). Cost: the runs visit distinct level patterns, not pairs, so they take
 * milliseconds; the random pairs cost {@value #RANDOM_PAIRS} comparisons.
 */
public final class ModelEstimator {

  static final int RANDOM_PAIRS = 300_000;
  private static final int ITERATIONS = 200;
  private static final double PSEUDO_PAIRS = 20;
  private static final double FLOOR = 1e-6;

  private ModelEstimator() {}

  /**
   * @param candidates the candidate pairs and the pairs of each rule
   * @param patterns the level pattern of each candidate pair, in the order of {@code candidates.pairs()}
   */
  public static MatchModel estimate(PreparedRecords records, List<Comparison> comparisons, CandidatePairs candidates, long[] patterns,
      long seed) {
    double[][] u = randomPairLevels(records, comparisons, seed);
    double[][] m = mByRule(comparisons, candidates, patterns, u);
    double lambda = lambda(comparisons, patterns, m, u);
    double prior = Math.min(0.5, Math.max(1e-12, lambda * patterns.length / possiblePairs(records)));
    List<FieldParameters> fields = new ArrayList<>();
    for (int c = 0; c < comparisons.size(); c++) {
      Comparison comparison = comparisons.get(c);
      fields.add(ordered(new FieldParameters(comparison.name(), comparison.levels(), pinned(m[c], u[c], comparison), u[c],
          comparison.frequencyColumn() >= 0)));
    }
    return new MatchModel(prior, fields, records.schema(), records.statistics());
  }

  private static double[][] mByRule(List<Comparison> comparisons, CandidatePairs candidates, long[] patterns, double[][] u) {
    double[][] defaults = defaultM(comparisons);
    double[][] sum = zeros(comparisons);
    double[] weight = new double[comparisons.size()];
    for (int r = 0; r < candidates.rules().size(); r++) {
      long[] rulePairs = candidates.byRule()[r];
      if (rulePairs.length == 0) {
        continue;
      }
      boolean[] free = new boolean[comparisons.size()];
      long keep = 0;
      for (int c = 0; c < comparisons.size(); c++) {
        free[c] = !candidates.rules().get(r).columns().contains(comparisons.get(c).column());
        if (!free[c]) {
          keep |= 0xFL << (4 * c);
        }
      }
      long mask = ~keep;
      LongBuffer training = new LongBuffer(rulePairs.length);
      for (int p = 0; p < rulePairs.length; p++) {
        int at = Arrays.binarySearch(candidates.pairs(), rulePairs[p]);
        training.add(patterns[at] & mask);
      }
      long[] sorted = training.toArray();
      Arrays.sort(sorted);
      List<long[]> distinct = countDistinct(sorted);
      double[][] m = copy(defaults);
      Mixture fit = mixture(distinct, comparisons, m, u, 0.1, false, true);
      double matches = fit.lambda * candidates.report().rules().get(r).pairs();
      for (int c = 0; c < comparisons.size(); c++) {
        if (free[c]) {
          for (int l = 0; l < m[c].length; l++) {
            sum[c][l] += matches * fit.m[c][l];
          }
          weight[c] += matches;
        }
      }
    }
    double[][] m = new double[comparisons.size()][];
    for (int c = 0; c < comparisons.size(); c++) {
      m[c] = pinned(weight[c] > 0 ? normalised(sum[c], null, 0) : defaults[c], u[c], comparisons.get(c));
    }
    return m;
  }

  /** The share of matches among the candidates, with m fixed. */
  private static double lambda(List<Comparison> comparisons, long[] patterns, double[][] m, double[][] u) {
    long[] sorted = patterns.clone();
    Arrays.parallelSort(sorted);
    return mixture(countDistinct(sorted), comparisons, m, u, 0.01, true, false).lambda;
  }

  private record Mixture(double lambda, double[][] m) {}

  /**
   * Expectation–maximisation of a two-class mixture over distinct patterns (pattern, count).
   *
   * @param fitU whether the non-match class has its own level frequencies (else fixed to u)
   * @param fitM whether m is re-estimated (else fixed)
   */
  private static Mixture mixture(List<long[]> distinct, List<Comparison> comparisons, double[][] m0, double[][] u0, double lambda0,
      boolean fitU, boolean fitM) {
    double[][] m = copy(m0);
    double[][] u = copy(u0);
    double[][] defaults = defaultM(comparisons);
    double lambda = lambda0;
    for (int iteration = 0; iteration < ITERATIONS && !distinct.isEmpty(); iteration++) {
      double[][] mCounts = zeros(comparisons);
      double[][] uCounts = zeros(comparisons);
      double matches = 0;
      double total = 0;
      for (long[] entry : distinct) {
        long pattern = entry[0];
        double count = entry[1];
        double pm = lambda;
        double pu = 1 - lambda;
        for (int c = 0; c < comparisons.size(); c++) {
          int level = Patterns.level(pattern, c);
          if (level >= 0) {
            pm *= m[c][level];
            pu *= u[c][level];
          }
        }
        double posterior = pm / (pm + pu);
        matches += count * posterior;
        total += count;
        for (int c = 0; c < comparisons.size(); c++) {
          int level = Patterns.level(pattern, c);
          if (level >= 0) {
            mCounts[c][level] += count * posterior;
            uCounts[c][level] += count * (1 - posterior);
          }
        }
      }
      double newLambda = Math.min(0.999, Math.max(1e-9, matches / total));
      for (int c = 0; c < comparisons.size(); c++) {
        if (fitM) {
          m[c] = pinned(normalised(mCounts[c], defaults[c], PSEUDO_PAIRS), u[c], comparisons.get(c));
        }
        if (fitU) {
          u[c] = normalised(uCounts[c], u0[c], PSEUDO_PAIRS);
        }
      }
      boolean converged = Math.abs(newLambda - lambda) < 1e-6 * lambda;
      lambda = newLambda;
      if (converged && iteration > 5) {
        break;
      }
    }
    return new Mixture(lambda, m);
  }

  /**
   * The model with m re-estimated from labelled pairs: each labelled match counts as one pair,
   * added to the estimated m taken as worth {@code weightOfEstimate} pairs. Non-matches do not
   * change u, which random pairs estimate better.
   *
   * @param matchPatterns level patterns of pairs a person confirmed as matches
   */
  public static MatchModel refine(MatchModel model, long[] matchPatterns, double weightOfEstimate) {
    List<FieldParameters> fields = new ArrayList<>();
    for (int c = 0; c < model.fields().size(); c++) {
      FieldParameters f = model.fields().get(c);
      double[] counts = new double[f.levels().size()];
      for (long pattern : matchPatterns) {
        int level = Patterns.level(pattern, c);
        if (level >= 0) {
          counts[level]++;
        }
      }
      fields.add(ordered(new FieldParameters(f.name(), f.levels(), normalised(counts, f.m(), weightOfEstimate), f.u(), f.byFrequency())));
    }
    return new MatchModel(model.prior(), fields, model.schema(), model.statistics());
  }

  static double possiblePairs(PreparedRecords records) {
    double n = records.size();
    if (records.isLinkage()) {
      double left = records.leftSize;
      return Math.max(1, left * (n - left));
    }
    return Math.max(1, n * (n - 1) / 2);
  }

  /**
   * Level frequencies over random pairs of records that are not identical (cross-file pairs for a
   * linkage), smoothed.
   */
  static double[][] randomPairLevels(PreparedRecords records, List<Comparison> comparisons, long seed) {
    int n = records.size();
    double[][] counts = zeros(comparisons);
    if (n >= 2) {
      int samples = (int) Math.min(RANDOM_PAIRS, possiblePairs(records) * 2);
      int threads = 2;
      long[][][] partial = new long[threads][][];
      IntStream.range(0, threads).parallel().forEach(t -> {
        SplittableRandom random = new SplittableRandom(seed + t);
        long[][] local = new long[comparisons.size()][15];
        for (int s = t; s < samples; s += threads) {
          int a;
          int b;
          if (records.isLinkage()) {
            a = random.nextInt(records.leftSize);
            b = records.leftSize + random.nextInt(n - records.leftSize);
          } else {
            a = random.nextInt(n);
            b = random.nextInt(n - 1);
            b = b >= a ? b + 1 : b;
          }
          // Identical rows are one record written twice, not a random pair; a few tries find another.
          for (int retry = 0; retry < 8 && records.signature[a] == records.signature[b]; retry++) {
            b = records.isLinkage() ? records.leftSize + random.nextInt(n - records.leftSize) : random.nextInt(n);
          }
          if (a == b || records.signature[a] == records.signature[b]) {
            continue;
          }
          for (int c = 0; c < comparisons.size(); c++) {
            int level = comparisons.get(c).level(records, a, b);
            if (level >= 0) {
              local[c][level]++;
            }
          }
        }
        partial[t] = local;
      });
      for (long[][] local : partial) {
        for (int c = 0; c < comparisons.size(); c++) {
          for (int l = 0; l < counts[c].length; l++) {
            counts[c][l] += local[c][l];
          }
        }
      }
    }
    double[][] u = new double[comparisons.size()][];
    for (int c = 0; c < comparisons.size(); c++) {
      // Half a pair per level: a level never seen at random is rare, not impossible.
      double[] smoothed = counts[c].clone();
      for (int l = 0; l < smoothed.length; l++) {
        smoothed[l] += 0.5;
      }
      u[c] = normalised(smoothed, null, 0);
    }
    return u;
  }

  /**
   * m with the levels of fixed weight set to u × 2^weight and the other levels scaled to make up
   * the rest, so that the estimation of the others is not pulled by pairs the fixed level explains.
   */
  static double[] pinned(double[] m, double[] u, Comparison comparison) {
    double fixedMass = 0;
    double freeMass = 0;
    double[] p = m.clone();
    boolean any = false;
    for (int l = 0; l < p.length; l++) {
      double weight = comparison.fixedWeight(l);
      if (Double.isNaN(weight)) {
        freeMass += p[l];
      } else {
        p[l] = Math.max(FLOOR * FLOOR, Math.min(0.5, u[l] * Math.pow(2, weight)));
        fixedMass += p[l];
        any = true;
      }
    }
    if (!any || freeMass <= 0) {
      return p;
    }
    for (int l = 0; l < p.length; l++) {
      if (Double.isNaN(comparison.fixedWeight(l))) {
        p[l] = p[l] / freeMass * (1 - fixedMass);
      }
    }
    return p;
  }

  /** Prior guesses of m: most matches agree exactly, fewer at each weaker level. */
  static double[][] defaultM(List<Comparison> comparisons) {
    double[][] m = new double[comparisons.size()][];
    for (int c = 0; c < comparisons.size(); c++) {
      int levels = comparisons.get(c).levels().size();
      double[] guess = new double[levels];
      guess[0] = 0.8;
      double rest = 0.2;
      for (int l = 1; l < levels; l++) {
        guess[l] = rest / 2;
        rest /= 2;
      }
      guess[levels - 1] += rest;
      m[c] = guess;
    }
    return m;
  }

  /** Counts plus {@code pseudo} pairs spread like {@code prior}, as probabilities with a floor. */
  static double[] normalised(double[] counts, double[] prior, double pseudo) {
    double[] p = new double[counts.length];
    double total = 0;
    for (int l = 0; l < counts.length; l++) {
      p[l] = counts[l] + (prior == null ? 0 : pseudo * prior[l]);
      total += p[l];
    }
    for (int l = 0; l < counts.length; l++) {
      p[l] = Math.max(FLOOR, total == 0 ? 1.0 / counts.length : p[l] / total);
    }
    return p;
  }

  /**
   * Keeps exact agreement the strongest level and disagreement the weakest (and at most neutral),
   * moving m of an offending level so that its weight equals the bound it crossed.
   */
  static FieldParameters ordered(FieldParameters f) {
    double[] m = f.m().clone();
    double[] u = f.u();
    int last = m.length - 1;
    double top = m[0] / u[0];
    // disagreement is never evidence for a match, however rare it is among random pairs (all the
    // records in one area make "different postcode" rarer than matches that moved)
    if (m[last] > u[last]) {
      m[last] = u[last];
    }
    double bottom = m[last] / u[last];
    for (int l = 1; l < last; l++) {
      double ratio = m[l] / u[l];
      if (ratio > top) {
        m[l] = top * u[l];
      } else if (ratio < bottom) {
        m[l] = bottom * u[l];
      }
    }
    return new FieldParameters(f.name(), f.levels(), m, u, f.byFrequency());
  }

  private static List<long[]> countDistinct(long[] sorted) {
    List<long[]> distinct = new ArrayList<>();
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      distinct.add(new long[] {sorted[i], j - i});
      i = j;
    }
    return distinct;
  }

  private static double[][] zeros(List<Comparison> comparisons) {
    double[][] z = new double[comparisons.size()][];
    for (int c = 0; c < comparisons.size(); c++) {
      z[c] = new double[comparisons.get(c).levels().size()];
    }
    return z;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
