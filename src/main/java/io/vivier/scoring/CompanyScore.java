package io.vivier.scoring;

/**
 * A company's score, rolled up from its people: its best person's score, plus breadth (more of
 * its people engaged), blended with the company's fit (the best fit among its people: rules on
 * company fields give all of them the same points, rules on people pick its best contact).
 *
 * @param bestPersonId null when none of its people has a score
 */
public record CompanyScore(long companyId, ScorePart score, Integer fit, Long bestPersonId, int people, int scored, int engaged) {

  /** A person's score from which it counts as engaged for breadth. */
  public static final int ENGAGED_FROM = 40;
  /** Points of breadth for each engaged person besides the best one. */
  public static final int BREADTH_POINTS = 3;
  public static final int MAX_BREADTH = 15;
  /** Weight of the company's fit against its people's scores. */
  public static final double FIT_WEIGHT = 0.3;
}
