package io.vivier.scoring;

import io.vivier.activity.Activity;
import io.vivier.activity.ActivityType;
import io.vivier.activity.CallOutcome;
import io.vivier.lifecycle.Stage;
import io.vivier.quality.Text;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every scoring rule, in one place: what an activity is worth for engagement, which recent
 * activities are high-intent signals, the grade bands and the stages the MQL rule may move. Each
 * rule is a named object, testable alone; the numbers that teams tune are in {@link ScoringSettings}.
 */
public final class ScoringRules {

  private ScoringRules() {}

  /**
   * What an activity is worth for engagement when it just happened; it then halves every
   * half-life. The first rule that applies to an activity counts; an activity no rule applies to
   * (an e-mail sent, a note, an unanswered call) is not engagement.
   */
  public record EngagementRule(String name, int points, Predicate<Activity> applies) {}

  /** A recent sign that the person is ready now; counts once, at full points, within the intent window. */
  public record IntentSignal(String name, int points, Predicate<Activity> applies) {}

  /** A letter or digit of the grade, given from a score on. */
  public record GradeBand(String label, int from) {}

  public static final EngagementRule UNSUBSCRIBED = new EngagementRule("unsubscribed", -25, ScoringRules::unsubscribe);
  public static final EngagementRule EMAIL_BOUNCED = new EngagementRule("e-mail bounced", -15, type(ActivityType.EMAIL_BOUNCED));
  public static final EngagementRule MEETING = new EngagementRule("meeting", 25, type(ActivityType.MEETING));
  public static final EngagementRule REPLY = new EngagementRule("e-mail reply", 20, type(ActivityType.EMAIL_REPLIED));
  public static final EngagementRule FORM = new EngagementRule("form submitted", 15, type(ActivityType.FORM_SUBMISSION));
  public static final EngagementRule CALL_CONVERSATION = new EngagementRule("call answered", 12,
      call(CallOutcome.CONNECTED, CallOutcome.MEETING_BOOKED, CallOutcome.CALLBACK_REQUESTED));
  public static final EngagementRule CALL_NOT_INTERESTED = new EngagementRule("call: not interested", -10,
      call(CallOutcome.NOT_INTERESTED));
  public static final EngagementRule EVENT = new EngagementRule("event attended", 12, type(ActivityType.EVENT_ATTENDANCE));
  public static final EngagementRule CLICK = new EngagementRule("e-mail click", 6, type(ActivityType.EMAIL_CLICKED));
  public static final EngagementRule LINKEDIN = new EngagementRule("LinkedIn message", 4, type(ActivityType.LINKEDIN_MESSAGE));
  public static final EngagementRule OPEN = new EngagementRule("e-mail open", 2, type(ActivityType.EMAIL_OPENED));

  public static List<EngagementRule> engagementRules() {
    return List.of(UNSUBSCRIBED, EMAIL_BOUNCED, MEETING, REPLY, FORM, CALL_CONVERSATION, CALL_NOT_INTERESTED, EVENT, CLICK,
        LINKEDIN, OPEN);
  }

  public static final IntentSignal DEMO_REQUEST = new IntentSignal("demo request", 60,
      a -> a.type() == ActivityType.FORM_SUBMISSION && mentions(a, "demo", "demonstration"));
  public static final IntentSignal PRICING = new IntentSignal("pricing page", 40,
      a -> (a.type() == ActivityType.FORM_SUBMISSION || a.type() == ActivityType.EMAIL_CLICKED)
          && mentions(a, "tarif", "pricing", "price", "prix", "devis", "quote"));
  public static final IntentSignal MEETING_BOOKED = new IntentSignal("meeting booked on a call", 40, call(CallOutcome.MEETING_BOOKED));
  public static final IntentSignal RECENT_REPLY = new IntentSignal("replied", 30, type(ActivityType.EMAIL_REPLIED));
  public static final IntentSignal RECENT_MEETING = new IntentSignal("met", 30, type(ActivityType.MEETING));
  public static final IntentSignal CALLBACK = new IntentSignal("asked to be called back", 20, call(CallOutcome.CALLBACK_REQUESTED));

  public static List<IntentSignal> intentSignals() {
    return List.of(DEMO_REQUEST, PRICING, MEETING_BOOKED, RECENT_REPLY, RECENT_MEETING, CALLBACK);
  }

  /** Fit letters, best first: A from 75, B from 50, C from 25, D below. */
  public static final List<GradeBand> FIT_BANDS =
      List.of(new GradeBand("A", 75), new GradeBand("B", 50), new GradeBand("C", 25), new GradeBand("D", 0));

  /** Engagement digits, most engaged first: 1 from 60, 2 from 35, 3 from 15, 4 below. */
  public static final List<GradeBand> ENGAGEMENT_BANDS =
      List.of(new GradeBand("1", 60), new GradeBand("2", 35), new GradeBand("3", 15), new GradeBand("4", 0));

  /** The grade, such as "A1": fit letter and engagement digit; "?" for the letter when fit is unavailable. */
  public static String grade(Integer fit, int engagement) {
    return (fit == null ? "?" : band(FIT_BANDS, fit)) + band(ENGAGEMENT_BANDS, engagement);
  }

  private static String band(List<GradeBand> bands, int score) {
    for (GradeBand band : bands) {
      if (score >= band.from()) {
        return band.label();
      }
    }
    return bands.get(bands.size() - 1).label();
  }

  /** The stages the MQL rule moves from: only leads, so that it never moves a stage backwards. */
  public static final Set<Stage> MQL_FROM = Set.of(Stage.LEAD);

  private static Predicate<Activity> type(ActivityType type) {
    return a -> a.type() == type;
  }

  private static Predicate<Activity> call(CallOutcome... outcomes) {
    Set<CallOutcome> set = Set.of(outcomes);
    return a -> a.type() == ActivityType.CALL && a.outcome() != null && set.contains(a.outcome());
  }

  /**
   * An unsubscribe: an activity whose metadata says {@code "unsubscribed": true}, or a form or a
   * click about unsubscribing (the link at the bottom of a campaign e-mail).
   */
  private static boolean unsubscribe(Activity a) {
    if (Boolean.TRUE.equals(a.metadata().get("unsubscribed"))) {
      return true;
    }
    return (a.type() == ActivityType.FORM_SUBMISSION || a.type() == ActivityType.EMAIL_CLICKED)
        && mentions(a, "desinscri", "desabonne", "unsubscrib");
  }

  /** Whether the subject or a metadata text (form name, URL, page) contains one of the words, accents and case aside. */
  static boolean mentions(Activity a, String... words) {
    if (contains(a.subject(), words)) {
      return true;
    }
    for (Map.Entry<String, Object> entry : a.metadata().entrySet()) {
      if (entry.getValue() instanceof String text && contains(text, words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String text, String... words) {
    if (text == null) {
      return false;
    }
    String folded = Text.fold(text);
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
