package nl.verbonden.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to HTTP, for the tests that need thousands of requests (a real browser
 * for each would take hours): logs in through the login form, reads a Faces form as the browser
 * would submit it (every field with its current value, the view state included) and submits it with
 * one field changed.
 */
final class FormClient {

  private static final Pattern INPUT =
      Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEXTAREA =
      Pattern.compile(
          "<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile(
          "<select\\b([^>]*)>(.*?)</select>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern OPTION =
      Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:=\"([^\"]*)\")?");

  private final String base;
  private final HttpClient http;

  FormClient(URL base) {
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Logs in with the demo password through the application's login form. */
  FormClient login(String user) throws IOException, InterruptedException {
    HttpResponse<String> page = get("login.xhtml");
    Map<String, String> form = fields(page.body(), "login");
    form.put("j_username", user);
    form.put("j_password", "verbonden");
    HttpResponse<String> answer = post("aanmelden", form);
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("login.xhtml")) {
      throw new IllegalStateException("login of " + user + " failed: " + location);
    }
    return this;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .flatMap(
                e ->
                    java.util.Arrays.stream(e.getValue().split("\u0000", -1))
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The fields of the form with this id as the browser submits it: text fields, hidden fields (the
   * view state), text areas, the chosen option of each select, checked boxes only.
   */
  static Map<String, String> fields(String html, String formId) {
    int start = html.indexOf("id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalStateException("no form " + formId + " in: " + html);
    }
    int end = html.indexOf("</form>", start);
    String form = html.substring(start, end);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> a = attributes(input.group(1));
      String name = a.get("name");
      String type = a.getOrDefault("type", "text").toLowerCase();
      if (name == null
          || a.containsKey("disabled")
          || List.of("submit", "button", "file", "image", "reset").contains(type)) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
        continue;
      }
      String value = a.getOrDefault("value", type.equals("checkbox") ? "on" : "");
      // several checked boxes of one name (selectManyCheckbox): joined with NUL, sent as repeated
      // keys
      fields.merge(name, unescape(value), (x, y) -> x + "\u0000" + y);
    }
    Matcher area = TEXTAREA.matcher(form);
    while (area.find()) {
      Map<String, String> a = attributes(area.group(1));
      if (a.get("name") != null) {
        String text = area.group(2);
        fields.put(a.get("name"), unescape(text.startsWith("\n") ? text.substring(1) : text));
      }
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      Map<String, String> a = attributes(select.group(1));
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        Map<String, String> o = attributes(option.group(1));
        if (o.containsKey("selected") && a.get("name") != null) {
          fields.put(a.get("name"), unescape(o.getOrDefault("value", "")));
        }
      }
    }
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1).toLowerCase(), m.group(2) == null ? "" : m.group(2));
    }
    return attributes;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
