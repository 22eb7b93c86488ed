package nl.verbonden.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json}, always as JSON, without login and open to
 * every origin (NL GOV API Design Rules, /core/publish-openapi). Liberty's MicroProfile OpenAPI
 * generates it and serves it at {@link #GENERATED} (server.xml), in YAML unless asked for JSON;
 * this servlet asks it for JSON, inside the server.
 */
@WebServlet(name = "OpenApiDocument", urlPatterns = "/api/v1/openapi.json")
public class OpenApiDocument extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where Liberty serves the generated document (mpOpenAPI docPath in server.xml). */
  public static final String GENERATED = "/api/v1/openapi";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    response.setHeader("Access-Control-Allow-Origin", "*");
    ServletContext generator = getServletContext().getContext(GENERATED);
    if (generator == null || generator == getServletContext()) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    RequestDispatcher dispatcher = generator.getRequestDispatcher("/");
    dispatcher.forward(new AsJson(request), response);
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  /** The request with {@code Accept: application/json}. */
  private static final class AsJson extends HttpServletRequestWrapper {

    AsJson(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return "Accept".equalsIgnoreCase(name) ? "application/json" : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Accept".equalsIgnoreCase(name)
          ? Collections.enumeration(java.util.List.of("application/json"))
          : super.getHeaders(name);
    }

    @Override
    public String getParameter(String name) {
      return "format".equals(name) ? "JSON" : super.getParameter(name);
    }
  }
}
