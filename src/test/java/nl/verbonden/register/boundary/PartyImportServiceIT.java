package nl.verbonden.register.boundary;

import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.boundary.ImportResult;
import nl.verbonden.shared.entity.ImportError;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The CSV import of parties: all or nothing, in the caller's register only, for regisseurs only.
 */
class PartyImportServiceIT extends InContainer {

  private static final String HEADER =
      "naam;rechtsvorm;kvk_nummer;rsin;vestigingsplaats;beleidsvelden;stemrecht;stemaandeel;bedrag_risico;"
          + "aansprakelijk\n";

  @Inject private PartyImportService imports;
  @Inject private PartyService parties;

  private static byte[] csv(String rows) {
    return ("\uFEFF" + HEADER + rows).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aGoodFileImportsEveryPartyIntoTheCallersRegister() {
    int woudenberg = data.partyIds(WOUDENBERG).size();
    int zeist = data.partyIds(ZEIST).size();
    as.login("regisseur.woudenberg");
    ImportResult result =
        imports.importCsv(
            csv(
                "Import Stichting Sport Woudenberg;STICHTING;41234567;852601815;Woudenberg;"
                    + "RECREATIE_EN_CULTUUR;nee;;€ 1.234.567,89;nee\n"
                    + "Import Regio Foodvalley;GR_OPENBAAR_LICHAAM;;;Ede;ECONOMIE|RUIMTE_EN_WONEN;ja;4,5;;ja\n"
                    + "Import Parkeer BV;BV;;;Woudenberg;;ja;100;250000;nee\n"));

    assertEquals(List.of(), result.errors());
    assertEquals(3, result.imported());
    assertEquals(woudenberg + 3, data.partyIds(WOUDENBERG).size());
    assertEquals(zeist, data.partyIds(ZEIST).size());
    Long sportId = data.partyId(WOUDENBERG, "Import Stichting Sport Woudenberg");
    assertEquals(WOUDENBERG, data.storedTenantOfParty(sportId));
    Party sport = parties.find(sportId);
    assertEquals(LegalForm.STICHTING, sport.getLegalForm());
    assertEquals("852601815", sport.getRsin());
    assertEquals(0, new BigDecimal("1234567.89").compareTo(sport.getInterest().getAmountAtRisk()));
    assertEquals("regisseur.woudenberg", sport.getCreatedBy());
    Party foodvalley = parties.find(data.partyId(WOUDENBERG, "Import Regio Foodvalley"));
    assertEquals(0, new BigDecimal("4.5").compareTo(foodvalley.getInterest().getVotingShare()));
    assertEquals(2, foodvalley.getDomains().size());
  }

  @Test
  void aFileWithOneBadRowImportsNothing() {
    int before = data.partyIds(WOUDENBERG).size();
    as.login("regisseur.woudenberg");
    ImportResult result =
        imports.importCsv(
            csv(
                "Import Goed Een;STICHTING;;;Woudenberg;;nee;;;nee\n"
                    + "Import Fout;STICHTING;;123456789;Woudenberg;;nee;;;nee\n"
                    + "Import Goed Twee;BV;;;Woudenberg;;nee;;;nee\n"));

    assertEquals(0, result.imported());
    assertEquals(
        List.of(ImportError.of(3, "rsin", "import.rsin.invalid", "123456789")), result.errors());
    assertEquals(before, data.partyIds(WOUDENBERG).size());
  }

  @Test
  void aNameAlreadyInTheOwnRegisterImportsNothing() {
    int before = data.partyIds(WOUDENBERG).size();
    as.login("regisseur.woudenberg");
    ImportResult result =
        imports.importCsv(
            csv(
                "Import Nieuw;BV;;;Woudenberg;;nee;;;nee\nveiligheidsregio utrecht;GR_OPENBAAR_LICHAAM;;;;;;;;\n"));

    assertEquals(1, result.errors().size());
    ImportError error = result.errors().get(0);
    assertEquals(3, error.row());
    assertEquals("import.name.exists", error.messageKey());
    assertEquals(before, data.partyIds(WOUDENBERG).size());
  }

  @Test
  void aNameOfAnotherTenantsPartyImportsFine() {
    data.partyId(ZEIST, "Coöperatie ParkeerService");
    as.login("regisseur.woudenberg");
    ImportResult result =
        imports.importCsv(csv("Coöperatie ParkeerService;COOPERATIE;;;Amersfoort;;nee;;;nee\n"));

    assertTrue(result.succeeded(), () -> "errors: " + result.errors());
    assertEquals(1, result.imported());
    Long id = data.partyId(WOUDENBERG, "Coöperatie ParkeerService");
    assertEquals(WOUDENBERG, data.storedTenantOfParty(id));
  }

  @Test
  void aRaadslidIsRefused() {
    as.login("raad.woudenberg");
    assertThrows(
        EJBAccessException.class, () -> imports.importCsv(csv("Import Raad;STICHTING;;;;;;;;\n")));
  }

  @Test
  void anAnonymousCallerIsRefused() {
    assertThrows(
        EJBAccessException.class,
        () -> imports.importCsv(csv("Import Anoniem;STICHTING;;;;;;;;\n")));
  }
}
