package io.vivier.scoring;

import io.vivier.activity.ActivityLogged;
import io.vivier.prospect.PeopleChanged;
import io.vivier.prospect.PersonChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps scores current: a person created or changed, or an activity logged, is scored again in
 * the same transaction, so a stored score never lags the data it explains; people changed
 * together (an import, a merge, their company) are scored again in bulk.
 */
@Component
class ScoreUpdates {

  private final ScoreService scores;

  ScoreUpdates(ScoreService scores) {
    this.scores = scores;
  }

  @EventListener
  void personChanged(PersonChanged event) {
    scores.rescore(event.personId());
  }

  @EventListener
  void peopleChanged(PeopleChanged event) {
    scores.rescore(event.personIds(), event.stageRules());
  }

  @EventListener
  void activityLogged(ActivityLogged event) {
    scores.rescore(event.personId());
  }
}
