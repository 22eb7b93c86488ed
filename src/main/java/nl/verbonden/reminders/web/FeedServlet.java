package nl.verbonden.reminders.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import nl.verbonden.reminders.boundary.FeedService;
import nl.verbonden.reminders.control.CalendarFeed;

/**
 * {@code GET /agenda/{secret}.ics}: a person's calendar feed, without login (calendar programs do
 * not log in), for whoever holds the secret address. Anything else is 404, the same for a wrong,
 * revoked or malformed secret. Never cached by a proxy; never indexed.
 */
@WebServlet("/agenda/*")
public class FeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String SUFFIX = ".ics";

  @Inject private FeedService feeds;
  @Inject private Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    Optional<FeedService.Feed> feed =
        path != null && path.startsWith("/") && path.endsWith(SUFFIX)
            ? feeds.feed(path.substring(1, path.length() - SUFFIX.length()))
            : Optional.empty();
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String base =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath();
    byte[] body =
        CalendarFeed.ics(
                feed.get().items(), feed.get().name(), feed.get().language(), base, clock.instant())
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Content-Disposition", "inline; filename=\"verbonden.ics\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
