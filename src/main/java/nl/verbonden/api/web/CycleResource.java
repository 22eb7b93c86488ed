package nl.verbonden.api.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.cycle.boundary.ArrangementCalendar;
import nl.verbonden.cycle.boundary.CycleService;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.boundary.ZienswijzeService;
import nl.verbonden.cycle.entity.Deadline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The governance year, read only: the P&C calendar of the Wgr and the zienswijzen. */
@Path("")
@Tag(name = "jaarcyclus")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

  @EJB private CycleService cycle;
  @EJB private ZienswijzeService zienswijzen;
  @Context private UriInfo uri;

  @GET
  @Path("kalender")
  @Operation(
      summary = "De P&C-kalender van een jaar",
      description =
          "Per gemeenschappelijke regeling de termijnen van de Wgr in dat jaar, met het artikel,"
              + " de datum, wanneer het gebeurde en waar de regeling de wet niet volgt.")
  public Map<String, Object> calendar(
      @Parameter(description = "Het jaar; zonder: dit jaar") @QueryParam("jaar") Integer jaar,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    int year = year(jaar);
    List<Map<String, Object>> all = new ArrayList<>();
    for (ArrangementCalendar arrangement : cycle.calendar(year)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("partijId", arrangement.partyId());
      item.put("partijNaam", arrangement.partyName());
      item.put("rechtsvorm", Representations.code(arrangement.legalForm()));
      List<Map<String, Object>> deadlines = new ArrayList<>();
      for (Deadline deadline : arrangement.deadlines()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("termijn", Representations.code(deadline.rule()));
        d.put("artikel", deadline.rule().article());
        d.put("uiterlijk", deadline.due());
        d.put("gedaanOp", deadline.done());
        d.put("laatsteRaadsvergadering", deadline.lastCouncilMeeting());
        d.put("afwijkingen", deadline.breaches().size());
        deadlines.add(d);
      }
      item.put("termijnen", deadlines);
      all.add(item);
    }
    Map<String, Object> answer = paging.answer("regelingen", paging.cut(all), all.size(), uri);
    answer.put("jaar", year);
    return answer;
  }

  @GET
  @Path("zienswijzen")
  @Operation(
      summary = "De zienswijzen",
      description = "Die van een jaar, of zonder jaar de zienswijzen die nog open staan.")
  public Map<String, Object> zienswijzen(
      @Parameter(description = "Het jaar van ontvangst") @QueryParam("jaar") Integer jaar,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    List<ZienswijzeRow> rows = jaar == null ? zienswijzen.open() : zienswijzen.ofYear(year(jaar));
    List<Map<String, Object>> all = new ArrayList<>();
    for (ZienswijzeRow row : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", row.id());
      item.put("partijId", row.partyId());
      item.put("partijNaam", row.partyName());
      item.put("onderwerp", Representations.code(row.subject()));
      item.put("titel", row.title());
      item.put("ontvangenOp", row.receivedOn());
      item.put("status", Representations.code(row.status()));
      item.put("afgerond", row.closed());
      item.put("teLaat", row.late());
      item.put("uiterlijk", row.deadline() == null ? null : row.deadline().due());
      all.add(item);
    }
    return paging.answer("zienswijzen", paging.cut(all), all.size(), uri);
  }

  private int year(Integer jaar) {
    if (jaar == null) {
      return cycle.thisYear();
    }
    if (jaar < 2000 || jaar > 2200) {
      throw ApiProblem.invalid("jaar", "api.invalid.year");
    }
    return jaar;
  }
}
