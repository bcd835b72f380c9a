package io.vivier;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring application behind {@code vivier serve} and the CLI commands that use the base. */
@SpringBootApplication
public class VivierApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
