package io.vivier.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests carrying {@code Authorization: Bearer viv_…}. A token that is unknown,
 * revoked or belongs to a disabled user is refused with a 401 at once, whatever the path.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

  private final UserAccounts accounts;

  TokenAuthenticationFilter(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    var holder = accounts.authenticateToken(header.substring(7).strip());
    if (holder.isEmpty()) {
      Problems.write(response, 401, "Unauthorized", "the API token is unknown or revoked, or its user is disabled", request);
      return;
    }
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            holder.get().username(), null, List.of(new SimpleGrantedAuthority(holder.get().role().authority())));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
