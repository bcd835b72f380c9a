package io.vivier.cli;

import io.vivier.storage.ConnectionFailures;
import io.vivier.storage.UnsupportedDatabaseException;
import io.vivier.web.ConflictException;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import picocli.CommandLine;

/**
 * Exit codes of every command: 0 success, 1 bad input (with a message saying what and where, never
 * a stack trace), 2 usage error, 3 internal failure.
 */
public final class ExitCodes {

  public static final int BAD_INPUT = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private ExitCodes() {}

  public static CommandLine configure(CommandLine cli) {
    cli.setExitCodeExceptionMapper(ExitCodes::of);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Throwable cause = rootUserError(e);
          if (cause != null) {
            commandLine.getErr().println("vivier: " + cause.getMessage());
            return BAD_INPUT;
          }
          commandLine.getErr().println("vivier: internal error: " + e);
          e.printStackTrace(commandLine.getErr());
          return INTERNAL;
        });
    return cli;
  }

  private static int of(Throwable e) {
    if (e instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    return rootUserError(e) != null ? BAD_INPUT : INTERNAL;
  }

  /** The user error in a chain of causes (Spring wraps start-up failures), if any. */
  static Throwable rootUserError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException
          || t instanceof NotFoundException
          || t instanceof ConflictException
          || t instanceof UserInputException
          || t instanceof io.vivier.web.BadInputException
          || t instanceof UnsupportedDatabaseException) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return ConnectionFailures.describe(e).map(UserInputException::new).orElse(null);
  }
}
