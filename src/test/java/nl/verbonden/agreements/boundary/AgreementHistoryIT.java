package nl.verbonden.agreements.boundary;

import static nl.verbonden.agreements.boundary.AgreementFixtures.REGISSEUR;
import static nl.verbonden.agreements.boundary.AgreementFixtures.WOUDENBERG;
import static nl.verbonden.agreements.boundary.AgreementFixtures.reach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementChange;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.AgreementSubject;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.HistoryLines;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The history of agreements and indicators in the container: written with the regisseur's name
 * under the regisseur's municipality, read by no other municipality and by no raadslid; an event
 * outside a municipality's persistence context writes nothing.
 */
class AgreementHistoryIT extends InContainer {

  /** The display name of regisseur.woudenberg (demo/gebruikers.csv). */
  private static final String SANNE = "Sanne de Vries";

  private static final String TABLE = "agreement_change";

  @Inject private AgreementService agreements;
  @Inject private PartyService parties;
  @Inject private UserTransaction transaction;
  @Inject private Event<Changed> changed;

  @AfterEach
  void cleanUp() throws Exception {
    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      transaction.rollback();
    }
  }

  private Agreement agreementWithIndicator(String name) {
    as.login(REGISSEUR);
    Long party = parties.create(new Party(name, "Woudenberg")).getId();
    Agreement agreement = AgreementFixtures.newAgreement(agreements, party, "DVO " + name);
    agreements.addIndicator(agreement.getId(), reach());
    return agreement;
  }

  @Test
  void changesOfAnAgreementAndItsIndicatorAreWrittenWithTheRegisseursName() {
    Agreement agreement = agreementWithIndicator("Stichting Historie DVO");
    long storedBefore = data.countTenantRows(TABLE, WOUDENBERG);

    Agreement edited = agreements.find(agreement.getId());
    edited.setStatus(AgreementStatus.BEEINDIGD);
    edited.setAnnualBudget(new BigDecimal("120000"));
    agreements.update(edited);
    Indicator indicator = agreements.find(agreement.getId()).getIndicators().get(0);
    indicator.setRedThreshold(new BigDecimal("75"));
    agreements.updateIndicator(agreement.getId(), indicator);

    assertEquals(storedBefore + 3, data.countTenantRows(TABLE, WOUDENBERG), "under Woudenberg");
    List<AgreementChange> history = agreements.history(agreement.getId());
    HistoryEntry status = HistoryLines.of(history, "common.status").get(0);
    assertEquals("Actief", status.getOldValue());
    assertEquals("Beëindigd", status.getNewValue());
    assertEquals(SANNE, status.getWho());
    HistoryEntry budget = HistoryLines.of(history, "agreement.budget").get(0);
    assertEquals("100.000", budget.getOldValue());
    assertEquals("120.000", budget.getNewValue());
    HistoryEntry red = HistoryLines.of(history, "indicator.redThreshold").get(0);
    assertEquals("Bereik", red.getSubject());
    assertEquals("70", red.getOldValue());
    assertEquals("75", red.getNewValue());
    assertEquals(SANNE, red.getWho());
    assertEquals("indicator.redThreshold", history.get(0).getEntry().getFieldKey(), "newest first");
    HistoryEntry created = HistoryLines.of(history, "history.agreement.created").get(0);
    assertEquals("DVO Stichting Historie DVO", created.getNewValue());
    assertEquals(SANNE, created.getWho());
    assertEquals(REGISSEUR, history.get(0).getCreatedBy(), "the login stays in the audit column");
  }

  @Test
  void aRegisseurOfAnotherMunicipalityOrARaadslidCannotReadIt() {
    Agreement agreement = agreementWithIndicator("Stichting Historie DVO Geheim");
    as.logout();

    as.login("regisseur.zeist");
    assertThrows(NotFoundException.class, () -> agreements.history(agreement.getId()));
    as.logout();
    as.login("raad.woudenberg");
    assertThrows(EJBAccessException.class, () -> agreements.history(agreement.getId()));
  }

  @Test
  void anEventInATransactionBoundToNoTenantIsRefusedAndWritesNothing() throws Exception {
    long before = data.countTenantRows(TABLE, WOUDENBERG);

    transaction.begin();
    EJBException refused =
        assertThrows(
            EJBException.class,
            () ->
                changed.fire(
                    Changed.of(AgreementSubject.AGREEMENT, 1L, "agreement.title", null, "a", "b")));
    transaction.rollback();

    assertTrue(hasCause(refused, IllegalStateException.class), "refused for want of a tenant");
    assertEquals(before, data.countTenantRows(TABLE, WOUDENBERG));
  }

  static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
