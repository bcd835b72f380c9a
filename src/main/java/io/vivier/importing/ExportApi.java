package io.vivier.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.user.Actors;
import io.vivier.web.BadInputException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Export of people over HTTP, streamed. */
@RestController
@Tag(name = "Export", description = "Export people to CSV, XLSX or JSON lines")
class ExportApi {

  private final Exporter exporter;

  private final org.springframework.beans.factory.ObjectProvider<io.vivier.prospect.PeopleFilter> filters;

  ExportApi(Exporter exporter, org.springframework.beans.factory.ObjectProvider<io.vivier.prospect.PeopleFilter> filters) {
    this.exporter = exporter;
    this.filters = filters;
  }

  @GetMapping("/api/v1/people/export")
  @Operation(summary = "Export people (all, ids=1,2,3, or those a filter= of the filter language matches) as csv, csv-excel, xlsx or"
      + " jsonl; people who objected are left out unless include_opposed=true (recorded in the audit log)")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(defaultValue = "csv-excel") String format,
      @RequestParam(defaultValue = "canonical") String profile,
      @RequestParam(required = false) String columns,
      @RequestParam(required = false) String ids,
      @RequestParam(required = false) String filter,
      @RequestParam(name = "include_opposed", defaultValue = "false") boolean includeOpposed) {
    ExportFormat exportFormat;
    ExportProfile exportProfile;
    List<Long> idList = null;
    try {
      exportFormat = ExportFormat.parse(format);
      exportProfile = columns != null && !columns.isBlank()
          ? ExportProfile.columns(Arrays.stream(columns.split(",")).map(String::strip).toList())
          : ExportProfile.named(profile);
      if (ids != null && !ids.isBlank()) {
        idList = new ArrayList<>();
        for (String id : ids.split(",")) {
          idList.add(Long.parseLong(id.strip()));
        }
      }
    } catch (NumberFormatException e) {
      throw new BadInputException("ids: a list of person ids such as 12,15,18");
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (filter != null && !filter.isBlank()) {
      io.vivier.prospect.PeopleFilter people = filters.getIfAvailable();
      if (people == null || idList != null) {
        throw new BadInputException(people == null ? "filter: filters are not available" : "filter and ids: give one or the other");
      }
      idList = Arrays.stream(people.ids(filter)).boxed().toList();
    }
    Exporter.Request request = new Exporter.Request(exportFormat, exportProfile, idList, includeOpposed, ZoneId.of("Europe/Paris"), Actors.current());
    StreamingResponseBody body = out -> exporter.export(request, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vivier-people." + exportFormat.extension() + "\"")
        .body(body);
  }
}
