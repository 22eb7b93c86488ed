/**
 * The quadrant matrix: each relation's position per year ({@code RelationPosition}), the plain-Java
 * {@code Quadrant}, {@code SteeringModel}, {@code PositionFormula} and the {@code Position} value
 * ({@code entity}); the server-side image ({@code control}); {@code QuadrantService} ({@code
 * boundary}); the chart, position page and image servlet ({@code web}).
 *
 * <p>May use: {@code shared}, {@code tenancy}, {@code register}, {@code roles}, {@code agreements}.
 */
package nl.verbonden.quadrants;
