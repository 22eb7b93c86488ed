package nl.verbonden.roles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Someone of the municipality who can hold a role towards parties: a portefeuillehouder or a civil
 * servant. What they can hold follows from their {@link Office offices}, each with a term; a person
 * is never deleted, their offices end.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = Person.ALL,
    query = "select distinct p from Person p left join fetch p.offices order by p.name")
@NamedQuery(
    name = Person.BY_NAME,
    query = "select p from Person p where lower(p.name) = lower(:name) and p.id <> :id")
public class Person extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Person.all";
  public static final String BY_NAME = "Person.byName";

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @Email
  @Size(max = 200)
  @Column(length = 200)
  private String email;

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
  @OrderBy("startDate desc")
  private List<Office> offices = new ArrayList<>();

  public Person() {}

  public Person(String name, String email) {
    setName(name);
    setEmail(email);
  }

  /**
   * Gives the person an office for a term.
   *
   * @throws DomainException when the office overlaps a term of the same kind and portfolio the
   *     person already holds
   */
  public Office appoint(OfficeKind kind, String portfolio, LocalDate start, LocalDate end) {
    Office office = new Office(this, kind, portfolio, start, end);
    for (Office held : offices) {
      if (held.getKind() == kind && held.sameMatterAs(office) && held.overlaps(office)) {
        throw new DomainException("verbonden.office.overlap", "functieStart", held.label());
      }
    }
    offices.add(office);
    return office;
  }

  public List<Office> currentOffices(LocalDate day) {
    return offices.stream().filter(o -> o.isActiveOn(day)).toList();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public List<Office> getOffices() {
    return Collections.unmodifiableList(offices);
  }

  /**
   * Takes over what a person edited in a form (name and e-mail); offices change through their own
   * methods.
   */
  public void copyEditableFrom(Person edited) {
    setName(edited.getName());
    setEmail(edited.getEmail());
  }

  @Override
  public String toString() {
    return name;
  }
}
