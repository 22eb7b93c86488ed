package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.web.DocumentCspFilter;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Login cookie, uploads, documents and TLS as an attacker would try them: a copied login cookie
 * after logout, an upload over the limit past the browser's own check, the policy of the documents
 * that are no Faces pages, and HTTPS on the server.
 */
class TransportSecurityBrowserIT {

  private static final String REGISTER_ITEM = "Afvalverwijdering Utrecht (AVU)";
  private static final String TOO_LARGE = "Het bestand is te groot";
  private static final String OVERSIZED_PARTY = "Stichting Te Groot Woudenberg";

  private final String base = TestServer.url().toString();
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void aCopiedLoginCookieIsRefusedAfterLogout() throws Exception {
    try (Browser browser = Browser.open(TestServer.url())) {
      browser.login("regisseur.woudenberg");
      String ltpa =
          "LtpaToken2=" + browser.driver().manage().getCookieNamed("LtpaToken2").getValue();

      HttpResponse<String> before = get("register/parties.xhtml", ltpa);
      assertEquals(200, before.statusCode(), "the copied cookie alone logs in while it is valid");
      assertTrue(before.body().contains(REGISTER_ITEM));

      browser.logout();
      HttpResponse<String> after = get("register/parties.xhtml", ltpa);
      assertEquals(302, after.statusCode(), "after logout the copied cookie is refused");
      assertTrue(
          after.headers().firstValue("Location").orElse("").contains("login.xhtml"),
          after.headers().toString());
      assertFalse(after.body().contains(REGISTER_ITEM));
    }
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithAMessageAndNothingIsStored() throws Exception {
    Path tooBigForThePage = Files.createTempFile("partijen-", ".csv");
    try (Browser browser = Browser.open(TestServer.url())) {
      browser.login("regisseur.woudenberg");
      // in the browser: the page refuses a file over its 2 MB before sending it, in Dutch
      Files.writeString(tooBigForThePage, csv(3 * 1024 * 1024), StandardCharsets.UTF_8);
      browser.go("register/import.xhtml");
      browser.upload(By.cssSelector("form[id='import'] input[type='file']"), tooBigForThePage);
      browser.click(By.cssSelector("form[id='import'] button.ui-fileupload-upload"));
      browser.waitUntil(
          d ->
              browser.pageText().contains("bestandsgrootte")
                  || browser.pageText().contains("groter"));
      assertFalse(browser.pageText().contains("partijen geïmporteerd"), browser.pageText());
      String cookies = cookies(browser);

      // past the browser: a file over the container's 20 MB, and a request announcing more than
      // 21 MB, get 413 with the Dutch message before any page reads them
      for (int size : new int[] {21_000_000, 23_000_000}) {
        Answer refused = upload("register/import.xhtml", cookies, size);
        assertEquals(413, refused.status(), size + " bytes");
        assertTrue(refused.text().contains(TOO_LARGE), refused.text());
      }
      // a request that is no page, over the server's limit for any request body
      Answer body =
          post("afmelden", cookies, "application/octet-stream", new byte[27 * 1024 * 1024]);
      assertEquals(413, body.status());

      browser.go("register/parties.xhtml");
      browser.waitForText(REGISTER_ITEM);
      assertFalse(browser.pageText().contains(OVERSIZED_PARTY), "nothing of it is imported");
    } finally {
      Files.deleteIfExists(tooBigForThePage);
    }
  }

  @Test
  void theDraftOverviewAndTheQuadrantImageCarryAStrictPolicyAndStillShow() throws Exception {
    int year = LocalDate.now(ApplicationClock.fromSystem()).getYear();
    try (Browser browser = Browser.open(TestServer.url())) {
      browser.login("regisseur.woudenberg");
      String cookies = cookies(browser);
      for (String path :
          new String[] {"overzichten/concept.html?jaar=" + year, "kwadranten/matrix.png"}) {
        HttpResponse<String> response = get(path, cookies);
        assertEquals(200, response.statusCode(), path);
        assertEquals(
            DocumentCspFilter.POLICY,
            response.headers().firstValue("Content-Security-Policy").orElse(null),
            path);
      }
      // the overview's own style sheet still applies under the policy
      browser.go("overzichten/concept.html?jaar=" + year);
      browser.waitForText("Woudenberg");
      String color =
          browser.driver().findElement(By.cssSelector("h2")).getCssValue("color").replace(" ", "");
      assertTrue(color.contains("31,78,121"), color);
    }
  }

  @Test
  void theServerSpeaksHttps() throws Exception {
    String port = System.getProperty("verbonden.it.https.port", "9543");
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
    HttpClient https =
        HttpClient.newBuilder()
            .sslContext(trustAll)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> login =
        https.send(
            HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login.xhtml"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("j_username"));
  }

  private HttpResponse<String> get(String path, String cookies) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The import form posted as the upload component posts it, with a CSV file of this size. */
  private Answer upload(String page, String cookies, int size) throws Exception {
    HttpResponse<String> form = get(page, cookies);
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertTrue(viewState.find(), "the import page has a form");
    String boundary = "----verbonden" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
    field(body, boundary, "import", "import");
    field(body, boundary, "jakarta.faces.ViewState", viewState.group(1));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"import:bestand\";"
                + " filename=\"partijen.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(csv(size).getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(page, cookies, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  /** A status and the text of a response. */
  private record Answer(int status, String text) {}

  /**
   * Posts over a plain socket, reading the answer while the body is still being sent: a server may
   * refuse a large body before it has read it all (and then stops reading), which an HTTP client
   * that first sends the whole body would wait for forever.
   */
  private Answer post(String path, String cookies, String type, byte[] body) throws Exception {
    URI uri = URI.create(base + path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + uri.getRawPath()
                  + " HTTP/1.1\r\nHost: "
                  + uri.getHost()
                  + ":"
                  + uri.getPort()
                  + "\r\nCookie: "
                  + cookies
                  + "\r\nContent-Type: "
                  + type
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      Thread sender =
          new Thread(
              () -> {
                try {
                  out.write(body);
                  out.flush();
                } catch (IOException refusedWhileSending) {
                  // the server answered and closed before the whole body was sent
                }
              });
      sender.start();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String statusLine = in.readLine();
      assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 "), statusLine);
      int status = Integer.parseInt(statusLine.substring(9, 12));
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0 && text.length() < 200_000; ) {
          text.append(buffer, 0, n);
          if (text.indexOf("</html>") >= 0 || text.indexOf("\r\n0\r\n") >= 0) {
            break;
          }
        }
      } catch (IOException closed) {
        // what came before the server closed the connection is the answer
      }
      socket.close();
      sender.join(120_000);
      return new Answer(status, text.toString());
    }
  }

  private static void field(
      ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\n\r\n"
                + value
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** A valid import file of about this many bytes: one party, then a long comment column. */
  private static String csv(int size) {
    String head = "naam;rechtsvorm;kvk_nummer;bedrag_risico\n" + OVERSIZED_PARTY + ";STICHTING;;\n";
    char[] filler = new char[Math.max(0, size - head.length())];
    Arrays.fill(filler, ' ');
    return head + new String(filler);
  }

  private static String cookies(Browser browser) {
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** The test server's certificate is one Liberty generated: the test checks TLS, not trust. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
