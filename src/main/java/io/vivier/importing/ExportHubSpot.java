package io.vivier.importing;

import static io.vivier.importing.ExportColumn.field;

import io.vivier.lifecycle.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Columns of a HubSpot contact import: headers are the default contact properties' labels, which
 * HubSpot's import maps by themselves; stages become HubSpot's lifecycle stage and lead status
 * internal values. Left out because HubSpot would refuse the values: the owner (HubSpot wants a
 * HubSpot user's e-mail), the head count (a range list on contacts) and consent (set through
 * HubSpot's subscription types, not by import).
 */
final class ExportHubSpot {

  static final Map<Stage, String> LIFECYCLE_STAGES = new EnumMap<>(Stage.class);
  static final Map<Stage, String> LEAD_STATUSES = new EnumMap<>(Stage.class);

  static {
    LIFECYCLE_STAGES.put(Stage.LEAD, "lead");
    LIFECYCLE_STAGES.put(Stage.MQL, "marketingqualifiedlead");
    LIFECYCLE_STAGES.put(Stage.SQL, "salesqualifiedlead");
    LIFECYCLE_STAGES.put(Stage.OPPORTUNITY, "opportunity");
    LIFECYCLE_STAGES.put(Stage.CUSTOMER, "customer");
    LIFECYCLE_STAGES.put(Stage.NURTURE, "lead");
    LIFECYCLE_STAGES.put(Stage.DISQUALIFIED, "other");
    LIFECYCLE_STAGES.put(Stage.LOST, "other");
    LIFECYCLE_STAGES.put(Stage.CHURNED, "other");
    LEAD_STATUSES.put(Stage.LEAD, "NEW");
    LEAD_STATUSES.put(Stage.MQL, "OPEN");
    LEAD_STATUSES.put(Stage.SQL, "IN_PROGRESS");
    LEAD_STATUSES.put(Stage.OPPORTUNITY, "OPEN_DEAL");
    LEAD_STATUSES.put(Stage.NURTURE, "BAD_TIMING");
    LEAD_STATUSES.put(Stage.DISQUALIFIED, "UNQUALIFIED");
  }

  private ExportHubSpot() {}

  static List<ExportColumn> columns() {
    return List.of(
        field("first_name", "First Name"),
        field("last_name", "Last Name"),
        field("email", "Email"),
        field("phone", "Phone Number"),
        field("mobile", "Mobile Phone Number"),
        field("job_title", "Job Title"),
        field("company_name", "Company Name"),
        field("company_domain", "Website URL"),
        field("street", "Street Address"),
        field("city", "City"),
        field("postcode", "Postal Code"),
        new ExportColumn("Country/Region", r -> ExportCountries.englishName(r.get("country"))),
        field("industry", "Industry"),
        field("revenue", "Annual Revenue"),
        new ExportColumn("Lifecycle Stage", r -> ExportStages.translate(r, LIFECYCLE_STAGES)),
        new ExportColumn("Lead Status", r -> ExportStages.translate(r, LEAD_STATUSES)));
  }
}
