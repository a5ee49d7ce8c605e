package nl.regio.wmo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import nl.regio.wmo.infrastructure.security.Authenticatie;

/** The login page: name and password to the same mechanism as the API's (throttling, audit trail), then the start page. */
@Named
@RequestScoped
public class Inloggen {

  @Inject SecurityContext securityContext;

  private String gebruikersnaam;
  private String wachtwoord;

  public void inloggen() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(gebruikersnaam == null ? "" : gebruikersnaam, new Password(wachtwoord == null ? "" : wachtwoord)))
            .newAuthentication(true));
    wachtwoord = null;
    ResourceBundle t = fc.getApplication().getResourceBundle(fc, "t");
    switch (status) {
      case SUCCESS -> ec.redirect(ec.getRequestContextPath() + "/app/index.xhtml");
      case SEND_CONTINUE -> fc.responseComplete();
      default -> {
        Object wacht = request.getAttribute(Authenticatie.WACHT_SECONDEN);
        String melding = wacht != null ? t.getString("inloggen.teVeel").replace("{0}", wacht.toString()) : t.getString("inloggen.mislukt");
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, melding, null));
      }
    }
  }

  public String getGebruikersnaam() {
    return gebruikersnaam;
  }

  public void setGebruikersnaam(String gebruikersnaam) {
    this.gebruikersnaam = gebruikersnaam;
  }

  public String getWachtwoord() {
    return wachtwoord;
  }

  public void setWachtwoord(String wachtwoord) {
    this.wachtwoord = wachtwoord;
  }
}
