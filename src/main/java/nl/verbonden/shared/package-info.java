/**
 * What every component uses, and nothing that knows a component: the base entities ({@code
 * AuditedEntity}, {@code TenantOwnedEntity}) and the domain exceptions ({@code entity}); the one
 * clock, the message bundle, the CSV reader, the decimal reader and the entity helpers ({@code
 * control}); import results ({@code boundary}); the exception handler, messages and language choice
 * ({@code web}).
 *
 * <p>May use: nothing of Verbonden. Lowest in the component graph: {@code shared → tenancy →
 * register → roles → agreements → quadrants → overviews → platform} (docs/architecture.md; {@code
 * ArchitectureTest} keeps it).
 */
package nl.verbonden.shared;
