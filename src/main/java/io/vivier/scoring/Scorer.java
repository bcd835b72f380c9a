package io.vivier.scoring;

import io.vivier.activity.Activity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a person's scores from the ICP rules it matches and its activities, in memory: the
 * same code scores one person after a change and a million in a full rescore. Plain Java, no
 * database, the clock given.
 *
 * <ul>
 *   <li>Fit: the points of the matched rules over the points of all positive rules, times 100;
 *       negative rules subtract; clamped to 0–100.
 *   <li>Engagement: each activity's points ({@link ScoringRules#engagementRules}) halved every
 *       half-life since it happened, summed to R; then saturated as 100 × (1 − e^(−R / saturation)),
 *       so that more of the same brings less and less; below 0 clamped to 0.
 *   <li>Timing: the high-intent signals ({@link ScoringRules#intentSignals}) of the intent window,
 *       each counted once at full points; clamped to 100.
 *   <li>Combined: the weighted mean of the three (of engagement and timing when fit is unavailable).
 * </ul>
 */
public final class Scorer {

  private final ScoringSettings settings;
  private final List<ScoringRules.EngagementRule> engagementRules = ScoringRules.engagementRules();
  private final List<ScoringRules.IntentSignal> intentSignals = ScoringRules.intentSignals();

  public Scorer(ScoringSettings settings) {
    this.settings = settings;
  }

  public ScoringSettings settings() {
    return settings;
  }

  /**
   * @param icp the ICP scored against, null when there is none
   * @param matched for each rule of the ICP, whether the person matches it; null when fit is unavailable
   * @param fitNote why fit is unavailable, when it is
   */
  public PersonScore score(long personId, Icp icp, boolean[] matched, String fitNote, Collection<Activity> activities, Instant now) {
    ScorePart fit = icp == null || matched == null ? null : fit(icp, matched);
    ScorePart engagement = engagement(activities, now);
    ScorePart timing = timing(activities, now);
    ScorePart combined = combined(fit, engagement, timing);
    return new PersonScore(personId, combined, fit, engagement, timing, ScoringRules.grade(fit == null ? null : fit.value(),
        engagement.value()), icp == null ? null : icp.name(), fit == null ? fitNote : null, null, now);
  }

  ScorePart fit(Icp icp, boolean[] matched) {
    double max = icp.maxPositivePoints();
    Tally tally = new Tally();
    List<IcpRule> rules = icp.rules();
    for (int i = 0; i < rules.size(); i++) {
      if (matched[i]) {
        IcpRule rule = rules.get(i);
        tally.add("rule", rule.name() + " (" + signed(rule.points()) + " of " + (int) max + ")", rule.points() * 100 / max);
      }
    }
    return tally.finish();
  }

  ScorePart engagement(Collection<Activity> activities, Instant now) {
    Tally tally = new Tally();
    double halfLifeDays = settings.halfLife().toMillis() / 86_400_000.0;
    for (Activity activity : activities) {
      ScoringRules.EngagementRule rule = engagementRule(activity);
      if (rule == null) {
        continue;
      }
      double ageDays = Math.max(0, Duration.between(activity.occurredAt(), now).toMillis() / 86_400_000.0);
      double decay = Math.pow(0.5, ageDays / halfLifeDays);
      tally.add("event", rule.name() + " on " + day(activity.occurredAt()) + " (" + signed(rule.points()) + " × "
          + twoDecimals(decay) + ")", rule.points() * decay);
    }
    double raw = tally.exact();
    if (raw > 0) {
      double saturated = 100 * (1 - Math.exp(-raw / settings.saturation()));
      tally.bringTo("saturation", "diminishing returns on " + twoDecimals(raw) + " points", saturated);
    }
    return tally.finish();
  }

  ScorePart timing(Collection<Activity> activities, Instant now) {
    Instant from = now.minus(settings.intentWindow());
    Map<ScoringRules.IntentSignal, Instant> latest = new HashMap<>();
    for (Activity activity : activities) {
      if (activity.occurredAt().isBefore(from)) {
        continue;
      }
      for (ScoringRules.IntentSignal signal : intentSignals) {
        if (signal.applies().test(activity)) {
          latest.merge(signal, activity.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
    }
    Tally tally = new Tally();
    for (ScoringRules.IntentSignal signal : intentSignals) {
      Instant at = latest.get(signal);
      if (at != null) {
        tally.add("signal", signal.name() + " on " + day(at), signal.points());
      }
    }
    return tally.finish();
  }

  ScorePart combined(ScorePart fit, ScorePart engagement, ScorePart timing) {
    double fitWeight = fit == null ? 0 : settings.fitWeight();
    double total = fitWeight + settings.engagementWeight() + settings.timingWeight();
    Tally tally = new Tally();
    if (fit != null) {
      component(tally, "fit", fit.value(), fitWeight / total);
    }
    component(tally, "engagement", engagement.value(), settings.engagementWeight() / total);
    component(tally, "timing", timing.value(), settings.timingWeight() / total);
    return tally.finish();
  }

  private static void component(Tally tally, String name, int value, double weight) {
    tally.add("component", name + " " + value + " × " + twoDecimals(weight), value * weight);
  }

  ScoringRules.EngagementRule engagementRule(Activity activity) {
    for (ScoringRules.EngagementRule rule : engagementRules) {
      if (rule.applies().test(activity)) {
        return rule;
      }
    }
    return null;
  }

  private static String signed(int points) {
    return points >= 0 ? "+" + points : Integer.toString(points);
  }

  /** A positive number with two decimals, without a formatter (a full rescore labels millions of events). */
  static String twoDecimals(double value) {
    long hundredths = Math.round(value * 100);
    long rest = hundredths % 100;
    return hundredths / 100 + (rest < 10 ? ".0" : ".") + rest;
  }

  private static String day(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
