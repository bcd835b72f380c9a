package io.vivier.quality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Job titles read as a function (the department) and a seniority (the level), in French and
 * English, abbreviations included: "PDG", "DAF", "VP Sales", "Directrice commerciale", "Chargée de
 * communication", "Head of Customer Success", "Stagiaire marketing".
 *
 * <p>The answers are names of {@code io.vivier.prospect.JobFunction} and {@code Seniority}
 * constants; this package does not depend on the prospect feature, so the caller maps them. The
 * two parts are independent and each is null when the title does not state it: "Ingénieur" has a
 * function and no seniority, "Directeur" a seniority and no function. {@code OTHER} is never
 * returned, it is for people to choose.
 *
 * <p>The words and phrases are listed in {@code quality/job-titles.txt}. A title is folded (case
 * and accents), split into words with filler words dropped, and read left to right taking the
 * longest listed phrase at each word, so "key account manager" wins over "manager". Then:
 *
 * <ul>
 *   <li>function: the most specific one found, a plain word winning over the ones the list marks
 *       weak ("Ingénieur commercial" is SALES, "Ingénieur réseau" IT), the first one on a tie
 *       ("Directeur commercial et marketing" is SALES);
 *   <li>seniority: ENTRY when the title says so ("Stagiaire", "Junior", "Alternant", or
 *       "Assistant(e)" as its first word), otherwise the highest one found ("Senior Sales
 *       Manager" is MANAGER).
 * </ul>
 *
 * <p>Choices worth knowing: CTO is ENGINEERING and CIO, DSI, CDO are IT (building products vs
 * running the company's systems); administrative and office roles are OPERATIONS; "Chef de
 * projet" is MANAGER with no function unless the title names one; "Key account manager" is
 * SENIOR, "Account manager" and "Customer success manager" have no seniority (the word names the
 * job, not a team). Costs one fold and a few hash look-ups per word, well under a microsecond
 * for a usual title.
 */
public final class JobTitles {

  /**
   * What a job title says of its holder.
   *
   * @param function a {@code JobFunction} constant name, or null when the title does not say
   * @param seniority a {@code Seniority} constant name, or null when the title does not say
   */
  public record JobRole(String function, String seniority) {}

  // seniorityRank indexes SENIORITY_RANKS, -1 when the phrase states no seniority.
  private record Rule(String function, int seniorityRank, boolean weak, boolean override, boolean first) {}

  private static final List<String> SENIORITY_RANKS = List.of("ENTRY", "SENIOR", "MANAGER", "DIRECTOR", "VP", "EXECUTIVE");
  private static final Set<String> FUNCTIONS = Set.of("GENERAL_MANAGEMENT", "SALES", "MARKETING", "FINANCE", "IT",
      "ENGINEERING", "HR", "OPERATIONS", "PURCHASING", "LEGAL", "CUSTOMER_SERVICE", "PRODUCT");
  private static final Set<String> FILLER_WORDS = Set.of("de", "des", "du", "la", "le", "les", "et", "and", "of",
      "the", "au", "aux", "en", "pour", "for", "in", "co");
  private static final int MAX_TITLE_LENGTH = 200;
  private static final int MAX_WORDS = 24;

  private static final Map<String, Rule> RULES = new HashMap<>();
  // First words of phrases of several words: only these start a longer look-up.
  private static final Set<String> PHRASE_STARTS = new HashSet<>();
  private static final int MAX_PHRASE_WORDS;

  static {
    int maxPhraseWords = 1;
    for (String line : WordLists.lines("job-titles.txt")) {
      String[] fields = line.split("\\|");
      if (fields.length < 3) {
        throw new IllegalStateException("bad line in quality/job-titles.txt: " + line);
      }
      String function = fields[1].strip();
      String seniority = fields[2].strip();
      String flags = fields.length > 3 ? fields[3].strip() : "";
      if (!function.equals("-") && !FUNCTIONS.contains(function)
          || !seniority.equals("-") && !SENIORITY_RANKS.contains(seniority)) {
        throw new IllegalStateException("unknown function or seniority in quality/job-titles.txt: " + line);
      }
      Words words = words(fields[0]);
      String key = words.text.toString();
      if (words.count == 0 || RULES.containsKey(key)) {
        throw new IllegalStateException("empty or repeated phrase in quality/job-titles.txt: " + line);
      }
      RULES.put(key, new Rule(function.equals("-") ? null : function, SENIORITY_RANKS.indexOf(seniority),
          flags.contains("weak"), flags.contains("override"), flags.contains("first")));
      if (words.count > 1) {
        PHRASE_STARTS.add(key.substring(0, words.ends[0]));
      }
      maxPhraseWords = Math.max(maxPhraseWords, words.count);
    }
    MAX_PHRASE_WORDS = maxPhraseWords;
  }

  private JobTitles() {}

  /**
   * The function and seniority a job title states; empty when it states neither (null, blank,
   * "Chargé de mission", "Boulanger") or is longer than 200 characters.
   */
  public static Optional<JobRole> classify(String title) {
    if (title == null || title.length() > MAX_TITLE_LENGTH) {
      return Optional.empty();
    }
    Words words = words(title);
    String text = words.text.toString();
    String function = null;
    boolean weakFunction = true;
    int seniorityRank = -1;
    boolean entryOverride = false;
    int i = 0;
    while (i < words.count) {
      String word = words.words[i];
      Rule rule = null;
      int length = 1;
      if (PHRASE_STARTS.contains(word)) {
        for (int n = Math.min(MAX_PHRASE_WORDS, words.count - i); n > 1 && rule == null; n--) {
          rule = RULES.get(text.substring(words.starts[i], words.ends[i + n - 1]));
          length = n;
        }
      }
      if (rule == null) {
        rule = RULES.get(word);
        length = 1;
      }
      if (rule != null && (!rule.first || i == 0)) {
        if (rule.function != null && (function == null || weakFunction && !rule.weak)) {
          function = rule.function;
          weakFunction = rule.weak;
        }
        seniorityRank = Math.max(seniorityRank, rule.seniorityRank);
        entryOverride |= rule.override;
      }
      i += length;
    }
    String seniority = entryOverride ? "ENTRY" : seniorityRank < 0 ? null : SENIORITY_RANKS.get(seniorityRank);
    return function == null && seniority == null ? Optional.empty() : Optional.of(new JobRole(function, seniority));
  }

  /** Words of a title, joined by single spaces in {@code text}, each at [starts[i], ends[i]). */
  private static final class Words {
    final StringBuilder text = new StringBuilder(48);
    final int[] starts = new int[MAX_WORDS];
    final int[] ends = new int[MAX_WORDS];
    final String[] words = new String[MAX_WORDS];
    int count;

    void end(int wordStart) {
      String word = text.length() - wordStart > 1 && count < MAX_WORDS ? text.substring(wordStart) : null;
      if (word == null || FILLER_WORDS.contains(word)) {
        text.setLength(wordStart == 0 ? 0 : wordStart - 1);
        return;
      }
      words[count] = word;
      starts[count] = wordStart;
      ends[count] = text.length();
      count++;
    }
  }

  private static Words words(String title) {
    String folded = Text.fold(title);
    Words words = new Words();
    StringBuilder text = words.text;
    int wordStart = -1;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      int wordLength = wordStart < 0 ? 0 : text.length() - wordStart;
      boolean nextIsLetter = i + 1 < folded.length() && Character.isLetter(folded.charAt(i + 1));
      if (Character.isLetterOrDigit(c)) {
        if (wordStart < 0) {
          if (text.length() > 0) {
            text.append(' ');
          }
          wordStart = text.length();
        }
        text.append(c);
      } else if (wordStart >= 0 && c == '&' && nextIsLetter && wordLength == 1) {
        text.append(c); // R&D, but "Sales&Marketing" is two words
      } else if (wordStart >= 0 && c == '.' && wordLength == 1) {
        continue; // V.P., D.G.
      } else if (wordStart >= 0 && c == '-' && nextIsLetter
          && (wordLength == 1 || wordLength == 2 && text.charAt(wordStart) == 'c' && text.charAt(wordStart + 1) == 'o')) {
        continue; // e-commerce, co-founder
      } else if (wordStart >= 0) {
        words.end(wordStart);
        wordStart = -1;
      }
    }
    if (wordStart >= 0) {
      words.end(wordStart);
    }
    return words;
  }
}
