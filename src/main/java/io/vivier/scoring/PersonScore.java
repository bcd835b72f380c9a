package io.vivier.scoring;

import java.time.Instant;

/**
 * A person's score and how it was made: the combined score (person_scores.score, the filters'
 * score) from the fit, the engagement and the timing, each with its explanation.
 *
 * @param fit null when the fit could not be computed; {@code fitNote} then says why
 * @param icp name of the ICP the fit comes from, null when none
 * @param conversion probability of becoming a customer from the trained model, null without one
 */
public record PersonScore(
    long personId,
    ScorePart combined,
    ScorePart fit,
    ScorePart engagement,
    ScorePart timing,
    String grade,
    String icp,
    String fitNote,
    Double conversion,
    Instant computedAt) {

  public int score() {
    return combined.value();
  }

  public Integer fitValue() {
    return fit == null ? null : fit.value();
  }

  public PersonScore withConversion(Double probability) {
    return new PersonScore(personId, combined, fit, engagement, timing, grade, icp, fitNote, probability, computedAt);
  }
}
