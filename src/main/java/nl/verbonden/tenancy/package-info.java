/**
 * Municipalities (tenants) and user accounts: {@code Tenant}, {@code UserAccount}, {@code AppRole},
 * {@code CbsCode} ({@code entity}); the current {@code Caller}, the {@code TenantScope} interceptor
 * that binds a transaction to the caller's municipality, and {@code AccountRequired} ({@code
 * control}); the login throttle ({@code LoginThrottle}, {@code LoginGuard}) and the security event
 * log ({@code SecurityEvent}, {@code SecurityLog}); the beheerder's services ({@code boundary});
 * the account gate, login, logout and the Beheer pages ({@code web}).
 *
 * <p>May use: {@code shared}.
 */
package nl.verbonden.tenancy;
