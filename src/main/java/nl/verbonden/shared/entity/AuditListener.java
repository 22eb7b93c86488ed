package nl.verbonden.shared.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/** Fills the audit columns of {@link AuditedEntity} from the caller of the current request. */
public class AuditListener {

  /** Who changed a row when no person did: start-up migrations and the demo data. */
  public static final String SYSTEM = "systeem";

  @PrePersist
  void onCreate(AuditedEntity entity) {
    entity.markCreated(currentCaller(), now());
  }

  @PreUpdate
  void onUpdate(AuditedEntity entity) {
    entity.markUpdated(currentCaller(), now());
  }

  /**
   * Now, to the microsecond: PostgreSQL keeps timestamps to the microsecond, so an entity just
   * saved and the same row read back carry the same moment.
   */
  private static Instant now() {
    return Instant.now(clock()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** The application's one clock (shared.control.ApplicationClock). */
  private static Clock clock() {
    return CDI.current().select(Clock.class).get();
  }

  private static String currentCaller() {
    try {
      Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException outsideContainer) {
      return SYSTEM;
    }
  }
}
