package nl.verbonden.roles.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.shared.entity.DomainException;

/**
 * The role model of one party as a person fills it in: an answer per role, the regisseur, the
 * escalation ladder, the party's management and, when the client/owner conflict is accepted, its
 * justification. The walkthrough edits it step by step and keeps it as a draft; the service checks
 * it whole and saves it at once. Holders are office ids, resolved against the tenant's offices when
 * checked. Plain Java with bean properties, for forms and JSON.
 */
public class RolePlan implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_TEXT = 2000;
  public static final int MAX_NAME = 200;
  public static final int MAX_LEVELS = 6;
  public static final int MAX_DAYS = 365;

  private List<Answer> answers = new ArrayList<>();
  private Long regisseurOfficeId;
  private List<Step> ladder = new ArrayList<>();
  private String justification;
  private String partyDirector;
  private String partyChair;

  /** A plan with every role still to be answered and no ladder. */
  public static RolePlan empty() {
    RolePlan plan = new RolePlan();
    for (MunicipalRole role : MunicipalRole.values()) {
      Answer answer = new Answer();
      answer.setRole(role);
      plan.answers.add(answer);
    }
    return plan;
  }

  /**
   * The saved role model of a party as a plan to review or to start a new walkthrough from; null
   * when it was never walked through (no assignments and no governance).
   */
  public static RolePlan of(
      java.util.Collection<RoleAssignment> assignments, PartyGovernance governance) {
    if (assignments.isEmpty() && governance == null) {
      return null;
    }
    RolePlan plan = empty();
    for (RoleAssignment saved : assignments) {
      Answer answer = plan.answer(saved.getRole());
      answer.setHeld(saved.isHeld());
      answer.setBestuurlijkOfficeId(
          saved.getBestuurlijk() == null ? null : saved.getBestuurlijk().getId());
      answer.setAmbtelijkOfficeId(
          saved.getAmbtelijk() == null ? null : saved.getAmbtelijk().getId());
      answer.setReason(saved.getReason());
    }
    if (governance != null) {
      plan.regisseurOfficeId =
          governance.getRegisseur() == null ? null : governance.getRegisseur().getId();
      plan.ladder = new ArrayList<>(governance.ladderSteps());
      plan.justification = governance.getConflictJustification();
      plan.partyDirector = governance.getPartyDirector();
      plan.partyChair = governance.getPartyChair();
    }
    return plan;
  }

  /** The answer for a role; a plan read from JSON gets a missing one added. */
  public Answer answer(MunicipalRole role) {
    for (Answer answer : answers) {
      if (answer.getRole() == role) {
        return answer;
      }
    }
    Answer added = new Answer();
    added.setRole(role);
    answers.add(added);
    return added;
  }

  /**
   * Whether the same person holds opdrachtgever and eigenaar bestuurlijk: a conflict of interest
   * (the client wants more for less, the owner a healthy organisation).
   */
  public boolean hasConflict(Map<Long, Office> offices) {
    Office client = holder(answer(MunicipalRole.OPDRACHTGEVER), RoleLevel.BESTUURLIJK, offices);
    Office owner = holder(answer(MunicipalRole.EIGENAAR), RoleLevel.BESTUURLIJK, offices);
    return client != null && owner != null && client.getPerson().equals(owner.getPerson());
  }

  /**
   * The office holding a role at a level, or null when the role is not held or has no holder there.
   */
  public static Office holder(Answer answer, RoleLevel level, Map<Long, Office> offices) {
    if (!Boolean.TRUE.equals(answer.getHeld())) {
      return null;
    }
    Long id =
        level == RoleLevel.BESTUURLIJK
            ? answer.getBestuurlijkOfficeId()
            : answer.getAmbtelijkOfficeId();
    return id == null ? null : offices.get(id);
  }

  /**
   * Checks one role's answer, as the walkthrough does before it moves to the next step.
   *
   * @throws DomainException at the field that is wrong: the role unanswered, a role not held
   *     without reason, a holder that is not an office of this municipality or of the wrong level,
   *     a text that is too long
   */
  public void checkAnswer(MunicipalRole role, Map<Long, Office> offices) {
    Answer answer = answer(role);
    String suffix = "_" + role.name();
    if (answer.getHeld() == null) {
      throw new DomainException("verbonden.roles.unanswered", "houdt" + suffix);
    }
    if (answer.getHeld()) {
      checkHolder(
          answer.getBestuurlijkOfficeId(), RoleLevel.BESTUURLIJK, "bestuurlijk" + suffix, offices);
      checkHolder(
          answer.getAmbtelijkOfficeId(), RoleLevel.AMBTELIJK, "ambtelijk" + suffix, offices);
    } else {
      String reason = clean(answer.getReason());
      if (reason == null) {
        throw new DomainException("verbonden.roles.reasonRequired", "reden" + suffix);
      }
      tooLong(reason, MAX_TEXT, "reden" + suffix);
    }
  }

  /**
   * Checks the regisseur, the party's management and the ladder, as the walkthrough does before the
   * review.
   *
   * @throws DomainException when the regisseur is not a civil servant of this municipality, a level
   *     misses a part, a number of days lies outside 1–365, there are more than six levels, or a
   *     text is too long
   */
  public void checkGovernance(Map<Long, Office> offices) {
    checkHolder(regisseurOfficeId, RoleLevel.AMBTELIJK, "regisseur", offices);
    tooLong(partyDirector, MAX_NAME, "directie");
    tooLong(partyChair, MAX_NAME, "voorzitter");
    if (ladder.size() > MAX_LEVELS) {
      throw new DomainException("verbonden.ladder.tooMany", null, MAX_LEVELS);
    }
    int position = 1;
    for (Step step : ladder) {
      if (clean(step.getName()) == null
          || clean(step.getOurSide()) == null
          || clean(step.getTheirSide()) == null) {
        throw new DomainException("verbonden.ladder.incomplete", null, position);
      }
      if (step.getWithinDays() == null
          || step.getWithinDays() < 1
          || step.getWithinDays() > MAX_DAYS) {
        throw new DomainException("verbonden.ladder.days", null, position, MAX_DAYS);
      }
      if (step.getName().strip().length() > MAX_NAME
          || step.getOurSide().strip().length() > MAX_NAME
          || step.getTheirSide().strip().length() > MAX_NAME) {
        throw new DomainException("verbonden.ladder.tooLong", null, position, MAX_NAME);
      }
      position++;
    }
  }

  /**
   * Checks the whole plan before it is saved: every role answered and right, the governance right,
   * and a conflict justified in writing.
   *
   * @throws DomainException on the first thing that is wrong
   */
  public void checkComplete(Map<Long, Office> offices) {
    for (MunicipalRole role : MunicipalRole.values()) {
      checkAnswer(role, offices);
    }
    checkGovernance(offices);
    checkJustification(offices);
  }

  /**
   * @throws DomainException at field {@code rechtvaardiging} when there is a conflict without a
   *     written justification
   */
  public void checkJustification(Map<Long, Office> offices) {
    if (hasConflict(offices) && clean(justification) == null) {
      throw new DomainException("verbonden.roles.conflict.justify", "rechtvaardiging");
    }
    tooLong(justification, MAX_TEXT, "rechtvaardiging");
  }

  /**
   * Strips every text and forgets holders of roles that are not held and the reasons of roles that
   * are.
   */
  public RolePlan normalised() {
    for (Answer answer : answers) {
      answer.setReason(Boolean.FALSE.equals(answer.getHeld()) ? clean(answer.getReason()) : null);
      if (!Boolean.TRUE.equals(answer.getHeld())) {
        answer.setBestuurlijkOfficeId(null);
        answer.setAmbtelijkOfficeId(null);
      }
    }
    for (Step step : ladder) {
      step.setName(clean(step.getName()));
      step.setOurSide(clean(step.getOurSide()));
      step.setTheirSide(clean(step.getTheirSide()));
    }
    justification = clean(justification);
    partyDirector = clean(partyDirector);
    partyChair = clean(partyChair);
    return this;
  }

  /**
   * The ladder most municipalities start from, to adapt: three levels from the work floor up to the
   * board of a joint arrangement.
   */
  public void useExampleLadder() {
    useExampleLadder(LegalForm.GR_OPENBAAR_LICHAAM);
  }

  /**
   * The example ladder for a party of this legal form: three levels from the work floor up to the
   * body that answers for the party at the top (the daily board of a joint arrangement, the
   * supervisory board of a company or foundation, the board of an association).
   */
  public void useExampleLadder(LegalForm form) {
    ladder.clear();
    ladder.add(new Step("Contactpersonen", "Accountmanager", "Teamleider partij", 10));
    ladder.add(new Step("Regisseur en directie", "Regisseur", "Directeur partij", 20));
    ladder.add(new Step("Bestuurlijk", "Portefeuillehouder", topOf(form), 30));
  }

  /** Who answers for a party of this legal form at the top of the ladder. */
  static String topOf(LegalForm form) {
    if (form == null) {
      return "Voorzitter van het bestuur";
    }
    return switch (form) {
      case GR_OPENBAAR_LICHAAM, GR_REGELING_ZONDER_MEER -> "Voorzitter dagelijks bestuur";
      case GR_BEDRIJFSVOERINGSORGANISATIE -> "Voorzitter bestuur";
      case GR_GEMEENSCHAPPELIJK_ORGAAN -> "Voorzitter gemeenschappelijk orgaan";
      case GR_CENTRUMREGELING -> "Portefeuillehouder centrumgemeente";
      case NV, BV -> "Voorzitter raad van commissarissen";
      case STICHTING -> "Voorzitter raad van toezicht";
      case COOPERATIE, VERENIGING -> "Voorzitter bestuur";
      case OVERIG -> "Voorzitter van het bestuur";
    };
  }

  public void addLevel() {
    if (ladder.size() >= MAX_LEVELS) {
      throw new DomainException("verbonden.ladder.tooMany", null, MAX_LEVELS);
    }
    ladder.add(new Step());
  }

  public void removeLevel(int index) {
    if (index >= 0 && index < ladder.size()) {
      ladder.remove(index);
    }
  }

  private static void checkHolder(
      Long officeId, RoleLevel level, String field, Map<Long, Office> offices) {
    if (officeId == null) {
      return;
    }
    Office office = offices.get(officeId);
    if (office == null) {
      throw new DomainException("verbonden.roles.unknownOffice", field);
    }
    if (office.level() != level) {
      throw new DomainException(
          level == RoleLevel.BESTUURLIJK
              ? "verbonden.roles.notBestuurlijk"
              : "verbonden.roles.notAmbtelijk",
          field,
          office.label());
    }
  }

  private static void tooLong(String text, int max, String field) {
    if (text != null && text.strip().length() > max) {
      throw new DomainException("validation.tooLong", field, max);
    }
  }

  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<Answer> getAnswers() {
    return answers;
  }

  public void setAnswers(List<Answer> answers) {
    this.answers = answers == null ? new ArrayList<>() : new ArrayList<>(answers);
  }

  public Long getRegisseurOfficeId() {
    return regisseurOfficeId;
  }

  public void setRegisseurOfficeId(Long regisseurOfficeId) {
    this.regisseurOfficeId = regisseurOfficeId;
  }

  public List<Step> getLadder() {
    return ladder;
  }

  public void setLadder(List<Step> ladder) {
    this.ladder = ladder == null ? new ArrayList<>() : new ArrayList<>(ladder);
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public String getPartyDirector() {
    return partyDirector;
  }

  public void setPartyDirector(String partyDirector) {
    this.partyDirector = partyDirector;
  }

  public String getPartyChair() {
    return partyChair;
  }

  public void setPartyChair(String partyChair) {
    this.partyChair = partyChair;
  }

  /** The answer for one role: held or not (null: not answered yet), by whom, or why not. */
  public static class Answer implements Serializable {

    private static final long serialVersionUID = 1L;

    private MunicipalRole role;
    private Boolean held;
    private Long bestuurlijkOfficeId;
    private Long ambtelijkOfficeId;
    private String reason;

    public MunicipalRole getRole() {
      return role;
    }

    public void setRole(MunicipalRole role) {
      this.role = role;
    }

    public Boolean getHeld() {
      return held;
    }

    public void setHeld(Boolean held) {
      this.held = held;
    }

    public Long getBestuurlijkOfficeId() {
      return bestuurlijkOfficeId;
    }

    public void setBestuurlijkOfficeId(Long bestuurlijkOfficeId) {
      this.bestuurlijkOfficeId = bestuurlijkOfficeId;
    }

    public Long getAmbtelijkOfficeId() {
      return ambtelijkOfficeId;
    }

    public void setAmbtelijkOfficeId(Long ambtelijkOfficeId) {
      this.ambtelijkOfficeId = ambtelijkOfficeId;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  /** One level of the escalation ladder as filled in. */
  public static class Step implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String ourSide;
    private String theirSide;
    private Integer withinDays;

    public Step() {}

    public Step(String name, String ourSide, String theirSide, Integer withinDays) {
      this.name = name;
      this.ourSide = ourSide;
      this.theirSide = theirSide;
      this.withinDays = withinDays;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getOurSide() {
      return ourSide;
    }

    public void setOurSide(String ourSide) {
      this.ourSide = ourSide;
    }

    public String getTheirSide() {
      return theirSide;
    }

    public void setTheirSide(String theirSide) {
      this.theirSide = theirSide;
    }

    public Integer getWithinDays() {
      return withinDays;
    }

    public void setWithinDays(Integer withinDays) {
      this.withinDays = withinDays;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Step s
          && Objects.equals(name, s.name)
          && Objects.equals(ourSide, s.ourSide)
          && Objects.equals(theirSide, s.theirSide)
          && Objects.equals(withinDays, s.withinDays);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, ourSide, theirSide, withinDays);
    }
  }
}
