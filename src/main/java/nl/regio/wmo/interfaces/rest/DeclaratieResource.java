package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AANBIEDER;
import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import nl.regio.wmo.application.DeclaratieBeoordeling;
import nl.regio.wmo.application.DeclaratieOverzicht;
import nl.regio.wmo.application.DeclaratieOverzicht.DeclaratieSamenvatting;
import nl.regio.wmo.application.DeclaratieOverzicht.RegelUitleg;
import nl.regio.wmo.application.DeclaratieVerwerking;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.Wmo325Uitleg;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Declarations: a provider uploads a WMO323 and gets the WMO325; the pre-flight check answers the
 * WMO325 it would get and stores nothing. A provider sees only its own declarations.
 */
@Path("declaraties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeclaratieResource {

  static final String XML = "application/xml";
  /** JSON only for a client that asks for it: one that accepts anything (curl's {@code *}/{@code *}) gets the WMO325. */
  static final String JSON_ALS_GEVRAAGD = "application/json;qs=0.5";

  @Inject DeclaratieVerwerking verwerking;
  @Inject DeclaratieOverzicht overzicht;
  @Inject HuidigeGebruiker gebruiker;

  @POST
  @Consumes({XML, "text/xml"})
  @Produces(XML)
  @RolesAllowed(AANBIEDER)
  @Operation(summary = "Een WMO323 indienen (Afzender = eigen AGB-code); antwoord: de WMO325 met een retourcode per afgewezen prestatie")
  public Response indienen(InputStream bericht) {
    return antwoord(verwerk(bericht, true));
  }

  @POST
  @Path("controle")
  @Consumes({XML, "text/xml"})
  @Produces(XML)
  @RolesAllowed(AANBIEDER)
  @Operation(summary = "Pre-flight: de volledige controle en de WMO325 die het bericht zou krijgen; er wordt niets opgeslagen")
  public Response controle(InputStream bericht) {
    return antwoord(verwerk(bericht, false));
  }

  /** The answer for a person: the status and the WMO325 read back, each code with its rule and meaning in words. */
  public record AntwoordInWoorden(String status, boolean opgeslagen, boolean herhaald, Wmo325Uitleg.Uitleg antwoord) {}

  @POST
  @Path("controle")
  @Consumes({XML, "text/xml"})
  @Produces(JSON_ALS_GEVRAAGD)
  @RolesAllowed(AANBIEDER)
  @Operation(summary = "Pre-flight in woorden (Accept: application/json): elke afgewezen prestatie met haar retourcodes, regel en betekenis; niets opgeslagen")
  public AntwoordInWoorden controleInWoorden(InputStream bericht) {
    return inWoorden(verwerk(bericht, false), false);
  }

  @POST
  @Consumes({XML, "text/xml"})
  @Produces(JSON_ALS_GEVRAAGD)
  @RolesAllowed(AANBIEDER)
  @Operation(summary = "Een WMO323 indienen, antwoord in woorden (Accept: application/json); de WMO325 zelf blijft op /{nummer}/wmo325")
  public AntwoordInWoorden indienenInWoorden(InputStream bericht) {
    return inWoorden(verwerk(bericht, true), true);
  }

  /** The caller's own WMO323 through the pipeline; {@code opslaan} false is the pre-flight (nothing kept). */
  private DeclaratieBeoordeling.Antwoord verwerk(InputStream bericht, boolean opslaan) {
    return verwerking.verwerk(bericht, DeclaratieVerwerking.KANAAL_REST, eigenAgb(), opslaan);
  }

  private static AntwoordInWoorden inWoorden(DeclaratieBeoordeling.Antwoord a, boolean opgeslagen) {
    return new AntwoordInWoorden(a.status(), opgeslagen, a.herhaald(), Wmo325Uitleg.lees(a.wmo325()));
  }

  @GET
  @RolesAllowed({AANBIEDER, FINANCIEN, AUDITOR})
  @Operation(summary = "Declaraties zoeken op periode (jjjj-mm), status en aanbieder (een aanbieder ziet alleen de eigen)")
  public Pagina<DeclaratieSamenvatting> lijst(
      @QueryParam("aanbieder") String aanbieder,
      @QueryParam("periode") String periode,
      @QueryParam("status") String status,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    return overzicht.zoek(Parameters.tekst(aanbieder), periode == null ? null : ToewijzingResource.maand("periode", periode),
        Parameters.tekst(status), gebruiker.beperktTotAanbieder(), Parameters.getal("pagina", pagina, 0),
        Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("{nummer}/wmo325")
  @Produces(XML)
  @RolesAllowed({AANBIEDER, FINANCIEN, AUDITOR})
  @Operation(summary = "De WMO325 van een ingediende declaratie (aanbieder: eigen; anderen geven ?aanbieder= mee)")
  public byte[] wmo325(@PathParam("nummer") String nummer, @QueryParam("aanbieder") String aanbieder) {
    return overzicht.wmo325(agb(aanbieder), nummer);
  }

  @GET
  @Path("{nummer}/regels/{referentie}")
  @RolesAllowed({AANBIEDER, FINANCIEN, AUDITOR})
  @Operation(summary = "Eén prestatie uitgelegd: wat is gedeclareerd, wat de toewijzing toestaat en waarom zij is goed- of afgekeurd")
  public RegelUitleg regel(@PathParam("nummer") String nummer, @PathParam("referentie") String referentie, @QueryParam("aanbieder") String aanbieder) {
    return overzicht.uitleg(agb(aanbieder), nummer, referentie, gebruiker.zietVolledigeBsn());
  }

  private String agb(String aanbieder) {
    Optional<AgbCode> eigen = gebruiker.beperktTotAanbieder();
    if (eigen.isPresent()) {
      return eigen.get().waarde();
    }
    if (aanbieder == null || aanbieder.isBlank()) {
      throw OngeldigeInvoerException.van("aanbieder", "is verplicht: de AGB-code van de aanbieder van de declaratie");
    }
    return Parameters.agb("aanbieder", aanbieder);
  }

  private Optional<AgbCode> eigenAgb() {
    return Optional.of(gebruiker.beperktTotAanbieder().orElseThrow(
        () -> new jakarta.ws.rs.ForbiddenException("Alleen een aanbieder dient declaraties in.")));
  }

  private static Response antwoord(DeclaratieBeoordeling.Antwoord a) {
    return Response.ok(a.wmo325(), XML).header("X-Declaratie-Status", a.status()).header("X-Herhaald", a.herhaald()).build();
  }
}
