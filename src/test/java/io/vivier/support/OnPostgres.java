package io.vivier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The whole application, with MockMvc, on a fresh PostgreSQL database shared by every test class
 * so annotated; skipped, visibly, when {@code VIVIER_TEST_PG_URL} is not set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(properties = {"vivier.admin-password=" + TestUsers.ADMIN_PASSWORD})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = OnPostgres.Initializer.class)
public @interface OnPostgres {

  class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      synchronized (Initializer.class) {
        if (url == null) {
          url = TestDatabases.postgres();
        }
      }
      TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "vivier.db.url=" + url);
    }
  }
}
