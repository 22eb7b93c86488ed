package nl.verbonden.roles.control;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RoleSubject;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.HistoryText;
import nl.verbonden.shared.entity.Changed;

/**
 * What the history of a person records: their name and e-mail, by their Dutch labels, and every
 * office they were given or whose term ended, with the office as subject. Plain Java.
 */
public final class PersonHistory {

  private PersonHistory() {}

  /** A person's fields as the history compares them. */
  public static Map<String, Object> describe(Person person) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("person.name", person.getName());
    fields.put("person.email", person.getEmail());
    return fields;
  }

  /** A new person: every field they got. */
  public static Changed created(Person person) {
    return changed(Map.of(), person);
  }

  /** The change of a person's fields. */
  public static Changed changed(Map<String, Object> before, Person after) {
    return HistoryText.changed(RoleSubject.PERSON, after.getId(), null, before, describe(after));
  }

  /** An office given, in its holder's history: "Wethouder (Financiën)", from–to. */
  public static Changed appointed(Office office) {
    return ofOffice(office, "history.office.added", term(office));
  }

  /** A term ended, in its holder's history: the last day in office. */
  public static Changed ended(Office office) {
    return ofOffice(office, "history.office.ended", office.getEndDate());
  }

  private static Changed ofOffice(Office office, String key, Object value) {
    return HistoryText.event(
        RoleSubject.PERSON, office.getPerson().getId(), key, office(office), null, value);
  }

  /** The office as the subject of a line: its kind, and its portfolio in brackets. */
  static String office(Office office) {
    String kind = HistoryText.text(office.getKind());
    return office.getPortfolio() == null ? kind : kind + " (" + office.getPortfolio() + ")";
  }

  /** The term of an office as text: "1-1-2026 –" while it runs, "1-1-2026 – 31-12-2026" after. */
  static String term(Office office) {
    String end = office.getEndDate() == null ? "" : " " + DutchFormat.date(office.getEndDate());
    return DutchFormat.date(office.getStartDate()) + " –" + end;
  }
}
