package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTests {

  @TempDir
  Path dir;

  @Test
  void eachLineIsARowAndEachKeyAColumnInTheOrderFirstSeen() throws IOException {
    Path file = write("""
        {"first_name": "Hélène", "email": "helene@exemple.fr"}
        {"email": "jean@exemple.fr", "first_name": "Jean", "city": "Lyon"}
        """);
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      assertThat(reader.header()).containsExactly("first_name", "email", "city");
      assertThat(reader.next()).isEqualTo(new RawRow(1, List.of("Hélène", "helene@exemple.fr", "")));
      assertThat(reader.next()).isEqualTo(new RawRow(2, List.of("Jean", "jean@exemple.fr", "Lyon")));
      assertThat(reader.next()).isNull();
      assertThat(reader.description()).isEqualTo("JSON Lines");
    }
  }

  @Test
  void aKeySeenOnlyOnTheLastLineStillHasItsColumn() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      lines.append("{\"email\": \"p").append(i).append("@exemple.fr\"}\n");
    }
    lines.append("{\"email\": \"last@exemple.fr\", \"siret\": \"73282932000074\"}\n");
    try (JsonLinesReader reader = JsonLinesReader.open(write(lines.toString()))) {
      assertThat(reader.header()).containsExactly("email", "siret");
      RawRow last = null;
      for (RawRow row = reader.next(); row != null; row = reader.next()) {
        last = row;
      }
      assertThat(last).isEqualTo(new RawRow(5001, List.of("last@exemple.fr", "73282932000074")));
    }
  }

  @Test
  void valuesBecomeText() throws IOException {
    Path file = write("""
        {"s": "texte", "i": 33612345678, "f": 12.50, "t": true, "n": null, "tags": ["salon", "VIP", 2024], \
        "o": {"ville": "Paris", "cp": "75001"}, "mix": [1, {"a": 2}]}
        """);
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      assertThat(reader.header()).containsExactly("s", "i", "f", "t", "n", "tags", "o", "mix");
      assertThat(reader.next().cells()).containsExactly("texte", "33612345678", "12.50", "true", "", "salon, VIP, 2024",
          "{\"ville\":\"Paris\",\"cp\":\"75001\"}", "[1,{\"a\":2}]");
    }
  }

  @Test
  void blankLinesAndEmptyObjectsAreSkippedAndRowsKeepTheirLineNumbers() throws IOException {
    Path file = write("\r\n{\"email\": \"a@exemple.fr\"}\r\n\r\n{}\r\n{\"email\": \"\"}\r\n{\"email\": \"b@exemple.fr\"}\r\n");
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      assertThat(reader.next().number()).isEqualTo(2);
      assertThat(reader.next().number()).isEqualTo(6);
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void anArrayOfObjectsIsReadToo() throws IOException {
    Path file = write("""
        [
          {"email": "a@exemple.fr"},
          {"email": "b@exemple.fr", "city": "Lille"}
        ]
        """);
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      assertThat(reader.header()).containsExactly("email", "city");
      assertThat(reader.next()).isEqualTo(new RawRow(2, List.of("a@exemple.fr", "")));
      assertThat(reader.next()).isEqualTo(new RawRow(3, List.of("b@exemple.fr", "Lille")));
      assertThat(reader.next()).isNull();
      assertThat(reader.description()).isEqualTo("JSON array of objects");
    }
  }

  @Test
  void aByteOrderMarkIsIgnored() throws IOException {
    Path file = dir.resolve("contacts.jsonl");
    Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Files.writeString(file, "{\"email\": \"a@exemple.fr\"}\n", java.nio.file.StandardOpenOption.APPEND);
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      assertThat(reader.header()).containsExactly("email");
    }
  }

  @Test
  void keysAreMadeUniqueLikeHeaders() throws IOException {
    try (JsonLinesReader reader = JsonLinesReader.open(write("{\"Email\": \"a\", \"email\": \"b\", \" \": \"c\"}\n"))) {
      assertThat(reader.header()).containsExactly("Email", "email (2)", "column 3");
      assertThat(reader.next().cells()).containsExactly("a", "b", "c");
    }
  }

  @Test
  void aBadLineIsReportedWithItsLineAndCharacterBeforeAnyRowIsRead() throws IOException {
    Path file = write("{\"email\": \"a@exemple.fr\"}\n{\"email\": \"b@exemple.fr\", city: \"Lyon\"}\n");
    assertThatThrownBy(() -> JsonLinesReader.open(file))
        .isInstanceOf(ImportFileException.class)
        .hasMessageStartingWith("contacts.jsonl, line 2, character 27: invalid JSON (Unexpected character");
  }

  @Test
  void aLineThatIsNotAnObjectIsReported() throws IOException {
    Path file = write("{\"email\": \"a@exemple.fr\"}\n  [\"b@exemple.fr\"]\n");
    assertThatThrownBy(() -> JsonLinesReader.open(file))
        .hasMessage("contacts.jsonl, line 2, character 3: expected a JSON object, found an array");
  }

  @Test
  void aTruncatedLastLineIsReported() throws IOException {
    Path file = write("{\"email\": \"a@exemple.fr\"}\n{\"email\": \"b@ex");
    assertThatThrownBy(() -> JsonLinesReader.open(file))
        .hasMessageStartingWith("contacts.jsonl, line 2, character ")
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void anEmptyFileIsReported() throws IOException {
    Path file = write("");
    assertThatThrownBy(() -> JsonLinesReader.open(file)).hasMessage("contacts.jsonl: the file is empty");
  }

  @Test
  void aFileWithoutKeysIsReported() throws IOException {
    Path file = write("\n{}\n  \n");
    assertThatThrownBy(() -> JsonLinesReader.open(file))
        .hasMessage("contacts.jsonl: the file holds no JSON object with a key");
  }

  @Test
  void anOverlongNestedValueIsReported() throws IOException {
    String big = "\"x\",".repeat(JsonLinesReader.MAX_VALUE_CHARS / 4 + 10);
    Path file = write("{\"email\": \"a@exemple.fr\"}\n{\"tags\": [" + big + "\"y\"]}\n");
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      reader.next();
      assertThatThrownBy(reader::next)
          .isInstanceOf(ImportFileException.class)
          .hasMessage("contacts.jsonl, line 2: the value of \"tags\" is longer than 1048576 characters");
    }
  }

  @Test
  void tooManyKeysMeanItIsNotATable() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i <= JsonLinesReader.MAX_KEYS; i++) {
      lines.append("{\"k").append(i).append("\": 1}\n");
    }
    Path file = write(lines.toString());
    assertThatThrownBy(() -> JsonLinesReader.open(file))
        .hasMessage("contacts.jsonl, line 10001, character 2: more than 10000 different keys, this is not a table");
  }

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("contacts.jsonl"), content, StandardCharsets.UTF_8);
  }
}
