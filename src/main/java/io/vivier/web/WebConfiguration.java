package io.vivier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The UI's language: the browser's (Accept-Language) until the user picks one with {@code ?lang=fr}
 * or {@code ?lang=en}, which a cookie then keeps. French and English are supported; anything else
 * reads as English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final String LANGUAGE_COOKIE = "vivier-lang";
  static final List<String> LANGUAGES = List.of("en", "fr");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
    resolver.setDefaultLocaleFunction(WebConfiguration::browserLocale);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor languageSwitch =
        new LocaleChangeInterceptor() {
          @Override
          protected Locale parseLocaleValue(String value) {
            // an unknown language is ignored (setIgnoreInvalidLocale) rather than stored in the cookie
            return supported(Locale.forLanguageTag(value.replace('_', '-')))
                .orElseThrow(() -> new IllegalArgumentException("unsupported language"));
          }
        };
    languageSwitch.setParamName("lang");
    languageSwitch.setIgnoreInvalidLocale(true);
    registry.addInterceptor(languageSwitch).excludePathPatterns("/api/**");
  }

  /**
   * The first supported language the browser asks for, keeping its region so that dates read the
   * local way (en-GB: 20 Nov 2026; en-US: Nov 20, 2026).
   */
  static Locale browserLocale(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") != null) {
      for (Locale locale : Collections.list(request.getLocales())) {
        if (supported(locale).isPresent()) {
          return locale;
        }
      }
    }
    return Locale.ENGLISH;
  }

  private static Optional<Locale> supported(Locale locale) {
    return LANGUAGES.contains(locale.getLanguage()) ? Optional.of(new Locale(locale.getLanguage())) : Optional.empty();
  }
}
