package nl.regio.wmo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.infrastructure.security.Rollen;

/** Who is logged in, for the header and the menu (which only hides: the services decide), and logging out. */
@Named
@RequestScoped
public class Sessie {

  @Inject HuidigeGebruiker gebruiker;

  public String getNaam() {
    return gebruiker.naam();
  }

  public boolean isAanbieder() {
    return gebruiker.heeftRol(Rollen.AANBIEDER);
  }

  public boolean isFinancien() {
    return gebruiker.heeftRol(Rollen.FINANCIEN);
  }

  public boolean isContractbeheer() {
    return gebruiker.heeftRol(Rollen.CONTRACTBEHEER);
  }

  public boolean isConsulent() {
    return gebruiker.heeftRol(Rollen.CONSULENT);
  }

  public boolean isAuditor() {
    return gebruiker.heeftRol(Rollen.AUDITOR);
  }

  /** Ends the session for real (the container's login and the session), then the login page. */
  public void uitloggen() throws IOException, ServletException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    request.logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/app/inloggen.xhtml?uit=1");
  }

  /** The start page of the logged-in role (the provider's dashboard), or the general start page. */
  public void naarStart() throws IOException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    if (isAanbieder()) {
      ec.redirect(ec.getRequestContextPath() + "/app/aanbieder/start.xhtml");
    } else if (isFinancien()) {
      ec.redirect(ec.getRequestContextPath() + "/app/financien/afrekeningen.xhtml");
    } else if (isConsulent()) {
      ec.redirect(ec.getRequestContextPath() + "/app/consulent/beschikking.xhtml");
    } else if (isContractbeheer()) {
      ec.redirect(ec.getRequestContextPath() + "/app/contractbeheer/tarieven.xhtml");
    } else if (isAuditor()) {
      ec.redirect(ec.getRequestContextPath() + "/app/auditor/audit.xhtml");
    }
  }
}
