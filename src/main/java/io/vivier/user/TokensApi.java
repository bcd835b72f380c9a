package io.vivier.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.web.NotFoundException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Each user manages their own API tokens; admins may list and revoke anyone's. */
@RestController
@Tag(name = "API tokens")
class TokensApi {

  private final UserAccounts accounts;
  private final Users users;

  TokensApi(UserAccounts accounts, Users users) {
    this.accounts = accounts;
    this.users = users;
  }

  @GetMapping("/api/v1/me")
  User me(Authentication authentication) {
    return users.find(authentication.getName()).orElseThrow(() -> new NotFoundException("user", authentication.getName()));
  }

  @GetMapping("/api/v1/tokens")
  @Operation(summary = "Your tokens (all tokens for admins), without their secrets")
  List<ApiToken> list(Authentication authentication) {
    return accounts.tokens(isAdmin(authentication) ? null : authentication.getName());
  }

  @PostMapping("/api/v1/tokens")
  @Operation(summary = "Create a token for yourself: {\"name\": \"crm-sync\"}; the secret is shown only in this answer")
  ResponseEntity<Map<String, Object>> create(
      Authentication authentication, @RequestBody(required = false) Map<String, Object> body) {
    Object name = body == null ? null : body.get("name");
    NewToken token = accounts.createToken(authentication.getName(), name == null ? null : name.toString(), Actors.current());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", token.token().id());
    json.put("name", token.token().name());
    json.put("token", token.secret());
    json.put("prefix", token.token().prefix());
    json.put("created_at", token.token().createdAt());
    return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.token().id())).body(json);
  }

  @DeleteMapping("/api/v1/tokens/{id}")
  @Operation(summary = "Revoke a token: it stops working at once")
  ApiToken revoke(Authentication authentication, @PathVariable long id) {
    ApiToken token =
        accounts
            .token(id)
            .filter(t -> isAdmin(authentication) || t.username().equals(authentication.getName()))
            .orElseThrow(() -> new NotFoundException("token", id));
    return accounts.revokeToken(token.id(), Actors.current());
  }

  private static boolean isAdmin(Authentication authentication) {
    return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
  }
}
