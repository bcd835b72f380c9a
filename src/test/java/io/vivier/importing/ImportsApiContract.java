package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.vivier.support.Api;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Imports over HTTP: upload, progress, report, undo, bulk upsert, export; run on each database. */
abstract class ImportsApiContract {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired ImportBatches batches;

  Api marketing;
  Api sales;
  String marketingToken;
  String salesToken;
  String t;

  @BeforeEach
  void setUp() {
    marketingToken = TestUsers.bearer(accounts, Role.MARKETING);
    salesToken = TestUsers.bearer(accounts, Role.SALES);
    marketing = new Api(mvc, marketingToken);
    sales = marketing.as(salesToken);
    t = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private MvcResult upload(String token, String name, String content, String... params) throws Exception {
    var request = multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
        .header("Authorization", token);
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andReturn();
  }

  private Map<String, Object> waitFor(long batch) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Map<String, Object> status = marketing.get("/api/v1/imports/" + batch).json();
      if (!"running".equals(status.get("status"))) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import #" + batch + " still running after 30 s");
  }

  @Test
  void anUploadRunsInTheBackgroundAndCanBeFollowedReportedAndUndone() throws Exception {
    String csv = "Prénom;Nom;E-mail;Téléphone\n"
        + "Lou;Bras;lou@" + t + ".fr;06 12 34 56 78\n"
        + "Max;Sans;;\n";
    MvcResult result = upload(marketingToken, "salon.csv", csv, "source", "Salon " + t);
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(202);
    String location = result.getResponse().getHeader("Location");
    long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    Map<String, Object> status = waitFor(batch);
    assertThat(status).containsEntry("status", "completed").containsEntry("read", 2).containsEntry("created", 1)
        .containsEntry("rejected", 1).containsEntry("rows_total", 2).containsEntry("progress", 1.0);

    Api.Response report = marketing.get("/api/v1/imports/" + batch + "/report");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body()).contains("vivier_row;vivier_status;vivier_issues;Prénom;Nom;E-mail;Téléphone").contains("3;rejected;");

    assertThat(sales.post("/api/v1/imports/" + batch + "/undo", Map.of()).status()).as("sales reps do not undo imports").isEqualTo(403);
    Api.Response undo = marketing.post("/api/v1/imports/" + batch + "/undo", Map.of());
    assertThat(undo.status()).as(undo.toString()).isEqualTo(200);
    assertThat(undo.json()).containsEntry("people_deleted", 1);
    assertThat(marketing.post("/api/v1/imports/" + batch + "/undo", Map.of()).status()).isEqualTo(409);
  }

  @Test
  void aFileThatIsNotATableFailsItsBatchWithAClearMessage() throws Exception {
    MvcResult result = upload(marketingToken, "notes.csv", "email\na@b.fr\n\"unterminated\n");
    if (result.getResponse().getStatus() == 400) {
      assertThat(result.getResponse().getContentAsString()).contains("notes.csv");
      return;
    }
    String location = result.getResponse().getHeader("Location");
    Map<String, Object> status = waitFor(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    assertThat(status).containsEntry("status", "failed").containsEntry("created", 0);
    assertThat((String) status.get("error")).contains("notes.csv");
  }

  @Test
  void aDryRunAndAPreviewWriteNothing() throws Exception {
    String csv = "Courriel,Raison sociale,Budget\nzed@" + t + ".fr,Zed " + t + ",100\n";
    MvcResult preview = mvc.perform(multipart("/api/v1/imports/preview")
        .file(new MockMultipartFile("file", "z.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .header("Authorization", marketingToken)).andReturn();
    assertThat(preview.getResponse().getContentAsString()).contains("\"target\":\"email\"").contains("\"target\":\"company_name\"")
        .contains("\"target\":\"attribute:budget\"").contains("\"sample\":[[\"zed@" + t + ".fr\"");

    MvcResult dry = upload(marketingToken, "z.csv", csv, "dry_run", "true");
    assertThat(dry.getResponse().getStatus()).isEqualTo(200);
    assertThat(dry.getResponse().getContentAsString()).contains("\"dry_run\":true").contains("\"created\":1");
    assertThat(marketing.get("/api/v1/people?q=zed").items()).noneMatch(p -> ("zed@" + t + ".fr").equals(p.get("email")));
  }

  @Test
  void salesRepsCannotImportButCanExport() throws Exception {
    assertThat(upload(salesToken, "x.csv", "email\nx@" + t + ".fr\n").getResponse().getStatus()).isEqualTo(403);
    assertThat(sales.post("/api/v1/people/bulk?x=1", List.of(Map.of("email", "x@" + t + ".fr"))).status()).isEqualTo(403);
    assertThat(sales.get("/api/v1/people/export?format=jsonl").status()).isEqualTo(200);
  }

  @Test
  void bulkUpsertGoesThroughThePipelineAndNamesBadRecords() throws Exception {
    List<Map<String, Object>> records = List.of(
        Map.of("email", "bulk1@" + t + ".fr", "first_name", "Un", "company_name", "Bulk " + t, "tags", List.of("a", "b")),
        Map.of("email", "BULK1@" + t + ".fr", "phone", "+33 1 42 68 53 00"),
        Map.of("first_name", "Nobody"));

    Api.Response response = marketing.post("/api/v1/people/bulk", records);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json()).containsEntry("read", 3).containsEntry("created", 1).containsEntry("merged", 1).containsEntry("rejected", 1);
    assertThat(response.body()).contains("\"row\":3").contains("cannot identify anybody");
    Map<String, Object> person = marketing.get("/api/v1/people?q=bulk1").items().stream()
        .filter(p -> ("bulk1@" + t + ".fr").equals(p.get("email"))).findFirst().orElseThrow();
    assertThat(person).containsEntry("phone", "+33142685300").containsEntry("tags", List.of("a", "b"));
  }

  @Test
  void exportsAreStreamedInTheChosenFormat() throws Exception {
    marketing.post("/api/v1/people", Map.of("email", "exp@" + t + ".fr", "last_name", "=cmd|' /C calc'!A0"));
    Api.Response csv = sales.get("/api/v1/people/export?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition")).contains("vivier-people.csv");
    assertThat(csv.body()).startsWith("id,first_name,last_name,email").contains("exp@" + t + ".fr").contains("'=cmd");
    Api.Response jsonl = sales.get("/api/v1/people/export?format=jsonl&ids=" + marketing.get("/api/v1/people?q=exp").items().get(0).get("id"));
    assertThat(jsonl.body().lines()).hasSize(1).first().asString().contains("\"email\":\"exp@" + t + ".fr\"");
    assertThat(sales.get("/api/v1/people/export?format=pdf").body()).contains("unknown export format 'pdf'");
    marketing.post("/api/v1/people", Map.of("email", "exp2@" + t + ".fr", "last_name", "Second", "source", "salon " + t));
    String filter = java.net.URLEncoder.encode("source = \"salon " + t + "\"", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    Api.Response segment = sales.get("/api/v1/people/export?format=jsonl&filter=" + filter);
    assertThat(segment.status()).as(segment.toString()).isEqualTo(200);
    assertThat(segment.body().lines()).hasSize(1).first().asString().contains("exp2@" + t + ".fr");
    Api.Response bad = sales.get("/api/v1/people/export?format=jsonl&filter=" + java.net.URLEncoder.encode("contry = FR", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("did you mean 'country'");
  }
}
