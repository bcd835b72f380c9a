package io.vivier.prospect;

import io.vivier.audit.AuditLog;
import io.vivier.lifecycle.Stage;
import io.vivier.lifecycle.StageChange;
import io.vivier.lifecycle.StageHistory;
import io.vivier.user.Actors;
import io.vivier.web.Forms;
import io.vivier.web.Htmx;
import io.vivier.web.InvalidInputException;
import io.vivier.web.VersionConflictException;
import io.vivier.web.WebUi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The prospects pages: the list with live search, a person's page, and the person form. */
@Controller
@WebUi
@RequestMapping("/prospects")
class PeoplePages {

  static final int PAGE_SIZE = 50;
  private static final List<Stage> FORWARD = List.of(Stage.LEAD, Stage.MQL, Stage.SQL, Stage.OPPORTUNITY, Stage.CUSTOMER);
  private static final Set<PersonField> SHOWN_APART =
      Set.of(PersonField.FIRST_NAME, PersonField.LAST_NAME, PersonField.STAGE, PersonField.TAGS,
          PersonField.ATTRIBUTES, PersonField.COMPANY_ID, PersonField.JOB_TITLE);

  private final PeopleService people;
  private final CompanyService companies;
  private final StageHistory stageHistory;
  private final AuditLog audit;
  private final RecordViews views;
  private final List<PersonPanel> panels;
  private final DuplicateFinder duplicates;

  PeoplePages(
      PeopleService people,
      CompanyService companies,
      StageHistory stageHistory,
      AuditLog audit,
      RecordViews views,
      ObjectProvider<PersonPanel> panels,
      ObjectProvider<DuplicateFinder> duplicates) {
    this.duplicates = duplicates.getIfAvailable(() -> DuplicateFinder.NONE);
    this.people = people;
    this.companies = companies;
    this.stageHistory = stageHistory;
    this.audit = audit;
    this.views = views;
    this.panels = panels.orderedStream().toList();
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String owner,
      @RequestParam(name = "company", required = false) Long companyId,
      @RequestParam(required = false) String cursor,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    String stageFilter = PersonField.STAGE.choices().contains(stage) ? stage : null;
    String ownerFilter = Forms.blank(owner) ? null : owner.strip();
    PersonQuery query = new PersonQuery(Forms.blank(q) ? null : q, stageFilter, ownerFilter, companyId);
    Page<Person> page;
    try {
      page = people.list(query, Forms.blank(cursor) ? null : cursor, PAGE_SIZE);
    } catch (InvalidInputException badCursor) {
      model.addAttribute("alert", "list.staleLink");
      cursor = null;
      page = people.list(query, null, PAGE_SIZE);
    }
    UriComponentsBuilder link =
        UriComponentsBuilder.fromPath("/prospects")
            .queryParamIfPresent("q", Optional.ofNullable(query.text()))
            .queryParamIfPresent("stage", Optional.ofNullable(stageFilter))
            .queryParamIfPresent("owner", Optional.ofNullable(ownerFilter))
            .queryParamIfPresent("company", Optional.ofNullable(companyId));
    model.addAttribute("page", page);
    model.addAttribute("q", q);
    model.addAttribute("stage", stageFilter);
    model.addAttribute("owner", ownerFilter);
    model.addAttribute("company", companyId == null ? null : companies.get(companyId));
    model.addAttribute("filtered", query.text() != null || stageFilter != null || ownerFilter != null || companyId != null);
    model.addAttribute("firstUrl", cursor == null ? null : link.cloneBuilder().encode().toUriString());
    model.addAttribute(
        "nextUrl",
        page.nextCursor() == null ? null : link.cloneBuilder().queryParam("cursor", page.nextCursor()).encode().toUriString());
    model.addAttribute("stages", views.options(PersonField.STAGE, locale));
    model.addAttribute("owners", views.options(PersonField.OWNER, locale));
    return Htmx.wantsFragment(request, response) ? "people/list :: results" : "people/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Locale locale, Model model) {
    Person person = people.get(id);
    model.addAttribute("person", person);
    model.addAttribute(
        "details", views.details(person.values(), PersonField.values(), SHOWN_APART, locale));
    List<StageChange> stages = new ArrayList<>(stageHistory.of(id));
    Collections.reverse(stages);
    model.addAttribute("stageChanges", stages);
    model.addAttribute(
        "history", views.history(audit.of("person", id, null, 20), PersonField::byKey, locale));
    model.addAttribute("stageOptions", views.options(PersonField.STAGE, locale));
    model.addAttribute("path", path(person.stage(), locale));
    model.addAttribute("panels", panels);
    for (PersonPanel panel : panels) {
      panel.addTo(person, locale, model);
    }
    return "people/show";
  }

  @GetMapping("/new")
  String newPerson(@RequestParam(name = "company", required = false) Long companyId, Locale locale, Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("stage", Stage.LEAD.name());
    values.put("owner", Actors.current());
    if (companyId != null) {
      values.put("company_name", companies.get(companyId).name());
    }
    return form(null, values, Map.of(), locale, model);
  }

  @PostMapping("/new")
  String create(
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Person person = people.create(input(params, null), Actors.current());
      redirect.addFlashAttribute("notice", "notice.prospectCreated");
      List<DuplicateFinder.Likely> likely = duplicates.afterCreate(person, Actors.current());
      if (!likely.isEmpty()) {
        redirect.addFlashAttribute("possibleDuplicates", likely);
      }
      return "redirect:/prospects/" + person.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(null, params, views.errors(e, locale), locale, model);
    }
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Locale locale, Model model) {
    Person person = people.get(id);
    return form(person, values(person), Map.of(), locale, model);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Person before = people.get(id);
    try {
      people.update(id, Forms.version(params.get("version")), input(params, before), Actors.current());
      redirect.addFlashAttribute("notice", "notice.saved");
      return "redirect:/prospects/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(before, params, views.errors(e, locale), locale, model);
    } catch (VersionConflictException e) {
      // show what is stored now, and what this user typed where it differs, to re-apply by hand
      Person current = people.get(id);
      Map<String, String> stored = values(current);
      Map<String, String> yours = new LinkedHashMap<>();
      for (PersonField field : PersonField.values()) {
        String key = field == PersonField.COMPANY_ID ? "company_name" : field.key();
        String typed = params.get(key);
        if (section(field) != null && typed != null && !typed.strip().equals(stored.getOrDefault(key, ""))) {
          yours.put(key, typed.strip());
        }
      }
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", yours);
      return form(current, stored, Map.of(), locale, model);
    }
  }

  @PostMapping("/{id}/stage")
  String changeStage(
      @PathVariable long id,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String reason,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      people.changeStage(id, null, Forms.blank(stage) ? null : stage, Forms.blank(reason) ? null : reason, Actors.current());
      redirect.addFlashAttribute("notice", "notice.stageChanged");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("stageErrors", views.errors(e, locale));
      redirect.addFlashAttribute("stageReason", reason);
    }
    return "redirect:/prospects/" + id;
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
    try {
      people.delete(id, Forms.optionalVersion(version), Actors.current());
    } catch (VersionConflictException e) {
      redirect.addFlashAttribute("alert", "alert.changedMeanwhile");
      return "redirect:/prospects/" + id;
    }
    redirect.addFlashAttribute("notice", "notice.prospectDeleted");
    return "redirect:/prospects";
  }

  private String form(Person person, Map<String, String> values, Map<String, String> errors, Locale locale, Model model) {
    Map<String, String> shownErrors = new LinkedHashMap<>(errors);
    String companyError = shownErrors.remove("company_id");
    if (companyError != null) {
      shownErrors.merge("company_name", companyError, (a, b) -> a + " " + b);
    }
    views.formModel(model, views.form(PersonField.values(), PeoplePages::section, values, locale), values, shownErrors, locale);
    model.addAttribute("person", person);
    model.addAttribute("version", person == null ? null : person.version());
    model.addAttribute("action", person == null ? "/prospects/new" : "/prospects/" + person.id() + "/edit");
    model.addAttribute("cancel", person == null ? "/prospects" : "/prospects/" + person.id());
    model.addAttribute("heading", person == null ? "person.new" : "person.edit");
    model.addAttribute("section", "prospects");
    return "record-form";
  }

  /** The service's input from the form; the company is named, kept, or cleared when left blank. */
  private static Map<String, Object> input(Map<String, String> params, Person before) {
    Map<String, Object> input = new LinkedHashMap<>();
    for (PersonField field : PersonField.values()) {
      if (section(field) != null && field != PersonField.COMPANY_ID && params.containsKey(field.key())) {
        input.put(field.key(), params.get(field.key()));
      }
    }
    String company = params.get("company_name");
    boolean unchanged =
        before != null && before.company() != null && company != null && company.strip().equals(before.company().name());
    if (Forms.blank(company)) {
      if (before != null) {
        input.put("company_id", null);
      }
    } else if (!unchanged) {
      input.put("company_name", company);
    }
    return input;
  }

  /** A step of the forward path LEAD → CUSTOMER: done, current or todo. */
  record Step(String label, String state) {}

  /** Where the person stands on the forward path; empty on a side exit (nurture, lost…). */
  private List<Step> path(Stage stage, Locale locale) {
    if (!FORWARD.contains(stage)) {
      return List.of();
    }
    return FORWARD.stream()
        .map(s -> new Step(views.choice("stage", s.name(), locale),
            s == stage ? "current" : s.progress() < stage.progress() ? "done" : "todo"))
        .toList();
  }

  private static Map<String, String> values(Person person) {
    Map<String, String> values = Forms.values(ProspectJson.of(person));
    if (person.company() != null) {
      values.put("company_name", person.company().name());
    }
    return values;
  }

  /**
   * Where each field goes in the form; null for those edited elsewhere (attributes: the API) or not
   * edited at all (the score, computed: the score card shows it and its reasons).
   */
  static String section(PersonField field) {
    return switch (field) {
      case FIRST_NAME, LAST_NAME, JOB_TITLE, FUNCTION, SENIORITY, COMPANY_ID -> "identity";
      case EMAIL, PHONE, MOBILE, LINKEDIN_URL -> "contact";
      case STREET, POSTCODE, CITY, COUNTRY -> "address";
      case STAGE, OWNER, TAGS, SOURCE, SOURCE_DETAIL, EXTERNAL_ID -> "pipeline";
      case CONSENT_EMAIL, CONSENT_PHONE, LEGAL_BASIS -> "consent";
      case ATTRIBUTES, SCORE -> null;
    };
  }
}
