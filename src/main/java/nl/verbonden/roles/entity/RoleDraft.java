package nl.verbonden.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A walkthrough someone left halfway: the answers so far (a {@link RolePlan} as JSON) and the step
 * they were at, per party and person. It is never read as the role model; only saving the last step
 * writes that, and removes the draft.
 */
@Entity
@Table(name = "role_draft")
@NamedQuery(
    name = RoleDraft.OF,
    query = "select d from RoleDraft d where d.partyId = :party and d.username = :username")
public class RoleDraft extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF = "RoleDraft.of";

  @Column(name = "party_id", nullable = false, updatable = false)
  private Long partyId;

  @Column(name = "username", nullable = false, updatable = false, length = 100)
  private String username;

  @Column(name = "step", nullable = false, length = 40)
  private String step;

  /**
   * The version of the party's saved role model the walkthrough started from, or -1 when there was
   * none.
   */
  @Column(name = "base_version", nullable = false)
  private long baseVersion;

  @Lob
  @Column(name = "plan_json", nullable = false)
  private String planJson;

  protected RoleDraft() {}

  public RoleDraft(Long partyId, String username) {
    this.partyId = partyId;
    this.username = username;
  }

  public void keep(String step, long baseVersion, String planJson) {
    this.step = step;
    this.baseVersion = baseVersion;
    this.planJson = planJson;
  }

  public Long getPartyId() {
    return partyId;
  }

  public String getUsername() {
    return username;
  }

  public String getStep() {
    return step;
  }

  public long getBaseVersion() {
    return baseVersion;
  }

  public String getPlanJson() {
    return planJson;
  }
}
