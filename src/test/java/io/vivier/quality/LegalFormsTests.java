package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.quality.LegalForms.CompanyName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalFormsTests {

  @ParameterizedTest(name = "{0} is {1}, {2}")
  @CsvSource(delimiter = ';', value = {
    "Groupe X SA; Groupe X; SA",
    "Dupont SAS; Dupont; SAS",
    "Dupont sas; Dupont; SAS",
    "Martin S.A.R.L; Martin; SARL",
    "Martin S.A.R.L.; Martin; SARL",
    "Dupont Société anonyme; Dupont; SA",
    "Dupont (SAS); Dupont; SAS",
    "Dupont - SARL; Dupont; SARL",
    "Les Jardins de Sophie EURL; Les Jardins de Sophie; EURL",
    "Acme, Inc.; Acme; Inc",
    "Acme Inc; Acme; Inc",
    "Acme Corporation; Acme; Corp",
    "Foo Limited; Foo; Ltd",
    "Foo Ltd.; Foo; Ltd",
    "Foo PLC; Foo; PLC",
    "Foo LLC; Foo; LLC",
    "Siemens AG; Siemens; AG",
    "Bosch GmbH; Bosch; GmbH",
    "Müller GmbH & Co. KG; Müller; GmbH & Co. KG",
    "Samsung Co., Ltd.; Samsung; Co., Ltd.",
    "Airbus SE; Airbus; SE",
    "Philips N.V.; Philips; NV",
    "Foo B.V.; Foo; BV",
    "Ferrari S.p.A.; Ferrari; SpA",
    "Rossi Srl; Rossi; Srl",
    "Nokia Oyj; Nokia; Oyj",
    "Spotify AB; Spotify; AB",
    "Equinor ASA; Equinor; ASA",
    "Foo Sp. z o.o.; Foo; Sp. z o.o.",
  })
  void formsAfterTheNameAreSplitOff(String input, String name, String form) {
    assertThat(LegalForms.split(input)).isEqualTo(new CompanyName(name, form));
  }

  @ParameterizedTest(name = "{0} is {1}, {2}")
  @CsvSource(delimiter = ';', value = {
    "SARL Dupont; Dupont; SARL",
    "S.A.S. Martin; Martin; SAS",
    "SASU Dupont Conseil; Dupont Conseil; SASU",
    "EURL - Dupont; Dupont; EURL",
    "EI Jean Dupont; Jean Dupont; EI",
    "Association Les Amis du Vin; Les Amis du Vin; Association",
  })
  void frenchFormsBeforeTheNameAreSplitOff(String input, String name, String form) {
    assertThat(LegalForms.split(input)).isEqualTo(new CompanyName(name, form));
  }

  @ParameterizedTest(name = "{0} keeps its name")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
    "SCI du Parc; SCI",
    "Association des Maires de France; Association",
    "GIE pour l'export; GIE",
  })
  void aLeadingFormThatTheNameNeedsIsReportedButKept(String input, String form) {
    assertThat(LegalForms.split(input)).isEqualTo(new CompanyName(input, form));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Vins de France", "AB Tasty", "AS Monaco", "Salle de sport sa", "SAS", "Inc.", "GmbH",
      "Michelin", "Dupont & Fils", "Société Générale"})
  void namesWithoutASeparableFormStayWhole(String input) {
    assertThat(LegalForms.split(input)).isEqualTo(new CompanyName(input, null));
  }

  @Test
  void onlyOneFormIsRemovedAndTheOneAtTheEndFirst() {
    assertThat(LegalForms.split("SAS Institute Inc")).isEqualTo(new CompanyName("SAS Institute", "Inc"));
  }

  @Test
  void surroundingSpacesAreTrimmedAndInnerCaseKept() {
    assertThat(LegalForms.split("  McKinsey & Company, Inc.  ")).isEqualTo(new CompanyName("McKinsey & Company", "Inc"));
  }

  @Test
  void nullAndBlankHaveNoName() {
    assertThat(LegalForms.split(null)).isEqualTo(new CompanyName(null, null));
    assertThat(LegalForms.split(" \t ")).isEqualTo(new CompanyName(null, null));
  }
}
