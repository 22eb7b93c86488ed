package nl.verbonden.api.web;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.agreements.boundary.AgreementStatusView;
import nl.verbonden.agreements.boundary.IndicatorStatus;
import nl.verbonden.agreements.boundary.MeasurementImportResult;
import nl.verbonden.agreements.boundary.RecordResult;
import nl.verbonden.agreements.control.MeasurementCsvImport;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.api.boundary.MeasurementDelivery;
import nl.verbonden.api.entity.Delivery;
import nl.verbonden.api.web.Representations.IndicatorView;
import nl.verbonden.api.web.Representations.Meting;
import nl.verbonden.api.web.Representations.Overeenkomst;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.shared.entity.ImportError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Service-level agreements with their indicators, lights and measurements; measurements in. */
@Path("overeenkomsten")
@Tag(name = "overeenkomsten")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final Jsonb JSON = JsonbBuilder.create();

  /** The fields of one measurement in a batch: the columns of the CSV import. */
  static final List<String> FIELDS =
      List.of(
          MeasurementCsvImport.INDICATOR,
          MeasurementCsvImport.PERIOD,
          MeasurementCsvImport.VALUE,
          MeasurementCsvImport.SOURCE,
          MeasurementCsvImport.COMMENT);

  @EJB private AgreementService agreements;
  @EJB private MeasurementDelivery delivery;
  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "De overeenkomsten (DVO's) van de gemeente",
      description =
          "Alle dienstverleningsovereenkomsten van de eigen gemeente, op titel, per pagina.")
  @APIResponse(responseCode = "200", description = "Een pagina overeenkomsten")
  public Map<String, Object> list(
      @Parameter(description = "Alleen die met deze partij") @QueryParam("partijId") Long partijId,
      @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("pagina") Integer pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met 100") @QueryParam("paginaGrootte")
          Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    List<Agreement> all = partijId == null ? agreements.list() : agreements.ofParty(partijId);
    List<Overeenkomst> page = paging.cut(all).stream().map(Overeenkomst::of).toList();
    return paging.answer("overeenkomsten", page, all.size(), uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Eén overeenkomst", description = "Met het stoplicht van het geheel.")
  @APIResponse(responseCode = "200", description = "De overeenkomst")
  @APIResponse(responseCode = "404", description = "Bestaat niet bij de gemeente")
  public Response one(@PathParam("id") Long id) {
    AgreementStatusView status = agreements.status(id);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("overeenkomst", Overeenkomst.of(status.agreement()));
    answer.put(
        "stoplicht", Representations.light(status.light() == null ? null : status.light().name()));
    answer.put("ontbrekendeCijfers", status.missingFigures());
    return Response.ok(answer).tag(Preconditions.tag(status.agreement().getVersion())).build();
  }

  @GET
  @Path("{id}/indicatoren")
  @Operation(
      summary = "De indicatoren van een overeenkomst",
      description =
          "Elke indicator met streefwaarde, grenzen, frequentie, het stoplicht van de laatste"
              + " meting en de periode waarvan het cijfer te laat is.")
  public Map<String, Object> indicators(
      @PathParam("id") Long id,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    List<IndicatorView> all =
        agreements.status(id).indicators().stream().map(IndicatorView::of).toList();
    return paging.answer("indicatoren", paging.cut(all), all.size(), uri);
  }

  @GET
  @Path("{id}/metingen")
  @Operation(
      summary = "De metingen van een overeenkomst",
      description = "Per indicator en periode de waarde met bron en toelichting, per pagina.")
  public Map<String, Object> measurements(
      @PathParam("id") Long id,
      @Parameter(description = "Alleen die van deze indicator") @QueryParam("indicatorId")
          Long indicatorId,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("paginaGrootte") Integer paginaGrootte) {
    Paging paging = Paging.of(pagina, paginaGrootte);
    List<Meting> all = new ArrayList<>();
    for (IndicatorStatus indicator : agreements.status(id).indicators()) {
      if (indicatorId == null || indicatorId.equals(indicator.indicator().getId())) {
        indicator.measurements().stream().map(Meting::of).forEach(all::add);
      }
    }
    all.sort(
        Comparator.comparing(Meting::indicator, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Meting::periodeStart));
    return paging.answer("metingen", paging.cut(all), all.size(), uri);
  }

  @POST
  @Path("{id}/metingen")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Metingen aanleveren",
      description =
          "Een reeks metingen, alles of niets, met dezelfde regels en meldingen als de import uit"
              + " CSV (docs/measurement-import.md): per meting indicator, periode, waarde en"
              + " eventueel bron en toelichting, als tekst zoals in het CSV-bestand (waarde met"
              + " decimale komma). Idempotent: de header Idempotency-Key is verplicht; dezelfde"
              + " sleutel nog eens geeft hetzelfde antwoord en legt niets opnieuw vast.")
  @APIResponse(
      responseCode = "200",
      description = "Vastgelegd: wat nieuw, gecorrigeerd en gelijk is")
  @APIResponse(responseCode = "400", description = "Niets vastgelegd: de fouten per meting en veld")
  @APIResponse(
      responseCode = "422",
      description = "Deze Idempotency-Key hoorde bij een andere aanlevering")
  public Response deliver(
      @PathParam("id") Long id,
      @Parameter(description = "Een unieke sleutel per aanlevering, ten hoogste 100 tekens")
          @HeaderParam(IDEMPOTENCY_KEY)
          String key,
      JsonObject body) {
    if (key == null || key.isBlank() || key.length() > Delivery.KEY_LENGTH) {
      throw ApiProblem.invalid(IDEMPOTENCY_KEY, "api.invalid.idempotencyKey", Delivery.KEY_LENGTH);
    }
    if (body == null
        || !body.containsKey("metingen")
        || body.get("metingen").getValueType() != JsonValue.ValueType.ARRAY) {
      throw ApiProblem.invalid("metingen", "api.invalid.measurements");
    }
    JsonArray rows = body.getJsonArray("metingen");
    byte[] csv = csv(rows);
    String hash = sha256(body.toString().getBytes(StandardCharsets.UTF_8));
    Optional<Delivery> earlier = delivery.earlier(key);
    if (earlier.isPresent()) {
      if (!earlier.get().sameRequest(id, hash)) {
        throw ApiProblem.of(422, "api.problem.idempotencyMismatch");
      }
      return Response.ok(earlier.get().getAnswer(), MediaType.APPLICATION_JSON)
          .header("Idempotent-Replayed", "true")
          .build();
    }
    MeasurementImportResult result =
        delivery.deliver(id, key, hash, csv, r -> JSON.toJson(answer(id, r.recorded())));
    if (!result.succeeded()) {
      List<Problem.InvalidParam> fields = new ArrayList<>();
      for (ImportError error : result.result().errors()) {
        fields.add(new Problem.InvalidParam(name(error), reason(error)));
      }
      throw new ApiProblem(Problems.invalid(null, fields));
    }
    return Response.ok(JSON.toJson(answer(id, result.recorded())), MediaType.APPLICATION_JSON)
        .build();
  }

  private static Map<String, Object> answer(Long id, RecordResult recorded) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(
        "_links", Map.of("metingen", Representations.href("/overeenkomsten/" + id + "/metingen")));
    answer.put("toegevoegd", recorded.added());
    answer.put("gecorrigeerd", recorded.corrected());
    answer.put("ongewijzigd", recorded.unchanged());
    answer.put("escalatiesGestart", recorded.escalated());
    answer.put("zonderEscalatieladder", recorded.withoutLadder());
    return answer;
  }

  /**
   * The field of an import error as the request has it: the CSV row n (the header being row 1) is
   * measurement n-2 of the batch.
   */
  static String name(ImportError error) {
    if (error.row() < 2) {
      return "metingen";
    }
    String item = "metingen[" + (error.row() - 2) + "]";
    return error.column() == null ? item : item + "." + error.column();
  }

  private static String reason(ImportError error) {
    return MessageBundle.text(MessageBundle.DUTCH, error.messageKey(), error.argumentArray());
  }

  /**
   * The batch as the CSV file of the import: a header with the fields, one row per measurement,
   * every cell quoted. A field that is not text, or not one of the import's, is refused.
   */
  static byte[] csv(JsonArray rows) {
    StringBuilder csv = new StringBuilder(String.join(";", FIELDS)).append("\r\n");
    List<Problem.InvalidParam> wrong = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonValue row = rows.get(i);
      if (row.getValueType() != JsonValue.ValueType.OBJECT) {
        wrong.add(param("metingen[" + i + "]", "api.invalid.measurement"));
        continue;
      }
      JsonObject measurement = row.asJsonObject();
      for (String field : measurement.keySet()) {
        if (!FIELDS.contains(field)) {
          wrong.add(param("metingen[" + i + "]." + field, "api.invalid.unknownField"));
        }
      }
      List<String> cells = new ArrayList<>();
      for (String field : FIELDS) {
        JsonValue value = measurement.get(field);
        String text;
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
          text = "";
        } else if (value.getValueType() == JsonValue.ValueType.STRING) {
          text = measurement.getString(field);
        } else {
          wrong.add(param("metingen[" + i + "]." + field, "api.invalid.text"));
          text = "";
        }
        cells.add('"' + text.replace("\"", "\"\"") + '"');
      }
      csv.append(String.join(";", cells)).append("\r\n");
    }
    if (!wrong.isEmpty()) {
      throw new ApiProblem(Problems.invalid(null, wrong));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Problem.InvalidParam param(String name, String key) {
    return new Problem.InvalidParam(name, MessageBundle.text(MessageBundle.DUTCH, key));
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
