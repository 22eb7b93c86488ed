package nl.verbonden.api.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.AuditedEntity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What changed since a moment, for synchronisation: the parties and agreements saved at or after
 * it, oldest first, each with its version and link. (Removals are not listed: the register ends a
 * party rather than deleting it.)
 */
@Path("wijzigingen")
@Tag(name = "wijzigingen")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

  @EJB private PartyService parties;
  @EJB private AgreementService agreements;
  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "Wijzigingen sinds een moment",
      description =
          "De partijen en overeenkomsten die op of na het moment zijn opgeslagen, oudste eerst,"
              + " om een kopie bij te werken.")
  public Map<String, Object> since(
      @Parameter(
              description = "Het moment, ISO 8601 met tijdzone, bijv. 2026-11-01T00:00:00+01:00",
              required = true)
          @QueryParam("sinds")
          String sinds,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    Instant since;
    try {
      since = OffsetDateTime.parse(sinds == null ? "" : sinds).toInstant();
    } catch (DateTimeParseException wrong) {
      throw ApiProblem.invalid("sinds", "api.invalid.moment");
    }
    List<Map<String, Object>> all = new ArrayList<>();
    for (Party party : parties.list()) {
      add(all, "partij", "/partijen/", party, since);
    }
    for (Agreement agreement : agreements.list()) {
      add(all, "overeenkomst", "/overeenkomsten/", agreement, since);
    }
    all.sort(Comparator.comparing(m -> (Instant) m.get("gewijzigdOp")));
    return paging.answer("wijzigingen", paging.cut(all), all.size(), uri);
  }

  private static void add(
      List<Map<String, Object>> all, String kind, String path, AuditedEntity item, Instant since) {
    if (item.getUpdatedAt() == null || item.getUpdatedAt().isBefore(since)) {
      return;
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("soort", kind);
    change.put("id", item.getId());
    change.put("versie", item.getVersion());
    change.put("gewijzigdOp", item.getUpdatedAt());
    change.put("gewijzigdDoor", item.getUpdatedBy());
    change.put("_links", Map.of("self", Representations.href(path + item.getId())));
    all.add(change);
  }
}
