package io.vivier.activity;

import io.vivier.prospect.Person;
import io.vivier.prospect.PersonPanel;
import io.vivier.user.Actors;
import io.vivier.web.Dates;
import io.vivier.web.FieldMessages;
import io.vivier.web.FormField.Option;
import io.vivier.web.Forms;
import io.vivier.web.InvalidInputException;
import io.vivier.web.WebUi;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activities on a person's page: the timeline, newest first, and the form to log a call, a
 * meeting, a note… Lives here rather than in the prospect pages since activities depend on people.
 */
@Controller
@WebUi
class ActivityPages implements PersonPanel {

  static final int TIMELINE_SIZE = 50;

  private final ActivityService activities;
  private final MessageSource messages;
  private final FieldMessages fieldMessages;

  ActivityPages(ActivityService activities, MessageSource messages, FieldMessages fieldMessages) {
    this.activities = activities;
    this.messages = messages;
    this.fieldMessages = fieldMessages;
  }

  @Override
  public String template() {
    return "activity/panel";
  }

  @Override
  public void addTo(Person person, Locale locale, Model model) {
    List<Activity> timeline = activities.timeline(person.id(), null, TIMELINE_SIZE + 1);
    model.addAttribute("timeline", timeline.subList(0, Math.min(TIMELINE_SIZE, timeline.size())));
    model.addAttribute("timelineTruncated", timeline.size() > TIMELINE_SIZE);
    model.addAttribute("activityTypes", options(ActivityType.values(), "activity.type.", locale));
    model.addAttribute("callOutcomes", options(CallOutcome.values(), "activity.outcome.", locale));
    if (!model.containsAttribute("activityForm")) {
      model.addAttribute("activityForm", Map.of("type", ActivityType.CALL.name()));
      model.addAttribute("activityErrors", Map.of());
    }
  }

  @PostMapping("/prospects/{id}/activities")
  String log(
      @PathVariable long id, @RequestParam Map<String, String> params, Locale locale, RedirectAttributes redirect) {
    Map<String, Object> input = new LinkedHashMap<>();
    for (String key : List.of("type", "subject", "body", "outcome")) {
      if (!Forms.blank(params.get(key))) {
        input.put(key, params.get(key));
      }
    }
    if (!Forms.blank(params.get("occurred_at"))) {
      input.put("occurred_at", Dates.withOffset(params.get("occurred_at")));
    }
    try {
      activities.log(id, input, Actors.current());
      redirect.addFlashAttribute("notice", "notice.activityLogged");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("activityForm", params);
      redirect.addFlashAttribute("activityErrors", fieldMessages.of(e, locale));
    }
    return "redirect:/prospects/" + id + "#activities";
  }

  private List<Option> options(Enum<?>[] values, String prefix, Locale locale) {
    return Arrays.stream(values)
        .map(v -> new Option(v.name(), messages.getMessage(prefix + v.name(), null, v.name(), locale)))
        .toList();
  }
}
