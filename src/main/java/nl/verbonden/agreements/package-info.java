/**
 * Service-level agreements (DVO's): agreements, indicators, measurements with corrections,
 * escalations along the ladder; the plain-Java {@code Period}, {@code TrafficLight} and {@code
 * EscalationRule} ({@code entity}); the measurement import and queries ({@code control}); the
 * services ({@code boundary}); the dashboard, agreement pages and trend charts ({@code web}).
 *
 * <p>May use: {@code shared}, {@code tenancy}, {@code register}, {@code roles} (the escalation
 * ladder).
 */
package nl.verbonden.agreements;
