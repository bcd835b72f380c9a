package io.vivier.demo;

import io.vivier.activity.ActivityType;
import io.vivier.lifecycle.Stage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a prospect got to its stage: the stage changes on the way, and the activities of the last
 * months, consistent with the stage (a lead mostly opens e-mails, a customer has had meetings).
 */
final class Engagement {

  static final int MAX_ACTIVITIES = 8;
  static final int HISTORY_DAYS = 180;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private Engagement() {}

  /** One stage change on a prospect's way, with its reason. */
  record Step(Stage to, String reason) {}

  /**
   * An activity to log, as the input of the activity service.
   *
   * @param bySales logged by the prospect's owner (a call, a meeting) rather than by marketing
   *     automation (a campaign e-mail, a form)
   */
  record Planned(Map<String, Object> input, boolean bySales) {}

  /** What the timeline of one person depends on. */
  record Prospect(
      Stage stage,
      String source,
      String sourceDetail,
      String companyName,
      boolean hasEmail,
      boolean marketingEmails,
      boolean hasPhone,
      String eventYear,
      List<Step> path) {}

  // --- stages ------------------------------------------------------------------------------

  private static final Map<Stage, List<String>> REASONS =
      Map.of(
          Stage.MQL, List.of("Score marketing atteint", "A demandé une démonstration", "A participé au webinaire",
              "A téléchargé le livre blanc", "Plusieurs visites de la page tarifs"),
          Stage.SQL, List.of("Besoin confirmé lors de l'appel de qualification",
              "Qualifié BANT : budget, décideur, besoin et délai", "Rendez-vous découverte concluant"),
          Stage.OPPORTUNITY, List.of("Démonstration réalisée, proposition en préparation",
              "Proposition commerciale envoyée", "Appel d'offres reçu"),
          Stage.CUSTOMER, List.of("Contrat signé", "Bon de commande reçu", "Première facture payée"),
          Stage.CHURNED, List.of("Contrat non renouvelé", "Rachat par un groupe équipé d'une autre solution",
              "Réduction budgétaire"),
          Stage.NURTURE, List.of("Pas de projet avant l'an prochain", "Budget reporté",
              "Pas mûr, à recontacter dans six mois"),
          Stage.LOST, List.of("Choix d'un concurrent", "Budget non validé", "Projet abandonné",
              "Prix jugé trop élevé"),
          Stage.DISQUALIFIED, List.of("Hors cible : entreprise trop petite", "Étudiant", "Concurrent",
              "Ni projet ni pouvoir de décision", "Coordonnées invalides"));

  /** The stage changes from LEAD to {@code stage}, each with a reason. */
  static List<Step> path(Dice dice, Stage stage) {
    List<Stage> stages =
        switch (stage) {
          case LEAD -> List.of();
          case MQL -> List.of(Stage.MQL);
          case SQL -> List.of(Stage.MQL, Stage.SQL);
          case OPPORTUNITY -> List.of(Stage.MQL, Stage.SQL, Stage.OPPORTUNITY);
          case CUSTOMER -> List.of(Stage.MQL, Stage.SQL, Stage.OPPORTUNITY, Stage.CUSTOMER);
          case CHURNED -> List.of(Stage.MQL, Stage.SQL, Stage.OPPORTUNITY, Stage.CUSTOMER, Stage.CHURNED);
          case NURTURE -> dice.chance(0.5) ? List.of(Stage.NURTURE) : List.of(Stage.MQL, Stage.NURTURE);
          case LOST -> dice.chance(0.7)
              ? List.of(Stage.MQL, Stage.SQL, Stage.OPPORTUNITY, Stage.LOST)
              : List.of(Stage.MQL, Stage.SQL, Stage.LOST);
          case DISQUALIFIED -> dice.chance(0.7) ? List.of(Stage.DISQUALIFIED) : List.of(Stage.MQL, Stage.DISQUALIFIED);
        };
    List<Step> steps = new ArrayList<>();
    for (Stage to : stages) {
      steps.add(new Step(to, dice.pick(REASONS.get(to))));
    }
    return steps;
  }

  // --- activities ----------------------------------------------------------------------------

  private static final String WEBINAR = "Prospecter mieux avec des données propres";
  private static final String WHITE_PAPER = "7 leviers pour fiabiliser votre base clients";

  private static final List<String> CAMPAIGNS =
      List.of(
          "Newsletter : les nouveautés du mois",
          "Invitation : webinaire « " + WEBINAR + " »",
          "Livre blanc : " + WHITE_PAPER,
          "Cas client : 30 % de temps gagné sur la saisie",
          "Baromètre de la prospection B2B",
          "Webinaire en replay : prospection et RGPD",
          "Nouveautés produit : segmentation et scoring",
          "Offre de rentrée : démonstration personnalisée");

  private static final List<String> SALES_EMAILS =
      List.of(
          "Suite à notre échange", "Prise de contact – {company}", "Proposition commerciale – {company}",
          "Compte rendu de notre rendez-vous", "Votre projet : prochaines étapes", "Documentation demandée",
          "Invitation à une démonstration", "Relance : notre proposition");

  private static final List<String> REPLIES =
      List.of(
          "Bonjour, merci pour votre message. Pouvons-nous en parler jeudi après-midi ?",
          "Bonjour, je ne suis pas le bon interlocuteur, voyez plutôt avec notre DSI.",
          "Merci, je transmets à mon équipe et je reviens vers vous.",
          "Bonjour, le sujet nous intéresse, mais pas avant le prochain trimestre.",
          "Parfait, je vous confirme le rendez-vous.",
          "Pouvez-vous m'envoyer une proposition chiffrée ?");

  private static final Map<String, List<String>> CALL_NOTES =
      Map.of(
          "connected", List.of("Besoin confirmé, budget en cours de validation.",
              "Échange de quinze minutes, intéressé par une démonstration.",
              "Utilise un tableur aujourd'hui, cherche à centraliser ses contacts.",
              "Projet prévu au prochain semestre.", "Questions sur l'import de fichiers et le RGPD."),
          "callback_requested", List.of("Rappeler la semaine prochaine.", "Rappeler après les congés."),
          "meeting_booked", List.of("Rendez-vous fixé avec l'équipe commerciale.", "Démonstration planifiée."),
          "not_interested", List.of("Pas de besoin pour le moment.", "Équipé d'une solution concurrente."),
          "wrong_number", List.of("Numéro erroné, à vérifier."),
          "voicemail", List.of("Message laissé."));

  private static final List<String> EARLY_MEETINGS = List.of("Rendez-vous découverte", "Visioconférence de découverte");
  private static final List<String> DEAL_MEETINGS =
      List.of("Démonstration produit", "Atelier de cadrage", "Soutenance de la proposition");
  private static final List<String> CUSTOMER_MEETINGS =
      List.of("Point de suivi trimestriel", "Comité de pilotage", "Formation des utilisateurs");
  private static final List<String> MEETING_NOTES =
      List.of(
          "Participants : direction et équipe commerciale. Besoin : centraliser la prospection.",
          "Démonstration réalisée, questions sur l'intégration avec l'ERP.",
          "Prochaine étape : proposition chiffrée.",
          "Très bon accueil, décision attendue en fin de mois.",
          "Présence du DAF, budget à confirmer.");
  private static final List<String> CUSTOMER_NOTES =
      List.of(
          "Paramétrage validé, import des fichiers planifié.", "Équipe commerciale formée.",
          "Bonne adoption, demande de licences supplémentaires.", "Point sur l'adoption : la plupart des commerciaux sont actifs.");
  private static final List<String> NOTES =
      List.of(
          "Interlocuteur clé sur le projet.", "Budget prévu au prochain trimestre.",
          "En concurrence avec deux autres solutions.", "Décision prise en comité de direction.",
          "Préfère être contacté par e-mail.", "Ancien client d'un concurrent.");
  private static final List<String> LINKEDIN =
      List.of("Invitation acceptée", "Message de prise de contact", "Réponse à notre message",
          "A aimé notre publication");

  private enum Touch { CAMPAIGN, SALES_EMAIL, CALL, MEETING, LINKEDIN, NOTE, FORM }

  /**
   * The activities of a prospect, oldest first, none later than {@code now}. Their kinds and
   * contents come from {@code dice}, their times from {@code clockDice}, so that what is generated
   * does not depend on the time of the run.
   */
  static List<Planned> activities(Dice dice, Dice clockDice, Prospect p, Instant now) {
    int[] range = countRange(p.stage());
    int target = dice.between(range[0], range[1]);
    if (target == 0) {
      return List.of();
    }
    List<Event> opening = opening(dice, p);
    List<Event> closing = closing(dice, p);
    List<Event> events = new ArrayList<>(opening);
    Weighted<Touch> menu = menu(p.stage());
    int guard = 0;
    while (events.size() + closing.size() < target && guard++ < 50) {
      events.addAll(touch(dice, menu, p));
    }
    // the closing events (a signed contract, a lost deal) are the last ones; drop middle ones beyond the cap
    while (events.size() + closing.size() > MAX_ACTIVITIES && events.size() > opening.size()) {
      events.remove(events.size() - 1);
    }
    events.addAll(closing);
    while (events.size() > MAX_ACTIVITIES) {
      events.remove(events.size() - 1);
    }
    return schedule(clockDice, events, p.stage(), now);
  }

  private static int[] countRange(Stage stage) {
    return switch (stage) {
      case LEAD -> new int[] {0, 3};
      case NURTURE -> new int[] {1, 4};
      case MQL -> new int[] {2, 5};
      case SQL -> new int[] {3, 6};
      case OPPORTUNITY -> new int[] {4, 8};
      case CUSTOMER, CHURNED -> new int[] {5, 8};
      case LOST -> new int[] {3, 7};
      case DISQUALIFIED -> new int[] {0, 3};
    };
  }

  private static Weighted<Touch> menu(Stage stage) {
    Weighted<Touch> menu = Weighted.of();
    switch (stage) {
      case LEAD -> menu.add(Touch.CAMPAIGN, 80).add(Touch.LINKEDIN, 10).add(Touch.CALL, 10);
      case NURTURE -> menu.add(Touch.CAMPAIGN, 85).add(Touch.LINKEDIN, 10).add(Touch.NOTE, 5);
      case MQL -> menu.add(Touch.CAMPAIGN, 50).add(Touch.SALES_EMAIL, 15).add(Touch.LINKEDIN, 15)
          .add(Touch.CALL, 15).add(Touch.FORM, 5);
      case SQL -> menu.add(Touch.SALES_EMAIL, 30).add(Touch.CALL, 35).add(Touch.MEETING, 20)
          .add(Touch.LINKEDIN, 5).add(Touch.NOTE, 10);
      case OPPORTUNITY -> menu.add(Touch.SALES_EMAIL, 25).add(Touch.CALL, 25).add(Touch.MEETING, 35).add(Touch.NOTE, 15);
      case CUSTOMER -> menu.add(Touch.MEETING, 35).add(Touch.CALL, 25).add(Touch.SALES_EMAIL, 25).add(Touch.NOTE, 15);
      case CHURNED -> menu.add(Touch.MEETING, 25).add(Touch.CALL, 25).add(Touch.SALES_EMAIL, 25).add(Touch.NOTE, 25);
      case LOST -> menu.add(Touch.SALES_EMAIL, 30).add(Touch.CALL, 30).add(Touch.MEETING, 25).add(Touch.NOTE, 15);
      case DISQUALIFIED -> menu.add(Touch.CAMPAIGN, 40).add(Touch.CALL, 50).add(Touch.NOTE, 10);
    }
    return menu;
  }

  /** An activity before its time is set; {@code follows} ones happen shortly after the one before. */
  private record Event(Map<String, Object> input, boolean bySales, boolean follows) {}

  private static Event event(ActivityType type, String subject, String body, boolean bySales, boolean follows) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("type", type.name().toLowerCase(Locale.ROOT));
    if (subject != null) {
      input.put("subject", subject);
    }
    if (body != null) {
      input.put("body", body);
    }
    return new Event(input, bySales, follows);
  }

  /** How the prospect came in: a form, a trade-show visit, a LinkedIn invitation… */
  private static List<Event> opening(Dice dice, Prospect p) {
    List<Event> events = new ArrayList<>();
    switch (p.source()) {
      case "Webinaire" -> {
        events.add(event(ActivityType.FORM_SUBMISSION, "Inscription au webinaire « " + WEBINAR + " »", null, false, false));
        if (dice.chance(0.7)) {
          events.add(event(ActivityType.EVENT_ATTENDANCE, "Webinaire « " + WEBINAR + " »", null, false, false));
        }
      }
      case "Salon VivaTech" -> events.add(
          event(ActivityType.EVENT_ATTENDANCE, "VivaTech " + p.eventYear() + " – passage sur le stand", null, true, false));
      case "Site web" -> events.add(
          event(ActivityType.FORM_SUBMISSION, p.sourceDetail() == null ? "Formulaire de contact" : p.sourceDetail(),
              null, false, false));
      case "Livre blanc" -> events.add(
          event(ActivityType.FORM_SUBMISSION, "Téléchargement du livre blanc « " + WHITE_PAPER + " »", null, false, false));
      case "LinkedIn" -> events.add(event(ActivityType.LINKEDIN_MESSAGE, "Invitation acceptée", null, true, false));
      case "Recommandation" -> events.add(
          event(ActivityType.NOTE, "Recommandation", "Recommandé par un client, à contacter de sa part.", true, false));
      default -> {
        // purchased files, partners and outbound prospecting leave no first activity
      }
    }
    return events;
  }

  /** How the prospect's story ends so far: a signed contract, a lost deal… */
  private static List<Event> closing(Dice dice, Prospect p) {
    String reason = p.path().isEmpty() ? null : p.path().get(p.path().size() - 1).reason();
    return switch (p.stage()) {
      case OPPORTUNITY -> dice.chance(0.5)
          ? List.of(event(ActivityType.NOTE, "Proposition envoyée",
              "Proposition de " + dice.between(3, 60) * 1000 + " € HT par an.", true, false))
          : List.of();
      case CUSTOMER -> signed(dice);
      case CHURNED -> {
        List<Event> events = signed(dice);
        events.add(event(ActivityType.NOTE, "Fin de contrat", reason, true, false));
        yield events;
      }
      case LOST -> List.of(event(ActivityType.NOTE, "Opportunité perdue", reason, true, false));
      case DISQUALIFIED -> p.hasPhone() && dice.chance(0.4)
          ? List.of(call(dice, dice.pick("wrong_number", "not_interested"), "Appel de qualification"))
          : List.of(event(ActivityType.NOTE, "Disqualifié", reason, true, false));
      default -> List.of();
    };
  }

  /** The signature, then the kick-off and follow-up meetings of a new customer. */
  private static List<Event> signed(Dice dice) {
    List<Event> events = new ArrayList<>();
    events.add(event(ActivityType.NOTE, "Contrat signé",
        "Abonnement annuel, " + dice.between(3, 80) + " utilisateurs.", true, false));
    if (dice.chance(0.6)) {
      events.add(meeting(dice, "Réunion de lancement", CUSTOMER_NOTES));
    }
    if (dice.chance(0.3)) {
      events.add(meeting(dice, dice.pick(CUSTOMER_MEETINGS), CUSTOMER_NOTES));
    }
    return events;
  }

  private static List<Event> touch(Dice dice, Weighted<Touch> menu, Prospect p) {
    Touch touch = dice.weighted(menu);
    if ((touch == Touch.CAMPAIGN && !p.marketingEmails()) || (touch == Touch.SALES_EMAIL && !p.hasEmail())
        || (touch == Touch.CALL && !p.hasPhone())) {
      touch = dice.chance(0.5) ? Touch.LINKEDIN : Touch.NOTE;
    }
    boolean late = p.stage().progress() >= 3 || p.stage() == Stage.LOST || p.stage() == Stage.CHURNED;
    return switch (touch) {
      case CAMPAIGN -> campaign(dice);
      case SALES_EMAIL -> salesEmail(dice, p.companyName());
      case CALL -> List.of(call(dice, outcome(dice, late), late ? dice.pick("Point d'avancement", "Appel de suivi", "Négociation")
          : dice.pick("Appel de prospection", "Appel de qualification", "Relance téléphonique")));
      case MEETING -> List.of(meeting(dice, dice.pick(p.stage() == Stage.SQL ? EARLY_MEETINGS : DEAL_MEETINGS), MEETING_NOTES));
      case LINKEDIN -> List.of(event(ActivityType.LINKEDIN_MESSAGE, dice.pick(LINKEDIN), null, true, false));
      case NOTE -> List.of(event(ActivityType.NOTE, null, dice.pick(NOTES), true, false));
      case FORM -> List.of(event(ActivityType.FORM_SUBMISSION, dice.pick("Demande de démo", "Page tarifs : demande de devis"),
          null, false, false));
    };
  }

  private static List<Event> campaign(Dice dice) {
    String subject = dice.pick(CAMPAIGNS);
    List<Event> events = new ArrayList<>();
    events.add(event(ActivityType.EMAIL_SENT, subject, null, false, false));
    if (dice.chance(0.03)) {
      events.add(event(ActivityType.EMAIL_BOUNCED, subject, "Adresse introuvable (550 5.1.1).", false, true));
    } else if (dice.chance(0.55)) {
      events.add(event(ActivityType.EMAIL_OPENED, subject, null, false, true));
      if (dice.chance(0.3)) {
        events.add(event(ActivityType.EMAIL_CLICKED, subject, null, false, true));
      }
    }
    return events;
  }

  private static List<Event> salesEmail(Dice dice, String company) {
    String subject = dice.pick(SALES_EMAILS).replace("{company}", company == null ? "votre projet" : company);
    List<Event> events = new ArrayList<>();
    events.add(event(ActivityType.EMAIL_SENT, subject, null, true, false));
    if (dice.chance(0.65)) {
      events.add(event(ActivityType.EMAIL_OPENED, subject, null, false, true));
      if (dice.chance(0.35)) {
        events.add(event(ActivityType.EMAIL_REPLIED, "RE: " + subject, dice.pick(REPLIES), false, true));
      }
    }
    return events;
  }

  private static String outcome(Dice dice, boolean late) {
    Weighted<String> outcomes = Weighted.of();
    if (late) {
      outcomes.add("connected", 50).add("meeting_booked", 15).add("callback_requested", 10).add("voicemail", 15)
          .add("no_answer", 10);
    } else {
      outcomes.add("no_answer", 30).add("voicemail", 25).add("connected", 18).add("busy", 5).add("not_interested", 8)
          .add("callback_requested", 10).add("meeting_booked", 3).add("wrong_number", 1);
    }
    return dice.weighted(outcomes);
  }

  private static Event call(Dice dice, String outcome, String subject) {
    List<String> notes = CALL_NOTES.get(outcome);
    Event call = event(ActivityType.CALL, subject, notes == null ? null : dice.pick(notes), true, false);
    call.input().put("outcome", outcome);
    Integer seconds =
        switch (outcome) {
          case "connected" -> dice.between(180, 1500);
          case "meeting_booked" -> dice.between(300, 1200);
          case "callback_requested" -> dice.between(60, 240);
          case "not_interested" -> dice.between(30, 180);
          case "voicemail" -> dice.between(20, 60);
          default -> null;
        };
    if (seconds != null) {
      call.input().put("duration_seconds", seconds);
    }
    return call;
  }

  private static Event meeting(Dice dice, String subject, List<String> notes) {
    Event meeting = event(ActivityType.MEETING, subject, dice.pick(notes), true, false);
    meeting.input().put("duration_seconds", dice.pick(1800, 2700, 3600, 5400));
    return meeting;
  }

  // --- time ----------------------------------------------------------------------------------

  /**
   * Sets {@code occurred_at}: the first activity some weeks or months ago depending on the stage,
   * the others later, on weekdays in office hours (Paris time) except e-mail opens and clicks,
   * which follow their e-mail within hours. Never after {@code now}.
   */
  private static List<Planned> schedule(Dice dice, List<Event> events, Stage stage, Instant now) {
    int[] days =
        switch (stage) {
          case LEAD, DISQUALIFIED -> new int[] {2, 120};
          case MQL -> new int[] {10, 150};
          case SQL -> new int[] {20, 170};
          case CUSTOMER, CHURNED -> new int[] {90, HISTORY_DAYS};
          default -> new int[] {30, HISTORY_DAYS};
        };
    Instant end = now.minus(10, ChronoUnit.MINUTES);
    Instant start = now.minus(dice.between(days[0], days[1]), ChronoUnit.DAYS).plusSeconds(dice.between(0, 86_399));
    if (start.isAfter(end)) {
      start = end.minus(1, ChronoUnit.DAYS);
    }
    long span = Math.max(1, Duration.between(start, end).getSeconds());
    int anchors = (int) events.stream().filter(e -> !e.follows()).count();
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < anchors; i++) {
      Instant at = start.plusSeconds(i == 0 ? 0 : dice.between(0L, span));
      times.add(officeHours(dice, at, end));
    }
    times.sort(null);
    List<Planned> planned = new ArrayList<>();
    int next = 0;
    Instant previous = start;
    for (Event event : events) {
      Instant at;
      if (event.follows()) {
        at = previous.plusSeconds(dice.between(120, 30 * 3600));
        if (at.isAfter(end)) {
          at = end;
        }
      } else {
        at = times.get(next++);
      }
      previous = at;
      Map<String, Object> input = new LinkedHashMap<>(event.input());
      input.put("occurred_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
          at.truncatedTo(ChronoUnit.SECONDS).atZone(PARIS).toOffsetDateTime()));
      planned.add(new Planned(input, event.bySales()));
    }
    return planned;
  }

  /** Moves a time to a weekday between 8:00 and 19:00 in Paris, unless that would pass {@code end}. */
  private static Instant officeHours(Dice dice, Instant at, Instant end) {
    ZonedDateTime time = at.atZone(PARIS);
    if (time.getDayOfWeek() == DayOfWeek.SATURDAY) {
      time = time.plusDays(2);
    } else if (time.getDayOfWeek() == DayOfWeek.SUNDAY) {
      time = time.plusDays(1);
    }
    int hour = dice.between(8, 18);
    int minute = dice.between(0, 59);
    if (time.getHour() < 8 || time.getHour() >= 19) {
      time = time.withHour(hour).withMinute(minute);
    }
    Instant moved = time.toInstant();
    return moved.isAfter(end) ? at : moved;
  }
}
