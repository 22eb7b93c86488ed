package nl.verbonden.roles.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import nl.verbonden.roles.entity.RolePlan;

/**
 * A walkthrough's answers as JSON, for its draft; JSON-B with the bean properties of {@link
 * RolePlan}.
 */
public final class RolePlanJson {

  private RolePlanJson() {}

  public static String write(RolePlan plan) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(plan);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot write a role plan as JSON", e);
    }
  }

  /** The plan in the JSON; every role has an answer, also when the JSON came from an older form. */
  public static RolePlan read(String json) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      RolePlan plan = jsonb.fromJson(json, RolePlan.class);
      for (nl.verbonden.roles.entity.MunicipalRole role :
          nl.verbonden.roles.entity.MunicipalRole.values()) {
        plan.answer(role);
      }
      return plan;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read a role plan from JSON", e);
    }
  }
}
