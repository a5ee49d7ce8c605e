package nl.regio.wmo.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regio.wmo.application.ConflictException;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.NietGevondenException;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.Storing;

/**
 * Turns every failure into {@code application/problem+json}: invalid input 400 (each field named),
 * not found 404, conflict 409, the container's own errors (403, 404, 405, 406, 415) in Dutch with what would have
 * worked, a passing fault 503 (429 when the caller sent too much) with {@code Retry-After}, anything unexpected 500
 * without internals (logged by id only).
 */
@Provider
public class ProbleemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProbleemMappers.class.getName());

  @Context UriInfo uriInfo;
  @Context Request request;

  @Override
  public Response toResponse(Throwable fout) {
    Throwable oorzaak = ontpak(fout);
    if (oorzaak instanceof OngeldigeInvoerException e) {
      return antwoord(400, "Ongeldige invoer", e.getMessage(), e.fouten());
    }
    if (oorzaak instanceof NietGevondenException e) {
      return antwoord(404, "Niet gevonden", e.getMessage(), List.of());
    }
    if (oorzaak instanceof ConflictException e) {
      return antwoord(409, "Conflict", e.getMessage(), List.of(new Fout(e.veld(), e.getMessage())));
    }
    if (oorzaak instanceof nl.regio.wmo.application.DeclaratieVerwerking.Afgekeurd e) {
      return antwoord(400, "Geen geldig WMO323", "Het bericht is afgekeurd voor het beoordeeld kon worden; er is geen WMO325.",
          e.redenen().stream().map(r -> new Fout("bericht", r)).toList());
    }
    if (oorzaak instanceof nl.regio.wmo.application.DeclaratieVerwerking.AndereAfzender e) {
      return antwoord(403, "Geen toegang", e.getMessage(), List.of(new Fout("Afzender", e.getMessage())));
    }
    if (oorzaak instanceof OptimisticLockException) {
      return antwoord(409, "Conflict", "Iemand anders heeft dit tegelijk gewijzigd; haal het opnieuw op en probeer het nog eens.", List.of());
    }
    if (oorzaak instanceof JsonbException || oorzaak instanceof jakarta.json.JsonException) {
      return antwoord(400, "Ongeldige invoer", "De JSON is niet te lezen: " + eersteRegel(oorzaak.getMessage()), List.of());
    }
    if (oorzaak instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 400 && (e.getCause() instanceof JsonbException || e.getCause() instanceof jakarta.json.JsonException)) {
        Throwable j = e.getCause();
        return antwoord(400, "Ongeldige invoer", "De JSON is niet te lezen: " + eersteRegel(j.getMessage()), List.of());
      }
      return containerFout(e, status);
    }
    Optional<Storingsantwoord> storing = storing(fout);
    if (storing.isPresent()) {
      Storingsantwoord a = storing.get();
      return Response.fromResponse(antwoord(a.status(), a.titel(), a.detail(), List.of())).header("Retry-After", a.wachtSeconden()).build();
    }
    String kenmerk = Long.toHexString(System.nanoTime());
    // An exception's message may quote the input (personal data): log only types and stack frames.
    LOG.log(Level.SEVERE, "Onverwachte fout {0}: {1}", new Object[] {kenmerk, zonderBerichten(fout)});
    return antwoord(500, "Interne fout", "Er ging iets mis aan onze kant (kenmerk " + kenmerk + ").", List.of());
  }

  /** The answer to a passing fault: 503 (or 429) with Retry-After; nothing was applied. */
  record Storingsantwoord(int status, String titel, String detail, int wachtSeconden) {}

  /**
   * A passing fault: {@link Storing.Onbeschikbaar} (429 when the caller sent too much, else 503, its own wait and
   * message), or the database out of reach (503, 10 s); wrappers are peeled off. Empty for anything else.
   */
  static Optional<Storingsantwoord> storing(Throwable fout) {
    if (ontpak(fout) instanceof Storing.Onbeschikbaar e) {
      return Optional.of(new Storingsantwoord(e.teVeel() ? 429 : 503, e.teVeel() ? "Te veel tegelijk" : "Tijdelijk niet beschikbaar",
          e.getMessage(), Math.max(1, e.wachtSeconden())));
    }
    if (Storing.databaseOnbereikbaar(fout)) {
      LOG.log(Level.WARNING, "Database niet bereikbaar: {0}", fout.getClass().getName());
      return Optional.of(new Storingsantwoord(503, "Tijdelijk niet beschikbaar", DATABASE_WEG, DATABASE_WACHT_SECONDEN));
    }
    return Optional.empty();
  }

  static final String DATABASE_WEG =
      "De database is tijdelijk niet bereikbaar; er is niets verwerkt. Probeer het over enkele seconden opnieuw.";
  static final int DATABASE_WACHT_SECONDEN = 10;

  /**
   * An error JAX-RS answers itself (no resource for the path, method, media type; a role that may not): Jersey's
   * English text ("HTTP 415 Unsupported Media Type", "User not authorized.") becomes Dutch with what would have worked.
   * A WebApplicationException of our own with a Dutch message keeps its message.
   */
  private Response containerFout(WebApplicationException e, int status) {
    String pad = uriInfo == null ? null : uriInfo.getPath();
    String methode = request == null ? null : request.getMethod();
    String eigen = e.getMessage();
    boolean vanContainer = eigen == null || eigen.startsWith("HTTP " + status) || ENGELS.contains(eigen);
    Response r = switch (status) {
      case 403 -> antwoord(403, "Geen toegang", vanContainer ? "Uw rol geeft geen toegang tot deze handeling." : eigen, List.of());
      case 404 -> antwoord(404, "Niet gevonden", vanContainer ? "Deze pagina of dit endpoint bestaat niet." : eigen, List.of());
      case 405 -> antwoord(405, "Methode niet toegestaan", "De methode " + (methode == null ? "" : methode + " ") + "kan hier niet"
          + mogelijk(Eindpunten.methoden(pad), "; wel: ") + ".", List.of());
      case 406 -> antwoord(406, "Niet aanvaardbaar", "Dit endpoint levert niet wat de Accept-header vraagt"
          + mogelijk(typen(pad, methode, false), "; vraag (Accept): ") + ".", List.of(new Fout("Accept", "niet te leveren")));
      case 415 -> antwoord(415, "Verkeerd mediatype", "Dit endpoint leest dit Content-Type niet"
          + mogelijk(typen(pad, methode, true).isEmpty() ? Set.of("application/json") : typen(pad, methode, true), "; stuur Content-Type: ")
          + ".", List.of(new Fout("Content-Type", "niet ondersteund")));
      default -> antwoord(status, Response.Status.fromStatusCode(status) == null ? "Fout"
          : Response.Status.fromStatusCode(status).getReasonPhrase(), vanContainer ? "HTTP-fout " + status + "." : eigen, List.of());
    };
    String allow = e.getResponse().getHeaderString("Allow");
    return allow == null ? r : Response.fromResponse(r).header("Allow", allow).build();
  }

  /** Texts of Jersey and the security interceptors, which are replaced by a Dutch one. */
  private static final Set<String> ENGELS = Set.of("User not authorized.", "Caller not in requested role");

  private static Set<String> typen(String pad, String methode, boolean leest) {
    Set<String> t = new LinkedHashSet<>();
    for (Eindpunten.Eindpunt e : Eindpunten.bij(pad)) {
      if (methode == null || e.methode().equals(methode)) {
        t.addAll(leest ? e.leest() : e.schrijft());
      }
    }
    return t;
  }

  private static String mogelijk(Set<String> waarden, String voorvoegsel) {
    return waarden.isEmpty() ? "" : voorvoegsel + String.join(" of ", waarden);
  }

  /** The exceptions that carry their own answer; wrappers (transaction, EJB, CDI) around them are peeled off. */
  private static final List<Class<? extends Throwable>> BEKEND = List.of(
      OngeldigeInvoerException.class, NietGevondenException.class, ConflictException.class, OptimisticLockException.class,
      WebApplicationException.class, Storing.Onbeschikbaar.class, JsonbException.class, jakarta.json.JsonException.class, nl.regio.wmo.application.DeclaratieVerwerking.Afgekeurd.class,
      nl.regio.wmo.application.DeclaratieVerwerking.AndereAfzender.class);

  private static Throwable ontpak(Throwable fout) {
    Throwable t = fout;
    for (int i = 0; i < 10 && t.getCause() != null && !bekend(t); i++) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean bekend(Throwable t) {
    return BEKEND.stream().anyMatch(k -> k.isInstance(t));
  }

  static String zonderBerichten(Throwable fout) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = fout; t != null; t = t.getCause()) {
      sb.append(t == fout ? "" : "\nveroorzaakt door ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, 12); i++) {
        sb.append("\n\tat ").append(frames[i]);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return sb.toString();
  }

  private static String eersteRegel(String tekst) {
    return tekst == null ? "" : tekst.lines().findFirst().orElse("");
  }

  static Response antwoord(int status, String titel, String detail, List<Fout> fouten) {
    return Response.status(status)
        .type(Probleem.MEDIA_TYPE)
        .entity(new Probleem("about:blank", titel, status, detail, fouten))
        .build();
  }
}
