package io.vivier.importing;

import io.vivier.lifecycle.Stage;
import java.util.Arrays;
import java.util.Map;

/** A record's lifecycle stage in another tool's words. */
final class ExportStages {

  private ExportStages() {}

  /** The translation of the record's stage; null when it has none or the tool has no word for it. */
  static Object translate(ExportRecord record, Map<Stage, String> words) {
    Object stage = record.get("stage");
    if (stage == null) {
      return null;
    }
    return Arrays.stream(Stage.values())
        .filter(s -> s.name().equalsIgnoreCase(stage.toString()))
        .findFirst()
        .map(words::get)
        .orElse(null);
  }
}
