package nl.verbonden.overviews.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;

/**
 * The overview's data as canonical JSON and back: properties in alphabetical order, so that the
 * same data always give the same text and hash the same. A published version keeps this text as
 * published; reading it back gives the data the version was made from, whatever the register holds
 * today (for the page that shows the version, the comparison and the open data).
 */
public final class OverviewJson {

  private OverviewJson() {}

  /** The data as canonical JSON. */
  public static String write(OverviewData data) {
    try (Jsonb jsonb = jsonb()) {
      return jsonb.toJson(data);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot write the overview's data as JSON", e);
    }
  }

  /** The data of a published version, read from its frozen JSON. */
  public static OverviewData read(String json) {
    try (Jsonb jsonb = jsonb()) {
      return jsonb.fromJson(json, OverviewData.class);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the overview's data from JSON", e);
    }
  }

  private static Jsonb jsonb() {
    return JsonbBuilder.create(
        new JsonbConfig().withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));
  }
}
