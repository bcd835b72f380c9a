package io.vivier.cli;

import io.vivier.VivierApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the web UI and the REST API (default http://localhost:8080).",
      "The first start creates the data folder, migrates the schema and creates the admin account."
    })
public class ServeCommand implements Callable<Integer> {

  private static volatile boolean serving;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port. Default: $VIVIER_PORT, else 8080.")
  Integer port;

  @Unmatched List<String> springArguments = new ArrayList<>();

  public static boolean isServing() {
    return serving;
  }

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>(database.properties());
    if (port != null) {
      args.add("--server.port=" + port);
    }
    args.addAll(springArguments);
    serving = true;
    SpringApplication.run(VivierApplication.class, args.toArray(String[]::new));
    return 0;
  }
}
