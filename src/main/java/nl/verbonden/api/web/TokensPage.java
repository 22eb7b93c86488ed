package nl.verbonden.api.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.api.boundary.ApiTokenService;
import nl.verbonden.api.boundary.ApiTokenService.Issued;
import nl.verbonden.api.boundary.ApiTokenService.Listing;
import nl.verbonden.api.boundary.ApiTokenService.Use;
import nl.verbonden.api.entity.TokenScope;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.boundary.TenantService;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.entity.Tenant;

/**
 * Koppelingen &gt; API-tokens (issue 20, decision 0030): the municipality's tokens with their
 * scope, last day, status and last use; a form to make one (its text shown once, here); revoking;
 * the latest uses of a token. The regisseur sees their municipality's, the beheerder every
 * municipality's.
 */
@Named
@ViewScoped
public class TokensPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A new token's default life: a quarter. */
  static final int DEFAULT_DAYS = 90;

  @Inject private ApiTokenService service;
  @Inject private AgreementService agreementService;
  @Inject private TenantService tenantService;
  @Inject private Caller caller;
  @Inject private Clock clock;

  private List<Listing> tokens = List.of();
  private Map<Long, String> agreementTitles = Map.of();
  private Map<String, String> tenants = Map.of();
  private boolean configured;

  private String tenantCode;
  private String name;
  private TokenScope scope = TokenScope.LEZEN;
  private List<Long> agreementIds = new ArrayList<>();
  private LocalDate validUntil;

  private Issued issued;
  private Listing selected;
  private List<Use> uses = List.of();

  public void load() {
    configured = service.isConfigured();
    validUntil =
        LocalDate.ofInstant(clock.instant(), ApplicationClock.AMSTERDAM).plusDays(DEFAULT_DAYS);
    if (caller.isBeheerder()) {
      Map<String, String> all = new LinkedHashMap<>();
      for (Tenant tenant : tenantService.list()) {
        if (tenant.isActive()) {
          all.put(tenant.getCode(), tenant.getName() + " (" + tenant.getCode() + ")");
        }
      }
      tenants = all;
    } else {
      Map<Long, String> titles = new LinkedHashMap<>();
      for (Agreement agreement : agreementService.list()) {
        titles.put(agreement.getId(), agreement.getTitle());
      }
      agreementTitles = titles;
    }
    tokens = service.tokens();
  }

  public void create() {
    issued = service.issue(tenantCode, name, scope, new HashSet<>(agreementIds), validUntil);
    Messages.info("token.created", issued.token().name());
    name = null;
    agreementIds = new ArrayList<>();
    tokens = service.tokens();
  }

  public void revoke(Listing token) {
    Listing revoked = service.revoke(token.id());
    Messages.info("token.revokedNow", revoked.name());
    if (issued != null && issued.token().id().equals(token.id())) {
      issued = null;
    }
    tokens = service.tokens();
    if (selected != null && selected.id().equals(token.id())) {
      select(revoked);
    }
  }

  public void select(Listing token) {
    selected = token;
    uses = service.uses(token.id());
  }

  /** The titles of the agreements a token names, for its row. */
  public String agreementsOf(Listing token) {
    List<String> titles = new ArrayList<>();
    for (Long id : token.agreements()) {
      titles.add(agreementTitles.getOrDefault(id, "#" + id));
    }
    return String.join(", ", titles);
  }

  public List<TokenScope> getScopes() {
    return caller.isBeheerder() ? List.of(TokenScope.LEZEN) : List.of(TokenScope.values());
  }

  public boolean isDelivering() {
    return scope == TokenScope.METINGEN_AANLEVEREN;
  }

  public List<Listing> getTokens() {
    return tokens;
  }

  public Map<Long, String> getAgreementTitles() {
    return agreementTitles;
  }

  public Map<String, String> getTenants() {
    return tenants;
  }

  public boolean isConfigured() {
    return configured;
  }

  public boolean isBeheerder() {
    return caller.isBeheerder();
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public void setTenantCode(String tenantCode) {
    this.tenantCode = tenantCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public TokenScope getScope() {
    return scope;
  }

  public void setScope(TokenScope scope) {
    this.scope = scope;
  }

  public List<Long> getAgreementIds() {
    return agreementIds;
  }

  public void setAgreementIds(List<Long> agreementIds) {
    this.agreementIds = agreementIds == null ? new ArrayList<>() : agreementIds;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public Issued getIssued() {
    return issued;
  }

  public Listing getSelected() {
    return selected;
  }

  public List<Use> getUses() {
    return uses;
  }
}
