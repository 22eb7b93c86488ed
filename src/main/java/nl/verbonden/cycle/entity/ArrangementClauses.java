package nl.verbonden.cycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * What a joint arrangement's regeling says on the provisions the Wgr requires since 1 July 2022
 * ({@link WgrClause}): per provision where it is covered (an article, or the amendment that added
 * it), and beside them the informatieprotocol and the members of a gemeenschappelijke
 * adviescommissie, when the regeling has them. One per party.
 */
@Entity
@Table(name = "arrangement_clauses")
@NamedQuery(name = ArrangementClauses.ALL, query = "select c from ArrangementClauses c")
@NamedQuery(
    name = ArrangementClauses.OF_PARTY,
    query = "select c from ArrangementClauses c where c.party.id = :party")
public class ArrangementClauses extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "ArrangementClauses.all";
  public static final String OF_PARTY = "ArrangementClauses.ofParty";

  /** The longest reference to where a provision is covered. */
  public static final int WHERE_LENGTH = 200;

  /** The longest list of adviescommissie members. */
  public static final int MEMBERS_LENGTH = 1000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false, updatable = false)
  private Party party;

  @Column(name = "zienswijze_besluiten", length = WHERE_LENGTH)
  private String zienswijzeBesluiten;

  @Column(name = "burgerparticipatie", length = WHERE_LENGTH)
  private String burgerparticipatie;

  @Column(name = "evaluatie", length = WHERE_LENGTH)
  private String evaluatie;

  @Column(name = "uittreding", length = WHERE_LENGTH)
  private String uittreding;

  @Column(name = "amended_on")
  private LocalDate amendedOn;

  @Column(name = "informatieprotocol", length = WHERE_LENGTH)
  private String informatieprotocol;

  @Column(name = "adviescommissie", length = MEMBERS_LENGTH)
  private String adviescommissie;

  protected ArrangementClauses() {}

  public ArrangementClauses(Party party) {
    this.party = party;
  }

  /**
   * Takes over what the regisseur recorded.
   *
   * @throws DomainException at the field that is too long, or when the amendment is after today
   */
  public void record(
      Map<WgrClause, String> where,
      LocalDate amendedOn,
      String informatieprotocol,
      String adviescommissie,
      LocalDate today) {
    for (WgrClause clause : WgrClause.values()) {
      check(where.get(clause), WHERE_LENGTH, field(clause));
    }
    check(informatieprotocol, WHERE_LENGTH, "informatieprotocol");
    check(adviescommissie, MEMBERS_LENGTH, "adviescommissie");
    if (amendedOn != null && amendedOn.isAfter(today)) {
      throw new DomainException("clauses.amended.future", "gewijzigdOp");
    }
    this.zienswijzeBesluiten = text(where.get(WgrClause.ZIENSWIJZE_BESLUITEN));
    this.burgerparticipatie = text(where.get(WgrClause.BURGERPARTICIPATIE));
    this.evaluatie = text(where.get(WgrClause.EVALUATIE));
    this.uittreding = text(where.get(WgrClause.UITTREDING));
    this.amendedOn = amendedOn;
    this.informatieprotocol = text(informatieprotocol);
    this.adviescommissie = text(adviescommissie);
  }

  /** The id of the field where a provision's reference is entered. */
  public static String field(WgrClause clause) {
    return "bepaling-" + clause.name();
  }

  /** Where each provision is covered; a provision that is not covered is absent. */
  public Map<WgrClause, String> where() {
    Map<WgrClause, String> where = new EnumMap<>(WgrClause.class);
    put(where, WgrClause.ZIENSWIJZE_BESLUITEN, zienswijzeBesluiten);
    put(where, WgrClause.BURGERPARTICIPATIE, burgerparticipatie);
    put(where, WgrClause.EVALUATIE, evaluatie);
    put(where, WgrClause.UITTREDING, uittreding);
    return where;
  }

  /** The provisions the regeling does not cover (as far as recorded), in the law's order. */
  public List<WgrClause> missing() {
    return missing(where());
  }

  /** The provisions absent from {@code where}; all of them for a regeling nobody checked. */
  public static List<WgrClause> missing(Map<WgrClause, String> where) {
    List<WgrClause> missing = new ArrayList<>();
    for (WgrClause clause : WgrClause.values()) {
      if (where == null || where.get(clause) == null) {
        missing.add(clause);
      }
    }
    return missing;
  }

  public Party getParty() {
    return party;
  }

  public Long getPartyId() {
    return party.getId();
  }

  public LocalDate getAmendedOn() {
    return amendedOn;
  }

  public String getInformatieprotocol() {
    return informatieprotocol;
  }

  public String getAdviescommissie() {
    return adviescommissie;
  }

  private static void put(Map<WgrClause, String> where, WgrClause clause, String value) {
    if (value != null) {
      where.put(clause, value);
    }
  }

  private static void check(String value, int length, String field) {
    if (value != null && value.strip().length() > length) {
      throw new DomainException("validation.tooLong", field, length);
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
