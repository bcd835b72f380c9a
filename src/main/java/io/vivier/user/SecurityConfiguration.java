package io.vivier.user;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Everything needs a signed-in user except health and what the login page needs
 * (its stylesheet and scripts). The web UI signs in with a session and a form; scripts send an API
 * token as a bearer. API calls without credentials get a 401 problem, never a login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  private static final RequestMatcher BEARER =
      request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
      };

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccounts accounts) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    // a streamed response (export, report) is dispatched again once written: the request was authorized already
                    .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/api/v1/users/**", "/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.DELETE, "/api/v1/people/**", "/api/v1/companies/**")
                    .hasAnyRole("ADMIN", "MARKETING")
                    .requestMatchers(HttpMethod.POST, "/prospects/*/delete", "/companies/*/delete")
                    .hasAnyRole("ADMIN", "MARKETING")
                    // a merge deletes the merged records, as a delete does; so does undoing it (the survivor's values)
                    .requestMatchers(HttpMethod.POST, "/api/v1/people/merge", "/api/v1/companies/merge", "/api/v1/merges/*/undo",
                        "/api/v1/duplicates/**", "/duplicates/**")
                    .hasAnyRole("ADMIN", "MARKETING")
                    // bulk writes: imports, their undo, bulk upsert (sales reps read batches and export)
                    .requestMatchers(HttpMethod.POST, "/api/v1/imports", "/api/v1/imports/**", "/api/v1/people/bulk", "/imports", "/imports/**")
                    .hasAnyRole("ADMIN", "MARKETING")
                    // ICPs and scoring runs: marketing and admins define and run them, everyone reads scores
                    .requestMatchers(HttpMethod.PUT, "/api/v1/icps/**")
                    .hasAnyRole("ADMIN", "MARKETING")
                    .requestMatchers(HttpMethod.DELETE, "/api/v1/icps/**")
                    .hasAnyRole("ADMIN", "MARKETING")
                    .requestMatchers(HttpMethod.POST, "/api/v1/scores/**")
                    .hasAnyRole("ADMIN", "MARKETING")
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new TokenAuthenticationFilter(accounts), UsernamePasswordAuthenticationFilter.class)
        // only pages are worth returning to after signing in; API calls must not open sessions
        .requestCache(cache -> cache.requestCache(pageRequestCache()))
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/prospects", false).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        // a bearer token is not sent by browsers on their own, so such requests need no CSRF token
        .csrf(csrf -> csrf.ignoringRequestMatchers(BEARER))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        (request, response, e) ->
                            Problems.write(response, 401, "Unauthorized",
                                "sign in, or send an API token as 'Authorization: Bearer …'", request),
                        API)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), request -> !API.matches(request))
                    .defaultAccessDeniedHandlerFor(
                        (request, response, e) ->
                            Problems.write(response, 403, "Forbidden", forbiddenDetail(request), request),
                        API));
    return http.build();
  }

  private static HttpSessionRequestCache pageRequestCache() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(request -> !API.matches(request) && "GET".equals(request.getMethod()));
    return cache;
  }

  private static String forbiddenDetail(HttpServletRequest request) {
    var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    String role =
        auth == null
            ? "none"
            : auth.getAuthorities().stream()
                .map(a -> a.getAuthority().replace("ROLE_", "").toLowerCase(Locale.ROOT))
                .findFirst()
                .orElse("none");
    return "your role (" + role + ") may not " + request.getMethod() + " " + request.getRequestURI()
        + "; ask an admin";
  }

  @Bean
  UserDetailsService userDetailsService(Users users, UserAccounts accounts) {
    return username -> {
      String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
      User user = users.find(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
      String hash = accounts.passwordHash(name).orElseThrow();
      return org.springframework.security.core.userdetails.User.withUsername(user.username())
          .password(hash)
          .disabled(!user.enabled())
          .authorities(List.of(new SimpleGrantedAuthority(user.role().authority())))
          .build();
    };
  }
}
