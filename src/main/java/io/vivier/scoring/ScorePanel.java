package io.vivier.scoring;

import io.vivier.prospect.Person;
import io.vivier.prospect.PersonPanel;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The score card on a person's page: the score and grade, then the fit, engagement and timing with
 * the rules and events that made each, points by points (they add up to what is shown). Drawn
 * before the activities.
 */
@Component
@Order(0)
class ScorePanel implements PersonPanel {

  private final ScoreService scores;

  ScorePanel(ScoreService scores) {
    this.scores = scores;
  }

  @Override
  public String template() {
    return "scoring/panel";
  }

  @Override
  public void addTo(Person person, Locale locale, Model model) {
    model.addAttribute("personScore", scores.stored(person.id()).orElse(null));
  }
}
