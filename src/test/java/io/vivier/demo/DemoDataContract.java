package io.vivier.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.activity.Activity;
import io.vivier.activity.ActivityService;
import io.vivier.activity.ActivityType;
import io.vivier.lifecycle.Stage;
import io.vivier.lifecycle.StageChange;
import io.vivier.lifecycle.StageHistory;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.CompanyService;
import io.vivier.prospect.PeopleService;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.quality.Emails;
import io.vivier.quality.Phones;
import io.vivier.quality.Sirens;
import io.vivier.user.User;
import io.vivier.user.Users;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What {@code vivier demo} makes, checked on each database. The test base is shared with other
 * test classes, so every check looks only at what its own run returned (ids, seed-marked external
 * ids), never at global counts.
 */
abstract class DemoDataContract {

  private static final int PEOPLE = 120;
  /**
   * Fixed seeds, so that a check on the shape of the data (the funnel) is as stable as the
   * generator; each database is new for each test run, so a seed is used once per base.
   */
  private static final long SHARED_RUN_SEED = 4242;
  private static final long SAME_SEED = 777;
  private static final long OTHER_SEED = 778;
  /** One run per database, shared by the checks on it. */
  private static final Map<Class<?>, DemoData.Result> RUNS = new ConcurrentHashMap<>();

  @Autowired DemoData demo;
  @Autowired PeopleService people;
  @Autowired CompanyService companies;
  @Autowired StageHistory stageHistory;
  @Autowired ActivityService activities;
  @Autowired Users users;
  @Autowired Clock clock;

  private DemoData.Result run() {
    return RUNS.computeIfAbsent(getClass(), c -> demo.generate(PEOPLE, SHARED_RUN_SEED, DemoData.Progress.none()));
  }

  private List<Person> peopleOf(DemoData.Result result) {
    return result.personIds().stream().map(people::get).toList();
  }

  @Test
  void makesTheNumbersItReports() {
    DemoData.Result result = run();

    assertThat(result.people()).isEqualTo(PEOPLE);
    assertThat(result.companies()).isEqualTo(PEOPLE / 6);
    assertThat(result.personIds()).hasSize(PEOPLE).doesNotHaveDuplicates();
    assertThat(result.companyIds()).hasSize(PEOPLE / 6).doesNotHaveDuplicates();
    List<Person> made = peopleOf(result);
    for (int i = 0; i < made.size(); i++) {
      assertThat(made.get(i).text(PersonField.EXTERNAL_ID)).isEqualTo("demo-" + result.seed() + "-p" + (i + 1));
    }
    int activityCount = 0;
    int stageChanges = 0;
    for (Person person : made) {
      activityCount += activities.timeline(person.id(), null, 100).size();
      stageChanges += stageHistory.of(person.id()).size() - 1;
    }
    assertThat(activityCount).isEqualTo(result.activities()).isPositive();
    assertThat(stageChanges).isEqualTo(result.stageChanges()).isPositive();
    for (DemoData.DemoUser demoUser : DemoData.USERS) {
      User user = users.find(demoUser.username()).orElseThrow();
      assertThat(user.role()).isEqualTo(demoUser.role());
    }
    assertThat(result.users()).containsExactly("claire.martin", "thomas.leroy", "sophie.bernard");
  }

  @Test
  void everyEmailPhoneAndCompanyNumberIsValid() {
    DemoData.Result result = run();

    for (Person person : peopleOf(result)) {
      String email = person.email();
      if (email != null) {
        assertThat(Emails.normalise(email)).as(email).contains(email);
        assertThat(email).as("ASCII-folded").matches("[a-z0-9.\\-]+@[a-z0-9.\\-]+");
      }
      for (PersonField phone : List.of(PersonField.PHONE, PersonField.MOBILE)) {
        String number = person.text(phone);
        if (number != null) {
          assertThat(Phones.e164(number, person.text(PersonField.COUNTRY))).as(number).isPresent();
        }
      }
      String linkedIn = person.text(PersonField.LINKEDIN_URL);
      if (linkedIn != null) {
        assertThat(linkedIn).startsWith("https://www.linkedin.com/in/");
      }
      assertThat(person.firstName()).isNotBlank();
      assertThat(person.lastName()).isNotBlank();
      assertThat(person.get(PersonField.SCORE)).isNotNull();
      String owner = person.text(PersonField.OWNER);
      if (owner != null) {
        assertThat(DemoData.USERS.stream().map(DemoData.DemoUser::username)).contains(owner);
      }
    }
    for (long id : result.companyIds()) {
      Company company = companies.get(id);
      String siren = company.text(CompanyField.SIREN);
      String siret = company.text(CompanyField.SIRET);
      if (siren != null) {
        assertThat(Sirens.siren(siren)).as(siren).isPresent();
      }
      if (siret != null) {
        assertThat(Sirens.siret(siret)).as(siret).isPresent();
        assertThat(siret).startsWith(siren);
      }
      String phone = company.text(CompanyField.PHONE);
      if (phone != null) {
        assertThat(Phones.e164(phone, company.text(CompanyField.COUNTRY))).as(phone).isPresent();
      }
      assertThat(company.name()).isNotBlank();
      assertThat(company.text(CompanyField.DOMAIN)).matches("[a-z0-9\\-]+\\.(fr|com|io|tech|be|ch)");
      assertThat(company.text(CompanyField.COUNTRY)).isIn("FR", "BE", "CH");
      assertThat(company.text(CompanyField.EXTERNAL_ID)).startsWith("demo-" + result.seed() + "-c");
    }
  }

  @Test
  void workEmailsAreAtTheCompanyDomain() {
    DemoData.Result result = run();

    int atCompany = 0;
    for (Person person : peopleOf(result)) {
      if (person.company() != null && person.email() != null) {
        String domain = companies.get(person.company().id()).text(CompanyField.DOMAIN);
        assertThat(person.email()).endsWith("@" + domain);
        atCompany++;
      }
    }
    assertThat(atCompany).isGreaterThan(PEOPLE / 2);
  }

  @Test
  void everyoneBeyondLeadGotThereThroughTheStageHistory() {
    DemoData.Result result = run();

    Map<Stage, Integer> funnel = new EnumMap<>(Stage.class);
    for (Person person : peopleOf(result)) {
      funnel.merge(person.stage(), 1, Integer::sum);
      List<StageChange> history = stageHistory.of(person.id());
      assertThat(history.get(0).from()).isNull();
      assertThat(history.get(0).to()).isEqualTo(Stage.LEAD);
      assertThat(history.get(history.size() - 1).to()).isEqualTo(person.stage());
      for (int i = 1; i < history.size(); i++) {
        assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
        assertThat(history.get(i).reason()).isNotBlank();
      }
      if (person.stage() != Stage.LEAD) {
        assertThat(history).as("stage history of %s", person.stage()).hasSizeGreaterThan(1);
      }
      if (person.stage() == Stage.CUSTOMER) {
        assertThat(history.stream().map(StageChange::to)).contains(Stage.OPPORTUNITY);
      }
    }
    // a funnel: most people are leads, fewer go further at each step
    int leads = funnel.getOrDefault(Stage.LEAD, 0);
    assertThat(funnel.values()).allMatch(count -> count <= leads);
    assertThat(funnel.getOrDefault(Stage.MQL, 0)).isGreaterThanOrEqualTo(funnel.getOrDefault(Stage.CUSTOMER, 0));
    assertThat(funnel.keySet()).contains(Stage.LEAD, Stage.MQL);
  }

  @Test
  void activitiesAreInThePastAndFitTheStage() {
    DemoData.Result result = run();
    Instant now = clock.instant();

    Set<ActivityType> customerTypes = new HashSet<>();
    for (Person person : peopleOf(result)) {
      List<Activity> timeline = activities.timeline(person.id(), null, 100);
      assertThat(timeline).hasSizeLessThanOrEqualTo(8);
      for (Activity activity : timeline) {
        assertThat(activity.occurredAt()).isBeforeOrEqualTo(now).isAfter(now.minus(182, ChronoUnit.DAYS));
        assertThat(activity.outcome() != null).isEqualTo(activity.type() == ActivityType.CALL);
      }
      if (person.stage() == Stage.CUSTOMER) {
        timeline.forEach(a -> customerTypes.add(a.type()));
        assertThat(timeline).isNotEmpty();
      }
      if (!timeline.isEmpty()) {
        assertThat(person.lastActivityAt()).isEqualTo(timeline.get(0).occurredAt());
      }
    }
    if (!customerTypes.isEmpty()) {
      assertThat(customerTypes).contains(ActivityType.NOTE);
    }
  }

  @Test
  void theSameSeedGivesTheSameProspects() {
    DemoData.Result first = demo.generate(15, SAME_SEED, DemoData.Progress.none());
    DemoData.Result second = demo.generate(15, SAME_SEED, DemoData.Progress.none());
    DemoData.Result other = demo.generate(15, OTHER_SEED, DemoData.Progress.none());

    assertThat(describe(second)).isEqualTo(describe(first));
    assertThat(describe(other)).isNotEqualTo(describe(first));
    assertThat(second.activities()).isEqualTo(first.activities());
    assertThat(second.stageChanges()).isEqualTo(first.stageChanges());
  }

  /** Who was made, and how far they went, leaving out ids and times. */
  private List<String> describe(DemoData.Result result) {
    List<String> lines = new ArrayList<>();
    for (long id : result.companyIds()) {
      Company company = companies.get(id);
      lines.add(company.name() + " " + company.text(CompanyField.DOMAIN) + " " + company.text(CompanyField.SIREN));
    }
    for (Person person : peopleOf(result)) {
      lines.add(person.firstName() + " " + person.lastName() + " " + person.email() + " " + person.text(PersonField.JOB_TITLE)
          + " " + (person.company() == null ? null : person.company().name()) + " " + person.stage() + " "
          + activities.timeline(person.id(), null, 100).stream().map(a -> a.type() + ":" + a.subject()).toList());
    }
    return lines;
  }
}
