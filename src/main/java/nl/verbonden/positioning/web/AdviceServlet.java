package nl.verbonden.positioning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.verbonden.positioning.boundary.AdviceService;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.web.Messages;

/**
 * The advice as a document: {@code /positionering/advies.html?vraag=} and {@code advies.pdf?vraag=}
 * (a regisseur's draft, generated now) and {@code /adviezen/versie.pdf?id=} (a published version,
 * for regisseurs and council members). The service checks role and municipality; another
 * municipality's id is 404.
 */
@WebServlet({"/positionering/advies.html", "/positionering/advies.pdf", "/adviezen/versie.pdf"})
public class AdviceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient AdviceService service;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    try {
      if (path.endsWith("versie.pdf")) {
        Long id = Long.valueOf(request.getParameter("id"));
        send(response, service.pdf(id), "advies-positionering-versie-" + id + ".pdf");
        return;
      }
      Long question = Long.valueOf(request.getParameter("vraag"));
      if (path.endsWith(".html")) {
        byte[] html = service.draftHtml(question).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html);
      } else {
        send(response, service.draftPdf(question), "advies-positionering-concept.pdf");
      }
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (DomainException e) {
      boolean yours = "verbonden.overview.alreadyYours".equals(e.messageKey());
      response.setHeader("Retry-After", yours ? "10" : "30");
      response.sendError(
          yours ? 429 : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          Messages.text(request.getLocale(), e.messageKey(), e.arguments()));
    }
  }

  private static void send(HttpServletResponse response, byte[] content, String name)
      throws IOException {
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
