package io.vivier.lifecycle;

/**
 * Lifecycle stages of a prospect. The forward path is LEAD → MQL → SQL → OPPORTUNITY → CUSTOMER;
 * the others are side exits. The guarded transitions between them come with the lifecycle rules;
 * for now every change is recorded in the stage history.
 */
public enum Stage {
  LEAD(1),
  MQL(2),
  SQL(3),
  OPPORTUNITY(4),
  CUSTOMER(5),
  NURTURE(1),
  DISQUALIFIED(0),
  LOST(0),
  CHURNED(0);

  private final int progress;

  Stage(int progress) {
    this.progress = progress;
  }

  /**
   * Order in which imports and merges may move a stage, never back: lead, then nurture and
   * disqualified beside it, MQL, SQL, opportunity, lost after an opportunity, customer, churned
   * after a customer.
   */
  public int order() {
    return switch (this) {
      case LEAD -> 0;
      case NURTURE, DISQUALIFIED -> 1;
      case MQL -> 2;
      case SQL -> 3;
      case OPPORTUNITY -> 4;
      case LOST -> 5;
      case CUSTOMER -> 6;
      case CHURNED -> 7;
    };
  }

  /** How far along the forward path the stage is; side exits count as 0 or as a lead. */
  public int progress() {
    return progress;
  }
}
