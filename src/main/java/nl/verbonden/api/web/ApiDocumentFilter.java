package nl.verbonden.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document with what the API does for every operation (configured
 * as {@code mp.openapi.filter}): the paths relative to the server {@code /api/v1} (the major
 * version in the server URL, /core/uri-version), the {@code API-Version} header on every response
 * (/core/version-header), and the problem details of every error (RFC 9457).
 */
public class ApiDocumentFilter implements OASFilter {

  static final String PROBLEM = "Probleem";
  static final String VERSION_HEADER = ApiVersion.HEADER;

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url(ApiVersion.ROOT)
                .description("Deze installatie, versie " + ApiVersion.MAJOR)));
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI
        .getComponents()
        .addHeader(
            VERSION_HEADER,
            OASFactory.createHeader()
                .description("De volledige versie van de API (semantic versioning)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example(ApiVersion.FULL));
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    Map<String, PathItem> relative = new LinkedHashMap<>();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .forEach(
              (path, item) -> {
                String local =
                    path.startsWith(ApiVersion.ROOT)
                        ? path.substring(ApiVersion.ROOT.length())
                        : path;
                relative.put(local.isEmpty() ? "/" : local, item);
                item.getOperations().values().forEach(ApiDocumentFilter::complete);
              });
      openAPI.setPaths(OASFactory.createPaths());
      relative.forEach(openAPI.getPaths()::addPathItem);
    }
  }

  private static void complete(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (responses.getAPIResponse("default") == null) {
      responses.addAPIResponse(
          "default", OASFactory.createAPIResponse().description("Een fout, als probleem"));
    }
    if (responses.getAPIResponses() != null) {
      responses
          .getAPIResponses()
          .forEach(
              (code, response) -> {
                Header header = OASFactory.createHeader().ref(VERSION_HEADER);
                response.addHeader(VERSION_HEADER, header);
                if (code.equals("default") || code.startsWith("4") || code.startsWith("5")) {
                  problem(response);
                }
              });
    }
  }

  private static void problem(APIResponse response) {
    Content content = OASFactory.createContent();
    MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
    content.addMediaType(Problem.MEDIA_TYPE, media);
    response.setContent(content);
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema invalid =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("name", text)
            .addProperty("reason", text);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("Een fout als problem details (RFC 9457), met een Nederlandse toelichting")
        .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "invalidParams",
            OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(invalid))
        .required(List.of("type", "title", "status", "detail"));
  }
}
