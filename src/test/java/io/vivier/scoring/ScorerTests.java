package io.vivier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.activity.Activity;
import io.vivier.activity.ActivityType;
import io.vivier.activity.CallOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorerTests {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final Scorer scorer = new Scorer(ScoringSettings.DEFAULTS);

  static final Icp ICP = new Icp(1, "PME logiciel", null, true, List.of(
      new IcpRule("target sector", "industry in (\"Logiciel\", \"Conseil\")", 30),
      new IcpRule("50-999 employees", "employees >= 50 and employees <= 999", 20),
      new IcpRule("decision maker", "job.seniority in (executive, director)", 25),
      new IcpRule("France, Belgium, Switzerland", "country in (FR, BE, CH)", 10),
      new IcpRule("free-mail address", "free_mail", -20)), "test", NOW);

  static Activity activity(ActivityType type, Duration ago) {
    return activity(type, ago, null, null, Map.of());
  }

  static Activity activity(ActivityType type, Duration ago, String subject, CallOutcome outcome, Map<String, Object> metadata) {
    return new Activity(1, 1, type, NOW.minus(ago), subject, null, outcome, null, "test", NOW, metadata);
  }

  static void assertExplained(ScorePart part) {
    assertThat(part.totalCentiPoints()).as(part.items().toString()).isEqualTo(part.value() * 100L);
    assertThat(part.value()).isBetween(0, 100);
  }

  static void assertExplained(PersonScore score) {
    assertExplained(score.combined());
    assertExplained(score.engagement());
    assertExplained(score.timing());
    if (score.fit() != null) {
      assertExplained(score.fit());
    }
  }

  // --- fit ---------------------------------------------------------------------------------

  @Test
  void fitIsThePointsOfTheMatchedRulesOverAllPositivePoints() {
    ScorePart fit = scorer.fit(ICP, new boolean[] {true, false, true, false, false});

    // (30 + 25) / 85 = 64.7 %
    assertThat(fit.value()).isEqualTo(65);
    assertThat(fit.items()).extracting(ScoreItem::kind).containsExactly("rule", "rule", "rounding");
    assertThat(fit.items().get(0).label()).startsWith("target sector (+30 of 85)");
    assertThat(fit.items().get(0).points()).isEqualTo(35.29);
    assertExplained(fit);
  }

  @Test
  void everyPositiveRuleMatchedIsAFullFit() {
    assertThat(scorer.fit(ICP, new boolean[] {true, true, true, true, false}).value()).isEqualTo(100);
  }

  @Test
  void aNegativeRuleSubtracts() {
    ScorePart fit = scorer.fit(ICP, new boolean[] {true, true, true, true, true});

    assertThat(fit.value()).isEqualTo(76);
    assertThat(fit.items()).anySatisfy(i -> assertThat(i.label()).startsWith("free-mail address (-20 of 85)"));
    assertExplained(fit);
  }

  @Test
  void fitBelowZeroIsClampedWithAnItemSayingSo() {
    ScorePart fit = scorer.fit(ICP, new boolean[] {false, false, false, true, true});

    // (10 - 20) / 85 = -11.8 %
    assertThat(fit.value()).isZero();
    ScoreItem last = fit.items().get(fit.items().size() - 1);
    assertThat(last.kind()).isEqualTo("clamp");
    assertThat(last.label()).isEqualTo("clamped to 0");
    assertThat(last.points()).isEqualTo(11.77);
    assertExplained(fit);
  }

  @Test
  void noRuleMatchedIsAFitOfZeroWithNothingToExplain() {
    ScorePart fit = scorer.fit(ICP, new boolean[5]);

    assertThat(fit.value()).isZero();
    assertThat(fit.items()).isEmpty();
  }

  // --- engagement ----------------------------------------------------------------------------

  @Test
  void aReplyOrAMeetingOutweighsAnOpen() {
    int open = scorer.engagement(List.of(activity(ActivityType.EMAIL_OPENED, Duration.ofHours(1))), NOW).value();
    int reply = scorer.engagement(List.of(activity(ActivityType.EMAIL_REPLIED, Duration.ofHours(1))), NOW).value();
    int meeting = scorer.engagement(List.of(activity(ActivityType.MEETING, Duration.ofHours(1))), NOW).value();

    assertThat(open).isPositive();
    assertThat(reply).isGreaterThan(open * 5);
    assertThat(meeting).isGreaterThan(reply);
  }

  @Test
  void anActivityCountsHalfAfterOneHalfLife() {
    Activity meeting = activity(ActivityType.MEETING, Duration.ZERO);
    ScorePart fresh = new Scorer(ScoringSettings.DEFAULTS.withHalfLife(Duration.ofDays(30))).engagement(List.of(meeting), NOW);
    ScorePart month = new Scorer(ScoringSettings.DEFAULTS.withHalfLife(Duration.ofDays(30)))
        .engagement(List.of(meeting), NOW.plus(Duration.ofDays(30)));
    ScorePart twoMonths = new Scorer(ScoringSettings.DEFAULTS.withHalfLife(Duration.ofDays(30)))
        .engagement(List.of(meeting), NOW.plus(Duration.ofDays(60)));

    assertThat(fresh.items().get(0).points()).isEqualTo(25.0);
    assertThat(month.items().get(0).points()).isEqualTo(12.5);
    assertThat(month.items().get(0).label()).contains("× 0.50");
    assertThat(twoMonths.items().get(0).points()).isEqualTo(6.25);
    assertThat(fresh.value()).isGreaterThan(month.value());
    assertThat(month.value()).isGreaterThan(twoMonths.value());
  }

  @Test
  void aShorterHalfLifeForgetsFaster() {
    List<Activity> reply = List.of(activity(ActivityType.EMAIL_REPLIED, Duration.ofDays(20)));

    int week = new Scorer(ScoringSettings.DEFAULTS.withHalfLife(Duration.ofDays(7))).engagement(reply, NOW).value();
    int quarter = new Scorer(ScoringSettings.DEFAULTS.withHalfLife(Duration.ofDays(90))).engagement(reply, NOW).value();

    assertThat(week).isLessThan(quarter);
  }

  @Test
  void bouncesAndUnsubscribesCountAgainst() {
    List<Activity> opens = List.of(activity(ActivityType.EMAIL_OPENED, Duration.ofDays(1)),
        activity(ActivityType.EMAIL_CLICKED, Duration.ofDays(1)), activity(ActivityType.FORM_SUBMISSION, Duration.ofDays(2)));
    List<Activity> withBounce = new ArrayList<>(opens);
    withBounce.add(activity(ActivityType.EMAIL_BOUNCED, Duration.ofDays(1)));
    List<Activity> withUnsubscribe = new ArrayList<>(opens);
    withUnsubscribe.add(activity(ActivityType.EMAIL_CLICKED, Duration.ofDays(1), "Se désinscrire", null, Map.of()));

    int base = scorer.engagement(opens, NOW).value();
    ScorePart bounced = scorer.engagement(withBounce, NOW);
    ScorePart unsubscribed = scorer.engagement(withUnsubscribe, NOW);

    assertThat(bounced.value()).isLessThan(base);
    assertThat(bounced.items()).anySatisfy(i -> assertThat(i.label()).startsWith("e-mail bounced"));
    assertThat(unsubscribed.value()).isLessThan(bounced.value());
    assertThat(unsubscribed.items()).anySatisfy(i -> assertThat(i.label()).startsWith("unsubscribed"));
    assertExplained(unsubscribed);
  }

  @Test
  void anUnsubscribeFlaggedInMetadataCountsAgainstWhateverTheActivity() {
    Activity flagged = activity(ActivityType.EMAIL_OPENED, Duration.ofDays(1), null, null, Map.of("unsubscribed", true));

    assertThat(scorer.engagementRule(flagged)).isEqualTo(ScoringRules.UNSUBSCRIBED);
  }

  @Test
  void negativeEngagementIsClampedToZeroWithAnItemSayingSo() {
    ScorePart part = scorer.engagement(List.of(activity(ActivityType.EMAIL_BOUNCED, Duration.ofDays(1))), NOW);

    assertThat(part.value()).isZero();
    assertThat(part.items()).extracting(ScoreItem::kind).containsExactly("event", "clamp");
    assertExplained(part);
  }

  @Test
  void engagementSaturatesBelowOneHundred() {
    List<Activity> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(activity(ActivityType.MEETING, Duration.ofDays(i)));
    }

    ScorePart part = scorer.engagement(many, NOW);

    assertThat(part.value()).isBetween(99, 100);
    assertThat(part.items()).anySatisfy(i -> assertThat(i.kind()).isEqualTo("saturation"));
    assertThat(part.items()).anySatisfy(i -> assertThat(i.label()).isEqualTo("33 other events"));
    assertThat(part.items().size()).isLessThanOrEqualTo(Tally.MAX_ITEMS + 2);
    assertExplained(part);
  }

  @Test
  void callsCountWhenSomeoneAnswered() {
    Activity answered = activity(ActivityType.CALL, Duration.ofDays(1), null, CallOutcome.CONNECTED, Map.of());
    Activity unanswered = activity(ActivityType.CALL, Duration.ofDays(1), null, CallOutcome.NO_ANSWER, Map.of());
    Activity refused = activity(ActivityType.CALL, Duration.ofDays(1), null, CallOutcome.NOT_INTERESTED, Map.of());

    assertThat(scorer.engagementRule(answered)).isEqualTo(ScoringRules.CALL_CONVERSATION);
    assertThat(scorer.engagementRule(unanswered)).isNull();
    assertThat(scorer.engagementRule(refused)).isEqualTo(ScoringRules.CALL_NOT_INTERESTED);
    assertThat(scorer.engagementRule(activity(ActivityType.EMAIL_SENT, Duration.ZERO))).isNull();
  }

  // --- timing -----------------------------------------------------------------------------

  @Test
  void aRecentDemoRequestIsAStrongSignal() {
    // the subjects the demo data generator writes
    Activity demo = activity(ActivityType.FORM_SUBMISSION, Duration.ofDays(2), "Demande de démo", null, Map.of());
    Activity pricing = activity(ActivityType.FORM_SUBMISSION, Duration.ofDays(3), "Page tarifs : demande de devis", null, Map.of());

    Activity reply = activity(ActivityType.EMAIL_REPLIED, Duration.ofDays(1));

    ScorePart timing = scorer.timing(List.of(demo, pricing, reply), NOW);

    assertThat(timing.value()).isEqualTo(100);
    assertThat(timing.items()).extracting(ScoreItem::label)
        .containsExactly("demo request on 2026-11-23", "pricing page on 2026-11-22", "replied on 2026-11-24", "clamped to 100");
    assertThat(timing.items().get(3).points()).isEqualTo(-30.0);
    assertExplained(timing);
  }

  @Test
  void aPricingPageVisitIsFoundInTheClickedUrl() {
    Activity click = activity(ActivityType.EMAIL_CLICKED, Duration.ofDays(1), null, null, Map.of("url", "https://vivier.io/pricing"));

    assertThat(scorer.timing(List.of(click), NOW).value()).isEqualTo(40);
  }

  @Test
  void signalsOlderThanTheWindowDoNotCount() {
    Activity reply = activity(ActivityType.EMAIL_REPLIED, Duration.ofDays(15));

    assertThat(scorer.timing(List.of(reply), NOW).value()).isZero();
    assertThat(scorer.timing(List.of(reply), NOW.minus(Duration.ofDays(2))).value()).isEqualTo(30);
  }

  @Test
  void aSignalCountsOnceHoweverOftenItRepeats() {
    ScorePart timing = scorer.timing(List.of(activity(ActivityType.EMAIL_REPLIED, Duration.ofDays(1)),
        activity(ActivityType.EMAIL_REPLIED, Duration.ofDays(2)), activity(ActivityType.EMAIL_REPLIED, Duration.ofDays(3))), NOW);

    assertThat(timing.value()).isEqualTo(30);
    assertThat(timing.items()).extracting(ScoreItem::label).containsExactly("replied on 2026-11-24");
  }

  // --- combined and grade -----------------------------------------------------------------

  @Test
  void theCombinedScoreWeighsFitEngagementAndTiming() {
    PersonScore score = scorer.score(7, ICP, new boolean[] {true, true, true, true, false}, null,
        List.of(activity(ActivityType.MEETING, Duration.ofDays(1)),
            activity(ActivityType.FORM_SUBMISSION, Duration.ofDays(1), "Demande de démo", null, Map.of())), NOW);

    assertThat(score.fitValue()).isEqualTo(100);
    int expected = (int) Math.round(0.5 * 100 + 0.3 * score.engagement().value() + 0.2 * score.timing().value());
    assertThat(score.score()).isEqualTo(expected);
    assertThat(score.combined().items()).extracting(ScoreItem::label).startsWith("fit 100 × 0.50");
    assertThat(score.grade()).isEqualTo("A1");
    assertThat(score.icp()).isEqualTo("PME logiciel");
    assertExplained(score);
  }

  @Test
  void withoutFitTheScoreSaysSoAndWeighsTheRest() {
    PersonScore score = scorer.score(7, ICP, null, "fit unavailable: test", List.of(activity(ActivityType.MEETING, Duration.ZERO)), NOW);

    assertThat(score.fit()).isNull();
    assertThat(score.fitNote()).isEqualTo("fit unavailable: test");
    assertThat(score.grade()).startsWith("?");
    assertThat(score.combined().items()).extracting(ScoreItem::label).containsExactly("engagement 46 × 0.60", "timing 30 × 0.40", "rounding");
    assertExplained(score);
  }

  @Test
  void gradesCombineAFitLetterAndAnEngagementDigit() {
    assertThat(ScoringRules.grade(80, 70)).isEqualTo("A1");
    assertThat(ScoringRules.grade(75, 60)).isEqualTo("A1");
    assertThat(ScoringRules.grade(74, 59)).isEqualTo("B2");
    assertThat(ScoringRules.grade(30, 20)).isEqualTo("C3");
    assertThat(ScoringRules.grade(0, 0)).isEqualTo("D4");
  }

  @Test
  void explanationsTotalTheScoreWhateverTheInput() {
    Random random = new Random(42);
    ActivityType[] types = ActivityType.values();
    for (int run = 0; run < 2_000; run++) {
      boolean[] matched = new boolean[ICP.rules().size()];
      for (int i = 0; i < matched.length; i++) {
        matched[i] = random.nextBoolean();
      }
      List<Activity> activities = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        ActivityType type = types[random.nextInt(types.length)];
        CallOutcome outcome = type == ActivityType.CALL ? CallOutcome.values()[random.nextInt(CallOutcome.values().length)] : null;
        String subject = random.nextInt(5) == 0 ? "Demande de démo" : null;
        activities.add(activity(type, Duration.ofMinutes(random.nextInt(200 * 24 * 60)), subject, outcome, Map.of()));
      }
      Scorer tuned = new Scorer(ScoringSettings.DEFAULTS.withHalfLife(Duration.ofDays(1 + random.nextInt(90)))
          .withWeights(random.nextDouble(), random.nextDouble(), random.nextDouble() + 0.01));
      PersonScore score = tuned.score(run, ICP, random.nextInt(10) == 0 ? null : matched, "none", activities, clock.instant());
      assertExplained(score);
      assertThat(ScoreJson.read(run, ScoreJson.write(score), score.grade(), null, NOW)).isEqualTo(score);
    }
  }
}
