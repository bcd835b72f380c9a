package io.vivier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Fill an empty base with generated demo data.")
public class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserInputException("not yet available");
  }
}
