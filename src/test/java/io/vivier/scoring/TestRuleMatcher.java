package io.vivier.scoring;

import io.vivier.storage.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST FIXTURE, not product code: a stand-in for the filter language (feature segment), which is
 * built on another branch. It understands a tiny subset, enough to test scoring: conditions
 * joined by {@code and}, each {@code field = value}, {@code field in (v1, v2)}, {@code field >= n},
 * {@code field <= n}, or the flag {@code free_mail}, on the fields below. Values compare case-insensitively.
 */
public class TestRuleMatcher implements RuleMatcher {

  private static final Map<String, String> COLUMNS = Map.of(
      "country", "p.country", "seniority", "p.seniority", "job.seniority", "p.seniority", "source", "p.source",
      "stage", "p.stage", "industry", "c.industry", "employees", "c.employees", "city", "p.city");
  private static final List<String> FREE_MAIL = List.of("gmail.com", "yahoo.fr", "hotmail.fr", "hotmail.com", "orange.fr",
      "free.fr", "outlook.com", "laposte.net", "wanadoo.fr");
  private static final Pattern CONDITION = Pattern.compile(
      "\\s*(?:(free_mail)|([a-z_.]+)\\s*(=|>=|<=|in)\\s*(\\([^)]*\\)|\"[^\"]*\"|[^\\s()]+))\\s*", Pattern.CASE_INSENSITIVE);

  private final Database db;

  public TestRuleMatcher(Database db) {
    this.db = db;
  }

  private record Sql(String where, List<Object> params) {}

  private Sql compile(String filter) {
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    int position = 0;
    for (String part : filter.split("(?i)\\s+and\\s+", -1)) {
      Matcher m = CONDITION.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("cannot read '" + part.strip() + "' at 1:" + (position + 1));
      }
      if (where.length() > 0) {
        where.append(" AND ");
      }
      if (m.group(1) != null) {
        where.append("(");
        for (int i = 0; i < FREE_MAIL.size(); i++) {
          where.append(i == 0 ? "" : " OR ").append("LOWER(p.email) LIKE ?");
          params.add("%@" + FREE_MAIL.get(i));
        }
        where.append(")");
      } else {
        String column = COLUMNS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (column == null) {
          throw new IllegalArgumentException("unknown field '" + m.group(2) + "' at 1:" + (position + part.indexOf(m.group(2)) + 1));
        }
        String op = m.group(3).toLowerCase(Locale.ROOT);
        String value = m.group(4);
        if (op.equals("in")) {
          List<String> values = new ArrayList<>();
          for (String v : value.substring(1, value.length() - 1).split(",")) {
            values.add(unquote(v.strip()).toLowerCase(Locale.ROOT));
          }
          where.append("LOWER(").append(column).append(") IN (").append(String.join(", ", java.util.Collections.nCopies(values.size(), "?")))
              .append(")");
          params.addAll(values);
        } else if (op.equals("=")) {
          where.append("LOWER(").append(column).append(") = ?");
          params.add(unquote(value).toLowerCase(Locale.ROOT));
        } else {
          where.append(column).append(' ').append(op).append(" ?");
          try {
            params.add(Long.parseLong(value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a number is expected after " + op + " at 1:" + (position + part.indexOf(value) + 1));
          }
        }
      }
      position += part.length() + 5;
    }
    return new Sql(where.toString(), params);
  }

  private static String unquote(String v) {
    return v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2 ? v.substring(1, v.length() - 1) : v;
  }

  @Override
  public void validate(String filter) {
    compile(filter);
  }

  @Override
  public long[] matchingPeople(String filter) {
    Sql sql = compile(filter);
    return db.sql().sql("SELECT p.id FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE " + sql.where() + " ORDER BY p.id")
        .params(sql.params()).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
  }

  @Override
  public boolean matches(String filter, long personId) {
    Sql sql = compile(filter);
    List<Object> params = new ArrayList<>(sql.params());
    params.add(personId);
    return !db.sql().sql("SELECT 1 FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE " + sql.where() + " AND p.id = ?")
        .params(params).query(Integer.class).list().isEmpty();
  }
}
