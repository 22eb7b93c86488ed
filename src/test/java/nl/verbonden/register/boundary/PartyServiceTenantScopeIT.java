package nl.verbonden.register.boundary;

import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static nl.verbonden.testsupport.Demo.ZEIST_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * No tenant sees another's data: through the service, by id, by a forged edit, by bulk statements.
 */
class PartyServiceTenantScopeIT extends InContainer {

  @Inject private PartyService parties;

  @Test
  void regisseurListsOnlyTheirOwnTenantsParties() {
    as.login("regisseur.woudenberg");
    List<Party> list = parties.list();
    assertEquals(data.partyIds(WOUDENBERG).size(), list.size());
    assertTrue(list.stream().noneMatch(p -> p.getName().equals(ZEIST_ONLY)));
    assertEquals(list.size(), parties.count());
  }

  @Test
  void anotherTenantsPartyByIdIsNotFound() {
    Long zeistParty = data.partyId(ZEIST, ZEIST_ONLY);
    as.login("regisseur.woudenberg");
    assertThrows(NotFoundException.class, () -> parties.find(zeistParty));
  }

  @Test
  void ownPartyByIdIsFound() {
    Long own = data.partyIds(WOUDENBERG).get(0);
    as.login("regisseur.woudenberg");
    assertEquals(own, parties.find(own).getId());
  }

  @Test
  void aForgedEditOfAnotherTenantsPartyIsNotFoundAndChangesNothing() {
    Long zeistParty = data.partyId(ZEIST, ZEIST_ONLY);
    as.login("regisseur.zeist");
    Party copy = parties.find(zeistParty);
    as.logout();
    as.login("regisseur.woudenberg");
    copy.setName("Overgenomen door Woudenberg");
    assertThrows(NotFoundException.class, () -> parties.update(copy));
    assertEquals(ZEIST_ONLY, data.storedPartyName(zeistParty));
  }

  @Test
  void aNewPartyBelongsToTheCallersTenant() {
    as.login("regisseur.woudenberg");
    Party created = parties.create(new Party("Stichting Test Scoping", "Woudenberg"));
    assertNotNull(created.getId());
    assertEquals(WOUDENBERG, data.storedTenantOfParty(created.getId()));
    assertEquals("regisseur.woudenberg", created.getCreatedBy());
    assertTrue(data.partyIds(ZEIST).stream().noneMatch(created.getId()::equals));
  }

  @Test
  void aStaleEditIsRefusedAndOverwritesNothing() {
    as.login("regisseur.woudenberg");
    Party original = parties.create(new Party("Stichting Twee Bewerkers", "Woudenberg"));
    Party first = parties.find(original.getId());
    Party second = parties.find(original.getId());
    first.setSeat("Amersfoort");
    parties.update(first);
    second.setSeat("Utrecht");
    assertThrows(StaleEditException.class, () -> parties.update(second));
    assertEquals("Amersfoort", parties.find(original.getId()).getSeat());
  }

  @Test
  void aBulkUpdateTouchesOnlyTheBoundTenant() {
    int zeistCount = data.partyIds(ZEIST).size();
    int updated = data.renameAllParties(ZEIST, "");
    assertEquals(zeistCount, updated);
  }

  @Test
  void tenantDataWithoutABoundTenantFailsInsteadOfLeaking() {
    EJBException failure = assertThrows(EJBException.class, () -> data.partiesWithoutTenant());
    assertNotNull(failure);
  }

  @Test
  void aRaadslidCannotUseTheRegisterService() {
    as.login("raad.woudenberg");
    assertThrows(EJBAccessException.class, () -> parties.list());
  }

  @Test
  void aBeheerderCannotReadATenantsRegister() {
    as.login("beheer");
    assertThrows(EJBAccessException.class, () -> parties.list());
  }

  @Test
  void anAnonymousCallerIsRefused() {
    assertThrows(EJBAccessException.class, () -> parties.list());
  }

  @Test
  void aDeactivatedAccountIsRefusedEvenWithTheRightRole() {
    data.setAccountActive("regisseur.zeist", false);
    try {
      as.login("regisseur.zeist");
      assertThrows(EJBAccessException.class, () -> parties.list());
    } finally {
      data.setAccountActive("regisseur.zeist", true);
    }
    assertFalse(data.partyIds(ZEIST).isEmpty());
  }
}
