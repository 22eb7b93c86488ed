package nl.verbonden.shared.entity;

/**
 * What kind of thing a {@link Changed} event is about. Each component that keeps a history names
 * its kinds in an enum that implements this (e.g. the account and the municipality in tenancy); its
 * history writer takes the events whose subject is one of its own kinds and leaves the others.
 */
public interface HistorySubject {

  /** The kind's name as stored with each history row, e.g. {@code ACCOUNT}. */
  String name();
}
