package nl.verbonden.overviews.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import javax.naming.InitialContext;
import nl.verbonden.overviews.control.RenderSlots;
import nl.verbonden.testsupport.InContainer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A PDF is laid out outside any transaction, so that a request waiting for a render slot holds no
 * database connection: the render slots refuse to be waited for inside a transaction, and drafting
 * and publishing, which wait for a slot, still work.
 */
class OverviewRenderingIT extends InContainer {

  @Inject private OverviewService overviews;
  @Inject private RenderSlots slots;
  @Inject private java.time.Clock clock;

  @Test
  void aRenderSlotIsNeverWaitedForInsideATransaction() throws Exception {
    UserTransaction transaction =
        (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> slots.run(() -> "rendered"));
      assertTrue(refused.getMessage().contains("outside any transaction"));
    } finally {
      transaction.rollback();
    }
    assertEquals(Status.STATUS_NO_TRANSACTION, transaction.getStatus());
    assertEquals("rendered", slots.run(() -> "rendered"), "outside a transaction it runs");
  }

  @Test
  void aDraftAndAPublicationAreLaidOutOutsideTheirTransactions() throws Exception {
    as.login("regisseur.woudenberg");
    int year = LocalDate.now(clock).getYear() - 1;
    // both wait for a render slot; inside a transaction that would throw (see above)
    OverviewService.Rendered draft = overviews.draft(year);
    try (PDDocument pdf = Loader.loadPDF(draft.pdf())) {
      assertTrue(pdf.getNumberOfPages() > 3);
    }
    assertEquals(year, overviews.publish(year, null, null).year());
  }
}
