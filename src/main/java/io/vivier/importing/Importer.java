package io.vivier.importing;

import io.vivier.audit.AuditLog;
import io.vivier.lifecycle.StageHistory;
import io.vivier.prospect.Companies;
import io.vivier.prospect.People;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file: reads it through once to check it and count its rows (a broken file is refused
 * before anything is written), maps its headers, then streams it through the row pipeline on one
 * thread while this one matches and writes chunks of rows, each chunk in its own transaction
 * together with the batch's progress and change log. A killed import leaves whole chunks only;
 * its batch is marked failed, and importing the same file again completes it (rows already
 * written match themselves and change nothing).
 */
@Service
public class Importer {

  /** Rows per transaction. */
  static final int CHUNK = 5000;
  /** A running batch whose heartbeat is older than this has died with its process. */
  static final Duration STALE = Duration.ofMinutes(2);
  private static final int SAMPLE_ISSUES = 50;
  /** Rows added to the base after which PostgreSQL's statistics are first refreshed mid-import. */
  static final long ANALYZE_AFTER = 5_000;
  private static final Logger log = LoggerFactory.getLogger(Importer.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final People people;
  private final Companies companies;
  private final StageHistory stageHistory;
  private final ImportBatches batches;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final io.vivier.storage.Database database;
  private final org.springframework.context.ApplicationEventPublisher events;
  /** How matching keys are looked up: "memory" (an index of the base), "queries" (per chunk), or "auto". */
  private final String keyIndex;
  private final PersonMatcher matcher;
  private final CompanyMatcher companyMatcher;
  /** Background imports, one at a time: a second waits for the first (they would contend for the write lock anyway). */
  private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "vivier-import-job");
    thread.setDaemon(true);
    return thread;
  });

  Importer(People people, Companies companies, StageHistory stageHistory, ImportBatches batches, AuditLog audit,
      PlatformTransactionManager transactions, Clock clock, io.vivier.storage.Database database,
      @org.springframework.beans.factory.annotation.Value("${vivier.import.key-index:auto}") String keyIndex,
      org.springframework.beans.factory.ObjectProvider<PersonMatcher> matcher,
      org.springframework.beans.factory.ObjectProvider<CompanyMatcher> companyMatcher,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.matcher = matcher.getIfAvailable(() -> PersonMatcher.NONE);
    this.companyMatcher = companyMatcher.getIfAvailable(() -> CompanyMatcher.NONE);
    this.database = database;
    this.keyIndex = keyIndex;
    this.people = people;
    this.companies = companies;
    this.stageHistory = stageHistory;
    this.batches = batches;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    jobs.shutdownNow();
  }

  /** Progress of a running import: rows done out of the file's total. */
  public interface Listener {
    void progress(long done, long total);

    Listener NONE = (done, total) -> {};
  }

  /** What a file looks like before importing it: its mapping and first rows, for a preview. */
  public record Preview(String description, List<String> header, List<ColumnMapping> mapping, List<List<String>> sample) {}

  /** Reads the header and the first {@code rows} rows, with the mapping the import would use. */
  public Preview preview(Path file, ImportOptions options, int rows) {
    try (TabularReader reader = Readers.open(file, options.read())) {
      List<List<String>> sample = new ArrayList<>();
      RawRow row;
      while (sample.size() < rows && (row = reader.next()) != null) {
        sample.add(row.cells());
      }
      return new Preview(reader.description(), reader.header(), mapping(reader.header(), options), sample);
    }
  }

  /** The mapping of {@code header}: automatic, then the profile's, then the options' overrides. */
  public List<ColumnMapping> mapping(List<String> header, ImportOptions options) {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (options.profile() != null) {
      ImportBatches.Profile profile =
          batches
              .profile(options.profile())
              .orElseThrow(() -> new ImportFileException("no mapping profile named '" + options.profile() + "'"
                  + profileNames()));
      overrides.putAll(profile.mapping());
    }
    overrides.putAll(options.overrides());
    try {
      return RowPipeline.applied(new HeaderMapper().map(header, overrides));
    } catch (IllegalArgumentException e) {
      throw new ImportFileException(options.fileName() + ": " + e.getMessage());
    }
  }

  private String profileNames() {
    List<String> names = batches.profiles().stream().map(ImportBatches.Profile::name).toList();
    return names.isEmpty() ? " (none saved yet: save one with --save-profile NAME)" : "; saved: " + String.join(", ", names);
  }

  /** Runs the import; throws {@link ImportFileException} (nothing written) when the file is unreadable. */
  public ImportResult run(Path file, ImportOptions options, Listener listener) {
    return run(file, options, listener, issue -> {});
  }

  /** The file read through once: it must read cleanly before anything is written. */
  private record Scan(String description, List<String> header, long total) {}

  private static Scan scan(Path file, ImportOptions options) {
    try (TabularReader reader = Readers.open(file, options.read())) {
      long total = 0;
      while (reader.next() != null) {
        total++;
      }
      return new Scan(reader.description(), reader.header(), total);
    }
  }

  /**
   * As {@link #run(Path, ImportOptions, Listener)}, handing each rejected row and row with
   * warnings to {@code issues} as it goes (for a report file, also on a dry run).
   */
  public ImportResult run(Path file, ImportOptions options, Listener listener, Consumer<ImportBatches.Issue> issues) {
    long started = System.nanoTime();
    tx.executeWithoutResult(s -> batches.failStale(clock.instant().minus(STALE)));
    Scan scan = scan(file, options);
    List<ColumnMapping> mapping = mapping(scan.header(), options);
    List<ImportBatches.Issue> sample = new ArrayList<>();
    ImportBatch.Counts counts;
    Long batchId = null;
    if (options.dryRun()) {
      RowPipeline pipeline = new RowPipeline(scan.header(), mapping, options.defaultCountry(), options.source());
      counts = dryRun(file, options, pipeline, asOf(file, options), scan.total(), sample, listener, issues);
    } else {
      batchId = startBatch(file, options, scan.description(), scan.total(), mapping);
      counts = execute(file, options, batchId, scan, mapping, sample, listener, issues);
    }
    return new ImportResult(batchId, options.dryRun(), options.fileName(), scan.description(), mapping, counts, sample,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Starts an import in the background and returns its batch at once; follow it with {@link
   * ImportBatches#find}. The file is deleted when the import ends (it is an upload's copy). A file
   * whose header cannot be read is refused here; a fault found further down fails the batch,
   * with its message, before anything is written.
   */
  public long submit(Path file, ImportOptions options) {
    if (options.dryRun()) {
      throw new IllegalArgumentException("a dry run is not submitted: run it");
    }
    tx.executeWithoutResult(s -> batches.failStale(clock.instant().minus(STALE)));
    String description;
    List<String> header;
    try (TabularReader reader = Readers.open(file, options.read())) {
      description = reader.description();
      header = reader.header();
    }
    List<ColumnMapping> mapping = mapping(header, options);
    long batchId = startBatch(file, options, description, null, mapping);
    jobs.execute(() -> {
      try {
        Scan scan;
        try {
          scan = scan(file, options);
        } catch (RuntimeException e) {
          fail(batchId, e);
          return;
        }
        tx.executeWithoutResult(s -> batches.setTotal(batchId, scan.total()));
        execute(file, options, batchId, scan, mapping, new ArrayList<>(), Listener.NONE, issue -> {});
      } catch (RuntimeException e) {
        // recorded on the batch by execute
      } finally {
        Uploads.delete(file);
      }
    });
    return batchId;
  }

  private long startBatch(Path file, ImportOptions options, String description, Long total, List<ColumnMapping> mapping) {
    Instant now = clock.instant();
    String mappingJson = JSON.writeValueAsString(mapping);
    long id = tx.execute(s -> batches.start(new ImportBatch(0, options.fileName(), size(file), description, options.source(),
        options.policy(), options.defaultCountry(), mappingJson, ImportBatch.Status.RUNNING, total, 0,
        ImportBatch.Counts.ZERO, null, options.actor(), now, now, null, null, null)));
    log.info("import #{} started: {} ({} rows)", id, options.fileName(), total == null ? "counting" : total);
    return id;
  }

  private ImportBatch.Counts execute(Path file, ImportOptions options, long id, Scan scan, List<ColumnMapping> mapping,
      List<ImportBatches.Issue> sample, Listener listener, Consumer<ImportBatches.Issue> issues) {
    RowPipeline pipeline = new RowPipeline(scan.header(), mapping, options.defaultCountry(), options.source());
    try {
      ImportBatch.Counts done = write(file, options, pipeline, asOf(file, options), scan.total(), id, sample, listener, issues);
      if (done.created() + done.companiesCreated() >= 10_000) {
        database.analyze("people", "companies", "stage_history");
        database.refreshStatistics("people_facts");
      }
      tx.executeWithoutResult(s -> {
        batches.finish(id, ImportBatch.Status.COMPLETED, null, clock.instant());
        audit.record(options.actor(), "import", "import_batch", id, summary(options, done));
        if (options.saveProfile() != null) {
          Map<String, String> saved = new LinkedHashMap<>();
          for (ColumnMapping m : mapping) {
            saved.put(m.header(), m.targetName());
          }
          batches.saveProfile(new ImportBatches.Profile(options.saveProfile(), saved, options.actor(), clock.instant()));
        }
      });
      log.info("import #{} completed: {}", id, done);
      scoreTouched(id);
      return done;
    } catch (RuntimeException e) {
      fail(id, e);
      throw e;
    }
  }

  /**
   * Scores follow the people the batch created or changed (in bulk, after the batch). The batch is
   * complete whatever happens here: a failure is logged, and 'vivier score --all' catches up.
   */
  private void scoreTouched(long batchId) {
    try {
      // no stage rule: the undo of the batch finds its people at the versions the batch left
      events.publishEvent(new io.vivier.prospect.PeopleChanged(touchedPeople(batchId), false));
    } catch (RuntimeException e) {
      log.warn("import #{} completed, but scoring its people failed ({}); run 'vivier score --all'", batchId, e.toString());
    }
  }

  /** The people a batch created or updated, and those of the companies it updated. */
  private long[] touchedPeople(long batchId) {
    java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
    for (ImportBatches.Change change : batches.touched(batchId)) {
      if (change.entity().equals("person")) {
        for (long id = change.firstId(); id <= change.lastId(); id++) {
          ids.add(id);
        }
      } else if (change.op().equals("update")) {
        people.idsOfCompany(change.firstId()).forEach(ids::add);
      }
    }
    return ids.build().toArray(); // repeats and order are the listener's to settle
  }

  private void fail(long id, RuntimeException e) {
    String message = e instanceof ImportFileException ? e.getMessage() : "internal error: " + e;
    tx.executeWithoutResult(s -> batches.finish(id, ImportBatch.Status.FAILED, message, clock.instant()));
    if (e instanceof ImportFileException) {
      log.warn("import #{} failed: {}", id, message);
    } else {
      log.error("import #{} failed", id, e);
    }
  }

  private static Instant asOf(Path file, ImportOptions options) {
    return options.asOf() != null ? options.asOf() : modified(file);
  }

  private ImportBatch.Counts write(Path file, ImportOptions options, RowPipeline pipeline, Instant asOf, long total,
      long batchId, List<ImportBatches.Issue> sample, Listener listener, Consumer<ImportBatches.Issue> sink) {
    ChunkWriter writer = new ChunkWriter(people, companies, stageHistory, batches, tx.execute(s -> keys(total)), matcher, companyMatcher, batchId,
        options.policy(), asOf, options.actor());
    ImportBatch.Counts[] counts = {ImportBatch.Counts.ZERO};
    long[] done = {0};
    long[] grown = {0};
    long[] nextAnalyze = {ANALYZE_AFTER};
    stream(file, options, pipeline, chunk -> {
      // statistics refreshed as the tables grow: after 5,000 new rows, 10,000, 20,000…
      if (grown[0] >= nextAnalyze[0]) {
        database.analyze("people", "companies", "stage_history");
        nextAnalyze[0] *= 2;
      }
      tx.executeWithoutResult(s -> {
        Instant now = clock.instant();
        ImportBatch.Counts c = writer.write(chunk, now);
        List<ImportBatches.Issue> issues = issues(chunk);
        batches.recordIssues(batchId, issues);
        done[0] += chunk.size();
        batches.progress(batchId, c, done[0], now);
        counts[0] = counts[0].plus(c);
        grown[0] += c.created() + c.companiesCreated();
        keepSample(sample, issues);
        issues.forEach(sink);
      });
      listener.progress(done[0], total);
    });
    return counts[0];
  }

  /**
   * The base's matching keys in memory when they fit in a third of the heap (134 MB for a million
   * people) and the file is not tiny next to the base (reading the keys
   * costs about a microsecond a person, a query per chunk some tens a row), else queries per
   * chunk. Call inside a transaction.
   */
  private KeyLookup keys(long rows) {
    long peopleCount = people.count();
    long companyCount = companies.count();
    long bytes = LongLongMap.bytesFor(BaseKeys.expectedKeys(peopleCount, companyCount));
    boolean memory = switch (keyIndex) {
      case "memory" -> true;
      case "queries" -> false;
      default -> bytes < Runtime.getRuntime().maxMemory() / 3 && (rows < 0 || rows * 20 >= peopleCount);
    };
    if (!memory) {
      log.info("matching keys looked up per chunk: {} people, {} companies", peopleCount, companyCount);
      return KeyLookup.queries(people, companies);
    }
    long started = System.nanoTime();
    BaseKeys keys = BaseKeys.load(people, companies, peopleCount, companyCount);
    log.info("matching keys of {} people and {} companies in memory ({} keys) in {} ms", peopleCount, companyCount, keys.size(),
        (System.nanoTime() - started) / 1_000_000);
    return keys;
  }

  /** A dry run does all the work in one transaction, then rolls it back. */
  private ImportBatch.Counts dryRun(Path file, ImportOptions options, RowPipeline pipeline, Instant asOf, long total,
      List<ImportBatches.Issue> sample, Listener listener, Consumer<ImportBatches.Issue> sink) {
    ImportBatch.Counts[] counts = {ImportBatch.Counts.ZERO};
    tx.executeWithoutResult(s -> {
      ChunkWriter writer = new ChunkWriter(people, companies, stageHistory, batches, keys(total), matcher, companyMatcher, 0, options.policy(), asOf, options.actor());
      long[] done = {0};
      stream(file, options, pipeline, chunk -> {
        counts[0] = counts[0].plus(writer.write(chunk, clock.instant()));
        List<ImportBatches.Issue> issues = issues(chunk);
        keepSample(sample, issues);
        issues.forEach(sink);
        done[0] += chunk.size();
        listener.progress(done[0], total);
      });
      s.setRollbackOnly();
    });
    return counts[0];
  }

  private static void keepSample(List<ImportBatches.Issue> sample, List<ImportBatches.Issue> issues) {
    for (ImportBatches.Issue issue : issues) {
      if (sample.size() < SAMPLE_ISSUES) {
        sample.add(issue);
      }
    }
  }

  private static List<ImportBatches.Issue> issues(List<ImportRow> chunk) {
    List<ImportBatches.Issue> issues = new ArrayList<>();
    for (ImportRow row : chunk) {
      if (row.rejected() || !row.issues.isEmpty()) {
        issues.add(new ImportBatches.Issue(row.number, row.rejected(), List.copyOf(row.reported()), row.cells));
      }
    }
    return issues;
  }

  /** Reads and cleans rows on a second thread, handing chunks to {@code consumer} on this one. */
  private static void stream(Path file, ImportOptions options, RowPipeline pipeline, java.util.function.Consumer<List<ImportRow>> consumer) {
    BlockingQueue<List<ImportRow>> queue = new ArrayBlockingQueue<>(4);
    List<ImportRow> end = new ArrayList<>();
    RuntimeException[] failure = {null};
    Thread producer = new Thread(() -> {
      try (TabularReader reader = Readers.open(file, options.read())) {
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        RawRow raw;
        while ((raw = reader.next()) != null) {
          chunk.add(pipeline.process(raw));
          if (chunk.size() == CHUNK) {
            queue.put(chunk);
            chunk = new ArrayList<>(CHUNK);
          }
        }
        if (!chunk.isEmpty()) {
          queue.put(chunk);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        failure[0] = e;
      }
      try {
        queue.put(end);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "vivier-import-reader");
    producer.setDaemon(true);
    producer.start();
    try {
      while (true) {
        List<ImportRow> chunk = queue.poll(1, TimeUnit.HOURS);
        if (chunk == null || chunk == end) {
          break;
        }
        consumer.accept(chunk);
      }
      producer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } finally {
      producer.interrupt();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  /** The header of the file a batch read, from its recorded mapping. */
  public static List<String> header(ImportBatch batch) {
    ColumnMapping[] mapping = JSON.readValue(batch.mappingJson(), ColumnMapping[].class);
    List<String> header = new ArrayList<>();
    for (ColumnMapping m : mapping) {
      while (header.size() <= m.column()) {
        header.add("column " + (header.size() + 1));
      }
      header.set(m.column(), m.header());
    }
    return header;
  }

  private static Map<String, Object> summary(ImportOptions options, ImportBatch.Counts c) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", options.fileName());
    summary.put("policy", options.policy().name().toLowerCase(java.util.Locale.ROOT));
    summary.put("read", c.read());
    summary.put("created", c.created());
    summary.put("updated", c.updated());
    summary.put("merged", c.merged());
    summary.put("rejected", c.rejected());
    return summary;
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.now();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
