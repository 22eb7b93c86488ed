package nl.verbonden.register.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static nl.verbonden.testsupport.Demo.ZEIST_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.register.entity.Rsin;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.StaleEditException;
import org.junit.jupiter.api.Test;

/**
 * The register service against the real server and database: creating a party, unique names,
 * validation, updates with their history, and stale edits.
 */
class PartyRegisterIT extends RegisterFixtures {

  // --- 1. Create
  // ---------------------------------------------------------------------------------------------------

  @Test
  void aCreatedPartyIsStoredWithItsDerivedGroupAndVerbondenPartijAndOneHistoryLine() {
    assertTrue(Rsin.isValid(VALID_RSIN));
    String name = unique("Gemeenschappelijke Regeling Volledig");
    as.login(REGISSEUR);
    Party party = new Party(name, LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.setKvkNumber("1234 5678");
    party.setRsin(VALID_RSIN);
    party.setDomains(EnumSet.of(PolicyDomain.VEILIGHEID, PolicyDomain.ZORG_EN_GEZONDHEID));
    party.setPublicInterest("Samen sterker in de regio.");
    party.setStartDate(LocalDate.of(2020, 1, 1));
    party.getInterest().setBoardSeat(true);
    party.getInterest().setLiable(true);

    Party created = parties.create(party);

    assertNotNull(created.getId());
    Party stored = parties.find(created.getId());
    assertEquals(name, stored.getName());
    assertEquals(LegalForm.GR_OPENBAAR_LICHAAM, stored.getLegalForm());
    assertEquals(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN, stored.getBbvGroup());
    assertTrue(stored.isVerbondenPartij());
    assertEquals("12345678", stored.getKvkNumber());
    assertEquals(VALID_RSIN, stored.getRsin());
    assertEquals(
        EnumSet.of(PolicyDomain.VEILIGHEID, PolicyDomain.ZORG_EN_GEZONDHEID), stored.getDomains());
    assertEquals(LocalDate.of(2020, 1, 1), stored.getStartDate());
    assertTrue(stored.getInterest().isBoardSeat());
    assertTrue(stored.getInterest().isLiable());
    assertEquals(REGISSEUR, stored.getCreatedBy());
    assertEquals(WOUDENBERG, data.storedTenantOfParty(created.getId()));

    List<PartyChange> history = parties.history(created.getId());
    assertEquals(1, history.size());
    PartyChange line = history.get(0);
    assertEquals("history.created", line.getFieldKey());
    assertEquals(created.getId(), line.getPartyId());
    assertEquals(name, line.getNewValue());
    assertNull(line.getOldValue());
    assertEquals(REGISSEUR, line.getCreatedBy());
  }

  // --- 2. Names are unique per tenant
  // ------------------------------------------------------------------------------

  @Test
  void aNameTakenInTheOwnRegisterIsRefusedIgnoringCaseAndNothingIsStored() {
    String name = unique("Stichting Dubbele Naam");
    as.login(REGISSEUR);
    parties.create(new Party(name, "Woudenberg"));
    long before = parties.count();

    DomainException taken =
        assertThrows(
            DomainException.class,
            () ->
                parties.create(
                    new Party(name.toUpperCase(Locale.ROOT), LegalForm.STICHTING, "Zeist")));

    assertEquals("verbonden.party.nameTaken", taken.messageKey());
    assertEquals("naam", taken.field());
    assertEquals(before, parties.count());
    assertEquals(1, data.countPartiesNamed(WOUDENBERG, name));
  }

  @Test
  void aNameOfAnotherTenantsPartyIsFreeInTheOwnRegister() {
    // A Zeist-only party (made here, with a name of its own, so that Woudenberg's demo register
    // stays as it is).
    String name = unique("Coöperatie Alleen Zeist");
    as.login("regisseur.zeist");
    parties.create(new Party(name, LegalForm.COOPERATIE, "Zeist"));
    as.logout();
    assertEquals(1, data.countPartiesNamed(ZEIST, name));
    assertEquals(0, data.countPartiesNamed(WOUDENBERG, name));

    as.login(REGISSEUR);
    Party own = parties.create(new Party(name, LegalForm.COOPERATIE, "Woudenberg"));

    assertEquals(WOUDENBERG, data.storedTenantOfParty(own.getId()));
    assertEquals(1, data.countPartiesNamed(WOUDENBERG, name));
    assertEquals(1, data.countPartiesNamed(ZEIST, name));
    // The demo's own Zeist-only party is not seen as taken either: nothing of Woudenberg's has its
    // name.
    assertEquals(1, data.countPartiesNamed(ZEIST, ZEIST_ONLY));
    assertEquals(0, data.countPartiesNamed(WOUDENBERG, ZEIST_ONLY));
  }

  // --- 3. Bean Validation
  // ------------------------------------------------------------------------------------------

  @Test
  void aPartyWithAnRsinThatFailsTheElevenTestIsRefusedAndNotStored() {
    assertFalse(Rsin.isValid(INVALID_RSIN));
    String name = unique("Stichting Fout RSIN");
    as.login(REGISSEUR);
    Party party = new Party(name, LegalForm.STICHTING, "Woudenberg");
    party.setRsin(INVALID_RSIN);

    EJBException refused = assertThrows(EJBException.class, () -> parties.create(party));

    ConstraintViolationException violations = causeOf(refused, ConstraintViolationException.class);
    assertNotNull(violations, () -> "Expected a ConstraintViolationException in " + refused);
    assertTrue(
        violations.getConstraintViolations().stream()
            .anyMatch(v -> v.getPropertyPath().toString().endsWith("rsin")),
        violations::toString);
    assertEquals(0, data.countPartiesNamedInAnyTenant(name));
  }

  // --- 4. Update and its history
  // -----------------------------------------------------------------------------------

  @Test
  void anUpdateWritesExactlyTheChangedFieldsAsOldAndNewText() {
    as.login(REGISSEUR);
    Party party = new Party(unique("Stichting Verhuizing"), LegalForm.STICHTING, "Utrecht");
    party.getInterest().setAmountAtRisk(new BigDecimal("1000.00"));
    Long id = parties.create(party).getId();
    Party edited = parties.find(id);
    edited.setSeat("Amersfoort");
    edited.getInterest().setAmountAtRisk(new BigDecimal("1234.50"));

    parties.update(edited);

    Party stored = parties.find(id);
    assertEquals("Amersfoort", stored.getSeat());
    assertEquals(0, new BigDecimal("1234.50").compareTo(stored.getInterest().getAmountAtRisk()));
    List<PartyChange> changes = changesExceptCreated(parties.history(id));
    assertEquals(Set.of("party.seat", "interest.amountAtRisk"), keys(changes), changes::toString);
    assertEquals(2, changes.size());
    PartyChange seat = line(changes, "party.seat");
    assertEquals("Utrecht", seat.getOldValue());
    assertEquals("Amersfoort", seat.getNewValue());
    assertNull(seat.getSubject());
    assertEquals(REGISSEUR, seat.getCreatedBy());
    PartyChange amount = line(changes, "interest.amountAtRisk");
    assertEquals("1.000", amount.getOldValue());
    assertEquals("1.234,50", amount.getNewValue());
  }

  @Test
  void anUnchangedUpdateWritesNoHistory() {
    as.login(REGISSEUR);
    Party party = new Party(unique("Stichting Ongewijzigd"), LegalForm.STICHTING, "Utrecht");
    party.getInterest().setAmountAtRisk(new BigDecimal("250.75"));
    party.setDomains(EnumSet.of(PolicyDomain.ONDERWIJS));
    Long id = parties.create(party).getId();
    Party unchanged = parties.find(id);
    long version = unchanged.getVersion();

    parties.update(unchanged);

    assertEquals(1, parties.history(id).size());
    assertEquals(1, data.countRowsOfParty("party_change", id));
    assertEquals(version, parties.find(id).getVersion());
  }

  @Test
  void anEndDateBeforeTheStartDateIsRefusedAndNothingChanges() {
    as.login(REGISSEUR);
    Party party = new Party(unique("Stichting Terug In De Tijd"), LegalForm.STICHTING, "Utrecht");
    Long id = parties.create(party).getId();
    Party edited = parties.find(id);
    long version = edited.getVersion();
    edited.setSeat("Amersfoort");
    edited.setStartDate(LocalDate.of(2020, 1, 1));
    edited.setEndDate(LocalDate.of(2019, 12, 31));

    DomainException refused = assertThrows(DomainException.class, () -> parties.update(edited));

    assertEquals("verbonden.party.endBeforeStart", refused.messageKey());
    assertEquals("einddatum", refused.field());
    Party stored = parties.find(id);
    assertEquals("Utrecht", stored.getSeat());
    assertNull(stored.getStartDate());
    assertNull(stored.getEndDate());
    assertEquals(version, stored.getVersion());
    assertEquals(1, parties.history(id).size());
  }

  // --- 5. Stale edit
  // -----------------------------------------------------------------------------------------------

  @Test
  void aStaleEditIsRefusedAndTheFirstSavedValuesStay() {
    as.login(REGISSEUR);
    Long id = parties.create(new Party(unique("Stichting Twee Vensters"), "Woudenberg")).getId();
    Party first = parties.find(id);
    Party second = parties.find(id);
    first.setSeat("Leusden");
    first.getInterest().setAmountAtRisk(new BigDecimal("10.00"));
    parties.update(first);
    second.setSeat("Scherpenzeel");
    second.getInterest().setAmountAtRisk(new BigDecimal("99.99"));

    assertThrows(StaleEditException.class, () -> parties.update(second));

    Party stored = parties.find(id);
    assertEquals("Leusden", stored.getSeat());
    assertEquals(0, new BigDecimal("10.00").compareTo(stored.getInterest().getAmountAtRisk()));
    List<PartyChange> changes = changesExceptCreated(parties.history(id));
    assertEquals(Set.of("party.seat", "interest.amountAtRisk"), keys(changes));
    assertTrue(changes.stream().noneMatch(c -> "Scherpenzeel".equals(c.getNewValue())));
  }
}
