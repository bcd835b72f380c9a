package io.vivier.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a {@link ScorePart}: items are added with their exact points, and {@link #finish} adds
 * the clamping or the rounding as items of their own, so that the explanation always totals the
 * score shown.
 */
final class Tally {

  /** Beyond this many items the smallest ones are summed into one "others" line. */
  static final int MAX_ITEMS = 8;

  private final List<ScoreItem> items = new ArrayList<>();
  private long centis;
  private double exact;

  void add(String kind, String label, double points) {
    long c = Math.round(points * 100);
    items.add(new ScoreItem(kind, label, c));
    centis += c;
    exact += points;
  }

  double exact() {
    return exact;
  }

  /** Adds an item that brings the exact total to {@code target} (a saturation). */
  void bringTo(String kind, String label, double target) {
    double delta = target - exact;
    long c = Math.round(delta * 100);
    items.add(new ScoreItem(kind, label, c));
    centis += c;
    exact = target;
  }

  ScorePart finish() {
    List<ScoreItem> lines = summarised();
    int value;
    if (exact < 0) {
      value = 0;
    } else if (exact > 100) {
      value = 100;
    } else {
      value = (int) Math.round(exact);
    }
    long rest = value * 100L - centis;
    if (exact < 0 || exact > 100) {
      lines.add(new ScoreItem("clamp", exact < 0 ? "clamped to 0" : "clamped to 100", rest));
    } else if (rest != 0) {
      lines.add(new ScoreItem("rounding", "rounding", rest));
    }
    return new ScorePart(value, lines);
  }

  /**
   * The items in order, with the events beyond the {@link #MAX_ITEMS} largest summed into one
   * "others" line in place of the first of them; other kinds of items are always kept.
   */
  private List<ScoreItem> summarised() {
    List<Integer> events = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).kind().equals("event")) {
        events.add(i);
      }
    }
    if (events.size() <= MAX_ITEMS) {
      return new ArrayList<>(items);
    }
    events.sort(Comparator.comparingLong((Integer i) -> Math.abs(items.get(i).centiPoints())).reversed());
    java.util.Set<Integer> summed = new java.util.HashSet<>(events.subList(MAX_ITEMS - 1, events.size()));
    List<ScoreItem> lines = new ArrayList<>();
    long others = 0;
    int first = -1;
    for (int i = 0; i < items.size(); i++) {
      if (summed.contains(i)) {
        others += items.get(i).centiPoints();
        if (first < 0) {
          first = lines.size();
          lines.add(null);
        }
      } else {
        lines.add(items.get(i));
      }
    }
    lines.set(first, new ScoreItem("others", summed.size() + " other events", others));
    return lines;
  }
}
