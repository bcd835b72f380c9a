package io.vivier.scoring;

import io.vivier.storage.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * TEST FIXTURE: gives the tests (and commands run by them) the {@link TestRuleMatcher} when the
 * application has no rule matcher of its own; as an auto-configuration (listed in
 * src/test/resources/META-INF/spring), it steps aside once the filter language provides one.
 */
@AutoConfiguration
public class TestRuleMatcherConfiguration {

  @Bean
  @ConditionalOnMissingBean(RuleMatcher.class)
  RuleMatcher testRuleMatcher(Database database) {
    return new TestRuleMatcher(database);
  }
}
