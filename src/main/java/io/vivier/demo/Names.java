package io.vivier.demo;

import java.util.List;

/** Common first and last names in France, Belgium and Switzerland, with their accents. */
final class Names {

  private Names() {}

  static final List<String> WOMEN =
      List.of(
          "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Valérie", "Christine",
          "Céline", "Stéphanie", "Sophie", "Hélène", "Véronique", "Aurélie", "Émilie", "Julie", "Camille",
          "Caroline", "Laure", "Anne", "Claire", "Élodie", "Virginie", "Delphine", "Audrey", "Mélanie",
          "Agnès", "Laëtitia", "Séverine", "Géraldine", "Pauline", "Charlotte", "Manon", "Léa", "Chloé",
          "Sarah", "Inès", "Lucie", "Mathilde", "Margaux", "Juliette", "Noémie", "Anaïs", "Gaëlle",
          "Maëlle", "Zoé", "Océane", "Amélie", "Bérénice", "Clémence", "Florence", "Brigitte", "Françoise",
          "Martine", "Corinne", "Karine", "Magali", "Estelle", "Marion", "Justine", "Alice", "Louise",
          "Nadia", "Yasmine", "Fatima", "Leïla", "Samira", "Linh", "Marie-Hélène", "Anne-Sophie",
          "Marie-Claire", "Ophélie", "Solène", "Cécile", "Agathe", "Héloïse", "Jeanne");

  static final List<String> MEN =
      List.of(
          "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Stéphane",
          "Frédéric", "Laurent", "Éric", "Olivier", "Sébastien", "Thierry", "David", "Julien", "Vincent",
          "François", "Jérôme", "Pascal", "Gérard", "Bruno", "Denis", "Didier", "Guillaume", "Arnaud",
          "Benoît", "Cédric", "Thomas", "Antoine", "Alexandre", "Maxime", "Romain", "Mathieu", "Florian",
          "Clément", "Kévin", "Jérémy", "Loïc", "Aurélien", "Hugo", "Lucas", "Théo", "Louis", "Arthur",
          "Paul", "Baptiste", "Quentin", "Rémi", "Yannick", "Gaël", "Hervé", "Régis", "Joël", "Noël",
          "Grégoire", "Étienne", "Raphaël", "Gaëtan", "Mickaël", "Karim", "Mehdi", "Samir", "Youssef",
          "Rachid", "Minh", "Jean-François", "Jean-Pierre", "Jean-Marc", "Pierre-Yves", "Jean-Luc",
          "Marc-Antoine", "Hadrien", "Anthony", "Fabrice", "Ludovic", "Emmanuel", "Xavier", "Tristan");

  static final List<String> LAST =
      List.of(
          "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
          "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
          "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
          "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
          "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
          "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis",
          "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
          "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
          "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger",
          "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois",
          "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
          "Lopez", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
          "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
          "Adam", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charpentier", "Ménard", "Maillard",
          "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet", "Léger",
          "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Le Roux", "Cousin", "Germain", "Breton",
          "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
          "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud",
          "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
          "Collin", "Chauvin", "Da Silva", "Bouchet", "Lemaître", "Bénard", "Maréchal", "Humbert",
          "Reynaud", "Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune",
          "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte", "N'Diaye", "Benali", "Nguyen",
          "Haddad", "Dos Santos", "Kervella", "Quéré", "Desmoulins", "d'Almeida", "Fauré", "Thébault");

  /** Common names in Belgium and French-speaking Switzerland, mixed in for companies there. */
  static final List<String> LAST_BE_CH =
      List.of(
          "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
          "Dubois", "Lambert", "Dupont", "Favre", "Rochat", "Perrin", "Bovet", "Morel", "Mottier",
          "Bonvin", "Pittet", "Gerber", "Müller", "Schmid", "Cuche", "Vuilleumier");
}
