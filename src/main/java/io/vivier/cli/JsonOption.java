package io.vivier.cli;

import picocli.CommandLine.Option;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/** {@code --json}: a machine-readable summary on stdout instead of the text for people. */
public class JsonOption {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  @Option(names = "--json", description = "Print a JSON summary on stdout.")
  boolean json;

  public void print(Object value, Runnable text) {
    if (json) {
      System.out.println(JSON.writeValueAsString(value));
    } else {
      text.run();
    }
  }
}
