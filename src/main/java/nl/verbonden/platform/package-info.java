/**
 * Start-up and operations, on top of everything: schema migrations ({@code migration}, Liquibase),
 * the demo data ({@code demo}), the first beheerder ({@code accounts}) and the health checks
 * ({@code health}). Split by task, not by layer; has no pages.
 *
 * <p>May use: every component. No component uses it.
 */
package nl.verbonden.platform;
