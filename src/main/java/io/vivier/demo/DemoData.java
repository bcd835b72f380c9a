package io.vivier.demo;

import io.vivier.activity.ActivityService;
import io.vivier.prospect.CompanyService;
import io.vivier.prospect.People;
import io.vivier.prospect.PeopleService;
import io.vivier.prospect.Person;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import io.vivier.user.Users;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a base with realistic French B2B prospects: demo users, companies, people with their stage
 * history and activities, all created through the prospect, activity and user services so that
 * every value passes their checks. The same seed gives the same companies and people.
 *
 * <p>Rows are written a few hundred at a time, each batch in one transaction, which is what makes
 * SQLite fast; a failure rolls back the current batch only.
 */
@Component
public class DemoData {

  public static final int MAX_PEOPLE = 200_000;
  public static final int DEFAULT_PEOPLE = 3000;
  public static final long DEFAULT_SEED = 42;
  /** The actor of the audit entries of generated data, when no demo user did it. */
  public static final String ACTOR = "demo";
  /** People per company, on average. */
  static final int PEOPLE_PER_COMPANY = 6;
  private static final int COMPANY_BATCH = 500;
  private static final int PEOPLE_BATCH = 250;

  /** A user the demo data is owned by. */
  public record DemoUser(String username, String displayName, Role role) {}

  /** Two sales reps and a marketer; their passwords are random and never shown. */
  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("claire.martin", "Claire Martin", Role.SALES),
          new DemoUser("thomas.leroy", "Thomas Leroy", Role.SALES),
          new DemoUser("sophie.bernard", "Sophie Bernard", Role.MARKETING));

  /** Told after each step and batch: what is being made, how many so far, how many in all. */
  @FunctionalInterface
  public interface Progress {
    void update(String what, int done, int total);

    static Progress none() {
      return (what, done, total) -> {};
    }
  }

  /**
   * What a run made.
   *
   * @param usersCreated how many of {@link #USERS} did not exist yet (the others are reused)
   * @param companyIds ids of the companies made, in order
   * @param personIds ids of the people made, in order
   */
  public record Result(
      long seed,
      int companies,
      int people,
      int activities,
      int stageChanges,
      List<String> users,
      int usersCreated,
      List<Long> companyIds,
      List<Long> personIds,
      Duration elapsed) {}

  private final CompanyService companies;
  private final PeopleService people;
  private final ActivityService activities;
  private final UserAccounts accounts;
  private final Users users;
  private final People peopleStore;
  private final TransactionTemplate transactions;
  private final Clock clock;

  DemoData(
      CompanyService companies,
      PeopleService people,
      ActivityService activities,
      UserAccounts accounts,
      Users users,
      People peopleStore,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.companies = companies;
    this.people = people;
    this.activities = activities;
    this.accounts = accounts;
    this.users = users;
    this.peopleStore = peopleStore;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** How many people the base holds, demo or not. */
  public long peopleInBase() {
    return peopleStore.count();
  }

  /** How many companies a run for {@code people} people makes. */
  public static int companiesFor(int people) {
    return Math.max(1, Math.round((float) people / PEOPLE_PER_COMPANY));
  }

  /**
   * Makes the demo users (unless they exist), then about {@code peopleCount / 6} companies and
   * {@code peopleCount} people, with their stage changes and 0 to 8 activities each over the last
   * 180 days.
   */
  public Result generate(int peopleCount, long seed, Progress progress) {
    if (peopleCount < 1 || peopleCount > MAX_PEOPLE) {
      throw new IllegalArgumentException("people must be between 1 and " + MAX_PEOPLE + ", not " + peopleCount);
    }
    long started = System.nanoTime();
    Instant now = clock.instant();

    int usersCreated = ensureUsers();
    progress.update("users", USERS.size(), USERS.size());
    List<String> sales = USERS.stream().filter(u -> u.role() == Role.SALES).map(DemoUser::username).toList();
    String marketing = USERS.stream().filter(u -> u.role() == Role.MARKETING).findFirst().orElseThrow().username();
    Generator generator = new Generator(seed, now, sales, marketing);

    int companyCount = companiesFor(peopleCount);
    List<Generator.PlannedCompany> planned = new ArrayList<>(companyCount);
    List<Long> companyIds = new ArrayList<>(companyCount);
    for (int from = 0; from < companyCount; from += COMPANY_BATCH) {
      int to = Math.min(companyCount, from + COMPANY_BATCH);
      int first = from;
      transactions.executeWithoutResult(
          status -> {
            for (int i = first; i < to; i++) {
              Generator.PlannedCompany company = generator.company(i);
              company.id = companies.create(company.input, ACTOR).id();
              planned.add(company);
              companyIds.add(company.id);
            }
          });
      progress.update("companies", to, companyCount);
    }

    List<Long> personIds = new ArrayList<>(peopleCount);
    int[] counts = new int[2]; // activities, stage changes
    for (int from = 0; from < peopleCount; from += PEOPLE_BATCH) {
      int to = Math.min(peopleCount, from + PEOPLE_BATCH);
      int first = from;
      List<Long> batchIds = new ArrayList<>(to - from);
      int[] batchCounts = new int[2];
      transactions.executeWithoutResult(
          status -> {
            for (int i = first; i < to; i++) {
              batchIds.add(createPerson(generator.person(i, planned), batchCounts));
            }
          });
      personIds.addAll(batchIds);
      counts[0] += batchCounts[0];
      counts[1] += batchCounts[1];
      progress.update("people", to, peopleCount);
    }

    return new Result(
        seed,
        companyCount,
        peopleCount,
        counts[0],
        counts[1],
        USERS.stream().map(DemoUser::username).toList(),
        usersCreated,
        List.copyOf(companyIds),
        List.copyOf(personIds),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private long createPerson(Generator.PlannedPerson planned, int[] counts) {
    Person person = people.create(planned.input(), ACTOR);
    String rep = planned.owner() == null ? ACTOR : planned.owner();
    for (Engagement.Step step : planned.path()) {
      people.changeStage(person.id(), null, step.to().name(), step.reason(), rep);
      counts[1]++;
    }
    for (Engagement.Planned activity : planned.activities()) {
      activities.log(person.id(), activity.input(), activity.bySales() ? rep : ACTOR);
      counts[0]++;
    }
    return person.id();
  }

  /** Adds the demo users that do not exist yet, with random passwords nobody sees; returns how many. */
  private int ensureUsers() {
    SecureRandom random = new SecureRandom();
    int created = 0;
    for (DemoUser user : USERS) {
      if (users.exists(user.username())) {
        continue;
      }
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      accounts.add(user.username(), user.displayName(), user.username() + "@example.com", password, user.role(), ACTOR);
      created++;
    }
    return created;
  }
}
