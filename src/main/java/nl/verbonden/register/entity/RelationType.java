package nl.verbonden.register.entity;

/** How one party relates to another: the network around a party. */
public enum RelationType {
  /** Works together with the other party as equals. */
  PARTNER,
  /** Executes work for the other party as its subcontractor. */
  SUBCONTRACTOR,
  /** Is a member of a consortium with the other party. */
  CONSORTIUM_MEMBER,
  /** Is a member of the other party (e.g. of an association or cooperative). */
  MEMBER_OF
}
