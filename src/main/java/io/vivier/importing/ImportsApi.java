package io.vivier.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.storage.VivierProperties;
import io.vivier.user.Actors;
import io.vivier.web.BadInputException;
import io.vivier.web.NotFoundException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Imports over HTTP: upload a file (run in the background), follow it, get its report, undo it; bulk upsert of JSON. */
@RestController
@Tag(name = "Imports", description = "Upload files of prospects, follow and undo import batches, bulk upsert")
class ImportsApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Records per bulk call; larger sets go through a file upload. */
  static final int MAX_BULK = 10_000;

  private final Importer importer;
  private final ImportUndo undo;
  private final ImportBatches batches;
  private final Path uploads;

  ImportsApi(Importer importer, ImportUndo undo, ImportBatches batches, VivierProperties properties) {
    this.importer = importer;
    this.undo = undo;
    this.batches = batches;
    this.uploads = properties.dataDir().resolve("uploads");
  }

  @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload a CSV, XLSX or JSON lines file: starts an import batch in the background (202), or with dry_run=true"
      + " checks and matches everything and answers what would happen, writing nothing")
  ResponseEntity<Map<String, Object>> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String policy,
      @RequestParam(required = false) String source,
      @RequestParam(name = "default_country", required = false) String defaultCountry,
      @RequestParam(required = false) String map,
      @RequestParam(required = false) String profile,
      @RequestParam(name = "save_profile", required = false) String saveProfile,
      @RequestParam(required = false) String sheet,
      @RequestParam(required = false) String encoding,
      @RequestParam(required = false) String delimiter,
      @RequestParam(name = "as_of", required = false) String asOf,
      @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun) {
    ImportOptions options =
        options(name(file), policy, source, defaultCountry, map, profile, saveProfile, sheet, encoding, delimiter, asOf, dryRun);
    Path saved = save(file);
    if (dryRun) {
      try {
        return ResponseEntity.ok(ImportJson.result(importer.run(saved, options, Importer.Listener.NONE)));
      } finally {
        deleteQuietly(saved);
      }
    }
    long batch;
    try {
      batch = importer.submit(saved, options);
    } catch (RuntimeException e) {
      deleteQuietly(saved);
      throw e;
    }
    Map<String, Object> body = ImportJson.batch(batches.find(batch).orElseThrow());
    return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + batch)).body(body);
  }

  @PostMapping(path = "/api/v1/imports/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Read a file's header and first rows and show the mapping an import would use, and why")
  Map<String, Object> preview(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String map,
      @RequestParam(required = false) String profile,
      @RequestParam(required = false) String sheet,
      @RequestParam(required = false) String encoding,
      @RequestParam(required = false) String delimiter,
      @RequestParam(defaultValue = "10") int rows) {
    ImportOptions options = options(name(file), null, null, null, map, profile, null, sheet, encoding, delimiter, null, false);
    Path saved = save(file);
    try {
      Importer.Preview preview = importer.preview(saved, options, Math.max(0, Math.min(rows, 100)));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("file", options.fileName());
      body.put("description", preview.description());
      body.put("header", preview.header());
      body.put("mapping", ImportJson.mapping(preview.mapping()));
      body.put("sample", preview.sample());
      return body;
    } finally {
      deleteQuietly(saved);
    }
  }

  @GetMapping("/api/v1/imports")
  @Operation(summary = "Import batches, newest first")
  Map<String, Object> list(@RequestParam(defaultValue = "50") int limit) {
    return Map.of("items", batches.list(Math.max(1, Math.min(limit, 500))).stream().map(ImportJson::batch).toList());
  }

  @GetMapping("/api/v1/imports/{id}")
  @Operation(summary = "An import batch: status, progress and counts")
  Map<String, Object> get(@PathVariable long id) {
    return ImportJson.batch(batch(id));
  }

  @GetMapping("/api/v1/imports/{id}/report")
  @Operation(summary = "Rejected rows and warnings of a batch as CSV (UTF-8 with BOM, ';'), re-importable once corrected")
  ResponseEntity<StreamingResponseBody> report(@PathVariable long id) {
    ImportBatch batch = batch(id);
    List<String> header = Importer.header(batch);
    StreamingResponseBody body = out -> ImportReport.write(batches, id, header, out);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-report.csv\"")
        .body(body);
  }

  @PostMapping("/api/v1/imports/{id}/undo")
  @Operation(summary = "Undo a batch: delete what it created, restore what it updated; records changed since are kept and listed")
  Map<String, Object> undo(@PathVariable long id) {
    ImportUndo.Result r = undo.undo(id, Actors.current());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("batch", r.batch());
    body.put("people_deleted", r.peopleDeleted());
    body.put("people_restored", r.peopleRestored());
    body.put("companies_deleted", r.companiesDeleted());
    body.put("companies_restored", r.companiesRestored());
    body.put("conflicts", r.conflicts());
    return body;
  }

  @GetMapping("/api/v1/imports/profiles")
  @Operation(summary = "Saved mapping profiles")
  Map<String, Object> profiles() {
    return Map.of("items", batches.profiles().stream()
        .map(p -> Map.of("name", p.name(), "mapping", p.mapping(), "created_by", p.createdBy(), "updated_at", p.updatedAt().toString()))
        .toList());
  }

  @PostMapping(path = "/api/v1/people/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create or update up to 10,000 people in one call, through the import pipeline (matching, policy, batch, undo);"
      + " each object uses the canonical field names")
  ResponseEntity<Map<String, Object>> bulk(
      @RequestBody List<Map<String, Object>> records,
      @RequestParam(required = false) String policy,
      @RequestParam(required = false) String source,
      @RequestParam(name = "default_country", required = false) String defaultCountry,
      @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun) {
    if (records.isEmpty()) {
      throw new BadInputException("the body is an empty array: nothing to import");
    }
    if (records.size() > MAX_BULK) {
      throw new BadInputException("at most " + MAX_BULK + " records per call (got " + records.size() + "); upload a file instead");
    }
    ImportOptions options = options("bulk.jsonl", policy, source, defaultCountry, null, null, null, null, null, null, null, dryRun);
    Path file = Uploads.newFile(uploads, "bulk.jsonl");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (Map<String, Object> record : records) {
          out.write(JSON.writeValueAsString(record == null ? Map.of() : record));
          out.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ImportResult result = importer.run(file, options, Importer.Listener.NONE);
      Map<String, Object> body = ImportJson.result(result);
      return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    } finally {
      deleteQuietly(file);
    }
  }

  private ImportBatch batch(long id) {
    return batches.find(id).orElseThrow(() -> new NotFoundException("import batch", id));
  }

  private static String name(MultipartFile file) {
    return Uploads.safeName(file.getOriginalFilename());
  }

  private Path save(MultipartFile file) {
    if (file.isEmpty()) {
      throw new BadInputException(name(file) + ": the file is empty");
    }
    Path saved = Uploads.newFile(uploads, name(file));
    try {
      file.transferTo(saved);
    } catch (IOException e) {
      deleteQuietly(saved);
      throw new UncheckedIOException(e);
    }
    return saved;
  }

  private static void deleteQuietly(Path file) {
    Uploads.delete(file);
  }

  static ImportOptions options(String fileName, String policy, String source, String defaultCountry, String map, String profile,
      String saveProfile, String sheet, String encoding, String delimiter, String asOf, boolean dryRun) {
    try {
      return ImportOptions.parse(fileName, policy, source, defaultCountry, map, profile, saveProfile, sheet, encoding, delimiter, asOf,
          dryRun, Actors.current());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
