package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AANBIEDER;
import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.CONSULENT;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeParseException;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.ToewijzingBeheer;
import nl.regio.wmo.application.ToewijzingBeheer.ToewijzingGegevens;
import nl.regio.wmo.application.ToewijzingBeheer.Verwacht;
import nl.regio.wmo.application.Wmo301Export;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Toewijzingen: a provider sees only its own; expected amounts per month; the WMO301 message (OP087). */
@Path("toewijzingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ToewijzingResource {

  static final String XML = "application/xml";

  @Inject ToewijzingBeheer beheer;
  @Inject Wmo301Export wmo301;
  @Inject HuidigeGebruiker gebruiker;

  @GET
  @RolesAllowed({CONSULENT, FINANCIEN, AUDITOR, AANBIEDER})
  @Operation(summary = "Toewijzingen zoeken op aanbieder, cliënt, product en peildatum (een aanbieder ziet alleen de eigen)")
  public Pagina<ToewijzingGegevens> lijst(
      @QueryParam("aanbieder") String aanbieder,
      @QueryParam("client") String client,
      @QueryParam("product") String product,
      @QueryParam("datum") String datum,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    Integer clientId = Parameters.getal("client", client);
    return beheer.zoek(Parameters.tekst(aanbieder), clientId == null ? null : clientId.longValue(), Parameters.tekst(product),
        Parameters.datum("datum", datum), gebruiker.beperktTotAanbieder(), gebruiker.zietVolledigeBsn(),
        Parameters.getal("pagina", pagina, 0), Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("{nummer}")
  @RolesAllowed({CONSULENT, FINANCIEN, AUDITOR, AANBIEDER})
  @Operation(summary = "Eén toewijzing met haar historie (elke vastgestelde stand)")
  public ToewijzingGegevens haal(@PathParam("nummer") String nummerTekst) {
    long nummer = Parameters.id("nummer", nummerTekst);
    return beheer.haal(nummer, gebruiker.beperktTotAanbieder(), gebruiker.zietVolledigeBsn());
  }

  @GET
  @Path("{nummer}/verwacht")
  @RolesAllowed({CONSULENT, FINANCIEN, AUDITOR, AANBIEDER})
  @Operation(summary = "Verwacht bedrag per maand (van en tot: jjjj-mm), met het tarief dat in elke maand geldt")
  public Verwacht verwacht(@PathParam("nummer") String nummerTekst, @QueryParam("van") String van, @QueryParam("tot") String tot) {
    long nummer = Parameters.id("nummer", nummerTekst);
    return beheer.verwacht(nummer, maand("van", van), maand("tot", tot), gebruiker.beperktTotAanbieder());
  }

  @GET
  @Path("{nummer}/wmo301")
  @Produces(XML)
  @RolesAllowed({CONSULENT, AUDITOR, AANBIEDER})
  @Operation(summary = "Het WMO301-bericht (iWmo 3.2) met deze toewijzing en alle actuele toewijzingen van de cliënt bij deze aanbieder (OP087)")
  public byte[] wmo301(@PathParam("nummer") String nummerTekst) {
    long nummer = Parameters.id("nummer", nummerTekst);
    return wmo301.voorToewijzing(nummer, gebruiker.beperktTotAanbieder());
  }

  @GET
  @Path("wmo301")
  @Produces(XML)
  @RolesAllowed({CONSULENT, AUDITOR, AANBIEDER})
  @Operation(summary = "Het WMO301-bericht met alle actuele toewijzingen van één cliënt bij één aanbieder (OP087)")
  public byte[] wmo301VoorClient(@QueryParam("client") String client, @QueryParam("aanbieder") String aanbieder) {
    Integer clientId = Parameters.getal("client", client);
    if (clientId == null || aanbieder == null) {
      throw OngeldigeInvoerException.van(clientId == null ? "client" : "aanbieder", "is verplicht");
    }
    AgbCode agb = new AgbCode(Parameters.agb("aanbieder", aanbieder));
    gebruiker.beperktTotAanbieder().filter(eigen -> !eigen.equals(agb)).ifPresent(eigen -> {
      throw new ForbiddenException("Een aanbieder ziet alleen de eigen toewijzingen.");
    });
    return wmo301.voorClient(clientId, agb);
  }

  static Maand maand(String veld, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      throw OngeldigeInvoerException.van(veld, "is verplicht (jjjj-mm)");
    }
    try {
      return Maand.parse(waarde.trim());
    } catch (DateTimeParseException e) {
      throw OngeldigeInvoerException.van(veld, "is geen maand (jjjj-mm): " + waarde);
    }
  }
}
