package nl.verbonden.roles.entity;

import nl.verbonden.shared.entity.HistorySubject;

/** What in roles keeps a history: a person, with their offices (the office as subject). */
public enum RoleSubject implements HistorySubject {
  /** A person's name and e-mail, and their offices given and ended. */
  PERSON
}
