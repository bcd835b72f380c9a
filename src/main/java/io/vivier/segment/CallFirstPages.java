package io.vivier.segment;

import io.vivier.prospect.Page;
import io.vivier.prospect.Person;
import io.vivier.scoring.PersonScore;
import io.vivier.scoring.PersonScores;
import io.vivier.scoring.ScoreItem;
import io.vivier.scoring.ScorePart;
import io.vivier.user.User;
import io.vivier.user.Users;
import io.vivier.web.Forms;
import io.vivier.web.InvalidInputException;
import io.vivier.web.WebUi;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Call first": a rep's open prospects (lead to opportunity), best score first, with the grade and
 * what weighs most in the score. Each rep sees their own queue by default; anyone may look at a
 * colleague's (a manager covering a rep). Lives with the segments (it is the filter "owner = rep and
 * stage in (…)" sorted by score), which already know scoring's types.
 */
@Controller
@WebUi
class CallFirstPages {

  static final int PAGE_SIZE = 50;
  static final String OPEN_STAGES = "stage in (LEAD, MQL, SQL, OPPORTUNITY)";

  private final Segments segments;
  private final PersonScores scores;
  private final Users users;

  CallFirstPages(Segments segments, PersonScores scores, Users users) {
    this.segments = segments;
    this.scores = scores;
    this.users = users;
  }

  /** One line of the queue: the person, its score card if it has one, and the reasons that weigh most. */
  record Line(Person person, PersonScore score, List<ScoreItem> reasons) {}

  @GetMapping("/call-first")
  String queue(@RequestParam(required = false) String owner, @RequestParam(required = false) String cursor, Authentication user,
      Model model) {
    String rep = Forms.blank(owner) ? user.getName() : owner.strip();
    String filter = "owner = " + Lexer.quote(rep) + " and " + OPEN_STAGES;
    List<String> reps = users.all().stream().filter(User::enabled).map(User::username).sorted().toList();
    model.addAttribute("reps", reps);
    Page<Person> page;
    try {
      if (!reps.contains(rep)) {
        throw new FilterException("nobody signs in as '" + rep + "'", null);
      }
      page = segments.list(filter, Forms.blank(cursor) ? null : cursor, PAGE_SIZE);
    } catch (InvalidInputException staleCursor) {
      model.addAttribute("alert", "list.staleLink");
      cursor = null;
      page = segments.list(filter, null, PAGE_SIZE);
    } catch (FilterException unknownRep) {
      // an owner= that names nobody
      model.addAttribute("reason", unknownRep.getMessage());
      page = new Page<>(List.of(), null);
    }
    Map<Long, PersonScore> cards = scores.findAll(page.items().stream().map(Person::id).toList());
    model.addAttribute("lines", page.items().stream().map(p -> line(p, cards.get(p.id()))).toList());
    model.addAttribute("rep", rep);
    model.addAttribute("filter", filter);
    model.addAttribute("firstUrl", cursor == null ? null : link(rep).encode().toUriString());
    model.addAttribute("nextUrl", page.nextCursor() == null ? null : link(rep).queryParam("cursor", page.nextCursor()).encode().toUriString());
    return "segments/call-first";
  }

  private static UriComponentsBuilder link(String rep) {
    return UriComponentsBuilder.fromPath("/call-first").queryParam("owner", rep);
  }

  /** The two lines of the combined score's explanation that weigh most, positive first. */
  static Line line(Person person, PersonScore score) {
    if (score == null) {
      return new Line(person, null, List.of());
    }
    List<ScoreItem> reasons = new java.util.ArrayList<>();
    for (ScorePart part : java.util.Arrays.asList(score.fit(), score.engagement(), score.timing())) {
      if (part != null) {
        part.items().stream().filter(i -> i.kind().equals("rule") || i.kind().equals("event") || i.kind().equals("signal"))
            .forEach(reasons::add);
      }
    }
    reasons.sort((a, b) -> Long.compare(b.centiPoints(), a.centiPoints()));
    return new Line(person, score, reasons.subList(0, Math.min(2, reasons.size())));
  }
}
