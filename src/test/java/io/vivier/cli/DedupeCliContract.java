package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Cli;
import io.vivier.support.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vivier dedupe on a base holding 300 people and 60 near-duplicates an import could not tell apart. */
abstract class DedupeCliContract {

  private static final String[] FIRST = {"Jean", "Marie", "Pierre", "Nathalie", "Michel", "Isabelle", "Philippe", "Sylvie", "Alain",
      "Catherine", "Nicolas", "Sophie", "Laurent", "Camille", "Hugo", "Inès", "Mathieu", "Chloé", "Julien", "Léa"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel",
      "Garcia", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure",
      "Mercier", "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Legrand", "Gauthier", "Perrin", "Robin"};
  private static final String[] CITIES = {"Paris;75011", "Lyon;69003", "Lille;59000", "Nantes;44000", "Bordeaux;33000",
      "Toulouse;31000", "Rennes;35000", "Marseille;13001", "Nice;06000", "Dijon;21000"};

  String db;
  @TempDir Path dir;

  abstract String freshDatabase();

  @BeforeEach
  void freshBase() throws IOException {
    db = freshDatabase();
    Path file = dir.resolve("base.csv");
    Files.writeString(file, String.join("\n", people()) + "\n", StandardCharsets.UTF_8);
    Result imported = Cli.run("import", file.toString(), "--db", db, "--json");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("\"created\" : 360");
  }

  /** 300 people, then 60 of them again with a typo in the surname, a personal e-mail and no phone. */
  private static List<String> people() {
    Random random = new Random(17);
    List<String> lines = new ArrayList<>(List.of("Prénom;Nom;E-mail;Téléphone;Société;Ville;Code postal"));
    List<String[]> originals = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      String company = "Société " + (char) ('A' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)) + random.nextInt(100);
      String[] city = CITIES[random.nextInt(CITIES.length)].split(";");
      String email = ascii(first) + "." + ascii(last) + i + "@" + ascii(company).replace(" ", "") + ".fr";
      String phone = "01" + String.format("%08d", random.nextInt(100_000_000));
      originals.add(new String[] {first, last, company, city[0], city[1]});
      lines.add(String.join(";", first, last, email, phone, company, city[0], city[1]));
    }
    for (int i = 0; i < 60; i++) {
      String[] o = originals.get(i * 5);
      String last = o[1].substring(0, o[1].length() - 1) + (o[1].endsWith("e") ? "a" : "e");
      lines.add(String.join(";", o[0], last, ascii(o[0]) + ascii(last) + i + "@gmail.com", "", o[2], o[3], o[4]));
    }
    return lines;
  }

  private static String ascii(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
  }

  private long peopleInBase() {
    Result info = Cli.run("db", "info", "--db", db, "--json");
    Matcher m = Pattern.compile("\"people\" : (\\d+)").matcher(info.out());
    assertThat(m.find()).as(info.toString()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static long number(Result result, String key) {
    Matcher m = Pattern.compile("\"" + key + "\" : (\\d+)").matcher(result.out());
    assertThat(m.find()).as(key + " in " + result).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void aDryRunCountsAndWritesNothing() {
    Result result = Cli.run("dedupe", "--db", db, "--dry-run", "--json", "--pairs-out", dir.resolve("pairs.csv").toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(number(result, "records")).isEqualTo(360);
    assertThat(number(result, "auto_merge_pairs") + number(result, "review_pairs")).as(result.out()).isBetween(50L, 80L);
    assertThat(number(result, "queued")).isZero();
    assertThat(peopleInBase()).isEqualTo(360);
  }

  @Test
  void withoutApplyThePairsGoToTheReviewQueue() {
    Result result = Cli.run("dedupe", "--db", db, "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(number(result, "queued")).isBetween(50L, 80L);
    assertThat(number(result, "merges")).isZero();
    assertThat(peopleInBase()).isEqualTo(360);
  }

  @Test
  void applyMergesTheClustersAboveTheThreshold() throws IOException {
    Path pairs = dir.resolve("pairs.csv");
    Result result = Cli.run("dedupe", "--db", db, "--apply", "--json", "--pairs-out", pairs.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    long merged = number(result, "merged_records");
    // a typo in the surname, a personal address and no phone: sure for some, likely for the rest
    // (their town and postcode are their company's, which counts once)
    assertThat(merged).as(result.out()).isBetween(15L, 60L);
    assertThat(merged + number(result, "queued")).as(result.out()).isBetween(58L, 62L);
    assertThat(peopleInBase()).isEqualTo(360 - merged);
    assertThat(Files.readAllLines(pairs).get(0)).isEqualTo("id_l,id_r,probability,explanation");
    assertThat(Files.readString(pairs)).contains("last_name close");
  }

  @Test
  void onceAScanHasFittedAModelAnImportMatchesANearDuplicateInsteadOfCreatingIt() throws IOException {
    // person 2 of the base, with a typo in the surname, a personal e-mail and no phone
    String[] p = people().get(2).split(";");
    String typo = p[1].substring(0, p[1].length() - 1) + (p[1].endsWith("e") ? "a" : "e");
    Path file = dir.resolve("salon.csv");
    Files.writeString(file, "Prénom;Nom;E-mail;Société;Ville;Code postal\n"
        + String.join(";", p[0], typo, "perso." + ascii(p[0]) + "@gmail.com", p[4], p[5], p[6]) + "\n", StandardCharsets.UTF_8);

    Result before = Cli.run("import", file.toString(), "--db", db, "--json", "--dry-run");
    assertThat(number(before, "created")).as("no model yet: exact keys only").isEqualTo(1);
    assertThat(Cli.run("dedupe", "--db", db, "--json").exitCode()).isZero();

    Result after = Cli.run("import", file.toString(), "--db", db, "--json");

    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(number(after, "created")).as(after.out()).isZero();
    assertThat(number(after, "unchanged")).as("matched; under --policy fill nothing was empty to fill").isEqualTo(1);
    assertThat(peopleInBase()).isEqualTo(360);

    // the same, but from another mailbox of the person's company: a colleague, created and queued, never matched
    String domain = p[2].substring(p[2].indexOf('@'));
    Path colleague = dir.resolve("colleague.csv");
    Files.writeString(colleague, "Prénom;Nom;E-mail;Société;Ville;Code postal\n"
        + String.join(";", p[0], typo, "contact.commercial" + domain, p[4], p[5], p[6]) + "\n", StandardCharsets.UTF_8);
    Result created = Cli.run("import", colleague.toString(), "--db", db, "--json");
    assertThat(number(created, "created")).as(created.out()).isEqualTo(1);
  }

  @Test
  void onceACompanyScanHasFittedAModelAnImportJoinsACompanyWrittenWithATypo() throws IOException {
    // 200 companies, 30 of them written again with a typo in the name and no domain
    Random random = new Random(5);
    List<String> lines = new ArrayList<>(List.of("Raison sociale;Site web;Adresse;Code postal;Ville;Téléphone"));
    List<String[]> base = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = "Ateliers " + (char) ('B' + random.nextInt(20)) + "ermont" + (char) ('a' + random.nextInt(26)) + " " + i;
      String[] city = CITIES[random.nextInt(CITIES.length)].split(";");
      String[] c = {name, ascii(name).replace(" ", "-") + ".fr", (1 + random.nextInt(120)) + " rue " + LAST[random.nextInt(LAST.length)],
          city[1], city[0], "04" + String.format("%08d", random.nextInt(100_000_000))};
      base.add(c);
      lines.add(String.join(";", c));
    }
    for (int i = 0; i < 30; i++) {
      String[] c = base.get(i * 6);
      lines.add(String.join(";", c[0].replace("ermont", "ermond"), "", c[2], c[3], c[4], c[5]));
    }
    Path companies = dir.resolve("companies.csv");
    Files.writeString(companies, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    assertThat(number(Cli.run("import", companies.toString(), "--db", db, "--json"), "companies_created")).isEqualTo(230);
    String[] c = base.get(100);
    Path salon = dir.resolve("salon.csv");
    Files.writeString(salon, "Raison sociale;Adresse;Code postal;Ville;Téléphone\n"
        + String.join(";", c[0].toUpperCase().replace("ERMONT", "ERMMONT"), c[2], c[3], c[4], c[5]) + "\n", StandardCharsets.UTF_8);
    Result before = Cli.run("import", salon.toString(), "--db", db, "--json", "--dry-run");
    assertThat(number(before, "companies_created")).as("no company model yet: exact keys only").isEqualTo(1);
    Result scan = Cli.run("dedupe", "--companies", "--db", db, "--json");
    assertThat(scan.exitCode()).as(scan.toString()).isZero();

    Result after = Cli.run("import", salon.toString(), "--db", db, "--json");

    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(number(after, "companies_created")).as(after.out()).isZero();
  }

  @Test
  void namesakesWithTwoMailboxesOfOneCompanyAreQueuedNeverMerged() throws IOException {
    Path file = dir.resolve("namesakes.csv");
    Files.writeString(file, "Prénom;Nom;E-mail;Société;Ville;Code postal\n"
        + "Paul;Navarro;paul.navarro@navarro-conseil.fr;Navarro Conseil;Lyon;69003\n"
        + "Paul;Navarro;p.navarro@navarro-conseil.fr;Navarro Conseil;Lyon;69003\n", StandardCharsets.UTF_8);
    assertThat(number(Cli.run("import", file.toString(), "--db", db, "--json"), "created")).isEqualTo(2);

    Result result = Cli.run("dedupe", "--db", db, "--apply", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("different addresses at one company domain");
    assertThat(peopleInBase()).as(result.out()).isEqualTo(362 - number(result, "merged_records"));
    Result info = Cli.run("export", "--db", db, "--format", "csv", "--out", dir.resolve("all.csv").toString());
    assertThat(info.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("all.csv"))).contains("paul.navarro@navarro-conseil.fr").contains("p.navarro@navarro-conseil.fr");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(Cli.run("dedupe", "--db", db, "--people", "--companies").exitCode()).isEqualTo(2);
    assertThat(Cli.run("dedupe", "--db", db, "--dry-run", "--apply").exitCode()).isEqualTo(2);
    assertThat(Cli.run("dedupe", "--db", db, "--threshold", "1.5").exitCode()).isEqualTo(2);
    Result unwritable = Cli.run("dedupe", "--db", db, "--pairs-out", dir.resolve("no/such/folder/pairs.csv").toString());
    assertThat(unwritable.exitCode()).isEqualTo(1);
    assertThat(unwritable.err()).contains("pairs.csv: cannot write it, its folder does not exist").doesNotContain("Exception");
  }
}
