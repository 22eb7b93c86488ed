package nl.verbonden.reminders.boundary;

import java.io.Serializable;
import nl.verbonden.reminders.entity.DigestFrequency;
import nl.verbonden.tenancy.entity.AppRole;

/** A person who chose a digest, as the reminder run reads them: one query for everyone. */
public record Recipient(
    Long accountId,
    String loginName,
    String name,
    String email,
    AppRole role,
    String tenantCode,
    String tenantName,
    DigestFrequency frequency,
    int horizonDays,
    String language)
    implements Serializable {}
