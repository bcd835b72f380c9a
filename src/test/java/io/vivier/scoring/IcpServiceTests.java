package io.vivier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vivier.audit.AuditEntry;
import io.vivier.audit.AuditLog;
import io.vivier.web.FieldError;
import io.vivier.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IcpServiceTests {

  /** Icps in memory. */
  static final class MemoryIcps implements Icps {
    final Map<String, Icp> byName = new TreeMap<>();

    @Override
    public List<Icp> list() {
      return new ArrayList<>(byName.values());
    }

    @Override
    public Optional<Icp> find(String name) {
      return Optional.ofNullable(byName.get(name));
    }

    @Override
    public Optional<Icp> findDefault() {
      return byName.values().stream().filter(Icp::isDefault).findFirst();
    }

    @Override
    public Icp save(Icp icp) {
      if (icp.isDefault()) {
        byName.replaceAll((name, other) -> new Icp(other.id(), name, other.description(), false, other.rules(), other.updatedBy(),
            other.updatedAt()));
      }
      byName.put(icp.name(), icp);
      return icp;
    }

    @Override
    public boolean delete(String name) {
      return byName.remove(name) != null;
    }
  }

  static final AuditLog NO_AUDIT = new AuditLog() {
    @Override
    public void record(String actor, String action, String entityType, Long entityId, Map<String, ?> changes) {}

    @Override
    public List<AuditEntry> of(String entityType, Long entityId, Long beforeId, int limit) {
      return List.of();
    }
  };

  /** Accepts any filter but those containing "typo", which it reports at a position. */
  static final RuleMatcher LENIENT = new RuleMatcher() {
    @Override
    public void validate(String filter) {
      int at = filter.indexOf("typo");
      if (at >= 0) {
        throw new IllegalArgumentException("unknown field 'typo' at 1:" + (at + 1));
      }
    }

    @Override
    public long[] matchingPeople(String filter) {
      return new long[0];
    }

    @Override
    public long[] matchingPeople(String filter, long[] among) {
      return new long[0];
    }

    @Override
    public boolean matches(String filter, long personId) {
      return false;
    }
  };

  final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  final MemoryIcps icps = new MemoryIcps();

  static Map<String, Object> rule(String filter, int points) {
    return Map.of("filter", filter, "points", points);
  }

  static List<String> fields(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("no error");
  }

  @Test
  void theFirstIcpBecomesTheDefaultAndALaterOneOnlyWhenAsked() {
    IcpService service = new IcpService(icps, LENIENT, NO_AUDIT, clock);

    service.save("Logiciel", Map.of("rules", List.of(rule("country = FR", 10))), "test");
    service.save("Conseil", Map.of("rules", List.of(rule("country = BE", 10))), "test");
    assertThat(icps.findDefault()).map(Icp::name).contains("Logiciel");

    service.save("Conseil", Map.of("default", true, "rules", List.of(rule("country = BE", 10))), "test");
    assertThat(icps.findDefault()).map(Icp::name).contains("Conseil");
    assertThat(icps.find("Logiciel").orElseThrow().isDefault()).isFalse();
  }

  @Test
  void aRuleWithoutNameIsNamedByItsFilter() {
    Icp icp = new IcpService(icps, LENIENT, NO_AUDIT, clock).save("x", Map.of("rules", List.of(rule(" country = FR ", 10))), "test");

    assertThat(icp.rules()).containsExactly(new IcpRule("country = FR", "country = FR", 10));
  }

  @Test
  void everyBadRuleIsNamedWithItsPlace() {
    IcpService service = new IcpService(icps, LENIENT, NO_AUDIT, clock);

    assertThat(fields(() -> service.save("x", Map.of("rules", List.of(
        rule("typo = 1", 10), rule("country = FR", 0), rule("", 5), Map.of("filter", "a", "points", 5, "weight", 1))), "test")))
        .containsExactly("rules[0].filter", "rules[1].points", "rules[2].filter", "rules[3].weight");
    assertThat(fields(() -> service.save("x", Map.of("rules", List.of(rule("free_mail", -20))), "test"))).containsExactly("rules");
    assertThat(fields(() -> service.save("x", Map.of("rules", List.of(
        Map.of("name", "a", "filter", "b", "points", 1), Map.of("name", "a", "filter", "c", "points", 1))), "test")))
        .containsExactly("rules[1].name");
    assertThat(fields(() -> service.save(" ", Map.of("rules", List.of()), "test"))).containsExactly("name", "rules");
    assertThat(icps.list()).isEmpty();
  }

  @Test
  void withoutTheFilterLanguageRulesCannotBeCheckedSoNothingIsStored() {
    IcpService service = new IcpService(icps, (RuleMatcher) null, NO_AUDIT, clock);

    assertThatThrownBy(() -> service.save("x", Map.of("rules", List.of(rule("country = FR", 10))), "test"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the filter language is not available in this build");
    assertThat(icps.list()).isEmpty();
  }
}
