package nl.verbonden.attention.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.attention.entity.Attention;
import nl.verbonden.attention.entity.AttentionGroup;
import nl.verbonden.attention.entity.AttentionItem;
import nl.verbonden.tenancy.boundary.TenantService;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The start page's attention list on the demo, per role: what a regisseur, a council member and a
 * beheerder of the shared-service centre must act on, and nobody reading another role's list.
 */
class AttentionServiceIT extends InContainer {

  @Inject private AttentionService attention;
  @Inject private TenantService tenants;
  @Inject private Clock clock;

  private static AttentionGroup group(Attention a, String key) {
    return a.groups().stream()
        .filter(g -> g.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " not in " + a.groups()));
  }

  private static List<String> titles(AttentionGroup g) {
    return g.items().stream().map(AttentionItem::title).toList();
  }

  @Test
  void theRegisseurSeesTheDemosOverdueEscalationTheEndedTermAndTheRegelingDueNextWeek() {
    as.login(REGISSEUR);
    LocalDate today = LocalDate.now(clock);
    Attention a = attention.forRegisseur();

    AttentionGroup escalations = group(a, "attention.escalations");
    AttentionItem youthHealth = escalations.items().get(0);
    assertEquals("DVO Jeugdgezondheidszorg " + today.getYear(), youthHealth.title());
    assertTrue(youthHealth.late());
    assertTrue(youthHealth.link().startsWith("/dvo/agreement.xhtml?id="), youthHealth.link());

    assertTrue(
        titles(group(a, "attention.termsEnded")).contains("Afvalverwijdering Utrecht (AVU)"),
        titles(group(a, "attention.termsEnded")).toString());
    assertTrue(group(a, "attention.notWalkedThrough").count() >= 9);
    assertFalse(
        a.groups().stream().anyMatch(g -> g.key().equals("attention.conflicts")),
        "the demo's conflicts are justified");
    assertTrue(
        titles(group(a, "attention.ending")).stream()
            .anyMatch(t -> t.startsWith("Uitvoeringsovereenkomst welzijnswerk")),
        titles(group(a, "attention.ending")).toString());

    AttentionItem rud =
        group(a, "attention.zienswijzen").items().stream()
            .filter(i -> i.title().equals("Wijziging gemeenschappelijke regeling RUD Utrecht"))
            .findFirst()
            .orElseThrow();
    assertEquals(today.plusWeeks(1), rud.date());
    assertEquals("attention.zienswijze", rud.noteKey());
    assertEquals(
        nl.verbonden.shared.control.DutchFormat.date(today.plusDays(4)), rud.noteArgs().get(1));
    assertFalse(
        titles(group(a, "attention.zienswijzen"))
            .contains("Ontwerpbegroting Veiligheidsregio Utrecht"),
        "an answered dossier needs nothing");
    AttentionItem clauses =
        group(a, "attention.clauses").items().stream()
            .filter(
                i ->
                    i.title()
                        .equals("Recreatieschap Utrechtse Heuvelrug, Vallei- en Kromme Rijngebied"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("1", "4"), clauses.noteArgs(), "one of four provisions missing");
    assertTrue(clauses.link().endsWith("#bepalingen"), clauses.link());
    assertFalse(titles(group(a, "attention.clauses")).contains("GGD regio Utrecht"));
  }

  @Test
  void theCouncilMemberSeesTheZienswijzenTheCouncilMustStillDecideOn() {
    as.login("raad.woudenberg");
    List<String> council = titles(group(attention.forRaadslid(), "attention.council"));
    assertTrue(
        council.contains("Wijziging gemeenschappelijke regeling RUD Utrecht"), council.toString());
    assertTrue(
        council.stream().anyMatch(t -> t.startsWith("Tweede begrotingswijziging GGD")),
        council.toString());
    assertThrows(EJBAccessException.class, () -> attention.forRegisseur());
  }

  @Test
  void theBeheerderSeesAMunicipalityThatNobodyCanKeep() {
    as.login("beheer");
    Tenant added = tenants.create(new Tenant(CbsCode.of("GM0308"), "Baarn"));
    AttentionGroup without = group(attention.forBeheerder(), "attention.tenantsWithoutRegisseur");
    AttentionItem baarn =
        without.items().stream().filter(i -> i.title().equals("Baarn")).findFirst().orElseThrow();
    assertEquals("/beheer/tenant.xhtml?id=" + added.getId(), baarn.link());
    assertFalse(titles(without).contains("Woudenberg"));
    assertFalse(
        attention.forBeheerder().groups().stream()
            .anyMatch(
                g ->
                    g.key().equals("attention.reminderMail")
                        && g.items().stream()
                            .anyMatch(i -> i.noteKey().equals("attention.reminder.noServer"))),
        "the test server has a mail server");
    assertThrows(EJBAccessException.class, () -> attention.forRaadslid());
  }
}
