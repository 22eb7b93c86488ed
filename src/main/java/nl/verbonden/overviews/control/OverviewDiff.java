package nl.verbonden.overviews.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.verbonden.overviews.control.OverviewData.AgreementRow;
import nl.verbonden.overviews.control.OverviewData.IndicatorRow;
import nl.verbonden.overviews.control.OverviewData.PartyEntry;
import nl.verbonden.overviews.control.OverviewData.QuadrantRow;
import nl.verbonden.overviews.control.OverviewData.RoleRow;
import nl.verbonden.overviews.control.OverviewData.ZienswijzeEntry;
import nl.verbonden.shared.control.DutchFormat;

/**
 * What changed between two governance overviews, computed on their frozen canonical data: parties
 * that are new or ended, figures that changed (with the difference), regime and quadrant changes,
 * role conflicts added or resolved, traffic lights changed and zienswijzen new or moved on. Plain
 * Java: the same two data give the same changes, in the order of the newer overview.
 *
 * <p>Parties, agreements and zienswijzen are matched by what the council reads (a party's name; an
 * agreement's title and party; a zienswijze's party, title and date of receipt): the frozen data
 * hold no database ids, and a renamed party reads as one ended and one new, as it does on paper.
 */
public final class OverviewDiff {

  /** The kinds of change, in the order the page shows them. */
  public enum Kind {
    PARTY_NEW,
    PARTY_ENDED,
    FIGURE,
    REGIME,
    QUADRANT,
    CONFLICT_ADDED,
    CONFLICT_RESOLVED,
    LIGHT,
    ZIENSWIJZE_NEW,
    ZIENSWIJZE_STATUS
  }

  /**
   * One change: of what kind, about which party, what exactly (a figure's or indicator's name, a
   * zienswijze's title), the old and the new value as the overview prints them, and for figures the
   * difference (new minus old; null when either is missing).
   */
  public record Change(
      Kind kind, String party, String subject, String before, String after, BigDecimal difference)
      implements Serializable {}

  private OverviewDiff() {}

  /** The changes from {@code before} to {@code after}. */
  public static List<Change> between(OverviewData before, OverviewData after) {
    List<Change> changes = new ArrayList<>();
    parties(before, after, changes);
    quadrants(before, after, changes);
    conflicts(before, after, changes);
    lights(before, after, changes);
    zienswijzen(before, after, changes);
    changes.sort((a, b) -> a.kind().compareTo(b.kind()));
    return List.copyOf(changes);
  }

  private static void parties(OverviewData before, OverviewData after, List<Change> changes) {
    Map<String, PartyEntry> old = byKey(entries(before), PartyEntry::name);
    Map<String, PartyEntry> now = byKey(entries(after), PartyEntry::name);
    for (PartyEntry p : now.values()) {
      PartyEntry was = old.get(p.name());
      if (was == null) {
        changes.add(new Change(Kind.PARTY_NEW, p.name(), p.legalForm(), null, null, null));
        continue;
      }
      figure(changes, p.name(), "Belang begin jaar", was.interestStart(), p.interestStart());
      figure(changes, p.name(), "Belang einde jaar", was.interestEnd(), p.interestEnd());
      figure(changes, p.name(), "Eigen vermogen begin jaar", was.equityStart(), p.equityStart());
      figure(changes, p.name(), "Eigen vermogen einde jaar", was.equityEnd(), p.equityEnd());
      figure(
          changes,
          p.name(),
          "Vreemd vermogen begin jaar",
          was.liabilitiesStart(),
          p.liabilitiesStart());
      figure(
          changes,
          p.name(),
          "Vreemd vermogen einde jaar",
          was.liabilitiesEnd(),
          p.liabilitiesEnd());
      figure(changes, p.name(), "Financieel resultaat", was.result(), p.result());
      if (!Objects.equals(was.regime(), p.regime())) {
        changes.add(
            new Change(Kind.REGIME, p.name(), "Monitoringsregime", was.regime(), p.regime(), null));
      }
    }
    for (PartyEntry p : old.values()) {
      if (!now.containsKey(p.name())) {
        changes.add(new Change(Kind.PARTY_ENDED, p.name(), p.legalForm(), null, null, null));
      }
    }
  }

  private static void figure(
      List<Change> changes, String party, String what, BigDecimal was, BigDecimal is) {
    if (was == null && is == null || was != null && is != null && was.compareTo(is) == 0) {
      return;
    }
    changes.add(
        new Change(
            Kind.FIGURE,
            party,
            what,
            money(was),
            money(is),
            was == null || is == null ? null : is.subtract(was)));
  }

  private static void quadrants(OverviewData before, OverviewData after, List<Change> changes) {
    Map<String, QuadrantRow> old = byKey(before.quadrants(), QuadrantRow::party);
    for (QuadrantRow q : after.quadrants()) {
      QuadrantRow was = old.get(q.party());
      if (was != null && !Objects.equals(was.quadrant(), q.quadrant())) {
        changes.add(
            new Change(Kind.QUADRANT, q.party(), "Kwadrant", was.quadrant(), q.quadrant(), null));
      }
    }
  }

  /**
   * Conflicts per party from the role rows; the lines of the conflicts themselves (which name the
   * roles and the justification) as the subject.
   */
  private static void conflicts(OverviewData before, OverviewData after, List<Change> changes) {
    Map<String, RoleRow> old = byKey(before.roles(), RoleRow::party);
    Map<String, RoleRow> now = byKey(after.roles(), RoleRow::party);
    for (RoleRow r : now.values()) {
      RoleRow was = old.get(r.party());
      if (r.conflict() && (was == null || !was.conflict())) {
        changes.add(
            new Change(
                Kind.CONFLICT_ADDED, r.party(), conflictLines(after, r.party()), null, null, null));
      }
    }
    for (RoleRow r : old.values()) {
      RoleRow is = now.get(r.party());
      if (r.conflict() && (is == null || !is.conflict())) {
        changes.add(
            new Change(
                Kind.CONFLICT_RESOLVED,
                r.party(),
                conflictLines(before, r.party()),
                null,
                null,
                null));
      }
    }
  }

  private static String conflictLines(OverviewData data, String party) {
    return String.join(
        " ",
        data.conflicts().stream()
            .filter(line -> line.startsWith(party + ": "))
            .map(line -> line.substring(party.length() + 2))
            .toList());
  }

  /** The light of each agreement and of each of its indicators. */
  private static void lights(OverviewData before, OverviewData after, List<Change> changes) {
    Map<String, AgreementRow> old = byKey(before.agreements(), OverviewDiff::agreementKey);
    for (AgreementRow a : after.agreements()) {
      AgreementRow was = old.get(agreementKey(a));
      if (was == null) {
        continue;
      }
      if (!Objects.equals(was.light(), a.light())) {
        changes.add(new Change(Kind.LIGHT, a.party(), a.title(), was.light(), a.light(), null));
      }
      Map<String, IndicatorRow> indicators = byKey(was.indicators(), IndicatorRow::name);
      for (IndicatorRow i : a.indicators()) {
        IndicatorRow prior = indicators.get(i.name());
        if (prior != null && !Objects.equals(prior.light(), i.light())) {
          changes.add(
              new Change(
                  Kind.LIGHT,
                  a.party(),
                  a.title() + " — " + i.name(),
                  prior.light(),
                  i.light(),
                  null));
        }
      }
    }
  }

  private static String agreementKey(AgreementRow a) {
    return a.party() + "\u0000" + a.title();
  }

  private static void zienswijzen(OverviewData before, OverviewData after, List<Change> changes) {
    List<ZienswijzeEntry> was = before.zienswijzen() == null ? List.of() : before.zienswijzen();
    List<ZienswijzeEntry> is = after.zienswijzen() == null ? List.of() : after.zienswijzen();
    Map<String, ZienswijzeEntry> old = byKey(was, OverviewDiff::zienswijzeKey);
    for (ZienswijzeEntry z : is) {
      ZienswijzeEntry prior = old.get(zienswijzeKey(z));
      if (prior == null) {
        changes.add(new Change(Kind.ZIENSWIJZE_NEW, z.party(), z.title(), null, z.status(), null));
      } else if (!Objects.equals(prior.status(), z.status())) {
        changes.add(
            new Change(
                Kind.ZIENSWIJZE_STATUS, z.party(), z.title(), prior.status(), z.status(), null));
      }
    }
  }

  private static String zienswijzeKey(ZienswijzeEntry z) {
    return z.party() + "\u0000" + z.title() + "\u0000" + z.received();
  }

  private static List<PartyEntry> entries(OverviewData data) {
    return data.groups().stream().flatMap(g -> g.parties().stream()).toList();
  }

  /** The rows by their key, in their order; of rows with the same key the first one counts. */
  private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    if (rows != null) {
      rows.forEach(r -> map.putIfAbsent(key.apply(r), r));
    }
    return map;
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "—" : DutchFormat.money(amount);
  }
}
