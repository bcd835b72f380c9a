package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnTypesTests {

  private static List<List<String>> rows(int n, String... values) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String number = Integer.toString(i);
      List<String> row = new ArrayList<>(Arrays.asList(values));
      row.replaceAll(v -> v == null ? null : v.replace("#", number));
      rows.add(row);
    }
    return rows;
  }

  @Test
  void frenchAndEnglishHeadersGiveTypes() {
    List<String> header = List.of("Prénom", "Nom", "Code Postal", "Ville", "Société", "Téléphone portable", "Date de naissance",
        "Surname", "Given_Name", "ZIP", "Street Address", "SIRET");
    Schema schema = ColumnTypes.guess(header, rows(50, "Jean#", "Dupont#", "7500#", "Paris", "Acme #", "06 12 34 56 #", "01/02/1980",
        "Smith#", "John#", "1000#", "# Main St", "5521005540001#"), Map.of(), -1);
    assertThat(schema.columns()).extracting(Column::type).containsExactly(FieldType.GIVEN_NAME, FieldType.SURNAME, FieldType.POSTCODE,
        FieldType.CITY, FieldType.COMPANY, FieldType.PHONE, FieldType.DATE, FieldType.SURNAME, FieldType.GIVEN_NAME, FieldType.POSTCODE,
        FieldType.STREET, FieldType.IDENTIFIER);
  }

  @Test
  void contentOverrulesAHeaderThatPromisesWhatItDoesNotHold() {
    Schema schema = ColumnTypes.guess(List.of("Email Address", "Contact"), rows(40, "10/01/15", "x#@example.com"), Map.of(), -1);
    assertThat(schema.columns().get(0).type()).isEqualTo(FieldType.IGNORE);
    assertThat(schema.columns().get(0).reason()).contains("content does not");
    assertThat(schema.columns().get(1).type()).isEqualTo(FieldType.FULL_NAME);
    Schema unnamed = ColumnTypes.guess(List.of("col 7"), rows(40, "person#@example.com"), Map.of(), -1);
    assertThat(unnamed.columns().get(0).type()).isEqualTo(FieldType.EMAIL);
  }

  @Test
  void mostlyEmptyColumnsAreIgnoredAndFewValuesAreCategories() {
    List<List<String>> rows = rows(100, null, "A", "free text #");
    rows.get(0).set(0, "rare");
    rows.forEach(r -> r.set(1, Integer.parseInt(r.get(2).replaceAll("\\D", "")) % 2 == 0 ? "A" : "B"));
    Schema schema = ColumnTypes.guess(List.of("Fax", "Segment", "Notes"), rows, Map.of(), -1);
    assertThat(schema.columns()).extracting(Column::type).containsExactly(FieldType.IGNORE, FieldType.CATEGORY, FieldType.TEXT);
  }

  @Test
  void theUserHasTheLastWordAndTheIdColumnIsNotCompared() {
    Schema schema = ColumnTypes.guess(List.of("id", "Nom", "Notes"), rows(10, "#", "Dupont", "x"), ColumnTypes.parseMap("Notes=ignore, Nom = full_name"), 0);
    assertThat(schema.columns()).extracting(Column::type).containsExactly(FieldType.IGNORE, FieldType.FULL_NAME, FieldType.IGNORE);
    assertThat(schema.columns().get(0).reason()).isEqualTo("id column");
  }

  @Test
  void anIdColumnIsGuessedOnlyWhenItsValuesAreUnique() {
    assertThat(ColumnTypes.guessIdColumn(List.of("name", "rec_id"), rows(20, "x", "rec-#"))).isEqualTo(1);
    assertThat(ColumnTypes.guessIdColumn(List.of("name", "id"), rows(20, "x", "7"))).isEqualTo(-1);
  }

  @Test
  void badMapsAreExplained() {
    assertThatThrownBy(() -> ColumnTypes.parseMap("Nom")).hasMessageContaining("'Nom' is not COLUMN=TYPE");
    assertThatThrownBy(() -> ColumnTypes.parseMap("Nom=wizard")).hasMessageContaining("unknown field type 'wizard'");
  }
}
