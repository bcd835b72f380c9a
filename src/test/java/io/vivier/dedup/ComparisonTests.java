package io.vivier.dedup;

import static io.vivier.dedup.TestRecords.level;
import static io.vivier.dedup.TestRecords.prepared;
import static io.vivier.dedup.TestRecords.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTests {

  @Test
  void givenNamesFromExactToDifferent() {
    PreparedRecords r = prepared("first:given_name,last:surname",
        row("Stéphane", "Dupont"), row("stephane", "Dupond"), row("Stephanie", "Durand"), row("Stefane", "X"),
        row("S", "Dupont"), row("Bernard", "Y"), row(null, "Z"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 0, 2)).isEqualTo("close");
    assertThat(level(r, 0, 3)).as("ph and f sound alike").isEqualTo("alike");
    assertThat(level(r, 0, 4)).isEqualTo("initial");
    assertThat(level(r, 0, 5)).isEqualTo("different");
    assertThat(level(r, 0, 6)).isEqualTo("missing");
  }

  @Test
  void surnamesThatSoundAlikeInFrenchAreAlike() {
    PreparedRecords r = prepared("last:surname", row("Lefèvre"), row("Lefebvre"), row("Lefèbre"), row("Chevalier"));
    assertThat(level(r, 0, 1)).isEqualTo("close");
    assertThat(level(r, 1, 3)).isEqualTo("different");
    PreparedRecords english = prepared("last:surname", row("Catherine"), row("Kathryn"), row("Thompson"), row("Thomson"));
    assertThat(level(english, 0, 1)).isEqualTo("alike");
    assertThat(level(english, 2, 3)).isEqualTo("close");
  }

  @Test
  void swappedFirstAndLastNamesAreRecognised() {
    PreparedRecords r = prepared("first:given_name,last:surname", row("Jean", "Martin"), row("Martin", "Jean"), row("Martin", "Paul"));
    assertThat(level(r, 0, 1)).isEqualTo("swapped");
    assertThat(level(r, 0, 2)).isEqualTo("different");
  }

  @Test
  void companyNamesIgnoreLegalFormsStopWordsAndOrder() {
    PreparedRecords r = prepared("company:company",
        row("Groupe Dupont et Fils SAS"), row("DUPONT & FILS"), row("Acme, Inc."), row("ACME Ltd"), row("Dupont Fils Immobilier"),
        row("Boulangerie Martin"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 2, 3)).isEqualTo("exact");
    assertThat(level(r, 0, 4)).isIn("close", "similar");
    assertThat(level(r, 0, 5)).isEqualTo("different");
  }

  @Test
  void streetsWithDifferentHouseNumbersDiffer() {
    PreparedRecords r = prepared("street:street",
        row("12 boulevard Voltaire"), row("12 bd Voltaire"), row("14 bd Voltaire"), row("435 S. La Cienega Blvd."),
        row("435 s. la cienega blv. between 3rd and 4th"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 0, 2)).isEqualTo("other house number");
    assertThat(level(r, 3, 4)).isIn("close", "similar");
  }

  @Test
  void emailsExactTypoOrDifferent() {
    PreparedRecords r = prepared("email:email,first:given_name,last:surname",
        row("jean.dupont@acme.fr", "Jean", "Dupont"), row("Jean.Dupont@ACME.fr", "Jean", "Dupont"),
        row("jean.dupond@acme.fr", "Jean", "Dupont"), row("jean.dupont@gmail.com", "Jean", "Dupont"), row(null, "Jean", "Dupont"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 0, 2)).isEqualTo("close");
    assertThat(level(r, 0, 3)).isEqualTo("different");
    assertThat(level(r, 0, 4)).isEqualTo("missing");
  }

  @Test
  void twoMailboxesAtOneCompanyDomainAreColleaguesNotOnePerson() {
    PreparedRecords r = prepared("email:email,first:given_name,last:surname",
        row("jean.martin12@societe7.fr", "Jean", "Martin"), row("jean.martin57@societe7.fr", "Jean", "Martin"),
        row("jean.martin@gmail.com", "Jean", "Martin"), row("jmartin@gmail.com", "Jean", "Martin"),
        row("jean.martin@societe8.fr", "Jean", "Martin"), row("jean.martin13@societe7.fr", "Jean", "Martin"),
        row("jean.martn12@societe7.fr", "Jean", "Martin"), row("jean.martin@societe8.fr", "Jean", "Martin"),
        row("jean.martin2@societe8.fr", "Jean", "Martin"));
    assertThat(level(r, 0, 6)).as("one typo away").isEqualTo("close");
    assertThat(level(r, 7, 8)).as("a number added").isEqualTo("colleague");
    PreparedRecords aliases = prepared("email:email,first:given_name,last:surname",
        row("paul.navarro@navarro-conseil.fr", "Paul", "Navarro"), row("p.navarro@navarro-conseil.fr", "Paul", "Navarro"),
        row("paul.navarro2@navarro-conseil.fr", "Paul", "Navarro"), row("contact@navarro-conseil.fr", "Paul", "Navarro"));
    assertThat(level(aliases, 0, 1)).as("the name spelt two ways: aliases as often as namesakes").isEqualTo("different");
    assertThat(level(aliases, 1, 2)).isEqualTo("colleague");
    assertThat(level(aliases, 0, 3)).isEqualTo("colleague");
    assertThat(level(r, 0, 1)).isEqualTo("colleague");
    assertThat(level(r, 0, 5)).as("numbered mailboxes one edit apart").isEqualTo("colleague");
    assertThat(level(r, 2, 3)).as("two addresses at a free-mail provider").isEqualTo("different");
    assertThat(level(r, 0, 2)).as("a professional and a personal address").isEqualTo("different");
    assertThat(level(r, 0, 4)).isEqualTo("different");
    assertThat(Comparisons.forSchema(r.schema()).get(0).fixedWeight(4)).isEqualTo(EmailComparison.COLLEAGUE_WEIGHT);
    assertThat(Comparisons.forSchema(r.schema()).get(0).fixedWeight(3)).isNaN();
  }

  @Test
  void anEmailIsComparedWithTheNameWhenItsRecordHasNone() {
    PreparedRecords r = prepared("email:email,first:given_name,last:surname",
        row("jdupont@acme.fr", null, null), row(null, "Jean", "Dupont"), row("jsmith@example.com", null, null), row(null, "John", "Smith"),
        row(null, "Jean", "Durand"));
    assertThat(level(r, 0, 1)).isEqualTo("fits name");
    assertThat(level(r, 2, 3)).isEqualTo("fits name");
    assertThat(level(r, 0, 4)).isEqualTo("missing");
  }

  @Test
  void phonesCompareByTheirNationalDigits() {
    PreparedRecords r = prepared("phone:phone",
        row("+33 6 12 34 56 78"), row("06.12.34.56.78"), row("0033612345678"), row("06 12 34 56 87"), row("01 40 00 00 00"),
        row("(312) 555-0199"), row("312.555.0199"), row("12"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 0, 2)).isEqualTo("exact");
    assertThat(level(r, 0, 3)).isEqualTo("one digit off");
    assertThat(level(r, 0, 4)).isEqualTo("different");
    assertThat(level(r, 5, 6)).isEqualTo("exact");
    assertThat(level(r, 0, 7)).isEqualTo("missing");
  }

  @Test
  void postcodesAgreeExactlyWithATypoOrByArea() {
    PreparedRecords r = prepared("cp:postcode", row("75011"), row("75 011"), row("75012"), row("75003"), row("69003"), row("SW1A 1AA"),
        row("sw1a1aa"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 0, 2)).isEqualTo("one edit");
    assertThat(level(r, 0, 3)).isEqualTo("same area");
    assertThat(level(r, 0, 4)).isEqualTo("different");
    assertThat(level(r, 5, 6)).isEqualTo("exact");
  }

  @Test
  void citiesCloseDespiteSpellingButNotSwapped() {
    PreparedRecords r = prepared("city:city", row("Saint-Étienne"), row("saint etienne"), row("St Etienne"), row("Lyon"), row("Los Angeles"),
        row("los angles"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 0, 2)).isIn("close", "alike");
    assertThat(level(r, 0, 3)).isEqualTo("different");
    assertThat(level(r, 4, 5)).isEqualTo("close");
  }

  @Test
  void datesTransposedOneDigitOffOrSameYear() {
    PreparedRecords r = prepared("dob:date", row("1980-03-04"), row("04/03/1980"), row("19800403"), row("1980-03-05"), row("1980-11-20"),
        row("1975-03-04"), row("not a date"));
    assertThat(level(r, 0, 1)).isEqualTo("exact");
    assertThat(level(r, 0, 2)).isEqualTo("day/month swapped");
    assertThat(level(r, 0, 3)).isEqualTo("one digit off");
    assertThat(level(r, 0, 4)).isEqualTo("same year");
    assertThat(level(r, 0, 5)).isEqualTo("different");
    assertThat(level(r, 0, 6)).isEqualTo("different");
  }

  @Test
  void identifiersAndStreetNumbers() {
    PreparedRecords ids = prepared("siren:identifier", row("552 100 554"), row("552100554"), row("552100545"), row("732829320"));
    assertThat(level(ids, 0, 1)).isEqualTo("exact");
    assertThat(level(ids, 0, 2)).isEqualTo("one edit");
    assertThat(level(ids, 0, 3)).isEqualTo("different");
    PreparedRecords numbers = prepared("n:street_number", row("12"), row("12"), row("12 bis"));
    assertThat(level(numbers, 0, 1)).isEqualTo("exact");
    assertThat(level(numbers, 0, 2)).isEqualTo("different");
  }
}
