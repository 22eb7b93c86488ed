package nl.verbonden.cycle.entity;

/**
 * A way in which a joint arrangement does not keep the law in a year, found by comparing what the
 * regisseur recorded with a {@link WgrRule}. The Dutch text names the numbers; the page adds the
 * dates.
 *
 * @param kind what is wrong
 * @param actualWeeks for {@link Kind#TOO_SHORT}: the whole weeks the councils got; otherwise 0
 * @param requiredWeeks for {@link Kind#TOO_SHORT}: the weeks the law asks; otherwise 0
 */
public record Breach(Kind kind, int actualWeeks, int requiredWeeks)
    implements java.io.Serializable {

  /** The kinds of breach. */
  public enum Kind {
    /** The document arrived after the day the law sets. */
    RECEIVED_LATE,
    /** The councils got fewer weeks than the law asks. */
    TOO_SHORT,
    /** The AB meeting is too late to send the document to Gedeputeerde Staten in time. */
    MEETING_TOO_LATE,
    /** The AB meeting is not in the year the law asks (budget: the year before it serves). */
    MEETING_IN_WRONG_YEAR,
    /** No council meeting falls between receipt and the deadline: the council cannot decide. */
    NO_COUNCIL_MEETING
  }

  static Breach of(Kind kind) {
    return new Breach(kind, 0, 0);
  }

  /** The breach in one Dutch sentence. */
  public String text() {
    return switch (kind) {
      case RECEIVED_LATE -> "Later ontvangen dan de wet vraagt.";
      case TOO_SHORT ->
          "Ontvangen "
              + actualWeeks
              + (actualWeeks == 1 ? " week" : " weken")
              + " voor de AB-vergadering; de wet vraagt "
              + requiredWeeks
              + ".";
      case MEETING_TOO_LATE ->
          "De AB-vergadering is te laat om het stuk op tijd aan Gedeputeerde Staten te zenden.";
      case MEETING_IN_WRONG_YEAR ->
          "De AB-vergadering valt niet in het jaar dat de wet vraagt: de begroting wordt vastgesteld"
              + " in het jaar voordat zij dient.";
      case NO_COUNCIL_MEETING ->
          "Er is geen raadsvergadering tussen ontvangst en de uiterste datum: de raad kan niet op"
              + " tijd beslissen.";
    };
  }
}
