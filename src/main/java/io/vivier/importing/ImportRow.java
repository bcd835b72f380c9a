package io.vivier.importing;

import io.vivier.prospect.CompanyField;
import io.vivier.prospect.PersonField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * One row after cleaning and normalisation: the person's and the company's values, the Vivier id
 * when the file is a Vivier export, and what was wrong with it. A rejected row writes nothing.
 */
final class ImportRow {

  final long number;
  final List<String> cells;
  final EnumMap<PersonField, Object> person = new EnumMap<>(PersonField.class);
  final EnumMap<CompanyField, Object> company = new EnumMap<>(CompanyField.class);
  final List<RowIssue> issues = new ArrayList<>(0);
  Long vivierId;
  /** The file has no person columns: the row is a company. */
  boolean companiesOnly;
  String rejection;

  ImportRow(long number, List<String> cells) {
    this.number = number;
    this.cells = cells;
  }

  void warn(String column, String value, String reason) {
    issues.add(new RowIssue(column, value, reason));
  }

  void reject(String reason) {
    rejection = reason;
  }

  boolean rejected() {
    return rejection != null;
  }

  /** The issues to report: the rejection first, then the warnings. */
  List<RowIssue> reported() {
    if (rejection == null) {
      return issues;
    }
    List<RowIssue> all = new ArrayList<>(issues.size() + 1);
    all.add(new RowIssue(null, null, rejection));
    all.addAll(issues);
    return all;
  }
}
