package nl.verbonden.roles.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.verbonden.roles.entity.RolePlan;

/**
 * A walkthrough left halfway: the answers so far, the step, the saved version it started from, and
 * when.
 */
public record WalkthroughDraft(RolePlan plan, String step, long baseVersion, Instant keptAt)
    implements Serializable {}
