package io.vivier.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON objects as rows: JSON Lines (one object per line, the usual export format) or, as a
 * convenience, a file holding one array of objects. Each top-level key is a column.
 *
 * <p>Two passes over the file, both streaming. The first checks the whole file is valid JSON and
 * collects the keys of every object, in the order first seen, so that the header is known before
 * the first row and a key that only appears on the last line still has its column; the second
 * returns the rows. A malformed file therefore fails at {@link #open}, before any row is imported.
 * Memory holds the keys (at most {@value #MAX_KEYS}) and one row.
 *
 * <p>Values become text: strings as they are, numbers as written, true / false, null as an empty
 * cell, an array of plain values joined with ", " (tags), and any other array or object as compact
 * JSON. A row is numbered by the line its object starts on.
 */
public final class JsonLinesReader implements TabularReader {

  static final int MAX_KEYS = 10_000;
  static final int MAX_VALUE_CHARS = 1 << 20;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_VALUE_CHARS)
          .maxNestingDepth(100)
          .build())
      .build()).build();

  /**
   * How to read the file.
   *
   * @param charset the encoding, or null to detect UTF-8, UTF-16 or UTF-32 as JSON allows
   */
  public record Options(Charset charset) {

    /** Detect the encoding. */
    public static final Options DETECT = new Options(null);
  }

  private final String name;
  private final JsonParser parser;
  private final Map<String, Integer> columns;
  private final List<String> header;
  private final boolean array;

  private JsonLinesReader(String name, JsonParser parser, Map<String, Integer> columns, boolean array) {
    this.name = name;
    this.parser = parser;
    this.columns = columns;
    this.header = HeaderNames.normalise(new ArrayList<>(columns.keySet()));
    this.array = array;
  }

  /** Opens the file detecting its encoding. */
  public static JsonLinesReader open(Path file) {
    return open(file, Options.DETECT);
  }

  /**
   * Reads the whole file once to check it and collect its keys, then opens it for the rows.
   *
   * @throws ImportFileException when the file is empty, is not valid JSON, holds something other
   *     than objects, or has more than {@value #MAX_KEYS} different keys
   */
  public static JsonLinesReader open(Path file, Options options) {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) == 0) {
        throw new ImportFileException(name + ": the file is empty");
      }
      Map<String, Integer> columns = new LinkedHashMap<>();
      boolean array;
      try (JsonParser first = parser(file, options)) {
        array = collectKeys(first, name, columns);
      }
      if (columns.isEmpty()) {
        throw new ImportFileException(name + ": the file holds no JSON object with a key");
      }
      JsonParser rows = parser(file, options);
      if (array) {
        rows.nextToken();
      }
      return new JsonLinesReader(name, rows, columns, array);
    } catch (JacksonException e) {
      throw invalid(name, e);
    } catch (IOException e) {
      throw new ImportFileException(name + ": the file cannot be read (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public RawRow next() {
    try {
      for (JsonToken token = parser.nextToken(); token == JsonToken.START_OBJECT; token = parser.nextToken()) {
        long line = parser.currentTokenLocation().getLineNr();
        String[] cells = new String[columns.size()];
        Arrays.fill(cells, "");
        boolean blank = true;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          String text = text(key, line);
          cells[columns.get(key)] = text;
          blank &= text.isBlank();
        }
        if (!blank) {
          return new RawRow(line, Collections.unmodifiableList(Arrays.asList(cells)));
        }
      }
      return null;
    } catch (JacksonException e) {
      throw invalid(name, e);
    }
  }

  @Override
  public String description() {
    return array ? "JSON array of objects" : "JSON Lines";
  }

  @Override
  public void close() {
    parser.close();
  }

  private static JsonParser parser(Path file, Options options) throws IOException {
    InputStream in = Files.newInputStream(file);
    return options.charset() == null
        ? MAPPER.createParser(in)
        : MAPPER.createParser(new InputStreamReader(in, options.charset()));
  }

  /** The first pass: every top-level value must be an object; returns whether they sit in an array. */
  private static boolean collectKeys(JsonParser parser, String name, Map<String, Integer> columns) {
    JsonToken token = parser.nextToken();
    boolean array = token == JsonToken.START_ARRAY;
    if (array) {
      token = parser.nextToken();
    }
    for (; token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token != JsonToken.START_OBJECT) {
        throw new ImportFileException(at(name, parser.currentTokenLocation())
            + ": expected a JSON object, found " + kind(token));
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        if (!columns.containsKey(key)) {
          if (columns.size() == MAX_KEYS) {
            throw new ImportFileException(at(name, parser.currentTokenLocation())
                + ": more than " + MAX_KEYS + " different keys, this is not a table");
          }
          columns.put(key, columns.size());
        }
        parser.nextToken();
        parser.skipChildren();
      }
    }
    if (array && (token != JsonToken.END_ARRAY || parser.nextToken() != null)) {
      throw new ImportFileException(at(name, parser.currentTokenLocation())
          + ": unexpected content after the array of objects");
    }
    return array;
  }

  /** The current value as a cell. */
  private String text(String key, long line) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getString();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "";
      default:
        break;
    }
    BoundedWriter json = new BoundedWriter();
    try (JsonGenerator generator = MAPPER.createGenerator(json)) {
      generator.copyCurrentStructureExact(parser);
    } catch (BoundedWriter.Full e) {
      throw new ImportFileException(name + ", line " + line + ": the value of \"" + key + "\" is longer than "
          + MAX_VALUE_CHARS + " characters");
    }
    String compact = json.toString();
    if (token == JsonToken.START_ARRAY) {
      JsonNode elements = MAPPER.readTree(compact);
      StringJoiner joined = new StringJoiner(", ");
      for (JsonNode element : elements) {
        if (element.isContainer()) {
          return compact;
        }
        if (!element.isNull()) {
          joined.add(element.asString());
        }
      }
      return joined.toString();
    }
    return compact;
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private static ImportFileException invalid(String name, JacksonException e) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return new ImportFileException(at(name, e.getLocation()) + ": invalid JSON (" + first + ")", e);
  }

  private static String at(String name, TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return name;
    }
    return name + ", line " + location.getLineNr() + ", character " + location.getColumnNr();
  }

  /** Collects a nested value's JSON, refusing to grow past {@link #MAX_VALUE_CHARS}. */
  private static final class BoundedWriter extends Writer {

    private final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] chars, int offset, int length) {
      if (text.length() + length > MAX_VALUE_CHARS) {
        throw new Full();
      }
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }

    /** Thrown when the value is too long; carries no stack trace. */
    static final class Full extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Full() {
        super(null, null, false, false);
      }
    }
  }
}
