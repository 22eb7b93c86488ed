package nl.verbonden.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A regisseur's session, played by {@code users} concurrent virtual users for {@code duration}
 * seconds (closed model: when a session ends, a new one starts): log in, open the register list,
 * page twice, filter by group, search by text, open a party, the agreement dashboard, one
 * agreement, the quadrant matrix, in one of every {@code pdfEvery} sessions the draft overview PDF,
 * log out. Bounded: no session starts once {@code maxRequests} requests' worth of sessions have
 * started, and the run stops hard at duration + 120 s.
 *
 * <p>Between two pages each user thinks for a random time between {@code thinkMin} and {@code
 * thinkMax} milliseconds (uniform; default 0: no pause, a saturation run). With a think time the
 * users are concurrent people working through their session; without one they are request loops
 * that keep the server saturated.
 */
public class RegisseurSession extends Simulation {

  private static final int REQUESTS_PER_SESSION = 13;
  private static final int PDF_EVERY = Math.max(1, Integer.getInteger("pdfEvery", 1));
  private static final AtomicLong SESSIONS = new AtomicLong();

  ScenarioBuilder session =
      scenario("regisseur session")
          .exitHereIf(s -> SESSIONS.incrementAndGet() * REQUESTS_PER_SESSION > Steps.MAX_REQUESTS)
          .exec(s -> s.set("withPdf", SESSIONS.get() % PDF_EVERY == 0))
          .exec(Steps.LOGIN_CHAIN)
          .exec(Steps.think())
          .exec(
              Stream.of(
                      Steps.registerList(),
                      Steps.registerPage(25),
                      Steps.registerPage(50),
                      Steps.registerFilter(),
                      Steps.registerSearch(),
                      Steps.party(),
                      Steps.dashboard(),
                      Steps.agreement(),
                      Steps.matrix())
                  .map(page -> exec(page).exec(Steps.think()))
                  .toList())
          .doIf("#{withPdf}")
          .then(exec(Steps.overviewPdf()).exec(Steps.think()))
          .exec(Steps.logout());

  {
    setUp(session.injectClosed(constantConcurrentUsers(Steps.USERS).during(Steps.DURATION)))
        .protocols(Steps.protocol())
        .maxDuration(Steps.DURATION + 120);
  }
}
