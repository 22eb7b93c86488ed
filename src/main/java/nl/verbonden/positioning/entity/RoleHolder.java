package nl.verbonden.positioning.entity;

/** Who holds a role in an option: the municipality, the partner, both, or nobody. */
public enum RoleHolder {
  GEMEENTE,
  PARTNER,
  BEIDE,
  NIEMAND;

  public boolean municipality() {
    return this == GEMEENTE || this == BEIDE;
  }

  public boolean partner() {
    return this == PARTNER || this == BEIDE;
  }
}
