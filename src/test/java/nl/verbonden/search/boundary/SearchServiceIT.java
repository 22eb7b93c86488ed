package nl.verbonden.search.boundary;

import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.SearchHit;
import nl.verbonden.testsupport.InContainer;
import nl.verbonden.testsupport.SqlStatements;
import nl.verbonden.testsupport.SqlStatements.Counted;
import org.junit.jupiter.api.Test;

/**
 * The header's search: what it finds (a party by its name, a former name, its KvK number; a person;
 * an agreement by an indicator; a zienswijze; a positioning question), only within the caller's
 * municipality and role, and with the same number of SQL statements however large the register
 * grows.
 */
class SearchServiceIT extends InContainer {

  @Inject private SearchService search;
  @Inject private PartyService parties;
  @Inject private SqlStatements sql;

  /** A word no other run has used (the PostgreSQL test database may outlive a run). */
  private static String unique(String word) {
    return word + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
  }

  private static List<SearchHit> hits(SearchResults results, String kind) {
    return results.groups().stream()
        .filter(g -> g.kind().equals(kind))
        .flatMap(g -> g.hits().stream())
        .toList();
  }

  private static Set<String> titles(SearchResults results, String kind) {
    return hits(results, kind).stream().map(SearchHit::title).collect(Collectors.toSet());
  }

  @Test
  void findsAPartyByNameAndByItsKvkNumber() {
    as.login("regisseur.woudenberg");
    assertTrue(titles(search.search("ggd"), "party").contains("GGD regio Utrecht"));
    SearchResults byKvk = search.search("32133783");
    assertEquals(Set.of("GGD regio Utrecht"), titles(byKvk, "party"));
    SearchHit hit = hits(byKvk, "party").get(0);
    assertEquals("/register/party", hit.outcome());
    assertEquals(data.partyId(WOUDENBERG, "GGD regio Utrecht"), hit.value());
  }

  @Test
  void findsAPartyByAFormerName() {
    as.login("regisseur.woudenberg");
    String old = unique("Oudnaam");
    Party created = parties.create(new Party("Stichting Zoekproef " + old, "Woudenberg"));
    Party edit = parties.find(created.getId());
    edit.setName("Stichting Zoekproef " + unique("Nieuwnaam"));
    parties.update(edit);
    List<SearchHit> found = hits(search.search(old), "party");
    assertEquals(1, found.size(), found.toString());
    assertEquals(edit.getName(), found.get(0).title());
    assertEquals("search.formerName", found.get(0).noteKey());
    assertEquals("Stichting Zoekproef " + old, found.get(0).note());
    as.logout();
    as.login("regisseur.zeist");
    assertTrue(hits(search.search(old), "party").isEmpty(), "not in another municipality");
  }

  @Test
  void findsPeopleOfficesAgreementsIndicatorsAndZienswijzen() {
    as.login("regisseur.woudenberg");
    assertTrue(titles(search.search("Henk van Dijk"), "person").contains("Henk van Dijk"));
    assertTrue(titles(search.search("Financiën"), "office").contains("Henk van Dijk"));
    SearchResults byIndicator = search.search("Wachttijd");
    assertTrue(titles(byIndicator, "indicator").contains("Wachttijd eerste afspraak"));
    assertEquals("/dvo/agreement", hits(byIndicator, "indicator").get(0).outcome());
    assertFalse(hits(search.search("Jeugdgezondheidszorg"), "agreement").isEmpty());
    assertFalse(hits(search.search("begrotingswijziging"), "zienswijze").isEmpty());
  }

  @Test
  void findsAPositioningQuestionByItsTask() {
    as.login("regisseur.woudenberg");
    List<SearchHit> found = hits(search.search("toegang sociaal"), "positioning");
    assertEquals(
        Set.of("Toegang sociaal domein"),
        found.stream().map(SearchHit::title).collect(Collectors.toSet()));
    assertEquals("/positionering/vraag", found.get(0).outcome());
    as.logout();
    as.login("regisseur.zeist");
    assertTrue(hits(search.search("toegang sociaal"), "positioning").isEmpty());
  }

  @Test
  void findsNothingOfAnotherMunicipality() {
    as.login("regisseur.zeist");
    SearchResults results = search.search("Henk van Dijk");
    assertTrue(hits(results, "person").isEmpty(), results.toString());
    assertTrue(hits(search.search("Stichting Welzijn Woudenberg"), "party").isEmpty());
  }

  @Test
  void aCouncilMemberFindsZienswijzenOnly() {
    as.login("raad.woudenberg");
    SearchResults results = search.search("GGD");
    assertFalse(results.isEmpty());
    assertEquals(
        Set.of("zienswijze"),
        results.groups().stream().map(SearchResults.Group::kind).collect(Collectors.toSet()));
  }

  @Test
  void theBeheerderHasNoMunicipalityToSearch() {
    as.login("beheer");
    assertThrows(EJBAccessException.class, () -> search.search("GGD"));
  }

  @Test
  void aTextTooShortSearchesNothing() {
    as.login("regisseur.woudenberg");
    assertTrue(search.search("g").isEmpty());
    assertTrue(search.search("  ").isEmpty());
    assertTrue(search.search("%_").isEmpty());
  }

  @Test
  void theNumberOfStatementsDoesNotGrowWithTheRegister() throws Exception {
    as.login("regisseur.woudenberg");
    String word = unique("Groeiproef");
    search.search(word); // the caller's account is read once per request
    Counted<SearchResults> before = sql.count(() -> search.search(word));
    assertTrue(before.result().isEmpty());
    assertTrue(before.statements() > 0, "the counter sees the statements");
    for (int i = 0; i < 30; i++) {
      parties.create(new Party("Stichting " + word + " " + i, "Woudenberg"));
    }
    Counted<SearchResults> after = sql.count(() -> search.search(word));
    assertEquals(
        SearchService.PER_KIND, hits(after.result(), "party").size(), "the register has grown");
    assertTrue(after.result().groups().get(0).more());
    assertEquals(before.statements(), after.statements());
    assertTrue(
        after.statements() <= 9, "one statement per kind, two for parties: " + after.statements());
  }
}
