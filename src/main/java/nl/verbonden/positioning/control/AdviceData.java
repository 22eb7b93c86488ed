package nl.verbonden.positioning.control;

import java.util.List;

/**
 * Everything a positioning advice prints, frozen at generation: Dutch texts and numbers, no
 * entities. Published as JSON with its SHA-256, as a governance overview is.
 */
public record AdviceData(
    String tenantCode,
    String municipality,
    String generatedOn,
    String task,
    String question,
    String introduction,
    String steeringGroup,
    String status,
    String startedOn,
    List<PrincipleGroup> principles,
    List<String> principleNames,
    List<OptionEntry> options,
    Decision decision,
    List<MilestoneRow> planning) {

  public record PrincipleGroup(String name, List<PrincipleRow> principles) {}

  public record PrincipleRow(String name, String explanation, int weight) {}

  /**
   * One option with its party, steering model, the quadrant it implies, its role division, risks,
   * its scores (in the order of {@code principleNames}: sign and argument), the weighted result,
   * its rank and what does not fit.
   */
  public record OptionEntry(
      String title,
      String description,
      String party,
      String model,
      String quadrant,
      List<RoleRow> roles,
      String risks,
      List<ScoreCell> scores,
      int total,
      int percent,
      int rank,
      List<String> findings,
      boolean chosen,
      String rejectedReason) {}

  public record RoleRow(String role, String holder) {}

  public record ScoreCell(String sign, String argument) {}

  /** The decision, or null while the question is open. */
  public record Decision(
      String option,
      String party,
      String model,
      String quadrant,
      String rationale,
      String decidedBy,
      String decidedOn) {}

  public record MilestoneRow(String what, String when, String status) {}
}
