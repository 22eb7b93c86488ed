package nl.verbonden.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One page, as often as it goes: {@code users} virtual users log in once (the static baseline needs
 * no login), then repeat the page named by {@code page} for {@code duration} seconds, without
 * pause. Gives each page's throughput at a concurrency, to set against the static baseline at the
 * same concurrency. Bounded by {@code maxRequests} (then the users idle until the duration is
 * over). Each user logs out at the end.
 *
 * <p>Pages: static, list, page, filter, search, party, dashboard, agreement, matrix, pdf; and of
 * the second wave: start, calendar, api, positioning, headersearch.
 */
public class SinglePage extends Simulation {

  private static final String PAGE = System.getProperty("page", "static");
  private static final AtomicLong REQUESTS = new AtomicLong();

  private static HttpRequestActionBuilder target() {
    return switch (PAGE) {
      case "static" -> Steps.staticPage();
      case "list" -> Steps.registerList();
      case "page" -> Steps.registerPage(25);
      case "filter" -> Steps.registerFilter();
      case "search" -> Steps.registerSearch();
      case "party" -> Steps.party();
      case "dashboard" -> Steps.dashboard();
      case "agreement" -> Steps.agreement();
      case "matrix" -> Steps.matrix();
      case "pdf" -> Steps.overviewPdf();
      case "start" -> Steps.startPage();
      case "calendar" -> Steps.calendar();
      case "api" -> Steps.apiParties();
      case "positioning" -> Steps.positioning();
      case "headersearch" -> Steps.headerSearch();
      default -> throw new IllegalArgumentException("Unknown page " + PAGE);
    };
  }

  private static ChainBuilder setup() {
    if (PAGE.equals("static")) {
      return exec(s -> s);
    }
    ChainBuilder setup = exec(Steps.LOGIN_CHAIN).exec(Steps.registerList());
    return PAGE.equals("agreement") ? setup.exec(Steps.dashboard()) : setup;
  }

  ScenarioBuilder loop =
      scenario("single page " + PAGE)
          .exec(setup())
          .exec(
              during(Steps.DURATION)
                  .on(
                      doIfOrElse(s -> REQUESTS.incrementAndGet() <= Steps.MAX_REQUESTS)
                          .then(target())
                          .orElse(pause(1))))
          // Log out, so that this run's sessions (and the views they keep) do not weigh on the next
          // run
          .exec(PAGE.equals("static") ? exec(s -> s) : exec(Steps.logout()));

  {
    setUp(loop.injectOpen(atOnceUsers(Steps.USERS)))
        .protocols(Steps.protocol())
        .maxDuration(Steps.DURATION + 120);
  }
}
