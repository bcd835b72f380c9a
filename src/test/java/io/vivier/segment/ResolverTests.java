package io.vivier.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Segments expand into the filters naming them; cycles and blow-ups are refused with a clear message. */
class ResolverTests {

  private final Map<String, String> saved = new HashMap<>();
  private final Resolver.Names names =
      new Resolver.Names() {
        @Override
        public Optional<String> segmentFilter(String name) {
          return Optional.ofNullable(saved.get(name));
        }

        @Override
        public Collection<String> segmentNames() {
          return saved.keySet();
        }

        @Override
        public Optional<Long> listId(String name) {
          return name.equals("Salon") ? Optional.of(7L) : Optional.empty();
        }

        @Override
        public Collection<String> listNames() {
          return List.of("Salon");
        }
      };

  @Test
  void aSegmentBecomesItsFilterAndAListItsId() {
    saved.put("ICP France", "country = FR and employees >= 50");
    Filter filter = Resolver.resolve("segment = \"ICP France\" and not list = Salon", names, null);
    Filter.And and = (Filter.And) filter;
    assertThat(and.parts().get(0)).isEqualTo(Parser.parse("country = FR and employees >= 50"));
    Filter.Condition list = (Filter.Condition) ((Filter.Not) and.parts().get(1)).filter();
    assertThat(list.field()).isEqualTo(FilterFields.LIST);
    assertThat(list.values()).containsExactly(7L);
    assertThat(Resolver.resolve("segment != \"ICP France\"", names, null)).isInstanceOf(Filter.Not.class);
    assertThat(Resolver.resolve("segment in (\"ICP France\", \"ICP France\")", names, null)).isInstanceOf(Filter.Or.class);
  }

  @Test
  void aCycleIsRefusedWithItsPath() {
    saved.put("A", "segment = B");
    saved.put("B", "has_email and segment = C");
    saved.put("C", "segment = A");
    assertThatThrownBy(() -> Resolver.resolve("score > 3 or segment = A", names, null))
        .isInstanceOf(FilterException.class)
        .hasMessage("segment 'A' refers to itself: 'A' → 'B' → 'C' → 'A' at 1:14");
    assertThatThrownBy(() -> Resolver.resolve("segment = \"D\"", names, "D"))
        .as("a segment being saved cannot name itself")
        .hasMessage("segment 'D' refers to itself: 'D' → 'D' at 1:1");
  }

  @Test
  void anErrorInsideASegmentNamesTheSegment() {
    saved.put("Old", "contry = FR");
    assertThatThrownBy(() -> Resolver.resolve("has_email and segment = Old", names, null))
        .hasMessage("in segment 'Old' (named at 1:15): unknown field 'contry' at 1:1 — did you mean 'country'?");
    saved.put("Outer", "segment = Old");
    assertThatThrownBy(() -> Resolver.resolve("segment = Outer", names, null))
        .hasMessage("in segment 'Outer' (named at 1:1): in segment 'Old' (named at 1:1): unknown field 'contry' at 1:1"
            + " — did you mean 'country'?");
    assertThatThrownBy(() -> Resolver.resolve("segment = olD", names, null)).hasMessage("unknown segment 'olD' at 1:1 — did you mean 'Old'?");
    assertThatThrownBy(() -> Resolver.resolve("list = Salons", names, null)).hasMessage("unknown list 'Salons' at 1:1 — did you mean 'Salon'?");
  }

  @Test
  void segmentsThatDoubleAtEachLevelStopAtTheLimit() {
    saved.put("S0", "has_email");
    for (int i = 1; i <= 20; i++) {
      saved.put("S" + i, "segment = S" + (i - 1) + " or segment = S" + (i - 1));
    }
    long start = System.nanoTime();
    assertThatThrownBy(() -> Resolver.resolve("segment = S20", names, null))
        .hasMessageStartingWith("the filter holds more than 2000 conditions once its segments are expanded");
    assertThat((System.nanoTime() - start) / 1_000_000).as("stops early").isLessThan(2_000);
    assertThat(Resolver.resolve("segment = S9", names, null)).isInstanceOf(Filter.Or.class);
  }
}
