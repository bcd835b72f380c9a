package io.vivier.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word and domain lists bundled under {@code src/main/resources/quality/}: UTF-8, one entry a
 * line, blank lines and lines starting with {@code #} ignored. Each list's header says where it
 * comes from and when it was last checked.
 */
final class WordLists {

  private WordLists() {}

  /** The entries of {@code quality/<name>}, lower-cased, as a set for O(1) look-ups. */
  static Set<String> set(String name) {
    Set<String> entries = new HashSet<>();
    for (String line : lines(name)) {
      entries.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(entries);
  }

  /** The entries of {@code quality/<name>} in file order, trimmed, case kept. */
  static List<String> lines(String name) {
    String path = "/quality/" + name;
    InputStream in = WordLists.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    return lines;
  }
}
