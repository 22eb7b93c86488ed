/**
 * What needs attention: the start page's list per role, gathered from every other component's
 * services ({@code AttentionService}), as plain items ({@code entity}) that the page shows with
 * their counts and links.
 *
 * <p>May use: every component below it ({@code shared} up to {@code overviews}).
 */
package nl.verbonden.attention;
