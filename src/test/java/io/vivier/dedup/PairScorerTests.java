package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vivier.bench.FrenchProspects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairScorerTests {

  private static final MatchResult RESULT;
  private static final Dataset DATA;

  static {
    DATA = new FrenchProspects(11).generate(4_000, 0.15, new int[4_000]);
    RESULT = new MatchEngine(MatchSettings.DEFAULTS, stage -> { }).dedupe(DATA);
  }

  @Test
  void explanationsAddUpToTheWeightAndTheWeightGivesTheProbability() {
    for (int p = 0; p < Math.min(200, RESULT.pairs().length); p++) {
      Explanation e = RESULT.explain(RESULT.pairs()[p]);
      double sum = e.priorWeight() + e.contributions().stream().mapToDouble(Contribution::weight).sum();
      assertThat(e.weight()).isCloseTo(sum, within(1e-9));
      assertThat(e.probability()).isCloseTo(MatchModel.probability(e.weight()), within(1e-12));
      assertThat((double) RESULT.probability()[p]).isCloseTo(e.probability(), within(1e-5));
      assertThat(e.contributions()).hasSize(RESULT.model().fields().size());
    }
  }

  @Test
  void anExplanationReadsFieldByField() {
    Explanation e = RESULT.explain(RESULT.pairs()[0]);
    assertThat(e.describe()).contains("Prénom").contains("Nom").contains("Email").containsPattern("[+-]\\d+\\.\\d");
  }

  @Test
  void aRareSurnameProvesMoreThanACommonOne() {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(new String[] {"Martin", "Person" + i + "x"});
    }
    rows.add(new String[] {"Szczepanski", "Anne"});
    rows.add(new String[] {"Szczepanski", "Paul"});
    for (int i = 0; i < 300; i++) {
      rows.add(new String[] {"Name" + (char) ('a' + i % 26) + (char) ('a' + i / 26), "Other" + i});
    }
    PreparedRecords records = TestRecords.prepared("last:surname,first:given_name", rows.toArray(new String[0][]));
    List<Comparison> comparisons = Comparisons.forSchema(records.schema());
    FieldParameters surname = new FieldParameters("last", comparisons.get(0).levels(), new double[] {0.9, 0.04, 0.02, 0.01, 0.01, 0.02},
        new double[] {0.01, 0.01, 0.01, 0.01, 0.01, 0.95}, true);
    FieldParameters given = new FieldParameters("first", comparisons.get(1).levels(), new double[] {0.9, 0.04, 0.02, 0.01, 0.01, 0.02},
        new double[] {0.01, 0.01, 0.01, 0.01, 0.01, 0.95}, true);
    MatchModel model = new MatchModel(0.001, List.of(surname, given), records.schema(), records.statistics());
    PairScorer scorer = new PairScorer(records, comparisons, model);

    Contribution martins = scorer.explain(0, 1).contributions().get(0);
    Contribution rare = scorer.explain(300, 301).contributions().get(0);

    assertThat(martins.level()).isEqualTo("exact");
    assertThat(rare.level()).isEqualTo("exact");
    assertThat(rare.weight()).isGreaterThan(surname.weight(0)).isGreaterThan(martins.weight() + 4);
    assertThat(martins.weight()).isLessThan(surname.weight(0));
    assertThat(martins.note()).isEqualTo("common value");
    assertThat(rare.note()).isEqualTo("rare value");
  }

  @Test
  void aSavedModelScoresNewRecordsOneAtATime(@TempDir Path dir) {
    Path file = dir.resolve("model.json");
    RESULT.model().save(file);
    Matcher matcher = new Matcher(MatchModel.load(file));

    Record a = new Record("a", List.of("Jean", "Dupont", "jean.dupont@acme.fr", "06 12 34 56 78", "Acme SAS", "75011", "Paris"));
    Record typo = new Record("b", java.util.Arrays.asList("Jean", "Dupond", "jean.dupont@acme.fr", "+33 6 12 34 56 78", "ACME", "75011", null));
    Record other = new Record("c", List.of("Marie", "Curie", "marie.curie@radium.fr", "01 40 00 00 00", "Radium", "69003", "Lyon"));

    assertThat(matcher.score(a, typo).probability()).isGreaterThan(0.99);
    assertThat(matcher.score(a, other).probability()).isLessThan(0.01);
    assertThat(matcher.model().fields()).hasSize(RESULT.model().fields().size());
    assertThat(matcher.model().prior()).isEqualTo(RESULT.model().prior());
    List<Explanation> both = matcher.scoreAll(a, List.of(typo, other));
    assertThat(both).extracting(Explanation::probability)
        .containsExactly(matcher.score(a, typo).probability(), matcher.score(a, other).probability());
  }
}
