package io.vivier;

import io.vivier.cli.DbCommand;
import io.vivier.cli.DemoCommand;
import io.vivier.cli.ImportCommand;
import io.vivier.cli.ListCommand;
import io.vivier.cli.SegmentCommand;
import io.vivier.cli.ExportCommand;
import io.vivier.cli.ExitCodes;
import io.vivier.cli.DedupeCommand;
import io.vivier.cli.IcpCommand;
import io.vivier.cli.MatchCommand;
import io.vivier.cli.ScoreCommand;
import io.vivier.cli.ServeCommand;
import io.vivier.cli.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vivier} command: the server and the bulk-work CLI, from one jar. */
@Command(
    name = "vivier",
    mixinStandardHelpOptions = true,
    versionProvider = Vivier.Version.class,
    description = "Vivier, the prospect base for B2B sales and marketing teams.",
    subcommands = {
      ServeCommand.class,
      UserCommand.class,
      DbCommand.class,
      DemoCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      MatchCommand.class,
      DedupeCommand.class,
      SegmentCommand.class,
      ListCommand.class,
      ScoreCommand.class,
      IcpCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:bad input (the message says what and where)",
      "2:usage error",
      "3:internal failure"
    })
public class Vivier implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    CommandLine cli = ExitCodes.configure(new CommandLine(new Vivier()));
    int exit = cli.execute(args);
    // the server keeps running on its own threads; every other command ends here
    if (!ServeCommand.isServing()) {
      System.exit(exit);
    }
  }

  static class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Vivier.class.getPackage().getImplementationVersion();
      return new String[] {"vivier " + (version == null ? "dev" : version)};
    }
  }
}
