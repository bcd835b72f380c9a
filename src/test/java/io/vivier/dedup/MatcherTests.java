package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vivier.bench.FrenchProspects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTests {

  private static final MatchModel MODEL =
      new MatchEngine(MatchSettings.DEFAULTS, stage -> { }).dedupe(new FrenchProspects(5).generate(2_000, 0.15, new int[2_000])).model();

  @Test
  void aSavedModelScoresRecordsAfterAReload() {
    Matcher matcher = new Matcher(MatchModel.fromJson(MODEL.toJson()));
    assertThat(matcher.model().fields()).hasSameSizeAs(MODEL.fields());
  }

  @Test
  void aModelWhoseLevelsAreNotTheEnginesIsRefusedWithTheReason() {
    List<FieldParameters> fields = new ArrayList<>();
    for (FieldParameters f : MODEL.fields()) {
      if (f.levels().contains("colleague")) {
        int n = f.levels().size() - 1;
        f = new FieldParameters(f.name(), f.levels().subList(0, n), java.util.Arrays.copyOf(f.m(), n), java.util.Arrays.copyOf(f.u(), n),
            f.byFrequency());
      }
      fields.add(f);
    }
    MatchModel older = new MatchModel(MODEL.prior(), fields, MODEL.schema(), MODEL.statistics());
    assertThat(fields).isNotEqualTo(MODEL.fields());

    assertThatThrownBy(() -> new Matcher(MatchModel.fromJson(older.toJson())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another version of the matching engine")
        .hasMessageContaining("colleague");
  }
}
