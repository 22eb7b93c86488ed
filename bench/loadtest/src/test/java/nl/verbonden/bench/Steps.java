package nl.verbonden.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;

/**
 * The requests of a regisseur's session, shared by the simulations. Each page request checks its
 * status and a piece of its content, so an error page or a login page counts as an error (KO), not
 * as a fast answer.
 */
final class Steps {

  private Steps() {}

  static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:9380");
  static final int USERS = Integer.getInteger("users", 1);
  static final int DURATION = Integer.getInteger("duration", 60);
  static final long MAX_REQUESTS = Long.getLong("maxRequests", 20_000);
  static final String LOGIN = System.getProperty("login", "regisseur.woudenberg");
  static final String PASSWORD = System.getProperty("password", "verbonden");
  static final int THINK_MIN_MS = Integer.getInteger("thinkMin", 0);
  static final int THINK_MAX_MS = Integer.getInteger("thinkMax", 0);

  /**
   * A person's pause between two pages: uniform between thinkMin and thinkMax ms; none when
   * thinkMax is 0.
   */
  static ChainBuilder think() {
    if (THINK_MAX_MS <= 0) {
      return exec(s -> s);
    }
    return pause(
        Duration.ofMillis(THINK_MIN_MS), Duration.ofMillis(Math.max(THINK_MIN_MS, THINK_MAX_MS)));
  }

  static HttpProtocolBuilder protocol() {
    if (!BASE_URL.startsWith("http://127.0.0.1") && !BASE_URL.startsWith("http://localhost")) {
      throw new IllegalArgumentException(
          "The load test runs on loopback only, not against " + BASE_URL);
    }
    return http.baseUrl(BASE_URL)
        .disableWarmUp()
        .disableCaching()
        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .acceptLanguageHeader("nl-NL,nl;q=0.9")
        .userAgentHeader("verbonden-bench (Gatling)");
  }

  /**
   * Form login: the protected page sends the login page (with the session's form token), /aanmelden
   * logs in and redirects back.
   */
  static final ChainBuilder LOGIN_CHAIN =
      exec(http("login page")
              .get("/register/parties.xhtml")
              .check(status().is(200), css("input[name='vb_token']", "value").saveAs("loginToken")))
          .exec(
              http("login")
                  .post("/aanmelden")
                  .formParam("vb_token", "#{loginToken}")
                  .formParam("j_username", LOGIN)
                  .formParam("j_password", PASSWORD)
                  .disableFollowRedirect()
                  .check(status().is(302), header("Location").not("login.xhtml?fout=1")));

  /**
   * The register list; keeps the view state, the PrimeFaces CSP nonce and party ids for what
   * follows.
   */
  static HttpRequestActionBuilder registerList() {
    return http("register list")
        .get("/register/parties.xhtml")
        .check(status().is(200), regex("id=\"j_username\"").notExists())
        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
        .check(css("input[name='vb_token']", "value").saveAs("logoutToken"))
        .check(regex("csp\\.init\\('([^']+)'").saveAs("nonce"))
        .check(regex("/register/party\\.xhtml\\?id=(\\d+)").findRandom().saveAs("partyId"))
        .check(regex("ui-paginator-current\">[^<]*/ (\\d+)<").saveAs("total"));
  }

  /** A PrimeFaces ajax request on the register list's form, as the browser sends it. */
  private static HttpRequestActionBuilder ajax(String name, String source) {
    return http(name)
        .post("/register/parties.xhtml")
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", source)
        .formParam("lijst", "lijst")
        .formParam("primefaces.nonce", "#{nonce}")
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .check(status().is(200))
        .check(regex("<partial-response"))
        .check(regex("<error>").notExists())
        .check(regex("update id=\"lijst:partijen\""));
  }

  /** The next page of the lazy list (25 rows), sorted as shown. */
  static HttpRequestActionBuilder registerPage(int first) {
    return ajax("register page", "lijst:partijen")
        .formParam("jakarta.faces.partial.execute", "lijst:partijen")
        .formParam("jakarta.faces.partial.render", "lijst:partijen")
        .formParam("lijst:partijen", "lijst:partijen")
        .formParam("lijst:partijen_pagination", "true")
        .formParam("lijst:partijen_first", String.valueOf(first))
        .formParam("lijst:partijen_rows", "25")
        .formParam("lijst:partijen_skipChildren", "true")
        .formParam("lijst:partijen_encodeFeature", "true");
  }

  /** The BBV-group filter of the filter bar (a select with p:ajax). */
  static HttpRequestActionBuilder registerFilter() {
    return ajax("register filter", "lijst:groep")
        .formParam("jakarta.faces.partial.execute", "lijst:groep")
        .formParam("jakarta.faces.partial.render", "lijst:partijen")
        .formParam("jakarta.faces.behavior.event", "change")
        .formParam("jakarta.faces.partial.event", "change")
        .formParam("lijst:groep_input", "GEMEENSCHAPPELIJKE_REGELINGEN");
  }

  /** The free-text search of the filter bar (keyup). */
  static HttpRequestActionBuilder registerSearch() {
    return ajax("register search", "lijst:zoek")
        .formParam("jakarta.faces.partial.execute", "lijst:zoek")
        .formParam("jakarta.faces.partial.render", "lijst:partijen")
        .formParam("jakarta.faces.behavior.event", "keyup")
        .formParam("jakarta.faces.partial.event", "keyup")
        .formParam("lijst:zoek", "Jeugdzorg");
  }

  static HttpRequestActionBuilder party() {
    return http("party page")
        .get("/register/party.xhtml?id=#{partyId}")
        .check(status().is(200), regex("vb-").exists(), regex("id=\"j_username\"").notExists());
  }

  static HttpRequestActionBuilder dashboard() {
    return http("agreement dashboard")
        .get("/dvo/index.xhtml")
        .check(status().is(200), regex("id=\"j_username\"").notExists())
        .check(regex("/dvo/agreement\\.xhtml\\?id=(\\d+)").findRandom().saveAs("agreementId"));
  }

  static HttpRequestActionBuilder agreement() {
    return http("agreement page")
        .get("/dvo/agreement.xhtml?id=#{agreementId}")
        .check(status().is(200), regex("id=\"j_username\"").notExists());
  }

  static HttpRequestActionBuilder matrix() {
    return http("quadrant matrix")
        .get("/kwadranten/index.xhtml")
        .check(status().is(200), regex("id=\"j_username\"").notExists());
  }

  static HttpRequestActionBuilder overviewPdf() {
    return http("overview pdf")
        .get("/overzichten/concept.pdf?jaar=2026")
        .check(status().is(200), header("Content-Type").is("application/pdf"));
  }

  // --- The pages of the second wave (issue 22): start page, calendar, API collection, positioning,
  // header search

  static HttpRequestActionBuilder startPage() {
    return http("start page")
        .get("/index.xhtml")
        .check(status().is(200), regex("id=\"j_username\"").notExists());
  }

  static HttpRequestActionBuilder calendar() {
    return http("calendar")
        .get("/jaar/index.xhtml")
        .check(status().is(200), regex("id=\"j_username\"").notExists());
  }

  /** The API's party collection, with the session of the screens (the API accepts it). */
  static HttpRequestActionBuilder apiParties() {
    return http("api parties")
        .get("/api/v1/partijen?paginaGrootte=20")
        .header("Accept", "application/json")
        .check(status().is(200), jsonPath("$.totaal").exists());
  }

  static HttpRequestActionBuilder positioning() {
    return http("positioning")
        .get("/positionering/index.xhtml")
        .check(status().is(200), regex("id=\"j_username\"").notExists());
  }

  static HttpRequestActionBuilder headerSearch() {
    return http("header search")
        .get("/zoeken.xhtml?q=Jeugdzorg")
        .check(status().is(200), regex("id=\"j_username\"").notExists());
  }

  static HttpRequestActionBuilder logout() {
    // the form token is on every page (the menu bar's logout form); the register list saved it
    return http("logout")
        .post("/afmelden")
        .formParam("vb_token", "#{logoutToken}")
        .check(status().in(200, 302, 303));
  }

  /**
   * The static baseline: a saved copy of the register page, served by the same Liberty without
   * login.
   */
  static HttpRequestActionBuilder staticPage() {
    return http("static baseline")
        .get("/bench-baseline/register.html")
        .check(status().is(200), regex("ui-paginator").exists());
  }
}
