package io.vivier.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL tests when no server is given, saying so on the console once, so that a green
 * run without PostgreSQL is never mistaken for a run that covered it.
 */
public class PostgresAvailable implements ExecutionCondition {

  private static final AtomicBoolean WARNED = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (TestDatabases.postgresServer() != null) {
      return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabases.postgresServer());
    }
    String reason =
        "PostgreSQL tests SKIPPED: set " + TestDatabases.PG_URL_VARIABLE
            + "=jdbc:postgresql://127.0.0.1:5432/test?user=postgres to run them (CI does)";
    if (WARNED.compareAndSet(false, true)) {
      System.out.println();
      System.out.println("!".repeat(100));
      System.out.println("!! " + reason);
      System.out.println("!".repeat(100));
      System.out.println();
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
