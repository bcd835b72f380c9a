package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderMapperTests {

  private final HeaderMapper mapper = new HeaderMapper();

  // ---- real export headers: each header of the file, then what it should map to ----

  @Test
  void aHubSpotContactExportMapsToFieldsAndKeepsTheRestAsAttributes() {
    assertMapping(
        "Record ID", "external_id",
        "First Name", "first_name",
        "Last Name", "last_name",
        "Email", "email",
        "Phone Number", "phone",
        "Mobile Phone Number", "mobile",
        "Job Title", "job_title",
        "Company Name", "company_name",
        "Contact owner", "owner",
        "Lifecycle Stage", "stage",
        "Lead Status", "attribute:lead_status",
        "Create Date", "created_at",
        "Last Activity Date", "last_activity_at",
        "Original Source", "source",
        "Original Source Drill-Down 1", "source_detail",
        "Original Source Drill-Down 2", "attribute:original_source_drill_down_2",
        "Street Address", "street",
        "City", "city",
        "State/Region", "attribute:state_region",
        "Postal Code", "postcode",
        "Country/Region", "country",
        "Website URL", "company_domain",
        "Industry", "industry",
        "Number of Employees", "employees",
        "Annual Revenue", "revenue",
        "HubSpot Score", "attribute:lead_score",
        "Unsubscribed from all email", "email_opt_out",
        "Last Modified Date", "ignore",
        "Marketing contact status", "attribute:marketing_contact_status");
  }

  @Test
  void aHubSpotExportInFrenchMapsLikeTheEnglishOne() {
    assertMapping(
        "ID de fiche d'informations", "external_id",
        "Prénom", "first_name",
        "Nom", "last_name",
        "E-mail", "email",
        "Numéro de téléphone", "phone",
        "Numéro de téléphone mobile", "mobile",
        "Intitulé du poste", "job_title",
        "Nom de l'entreprise", "company_name",
        "Propriétaire du contact", "owner",
        "Phase du cycle de vie", "stage",
        "Statut du lead", "attribute:statut_du_lead",
        "Date de création", "created_at",
        "Date de dernière activité", "last_activity_at",
        "Source d'origine", "source",
        "Adresse", "street",
        "Code postal", "postcode",
        "Ville", "city",
        "Pays/région", "country",
        "Site web", "company_domain",
        "Désabonné de tous les e-mails", "email_opt_out",
        "Date de dernière modification", "ignore");
  }

  @Test
  void aSalesforceLeadExportMapsToFields() {
    assertMapping(
        "Lead ID", "external_id",
        "Salutation", "attribute:civilite",
        "First Name", "first_name",
        "Last Name", "last_name",
        "Title", "job_title",
        "Company / Account", "company_name",
        "Street", "street",
        "City", "city",
        "State/Province", "attribute:state_province",
        "Zip/Postal Code", "postcode",
        "Country", "country",
        "Phone", "phone",
        "Mobile", "mobile",
        "Email", "email",
        "Website", "company_domain",
        "Lead Source", "source",
        "Lead Status", "attribute:lead_status",
        "Industry", "industry",
        "Annual Revenue", "revenue",
        "No. of Employees", "employees",
        "Rating", "attribute:rating",
        "Lead Owner", "owner",
        "Created Date", "created_at",
        "Last Activity", "last_activity_at",
        "Email Opt Out", "email_opt_out",
        "Do Not Call", "phone_opt_out");
  }

  @Test
  void aSalesforceContactExportSeparatesMailingAndBillingAddresses() {
    assertMapping(
        "Contact ID", "external_id",
        "Account ID", "company_external_id",
        "Salutation", "attribute:civilite",
        "First Name", "first_name",
        "Last Name", "last_name",
        "Full Name", "full_name",
        "Title", "job_title",
        "Department", "function",
        "Account Name", "company_name",
        "Mailing Street", "street",
        "Mailing City", "city",
        "Mailing State/Province", "attribute:mailing_state_province",
        "Mailing Zip/Postal Code", "postcode",
        "Mailing Country", "country",
        "Phone", "phone",
        "Mobile", "mobile",
        "Email", "email",
        "Email Opt Out", "email_opt_out",
        "Do Not Call", "phone_opt_out",
        "Lead Source", "source",
        "Contact Owner", "owner",
        "Created Date", "created_at",
        "Last Activity", "last_activity_at",
        "Billing Street", "company_street",
        "Billing City", "company_city",
        "Billing Zip/Postal Code", "company_postcode",
        "Billing Country", "company_country");
  }

  @Test
  void aPipedrivePeopleExportReadsPersonAndOrganizationPrefixes() {
    assertMapping(
        "Person - ID", "external_id",
        "Person - Name", "full_name",
        "Person - First name", "first_name",
        "Person - Last name", "last_name",
        "Person - Organization", "company_name",
        "Person - Email - Work", "email",
        "Person - Email - Home", "attribute:person_email_home",
        "Person - Phone - Work", "phone",
        "Person - Phone - Mobile", "mobile",
        "Person - Labels", "tags",
        "Person - Owner", "owner",
        "Person - Person created", "created_at",
        "Person - Update time", "ignore",
        "Person - Last activity date", "last_activity_at",
        "Person - Job title", "job_title",
        "Organization - ID", "company_external_id",
        "Organization - Name", "attribute:organization_name",
        "Organization - Address", "company_street",
        "Organization - Website", "company_domain",
        "Organization - Owner", "attribute:organization_owner",
        "Organization - Labels", "attribute:organization_labels");
  }

  @Test
  void aPipedriveLeadKeepsOnlyTheProspectsOwnFieldsAndLeavesTheDealsAsAttributes() {
    assertMapping(
        "Lead - ID", "attribute:lead_id",
        "Lead - Title", "attribute:lead_title",
        "Lead - Value", "attribute:lead_value",
        "Lead - Owner", "owner",
        "Lead - Source", "source",
        "Lead - Labels", "tags",
        "Person - ID", "external_id",
        "Organization - Name", "company_name");
  }

  @Test
  void aCompanyPrefixTurnsAddressAndPhoneIntoTheCompanysFields() {
    assertMapping(
        "Contact - E-mail", "email",
        "Company - City", "company_city",
        "Entreprise - Code postal", "company_postcode",
        "Account: Phone", "company_phone",
        "Société – Pays", "company_country",
        "Company - LinkedIn", "company_linkedin_url",
        "Company - Domain Name", "company_domain",
        "Contact - Hobby", "attribute:contact_hobby");
  }

  @Test
  void aSalesNavigatorExportMapsProfileAndCompanyUrls() {
    assertMapping(
        "First Name", "first_name",
        "Last Name", "last_name",
        "Title", "job_title",
        "Company", "company_name",
        "Company LinkedIn URL", "company_linkedin_url",
        "Location", "attribute:location",
        "Profile URL", "linkedin_url",
        "Company Industry", "industry",
        "Company Headcount", "employees",
        "Company Location", "attribute:company_location");
  }

  @Test
  void aPhantombusterSalesNavigatorExportWithCamelCaseHeadersMapsToo() {
    assertMapping(
        "profileUrl", "linkedin_url",
        "fullName", "full_name",
        "firstName", "first_name",
        "lastName", "last_name",
        "companyName", "company_name",
        "title", "job_title",
        "regularCompanyUrl", "company_linkedin_url",
        "location", "attribute:location",
        "connectionDegree", "attribute:connectiondegree",
        "linkedInProfileUrl", "attribute:linkedinprofileurl");
  }

  @Test
  void aFrenchSpreadsheetMapsAndKeepsAmbiguousColumnsAsAttributes() {
    assertMapping(
        "Civilité", "attribute:civilite",
        "Prénom", "first_name",
        "NOM", "last_name",
        "Raison sociale", "company_name",
        "Fonction", "job_title",
        "Service", "function",
        "Adresse", "street",
        "CP", "postcode",
        "Ville", "city",
        "Tél.", "phone",
        "Portable", "mobile",
        "E-mail", "email",
        "Site web", "company_domain",
        "N° SIRET", "siret",
        "Code NAF", "naf_code",
        "Effectif", "employees",
        "Tranche d'effectifs", "insee_tranche",
        "CA (k€)", "attribute:ca_k",
        "Commentaires", "attribute:commentaires",
        "Département", "attribute:departement",
        "RGPD", "attribute:rgpd",
        "Bloctel", "phone_opt_out",
        "Ne plus recevoir d'e-mails", "email_opt_out");
  }

  @Test
  void anInseeSireneEstablishmentFileMapsItsIdentifiersAndLeavesTheSplitAddressAsAttributes() {
    assertMapping(
        "siren", "siren",
        "nic", "attribute:nic",
        "siret", "siret",
        "dateCreationEtablissement", "attribute:datecreationetablissement",
        "trancheEffectifsEtablissement", "insee_tranche",
        "numeroVoieEtablissement", "attribute:numerovoieetablissement",
        "typeVoieEtablissement", "attribute:typevoieetablissement",
        "libelleVoieEtablissement", "attribute:libellevoieetablissement",
        "codePostalEtablissement", "company_postcode",
        "libelleCommuneEtablissement", "company_city",
        "denominationUsuelleEtablissement", "company_name",
        "activitePrincipaleEtablissement", "naf_code",
        "trancheEffectifsUniteLegale", "attribute:trancheeffectifsunitelegale");
  }

  @Test
  void frenchCompanyRegisterLabelsMapToo() {
    assertMapping(
        "Dénomination", "company_name",
        "SIREN", "siren",
        "Tranche effectif salarié", "insee_tranche",
        "Activité principale", "naf_code",
        "Libellé de l'activité principale", "industry");
  }

  // ---- spellings ----

  @ParameterizedTest
  @ValueSource(strings = {"Email", "E-mail", "e_mail", "EMAIL", "E.Mail", "Adresse e-mail", "Courriel", "Mail",
      " Email\u00A0", "\uFEFFemail", "Email Address"})
  void everyUsualSpellingOfEmailIsTheEmail(String header) {
    assertThat(mapper.map(List.of(header)).get(0).target()).isEqualTo("email");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Prénom | first_name", "Firstname | first_name", "Given name | first_name",
    "Nom de famille | last_name", "Surname | last_name", "Family name | last_name",
    "Nom complet | full_name", "Name | full_name",
    "Société | company_name", "Entreprise | company_name", "Organisation | company_name",
    "Organization | company_name", "Employeur | company_name", "Current Company | company_name",
    "Tel fixe | phone", "Ligne directe | phone", "Work phone | phone",
    "GSM | mobile", "Cell | mobile", "Téléphone portable | mobile",
    "Poste | job_title", "Intitulé de poste | job_title", "Position | job_title",
    "Niveau | seniority", "Seniority | seniority",
    "Profil LinkedIn | linkedin_url", "Person Linkedin Url | linkedin_url",
    "Rue | street", "Zip | postcode", "ZIP code | postcode", "Commune | city", "Localité | city",
    "Pays | country", "Origine | source", "Canal | source",
    "Commercial | owner", "Responsable | owner", "Statut | stage", "Étape | stage",
    "Lead score | attribute:lead_score", "Score | ignore", "Étiquettes | tags", "Mots-clés | tags",
    "Consentement | consent_email", "Opt-in | consent_email", "Base légale | legal_basis",
    "Domaine | company_domain", "Company Domain Name | company_domain", "URL | company_domain",
    "Numéro SIRET | siret", "APE | naf_code", "Code APE | naf_code",
    "Secteur d'activité | industry", "Libellé NAF | industry",
    "Nombre de salariés | employees", "Headcount | employees", "Company size | employee_range",
    "Chiffre d'affaires | revenue", "CA | revenue", "Technologies | technologies",
    "External id | external_id", "Created at | created_at", "Dernière activité | last_activity_at",
    "Standard | company_phone", "Désabonné | email_opt_out", "Ne pas appeler | phone_opt_out",
    "Tranche d'effectif | insee_tranche"
  })
  void synonymsInFrenchAndEnglishMapToTheirField(String header, String target) {
    assertThat(mapper.map(List.of(header)).get(0).targetName()).isEqualTo(target);
  }

  @Test
  void everyTargetsOwnNameMapsToItselfAsAnExactName() {
    List<String> names = new ArrayList<>(HeaderMapper.PERSON_TARGETS);
    names.addAll(HeaderMapper.COMPANY_TARGETS);
    names.addAll(List.of("email_opt_out", "phone_opt_out", "insee_tranche", "vivier_id"));

    List<ColumnMapping> mappings = mapper.map(names);

    assertThat(mappings).extracting(ColumnMapping::target).containsExactlyElementsOf(names);
    assertThat(mappings).extracting(ColumnMapping::reason).containsOnly("exact name");
  }

  @Test
  void aVivierExportReimportsOntoTheSameRecordsAndSkipsTheReportColumns() {
    assertMapping(
        "id", "vivier_id",
        "first_name", "first_name",
        "email", "email",
        "updated_at", "ignore",
        "vivier_row", "ignore",
        "vivier_status", "ignore",
        "vivier_issues", "ignore");
  }

  @Test
  void onlyTheLowerCaseIdOfAVivierExportIsVivierIdAnyOtherIdIsTheSourceSystems() {
    List<ColumnMapping> mappings = mapper.map(List.of("ID"));
    assertThat(mappings.get(0).target()).isEqualTo("external_id");
    assertThat(mappings.get(0).reason()).contains("source system's id");

    assertThat(mapper.map(List.of("Id")).get(0).target()).isEqualTo("external_id");
    assertThat(mapper.map(List.of("vivier_id")).get(0).target()).isEqualTo("vivier_id");
    assertThat(mapper.map(List.of("id")).get(0).reason()).contains("Vivier export id");
  }

  // ---- reasons ----

  @Test
  void theReasonSaysWhereTheSpellingComesFrom() {
    List<ColumnMapping> mappings = mapper.map(List.of("Raison sociale", "Record ID", "email", "Mailing Street",
        "trancheEffectifsEtablissement", "Organization - Address", "Civilité"));

    assertThat(mappings).extracting(ColumnMapping::reason).containsExactly(
        "French synonym 'Raison sociale'",
        "HubSpot export header 'Record ID'",
        "exact name",
        "Salesforce export header 'Mailing Street'",
        "INSEE SIRENE header 'trancheEffectifsEtablissement'",
        "company column ('Organization - ' prefix), English synonym 'Address'",
        "French synonym 'Civilité': kept as custom attribute 'civilite'");
  }

  @Test
  void anUnknownHeaderBecomesACustomAttributeKeyedByItsSlug() {
    ColumnMapping mapping = mapper.map(List.of("Prénom", "Budget 2025 (k€)")).get(1);

    assertThat(mapping).isEqualTo(new ColumnMapping(1, "Budget 2025 (k€)", "attribute", "budget_2025_k",
        "unknown header: kept as custom attribute 'budget_2025_k'"));
  }

  @Test
  void aVeryLongUnknownHeaderGivesAKeyOfAtMost64Characters() {
    String header = "Commentaire ".repeat(10);

    String key = mapper.map(List.of(header)).get(0).attributeKey();

    assertThat(key).hasSizeLessThanOrEqualTo(64).startsWith("commentaire_commentaire").doesNotEndWith("_");
  }

  // ---- duplicates and empty headers ----

  @Test
  void aSecondColumnForTheSameFieldIsKeptAsAnAttributeWithoutCascading() {
    List<ColumnMapping> mappings = mapper.map(List.of("Email", "Téléphone", "E-mail", "Téléphone"));

    assertThat(mappings).extracting(ColumnMapping::target).containsExactly("email", "phone", "attribute", "attribute");
    assertThat(mappings.get(2).attributeKey()).isEqualTo("e_mail");
    assertThat(mappings.get(2).reason())
        .isEqualTo("duplicate: email already mapped from column 1 'Email', kept as custom attribute 'e_mail'");
    assertThat(mappings.get(3).attributeKey()).isEqualTo("telephone");
  }

  @Test
  void attributesWhoseSlugsCollideGetNumberedKeys() {
    List<ColumnMapping> mappings = mapper.map(List.of("Notes", "notes", "NOTES"));

    assertThat(mappings).extracting(ColumnMapping::attributeKey).containsExactly("notes", "notes_2", "notes_3");
    assertThat(mappings.get(1).reason()).isEqualTo("unknown header: kept as custom attribute 'notes_2'");
  }

  @Test
  void emptyHeaderCellsAreNamedByTheirColumnAndKeptAsAttributes() {
    List<ColumnMapping> mappings = mapper.map(Arrays.asList("Email", "", null, "column 4", "  ", "€"));

    assertThat(mappings).extracting(ColumnMapping::header)
        .containsExactly("Email", "column 2", "column 3", "column 4", "column 5", "€");
    assertThat(mappings).extracting(ColumnMapping::attributeKey)
        .containsExactly(null, "column_2", "column_3", "column_4", "column_5", "column_6");
    assertThat(mappings.get(4).reason()).isEqualTo("no header: kept as custom attribute 'column_5'");
  }

  @Test
  void columnIndexesAreZeroBasedInColumnOrder() {
    assertThat(mapper.map(List.of("a", "b", "c"))).extracting(ColumnMapping::column).containsExactly(0, 1, 2);
  }

  // ---- overrides ----

  @Test
  void anOverrideMatchesTheHeaderExactlyAndWins() {
    ColumnMapping mapping = mapper.map(List.of("Nom", "Société"), Map.of("Nom", "full_name")).get(0);

    assertThat(mapping.target()).isEqualTo("full_name");
    assertThat(mapping.reason()).isEqualTo("override --map 'Nom=full_name'");
  }

  @Test
  void anOverrideMatchesAFoldedHeader() {
    List<ColumnMapping> mappings =
        mapper.map(List.of("Société", "Budget"), Map.of("SOCIETE", "attribute:raison", "budget", "ignore"));

    assertThat(mappings.get(0).target()).isEqualTo("attribute");
    assertThat(mappings.get(0).attributeKey()).isEqualTo("raison");
    assertThat(mappings.get(1).target()).isEqualTo("ignore");
  }

  @Test
  void anOverrideToPlainAttributeKeysItByTheHeadersSlug() {
    ColumnMapping mapping = mapper.map(List.of("Code APE"), Map.of("Code APE", "attribute")).get(0);

    assertThat(mapping.attributeKey()).isEqualTo("code_ape");
    assertThat(mapping.reason()).isEqualTo("override --map 'Code APE=attribute': kept as custom attribute 'code_ape'");
  }

  @Test
  void aKeyChosenInAnOverrideIsNotTakenByAnotherColumnsSlug() {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("Budget", "attribute");
    overrides.put("Montant", "attribute:budget");

    List<ColumnMapping> mappings = mapper.map(List.of("Budget", "Montant", "budget"), overrides);

    assertThat(mappings).extracting(ColumnMapping::attributeKey).containsExactly("budget_2", "budget", "budget_3");
  }

  @Test
  void twoOverridesCannotChooseTheSameAttributeKey() {
    assertThatThrownBy(() -> mapper.map(List.of("A", "B"), HeaderMapper.parseOverrides("A=attribute:x,B=attribute:x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overrides give two columns the attribute key 'x': each column needs its own");
  }

  @Test
  void aFieldTakenByAnOverrideSendsTheAutomaticColumnToAnAttribute() {
    List<ColumnMapping> mappings = mapper.map(List.of("Email", "Courriel"), Map.of("Courriel", "email"));

    assertThat(mappings.get(1).target()).isEqualTo("email");
    assertThat(mappings.get(0).target()).isEqualTo("attribute");
    assertThat(mappings.get(0).reason()).contains("already mapped from column 2 'Courriel'");
  }

  @Test
  void anOverrideByColumnNumberPicksOneOfTwoSameNamedColumns() {
    List<ColumnMapping> mappings =
        mapper.map(List.of("Nom", "Téléphone", "Téléphone"), HeaderMapper.parseOverrides("#3=mobile"));

    assertThat(mappings).extracting(ColumnMapping::target).containsExactly("last_name", "phone", "mobile");
  }

  @Test
  void anOverrideNamingNoColumnSaysSoAndSuggestsTheNearestHeader() {
    assertThatThrownBy(() -> mapper.map(List.of("Email", "Nom"), Map.of("Emial", "email")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("override 'Emial=email': no column named 'Emial' in the file; did you mean 'Email'?");
  }

  @Test
  void twoOverridesCannotGiveOneFieldTwoColumns() {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("A", "email");
    overrides.put("B", "email");

    assertThatThrownBy(() -> mapper.map(List.of("A", "B"), overrides))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overrides map both column 1 'A' and column 2 'B' to email: a field takes one column");
  }

  @Test
  void anOverrideOnSeveralSameNamedColumnsAsksForAColumnNumber() {
    assertThatThrownBy(() -> mapper.map(List.of("Tel", "Tel"), Map.of("Tel", "mobile")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 columns are named 'Tel'")
        .hasMessageContaining("'#1=mobile' or '#2=mobile'");
  }

  @Test
  void ignoringSeveralSameNamedColumnsAtOnceIsAllowed() {
    List<ColumnMapping> mappings = mapper.map(List.of("Tel", "Tel", "Nom"), Map.of("Tel", "ignore"));

    assertThat(mappings).extracting(ColumnMapping::target).containsExactly("ignore", "ignore", "last_name");
  }

  @Test
  void anOverrideColumnNumberOutsideTheFileIsRefused() {
    assertThatThrownBy(() -> mapper.map(List.of("A", "B"), Map.of("#9", "email")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("override '#9': the file has columns #1 to #2");
  }

  @Test
  void anOverrideWithAnUnknownTargetIsRefusedByMapToo() {
    assertThatThrownBy(() -> mapper.map(List.of("A"), Map.of("A", "emial")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown field 'emial' for column 'A'; did you mean 'email'?");
  }

  // ---- the --map option ----

  @Test
  void theMapOptionReadsCommaAndSemicolonSeparatedEntries() {
    assertThat(HeaderMapper.parseOverrides("Col=email, Other Col = company name;Third=attribute:Budget 2025;"))
        .containsExactly(Map.entry("Col", "email"), Map.entry("Other Col", "company_name"),
            Map.entry("Third", "attribute:Budget 2025"));
  }

  @Test
  void theMapOptionReadsQuotedColumnNames() {
    assertThat(HeaderMapper.parseOverrides("\"Nom, prénom\"=full_name,\"a=b\"=IGNORE,\"say \"\"hi\"\"\"=attribute"))
        .containsExactly(Map.entry("Nom, prénom", "full_name"), Map.entry("a=b", "ignore"),
            Map.entry("say \"hi\"", "attribute"));
  }

  @Test
  void aBlankMapOptionMeansNoOverrides() {
    assertThat(HeaderMapper.parseOverrides(null)).isEmpty();
    assertThat(HeaderMapper.parseOverrides("  ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Email | --map: 'Email' has no '=field'; write Column=field, e.g. --map \"Raison sociale=company_name\"",
    "=email | --map: '=email' has no column name; write Column=field, e.g. --map \"Raison sociale=company_name\"",
    "Email= | --map: 'Email=' has no field; write Column=field, e.g. --map \"Raison sociale=company_name\"",
    "\"Nom=full_name | --map: unterminated quote in \"Nom=full_name",
    "Email=emial | --map: unknown field 'emial' for column 'Email'; did you mean 'email'?",
    "Prenom=frist_name | --map: unknown field 'frist_name' for column 'Prenom'; did you mean 'first_name'?",
    "Société=entreprise | --map: unknown field 'entreprise' for column 'Société'; did you mean 'company_name'?",
    "X=ignored | --map: unknown field 'ignored' for column 'X'; did you mean 'ignore'?",
    "Email=email,Email=phone | --map: column 'Email' is given twice",
    "X=attribute: | --map: attribute key '' for column 'X' must be 1 to 64 letters, digits, spaces, '_', '.' or '-'",
    "X=attribute:a/b | --map: attribute key 'a/b' for column 'X' must be 1 to 64 letters, digits, spaces, '_', '.' or '-'"
  })
  void aBadMapOptionIsRefusedWithAClearMessage(String spec, String message) {
    assertThatThrownBy(() -> HeaderMapper.parseOverrides(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void anUnknownFieldFarFromAnyNameListsTheFields() {
    assertThatThrownBy(() -> HeaderMapper.parseOverrides("X=zzzzzz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--map: unknown field 'zzzzzz' for column 'X'; fields are first_name, last_name,")
        .hasMessageContaining("company_external_id, email_opt_out")
        .hasMessageEndingWith("and attribute:<key> for a custom attribute of your choice");
  }

  // ---- targets and the synonym table ----

  @Test
  void theTargetsArePersonThenCompanyThenSpecialOnes() {
    assertThat(HeaderMapper.targets()).containsExactly(
        "first_name", "last_name", "full_name", "email", "phone", "mobile", "job_title", "function",
        "seniority", "linkedin_url", "street", "postcode", "city", "country", "source", "source_detail",
        "owner", "stage", "tags", "consent_email", "consent_phone", "legal_basis", "external_id",
        "created_at", "last_activity_at",
        "company_name", "company_domain", "siren", "siret", "naf_code", "industry", "employees",
        "employee_range", "revenue", "technologies", "company_phone", "company_linkedin_url",
        "company_street", "company_postcode", "company_city", "company_country", "company_external_id",
        "email_opt_out", "phone_opt_out", "insee_tranche", "vivier_id", "ignore", "attribute");
  }

  @Test
  void aSynonymTableGivingOneSpellingTwoTargetsIsRefusedWithTheLine() {
    List<String> lines = List.of("[French synonym]", "email: Courriel", "", "phone: courriel");

    assertThatThrownBy(() -> HeaderSynonyms.parse("test.txt", lines, HeaderMapper.targets()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("test.txt line 4: 'courriel' already means email ('Courriel')");
  }

  @Test
  void aSynonymTableNamingAnUnknownTargetIsRefused() {
    List<String> lines = List.of("# comment", "[English synonym]", "emails: Mail");

    assertThatThrownBy(() -> HeaderSynonyms.parse("test.txt", lines, HeaderMapper.targets()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("test.txt line 3: unknown target 'emails'");
  }

  @Test
  void aSynonymThatIsAnotherTargetsNameIsRefused() {
    List<String> lines = List.of("[English synonym]", "mobile: Phone");

    assertThatThrownBy(() -> HeaderSynonyms.parse("test.txt", lines, HeaderMapper.targets()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("test.txt line 2: 'Phone' already means phone ('phone')");
  }

  // headerAndTarget: header, target, header, target… where "attribute:key" stands for an attribute.
  private void assertMapping(String... headerAndTarget) {
    List<String> headers = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < headerAndTarget.length; i += 2) {
      headers.add(headerAndTarget[i]);
      expected.add(headerAndTarget[i] + " -> " + headerAndTarget[i + 1]);
    }
    List<String> actual = mapper.map(headers).stream()
        .map(m -> m.header() + " -> " + (m.isAttribute() ? "attribute:" + m.attributeKey() : m.target()))
        .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
