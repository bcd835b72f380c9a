package io.vivier.scoring;

/**
 * One line of a score's explanation: a rule or an event and the points it brought, in hundredths
 * so that the lines of an explanation add up exactly to the score shown.
 *
 * @param kind what brought the points: rule, event, signal, component, saturation, clamp, rounding, others
 */
public record ScoreItem(String kind, String label, long centiPoints) {

  public double points() {
    return centiPoints / 100.0;
  }
}
