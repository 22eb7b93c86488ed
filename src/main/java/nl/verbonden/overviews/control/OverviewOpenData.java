package nl.verbonden.overviews.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.overviews.control.OverviewData.GroupSection;
import nl.verbonden.overviews.control.OverviewData.PartyEntry;
import nl.verbonden.shared.control.SpreadsheetCsv;

/**
 * A published version as open data: the paragraaf verbonden partijen as CSV, one line per party,
 * from the version's frozen data (the JSON is the frozen data itself, whose SHA-256 the PDF
 * prints). Amounts in euros with a decimal comma and no thousands separator, as Dutch spreadsheets
 * read them; empty where the overview has none. Written by {@link SpreadsheetCsv}, so a negative
 * amount is prefixed with an apostrophe like every cell a spreadsheet would run. Plain Java.
 */
public final class OverviewOpenData {

  static final List<String> HEADER =
      List.of(
          "Gemeente",
          "CBS-code",
          "Jaar",
          "BBV-groep",
          "Partij",
          "Vestigingsplaats",
          "Rechtsvorm",
          "Openbaar belang",
          "Bestuurlijk belang",
          "Financieel belang",
          "Bron cijfers",
          "Belang begin jaar",
          "Belang einde jaar",
          "Eigen vermogen begin jaar",
          "Eigen vermogen einde jaar",
          "Vreemd vermogen begin jaar",
          "Vreemd vermogen einde jaar",
          "Financieel resultaat",
          "Risico's",
          "Monitoringsregime");

  private OverviewOpenData() {}

  public static byte[] csv(OverviewData data) {
    List<List<String>> rows = new ArrayList<>();
    for (GroupSection group : data.groups()) {
      for (PartyEntry p : group.parties()) {
        rows.add(
            java.util.Arrays.asList(
                data.municipality(),
                data.tenantCode(),
                String.valueOf(data.year()),
                group.group(),
                p.name(),
                p.seat(),
                p.legalForm(),
                p.publicInterest(),
                p.governanceInterest(),
                p.financialInterest(),
                p.figuresSource(),
                amount(p.interestStart()),
                amount(p.interestEnd()),
                amount(p.equityStart()),
                amount(p.equityEnd()),
                amount(p.liabilitiesStart()),
                amount(p.liabilitiesEnd()),
                amount(p.result()),
                p.risks(),
                p.regime()));
      }
    }
    return SpreadsheetCsv.write(HEADER, rows);
  }

  private static String amount(BigDecimal value) {
    return value == null ? "" : value.toPlainString().replace('.', ',');
  }
}
