package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.verbonden.platform.demo.DemoParticipants.Member;
import nl.verbonden.register.control.PartyCsvImport;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.RiskLevel;
import nl.verbonden.register.entity.RiskQuestion;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Reads a demo register from the files of one municipality under {@code demo/<folder>/}: the
 * parties from {@code partijen.csv}, in the format of the party import and through its checks
 * ({@link PartyCsvImport}); the participants of the joint arrangements from {@link
 * DemoParticipants}; and from files of their own the risk assessments ({@code risicos.csv}), the
 * figures ({@code jaarcijfers.csv}) and the relations ({@code relaties.csv}). Which arrangements a
 * municipality takes part in, and who else does, is public data of 2016; everything else is made up
 * (src/main/resources/demo/README.md). Nothing is random: the same day builds the same register.
 */
final class DemoRegisters {

  /**
   * One municipality's register, in the order it is saved: parties (participants cascade), figures,
   * relations.
   */
  record Register(List<Party> parties, List<YearFigures> figures, List<PartyRelation> relations) {

    Register {
      parties = List.copyOf(parties);
      figures = List.copyOf(figures);
      relations = List.copyOf(relations);
    }

    /** Everything to persist: the parties first, then what refers to them. */
    List<TenantOwnedEntity> entities() {
      List<TenantOwnedEntity> all = new ArrayList<>(parties);
      all.addAll(figures);
      all.addAll(relations);
      return all;
    }

    Optional<Party> party(String name) {
      return parties.stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    /**
     * The party of that name.
     *
     * @throws IllegalStateException when the register has none
     */
    Party require(String name) {
      return party(name)
          .orElseThrow(() -> new IllegalStateException("No demo party named " + name));
    }
  }

  private DemoRegisters() {}

  /**
   * The register of a municipality as it is on a day.
   *
   * @param folder the municipality's folder under {@code demo/}
   * @param municipality its name, as a participant of its joint arrangements
   * @throws IllegalStateException when a file is missing or does not read
   */
  static Register read(String folder, String municipality, LocalDate today) {
    DemoFile file = DemoFile.read(folder + "/partijen.csv", today);
    PartyCsvImport.Outcome outcome = PartyCsvImport.read(file.bytes(), Set.of());
    file.requireNoErrors(outcome.errors());
    List<Party> parties = outcome.parties();
    DemoParticipants participants = DemoParticipants.load();
    for (Party party : parties) {
      addParticipants(party, participants, municipality);
      party.checkAndDerive();
    }
    Register register = new Register(parties, List.of(), List.of());
    assess(register, DemoFile.read(folder + "/risicos.csv", today));
    return new Register(
        parties,
        figures(register, DemoFile.read(folder + "/jaarcijfers.csv", today)),
        relations(register, DemoFile.read(folder + "/relaties.csv", today)));
  }

  /**
   * One "party created" line of history per party, as the change the register writes; the parties
   * must have been saved, as a line needs its id.
   */
  static List<PartyChanged> history(List<Party> parties) {
    return parties.stream()
        .map(
            p ->
                PartyHistory.event(
                    Objects.requireNonNull(p.getId(), "party not saved"),
                    "history.created",
                    null,
                    null,
                    p.getName()))
        .toList();
  }

  /**
   * Adds the participants of an arrangement the participant files know; a cooperative's members
   * have one vote each.
   */
  private static void addParticipants(
      Party party, DemoParticipants participants, String municipality) {
    if (!participants.knows(party.getName())) {
      return;
    }
    boolean equalVotes = party.getLegalForm() == LegalForm.COOPERATIE;
    List<Member> members = participants.of(party.getName(), equalVotes);
    if (members.stream().noneMatch(m -> m.name().equals(municipality))) {
      throw new IllegalStateException(municipality + " does not take part in " + party.getName());
    }
    for (Member member : members) {
      party.addParticipant(member.name(), member.kind(), member.share());
    }
  }

  /** Columns: partij, beoordeeld_op, one per {@link RiskQuestion} (its code), toelichting. */
  private static void assess(Register register, DemoFile file) {
    for (CsvTable.Row row : file.rows()) {
      Map<RiskQuestion, RiskLevel> answers = new EnumMap<>(RiskQuestion.class);
      for (RiskQuestion question : RiskQuestion.values()) {
        answers.put(
            question, file.code(row, question.name().toLowerCase(Locale.ROOT), RiskLevel.class));
      }
      register
          .require(file.required(row, "partij"))
          .assessRisk(
              RiskAssessment.of(
                  answers, DemoFile.optional(row, "toelichting"), file.date(row, "beoordeeld_op")));
    }
  }

  /**
   * Columns: partij, jaar, soort, eigen_vermogen_begin/_eind, vreemd_vermogen_begin/_eind,
   * resultaat, bijdrage, belang_begin/_eind.
   */
  private static List<YearFigures> figures(Register register, DemoFile file) {
    List<YearFigures> figures = new ArrayList<>();
    for (CsvTable.Row row : file.rows()) {
      YearFigures f =
          new YearFigures(file.number(row, "jaar"), file.code(row, "soort", FigureKind.class));
      f.setEquityStart(file.amount(row, "eigen_vermogen_begin"));
      f.setEquityEnd(file.amount(row, "eigen_vermogen_eind"));
      f.setLiabilitiesStart(file.amount(row, "vreemd_vermogen_begin"));
      f.setLiabilitiesEnd(file.amount(row, "vreemd_vermogen_eind"));
      f.setResult(file.amount(row, "resultaat"));
      f.setContribution(file.amount(row, "bijdrage"));
      f.setInterestStart(file.amount(row, "belang_begin"));
      f.setInterestEnd(file.amount(row, "belang_eind"));
      f.belongTo(register.require(file.required(row, "partij")));
      figures.add(f);
    }
    return figures;
  }

  /** Columns: partij, soort ({@link RelationType}), verwante_partij, sinds, toelichting. */
  private static List<PartyRelation> relations(Register register, DemoFile file) {
    List<PartyRelation> relations = new ArrayList<>();
    for (CsvTable.Row row : file.rows()) {
      relations.add(
          new PartyRelation(
              register.require(file.required(row, "partij")),
              register.require(file.required(row, "verwante_partij")),
              file.code(row, "soort", RelationType.class),
              file.date(row, "sinds"),
              DemoFile.optional(row, "toelichting")));
    }
    return relations;
  }
}
