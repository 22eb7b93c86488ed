/**
 * Governance overviews for the council: the published, immutable versions ({@code entity}); the
 * frozen data, the document and its PDF ({@code control}); {@code OverviewSnapshot}, which reads
 * the other components' services, and {@code OverviewService} ({@code boundary}); the overviews
 * page and the document servlet ({@code web}).
 *
 * <p>May use: every component below it ({@code shared} up to {@code cycle}).
 */
package nl.verbonden.overviews;
