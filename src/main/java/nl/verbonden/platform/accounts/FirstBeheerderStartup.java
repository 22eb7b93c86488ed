package nl.verbonden.platform.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.verbonden.tenancy.control.FirstBeheerder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the migrations and the demo data: gives the login of the setting {@code
 * verbonden.first.beheerder} a beheerder account while the database has none ({@link
 * FirstBeheerder}). The account's name comes from {@code verbonden.first.beheerder.name}, or is the
 * login name.
 */
@Singleton
@Startup
@PermitAll
@DependsOn({"SchemaMigrator", "DemoDataLoader"})
public class FirstBeheerderStartup {

  @Inject private FirstBeheerder firstBeheerder;

  @Inject
  @ConfigProperty(name = "verbonden.first.beheerder")
  private Optional<String> login;

  @Inject
  @ConfigProperty(name = "verbonden.first.beheerder.name")
  private Optional<String> name;

  @PostConstruct
  void createWhenNeeded() {
    firstBeheerder.ensure(login.orElse(""), name.orElse(""));
  }
}
