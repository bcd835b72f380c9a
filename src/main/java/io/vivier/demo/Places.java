package io.vivier.demo;

import java.util.List;

/**
 * Business cities of France, with a few in Belgium and Switzerland: real postcodes and the
 * telephone area of each (the first digit after +33 in France, the area code in Belgium and
 * Switzerland).
 */
final class Places {

  private Places() {}

  record City(String name, String country, List<String> postcodes, String area, int weight) {}

  static final List<City> CITIES =
      List.of(
          fr("Paris", "1", 24, "75001", "75002", "75008", "75009", "75010", "75011", "75012", "75013",
              "75015", "75016", "75017"),
          fr("Boulogne-Billancourt", "1", 3, "92100"),
          fr("Issy-les-Moulineaux", "1", 2, "92130"),
          fr("Courbevoie", "1", 3, "92400"),
          fr("Nanterre", "1", 2, "92000"),
          fr("Levallois-Perret", "1", 2, "92300"),
          fr("Saint-Denis", "1", 2, "93200"),
          fr("Montreuil", "1", 1, "93100"),
          fr("Massy", "1", 1, "91300"),
          fr("Versailles", "1", 1, "78000"),
          fr("Lyon", "4", 9, "69001", "69002", "69003", "69006", "69007", "69009"),
          fr("Villeurbanne", "4", 2, "69100"),
          fr("Marseille", "4", 5, "13001", "13002", "13006", "13008", "13009", "13015"),
          fr("Aix-en-Provence", "4", 2, "13090", "13100"),
          fr("Nice", "4", 2, "06000", "06100", "06200"),
          fr("Valbonne", "4", 1, "06560"),
          fr("Montpellier", "4", 3, "34000", "34070"),
          fr("Grenoble", "4", 3, "38000", "38100"),
          fr("Annecy", "4", 1, "74000"),
          fr("Saint-Étienne", "4", 1, "42000", "42100"),
          fr("Clermont-Ferrand", "4", 1, "63000", "63100"),
          fr("Toulon", "4", 1, "83000"),
          fr("Lille", "3", 5, "59000", "59800"),
          fr("Roubaix", "3", 1, "59100"),
          fr("Villeneuve-d'Ascq", "3", 1, "59650"),
          fr("Strasbourg", "3", 3, "67000", "67100"),
          fr("Metz", "3", 1, "57000"),
          fr("Nancy", "3", 1, "54000"),
          fr("Reims", "3", 1, "51100"),
          fr("Dijon", "3", 1, "21000"),
          fr("Mulhouse", "3", 1, "68100"),
          fr("Amiens", "3", 1, "80000"),
          fr("Nantes", "2", 5, "44000", "44100", "44200", "44300"),
          fr("Saint-Herblain", "2", 1, "44800"),
          fr("Rennes", "2", 4, "35000", "35200", "35700"),
          fr("Cesson-Sévigné", "2", 1, "35510"),
          fr("Brest", "2", 1, "29200"),
          fr("Angers", "2", 1, "49000", "49100"),
          fr("Caen", "2", 1, "14000"),
          fr("Rouen", "2", 2, "76000", "76100"),
          fr("Le Havre", "2", 1, "76600"),
          fr("Le Mans", "2", 1, "72000", "72100"),
          fr("Tours", "2", 1, "37000", "37100"),
          fr("Orléans", "2", 1, "45000"),
          fr("Bordeaux", "5", 5, "33000", "33300", "33800"),
          fr("Mérignac", "5", 1, "33700"),
          fr("Toulouse", "5", 6, "31000", "31200", "31300", "31400", "31500"),
          fr("Blagnac", "5", 1, "31700"),
          fr("Labège", "5", 1, "31670"),
          fr("Pau", "5", 1, "64000"),
          fr("Bayonne", "5", 1, "64100"),
          fr("La Rochelle", "5", 1, "17000"),
          fr("Limoges", "5", 1, "87000"),
          fr("Poitiers", "5", 1, "86000"),
          fr("Niort", "5", 1, "79000"),
          new City("Bruxelles", "BE", List.of("1000", "1040", "1050", "1060"), "2", 3),
          new City("Liège", "BE", List.of("4000"), "4", 1),
          new City("Namur", "BE", List.of("5000"), "81", 1),
          new City("Louvain-la-Neuve", "BE", List.of("1348"), "10", 1),
          new City("Genève", "CH", List.of("1201", "1202", "1204", "1205", "1207"), "22", 3),
          new City("Lausanne", "CH", List.of("1003", "1004", "1006"), "21", 2),
          new City("Neuchâtel", "CH", List.of("2000"), "32", 1),
          new City("Fribourg", "CH", List.of("1700"), "26", 1));

  static final Weighted<City> WEIGHTED = weighted();

  /** Street names found in most French towns. */
  static final List<String> STREETS =
      List.of(
          "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
          "rue du Général de Gaulle", "rue Pasteur", "avenue de la Gare", "rue des Lilas",
          "allée des Tilleuls", "rue Nationale", "rue de la Paix", "avenue Foch", "rue Émile Zola",
          "boulevard Voltaire", "rue Jules Ferry", "rue du Moulin", "avenue des Champs",
          "rue de l'Industrie", "rue des Entrepreneurs", "avenue de l'Europe", "rue Lavoisier",
          "rue Denis Papin", "rue Ampère", "parc d'activités des Portes", "rue de la Gare",
          "cours Lafayette", "quai de la Loire", "rue Thiers", "avenue du Maréchal Leclerc",
          "rue Saint-Michel");

  private static City fr(String name, String area, int weight, String... postcodes) {
    return new City(name, "FR", List.of(postcodes), area, weight);
  }

  private static Weighted<City> weighted() {
    Weighted<City> cities = Weighted.of();
    CITIES.forEach(c -> cities.add(c, c.weight()));
    return cities;
  }
}
