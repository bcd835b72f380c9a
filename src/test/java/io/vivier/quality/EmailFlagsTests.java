package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailFlagsTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "jean.dupont@acme.fr, false, false, false",
    "jean.dupont@gmail.com, true, false, false",
    "marie@orange.fr, true, false, false",
    "paul@wanadoo.fr, true, false, false",
    "paul@free.fr, true, false, false",
    "anna@web.de, true, false, false",
    "john@yahoo.co.uk, true, false, false",
    "john@hotmail.it, true, false, false",
    "john@outlook.com, true, false, false",
    "john@live.com.au, true, false, false",
    "x@mail.yahoo.fr, true, false, false",
    "x@live.example.fr, false, false, false",
    "x@yahoo.example.com, false, false, false",
    "contact@acme.fr, false, true, false",
    "Contact@acme.fr, false, true, false",
    "service-client@acme.fr, false, true, false",
    "service.client@acme.fr, false, true, false",
    "no-reply@acme.fr, false, true, false",
    "noreply@acme.fr, false, true, false",
    "info2@acme.fr, false, true, false",
    "contact.paris@acme.fr, false, true, false",
    "rh+cv@acme.fr, false, true, false",
    "recrutement@acme.fr, false, true, false",
    "marie.rh@acme.fr, false, false, false",
    "jean.contact@acme.fr, false, false, false",
    "contact@gmail.com, true, true, false",
    "jean@yopmail.com, false, false, true",
    "jean@yopmail.fr, false, false, true",
    "jean@mailinator.com, false, false, true",
    "jean@guerrillamail.com, false, false, true",
    "jean@10minutemail.com, false, false, true",
    "jean@temp-mail.org, false, false, true",
    "jean@jetable.org, false, false, true",
    "jean@trashmail.com, false, false, true",
    "jean@x.mailinator.com, false, false, true",
    "contact@yopmail.com, false, true, true",
  })
  void addressesAreFlaggedByDomainAndLocalPart(String email, boolean freeMail, boolean role, boolean disposable) {
    assertThat(EmailFlags.of(email)).isEqualTo(new EmailFlags(freeMail, role, disposable));
  }

  @Test
  void noFlagIsSetForNullOrMalformedValues() {
    assertThat(EmailFlags.of(null)).isEqualTo(EmailFlags.NONE);
    assertThat(EmailFlags.of("jean")).isEqualTo(EmailFlags.NONE);
    assertThat(EmailFlags.of("@gmail.com")).isEqualTo(EmailFlags.NONE);
    assertThat(EmailFlags.of("contact@")).isEqualTo(EmailFlags.NONE);
  }

  @Test
  void noneHasNoFlag() {
    assertThat(EmailFlags.NONE).isEqualTo(new EmailFlags(false, false, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"free-mail-domains.txt", "role-local-parts.txt", "disposable-domains.txt", "country-aliases.txt",
      "legal-forms.txt", "job-titles.txt"})
  void everyBundledListSaysWhereItComesFrom(String name) throws IOException {
    try (InputStream in = EmailFlags.class.getResourceAsStream("/quality/" + name)) {
      assertThat(in).as(name).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("#").contains("Source:").containsPattern("20\\d\\d-\\d\\d");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"free-mail-domains.txt", "disposable-domains.txt"})
  void domainListsHoldLowerCaseDomainsOnly(String name) {
    for (String entry : WordLists.lines(name)) {
      assertThat(entry).as(name).matches("[a-z0-9.-]+\\.([a-z]{2,}|\\*)");
    }
  }
}
