package io.vivier.scoring;

import java.util.List;

/** A score from 0 to 100 and its explanation, whose points add up to it exactly. */
public record ScorePart(int value, List<ScoreItem> items) {

  public ScorePart {
    items = List.copyOf(items);
  }

  /** The sum of the explanation's points, in hundredths. */
  public long totalCentiPoints() {
    return items.stream().mapToLong(ScoreItem::centiPoints).sum();
  }
}
