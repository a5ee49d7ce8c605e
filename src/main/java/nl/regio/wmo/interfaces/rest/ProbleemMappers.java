package nl.regio.wmo.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regio.wmo.application.ConflictException;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.NietGevondenException;
import nl.regio.wmo.application.OngeldigeInvoerException;

/**
 * Turns every failure into {@code application/problem+json}: invalid input 400 (each field named),
 * not found 404, conflict 409, anything unexpected 500 without internals (logged by id only).
 */
@Provider
public class ProbleemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProbleemMappers.class.getName());

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
      return antwoord(status, Response.Status.fromStatusCode(status) == null ? "Fout" : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), List.of());
    }
    String kenmerk = Long.toHexString(System.nanoTime());
    // An exception's message may quote the input (personal data): log only types and stack frames.
    LOG.log(Level.SEVERE, "Onverwachte fout {0}: {1}", new Object[] {kenmerk, zonderBerichten(fout)});
    return antwoord(500, "Interne fout", "Er ging iets mis aan onze kant (kenmerk " + kenmerk + ").", List.of());
  }

  /** The exceptions that carry their own answer; wrappers (transaction, EJB, CDI) around them are peeled off. */
  private static final List<Class<? extends Throwable>> BEKEND = List.of(
      OngeldigeInvoerException.class, NietGevondenException.class, ConflictException.class, OptimisticLockException.class,
      WebApplicationException.class, nl.regio.wmo.application.DeclaratieVerwerking.Afgekeurd.class,
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
