package io.vivier.prospect;

import java.util.Locale;
import org.springframework.ui.Model;

/**
 * A part of a person's page that another feature draws (the activity timeline…), so that the person
 * page shows it without this feature depending on that one.
 */
public interface PersonPanel {

  /** The template holding the panel, as fragment {@code panel}, e.g. {@code activity/panel}. */
  String template();

  /** Adds what the panel shows to the page's model. */
  void addTo(Person person, Locale locale, Model model);
}
