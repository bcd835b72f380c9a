package io.vivier.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests whose declared body is larger than {@code vivier.api.max-request-bytes}
 * (2 MiB by default; multipart file uploads {@code vivier.api.max-upload-bytes}, 1 GiB) with a 413 problem, before anything reads the body into memory.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final long maxUploadBytes;

  RequestSizeLimit(
      @Value("${vivier.api.max-request-bytes:2097152}") long maxBytes,
      @Value("${vivier.api.max-upload-bytes:1073741824}") long maxUploadBytes) {
    this.maxBytes = maxBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // file uploads (multipart, streamed to disk) may be larger: imports of a million rows
    boolean upload = request.getContentType() != null && request.getContentType().startsWith("multipart/");
    long maxBytes = upload ? maxUploadBytes : this.maxBytes;
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,\"detail\":\"the request body has "
              + request.getContentLengthLong() + " bytes; the API accepts at most " + maxBytes + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
