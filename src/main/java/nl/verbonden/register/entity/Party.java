package nl.verbonden.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * An organisation the municipality works with: a verbonden partij (joint arrangement, company, foundation) or
 * another partner. Belongs to one tenant.
 */
@Entity
@Table(name = "party")
@NamedQuery(name = Party.ALL, query = "select p from Party p order by p.name")
@NamedQuery(name = Party.COUNT, query = "select count(p) from Party p")
public class Party extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Party.all";
  public static final String COUNT = "Party.count";

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @Size(max = 100)
  @Column(length = 100)
  private String seat;

  /** A new party, to be filled in by a form. */
  public Party() {}

  public Party(String name, String seat) {
    this.name = name;
    this.seat = seat;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public String getSeat() {
    return seat;
  }

  public void setSeat(String seat) {
    this.seat = seat == null || seat.isBlank() ? null : seat.strip();
  }
}
