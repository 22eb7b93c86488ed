package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.register.entity.Party;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.PartyGovernance;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RoleAssignment;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * The demo municipalities' people, offices and role models. The people are made up (the regisseurs
 * carry the names of the demo accounts). Woudenberg shows what the checks find: the college changed
 * on 1 June 2026, so a role still held by a wethouder of the previous college is a gap; the
 * Veiligheidsregio has the burgemeester as client and owner (by law), a conflict accepted with its
 * justification; the GGD has a conflict justified by the municipality's size; one party lacks a
 * ladder, one a regisseur, and the other parties were never walked through.
 */
final class DemoRoles {

  private static final LocalDate COLLEGE_2022 = LocalDate.of(2022, 6, 1);
  private static final LocalDate COLLEGE_2022_END = LocalDate.of(2026, 5, 31);
  private static final LocalDate COLLEGE_2026 = LocalDate.of(2026, 6, 1);

  private DemoRoles() {}

  static List<TenantOwnedEntity> woudenberg(DemoRegisters.Register register) {
    Roles r = new Roles(register);
    Office burgemeester =
        r.person("Marieke de Boer", "m.deboer@woudenberg.example")
            .appoint(
                OfficeKind.BURGEMEESTER,
                "Openbare orde en veiligheid",
                LocalDate.of(2019, 9, 1),
                null);
    Office vermeulen =
        r.person("Ilse Vermeulen", "i.vermeulen@woudenberg.example")
            .appoint(OfficeKind.WETHOUDER, "Sociaal domein, zorg en jeugd", COLLEGE_2022, null);
    Office vanDijk =
        r.person("Henk van Dijk", "h.vandijk@woudenberg.example")
            .appoint(
                OfficeKind.WETHOUDER,
                "Financiën, afval en economie",
                COLLEGE_2022,
                COLLEGE_2022_END);
    Office kok =
        r.person("Thomas Kok", "t.kok@woudenberg.example")
            .appoint(OfficeKind.WETHOUDER, "Financiën, afval en duurzaamheid", COLLEGE_2026, null);
    Office deVries =
        r.person("Sanne de Vries", "s.devries@woudenberg.example")
            .appoint(OfficeKind.REGISSEUR, "Verbonden partijen", LocalDate.of(2020, 3, 1), null);
    Office mulder =
        r.person("Joost Mulder", "j.mulder@woudenberg.example")
            .appoint(OfficeKind.ACCOUNTMANAGER, "Fysiek domein", LocalDate.of(2018, 1, 1), null);
    Office hendriks =
        r.person("Eva Hendriks", "e.hendriks@woudenberg.example")
            .appoint(OfficeKind.CONTROLLER, null, LocalDate.of(2017, 5, 1), null);
    Office peters =
        r.person("Ruud Peters", "r.peters@woudenberg.example")
            .appoint(OfficeKind.DIRECTEUR, "Gemeentesecretaris", LocalDate.of(2016, 1, 1), null);

    r.role("GGD regio Utrecht", MunicipalRole.OPDRACHTGEVER, vermeulen, deVries)
        .role("GGD regio Utrecht", MunicipalRole.EIGENAAR, vermeulen, hendriks)
        .notHeld(
            "GGD regio Utrecht",
            MunicipalRole.OPDRACHTNEMER,
            "Woudenberg levert geen taken aan de GGD.")
        .notHeld(
            "GGD regio Utrecht",
            MunicipalRole.UITVOERDER,
            "De GGD voert de publieke gezondheidszorg zelf uit.")
        .governance(
            "GGD regio Utrecht",
            deVries,
            "In een gemeente van deze omvang is er één wethouder voor het hele sociaal domein; die zit in het"
                + " algemeen bestuur. De raad aanvaardde dit op 7 juli 2022; de controller adviseert de raad apart"
                + " over begroting en zienswijze.",
            "Directeur publieke gezondheid",
            "Voorzitter dagelijks bestuur",
            true);

    r.role("Veiligheidsregio Utrecht", MunicipalRole.OPDRACHTGEVER, burgemeester, peters)
        .role("Veiligheidsregio Utrecht", MunicipalRole.EIGENAAR, burgemeester, hendriks)
        .notHeld(
            "Veiligheidsregio Utrecht", MunicipalRole.OPDRACHTNEMER, "Geen taken voor de regio.")
        .notHeld(
            "Veiligheidsregio Utrecht",
            MunicipalRole.UITVOERDER,
            "Brandweerzorg en crisisbeheersing liggen volgens de wet bij de veiligheidsregio.")
        .governance(
            "Veiligheidsregio Utrecht",
            peters,
            "Wettelijk voorgeschreven: de burgemeester is lid van het algemeen bestuur (Wet veiligheidsregio's,"
                + " art. 11) en is tegelijk het aanspreekpunt voor de taken van de regio.",
            "Regionaal commandant",
            "Voorzitter veiligheidsregio",
            true);

    r.role("Afvalverwijdering Utrecht (AVU)", MunicipalRole.OPDRACHTGEVER, vanDijk, mulder)
        .role("Afvalverwijdering Utrecht (AVU)", MunicipalRole.EIGENAAR, kok, hendriks)
        .notHeld(
            "Afvalverwijdering Utrecht (AVU)",
            MunicipalRole.OPDRACHTNEMER,
            "Geen taken voor de AVU.")
        .role("Afvalverwijdering Utrecht (AVU)", MunicipalRole.UITVOERDER, kok, mulder)
        .governance(
            "Afvalverwijdering Utrecht (AVU)",
            mulder,
            null,
            "Directeur AVU",
            "Voorzitter dagelijks bestuur",
            true);

    r.role(
            "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
            MunicipalRole.OPDRACHTGEVER,
            vermeulen,
            deVries)
        .role(
            "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
            MunicipalRole.EIGENAAR,
            kok,
            hendriks)
        .notHeld(
            "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
            MunicipalRole.OPDRACHTNEMER,
            "Amersfoort is centrumgemeente, niet Woudenberg.")
        .role(
            "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
            MunicipalRole.UITVOERDER,
            vermeulen,
            null)
        .governance(
            "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
            deVries,
            null,
            "Directeur RWA",
            null,
            false);

    r.notHeld(
            "N.V. Bank Nederlandse Gemeenten (BNG Bank)",
            MunicipalRole.OPDRACHTGEVER,
            "Leningen worden marktconform aangetrokken; de gemeente geeft de bank geen opdrachten.")
        .role("N.V. Bank Nederlandse Gemeenten (BNG Bank)", MunicipalRole.EIGENAAR, kok, hendriks)
        .notHeld(
            "N.V. Bank Nederlandse Gemeenten (BNG Bank)",
            MunicipalRole.OPDRACHTNEMER,
            "Niet van toepassing.")
        .notHeld(
            "N.V. Bank Nederlandse Gemeenten (BNG Bank)",
            MunicipalRole.UITVOERDER,
            "Niet van toepassing.")
        .governance(
            "N.V. Bank Nederlandse Gemeenten (BNG Bank)",
            null,
            null,
            "Raad van bestuur",
            null,
            true);
    return r.entities();
  }

  static List<TenantOwnedEntity> zeist(DemoRegisters.Register register) {
    Roles r = new Roles(register);
    Office burgemeester =
        r.person("Laura Groen", null)
            .appoint(
                OfficeKind.BURGEMEESTER,
                "Openbare orde en veiligheid",
                LocalDate.of(2021, 1, 1),
                null);
    Office yilmaz =
        r.person("Mehmet Yilmaz", null)
            .appoint(OfficeKind.WETHOUDER, "Sociaal domein", COLLEGE_2026, null);
    Office vanLeeuwen =
        r.person("Petra van Leeuwen", null)
            .appoint(OfficeKind.WETHOUDER, "Financiën", COLLEGE_2022, null);
    Office bakker =
        r.person("Kees Bakker", null)
            .appoint(OfficeKind.REGISSEUR, "Verbonden partijen", LocalDate.of(2019, 1, 1), null);
    Office vos =
        r.person("Nina Vos", null)
            .appoint(OfficeKind.CONTROLLER, null, LocalDate.of(2020, 1, 1), null);

    r.role(
            "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)",
            MunicipalRole.OPDRACHTGEVER,
            yilmaz,
            bakker)
        .role(
            "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)",
            MunicipalRole.EIGENAAR,
            vanLeeuwen,
            vos)
        .notHeld(
            "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)",
            MunicipalRole.OPDRACHTNEMER,
            "Geen taken voor de RDWI.")
        .notHeld(
            "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)",
            MunicipalRole.UITVOERDER,
            "De RDWI voert de Participatiewet uit voor Zeist.")
        .governance(
            "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)",
            bakker,
            null,
            "Directeur RDWI",
            null,
            true);
    r.role("Veiligheidsregio Utrecht", MunicipalRole.OPDRACHTGEVER, burgemeester, null)
        .role("Veiligheidsregio Utrecht", MunicipalRole.EIGENAAR, vanLeeuwen, vos)
        .notHeld(
            "Veiligheidsregio Utrecht", MunicipalRole.OPDRACHTNEMER, "Geen taken voor de regio.")
        .notHeld(
            "Veiligheidsregio Utrecht", MunicipalRole.UITVOERDER, "Wettelijke taak van de regio.")
        .governance("Veiligheidsregio Utrecht", bakker, null, "Regionaal commandant", null, false);
    return r.entities();
  }

  /** Collects people, assignments and governance in the order they must be saved. */
  private static final class Roles {

    private final DemoRegisters.Register register;
    private final List<TenantOwnedEntity> people = new ArrayList<>();
    private final List<TenantOwnedEntity> models = new ArrayList<>();

    Roles(DemoRegisters.Register register) {
      this.register = register;
    }

    Person person(String name, String email) {
      Person person = new Person(name, email);
      people.add(person);
      return person;
    }

    Roles role(String party, MunicipalRole role, Office bestuurlijk, Office ambtelijk) {
      RoleAssignment assignment = new RoleAssignment(party(party), role);
      assignment.answer(true, bestuurlijk, ambtelijk, null);
      models.add(assignment);
      return this;
    }

    Roles notHeld(String party, MunicipalRole role, String reason) {
      RoleAssignment assignment = new RoleAssignment(party(party), role);
      assignment.answer(false, null, null, reason);
      models.add(assignment);
      return this;
    }

    void governance(
        String party,
        Office regisseur,
        String justification,
        String director,
        String chair,
        boolean ladder) {
      RolePlan plan = RolePlan.empty();
      plan.setJustification(justification);
      plan.setPartyDirector(director);
      plan.setPartyChair(chair);
      if (ladder) {
        plan.useExampleLadder();
      }
      PartyGovernance governance = new PartyGovernance(party(party));
      governance.apply(plan, regisseur, justification != null);
      models.add(governance);
    }

    private Party party(String name) {
      return register
          .party(name)
          .orElseThrow(() -> new IllegalArgumentException("No demo party named " + name));
    }

    List<TenantOwnedEntity> entities() {
      List<TenantOwnedEntity> all = new ArrayList<>(people);
      all.addAll(models);
      return all;
    }
  }
}
