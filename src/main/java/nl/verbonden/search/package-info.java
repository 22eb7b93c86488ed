/**
 * The header's search across everything of the caller's municipality: {@code SearchService} asks
 * every {@code shared.control.SearchProvider} that the other components contribute (parties with
 * their former names, KvK and RSIN; people and offices; agreements and indicators; zienswijzen) and
 * groups their hits by kind for the results page. A new kind is one provider class in its own
 * component; this component does not change (decision 0026).
 *
 * <p>May use: every component below it ({@code shared} up to {@code attention}).
 */
package nl.verbonden.search;
