package io.vivier.dedup;

import io.vivier.quality.Text;

/**
 * Soundex2, the French phonetic code published by Frédéric Brouard (2001), implemented from its
 * description: names that sound alike in French get the same code of up to four characters
 * ("Dupont", "Dupond" and "Dupon" are all DPN; "Lefèvre" and "Lefevre" LFVR).
 *
 * <p>The steps, in order: fold accents and case and keep letters; replace GUI→KI, GUE→KE, GA→KA,
 * GO→KO, GU→K, CA→KA, CO→KO, CU→KU, Q→K, CC→K, CK→K; replace every vowel but a leading one by A;
 * replace the prefixes MAC→MCC, ASA→AZA, KN→NN, PF→FF, SCH→SSS, PH→FF; drop H unless after C or S;
 * drop Y unless after A; drop a final A, D, T or S; drop every A but a leading one; collapse
 * repeated letters; keep four characters.
 *
 * <p>Two deliberate changes to the published steps: PH becomes F anywhere, not only at the start
 * ("Stéphane" and "Stefane" both give STFN), and the final A, D, T, S are dropped repeatedly, so
 * that "Laurents" and "Laurent" agree. Codes are not padded with spaces. Thread-safe.
 */
public final class Soundex2 {

  private static final String[][] GROUPS = {
    {"GUI", "KI"}, {"GUE", "KE"}, {"GA", "KA"}, {"GO", "KO"}, {"GU", "K"}, {"CA", "KA"}, {"CO", "KO"},
    {"CU", "KU"}, {"Q", "K"}, {"CC", "K"}, {"CK", "K"}, {"PH", "F"}
  };
  private static final String[][] PREFIXES = {{"MAC", "MCC"}, {"ASA", "AZA"}, {"KN", "NN"}, {"PF", "FF"}, {"SCH", "SSS"}};

  private Soundex2() {}

  /** The code of a name, or "" when it has no letter. */
  public static String encode(String name) {
    String folded = Text.fold(name);
    StringBuilder word = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z') {
        word.append((char) (c - 32));
      }
    }
    if (word.length() == 0) {
      return "";
    }
    String s = word.toString();
    for (String[] group : GROUPS) {
      s = s.replace(group[0], group[1]);
    }
    s = vowelsToA(s);
    for (String[] prefix : PREFIXES) {
      if (s.startsWith(prefix[0])) {
        s = prefix[1] + s.substring(prefix[0].length());
        break;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char previous = i > 0 ? s.charAt(i - 1) : 0;
      if (c == 'H' && previous != 'C' && previous != 'S') {
        continue;
      }
      if (c == 'Y' && previous != 'A') {
        continue;
      }
      out.append(c);
    }
    while (out.length() > 1 && "ADTS".indexOf(out.charAt(out.length() - 1)) >= 0) {
      out.setLength(out.length() - 1);
    }
    StringBuilder code = new StringBuilder(4);
    for (int i = 0; i < out.length() && code.length() < 4; i++) {
      char c = out.charAt(i);
      if (c == 'A' && i > 0) {
        continue;
      }
      if (code.length() > 0 && code.charAt(code.length() - 1) == c) {
        continue;
      }
      code.append(c);
    }
    return code.toString();
  }

  private static String vowelsToA(String s) {
    char[] chars = s.toCharArray();
    for (int i = 1; i < chars.length; i++) {
      if ("EIOU".indexOf(chars[i]) >= 0) {
        chars[i] = 'A';
      }
    }
    return new String(chars);
  }
}
