/**
 * The governance year: the planning-and-control cycle that the Wet gemeenschappelijke regelingen
 * (Wgr) imposes on every joint arrangement, computed as plain-Java rules ({@code WgrCalendar}, one
 * {@code WgrRule} per article), and the zienswijzen that councils give on it ({@code entity}).
 *
 * <p>May use: {@code shared}, {@code tenancy}, {@code register}, {@code roles}, {@code agreements},
 * {@code quadrants}.
 */
package nl.verbonden.cycle;
