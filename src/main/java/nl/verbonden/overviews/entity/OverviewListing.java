package nl.verbonden.overviews.entity;

import java.io.Serializable;
import java.time.Instant;

/** A published overview as the list and the check page show it, without its PDF and data. */
public record OverviewListing(
    Long id,
    int year,
    int versionNumber,
    String publishedBy,
    Instant publishedAt,
    String pdfSha256,
    String dataSha256,
    Integer replacesVersion,
    String replacementNote)
    implements Serializable {}
