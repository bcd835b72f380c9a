package io.vivier.importing;

import io.vivier.storage.VivierProperties;
import io.vivier.user.Actors;
import io.vivier.web.BadInputException;
import io.vivier.web.ConflictException;
import io.vivier.web.Htmx;
import io.vivier.web.NotFoundException;
import io.vivier.web.WebUi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import wizard: upload a file, see how its columns are mapped and why (and change it), check
 * it with a dry run, run it in the background, follow its progress (the page can be left and
 * come back), download its report, undo it. Export of the prospect list lives here too.
 */
@Controller
@WebUi
@RequestMapping("/imports")
class ImportPages {

  private static final int SAMPLE = 8;

  private final Importer importer;
  private final ImportUndo undo;
  private final ImportBatches batches;
  private final Exporter exporter;
  private final Path uploads;

  ImportPages(Importer importer, ImportUndo undo, ImportBatches batches, Exporter exporter, VivierProperties properties) {
    this.importer = importer;
    this.undo = undo;
    this.batches = batches;
    this.exporter = exporter;
    this.uploads = properties.dataDir().resolve("uploads");
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("batches", batches.list(100));
    return "imports/list";
  }

  @PostMapping
  String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
    if (file.isEmpty()) {
      redirect.addFlashAttribute("alert", "imports.emptyFile");
      return "redirect:/imports";
    }
    Path saved = Uploads.newFile(uploads, file.getOriginalFilename());
    try {
      file.transferTo(saved);
    } catch (IOException e) {
      Uploads.delete(saved);
      throw new UncheckedIOException(e);
    }
    return "redirect:/imports/new/" + Uploads.token(saved);
  }

  @GetMapping("/new/{token}")
  String preview(@PathVariable String token, Model model) {
    Path file = upload(token);
    String name = file.getFileName().toString();
    model.addAttribute("form", new Form(name, "fill", "", "FR", Map.of()));
    try {
      return page(token, importer.preview(file, defaults(name), SAMPLE), null, model);
    } catch (BadInputException e) {
      return fatal(token, e, model);
    }
  }

  /** Check (dry run) or run the import with the mapping and options chosen on the page. */
  @PostMapping("/new/{token}")
  String submit(@PathVariable String token, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
    Path file = upload(token);
    String name = file.getFileName().toString();
    // the file is read once for the page; the mapping the user chose is worked out from its header
    Importer.Preview base;
    try {
      base = importer.preview(file, defaults(name), SAMPLE);
    } catch (BadInputException e) {
      model.addAttribute("form", new Form(name, "fill", "", "FR", Map.of()));
      return fatal(token, e, model);
    }
    // only the columns the user changed are overrides; the others keep their automatic mapping and its reason
    Map<Integer, String> automatic = new java.util.HashMap<>();
    for (ColumnMapping m : base.mapping()) {
      automatic.put(m.column(), m.targetName());
    }
    Map<String, String> targets = new LinkedHashMap<>();
    params.forEach((key, value) -> {
      if (key.matches("target-\\d{1,5}") && value != null && !value.isBlank()) {
        int column = Integer.parseInt(key.substring("target-".length()));
        if (!value.equals(automatic.get(column))) {
          targets.put("#" + (column + 1), value);
        }
      }
    });
    Form form = new Form(name, params.getOrDefault("policy", "fill"), params.getOrDefault("source", ""),
        params.getOrDefault("default_country", "FR"), targets);
    model.addAttribute("form", form);
    ImportOptions options;
    try {
      options = ImportsApi.options(name, form.policy(), form.source(), form.defaultCountry(), null, null, null, null, null, null,
          null, "check".equals(params.get("action"))).withOverrides(targets);
    } catch (BadInputException e) {
      model.addAttribute("error", e.getMessage());
      return page(token, base, null, model);
    }
    try {
      if (options.dryRun()) {
        model.addAttribute("check", importer.run(file, options, Importer.Listener.NONE));
        return page(token, base, options, model);
      }
      long batch = importer.submit(file, options);
      redirect.addFlashAttribute("notice", "imports.started");
      return "redirect:/imports/" + batch;
    } catch (BadInputException e) {
      model.addAttribute("error", e.getMessage());
      return page(token, base, null, model);
    }
  }

  /** The preview page: the file as read, with the mapping of {@code options} (null: the automatic one). */
  private String page(String token, Importer.Preview base, ImportOptions options, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("targets", HeaderMapper.targets());
    Importer.Preview shown = base;
    if (options != null && !options.overrides().isEmpty()) {
      shown = new Importer.Preview(base.description(), base.header(), importer.mapping(base.header(), options), base.sample());
    }
    model.addAttribute("preview", shown);
    return "imports/new";
  }

  private String fatal(String token, BadInputException e, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("fatal", e.getMessage());
    return "imports/new";
  }

  private static ImportOptions defaults(String name) {
    return ImportOptions.of(name, Actors.current());
  }

  /** What the user chose on the preview page. */
  record Form(String name, String policy, String source, String defaultCountry, Map<String, String> targets) {}

  private Path upload(String token) {
    Path file = Uploads.find(uploads, token);
    if (file == null) {
      throw new NotFoundException("upload", token);
    }
    return file;
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
    ImportBatch batch = batches.find(id).orElseThrow(() -> new NotFoundException("import batch", id));
    model.addAttribute("batch", batch);
    model.addAttribute("percent", batch.rowsTotal() == null || batch.rowsTotal() == 0 ? 0 : Math.min(100, batch.rowsDone() * 100 / batch.rowsTotal()));
    List<ImportBatches.Issue> issues = new ArrayList<>();
    if (batch.status() != ImportBatch.Status.RUNNING) {
      batches.forEachIssue(id, issue -> {
        if (issues.size() < 20) {
          issues.add(issue);
        }
      });
    }
    model.addAttribute("issues", issues);
    return Htmx.wantsFragment(request, response) ? "imports/show :: status" : "imports/show";
  }

  @GetMapping("/{id}/report")
  ResponseEntity<StreamingResponseBody> report(@PathVariable long id) {
    ImportBatch batch = batches.find(id).orElseThrow(() -> new NotFoundException("import batch", id));
    List<String> header = Importer.header(batch);
    StreamingResponseBody body = out -> ImportReport.write(batches, id, header, out);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-report.csv\"")
        .body(body);
  }

  @PostMapping("/{id}/undo")
  String undo(@PathVariable long id, RedirectAttributes redirect) {
    try {
      ImportUndo.Result result = undo.undo(id, Actors.current());
      redirect.addFlashAttribute("notice", "imports.undone");
      redirect.addFlashAttribute("undoResult", result);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("undoError", e.getMessage());
    }
    return "redirect:/imports/" + id;
  }

  /** The prospect list as a file; people who objected are left out. */
  @GetMapping("/export")
  ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv-excel") String format,
      @RequestParam(defaultValue = "canonical") String profile) {
    ExportFormat exportFormat;
    ExportProfile exportProfile;
    try {
      exportFormat = ExportFormat.parse(format);
      exportProfile = ExportProfile.named(profile);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Exporter.Request request = new Exporter.Request(exportFormat, exportProfile, null, false, ZoneId.of("Europe/Paris"), Actors.current());
    StreamingResponseBody body = out -> exporter.export(request, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vivier-prospects." + exportFormat.extension() + "\"")
        .body(body);
  }
}
