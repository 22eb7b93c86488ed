/**
 * Positioning decisions (issue 17, seed 002 "Sturing en Positionering Toegang"): a question with
 * its principles in named groups and their weights, the options (a party in the register or a
 * prospective one, a steering model and the quadrant it implies, the role division between the
 * municipality and the partner, risks), the weighing with its consistency checks, the decision that
 * creates or updates the party and sets its target quadrant and steering model, the planning, and
 * the advice printed and published like a governance overview.
 *
 * <p>{@code entity}: the question aggregate and the plain-Java rules ({@code Weighing}, {@code
 * Consistency}); {@code control}: the advice's data, template (Thymeleaf) and chart; {@code
 * boundary}: {@code PositioningService} and {@code AdviceService} (regisseur edits, raadslid reads
 * published advice; tenant-scoped); {@code web}: the pages and the document servlet. Uses register,
 * roles, quadrants and overviews (the PDF pipeline); the attention component uses it.
 */
package nl.verbonden.positioning;
