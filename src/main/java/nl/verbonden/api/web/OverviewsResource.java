package nl.verbonden.api.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.overviews.boundary.OverviewService;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.shared.entity.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published governance overviews: the list, each one's PDF and its data as JSON. */
@Path("overzichten")
@Tag(name = "overzichten")
public class OverviewsResource {

  @EJB private OverviewService overviews;
  @Context private UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "De gepubliceerde overzichten",
      description = "De gepubliceerde governance-overzichten van de gemeente, nieuwste eerst.")
  public Map<String, Object> list(
      @QueryParam("pagina") Integer pagina, @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    List<OverviewListing> all = overviews.published();
    List<Map<String, Object>> page = paging.cut(all).stream().map(this::item).toList();
    return paging.answer("overzichten", page, all.size(), uri);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Eén gepubliceerd overzicht",
      description = "Jaar, versie, wie en wanneer, en de SHA-256 van de PDF en van de gegevens.")
  public Map<String, Object> one(@PathParam("id") Long id) {
    return item(find(id));
  }

  @GET
  @Path("{id}/document")
  @Produces("application/pdf")
  @Operation(
      summary = "Het overzicht als PDF",
      description = "De PDF precies zoals hij gepubliceerd is (te controleren met de SHA-256).")
  public Response pdf(@PathParam("id") Long id) {
    OverviewListing listing = find(id);
    return Response.ok(overviews.pdf(id), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"overzicht-"
                + listing.year()
                + "-versie-"
                + listing.versionNumber()
                + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/gegevens")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "De gegevens van het overzicht",
      description = "De gegevens van het overzicht als JSON, precies zoals ze gepubliceerd zijn.")
  public Response data(@PathParam("id") Long id) {
    find(id);
    return Response.ok(overviews.data(id), MediaType.APPLICATION_JSON).build();
  }

  private OverviewListing find(Long id) {
    return overviews.published().stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(OverviewListing.class, id));
  }

  private Map<String, Object> item(OverviewListing o) {
    String self = "/overzichten/" + o.id();
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", o.id());
    item.put("jaar", o.year());
    item.put("versie", o.versionNumber());
    item.put("gepubliceerdDoor", o.publishedBy());
    item.put("gepubliceerdOp", o.publishedAt());
    item.put("pdfSha256", o.pdfSha256());
    item.put("gegevensSha256", o.dataSha256());
    item.put("vervangtVersie", o.replacesVersion());
    item.put("redenVervanging", o.replacementNote());
    item.put(
        "_links",
        Map.of(
            "self", Representations.href(self),
            "document", Representations.href(self + "/document"),
            "gegevens", Representations.href(self + "/gegevens")));
    return item;
  }
}
