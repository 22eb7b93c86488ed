package nl.verbonden.agreements.entity;

import nl.verbonden.shared.entity.HistorySubject;

/** What in agreements keeps a history: an agreement, with the changes of its indicators. */
public enum AgreementSubject implements HistorySubject {
  /** An agreement's fields, and its indicators added and changed (the indicator as subject). */
  AGREEMENT
}
