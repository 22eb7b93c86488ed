package nl.verbonden.overviews.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import nl.verbonden.overviews.control.OverviewData.AgreementRow;
import nl.verbonden.overviews.control.OverviewData.Count;
import nl.verbonden.overviews.control.OverviewData.GroupSection;
import nl.verbonden.overviews.control.OverviewData.IndicatorRow;
import nl.verbonden.overviews.control.OverviewData.PartyEntry;
import nl.verbonden.overviews.control.OverviewData.QuadrantRow;
import nl.verbonden.overviews.control.OverviewData.RoleRow;

/**
 * The governance overview as one XHTML document with CSS for paper (page size, running headers,
 * page numbers, the data's SHA-256 in the footer, tables that repeat their header and do not split
 * rows): shown in the application and turned into the PDF. Every text from the data is escaped.
 * Plain Java.
 */
public final class OverviewHtml {

  /** What the cover and the footer say about this document. */
  public record Meta(
      String status,
      Integer version,
      String publishedOn,
      String dataSha256,
      String chartPngBase64) {}

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private OverviewHtml() {}

  public static String render(OverviewData d, Meta meta) {
    StringBuilder h = new StringBuilder(64 * 1024);
    String title = "Governance-overzicht verbonden partijen " + d.year();
    String versionText =
        meta.version() == null
            ? "concept"
            : "versie " + meta.version() + " (" + meta.status() + ")";
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append(
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>")
        .append(e(title + " — Gemeente " + d.municipality()))
        .append("</title><style>")
        .append(css(d, versionText, meta.dataSha256()))
        .append("</style></head><body>");

    // 1. Cover
    h.append("<section class=\"cover\"><p class=\"kicker\">Gemeente ")
        .append(e(d.municipality()))
        .append("</p>")
        .append("<h1 class=\"cover-title\">")
        .append(e(title))
        .append("</h1><dl class=\"meta\">")
        .append(dt("Gemeente", d.municipality() + " (" + d.tenantCode() + ")"))
        .append(dt("Jaar", String.valueOf(d.year())))
        .append(dt("Versie", meta.version() == null ? "—" : String.valueOf(meta.version())))
        .append(dt("Status", meta.status()))
        .append(
            dt(
                "Datum van publicatie",
                meta.publishedOn() == null ? "nog niet gepubliceerd" : meta.publishedOn()))
        .append(dt("Gegevens samengesteld op", d.generatedOn()))
        .append(dt("SHA-256 van de gegevens", meta.dataSha256()))
        .append("</dl>");
    h.append("<nav class=\"toc\"><h2>Inhoud</h2><ol>");
    String[][] sections = {
      {"samenvatting", "Samenvatting"},
      {"paragraaf", "Paragraaf verbonden partijen"},
      {"kwadranten", "Kwadrantenmatrix"},
      {"rollen", "Rolverdeling"},
      {"overeenkomsten", "Dienstverleningsovereenkomsten"},
      {"bijlage", "Bijlage: het kwadrantenmodel en de sturingsmodellen"}
    };
    for (String[] s : sections) {
      h.append("<li><a href=\"#").append(s[0]).append("\">").append(e(s[1])).append("</a></li>");
    }
    h.append("</ol></nav></section>");

    // 2. Summary
    h.append(
            "<section id=\"samenvatting\" class=\"chapter\"><h2>1. Samenvatting</h2><table><thead><tr><th>Onderwerp</th>")
        .append("<th class=\"num\">Aantal</th></tr></thead><tbody>");
    for (Count c : d.summary().partiesPerGroup()) {
      h.append(row("Verbonden partijen — " + c.label(), String.valueOf(c.count())));
    }
    h.append(row("Totaal financieel belang", euro(d.summary().totalFinancialInterest())));
    for (Count c : d.summary().partiesPerRegime()) {
      h.append(row("Monitoringsregime " + c.label(), String.valueOf(c.count())));
    }
    h.append(row("Rolconflicten", String.valueOf(d.summary().roleConflicts())))
        .append(row("Open escalaties", String.valueOf(d.summary().openEscalations())))
        .append(row("Overeenkomsten op rood", String.valueOf(d.summary().agreementsInRed())))
        .append("</tbody></table></section>");

    // 3. Paragraaf verbonden partijen
    h.append(
        "<section id=\"paragraaf\" class=\"chapter\"><h2>2. Paragraaf verbonden partijen</h2>");
    if (d.groups().isEmpty()) {
      h.append("<p>Geen verbonden partijen in ").append(d.year()).append(".</p>");
    }
    for (GroupSection g : d.groups()) {
      h.append("<h3>").append(e(g.group())).append("</h3>");
      for (PartyEntry p : g.parties()) {
        h.append("<div class=\"party\"><h4>")
            .append(e(p.name()))
            .append("</h4><table class=\"facts\"><tbody>")
            .append(row("Vestigingsplaats", p.seat()))
            .append(row("Rechtsvorm", p.legalForm()))
            .append(row("Openbaar belang", p.publicInterest()))
            .append(row("Bestuurlijk belang", p.governanceInterest()))
            .append(row("Financieel belang", p.financialInterest()))
            .append(row("Bron cijfers", p.figuresSource()))
            .append(
                row(
                    "Belang begin / einde jaar",
                    euro(p.interestStart()) + " / " + euro(p.interestEnd())))
            .append(
                row(
                    "Eigen vermogen begin / einde jaar",
                    euro(p.equityStart()) + " / " + euro(p.equityEnd())))
            .append(
                row(
                    "Vreemd vermogen begin / einde jaar",
                    euro(p.liabilitiesStart()) + " / " + euro(p.liabilitiesEnd())))
            .append(row("Financieel resultaat", euro(p.result())))
            .append(row("Risico's", p.risks()))
            .append(row("Monitoringsregime", p.regime()))
            .append("</tbody></table></div>");
      }
    }
    h.append("</section>");

    // 4. Quadrants
    h.append("<section id=\"kwadranten\" class=\"chapter\"><h2>3. Kwadrantenmatrix</h2>");
    if (meta.chartPngBase64() != null) {
      h.append("<img class=\"chart\" alt=\"De kwadrantenmatrix van ")
          .append(d.year())
          .append("\" src=\"data:image/png;base64,")
          .append(meta.chartPngBase64())
          .append("\"/>");
    }
    h.append(
        "<table><thead><tr><th>Partij</th><th>Kwadrant</th><th>Sturingsmodel</th><th>Doel</th><th>Plaatsing</th></tr></thead><tbody>");
    for (QuadrantRow q : d.quadrants()) {
      h.append("<tr><td>")
          .append(e(q.party()))
          .append("</td><td>")
          .append(e(q.quadrant()))
          .append("</td><td>")
          .append(e(q.model()))
          .append("</td><td>")
          .append(e(q.target()))
          .append("</td><td>")
          .append(e(q.placement()))
          .append("</td></tr>");
    }
    h.append("</tbody></table></section>");

    // 5. Roles
    h.append(
            "<section id=\"rollen\" class=\"chapter\"><h2>4. Rolverdeling</h2><p class=\"note\">B is bestuurlijk, A is ambtelijk.</p>")
        .append(
            "<table class=\"small\"><thead><tr><th>Partij</th><th>Opdrachtgever</th><th>Eigenaar</th><th>Opdrachtnemer</th>")
        .append("<th>Uitvoerder</th></tr></thead><tbody>");
    for (RoleRow r : d.roles()) {
      h.append("<tr")
          .append(r.conflict() ? " class=\"conflict\"" : "")
          .append("><td>")
          .append(e(r.party()))
          .append(r.conflict() ? " (rolconflict)" : "")
          .append("</td><td>")
          .append(e(r.opdrachtgever()))
          .append("</td><td>")
          .append(e(r.eigenaar()))
          .append("</td><td>")
          .append(e(r.opdrachtnemer()))
          .append("</td><td>")
          .append(e(r.uitvoerder()))
          .append("</td></tr>");
    }
    h.append("</tbody></table><h3>Rolconflicten</h3>")
        .append(list(d.conflicts(), "Geen rolconflicten."))
        .append("<h3>Hiaten</h3>")
        .append(list(d.gaps(), "Geen hiaten."))
        .append("</section>");

    // 6. Agreements
    h.append(
        "<section id=\"overeenkomsten\" class=\"chapter\"><h2>5. Dienstverleningsovereenkomsten</h2>");
    if (d.agreements().isEmpty()) {
      h.append("<p>Geen lopende overeenkomsten in ").append(d.year()).append(".</p>");
    }
    for (AgreementRow a : d.agreements()) {
      h.append("<div class=\"party\"><h4>")
          .append(e(a.title()))
          .append(" — ")
          .append(e(a.party()))
          .append(" (")
          .append(e(a.light()))
          .append(
              ")</h4><table><thead><tr><th>Indicator</th><th>Stoplicht</th><th>Laatste meting</th>")
          .append("</tr></thead><tbody>");
      for (IndicatorRow i : a.indicators()) {
        h.append("<tr><td>")
            .append(e(i.name()))
            .append("</td><td>")
            .append(e(i.light()))
            .append("</td><td>")
            .append(e(i.latest()))
            .append("</td></tr>");
      }
      h.append("</tbody></table>");
      if (!a.openEscalations().isEmpty()) {
        h.append("<p><strong>Open escalaties:</strong></p>").append(list(a.openEscalations(), ""));
      }
      h.append("</div>");
    }
    h.append("</section>");

    // 7. Appendix
    h.append(
            "<section id=\"bijlage\" class=\"chapter\"><h2>6. Bijlage: het kwadrantenmodel en de sturingsmodellen</h2>")
        .append(
            "<p>Twee assen plaatsen elke relatie. Verticaal de sturingsfilosofie van de gemeente, van faciliteren (0) tot")
        .append(
            " strakke sturing (100); horizontaal de netwerkpositie van de organisatie, van stand alone (0) tot veel")
        .append(
            " partners (100). Geen kwadrant is het beste; relaties schakelen in de loop der tijd tussen kwadranten.</p>")
        .append(
            "<table><thead><tr><th>Kwadrant</th><th>Positie</th><th>Sturingsmodel</th><th>Passende instrumenten</th></tr></thead><tbody>")
        .append(
            "<tr><td>1 Meervoudig opdrachtgeverschap</td><td>sturen, stand alone</td><td>Eigen beheer</td><td>klassiek subsidiëren, aanbesteden, contractfinanciering niveau 2 (product)</td></tr>")
        .append(
            "<tr><td>2 Enkelvoudig opdrachtgeverschap</td><td>sturen, netwerk</td><td>Marktmeester</td><td>subsidietender, aanbesteden, contractfinanciering niveau 2</td></tr>")
        .append(
            "<tr><td>3 Maatschappelijk partnerschap</td><td>faciliteren, netwerk</td><td>Samenwerkingspartner</td><td>subsidiedialoog, contractfinanciering niveau 3 (resultaat), bestuurlijk aanbesteden</td></tr>")
        .append(
            "<tr><td>4 Gedelegeerd opdrachtgeverschap</td><td>faciliteren, stand alone</td><td>Facilitator</td><td>maatschappelijk aanbesteden, budget bij inwoners</td></tr>")
        .append(
            "</tbody></table><p>De vier sturingsmodellen: <strong>eigen beheer</strong> (de gemeente voert zelf uit),")
        .append(
            " <strong>marktmeester</strong> (uitbesteden op contracten en resultaatafspraken), <strong>samenwerkingspartner</strong>")
        .append(
            " (co-creatie met partners op gedeelde doelen en vertrouwen) en <strong>facilitator</strong> (initiatieven van")
        .append(
            " inwoners, met een vangnet). Werkelijke posities liggen altijd tussen de ideaaltypen in.</p></section>");
    h.append("</body></html>");
    return h.toString();
  }

  private static String css(OverviewData d, String versionText, String hash) {
    return "@page { size: A4; margin: 24mm 16mm 22mm 16mm;"
        + " @top-left { content: \"Gemeente "
        + cssText(d.municipality())
        + " — governance-overzicht "
        + d.year()
        + "\"; font-size: 8pt; color: #555; font-family: 'DejaVu Sans', sans-serif; }"
        + " @top-right { content: \""
        + cssText(versionText)
        + "\"; font-size: 8pt; color: #555; font-family: 'DejaVu Sans', sans-serif; }"
        + " @bottom-left { content: \"SHA-256 gegevens: "
        + hash
        + "\"; font-size: 6pt; color: #555; font-family: 'DejaVu Sans', sans-serif; }"
        + " @bottom-right { content: \"Pagina \" counter(page) \" van \" counter(pages); font-size: 8pt; font-family: 'DejaVu Sans', sans-serif; } }"
        + " body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; line-height: 1.35; }"
        + " .chapter { page-break-before: always; } h2 { color: #1f4e79; font-size: 15pt; } h3 { color: #1f4e79; font-size: 12pt; }"
        + " h4 { font-size: 10.5pt; margin: 8pt 0 4pt; } .cover-title { font-size: 22pt; color: #1f4e79; margin-top: 40mm; }"
        + " .kicker { font-size: 12pt; color: #555; } .meta dt { font-weight: bold; margin-top: 4pt; } .meta dd { margin: 0 0 0 0; word-wrap: break-word; }"
        + " table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin-bottom: 8pt; }"
        + " thead { display: table-header-group; } tr { page-break-inside: avoid; }"
        + " th, td { border-bottom: 0.5pt solid #999; padding: 3pt 4pt; text-align: left; vertical-align: top; }"
        + " th { background: #e8eef5; } .num { text-align: right; } table.facts th { width: 34%; background: #f3f6fa; }"
        + " table.small { font-size: 8pt; } tr.conflict td { background: #fdecea; } .party { page-break-inside: auto; }"
        + " img.chart { width: 100%; } .toc a { color: #111; text-decoration: none; }"
        + " .toc a::after { content: \"  \" target-counter(attr(href), page); } .note { color: #555; }";
  }

  private static String dt(String term, String value) {
    return "<dt>" + e(term) + "</dt><dd>" + e(value) + "</dd>";
  }

  private static String row(String label, String value) {
    return "<tr><th>" + e(label) + "</th><td>" + e(value) + "</td></tr>";
  }

  private static String list(List<String> items, String empty) {
    if (items.isEmpty()) {
      return "<p>" + e(empty) + "</p>";
    }
    StringBuilder s = new StringBuilder("<ul>");
    items.forEach(i -> s.append("<li>").append(e(i)).append("</li>"));
    return s.append("</ul>").toString();
  }

  /** An amount as € 1.234.567,89; a dash for none. */
  static String euro(BigDecimal amount) {
    if (amount == null) {
      return "—";
    }
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH));
    return "€ " + format.format(amount);
  }

  /** XML-escapes a text; null as empty. */
  static String e(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  private static String cssText(String text) {
    return text == null ? "" : text.replace("\\", "").replace("\"", "'");
  }
}
