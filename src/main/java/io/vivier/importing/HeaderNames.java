package io.vivier.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Header cells as the readers give them: trimmed, never empty, never twice the same. */
final class HeaderNames {

  private HeaderNames() {}

  /**
   * Trims each name and removes a stray byte-order mark; an empty name becomes "column N" (1-based);
   * a name already seen, ignoring case, gets a suffix: "Email", "Email (2)", "Email (3)".
   */
  static List<String> normalise(List<String> cells) {
    List<String> names = new ArrayList<>(cells.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i) == null ? "" : cells.get(i).replace("\uFEFF", "").strip();
      String base = cell.isEmpty() ? "column " + (i + 1) : cell;
      String name = base;
      for (int n = 2; !seen.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + " (" + n + ")";
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** True when every cell is empty or only white space: such rows are skipped. */
  static boolean isBlank(List<String> cells) {
    for (String cell : cells) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
