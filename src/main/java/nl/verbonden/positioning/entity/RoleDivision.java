package nl.verbonden.positioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Who holds each of the six roles in an option: gemeente, partner, beide or niemand. A role not
 * filled in is niemand.
 */
@Embeddable
public class RoleDivision implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_opdrachtgever", nullable = false, length = 10)
  private RoleHolder opdrachtgever = RoleHolder.NIEMAND;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_financier", nullable = false, length = 10)
  private RoleHolder financier = RoleHolder.NIEMAND;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_eigenaar", nullable = false, length = 10)
  private RoleHolder eigenaar = RoleHolder.NIEMAND;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_werkgever", nullable = false, length = 10)
  private RoleHolder werkgever = RoleHolder.NIEMAND;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_opdrachtnemer", nullable = false, length = 10)
  private RoleHolder opdrachtnemer = RoleHolder.NIEMAND;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_uitvoerder", nullable = false, length = 10)
  private RoleHolder uitvoerder = RoleHolder.NIEMAND;

  public RoleDivision() {}

  /** A division from a map; a role the map lacks (or maps to null) is niemand. */
  public static RoleDivision of(Map<PartnerRole, RoleHolder> holders) {
    RoleDivision d = new RoleDivision();
    holders.forEach(d::set);
    return d;
  }

  public RoleHolder holder(PartnerRole role) {
    return switch (role) {
      case OPDRACHTGEVER -> opdrachtgever;
      case FINANCIER -> financier;
      case EIGENAAR -> eigenaar;
      case WERKGEVER -> werkgever;
      case OPDRACHTNEMER -> opdrachtnemer;
      case UITVOERDER -> uitvoerder;
    };
  }

  public void set(PartnerRole role, RoleHolder holder) {
    RoleHolder h = holder == null ? RoleHolder.NIEMAND : holder;
    switch (role) {
      case OPDRACHTGEVER -> opdrachtgever = h;
      case FINANCIER -> financier = h;
      case EIGENAAR -> eigenaar = h;
      case WERKGEVER -> werkgever = h;
      case OPDRACHTNEMER -> opdrachtnemer = h;
      case UITVOERDER -> uitvoerder = h;
    }
  }

  /** Every role with its holder, in the order of {@link PartnerRole}. */
  public Map<PartnerRole, RoleHolder> asMap() {
    Map<PartnerRole, RoleHolder> map = new EnumMap<>(PartnerRole.class);
    for (PartnerRole r : PartnerRole.values()) {
      map.put(r, holder(r));
    }
    return map;
  }

  /** Whether the partner holds any role (alone or with the municipality). */
  public boolean partnerInvolved() {
    return asMap().values().stream().anyMatch(RoleHolder::partner);
  }
}
