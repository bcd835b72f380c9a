package io.vivier.cli;

import io.vivier.VivierApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for CLI commands: beans are created only when a command
 * asks for them, and only warnings are logged so that stdout stays the command's own output.
 */
final class CliContext {

  private CliContext() {}

  static ConfigurableApplicationContext open(DatabaseOptions database, String... extra) {
    List<String> args = new ArrayList<>(database.properties());
    args.add("--spring.main.lazy-initialization=true");
    args.add("--logging.level.root=WARN");
    args.add("--logging.level.io.vivier=WARN");
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(VivierApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
