package io.vivier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The whole application, with MockMvc, on a fresh SQLite file shared by every test class so
 * annotated (one Spring context). Tests create their own data with unique values.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"vivier.admin-password=" + TestUsers.ADMIN_PASSWORD})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = OnSqlite.Initializer.class)
public @interface OnSqlite {

  class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final String URL = TestDatabases.sqlite();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "vivier.db.url=" + URL);
    }
  }
}
