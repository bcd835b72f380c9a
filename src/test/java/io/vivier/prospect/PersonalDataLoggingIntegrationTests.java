package io.vivier.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Api;
import io.vivier.support.OnSqlite;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/** Personal data must never reach the logs at INFO, even when something goes wrong. */
@OnSqlite
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLoggingIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  @AfterEach
  void quietAgain() {
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
  }

  @Test
  void writingAndReadingPeopleLogsNoPersonalDataAtInfo(CapturedOutput output) {
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
    Api api = new Api(mvc, TestUsers.bearer(accounts, Role.SALES));
    String email = "gaspard.personnel@donnees-privees.fr";

    Api.Response created = api.post("/api/v1/people", Map.of("first_name", "Gaspard", "last_name", "Personnel",
        "email", email, "phone", "+33 6 11 22 33 44"));
    api.patch("/api/v1/people/" + created.id(), Map.of("email", "not-an-email"), Map.of("If-Match", "\"1\""));
    api.get("/api/v1/people?q=Personnel");
    api.post("/api/v1/people", "{\"email\": \"" + email + "\",");

    assertThat(created.status()).isEqualTo(201);
    assertThat(output.getAll()).doesNotContain(email).doesNotContain("Personnel").doesNotContain("611223344");
  }
}
