package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.bench.FrenchProspects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated prospects with 15 % written twice, plus, for people with a common surname and an address
 * at their company's domain, a namesake colleague: same name, company, postcode and town, another mailbox at the same
 * domain ("jean.martin2@…") and another phone. A namesake and the colleague it was made from are two
 * people: no such pair may reach the review queue, while the people written twice are still found.
 * (A namesake and a second record of its colleague with a personal address, or with the names
 * swapped, may go to review: either Jean Martin could have written it.)
 */
class ColleagueNamesakesTests {

  @Test
  void namesakesWithMailboxesAtOneCompanyAreNotProposedAndPeopleWrittenTwiceAre() {
    int rows = 4_000;
    int[] entity = new int[rows];
    Dataset generated = new FrenchProspects(23).generate(rows, 0.15, entity);
    List<Record> records = new ArrayList<>(generated.records());
    List<Integer> entities = new ArrayList<>(Arrays.stream(entity).boxed().toList());
    java.util.Map<String, Integer> surnames = new java.util.HashMap<>();
    java.util.Map<String, Integer> givenNames = new java.util.HashMap<>();
    records.forEach(r -> surnames.merge(String.valueOf(r.value(1)), 1, Integer::sum));
    records.forEach(r -> givenNames.merge(String.valueOf(r.value(0)), 1, Integer::sum));
    int namesakes = 0;
    List<Integer> sourceOf = new ArrayList<>();
    for (int i = 0; i < rows && namesakes < 200; i++) {
      Record r = records.get(i);
      String email = r.value(2);
      // namesakes have common names: a rare name twice at one company is one person more often than two
      if (surnames.get(String.valueOf(r.value(1))) < 20 || givenNames.get(String.valueOf(r.value(0))) < 20 || email == null || email.contains("@gmail") || email.matches(".*\\d@.*") || !email.endsWith(".fr")
          || Arrays.asList("orange.fr", "free.fr", "yahoo.fr", "hotmail.fr").contains(email.substring(email.indexOf('@') + 1))) {
        continue;
      }
      List<String> v = new ArrayList<>();
      for (int c = 0; c < generated.schema().size(); c++) {
        v.add(r.value(c));
      }
      v.set(2, email.replace("@", "2@"));
      v.set(3, String.format("01 %02d %02d %02d %02d", namesakes % 100, (namesakes * 7) % 100, 11, 42));
      records.add(new Record("n" + namesakes, v));
      entities.add(rows + namesakes);
      sourceOf.add(i);
      namesakes++;
    }
    assertThat(namesakes).isEqualTo(200);

    MatchResult result = new MatchEngine(MatchSettings.DEFAULTS, stage -> { }).dedupe(new Dataset(generated.schema(), records));

    int namesakesProposed = 0;
    long truePairsFound = 0;
    for (int p = 0; p < result.pairs().length; p++) {
      if (result.probability()[p] < MatchSettings.DEFAULTS.review()) {
        continue;
      }
      int a = CandidatePairs.first(result.pairs()[p]);
      int b = CandidatePairs.second(result.pairs()[p]);
      if (entities.get(a).equals(entities.get(b))) {
        truePairsFound++;
      } else if (b >= rows && sourceOf.get(b - rows) == a) {
        namesakesProposed++;
      }
    }
    long truePairs = 0;
    int[] members = new int[rows + 1];
    for (int e : entity) {
      truePairs += members[e]++;
    }
    assertThat(namesakesProposed).as("namesake colleagues proposed as duplicates").isZero();
    assertThat((double) truePairsFound / truePairs).as("share of the people written twice found").isGreaterThan(0.97);
  }
}
