package io.vivier.prospect;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Standard head-count ranges, aligned on INSEE's "tranches d'effectifs salariés". */
public enum EmployeeRange {
  R0("0", 0, 0),
  R1_2("1-2", 1, 2),
  R3_5("3-5", 3, 5),
  R6_9("6-9", 6, 9),
  R10_19("10-19", 10, 19),
  R20_49("20-49", 20, 49),
  R50_99("50-99", 50, 99),
  R100_199("100-199", 100, 199),
  R200_249("200-249", 200, 249),
  R250_499("250-499", 250, 499),
  R500_999("500-999", 500, 999),
  R1000_1999("1000-1999", 1000, 1999),
  R2000_4999("2000-4999", 2000, 4999),
  R5000_9999("5000-9999", 5000, 9999),
  R10000("10000+", 10_000, Long.MAX_VALUE);

  private final String label;
  private final long min;
  private final long max;

  EmployeeRange(String label, long min, long max) {
    this.label = label;
    this.min = min;
    this.max = max;
  }

  public String label() {
    return label;
  }

  public static Optional<EmployeeRange> ofLabel(String label) {
    return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
  }

  public static EmployeeRange of(long employees) {
    return Arrays.stream(values())
        .filter(r -> employees >= r.min && employees <= r.max)
        .findFirst()
        .orElseThrow();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(EmployeeRange::label).toList();
  }
}
