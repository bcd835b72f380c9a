package io.vivier.support;

import io.vivier.storage.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * TEST FIXTURE: stores chosen scores the way scoring stores computed ones (a person_scores row
 * whose explanation adds up to the score), for tests of filters, lists and pages by score.
 */
public final class TestScores {

  private static final List<String> COLUMNS =
      List.of("person_id", "score", "engagement", "timing", "explanation", "computed_at", "explanation_hash");

  private TestScores() {}

  public static void set(Database db, long[] ids, int[] scores) {
    List<Object[]> rows = new ArrayList<>(ids.length);
    Object now = db.ts(Instant.now());
    for (int i = 0; i < ids.length; i++) {
      db.sql().sql("DELETE FROM person_scores WHERE person_id = ?").param(ids[i]).update();
      String explanation = "{\"score\": [[\"component\", \"set by a test\", " + scores[i] * 100L + "]], \"fit\": null,"
          + " \"engagement\": [], \"timing\": [], \"icp\": null, \"fit_note\": \"set by a test\"}";
      rows.add(new Object[] {ids[i], scores[i], 0, 0, db.json(explanation), now, 0L});
    }
    db.insert("person_scores", COLUMNS, rows);
  }
}
