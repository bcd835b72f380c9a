package io.vivier.demo;

import io.vivier.prospect.JobFunction;
import io.vivier.prospect.Seniority;
import java.util.List;

/**
 * Job titles as written on business cards in France, in French and in English, with the function
 * and seniority a sales team files them under.
 */
final class JobTitles {

  private JobTitles() {}

  /**
   * @param male the title of a man
   * @param female the title of a woman
   * @param role titles of the same role share one; a company has only one person in each role
   *     (one CEO, one CFO…), null for roles many people hold
   * @param minEmployees the smallest company that has such a person
   */
  record Title(
      String male,
      String female,
      JobFunction function,
      Seniority seniority,
      int weight,
      String role,
      int minEmployees,
      int maxEmployees) {

    String of(boolean woman) {
      return woman ? female : male;
    }
  }

  private static final int ANY = Integer.MAX_VALUE;

  static final List<Title> ALL =
      List.of(
          t("Gérant", "Gérante", JobFunction.GENERAL_MANAGEMENT, Seniority.EXECUTIVE, 6, "ceo", 1, 49),
          t("PDG", "PDG", JobFunction.GENERAL_MANAGEMENT, Seniority.EXECUTIVE, 4, "ceo", 10, ANY),
          t("Directeur général", "Directrice générale", JobFunction.GENERAL_MANAGEMENT, Seniority.EXECUTIVE, 5, "dg", 20, ANY),
          t("CEO", "CEO", JobFunction.GENERAL_MANAGEMENT, Seniority.EXECUTIVE, 3, "ceo", 5, ANY),
          t("Fondateur", "Fondatrice", JobFunction.GENERAL_MANAGEMENT, Seniority.EXECUTIVE, 2, "ceo", 1, 200),
          t("Directeur administratif et financier", "Directrice administrative et financière", JobFunction.FINANCE,
              Seniority.DIRECTOR, 5, "cfo", 20, ANY),
          t("DAF", "DAF", JobFunction.FINANCE, Seniority.DIRECTOR, 3, "cfo", 20, ANY),
          t("CFO", "CFO", JobFunction.FINANCE, Seniority.EXECUTIVE, 1, "cfo", 100, ANY),
          t("Responsable comptable", "Responsable comptable", JobFunction.FINANCE, Seniority.MANAGER, 2, null, 20, ANY),
          t("Contrôleur de gestion", "Contrôleuse de gestion", JobFunction.FINANCE, Seniority.SENIOR, 2, null, 50, ANY),
          t("DSI", "DSI", JobFunction.IT, Seniority.DIRECTOR, 4, "cio", 50, ANY),
          t("Directeur des systèmes d'information", "Directrice des systèmes d'information", JobFunction.IT,
              Seniority.DIRECTOR, 3, "cio", 50, ANY),
          t("CTO", "CTO", JobFunction.ENGINEERING, Seniority.EXECUTIVE, 3, "cto", 5, ANY),
          t("Responsable informatique", "Responsable informatique", JobFunction.IT, Seniority.MANAGER, 4, null, 10, 999),
          t("Administrateur systèmes et réseaux", "Administratrice systèmes et réseaux", JobFunction.IT,
              Seniority.SENIOR, 2, null, 20, ANY),
          t("RSSI", "RSSI", JobFunction.IT, Seniority.DIRECTOR, 1, "ciso", 250, ANY),
          t("Chef de projet informatique", "Cheffe de projet informatique", JobFunction.IT, Seniority.MANAGER, 3, null, 20, ANY),
          t("DRH", "DRH", JobFunction.HR, Seniority.DIRECTOR, 3, "chro", 50, ANY),
          t("Directeur des ressources humaines", "Directrice des ressources humaines", JobFunction.HR,
              Seniority.DIRECTOR, 2, "chro", 50, ANY),
          t("Responsable RH", "Responsable RH", JobFunction.HR, Seniority.MANAGER, 3, null, 20, ANY),
          t("Chargé de recrutement", "Chargée de recrutement", JobFunction.HR, Seniority.ENTRY, 2, null, 50, ANY),
          t("Directeur commercial", "Directrice commerciale", JobFunction.SALES, Seniority.DIRECTOR, 6, "cso", 10, ANY),
          t("Head of Sales", "Head of Sales", JobFunction.SALES, Seniority.DIRECTOR, 3, "cso", 20, ANY),
          t("VP Sales", "VP Sales", JobFunction.SALES, Seniority.VP, 1, "vps", 200, ANY),
          t("Responsable commercial", "Responsable commerciale", JobFunction.SALES, Seniority.MANAGER, 4, null, 5, ANY),
          t("Ingénieur commercial", "Ingénieure commerciale", JobFunction.SALES, Seniority.SENIOR, 4, null, 10, ANY),
          t("Business Developer", "Business Developer", JobFunction.SALES, Seniority.SENIOR, 3, null, 5, ANY),
          t("Key Account Manager", "Key Account Manager", JobFunction.SALES, Seniority.SENIOR, 2, null, 100, ANY),
          t("Chargé d'affaires", "Chargée d'affaires", JobFunction.SALES, Seniority.SENIOR, 3, null, 5, ANY),
          t("Directeur marketing", "Directrice marketing", JobFunction.MARKETING, Seniority.DIRECTOR, 4, "cmo", 20, ANY),
          t("CMO", "CMO", JobFunction.MARKETING, Seniority.EXECUTIVE, 1, "cmo", 100, ANY),
          t("Responsable marketing", "Responsable marketing", JobFunction.MARKETING, Seniority.MANAGER, 5, null, 10, ANY),
          t("Chef de projet marketing", "Cheffe de projet marketing", JobFunction.MARKETING, Seniority.MANAGER, 2, null, 20, ANY),
          t("Responsable communication", "Responsable communication", JobFunction.MARKETING, Seniority.MANAGER, 2, null, 20, ANY),
          t("Chargé de communication", "Chargée de communication", JobFunction.MARKETING, Seniority.ENTRY, 2, null, 20, ANY),
          t("Growth Manager", "Growth Manager", JobFunction.MARKETING, Seniority.MANAGER, 1, null, 5, 999),
          t("Chef de projet", "Cheffe de projet", JobFunction.OPERATIONS, Seniority.MANAGER, 4, null, 10, ANY),
          t("Responsable achats", "Responsable achats", JobFunction.PURCHASING, Seniority.MANAGER, 3, null, 50, ANY),
          t("Acheteur", "Acheteuse", JobFunction.PURCHASING, Seniority.SENIOR, 4, null, 20, ANY),
          t("Directeur des achats", "Directrice des achats", JobFunction.PURCHASING, Seniority.DIRECTOR, 2, "cpo", 250, ANY),
          t("Directeur des opérations", "Directrice des opérations", JobFunction.OPERATIONS, Seniority.DIRECTOR, 2, "coo", 50, ANY),
          t("COO", "COO", JobFunction.OPERATIONS, Seniority.EXECUTIVE, 1, "coo", 100, ANY),
          t("Responsable logistique", "Responsable logistique", JobFunction.OPERATIONS, Seniority.MANAGER, 2, null, 20, ANY),
          t("Directeur de production", "Directrice de production", JobFunction.OPERATIONS, Seniority.DIRECTOR, 1, "prod", 50, ANY),
          t("Responsable qualité", "Responsable qualité", JobFunction.OPERATIONS, Seniority.MANAGER, 2, null, 20, ANY),
          t("Directeur technique", "Directrice technique", JobFunction.ENGINEERING, Seniority.DIRECTOR, 2, "tech", 20, ANY),
          t("Ingénieur R&D", "Ingénieure R&D", JobFunction.ENGINEERING, Seniority.SENIOR, 2, null, 20, ANY),
          t("Responsable bureau d'études", "Responsable bureau d'études", JobFunction.ENGINEERING, Seniority.MANAGER, 1, null, 20, ANY),
          t("Directeur juridique", "Directrice juridique", JobFunction.LEGAL, Seniority.DIRECTOR, 1, "legal", 250, ANY),
          t("Juriste", "Juriste", JobFunction.LEGAL, Seniority.SENIOR, 1, null, 100, ANY),
          t("Responsable service client", "Responsable service client", JobFunction.CUSTOMER_SERVICE,
              Seniority.MANAGER, 2, null, 20, ANY),
          t("Customer Success Manager", "Customer Success Manager", JobFunction.CUSTOMER_SERVICE, Seniority.SENIOR, 2, null, 10, ANY),
          t("Head of Product", "Head of Product", JobFunction.PRODUCT, Seniority.DIRECTOR, 1, "product", 20, ANY),
          t("Product Manager", "Product Manager", JobFunction.PRODUCT, Seniority.SENIOR, 2, null, 10, ANY),
          t("Product Owner", "Product Owner", JobFunction.PRODUCT, Seniority.SENIOR, 1, null, 20, ANY),
          t("Assistant de direction", "Assistante de direction", JobFunction.GENERAL_MANAGEMENT, Seniority.ENTRY, 2, null, 10, ANY),
          t("Office Manager", "Office Manager", JobFunction.OTHER, Seniority.OTHER, 1, null, 10, 499));

  /** The title of people who work on their own, without a company in the base. */
  static final Title FREELANCE =
      t("Consultant indépendant", "Consultante indépendante", JobFunction.OTHER, Seniority.OTHER, 1, null, 1, ANY);

  private static Title t(
      String male, String female, JobFunction function, Seniority seniority, int weight, String role, int min, int max) {
    return new Title(male, female, function, seniority, weight, role, min, max);
  }
}
