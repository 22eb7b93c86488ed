package nl.verbonden.overviews.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbonden.overviews.boundary.PublicOverviewService;
import nl.verbonden.overviews.boundary.PublicOverviewService.Format;
import nl.verbonden.overviews.control.OverviewHtml;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.entity.NotFoundException;

/**
 * The public, stable addresses of a municipality's published overviews (no login; web.xml leaves
 * {@code /openbaar/*} open for GET only): {@code /openbaar/overzichten/GM0351} lists its published
 * versions, {@code /openbaar/overzichten/GM0351/2026-1.pdf} (and {@code .json}, {@code .csv}) is
 * version 1 of 2026. Everything else, and everything of a municipality without public access, is
 * 404.
 */
@WebServlet("/openbaar/overzichten/*")
public class PublicOverviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern LIST = Pattern.compile("/(GM\\d{4})");
  private static final Pattern FILE =
      Pattern.compile("/(GM\\d{4})/(\\d{4})-(\\d{1,4})\\.(pdf|json|csv)");

  @Inject private transient PublicOverviewService service;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      Matcher list = LIST.matcher(path);
      Matcher file = FILE.matcher(path);
      if (list.matches()) {
        list(list.group(1), response);
      } else if (file.matches()) {
        String code = file.group(1);
        int year = Integer.parseInt(file.group(2));
        int version = Integer.parseInt(file.group(3));
        Format format = Format.valueOf(file.group(4).toUpperCase(java.util.Locale.ROOT));
        PublicOverviewService.Document document = service.document(code, year, version, format);
        response.setContentType(
            switch (format) {
              case PDF -> "application/pdf";
              case JSON -> "application/json;charset=UTF-8";
              case CSV -> "text/csv;charset=UTF-8";
            });
        response.setHeader(
            "Content-Disposition",
            "attachment; filename=\"governance-overzicht-"
                + code
                + "-"
                + year
                + "-versie-"
                + version
                + "."
                + file.group(4)
                + "\"");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (NotFoundException | NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void list(String code, HttpServletResponse response) throws IOException {
    String municipality = service.municipality(code);
    byte[] html =
        OverviewHtml.renderPublicList(
                municipality,
                code,
                service.published(code).stream()
                    .map(
                        o ->
                            new OverviewHtml.PublicVersion(
                                o.year(),
                                o.versionNumber(),
                                DutchFormat.dateTime(o.publishedAt()),
                                o.pdfSha256(),
                                o.dataSha256(),
                                o.replacesVersion(),
                                o.replacementNote(),
                                o.year() + "-" + o.versionNumber()))
                    .toList())
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(html.length);
    response.getOutputStream().write(html);
  }
}
