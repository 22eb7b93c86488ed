package nl.verbonden.roles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbonden.roles.boundary.PeopleService;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.shared.web.Messages;

/**
 * Rollen &gt; Mensen en functies: the portefeuillehouders and civil servants who can hold roles,
 * their current offices and how many roles each holds; a form to add someone with their first
 * office.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private PeopleService people;
  @Inject private RoleService roles;

  private List<Person> list;
  private Map<Long, Long> load;
  private LocalDate today;

  private Person person = new Person();
  private OfficeForm office;

  public void load() {
    today = LocalDate.now(clock);
    list = people.people();
    load = roles.loadPerPerson();
    office = new OfficeForm(today);
  }

  public String add() {
    Person added =
        people.createWithOffice(
            person, office.getKind(), office.getPortfolio(), office.getStart(), office.getEnd());
    Messages.info("person.added", added.getName());
    return "/rollen/persoon?faces-redirect=true&id=" + added.getId();
  }

  public List<Office> current(Person p) {
    return p.currentOffices(today);
  }

  public long load(Person p) {
    return load.getOrDefault(p.getId(), 0L);
  }

  public List<Person> getList() {
    return list;
  }

  public Person getPerson() {
    return person;
  }

  public OfficeForm getOffice() {
    return office;
  }
}
