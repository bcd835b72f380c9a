package io.vivier.segment;

import io.vivier.prospect.Page;
import io.vivier.prospect.Person;
import io.vivier.web.BadInputException;
import io.vivier.web.ConflictException;
import io.vivier.web.Forms;
import io.vivier.web.Htmx;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import io.vivier.web.WebUi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list builder: type a filter (or click a facet to add a condition) and the count, the facet
 * counts and the best-scored prospects follow as you type; save it as a segment; open a saved one.
 */
@Controller
@WebUi
@RequestMapping("/segments")
class SegmentPages {

  static final int PAGE_SIZE = 50;

  private final Segments segments;

  SegmentPages(Segments segments) {
    this.segments = segments;
  }

  @GetMapping
  String builder(@RequestParam(required = false) String filter, @RequestParam(required = false) String cursor, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    String text = Forms.blank(filter) ? null : filter.strip();
    model.addAttribute("filter", text);
    model.addAttribute("saved", segments.segments());
    if (text != null) {
      try {
        FacetCounts facets = segments.facets(text);
        Page<Person> page;
        try {
          page = segments.list(text, Forms.blank(cursor) ? null : cursor, PAGE_SIZE);
        } catch (InvalidInputException staleCursor) {
          model.addAttribute("alert", "list.staleLink");
          cursor = null;
          page = segments.list(text, null, PAGE_SIZE);
        }
        model.addAttribute("count", facets.total());
        model.addAttribute("facets", facetLinks(text, facets));
        model.addAttribute("page", page);
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/segments").queryParam("filter", text);
        model.addAttribute("firstUrl", cursor == null ? null : link.cloneBuilder().encode().toUriString());
        model.addAttribute("nextUrl",
            page.nextCursor() == null ? null : link.cloneBuilder().queryParam("cursor", page.nextCursor()).encode().toUriString());
      } catch (FilterException e) {
        model.addAttribute("problem", e.getMessage());
      }
    }
    return Htmx.wantsFragment(request, response) ? "segments/builder :: results" : "segments/builder";
  }

  @PostMapping("/save")
  String save(@RequestParam(required = false) String name, @RequestParam(required = false) String filter, Authentication user,
      RedirectAttributes redirect) {
    try {
      SavedSegment segment = segments.createSegment(name, filter, SegmentsApi.editor(user));
      redirect.addFlashAttribute("notice", "segments.saved");
      return "redirect:" + UriComponentsBuilder.fromPath("/segments").queryParam("filter", segment.filter()).encode().toUriString();
    } catch (BadInputException | ConflictException e) {
      redirect.addFlashAttribute("alert", "segments.notSaved");
      redirect.addFlashAttribute("reason", e.getMessage());
      return back(filter);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("alert", "segments.notSaved");
      redirect.addFlashAttribute("reason",
          String.join("; ", e.errors().stream().map(f -> f.field() + " " + f.message()).toList()));
      return back(filter);
    }
  }

  private static String back(String filter) {
    return "redirect:" + UriComponentsBuilder.fromPath("/segments").queryParam("filter", filter == null ? "" : filter).encode()
        .toUriString();
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
    try {
      segments.deleteSegment(id, SegmentsApi.editor(user));
      redirect.addFlashAttribute("notice", "segments.deleted");
    } catch (ConflictException | NotFoundException | org.springframework.security.access.AccessDeniedException e) {
      redirect.addFlashAttribute("alert", "segments.notDeleted");
      redirect.addFlashAttribute("reason", e.getMessage());
    }
    return "redirect:/segments";
  }

  /** One facet as the page shows it: each value with its count and the filter with that value added. */
  record FacetView(String name, List<ValueLink> values) {}

  record ValueLink(String value, long count, String href) {}

  private static List<FacetView> facetLinks(String filter, FacetCounts counts) {
    List<FacetView> views = new ArrayList<>();
    // each facet is named after the filter field it counts
    counts.facets().forEach((field, values) -> {
      List<ValueLink> links = new ArrayList<>();
      for (FacetCounts.ValueCount v : values) {
        String condition = v.value() == null ? field + " is empty" : field + " = " + Lexer.quote(v.value());
        String href = UriComponentsBuilder.fromPath("/segments").queryParam("filter", "(" + filter + ") and " + condition).encode()
            .toUriString();
        links.add(new ValueLink(v.value(), v.count(), href));
      }
      views.add(new FacetView(field, links));
    });
    return views;
  }

}
