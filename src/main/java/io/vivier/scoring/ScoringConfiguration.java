package io.vivier.scoring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scorer, with the settings of {@code vivier.scoring.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringSettings.class)
class ScoringConfiguration {

  @Bean
  Scorer scorer(ScoringSettings settings) {
    return new Scorer(settings);
  }
}
