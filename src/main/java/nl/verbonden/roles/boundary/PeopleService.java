package nl.verbonden.roles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbonden.roles.control.PersonHistory;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.PersonChange;
import nl.verbonden.roles.entity.RoleSubject;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.control.HistoryRows;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The people of the caller's municipality who can hold roles towards parties, and their offices
 * with terms: portefeuillehouders and civil servants. People and offices are never deleted; terms
 * end. Every change of a person or an office goes into the person's history, written by {@link
 * PersonHistoryWriter} in the same transaction.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class PeopleService {

  @PersistenceContext private EntityManager em;
  @Inject private Event<Changed> changed;

  /** Everyone with their offices, by name. One query. */
  public List<Person> people() {
    return em.createNamedQuery(Person.ALL, Person.class).getResultList();
  }

  /**
   * @throws nl.verbonden.shared.entity.NotFoundException when the person is not of the caller's
   *     municipality
   */
  public Person find(Long id) {
    Person person = Entities.findOrThrow(em, Person.class, id);
    person.getOffices().size();
    return person;
  }

  /**
   * @throws DomainException on field {@code naam} when someone of that name is already listed
   */
  public Person create(@NotNull @Valid Person person) {
    checkNameFree(person.getName(), null);
    em.persist(person);
    Entities.flush(em, Person.class, null);
    changed.fire(PersonHistory.created(person));
    return person;
  }

  /**
   * Adds someone with their first office, at once: a refused office saves no person either.
   *
   * @throws DomainException at the field that is wrong
   */
  public Person createWithOffice(
      @NotNull @Valid Person person,
      OfficeKind kind,
      String portfolio,
      LocalDate start,
      LocalDate end) {
    checkNameFree(person.getName(), null);
    Office office = person.appoint(kind, portfolio, start, end);
    em.persist(person);
    Entities.flush(em, Person.class, null);
    changed.fire(PersonHistory.created(person));
    changed.fire(PersonHistory.appointed(office));
    return person;
  }

  /** Saves an edited name and e-mail, unless someone else saved the person since it was loaded. */
  public Person update(@NotNull @Valid Person edited) {
    Person current = Entities.findForEdit(em, Person.class, edited.getId(), edited.getVersion());
    checkNameFree(edited.getName(), current.getId());
    Map<String, Object> before = PersonHistory.describe(current);
    current.copyEditableFrom(edited);
    Entities.flush(em, Person.class, current.getId());
    changed.fire(PersonHistory.changed(before, current));
    return current;
  }

  /**
   * Gives a person an office for a term.
   *
   * @throws DomainException at the field that is wrong (see {@link Person#appoint})
   */
  public Office appoint(
      Long personId, OfficeKind kind, String portfolio, LocalDate start, LocalDate end) {
    Person person = find(personId);
    Office office = person.appoint(kind, portfolio, start, end);
    em.persist(office);
    Entities.flush(em, Office.class, null);
    changed.fire(PersonHistory.appointed(office));
    return office;
  }

  /**
   * Ends a term on its last day. The roles the office holds stay with it, and show up as gaps from
   * the next day.
   */
  public Office endOffice(Long officeId, LocalDate lastDay) {
    Office office = Entities.findOrThrow(em, Office.class, officeId);
    office.end(lastDay);
    Entities.flush(em, Office.class, officeId);
    changed.fire(PersonHistory.ended(office));
    return office;
  }

  /** Every recorded change of a person and their offices, newest first. */
  public List<PersonChange> history(Long personId) {
    Entities.findOrThrow(em, Person.class, personId);
    return HistoryRows.of(em, PersonChange.class, RoleSubject.PERSON, personId);
  }

  private void checkNameFree(String name, Long ownId) {
    boolean taken =
        !em.createNamedQuery(Person.BY_NAME, Person.class)
            .setParameter("name", name)
            .setParameter("id", ownId == null ? -1L : ownId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainException("verbonden.person.duplicate", "naam", name);
    }
  }
}
