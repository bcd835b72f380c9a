package io.vivier.dedup;

import static io.vivier.dedup.TestRecords.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTests {

  private static final String HEADER = "first:given_name,last:surname,email:email,phone:phone,city:city";

  /** A model in which agreeing on everything is certain and disagreeing on everything impossible. */
  private static PairScorer scorer(PreparedRecords records) {
    List<Comparison> comparisons = Comparisons.forSchema(records.schema());
    List<FieldParameters> fields = comparisons.stream().map(c -> {
      int n = c.levels().size();
      double[] m = new double[n];
      double[] u = new double[n];
      for (int l = 0; l < n; l++) {
        m[l] = l == 0 ? 0.9 : 0.1 / (n - 1);
        u[l] = l == n - 1 ? 0.9 : 0.1 / (n - 1);
      }
      return new FieldParameters(c.name(), c.levels(), m, u, false);
    }).toList();
    return new PairScorer(records, comparisons, new MatchModel(0.01, fields, records.schema(), records.statistics()));
  }

  @Test
  void oneBadLinkDoesNotChainTwoGroups() {
    PreparedRecords records = TestRecords.prepared(HEADER,
        row("Jean", "Dupont", "jd@acme.fr", "0612345678", "Paris"),
        row("Jean", "Dupont", "jd@acme.fr", "0612345678", "Paris"),
        row("Jean", "Dupond", "jd@acme.fr", "0612345678", "Paris"),
        row("Marie", "Curie", "mc@radium.fr", "0140000000", "Lyon"),
        row("Marie", "Curie", "mc@radium.fr", "0140000000", "Lyon"),
        row("Marie", "Curie", "mc@radium.fr", "0140000000", "Lyon"));
    long[] pairs = {CandidatePairs.pack(0, 1), CandidatePairs.pack(1, 2), CandidatePairs.pack(3, 4), CandidatePairs.pack(4, 5),
        CandidatePairs.pack(2, 3)};
    float[] probability = {0.99f, 0.98f, 0.99f, 0.99f, 0.97f};

    Clusters clusters = new Clusterer(scorer(records), 0.5).cluster(records.size(), pairs, probability);

    int[] c = clusters.clusterOf();
    assertThat(c[0]).isEqualTo(c[1]).isEqualTo(c[2]);
    assertThat(c[3]).isEqualTo(c[4]).isEqualTo(c[5]);
    assertThat(c[0]).isNotEqualTo(c[3]);
    assertThat(clusters.count()).isEqualTo(2);
    assertThat(clusters.heldBack()).containsExactly(CandidatePairs.pack(2, 3));
  }

  @Test
  void connectedRecordsThatMatchAsWholesFormOneCluster() {
    PreparedRecords records = TestRecords.prepared(HEADER,
        row("Jean", "Dupont", "jd@acme.fr", "0612345678", "Paris"),
        row("Jean", "Dupont", null, "0612345678", "Paris"),
        row("Jean", "Dupont", "jd@acme.fr", null, "Paris"),
        row("Paul", "Durand", "pd@x.fr", "0700000000", "Nice"));
    long[] pairs = {CandidatePairs.pack(0, 1), CandidatePairs.pack(0, 2)};
    float[] probability = {0.99f, 0.99f};

    Clusters clusters = new Clusterer(scorer(records), 0.5).cluster(records.size(), pairs, probability);

    assertThat(clusters.clusterOf()).containsExactly(0, 0, 0, 1);
    assertThat(clusters.multiRecordClusters()).isEqualTo(1);
    assertThat(clusters.heldBack()).isEmpty();
  }
}
