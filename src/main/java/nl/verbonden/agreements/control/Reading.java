package nl.verbonden.agreements.control;

import java.io.Serializable;
import java.math.BigDecimal;

/** A value entered for an indicator in a period, with where it comes from and a comment. */
public record Reading(Long indicatorId, BigDecimal value, String source, String comment)
    implements Serializable {}
