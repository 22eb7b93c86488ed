package nl.verbonden.quadrants.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.control.QuadrantImage;
import nl.verbonden.shared.web.LocaleSelection;
import nl.verbonden.shared.web.Messages;

/**
 * /kwadranten/matrix.png?jaar=2026: the caller's matrix of a year as a PNG, rendered on the server
 * (for the governance overview and for saving or printing). Under the regisseur-only constraint of
 * /kwadranten/*.
 */
@WebServlet("/kwadranten/matrix.png")
public class QuadrantImageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private transient QuadrantService service;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int year;
    try {
      String asked = request.getParameter("jaar");
      year = asked == null ? LocalDate.now(clock).getYear() : Integer.parseInt(asked);
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    byte[] png =
        QuadrantImage.png(
            service.positions(year, null, null),
            key -> Messages.text(LocaleSelection.DUTCH, key),
            1000,
            800,
            year);
    response.setContentType("image/png");
    response.setContentLength(png.length);
    response.getOutputStream().write(png);
  }
}
