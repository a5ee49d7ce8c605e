package nl.regio.wmo.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.regio.wmo.domain.shared.AgbCode;

/** Who is calling: their name (for the audit trail) and, for a provider, its AGB code. */
@RequestScoped
public class HuidigeGebruiker {

  @Inject SecurityContext securityContext;
  @Inject Gebruikers gebruikers;

  public String naam() {
    Principal p = securityContext.getCallerPrincipal();
    return p == null ? "systeem" : p.getName();
  }

  public boolean heeftRol(String rol) {
    return securityContext.isCallerInRole(rol);
  }

  /**
   * Whether the caller sees a client's full BSN: consulenten (who record it), auditors, and
   * providers (only ever for their own clients). Everyone else sees it masked.
   */
  public boolean zietVolledigeBsn() {
    return heeftRol(Rollen.CONSULENT) || heeftRol(Rollen.AUDITOR) || heeftRol(Rollen.AANBIEDER);
  }

  /**
   * For a caller that is only a provider: the AGB code it is limited to. Empty for every other
   * role, which may see all providers.
   */
  public Optional<AgbCode> beperktTotAanbieder() {
    if (!heeftRol(Rollen.AANBIEDER)
        || heeftRol(Rollen.CONTRACTBEHEER)
        || heeftRol(Rollen.AUDITOR)
        || heeftRol(Rollen.FINANCIEN)
        || heeftRol(Rollen.CONSULENT)) {
      return Optional.empty();
    }
    return Optional.of(
        gebruikers.vind(naam()).flatMap(Gebruiker::agbCode).map(AgbCode::new).orElseThrow());
  }
}
