package io.vivier.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/** Requests made by htmx, which want a part of a page rather than the whole of it. */
public final class Htmx {

  private Htmx() {}

  /**
   * True when htmx asks for a part to swap in. A history restore (back button after a live search)
   * wants the whole page. The answer varies on the header, so caches keep both apart.
   */
  public static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(HttpHeaders.VARY, "HX-Request");
    return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-History-Restore-Request") == null;
  }
}
