package nl.regio.wmo.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regio.wmo.application.InlogAudit;
import nl.regio.wmo.interfaces.rest.Probleem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a caller logs in: HTTP Basic for the API ({@code /api/*}), users and roles from {@link GebruikersIdentityStore}.
 * Password guessing is slowed down by {@link InlogRem}: while a user name or client address is blocked the answer is
 * 429 with {@code Retry-After}, without checking the password. Every failure is in the audit trail ({@link InlogAudit}).
 * Verified credentials are remembered for a few minutes ({@link InlogCache}): Basic sends the password with every
 * request, and a PBKDF2 check costs a seventh of a second of CPU.
 *
 * <p>An unknown user name and a wrong password get the same answer: 401, the same body and headers, and the same
 * PBKDF2 work.
 */
@ApplicationScoped
public class Authenticatie implements HttpAuthenticationMechanism {

  static final String REALM = "wmo-settlement";
  private static final Logger LOG = Logger.getLogger(Authenticatie.class.getName());

  @Inject IdentityStoreHandler identityStoreHandler;
  @Inject InlogAudit audit;
  @Inject Clock clock;

  @Inject @ConfigProperty(name = "wmo.inlog.max-pogingen", defaultValue = "5") int maxPerGebruiker;
  @Inject @ConfigProperty(name = "wmo.inlog.max-pogingen-per-adres", defaultValue = "20") int maxPerAdres;
  @Inject @ConfigProperty(name = "wmo.inlog.venster-seconden", defaultValue = "900") long vensterSeconden;
  @Inject @ConfigProperty(name = "wmo.inlog.eerste-blokkade-seconden", defaultValue = "2") long eersteBlokkadeSeconden;
  @Inject @ConfigProperty(name = "wmo.inlog.langste-blokkade-seconden", defaultValue = "900") long langsteBlokkadeSeconden;
  @Inject @ConfigProperty(name = "wmo.inlog.cache-seconden", defaultValue = "300") long cacheSeconden;

  private static final int MAX_SLEUTELS = 10_000;
  private static final int MAX_IN_CACHE = 1_000;

  private final Jsonb jsonb = JsonbBuilder.create();
  private InlogRem rem;
  private InlogCache cache;

  @PostConstruct
  void maak() {
    rem = new InlogRem(clock, new InlogRem.Grenzen(maxPerGebruiker, maxPerAdres, Duration.ofSeconds(vensterSeconden),
        Duration.ofSeconds(eersteBlokkadeSeconden), Duration.ofSeconds(langsteBlokkadeSeconden), MAX_SLEUTELS));
    cache = new InlogCache(clock, Duration.ofSeconds(cacheSeconden), MAX_IN_CACHE);
  }

  /** The session attribute that holds who logged in through the login page (browser only; the API never uses it). */
  static final String SESSIE_GEBRUIKER = "wmo.ingelogd";
  /** The request attribute with the wait when a login page attempt was blocked (seconds), for the page's message. */
  public static final String WACHT_SECONDEN = "wmo.inlog.wacht";
  static final String INLOGPAGINA = "/app/inloggen.xhtml";

  /** Who logged in on the login page: name and roles, kept in the HTTP session (small and serializable). */
  record Ingelogd(String naam, java.util.Set<String> rollen) implements java.io.Serializable {}

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String pad = request.getRequestURI().substring(request.getContextPath().length());
    if (pad.startsWith("/app/") || pad.equals("/app")) {
      return formulier(request, response, context);
    }
    return basic(request, response, context); // the API: Basic on every request, never a session
  }

  /**
   * The browser pages: a login page instead of a Basic prompt. The login page's bean calls {@code
   * SecurityContext.authenticate} with the name and password; on success the session id is rotated (no session
   * fixation) and the user is kept in the session until logout or time-out. Without a session login a page redirects
   * to the login page. Throttling and the audit trail are the same as for Basic.
   */
  AuthenticationStatus formulier(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential up) {
      return inloggen(up, request, context);
    }
    jakarta.servlet.http.HttpSession sessie = request.getSession(false);
    if (sessie != null && sessie.getAttribute(SESSIE_GEBRUIKER) instanceof Ingelogd ingelogd) {
      return context.notifyContainerAboutLogin(ingelogd.naam(), ingelogd.rollen());
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + INLOGPAGINA);
    }
    return context.doNothing();
  }

  private AuthenticationStatus inloggen(UsernamePasswordCredential up, HttpServletRequest request, HttpMessageContext context) {
    String naam = up.getCaller();
    String adres = request.getRemoteAddr();
    Duration wacht = rem.wachttijd(naam, adres);
    if (!wacht.isZero()) {
      request.setAttribute(WACHT_SECONDEN, Math.max(1, (wacht.toMillis() + 999) / 1000));
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult resultaat = identityStoreHandler.validate(up);
    if (resultaat.getStatus() != CredentialValidationResult.Status.VALID) {
      schrijfAudit(naam, adres, rem.mislukt(naam, adres));
      return AuthenticationStatus.SEND_FAILURE;
    }
    rem.gelukt(naam);
    request.getSession(true);
    request.changeSessionId(); // a session id seen before the login is worth nothing after it
    Ingelogd ingelogd = new Ingelogd(resultaat.getCallerPrincipal().getName(), java.util.Set.copyOf(resultaat.getCallerGroups()));
    request.getSession().setAttribute(SESSIE_GEBRUIKER, ingelogd);
    return context.notifyContainerAboutLogin(ingelogd.naam(), ingelogd.rollen());
  }

  /** HTTP Basic: 401 with a challenge without (valid) credentials where they are needed, 429 while blocked. */
  AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<String[]> naamEnWachtwoord = basicCredentials(request.getHeader("Authorization"));
    if (naamEnWachtwoord.isEmpty()) {
      return context.isProtected() ? vraagOmInlog(response, context) : context.doNothing();
    }
    String naam = naamEnWachtwoord.get()[0];
    char[] wachtwoord = naamEnWachtwoord.get()[1].toCharArray();
    try {
      return controleer(naam, wachtwoord, request, response, context);
    } finally {
      Arrays.fill(wachtwoord, '\0');
    }
  }

  private AuthenticationStatus controleer(
      String naam, char[] wachtwoord, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String adres = request.getRemoteAddr();
    Duration wacht = rem.wachttijd(naam, adres);
    if (!wacht.isZero()) {
      return teVeelPogingen(request, response, wacht);
    }
    Optional<InlogCache.Geldig> bekend = cache.zoek(naam, wachtwoord);
    if (bekend.isPresent()) {
      return context.notifyContainerAboutLogin(bekend.get().naam(), bekend.get().groepen());
    }
    UsernamePasswordCredential credential = new UsernamePasswordCredential(naam, new Password(wachtwoord));
    CredentialValidationResult resultaat;
    try {
      resultaat = identityStoreHandler.validate(credential);
    } finally {
      credential.getPassword().clear();
    }
    if (resultaat.getStatus() == CredentialValidationResult.Status.VALID) {
      rem.gelukt(naam);
      cache.bewaar(naam, wachtwoord, new InlogCache.Geldig(resultaat.getCallerPrincipal().getName(), resultaat.getCallerGroups()));
      return context.notifyContainerAboutLogin(resultaat);
    }
    InlogRem.Uitkomst uitkomst = rem.mislukt(naam, adres);
    schrijfAudit(naam, adres, uitkomst);
    return vraagOmInlog(response, context);
  }

  private AuthenticationStatus vraagOmInlog(HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    return context.responseUnauthorized(); // the error page (FoutpaginaServlet) writes the problem
  }

  /** 429 with Retry-After, written here (the container's error page would not know the wait). */
  private AuthenticationStatus teVeelPogingen(HttpServletRequest request, HttpServletResponse response, Duration wacht) {
    long seconden = Math.max(1, (wacht.toMillis() + 999) / 1000);
    try {
      response.reset();
      BeveiligingsHeaders.zet(request, response);
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconden));
      response.setContentType(Probleem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(jsonb.toJson(new Probleem("about:blank", "Te veel pogingen", 429,
          "Te veel mislukte inlogpogingen; probeer het over " + seconden + " seconden opnieuw.", List.of())));
      response.flushBuffer();
    } catch (IOException e) {
      LOG.log(Level.FINE, "429 niet geschreven: {0}", e.getClass().getName());
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private void schrijfAudit(String naam, String adres, InlogRem.Uitkomst uitkomst) {
    try {
      audit.mislukt(naam, adres);
      if (uitkomst.blokkadeBegonnen()) {
        audit.geblokkeerd(naam, adres, uitkomst.wachttijd().toSeconds());
      }
    } catch (RuntimeException e) {
      // the database may be away; the login is refused all the same. No name: it may be a mistyped password.
      LOG.log(Level.WARNING, "Mislukte inlog niet in de audit trail: {0}", e.getClass().getName());
    }
  }

  /** The name and password of an {@code Authorization: Basic} header (UTF-8), or empty when there is none or it is malformed. */
  static Optional<String[]> basicCredentials(String header) {
    if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String tekst;
    try {
      tekst = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException geenBase64) {
      return Optional.empty();
    }
    int dubbelepunt = tekst.indexOf(':');
    if (dubbelepunt < 0) {
      return Optional.empty();
    }
    return Optional.of(new String[] {tekst.substring(0, dubbelepunt), tekst.substring(dubbelepunt + 1)});
  }
}
