package nl.verbonden.api.web;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verbonden.api.web.Representations.Deelnemer;
import nl.verbonden.api.web.Representations.Jaarcijfers;
import nl.verbonden.api.web.Representations.Partij;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.roles.boundary.PartyRoles;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.RoleLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register: parties and their parts, read; the fields a regisseur edits, patched. */
@Path("partijen")
@Tag(name = "partijen")
@Produces(MediaType.APPLICATION_JSON)
public class PartiesResource {

  /** The register's sort fields by their API names (whitelist); a leading '-' sorts descending. */
  static final Map<String, String> SORTABLE =
      Map.of(
          "naam", "name",
          "rechtsvorm", "legalForm",
          "bbvGroep", "bbvGroup",
          "vestigingsplaats", "seat",
          "verbondenPartij", "verbondenPartij",
          "regime", "risk.regime",
          "herbeoordelenVoor", "risk.reassessBy",
          "startdatum", "startDate",
          "einddatum", "endDate");

  /** What PATCH may change: the fields of the party form a regisseur edits. */
  static final Set<String> PATCHABLE =
      Set.of(
          "naam",
          "kvkNummer",
          "rsin",
          "vestigingsplaats",
          "publiekBelang",
          "startdatum",
          "einddatum",
          "eindreden");

  @EJB private PartyService parties;
  @EJB private RoleService roles;
  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "Partijen zoeken",
      description =
          "De partijen van het register van de eigen gemeente, met dezelfde filters als de lijst"
              + " op het scherm, per pagina.")
  @APIResponse(responseCode = "200", description = "Een pagina partijen")
  public Map<String, Object> list(
      @Parameter(description = "Zoektekst in naam, vestigingsplaats, KvK-nummer en RSIN")
          @QueryParam("zoek")
          String zoek,
      @Parameter(description = "BBV-groep, bijv. gemeenschappelijke_regelingen")
          @QueryParam("bbvGroep")
          String bbvGroep,
      @Parameter(description = "Rechtsvorm, bijv. gr_openbaar_lichaam") @QueryParam("rechtsvorm")
          String rechtsvorm,
      @Parameter(description = "Beleidsveld, bijv. zorg_en_gezondheid") @QueryParam("beleidsveld")
          String beleidsveld,
      @Parameter(description = "Monitoringsregime: licht, middel of zwaar") @QueryParam("regime")
          String regime,
      @Parameter(description = "Alleen verbonden partijen (true) of alleen andere (false)")
          @QueryParam("verbondenPartij")
          Boolean verbondenPartij,
      @Parameter(description = "lopend of beeindigd") @QueryParam("status") String status,
      @Parameter(description = "Alleen partijen waarvan de herbeoordeling te laat is")
          @QueryParam("herbeoordelingTeLaat")
          Boolean teLaat,
      @Parameter(description = "Sorteerveld, met '-' ervoor aflopend, bijv. -startdatum")
          @QueryParam("sorteer")
          String sorteer,
      @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("pagina") Integer pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met 100") @QueryParam("paginaGrootte")
          Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    PartyFilter filter = new PartyFilter();
    if (zoek != null) {
      filter.setText(zoek);
    }
    filter.setGroup(choice(BbvGroup.class, "bbvGroep", bbvGroep));
    filter.setLegalForm(choice(LegalForm.class, "rechtsvorm", rechtsvorm));
    filter.setDomain(choice(PolicyDomain.class, "beleidsveld", beleidsveld));
    filter.setRegime(choice(MonitoringRegime.class, "regime", regime));
    filter.setVerbondenPartij(verbondenPartij);
    if (status != null) {
      filter.setStatus(
          switch (status) {
            case "lopend" -> PartyFilter.Status.ACTIVE;
            case "beeindigd" -> PartyFilter.Status.ENDED;
            default ->
                throw ApiProblem.invalid("status", "api.invalid.choice", "lopend, beeindigd");
          });
    }
    filter.setOverdueOnly(Boolean.TRUE.equals(teLaat));
    String field = "naam";
    boolean ascending = true;
    if (sorteer != null) {
      ascending = !sorteer.startsWith("-");
      field = ascending ? sorteer : sorteer.substring(1);
      if (!SORTABLE.containsKey(field)) {
        throw ApiProblem.invalid(
            "sorteer",
            "api.invalid.choice",
            String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
      }
    }
    List<Partij> page =
        parties
            .search(filter, paging.first(), paging.size(), SORTABLE.get(field), ascending)
            .stream()
            .map(Partij::of)
            .toList();
    return paging.answer("partijen", page, parties.count(filter), uri);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Eén partij",
      description = "Met belang, risico en regime; ETag is de versie.")
  @APIResponse(responseCode = "200", description = "De partij")
  @APIResponse(responseCode = "404", description = "Bestaat niet in het register van de gemeente")
  public Response one(@PathParam("id") Long id) {
    Party party = parties.find(id);
    return Response.ok(Partij.of(party)).tag(Preconditions.tag(party.getVersion())).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Velden van een partij wijzigen",
      description =
          "JSON Merge Patch van de velden die een regisseur op het scherm wijzigt: naam,"
              + " kvkNummer, rsin, vestigingsplaats, publiekBelang, startdatum, einddatum en"
              + " eindreden. If-Match met de ETag is verplicht: zonder 428, verouderd 412.")
  @APIResponse(responseCode = "200", description = "De gewijzigde partij")
  @APIResponse(responseCode = "400", description = "Ongeldige invoer, per veld")
  @APIResponse(responseCode = "412", description = "Iemand anders wijzigde de partij intussen")
  @APIResponse(responseCode = "428", description = "If-Match ontbreekt")
  public Response patch(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject changes) {
    Party party = parties.find(id);
    Preconditions.requireMatch(ifMatch, party.getVersion());
    if (changes == null) {
      throw ApiProblem.of(400, "api.problem.noBody");
    }
    List<Problem.InvalidParam> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonValue> change : changes.entrySet()) {
      String name = change.getKey();
      if (!PATCHABLE.contains(name)) {
        wrong.add(reason(name, "api.invalid.notEditable"));
        continue;
      }
      JsonValue value = change.getValue();
      String text = null;
      if (value.getValueType() == JsonValue.ValueType.STRING) {
        text = ((JsonString) value).getString();
      } else if (value.getValueType() != JsonValue.ValueType.NULL) {
        wrong.add(reason(name, "api.invalid.text"));
        continue;
      }
      try {
        apply(party, name, text);
      } catch (DateTimeParseException notADate) {
        wrong.add(reason(name, "api.invalid.date"));
      }
    }
    if (!wrong.isEmpty()) {
      throw new ApiProblem(Problems.invalid(null, wrong));
    }
    Party saved = parties.update(party);
    return Response.ok(Partij.of(saved)).tag(Preconditions.tag(saved.getVersion())).build();
  }

  private static void apply(Party party, String name, String text) {
    switch (name) {
      case "naam" -> party.setName(text);
      case "kvkNummer" -> party.setKvkNumber(text);
      case "rsin" -> party.setRsin(text);
      case "vestigingsplaats" -> party.setSeat(text);
      case "publiekBelang" -> party.setPublicInterest(text);
      case "startdatum" -> party.setStartDate(text == null ? null : LocalDate.parse(text));
      case "einddatum" -> party.setEndDate(text == null ? null : LocalDate.parse(text));
      case "eindreden" -> party.setEndReason(text);
      default -> throw new IllegalArgumentException(name);
    }
  }

  @GET
  @Path("{id}/deelnemers")
  @Operation(
      summary = "De deelnemers van een partij",
      description = "Wie er naast de gemeente deelneemt, met het stemaandeel.")
  public Map<String, Object> participants(
      @PathParam("id") Long id,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    List<Deelnemer> all = parties.participants(id).stream().map(Deelnemer::of).toList();
    return paging.answer("deelnemers", paging.cut(all), all.size(), uri);
  }

  @GET
  @Path("{id}/jaarcijfers")
  @Operation(
      summary = "De cijfers per jaar van een partij",
      description = "Eigen en vreemd vermogen, resultaat, bijdrage en belang, per jaar.")
  public Map<String, Object> figures(
      @PathParam("id") Long id,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    List<Jaarcijfers> all = parties.figures(id).stream().map(Jaarcijfers::of).toList();
    return paging.answer("jaarcijfers", paging.cut(all), all.size(), uri);
  }

  @GET
  @Path("{id}/rollen")
  @Operation(
      summary = "De rollen bij een partij",
      description =
          "Het vierrollenmodel: per rol of de gemeente hem vervult en wie, bestuurlijk en"
              + " ambtelijk; de regisseur; rolconflicten.")
  public Map<String, Object> roles(@PathParam("id") Long id) {
    parties.find(id);
    PartyRoles model = roles.roles(id);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MunicipalRole role : MunicipalRole.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rol", role.name().toLowerCase(Locale.ROOT));
      row.put("vervuld", model.held(role));
      row.put("bestuurlijk", label(model.holder(role, RoleLevel.BESTUURLIJK)));
      row.put("ambtelijk", label(model.holder(role, RoleLevel.AMBTELIJK)));
      row.put("toelichting", model.reason(role));
      rows.add(row);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("_links", Map.of("self", Representations.href("/partijen/" + id + "/rollen")));
    answer.put("doorlopen", model.isWalkedThrough());
    answer.put("rolconflict", model.isConflict());
    answer.put("regisseur", label(model.regisseur()));
    answer.put("rollen", rows);
    return answer;
  }

  private static String label(Office office) {
    return office == null ? null : office.label();
  }

  private static Problem.InvalidParam reason(String name, String key, Object... arguments) {
    return new Problem.InvalidParam(
        name,
        nl.verbonden.shared.control.MessageBundle.text(
            nl.verbonden.shared.control.MessageBundle.DUTCH, key, arguments));
  }

  /** An enum value by its lower-case API name; a wrong one is 400 at its parameter. */
  static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    throw ApiProblem.invalid(parameter, "api.invalid.choice", String.join(", ", names));
  }
}
