package io.vivier.importing;

import static io.vivier.importing.ExportColumn.field;

import io.vivier.lifecycle.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Columns of a Salesforce lead import (Data Loader or Data Import Wizard): headers are the Lead
 * object's API field names; stages become the default Lead Status values; a denied or withdrawn
 * consent becomes HasOptedOutOfEmail / DoNotCall. Salesforce requires LastName and Company; they
 * are left empty rather than invented when Vivier has none, so the import reports those rows.
 */
final class ExportSalesforce {

  static final Map<Stage, String> LEAD_STATUSES = new EnumMap<>(Stage.class);

  static {
    LEAD_STATUSES.put(Stage.LEAD, "Open - Not Contacted");
    LEAD_STATUSES.put(Stage.NURTURE, "Open - Not Contacted");
    LEAD_STATUSES.put(Stage.MQL, "Working - Contacted");
    LEAD_STATUSES.put(Stage.SQL, "Working - Contacted");
    LEAD_STATUSES.put(Stage.OPPORTUNITY, "Closed - Converted");
    LEAD_STATUSES.put(Stage.CUSTOMER, "Closed - Converted");
    LEAD_STATUSES.put(Stage.DISQUALIFIED, "Closed - Not Converted");
    LEAD_STATUSES.put(Stage.LOST, "Closed - Not Converted");
    LEAD_STATUSES.put(Stage.CHURNED, "Closed - Not Converted");
  }

  private static final Set<String> REFUSED = Set.of("denied", "withdrawn");

  private ExportSalesforce() {}

  static List<ExportColumn> columns() {
    return List.of(
        field("first_name", "FirstName"),
        field("last_name", "LastName"),
        field("email", "Email"),
        field("phone", "Phone"),
        field("mobile", "MobilePhone"),
        field("job_title", "Title"),
        field("company_name", "Company"),
        field("company_domain", "Website"),
        field("street", "Street"),
        field("postcode", "PostalCode"),
        field("city", "City"),
        new ExportColumn("Country", r -> ExportCountries.englishName(r.get("country"))),
        field("source", "LeadSource"),
        field("industry", "Industry"),
        field("employees", "NumberOfEmployees"),
        field("revenue", "AnnualRevenue"),
        new ExportColumn("Status", r -> ExportStages.translate(r, LEAD_STATUSES)),
        new ExportColumn("HasOptedOutOfEmail", r -> refused(r.get("consent_email"))),
        new ExportColumn("DoNotCall", r -> refused(r.get("consent_phone"))));
  }

  private static boolean refused(Object consent) {
    return consent != null && REFUSED.contains(consent.toString().toLowerCase(Locale.ROOT));
  }
}
