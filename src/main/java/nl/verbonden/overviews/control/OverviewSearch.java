package nl.verbonden.overviews.control;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.verbonden.overviews.control.OverviewData.AgreementRow;
import nl.verbonden.overviews.control.OverviewData.PartyEntry;
import nl.verbonden.overviews.control.OverviewData.ZienswijzeEntry;

/**
 * Search within one published overview: every section (a party of the paragraaf, a row of the
 * quadrant and role chapters, a role finding, an agreement, a zienswijze) whose texts hold the
 * words typed, ignoring case and accents (zienswijze finds "Zienswijze", financiele finds
 * "financiële"); every word must occur. Each hit names the section and the anchor the page gives
 * it. Plain Java.
 */
public final class OverviewSearch {

  /** A section that matches: its anchor on the page, the chapter, and its title. */
  public record Hit(String anchor, String chapter, String title) implements Serializable {}

  private OverviewSearch() {}

  /** The anchor of party {@code party} in group {@code group} (both from 0) on the page. */
  public static String partyAnchor(int group, int party) {
    return "partij-" + group + "-" + party;
  }

  public static List<Hit> find(OverviewData data, String query) {
    List<String> words =
        query == null
            ? List.of()
            : Stream.of(fold(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    List<Hit> hits = new ArrayList<>();
    if (words.isEmpty()) {
      return hits;
    }
    for (int g = 0; g < data.groups().size(); g++) {
      List<PartyEntry> parties = data.groups().get(g).parties();
      for (int i = 0; i < parties.size(); i++) {
        PartyEntry p = parties.get(i);
        if (matches(
            words,
            p.name(),
            p.seat(),
            p.legalForm(),
            p.publicInterest(),
            p.governanceInterest(),
            p.financialInterest(),
            p.figuresSource(),
            p.risks(),
            p.regime(),
            data.groups().get(g).group())) {
          hits.add(new Hit(partyAnchor(g, i), "Paragraaf verbonden partijen", p.name()));
        }
      }
    }
    for (int i = 0; i < data.quadrants().size(); i++) {
      var q = data.quadrants().get(i);
      if (matches(words, q.party(), q.quadrant(), q.model(), q.target(), q.placement())) {
        hits.add(new Hit("kwadrant-" + i, "Kwadrantenmatrix", q.party()));
      }
    }
    for (int i = 0; i < data.roles().size(); i++) {
      var r = data.roles().get(i);
      if (matches(
          words, r.party(), r.opdrachtgever(), r.eigenaar(), r.opdrachtnemer(), r.uitvoerder())) {
        hits.add(new Hit("rol-" + i, "Rolverdeling", r.party()));
      }
    }
    for (int i = 0; i < data.conflicts().size(); i++) {
      if (matches(words, data.conflicts().get(i))) {
        hits.add(new Hit("conflict-" + i, "Rolconflicten", data.conflicts().get(i)));
      }
    }
    for (int i = 0; i < data.gaps().size(); i++) {
      if (matches(words, data.gaps().get(i))) {
        hits.add(new Hit("hiaat-" + i, "Hiaten", data.gaps().get(i)));
      }
    }
    for (int i = 0; i < data.agreements().size(); i++) {
      AgreementRow a = data.agreements().get(i);
      List<String> texts = new ArrayList<>(List.of(a.title(), a.party(), a.light()));
      a.indicators().forEach(ind -> texts.addAll(List.of(ind.name(), ind.light(), ind.latest())));
      texts.addAll(a.openEscalations());
      if (matches(words, texts.toArray(String[]::new))) {
        hits.add(
            new Hit("dvo-" + i, "Dienstverleningsovereenkomsten", a.title() + " — " + a.party()));
      }
    }
    List<ZienswijzeEntry> zienswijzen = data.zienswijzen() == null ? List.of() : data.zienswijzen();
    for (int i = 0; i < zienswijzen.size(); i++) {
      ZienswijzeEntry z = zienswijzen.get(i);
      if (matches(
          words,
          z.party(),
          z.subject(),
          z.title(),
          z.status(),
          z.proposal(),
          z.proposalText(),
          z.answer())) {
        hits.add(new Hit("zw-" + i, "Zienswijzen", z.title() + " — " + z.party()));
      }
    }
    return hits;
  }

  private static boolean matches(List<String> words, String... texts) {
    StringBuilder all = new StringBuilder();
    for (String text : texts) {
      if (text != null) {
        all.append(fold(text)).append('\n');
      }
    }
    String haystack = all.toString();
    return words.stream().allMatch(haystack::contains);
  }

  /** Lower case without accents: what the search compares. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
