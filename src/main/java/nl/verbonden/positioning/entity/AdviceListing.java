package nl.verbonden.positioning.entity;

import java.io.Serializable;
import java.time.Instant;

/** A published advice as the lists show it. */
public record AdviceListing(
    Long id,
    Long questionId,
    String title,
    int version,
    String publishedBy,
    Instant publishedAt,
    String pdfSha256)
    implements Serializable {}
