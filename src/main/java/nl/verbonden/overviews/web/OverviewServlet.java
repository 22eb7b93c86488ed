package nl.verbonden.overviews.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.verbonden.overviews.boundary.OverviewService;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.web.Messages;

/**
 * The overviews as documents: {@code /overzichten/concept.html?jaar=} and {@code concept.pdf?jaar=}
 * (a regisseur's draft, generated now), and {@code versie.pdf?id=} (a published version, as
 * published), with its open data: {@code versie.json?id=} (the frozen data, whose SHA-256 the PDF
 * prints) and {@code versie.csv?id=} (the paragraaf). The service checks the caller's role and
 * municipality; another municipality's version is 404.
 */
@WebServlet({
  "/overzichten/concept.html",
  "/overzichten/concept.pdf",
  "/overzichten/versie.pdf",
  "/overzichten/versie.json",
  "/overzichten/versie.csv"
})
public class OverviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient OverviewService service;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    try {
      if (path.endsWith("versie.json") || path.endsWith("versie.csv")) {
        Long id = Long.valueOf(request.getParameter("id"));
        var listing = service.listingOf(id);
        boolean json = path.endsWith(".json");
        send(
            response,
            json ? service.data(id).getBytes(StandardCharsets.UTF_8) : service.csv(id),
            json ? "application/json;charset=UTF-8" : "text/csv;charset=UTF-8",
            "governance-overzicht-"
                + listing.year()
                + "-versie-"
                + listing.versionNumber()
                + (json ? ".json" : ".csv"));
        return;
      }
      if (path.endsWith("versie.pdf")) {
        Long id = Long.valueOf(request.getParameter("id"));
        send(
            response,
            service.pdf(id),
            "application/pdf",
            "governance-overzicht-versie-" + id + ".pdf");
        return;
      }
      int year = Integer.parseInt(request.getParameter("jaar"));
      if (path.endsWith(".html")) {
        // the document first: a refusal must still be able to send the error page, which the
        // response cannot once its output stream is taken
        byte[] html = service.draftHtml(year).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html);
      } else {
        send(
            response,
            service.draft(year).pdf(),
            "application/pdf",
            "governance-overzicht-" + year + "-concept.pdf");
      }
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (DomainException e) {
      // verbonden.overview.alreadyYours: this person's previous overview is still being made (429);
      // verbonden.overview.busy: every PDF slot stayed taken while this request waited (503)
      boolean yours = "verbonden.overview.alreadyYours".equals(e.messageKey());
      response.setHeader("Retry-After", yours ? "10" : "30");
      response.sendError(
          yours ? 429 : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          Messages.text(request.getLocale(), e.messageKey(), e.arguments()));
    }
  }

  private static void send(HttpServletResponse response, byte[] content, String type, String name)
      throws IOException {
    response.setContentType(type);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
