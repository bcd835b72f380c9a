package io.vivier.prospect;

import io.vivier.audit.AuditLog;
import io.vivier.user.Actors;
import io.vivier.web.Forms;
import io.vivier.web.Htmx;
import io.vivier.web.InvalidInputException;
import io.vivier.web.VersionConflictException;
import io.vivier.web.WebUi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/** The company pages: the list with live search, a company's page with its people, the form. */
@Controller
@WebUi
@RequestMapping("/companies")
class CompanyPages {

  private static final int PAGE_SIZE = 50;
  private static final int SUGGESTIONS = 10;

  private final CompanyService companies;
  private final PeopleService people;
  private final AuditLog audit;
  private final RecordViews views;

  CompanyPages(CompanyService companies, PeopleService people, AuditLog audit, RecordViews views) {
    this.companies = companies;
    this.people = people;
    this.audit = audit;
    this.views = views;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String cursor,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    String text = Forms.blank(q) ? null : q;
    Page<Company> page;
    try {
      page = companies.list(text, Forms.blank(cursor) ? null : cursor, PAGE_SIZE);
    } catch (InvalidInputException badCursor) {
      model.addAttribute("alert", "list.staleLink");
      cursor = null;
      page = companies.list(text, null, PAGE_SIZE);
    }
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/companies").queryParamIfPresent("q", Optional.ofNullable(text));
    model.addAttribute("page", page);
    model.addAttribute("q", q);
    model.addAttribute("filtered", text != null);
    model.addAttribute("firstUrl", Forms.blank(cursor) ? null : link.cloneBuilder().encode().toUriString());
    model.addAttribute(
        "nextUrl",
        page.nextCursor() == null ? null : link.cloneBuilder().queryParam("cursor", page.nextCursor()).encode().toUriString());
    return Htmx.wantsFragment(request, response) ? "companies/list :: results" : "companies/list";
  }

  /** Names of companies matching what is typed in a person's company field (htmx fills a datalist). */
  @GetMapping("/suggestions")
  String suggestions(@RequestParam(name = "company_name", required = false) String typed, Model model) {
    List<Company> matches =
        Forms.blank(typed) || typed.strip().length() < 2 ? List.of() : companies.list(typed, null, SUGGESTIONS).items();
    model.addAttribute("matches", matches);
    return "companies/suggestions";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Locale locale, Model model) {
    Company company = companies.get(id);
    model.addAttribute("company", company);
    model.addAttribute("details", views.details(company.values(), CompanyField.values(), Set.of(CompanyField.NAME, CompanyField.ATTRIBUTES), locale));
    Page<Person> staff = people.list(new PersonQuery(null, null, null, id), null, PeoplePages.PAGE_SIZE);
    model.addAttribute("people", staff);
    model.addAttribute("history", views.history(audit.of("company", id, null, 20), CompanyField::byKey, locale));
    return "companies/show";
  }

  @GetMapping("/new")
  String newCompany(Locale locale, Model model) {
    return form(null, Map.of("owner", Actors.current()), Map.of(), locale, model);
  }

  @PostMapping("/new")
  String create(
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Company company = companies.create(input(params), Actors.current());
      redirect.addFlashAttribute("notice", "notice.companyCreated");
      return "redirect:/companies/" + company.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(null, params, views.errors(e, locale), locale, model);
    }
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Locale locale, Model model) {
    Company company = companies.get(id);
    return form(company, Forms.values(ProspectJson.of(company)), Map.of(), locale, model);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Company before = companies.get(id);
    try {
      companies.update(id, Forms.version(params.get("version")), input(params), Actors.current());
      redirect.addFlashAttribute("notice", "notice.saved");
      return "redirect:/companies/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(before, params, views.errors(e, locale), locale, model);
    } catch (VersionConflictException e) {
      Company current = companies.get(id);
      Map<String, String> stored = Forms.values(ProspectJson.of(current));
      Map<String, String> yours = new LinkedHashMap<>();
      for (CompanyField field : CompanyField.values()) {
        String typed = params.get(field.key());
        if (section(field) != null && typed != null && !typed.strip().equals(stored.getOrDefault(field.key(), ""))) {
          yours.put(field.key(), typed.strip());
        }
      }
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", yours);
      return form(current, stored, Map.of(), locale, model);
    }
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
    try {
      companies.delete(id, Forms.optionalVersion(version), Actors.current());
    } catch (VersionConflictException e) {
      redirect.addFlashAttribute("alert", "alert.changedMeanwhile");
      return "redirect:/companies/" + id;
    }
    redirect.addFlashAttribute("notice", "notice.companyDeleted");
    return "redirect:/companies";
  }

  private String form(Company company, Map<String, String> values, Map<String, String> errors, Locale locale, Model model) {
    views.formModel(model, views.form(CompanyField.values(), CompanyPages::section, values, locale), values, errors, locale);
    model.addAttribute("version", company == null ? null : company.version());
    model.addAttribute("action", company == null ? "/companies/new" : "/companies/" + company.id() + "/edit");
    model.addAttribute("cancel", company == null ? "/companies" : "/companies/" + company.id());
    model.addAttribute("heading", company == null ? "company.new" : "company.edit");
    model.addAttribute("section", "companies");
    return "record-form";
  }

  private static Map<String, Object> input(Map<String, String> params) {
    Map<String, Object> input = new LinkedHashMap<>();
    for (CompanyField field : CompanyField.values()) {
      if (section(field) != null && params.containsKey(field.key())) {
        input.put(field.key(), params.get(field.key()));
      }
    }
    if (!Forms.blank(params.get("employees"))) {
      // the range follows the head count when one is given
      input.remove("employee_range");
    }
    return input;
  }

  /** Where each field goes in the form; null for those edited elsewhere (attributes: the API). */
  static String section(CompanyField field) {
    return switch (field) {
      case NAME, DOMAIN, INDUSTRY, SIREN, SIRET, NAF_CODE -> "identity";
      case EMPLOYEES, EMPLOYEE_RANGE, REVENUE, TECHNOLOGIES -> "size";
      case PHONE, LINKEDIN_URL -> "contact";
      case STREET, POSTCODE, CITY, COUNTRY -> "address";
      case OWNER, SOURCE, EXTERNAL_ID -> "pipeline";
      case ATTRIBUTES -> null;
    };
  }
}
