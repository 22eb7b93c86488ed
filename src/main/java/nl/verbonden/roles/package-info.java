/**
 * The four-role model: people and their offices with terms, role assignments per party, governance
 * (regisseur, escalation ladder) and walkthrough drafts; the plain-Java {@code RolePlan} and {@code
 * RoleChecks} ({@code entity}); {@code RoleService} and {@code PeopleService} ({@code boundary});
 * the walkthrough, matrix, findings, people pages, and the roles tab of the party page ({@code
 * web}).
 *
 * <p>May use: {@code shared}, {@code tenancy}, {@code register}.
 */
package nl.verbonden.roles;
