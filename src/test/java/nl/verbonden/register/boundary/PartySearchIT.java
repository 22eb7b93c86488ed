package nl.verbonden.register.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import org.junit.jupiter.api.Test;

/**
 * The register list against the real server and database: filters, text search with literal
 * wildcards, pages, sorting, ended parties, overdue assessments.
 */
class PartySearchIT extends RegisterFixtures {

  // --- 10. Search
  // --------------------------------------------------------------------------------------------------

  @Test
  void searchFiltersOnGroupAndCountAgrees() {
    as.login(REGISSEUR);
    PartyFilter filter = new PartyFilter();
    filter.setGroup(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN);

    List<Party> found = parties.search(filter, 0, 1000, "name", true);

    assertFalse(found.isEmpty());
    assertTrue(
        found.stream().allMatch(p -> p.getBbvGroup() == BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN));
    assertTrue(names(found).contains("Veiligheidsregio Utrecht"));
    assertTrue(names(found).contains("GGD regio Utrecht"));
    assertEquals(found.size(), parties.count(filter));
    long inList =
        parties.list().stream()
            .filter(p -> p.getBbvGroup() == BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN)
            .count();
    assertEquals(inList, found.size());
  }

  @Test
  void searchFiltersOnVerbondenPartij() {
    as.login(REGISSEUR);
    PartyFilter filter = new PartyFilter();
    filter.setVerbondenPartij(false);

    List<Party> found = parties.search(filter, 0, 1000, "name", true);

    assertFalse(found.isEmpty());
    assertTrue(found.stream().noneMatch(Party::isVerbondenPartij));
    assertTrue(names(found).contains("Vereniging van Nederlandse Gemeenten (VNG)"));
    assertFalse(names(found).contains("Veiligheidsregio Utrecht"));
    assertEquals(found.size(), parties.count(filter));
  }

  @Test
  void searchTextIgnoresCaseAndFindsWildcardsLiterally() {
    as.login(REGISSEUR);
    String withPercent = unique("Stichting 100% Zeker");
    String withUnderscore = unique("Stichting Onder_Streep");
    parties.create(new Party(withPercent, "Woudenberg"));
    parties.create(new Party(withUnderscore, "Woudenberg"));
    long all = parties.count();

    for (String text : List.of("veiligheid", "VEILIGHEIDSREGIO", "  Veiligheidsregio  ")) {
      PartyFilter filter = textFilter(text);
      assertTrue(
          names(parties.search(filter, 0, 1000, "name", true)).contains("Veiligheidsregio Utrecht"),
          text);
    }

    PartyFilter percent = textFilter("%");
    List<Party> withPercentFound = parties.search(percent, 0, 1000, "name", true);
    assertTrue(names(withPercentFound).contains(withPercent));
    assertTrue(
        withPercentFound.stream().allMatch(p -> anyFieldContains(p, "%")),
        () -> names(withPercentFound).toString());
    assertTrue(parties.count(percent) < all);
    assertEquals(withPercentFound.size(), parties.count(percent));

    PartyFilter underscore = textFilter("_");
    List<Party> withUnderscoreFound = parties.search(underscore, 0, 1000, "name", true);
    assertTrue(names(withUnderscoreFound).contains(withUnderscore));
    assertTrue(withUnderscoreFound.stream().allMatch(p -> anyFieldContains(p, "_")));
    assertTrue(parties.count(underscore) < all);
  }

  @Test
  void pagesAreDisjointAndInNameOrder() {
    as.login(REGISSEUR);
    PartyFilter all = new PartyFilter();

    List<Party> firstPage = parties.search(all, 0, 2, "name", true);
    List<Party> secondPage = parties.search(all, 2, 2, "name", true);
    List<Party> firstFour = parties.search(all, 0, 4, "name", true);

    assertEquals(2, firstPage.size());
    assertEquals(2, secondPage.size());
    Set<Long> firstIds = ids(firstPage);
    assertTrue(ids(secondPage).stream().noneMatch(firstIds::contains));
    List<Long> both = new ArrayList<>(firstPage.stream().map(Party::getId).toList());
    both.addAll(secondPage.stream().map(Party::getId).toList());
    assertEquals(firstFour.stream().map(Party::getId).toList(), both);
    // In the database's own name order (its collation may differ from Java's), as the full list has
    // it.
    List<Long> byName = parties.list().stream().map(Party::getId).toList();
    assertEquals(byName.subList(0, 4), both);
    assertEquals(byName.subList(0, 2), firstPage.stream().map(Party::getId).toList());
    assertEquals(byName.subList(2, 4), secondPage.stream().map(Party::getId).toList());
  }

  @Test
  void sortingByGroupDescendingWorks() {
    as.login(REGISSEUR);

    List<Party> sorted = parties.search(new PartyFilter(), 0, 1000, "bbvGroup", false);

    assertEquals(parties.count(), sorted.size());
    assertEquals(BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES, sorted.get(0).getBbvGroup());
    assertEquals(
        BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN, sorted.get(sorted.size() - 1).getBbvGroup());
    // Groups descending (stored as their names, which start with different letters); within a group
    // by name, in
    // the database's own name order as the full list has it.
    List<Long> byName = parties.list().stream().map(Party::getId).toList();
    for (int i = 1; i < sorted.size(); i++) {
      Party before = sorted.get(i - 1);
      Party after = sorted.get(i);
      int byGroup = before.getBbvGroup().name().compareTo(after.getBbvGroup().name());
      assertTrue(byGroup >= 0, () -> before.getName() + " before " + after.getName());
      if (byGroup == 0) {
        assertTrue(
            byName.indexOf(before.getId()) < byName.indexOf(after.getId()),
            () -> before.getName() + " before " + after.getName());
      }
    }
  }

  @Test
  void anEndedPartyIsFoundAsEndedAndNotAsActive() {
    as.login(REGISSEUR);
    String name = unique("Stichting Opgeheven");
    Long id = parties.create(new Party(name, LegalForm.STICHTING, "Woudenberg")).getId();
    PartyFilter active = new PartyFilter();
    active.setStatus(PartyFilter.Status.ACTIVE);
    PartyFilter ended = new PartyFilter();
    ended.setStatus(PartyFilter.Status.ENDED);
    assertTrue(ids(parties.search(active, 0, 1000, "name", true)).contains(id));
    assertFalse(ids(parties.search(ended, 0, 1000, "name", true)).contains(id));

    Party edited = parties.find(id);
    edited.setStartDate(LocalDate.of(2015, 1, 1));
    edited.setEndDate(LocalDate.now(clock).minusDays(1));
    edited.setEndReason("Opgeheven");
    parties.update(edited);

    List<Party> endedFound = parties.search(ended, 0, 1000, "name", true);
    assertTrue(ids(endedFound).contains(id));
    LocalDate today = LocalDate.now(clock);
    assertTrue(endedFound.stream().noneMatch(p -> p.isActiveOn(today)));
    List<Party> activeFound = parties.search(active, 0, 1000, "name", true);
    assertFalse(ids(activeFound).contains(id));
    assertTrue(activeFound.stream().allMatch(p -> p.isActiveOn(today)));
    assertEquals(parties.count(), parties.count(active) + parties.count(ended));
  }

  @Test
  void overdueOnlyFindsExactlyThePartiesWhoseReassessmentIsPastDue() {
    as.login(REGISSEUR);
    LocalDate today = LocalDate.now(clock);
    PartyFilter overdue = new PartyFilter();
    overdue.setOverdueOnly(true);

    List<Party> found = parties.search(overdue, 0, 1000, "risk.reassessBy", true);

    assertFalse(found.isEmpty());
    assertTrue(
        found.stream()
            .allMatch(
                p ->
                    p.getRisk().getReassessBy() != null
                        && p.getRisk().getReassessBy().isBefore(today)));
    Set<Long> expected =
        parties.list().stream()
            .filter(p -> p.getRisk().isOverdue(today))
            .map(Party::getId)
            .collect(Collectors.toSet());
    assertEquals(expected, ids(found));
    assertEquals(found.size(), parties.count(overdue));
  }
}
