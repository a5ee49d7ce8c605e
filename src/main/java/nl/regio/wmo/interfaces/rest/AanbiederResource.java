package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AANBIEDER;
import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.CONSULENT;
import static nl.regio.wmo.infrastructure.security.Rollen.CONTRACTBEHEER;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import nl.regio.wmo.application.AanbiederBeheer;
import nl.regio.wmo.application.AanbiederBeheer.AanbiederGegevens;
import nl.regio.wmo.application.NietGevondenException;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;

/** Providers. Contract managers write; every role reads; a provider sees only itself. */
@Path("aanbieders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AanbiederResource {

  @Inject AanbiederBeheer beheer;
  @Inject HuidigeGebruiker gebruiker;

  @GET
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Aanbieders zoeken (een aanbieder ziet alleen zichzelf)")
  public Pagina<AanbiederGegevens> lijst(
      @QueryParam("naam") String naam,
      @QueryParam("agbCode") String agbCode,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    return beheer.zoek(
        Parameters.tekst(naam),
        Parameters.tekst(agbCode),
        gebruiker.beperktTotAanbieder(),
        Parameters.getal("pagina", pagina, 0),
        Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("{agbCode}")
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Eén aanbieder op AGB-code")
  public AanbiederGegevens haal(@PathParam("agbCode") String agbTekst) {
    String agbCode = Parameters.agb("agbCode", agbTekst);
    gebruiker.beperktTotAanbieder()
        .filter(eigen -> !eigen.waarde().equals(agbCode))
        .ifPresent(eigen -> {
          throw new NietGevondenException("Er is geen aanbieder met AGB-code " + agbCode + ".");
        });
    return beheer.haal(agbCode);
  }

  @POST
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Aanbieder toevoegen (contractbeheer)")
  public Response maak(AanbiederGegevens invoer, @Context UriInfo uri) {
    AanbiederGegevens nieuw = beheer.maak(Invoer.verplicht(invoer));
    return Response.created(uri.getAbsolutePathBuilder().path(nieuw.agbCode()).build()).entity(nieuw).build();
  }

  @PUT
  @Path("{agbCode}")
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Naam of IBAN van een aanbieder wijzigen (contractbeheer)")
  public AanbiederGegevens wijzig(@PathParam("agbCode") String agbTekst, AanbiederGegevens invoer) {
    String agbCode = Parameters.agb("agbCode", agbTekst);
    return beheer.wijzig(agbCode, Invoer.verplicht(invoer));
  }
}
