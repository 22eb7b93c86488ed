package nl.verbonden.agreements.control;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementSubject;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.shared.control.HistoryText;
import nl.verbonden.shared.entity.Changed;

/**
 * What the history of an agreement records: its fields and those of its indicators, by their Dutch
 * labels; an indicator's lines carry its name as subject. Plain Java.
 */
public final class AgreementHistory {

  private AgreementHistory() {}

  /** An agreement's fields as the history compares them. */
  public static Map<String, Object> describe(Agreement agreement) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("agreement.title", agreement.getTitle());
    fields.put("agreement.startDate", agreement.getStartDate());
    fields.put("agreement.endDate", agreement.getEndDate());
    fields.put("common.status", agreement.getStatus());
    fields.put("agreement.instrument", agreement.getInstrument());
    fields.put("agreement.budget", agreement.getAnnualBudget());
    fields.put("agreement.frequency", agreement.getReportingFrequency());
    fields.put("agreement.escalateAfter", agreement.getEscalateAfter());
    fields.put("agreement.documents", agreement.getDocuments());
    return fields;
  }

  /** An indicator's fields as the history compares them. */
  public static Map<String, Object> describe(Indicator indicator) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("indicator.name", indicator.getName());
    fields.put("indicator.kind", indicator.getKind());
    fields.put("indicator.unit", indicator.getUnit());
    fields.put("indicator.direction", indicator.getDirection());
    fields.put("indicator.target", indicator.getTarget());
    fields.put("indicator.greenThreshold", indicator.getGreenThreshold());
    fields.put("indicator.redThreshold", indicator.getRedThreshold());
    fields.put("indicator.frequency", indicator.getFrequency());
    return fields;
  }

  /** A new agreement: one line with its title. */
  public static Changed created(Agreement agreement) {
    return HistoryText.event(
        AgreementSubject.AGREEMENT,
        agreement.getId(),
        "history.agreement.created",
        null,
        null,
        agreement.getTitle());
  }

  /** The change of an agreement's fields. */
  public static Changed changed(Map<String, Object> before, Agreement after) {
    return HistoryText.changed(
        AgreementSubject.AGREEMENT, after.getId(), null, before, describe(after));
  }

  /** An indicator added: every field it got, with its name as subject. */
  public static Changed indicatorAdded(Indicator indicator) {
    return indicatorChanged(indicator.getName(), Map.of(), indicator);
  }

  /**
   * The change of an indicator's fields, in its agreement's history.
   *
   * @param name the indicator's name before the change (the subject of its lines)
   */
  public static Changed indicatorChanged(String name, Map<String, Object> before, Indicator after) {
    return HistoryText.changed(
        AgreementSubject.AGREEMENT, after.getAgreement().getId(), name, before, describe(after));
  }
}
