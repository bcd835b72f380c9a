package io.vivier.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter language as written: every construct, precedence, quoting, errors with positions, hostile input. */
class FilterParserTests {

  private static Filter parse(String text) {
    return Parser.parse(text);
  }

  private static Filter.Condition condition(String text) {
    return (Filter.Condition) parse(text);
  }

  private static FilterException error(String text) {
    try {
      parse(text);
    } catch (FilterException e) {
      return e;
    }
    throw new AssertionError("no error for: " + text);
  }

  @Test
  void readsTheExamplesOfTheIssue() {
    assertThat(parse("country = FR and employees >= 50 and industry in (\"Logiciel\", \"Conseil\")"))
        .isEqualTo(new Filter.And(List.of(
            new Filter.Condition(FilterFields.COUNTRY, null, Operator.EQ, List.of("FR"), new Position(0, 1, 1)),
            new Filter.Condition(FilterFields.EMPLOYEES, null, Operator.GE, List.of(50L), new Position(17, 1, 18)),
            new Filter.Condition(FilterFields.INDUSTRY, null, Operator.IN, List.of("Logiciel", "Conseil"), new Position(37, 1, 38)))));
    Filter.And second = (Filter.And) parse("stage in (MQL, SQL) and score >= 60 and not email_bounced");
    assertThat(((Filter.Condition) second.parts().get(0)).values()).containsExactly("MQL", "SQL");
    assertThat(second.parts().get(2)).isInstanceOf(Filter.Not.class);
    assertThat(((Filter.Condition) ((Filter.Not) second.parts().get(2)).filter()).values()).containsExactly(true);
    Filter.And third = (Filter.And) parse("job.seniority = executive and last_activity within 30d and company.siren exists");
    assertThat(((Filter.Condition) third.parts().get(0)).values()).containsExactly("executive");
    assertThat(((Filter.Condition) third.parts().get(1)).values()).containsExactly(new Span(30, ChronoUnit.DAYS));
    assertThat(((Filter.Condition) third.parts().get(2)).op()).isEqualTo(Operator.EXISTS);
    assertThat(parse("source = \"Salon VivaTech\" or tag = \"webinaire-2026\"")).isInstanceOf(Filter.Or.class);
    assertThat(condition("segment = \"ICP France\"").values()).containsExactly("ICP France");
    Filter.Condition budget = condition("attr.budget >= 10000");
    assertThat(budget.field()).isEqualTo(FilterFields.ATTRIBUTE);
    assertThat(budget.key()).isEqualTo("budget");
    assertThat(budget.values()).containsExactly(10000L);
    assertThat(condition("company.attr.Secteur_Code = x").key()).isEqualTo("Secteur_Code");
    assertThat(condition("company_name ~ \"numérique\"").op()).isEqualTo(Operator.CONTAINS);
    assertThat(condition("company_name contains numérique").values()).containsExactly("numérique");
  }

  @Test
  void theCanonicalCsvNamesAreAcceptedForTheirField() {
    assertThat(condition("seniority = executive").field()).isEqualTo(FilterFields.JOB_SENIORITY);
    assertThat(condition("function = it").field()).isEqualTo(FilterFields.JOB_FUNCTION);
    assertThat(condition("tags = vip").field()).isEqualTo(FilterFields.TAG);
    assertThat(condition("siren exists").field()).isEqualTo(FilterFields.COMPANY_SIREN);
    assertThat(condition("last_activity_at within 3d").field()).isEqualTo(FilterFields.LAST_ACTIVITY);
  }

  @Test
  void notBindsTighterThanAndWhichBindsTighterThanOr() {
    Filter filter = parse("not has_email and has_phone or free_mail");
    assertThat(filter).isInstanceOf(Filter.Or.class);
    Filter.And and = (Filter.And) ((Filter.Or) filter).parts().get(0);
    assertThat(and.parts().get(0)).isInstanceOf(Filter.Not.class);
    assertThat(((Filter.Condition) and.parts().get(1)).field()).isEqualTo(FilterFields.HAS_PHONE);

    Filter grouped = parse("not (has_email and (has_phone or free_mail))");
    Filter.And inner = (Filter.And) ((Filter.Not) grouped).filter();
    assertThat(inner.parts().get(1)).isInstanceOf(Filter.Or.class);
  }

  @Test
  void keywordsAndChoicesIgnoreCase() {
    Filter filter = parse("STAGE IN (mql, Sql) AND NOT Email_Bounced OR country = fr");
    assertThat(filter).isInstanceOf(Filter.Or.class);
    Filter.And and = (Filter.And) ((Filter.Or) filter).parts().get(0);
    assertThat(((Filter.Condition) and.parts().get(0)).values()).containsExactly("MQL", "SQL");
    assertThat(((Filter.Condition) ((Filter.Or) filter).parts().get(1)).values()).containsExactly("FR");
    assertThat(condition("job.function = Customer_Service").values()).containsExactly("customer_service");
    assertThat(condition("employee_range = 50-99").values()).containsExactly("50-99");
    assertThat(condition("employee_range = \"10000+\"").values()).containsExactly("10000+");
    assertThat(condition("owner = Alice").values()).containsExactly("alice");
  }

  @Test
  void everyOperatorHasItsForm() {
    assertThat(condition("score != 3").op()).isEqualTo(Operator.NE);
    assertThat(condition("score < 3").op()).isEqualTo(Operator.LT);
    assertThat(condition("score <= 3").op()).isEqualTo(Operator.LE);
    assertThat(condition("score > 3").op()).isEqualTo(Operator.GT);
    assertThat(condition("score>=3").op()).isEqualTo(Operator.GE);
    assertThat(condition("country not in (FR, BE)").op()).isEqualTo(Operator.NOT_IN);
    assertThat(((Filter.Condition) ((Filter.Not) parse("email not exists")).filter()).op()).isEqualTo(Operator.EXISTS);
    assertThat(((Filter.Condition) ((Filter.Not) parse("email is empty")).filter()).op()).isEqualTo(Operator.EXISTS);
    assertThat(condition("email is not empty").op()).isEqualTo(Operator.EXISTS);
    assertThat(((Filter.Not) parse("last_activity not within 2w")).filter()).isInstanceOf(Filter.Condition.class);
    assertThat(condition("created_at before 2026-03-01").values())
        .containsExactly(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(condition("created_at after 2026-03-01").values())
        .as("after a day is from the start of the next")
        .containsExactly(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(condition("created_at after 2026-03-01T10:00:00+01:00").values())
        .containsExactly(Instant.parse("2026-03-01T09:00:00.001Z"));
    assertThat(condition("updated_at within 12h").values()).containsExactly(new Span(12, ChronoUnit.HOURS));
    assertThat(condition("updated_at within 6m").values()).containsExactly(new Span(6, ChronoUnit.MONTHS));
    assertThat(condition("free_mail = false").values()).containsExactly(false);
    assertThat(condition("free_mail != false").values()).containsExactly(true);
    assertThat(condition("attr.vip = true").values()).containsExactly(true);
    assertThat(condition("attr.ratio < -0.5").values()).containsExactly(-0.5);
    assertThat(condition("attr.code = \"42\"").values()).as("quoted: text, not a number").containsExactly("42");
    assertThat(condition("list != \"Salon\"").op()).isEqualTo(Operator.NE);
  }

  @Test
  void stringsTakeEitherQuoteWithEscapesAndKeepAccents() {
    assertThat(condition("source = \"Salon \\\"Vivatech\\\" \\\\ Paris\"").values()).containsExactly("Salon \"Vivatech\" \\ Paris");
    assertThat(condition("source = 'L\\'Oréal'").values()).containsExactly("L'Oréal");
    assertThat(condition("source = \"it's\"").values()).containsExactly("it's");
    assertThat(condition("industry = Électronique").values()).containsExactly("Électronique");
    assertThat(condition("city = \"Saint-Étienne\nNord\"").values()).containsExactly("Saint-Étienne\nNord");
  }

  @Test
  void injectionAttemptsAreOnlyValues() {
    assertThat(condition("email = \"'; DROP TABLE people; --\"").values()).containsExactly("'; DROP TABLE people; --");
    assertThat(condition("attr.x = \"1) OR 1=1 --\"").values()).containsExactly("1) OR 1=1 --");
    assertThat(error("'; DROP TABLE people; --").getMessage()).startsWith("unterminated string");
    assertThat(error("country = FR; DROP TABLE people").getMessage())
        .isEqualTo("unexpected character ';' at 1:13 — conditions are joined with and / or");
    assertThat(error("attr.x\"y = 1").getMessage()).contains("1:7");
  }

  @Test
  void anUnknownFieldIsNamedWithTheNearestOne() {
    FilterException e = error("contry = FR");
    assertThat(e.getMessage()).isEqualTo("unknown field 'contry' at 1:1 — did you mean 'country'?");
    assertThat(e.position()).isEqualTo(new Position(0, 1, 1));
    assertThat(error("country = FR and\n  senority = executive").getMessage())
        .isEqualTo("unknown field 'senority' at 2:3 — did you mean 'job.seniority'?");
    assertThat(error("company = x").getMessage()).isEqualTo("unknown field 'company' at 1:1 — did you mean 'company_name'?");
    assertThat(error("zzzzzzzz = 1").getMessage()).isEqualTo("unknown field 'zzzzzzzz' at 1:1 — docs/FILTERS.md lists the fields");
  }

  @Test
  void valuesAreCheckedAgainstTheirField() {
    assertThat(error("stage = MQQL").getMessage()).isEqualTo(
        "'MQQL' is not a value of 'stage' at 1:9 — did you mean 'MQL'?"
            + " (values: LEAD, MQL, SQL, OPPORTUNITY, CUSTOMER, NURTURE, DISQUALIFIED, LOST, CHURNED)");
    assertThat(error("job.seniority = exec").getMessage()).contains("at 1:17");
    assertThat(error("country = France").getMessage()).isEqualTo("'France' is not an ISO 3166 two-letter country code such as FR, BE or CH at 1:11");
    assertThat(error("score >= high").getMessage()).isEqualTo("'score' is a number: expected a number such as 50, found 'high' at 1:10");
    assertThat(error("score >= \"60\"").getMessage()).contains("expected a number");
    assertThat(error("free_mail = yes").getMessage()).contains("expected true or false");
    assertThat(error("attr.budget > \"big\"").getMessage()).contains("'>' compares numbers");
    assertThat(error("attr.x in (1, \"a\")").getMessage()).contains("must all be text, all numbers");
    assertThat(error("created_at before yesterday").getMessage()).contains("expected a date such as 2026-03-01");
    assertThat(error("created_at before 2026-02-30").getMessage()).isEqualTo("'2026-02-30' is not a valid date at 1:19");
    assertThat(error("last_activity within 30").getMessage()).contains("expected a length of time such as 30d");
    assertThat(error("company_name ~ \"  \"").getMessage()).isEqualTo("~ needs some text to look for at 1:16");
  }

  @Test
  void anOperatorMustSuitTheFieldType() {
    assertThat(error("postcode > 75000").getMessage())
        .isEqualTo("operator '>' does not apply to the text field 'postcode' at 1:10 — text fields take =, !=, in, not in, ~, exists");
    assertThat(error("created_at = 2026-01-01").getMessage()).contains("use before, after or within");
    assertThat(error("stage ~ MQ").getMessage()).startsWith("operator '~' does not apply to the choice field 'stage'");
    assertThat(error("tag within 3d").getMessage()).startsWith("operator 'within' does not apply to the tags field 'tag'");
    assertThat(error("segment exists").getMessage()).startsWith("operator 'exists' does not apply to the segment field");
  }

  @Test
  void syntaxErrorsSayWhatWasExpectedAndWhere() {
    assertThat(error("").getMessage()).startsWith("the filter is empty");
    assertThat(error("country =").getMessage()).isEqualTo("expected a value, found the end of the filter at 1:10");
    assertThat(error("country").getMessage()).startsWith("expected an operator after 'country' (=, !=, in, not in, exists)");
    assertThat(error("(country = FR").getMessage()).isEqualTo("expected ')' to close the '(' at 1:1, found the end of the filter at 1:14");
    assertThat(error("country = FR)").getMessage()).isEqualTo("unexpected ')' with no '(' before it at 1:13");
    assertThat(error("country = FR stage = MQL").getMessage()).contains("after a complete condition").contains("1:14");
    assertThat(error("country = FR and").getMessage()).isEqualTo("expected a condition such as country = FR, found the end of the filter at 1:17");
    assertThat(error("country in FR").getMessage()).contains("expected '(' to open the list");
    assertThat(error("country in (FR BE)").getMessage()).contains("expected ',' or ')' in the list opened at 1:12, found 'BE' at 1:16");
    assertThat(error("source = and").getMessage()).contains("keyword 'and' (quote it");
    assertThat(error("source = \"Salon").getMessage()).isEqualTo("unterminated string: the \" opened here is never closed at 1:10");
    assertThat(error("source = \"a\\nb\"").getMessage()).startsWith("unknown escape \\n");
    assertThat(error("score ! 3").getMessage()).startsWith("unexpected '!'");
    assertThat(error("email is full").getMessage()).contains("expected 'empty' after 'is'");
    assertThat(error("email not like x").getMessage()).contains("expected in, exists or within");
  }

  @Test
  void hostileInputIsRefusedQuicklyAndCleanly() {
    String huge = "country = FR and ".repeat(61_681) + "country = FR";
    assertThat(huge.length()).isGreaterThan(1_000_000);
    long start = System.nanoTime();
    FilterException tooLong = error(huge);
    assertThat(tooLong.getMessage()).startsWith("the filter is too long: " + huge.length() + " characters, at most 10000");
    assertThat(tooLong.position()).isNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused before any parsing").isLessThan(Duration.ofSeconds(1));

    assertThat(error("(".repeat(5_000)).getMessage()).startsWith("the filter nests too deep (more than 32 levels").endsWith("at 1:33");
    assertThat(error("not ".repeat(2_000) + "has_email").getMessage()).startsWith("the filter nests too deep");
    assertThat(parse("(".repeat(32) + "has_email" + ")".repeat(32))).isInstanceOf(Filter.Condition.class);
    assertThat(error("tag in (" + "a, ".repeat(1_200) + "a)").getMessage()).startsWith("a list holds at most 1000 values");
    assertThat(error("source = \u0000").getMessage()).isEqualTo("unexpected character U+0000 at 1:10");
    // the longest accepted filter parses
    String longest = "has_email or ".repeat(700) + "has_email";
    assertThat(longest.length()).isLessThanOrEqualTo(10_000);
    assertThat(((Filter.Or) parse(longest)).parts()).hasSize(701);
  }
}
