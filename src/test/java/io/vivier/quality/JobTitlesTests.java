package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.quality.JobTitles.JobRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JobTitlesTests {

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(nullValues = "-", value = {
    "PDG, GENERAL_MANAGEMENT, EXECUTIVE",
    "DG, GENERAL_MANAGEMENT, EXECUTIVE",
    "CEO, GENERAL_MANAGEMENT, EXECUTIVE",
    "Président-directeur général, GENERAL_MANAGEMENT, EXECUTIVE",
    "Directeur général adjoint, GENERAL_MANAGEMENT, EXECUTIVE",
    "Gérante, GENERAL_MANAGEMENT, EXECUTIVE",
    "Co-founder & CEO, GENERAL_MANAGEMENT, EXECUTIVE",
    "Fondatrice, GENERAL_MANAGEMENT, EXECUTIVE",
    "Managing Director, GENERAL_MANAGEMENT, EXECUTIVE",
    "COO, OPERATIONS, EXECUTIVE",
    "CFO, FINANCE, EXECUTIVE",
    "DAF, FINANCE, DIRECTOR",
    "Directeur administratif et financier, FINANCE, DIRECTOR",
    "DSI, IT, DIRECTOR",
    "CIO, IT, EXECUTIVE",
    "CDO, IT, EXECUTIVE",
    "CTO, ENGINEERING, EXECUTIVE",
    "DRH, HR, DIRECTOR",
    "CMO, MARKETING, EXECUTIVE",
    "VP Sales, SALES, VP",
    "V.P. Engineering, ENGINEERING, VP",
    "Vice-présidente marketing, MARKETING, VP",
    "Chief Revenue Officer, SALES, EXECUTIVE",
    "Directeur commercial, SALES, DIRECTOR",
    "DIRECTRICE COMMERCIALE, SALES, DIRECTOR",
    "Head of Sales, SALES, DIRECTOR",
    "Head of Customer Success, CUSTOMER_SERVICE, DIRECTOR",
    "Responsable marketing, MARKETING, MANAGER",
    "Responsable R&D, ENGINEERING, MANAGER",
    "Head of Sales&Marketing, SALES, DIRECTOR",
    "Chef de projet informatique, IT, MANAGER",
    "Office manager, OPERATIONS, MANAGER",
    "Senior Sales Manager, SALES, MANAGER",
    "Lead developer, ENGINEERING, SENIOR",
    "Key account manager, SALES, SENIOR",
    "Senior Account Executive, SALES, SENIOR",
    "SDR, SALES, ENTRY",
    "BDR, SALES, ENTRY",
    "Stagiaire marketing, MARKETING, ENTRY",
    "Junior Product Manager, PRODUCT, ENTRY",
    "Assistante commerciale, SALES, ENTRY",
    "Assistant(e) de direction, OPERATIONS, ENTRY",
  })
  void titlesStateAFunctionAndASeniority(String title, String function, String seniority) {
    assertThat(JobTitles.classify(title)).contains(new JobRole(function, seniority));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "Ingénieur, ENGINEERING",
    "Développeur Java, ENGINEERING",
    "Ingénieur commercial, SALES",
    "Ingénieur d'affaires, SALES",
    "Développeur commercial, SALES",
    "Ingénieur systèmes et réseaux, IT",
    "Technicien support informatique, IT",
    "Comptable, FINANCE",
    "Contrôleuse de gestion, FINANCE",
    "Acheteur, PURCHASING",
    "Juriste, LEGAL",
    "Délégué à la protection des données, LEGAL",
    "Chargée de communication, MARKETING",
    "Chargé(e) d'affaires, SALES",
    "Chargé de recrutement, HR",
    "HR Business Partner, HR",
    "Account executive, SALES",
    "Customer success manager, CUSTOMER_SERVICE",
    "e-commerce, MARKETING",
    "Commercial H/F, SALES",
  })
  void titlesWithoutALevelHaveAFunctionOnly(String title, String function) {
    assertThat(JobTitles.classify(title)).contains(new JobRole(function, null));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(quoteCharacter = '"', value = {"Directeur, DIRECTOR", "Chef de projet, MANAGER", "Stagiaire, ENTRY", "Alternante, ENTRY",
      "Intern, ENTRY", "Associé, EXECUTIVE", "Senior consultant, SENIOR"})
  void titlesWithoutADepartmentHaveASeniorityOnly(String title, String seniority) {
    assertThat(JobTitles.classify(title)).contains(new JobRole(null, seniority));
  }

  @Test
  void anEntryWordWinsOverAHigherLevel() {
    assertThat(JobTitles.classify("Stagiaire auprès du directeur commercial"))
        .contains(new JobRole("SALES", "ENTRY"));
  }

  @Test
  void assistantMakesAnEntryLevelOnlyAsTheFirstWord() {
    assertThat(JobTitles.classify("Directeur assistant")).contains(new JobRole(null, "DIRECTOR"));
  }

  @Test
  void theLongestPhraseWinsOverTheWordsInIt() {
    assertThat(JobTitles.classify("Key account manager")).contains(new JobRole("SALES", "SENIOR"));
    assertThat(JobTitles.classify("Lead generation specialist")).contains(new JobRole("MARKETING", null));
  }

  @Test
  void onATieTheFirstFunctionWins() {
    assertThat(JobTitles.classify("Directeur commercial et marketing")).contains(new JobRole("SALES", "DIRECTOR"));
    assertThat(JobTitles.classify("Directeur marketing et commercial")).contains(new JobRole("MARKETING", "DIRECTOR"));
  }

  @Test
  void caseAccentsAndPunctuationDoNotMatter() {
    assertThat(JobTitles.classify("  INGENIEUR   D’AFFAIRES ")).isEqualTo(JobTitles.classify("Ingénieur d'affaires"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "Boulanger", "Chargé de mission", "12345", "—", "de la et du"})
  void titlesThatStateNothingKnownAreEmpty(String title) {
    assertThat(JobTitles.classify(title)).isEmpty();
  }

  @Test
  void overlongTitlesAreNotRead() {
    assertThat(JobTitles.classify("Directeur " + "x".repeat(300))).isEmpty();
  }
}
