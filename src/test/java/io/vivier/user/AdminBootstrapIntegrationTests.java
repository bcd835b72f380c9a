package io.vivier.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.TestDatabases;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The first start of a server on an empty base, without VIVIER_ADMIN_PASSWORD. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "vivier.admin-password=")
class AdminBootstrapIntegrationTests {

  @DynamicPropertySource
  static void freshBase(DynamicPropertyRegistry registry) {
    registry.add("vivier.db.url", TestDatabases::sqlite);
  }

  @Autowired UserAccounts accounts;
  @Autowired Users users;
  @Autowired AdminBootstrap bootstrap;

  @Test
  void createsTheAdminOnceAndPrintsAPasswordThatWorks(CapturedOutput output) {
    Matcher printed = Pattern.compile("password: (\\S+)").matcher(output.getOut());
    assertThat(printed.find()).as(output.getOut()).isTrue();
    String password = printed.group(1);

    assertThat(users.find("admin")).get().extracting(User::role).isEqualTo(Role.ADMIN);
    assertThat(accounts.passwordMatches("admin", password)).isTrue();
    assertThat(password.length()).isGreaterThanOrEqualTo(UserAccounts.MIN_PASSWORD_LENGTH);

    bootstrap.run(new DefaultApplicationArguments());
    assertThat(output.getOut().split("An administrator account was created", -1)).as("printed once").hasSize(2);
  }
}
