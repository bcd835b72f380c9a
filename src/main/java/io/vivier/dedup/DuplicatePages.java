package io.vivier.dedup;

import io.vivier.user.Actors;
import io.vivier.web.BadInputException;
import io.vivier.web.ConflictException;
import io.vivier.web.NotFoundException;
import io.vivier.web.WebUi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue in the web UI: each pending pair side by side, field by field, with the
 * contribution of each field to the match; merge into either record (choosing values per field)
 * or mark as not duplicates.
 */
@Controller
@WebUi
@RequestMapping("/duplicates")
class DuplicatePages {

  private static final int PAGE = 20;

  private final DuplicateReview review;
  private final MergeService merges;

  DuplicatePages(DuplicateReview review, MergeService merges) {
    this.review = review;
    this.merges = merges;
  }

  /** One row of the side-by-side table: the field and both values, and whether they differ. */
  record Row(String field, Object left, Object right, boolean differs) {}

  /** A pending pair ready to show. */
  record Card(DuplicatePair pair, List<Row> rows) {}

  @GetMapping
  String list(@RequestParam(defaultValue = "person") String entity, Model model) {
    List<Card> cards = new ArrayList<>();
    for (DuplicateReview.Review r : review.pending(entity, PAGE)) {
      Set<String> fields = new LinkedHashSet<>(r.left().keySet());
      fields.addAll(r.right().keySet());
      fields.remove("company_id");
      List<Row> rows = new ArrayList<>();
      for (String field : fields) {
        Object left = r.left().get(field);
        Object right = r.right().get(field);
        rows.add(new Row(field, left, right, !Objects.equals(left, right)));
      }
      cards.add(new Card(r.pair(), rows));
    }
    model.addAttribute("entity", entity);
    model.addAttribute("cards", cards);
    model.addAttribute("pending", review.countPending(entity));
    model.addAttribute("merges", merges.list(entity, PAGE));
    return "duplicates/list";
  }

  @PostMapping("/{id}/merge")
  String merge(@PathVariable long id, @RequestParam long survivor, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
    String entity = params.getOrDefault("entity", "person");
    try {
      Map<String, Long> picks = new java.util.LinkedHashMap<>();
      params.forEach((key, value) -> {
        if (key.startsWith("pick.") && !value.isBlank()) {
          try {
            picks.put(key.substring("pick.".length()), Long.parseLong(value.strip()));
          } catch (NumberFormatException e) {
            throw new BadInputException(key + ": a record id, not '" + value + "'");
          }
        }
      });
      Merge merge = review.merge(id, survivor, picks, Actors.current());
      redirect.addFlashAttribute("notice", "duplicates.merged");
      redirect.addFlashAttribute("mergeId", merge.id());
    } catch (ConflictException | BadInputException | NotFoundException e) {
      redirect.addFlashAttribute("alert", "duplicates.failed");
      redirect.addFlashAttribute("reason", e.getMessage());
    }
    return back(entity);
  }

  @PostMapping("/merges/{id}/undo")
  String undo(@PathVariable long id, @RequestParam(defaultValue = "person") String entity, RedirectAttributes redirect) {
    try {
      MergeService.Unmerged result = merges.unmerge(id, Actors.current());
      redirect.addFlashAttribute("notice", result.conflicts().isEmpty() ? "duplicates.unmerged" : "duplicates.unmergedWithConflicts");
      List<String> said = new java.util.ArrayList<>(result.conflicts());
      said.addAll(result.notes());
      redirect.addFlashAttribute("conflicts", said);
    } catch (ConflictException | NotFoundException e) {
      redirect.addFlashAttribute("alert", "duplicates.undoFailed");
      redirect.addFlashAttribute("reason", e.getMessage());
    }
    return back(entity);
  }

  @PostMapping("/{id}/reject")
  String reject(@PathVariable long id, @RequestParam(defaultValue = "person") String entity, RedirectAttributes redirect) {
    try {
      review.reject(id, Actors.current());
      redirect.addFlashAttribute("notice", "duplicates.rejected");
    } catch (ConflictException | NotFoundException e) {
      redirect.addFlashAttribute("alert", "duplicates.failed");
      redirect.addFlashAttribute("reason", e.getMessage());
    }
    return back(entity);
  }

  /** Back to the queue of the same entity. */
  private static String back(String entity) {
    return "redirect:/duplicates?entity=" + ("company".equals(entity) ? "company" : "person");
  }
}
