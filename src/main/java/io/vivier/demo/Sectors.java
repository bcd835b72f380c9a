package io.vivier.demo;

import java.util.List;

/**
 * Lines of business: a NAF code (INSEE, rev. 2) with the industry label a sales team uses in
 * French, how companies of that line are named, the software they are known to use, and revenue
 * per employee in thousands of euros.
 *
 * <p>In name patterns {@code {N}} is a family name, {@code {M}} another one, {@code {B}} an
 * invented brand and {@code {C}} the city.
 */
final class Sectors {

  private Sectors() {}

  record Sector(
      String naf,
      String industry,
      int weight,
      List<String> names,
      List<String> technologies,
      int revenueMin,
      int revenueMax) {}

  static final List<Sector> ALL =
      List.of(
          new Sector("62.01Z", "Logiciel", 10,
              List.of("{B}", "{B}", "{B} Software", "{B} Technologies", "{B} Digital", "{B} Systèmes"),
              List.of("AWS", "Google Cloud", "Kubernetes", "GitHub", "GitLab", "Jira", "Slack", "PostgreSQL",
                  "React", "Datadog", "Notion", "HubSpot"),
              90, 220),
          new Sector("58.29C", "Logiciel", 4,
              List.of("{B}", "{B} Software", "{B} Solutions", "Éditions {N}"),
              List.of("AWS", "Microsoft Azure", "Salesforce", "Jira", "Confluence", "Zendesk", "Intercom", "Stripe"),
              110, 260),
          new Sector("62.02A", "Services informatiques", 6,
              List.of("{B} Informatique", "{B} IT Services", "{N} Informatique", "{B} Consulting", "{B}"),
              List.of("Microsoft 365", "Microsoft Azure", "ServiceNow", "VMware", "Fortinet", "Veeam", "Jira",
                  "GLPI"),
              80, 150),
          new Sector("63.11Z", "Hébergement et données", 2,
              List.of("{B} Cloud", "{B} Data", "{B} Hosting", "{B}"),
              List.of("OVHcloud", "Scaleway", "Kubernetes", "Terraform", "PostgreSQL", "Grafana", "Proxmox"),
              120, 300),
          new Sector("70.22Z", "Conseil", 7,
              List.of("Cabinet {N}", "{N} & Associés", "{B} Conseil", "{N} {M} Partners", "{B} Consulting",
                  "{B} Stratégie"),
              List.of("Microsoft 365", "Salesforce", "Pipedrive", "Notion", "Slack", "Power BI", "Lucca"),
              100, 200),
          new Sector("73.11Z", "Marketing et communication", 3,
              List.of("Agence {B}", "{B} Communication", "{B} Média", "Studio {B}", "{N} Communication"),
              List.of("HubSpot", "Brevo", "Mailchimp", "WordPress", "Adobe Creative Cloud", "Google Analytics",
                  "Figma", "Canva"),
              70, 160),
          new Sector("69.20Z", "Expertise comptable", 3,
              List.of("Cabinet {N}", "{N} Expertise", "Fiduciaire {N}", "{N} {M} Audit", "{B} Expertise"),
              List.of("Cegid", "Sage", "Pennylane", "Microsoft 365", "Dext", "Agiris"),
              70, 120),
          new Sector("25.62B", "Industrie", 5,
              List.of("Atelier {N}", "{N} Industries", "Groupe {N} Industries", "{B} Mécanique",
                  "Établissements {N}", "{N} Usinage", "{B} Précision"),
              List.of("SAP", "Sage X3", "SolidWorks", "Microsoft 365", "Siemens NX", "Divalto", "Clipper"),
              110, 190),
          new Sector("28.29B", "Industrie", 3,
              List.of("{N} Industries", "{B} Équipements", "{B} Machines", "Groupe {N}", "{N} Systèmes"),
              List.of("SAP", "SolidWorks", "Autodesk Inventor", "Microsoft Dynamics 365", "Siemens Teamcenter"),
              140, 240),
          new Sector("20.59Z", "Chimie", 1,
              List.of("{B} Chimie", "{N} Chimie", "Laboratoires {N}", "{B} Chemicals"),
              List.of("SAP", "LabWare", "Microsoft 365", "Salesforce"),
              250, 450),
          new Sector("10.89Z", "Agroalimentaire", 3,
              List.of("{N} Saveurs", "Maison {N}", "Les Délices de {C}", "{B} Food", "Conserverie {N}",
                  "Terroirs {N}"),
              List.of("SAP", "Sage X3", "Microsoft 365", "Salesforce", "Infor M3"),
              180, 320),
          new Sector("46.69B", "Commerce de gros", 5,
              List.of("{N} Distribution", "Établissements {N}", "{B} Négoce", "{N} Fournitures",
                  "Comptoir {N}", "{B} Diffusion"),
              List.of("Sage", "Divalto", "Microsoft Dynamics 365", "Salesforce", "Oracle NetSuite", "Odoo"),
              250, 600),
          new Sector("46.51Z", "Commerce de gros", 2,
              List.of("{B} Distribution", "{B} Informatique", "{N} Micro", "{B} Direct"),
              List.of("SAP", "Salesforce", "Microsoft Dynamics 365", "Oracle NetSuite", "Shopify Plus"),
              300, 700),
          new Sector("47.91B", "E-commerce", 3,
              List.of("{B}", "{B} Shop", "{B} Store", "La Boutique {B}", "{B} Market"),
              List.of("Shopify", "PrestaShop", "Magento", "Klaviyo", "Google Analytics", "Stripe", "Brevo",
                  "Zendesk"),
              150, 350),
          new Sector("41.20A", "BTP", 3,
              List.of("{N} Construction", "Entreprise {N}", "{N} Bâtiment", "{B} Habitat", "Groupe {N} BTP"),
              List.of("Autodesk Revit", "Microsoft 365", "Sage", "Procore", "Batappli"),
              120, 220),
          new Sector("43.21A", "BTP", 3,
              List.of("{N} Électricité", "{B} Énergies", "Entreprise {N}", "{N} {M} Installations"),
              List.of("Sage", "Microsoft 365", "Obat", "Autodesk AutoCAD"),
              90, 150),
          new Sector("71.12B", "Ingénierie", 3,
              List.of("{B} Ingénierie", "Bureau d'études {N}", "{N} Engineering", "{B} Études"),
              List.of("Autodesk AutoCAD", "Autodesk Revit", "Microsoft 365", "SAP", "ANSYS", "CATIA"),
              90, 160),
          new Sector("86.10Z", "Santé", 2,
              List.of("Clinique Saint-{F}", "Clinique du Parc de {C}", "Polyclinique de {C}", "Groupe {B} Santé"),
              List.of("Microsoft 365", "Doctolib", "Maincare", "Softway Medical", "Cegid"),
              70, 120),
          new Sector("21.20Z", "Pharmacie", 1,
              List.of("Laboratoires {N}", "{B} Pharma", "{B} Biotech", "Laboratoire {B}"),
              List.of("SAP", "Veeva", "Salesforce", "Microsoft 365", "LabWare"),
              250, 500),
          new Sector("32.50A", "Santé", 1,
              List.of("{B} Medical", "{B} Médical", "{N} Dispositifs Médicaux"),
              List.of("SAP", "SolidWorks", "Salesforce", "Microsoft 365"),
              150, 280),
          new Sector("49.41A", "Transport", 3,
              List.of("Transports {N}", "{N} Logistique", "{B} Express", "Transports {N} et Fils", "{B} Fret"),
              List.of("SAP", "Microsoft 365", "Shippeo", "Sage", "Trimble"),
              80, 140),
          new Sector("52.29A", "Logistique", 2,
              List.of("{B} Logistique", "{N} Supply", "Entrepôts {N}", "{B} Supply Chain"),
              List.of("Manhattan Associates", "SAP EWM", "Reflex WMS", "Microsoft 365", "Generix"),
              90, 170),
          new Sector("64.19Z", "Banque", 1,
              List.of("Banque {N}", "{B} Finance", "Crédit {B}"),
              List.of("Salesforce", "Microsoft 365", "Temenos", "Murex"),
              250, 450),
          new Sector("65.12Z", "Assurance", 2,
              List.of("{B} Assurances", "Mutuelle {B}", "{N} Assurances", "{B} Prévoyance"),
              List.of("Salesforce", "Guidewire", "Microsoft 365", "Genesys"),
              200, 400),
          new Sector("68.31Z", "Immobilier", 2,
              List.of("{N} Immobilier", "{B} Immo", "Agence {N}", "{B} Patrimoine"),
              List.of("Apimo", "Hektor", "Microsoft 365", "HubSpot", "Yousign"),
              90, 180),
          new Sector("85.59A", "Formation", 2,
              List.of("{B} Formation", "{B} Academy", "Institut {N}", "Campus {B}"),
              List.of("Moodle", "360Learning", "HubSpot", "Zoom", "Digiforma"),
              60, 120),
          new Sector("55.10Z", "Hôtellerie", 1,
              List.of("Hôtels {N}", "Résidences {B}", "Groupe {B} Hospitality"),
              List.of("Mews", "Opera PMS", "Microsoft 365", "Booking.com"),
              50, 90),
          new Sector("35.11Z", "Énergie", 2,
              List.of("{B} Énergie", "{B} Solaire", "{N} Énergies", "{B} Renouvelables"),
              List.of("SAP", "Salesforce", "Microsoft 365", "Power BI", "OSIsoft PI"),
              300, 700),
          new Sector("78.20Z", "Ressources humaines", 2,
              List.of("{B} Intérim", "{N} Emploi", "{B} Talents", "{B} RH"),
              List.of("Bullhorn", "Salesforce", "Microsoft 365", "Lucca", "Indeed", "Flatchr"),
              60, 110));

  static final Weighted<Sector> WEIGHTED = weighted();

  /** Software that companies of any line use. */
  static final List<String> COMMON_TECHNOLOGIES =
      List.of(
          "Microsoft 365", "Google Workspace", "Slack", "Microsoft Teams", "HubSpot", "Salesforce",
          "Pipedrive", "Sage", "Cegid", "Lucca", "PayFit", "Qonto", "Zendesk", "WordPress",
          "Google Analytics", "Brevo", "Mailchimp", "Power BI", "Odoo", "Yousign", "Docusign");

  /** Syllables of invented brand names such as Numéria, Datalis or Logivia. */
  static final List<String> BRAND_STARTS =
      List.of(
          "Num", "Dat", "Log", "Opt", "Syn", "Alt", "Nov", "Ax", "Cap", "Vert", "Lum", "Clar", "Kal",
          "Ev", "Or", "Sol", "Agil", "Hex", "Néo", "Vit", "Bel", "Arc", "Sir", "Quant", "Pol", "Ker",
          "Zen", "Mob", "Inn", "Tal", "Vel", "Mer", "Acc", "Eff", "Od", "Ter", "Flu", "Gal");

  static final List<String> BRAND_ENDS =
      List.of(
          "éria", "alis", "ivia", "ea", "ys", "ova", "apsia", "ine", "itec", "eo", "ium", "ance", "is",
          "ora", "akis", "yx", "ia", "ens", "um", "ix", "éo", "ane", "ika", "ali", "ency", "ylia");

  private static Weighted<Sector> weighted() {
    Weighted<Sector> sectors = Weighted.of();
    ALL.forEach(s -> sectors.add(s, s.weight()));
    return sectors;
  }
}
