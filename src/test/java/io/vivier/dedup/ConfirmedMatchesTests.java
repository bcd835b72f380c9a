package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vivier.bench.FrenchProspects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairs a person confirmed refine what the estimation without labels cannot learn. */
class ConfirmedMatchesTests {

  private static final Dataset DATA = new FrenchProspects(31).generate(3_000, 0.15, new int[3_000]);

  private static int emailColumn() {
    for (int c = 0; c < DATA.schema().size(); c++) {
      if (DATA.schema().type(c) == FieldType.EMAIL) {
        return c;
      }
    }
    throw new AssertionError("no e-mail column");
  }

  private static FieldParameters email(MatchModel model) {
    return model.fields().stream().filter(f -> f.levels().contains("colleague")).findFirst().orElseThrow();
  }

  @Test
  void confirmedAliasesAtOneCompanyDomainLiftTheColleagueLevel() {
    int column = emailColumn();
    List<Record[]> confirmed = new ArrayList<>();
    for (int i = 0; confirmed.size() < 60 && i < DATA.size(); i++) {
      Record r = DATA.records().get(i);
      String address = r.value(column);
      if (address == null || address.contains("gmail") || address.contains("orange") || address.contains("free.fr")
          || address.contains("yahoo") || address.contains("hotmail") || address.contains("laposte")) {
        continue;
      }
      // the same person with a service mailbox at the company, as a reviewer confirmed
      List<String> alias = new ArrayList<>(r.values());
      alias.set(column, "commercial" + confirmed.size() + address.substring(address.indexOf('@')));
      confirmed.add(new Record[] {r, new Record("alias" + i, alias)});
    }
    MatchEngine engine = new MatchEngine(MatchSettings.DEFAULTS, stage -> { });

    MatchModel unlabelled = engine.dedupe(DATA).model();
    MatchModel labelled = engine.dedupe(DATA, confirmed).model();

    int colleague = email(unlabelled).levels().indexOf("colleague");
    assertThat(email(unlabelled).weight(colleague)).isCloseTo(EmailComparison.COLLEAGUE_WEIGHT, within(0.01));
    // 60 confirmed pairs at that level lift its penalty (a disagreement level never weighs for a match)
    assertThat(email(labelled).weight(colleague)).isCloseTo(0, within(0.01));
    assertThat(email(labelled).u()).containsExactly(email(unlabelled).u());
  }
}
