package io.vivier.scoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tunable numbers of scoring, set as {@code vivier.scoring.*} properties (for example
 * {@code --vivier.scoring.half-life=14d}); the rules themselves are in {@link ScoringRules}.
 *
 * @param halfLife how long until an activity counts half as much for engagement
 * @param saturation raw engagement points at which engagement reaches 63 (1 − 1/e); it tends to 100
 * @param intentWindow how recent a high-intent signal must be to count for timing
 * @param fitWeight weight of the fit in the combined score
 * @param engagementWeight weight of the engagement in the combined score
 * @param timingWeight weight of the timing in the combined score
 * @param mqlThreshold combined score from which a lead becomes an MQL (0 turns the rule off)
 */
@ConfigurationProperties("vivier.scoring")
public record ScoringSettings(
    Duration halfLife,
    Double saturation,
    Duration intentWindow,
    Double fitWeight,
    Double engagementWeight,
    Double timingWeight,
    Integer mqlThreshold) {

  public static final ScoringSettings DEFAULTS = new ScoringSettings(null, null, null, null, null, null, null);

  public ScoringSettings {
    halfLife = halfLife == null ? Duration.ofDays(30) : halfLife;
    saturation = saturation == null ? 40.0 : saturation;
    intentWindow = intentWindow == null ? Duration.ofDays(14) : intentWindow;
    fitWeight = fitWeight == null ? 0.5 : fitWeight;
    engagementWeight = engagementWeight == null ? 0.3 : engagementWeight;
    timingWeight = timingWeight == null ? 0.2 : timingWeight;
    mqlThreshold = mqlThreshold == null ? 60 : mqlThreshold;
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("vivier.scoring.half-life must be positive, got " + halfLife);
    }
    if (intentWindow.isNegative()) {
      throw new IllegalArgumentException("vivier.scoring.intent-window must not be negative, got " + intentWindow);
    }
    if (!(saturation > 0)) {
      throw new IllegalArgumentException("vivier.scoring.saturation must be positive, got " + saturation);
    }
    if (!(fitWeight >= 0 && engagementWeight >= 0 && timingWeight >= 0) || fitWeight + engagementWeight + timingWeight <= 0) {
      throw new IllegalArgumentException("vivier.scoring weights must be positive or zero, and not all zero");
    }
    if (mqlThreshold < 0 || mqlThreshold > 100) {
      throw new IllegalArgumentException("vivier.scoring.mql-threshold must be between 0 and 100, got " + mqlThreshold);
    }
  }

  public ScoringSettings withHalfLife(Duration value) {
    return new ScoringSettings(value, saturation, intentWindow, fitWeight, engagementWeight, timingWeight, mqlThreshold);
  }

  public ScoringSettings withMqlThreshold(int value) {
    return new ScoringSettings(halfLife, saturation, intentWindow, fitWeight, engagementWeight, timingWeight, value);
  }

  public ScoringSettings withWeights(double fit, double engagement, double timing) {
    return new ScoringSettings(halfLife, saturation, intentWindow, fit, engagement, timing, mqlThreshold);
  }
}
