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
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.TariefBeheer;
import nl.regio.wmo.application.TariefBeheer.GeldendTarief;
import nl.regio.wmo.application.TariefBeheer.TariefGegevens;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;

/**
 * Tariff versions. POST adds a version (ending the open version it succeeds); PUT only changes a
 * version's end date. {@code /geldend} answers the tariff in force for a provider on a day.
 */
@Path("tarieven")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TariefResource {

  @Inject TariefBeheer beheer;
  @Inject HuidigeGebruiker gebruiker;

  @GET
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Tariefversies zoeken")
  public Pagina<TariefGegevens> lijst(
      @QueryParam("aanbieder") String aanbieder,
      @QueryParam("contract") String contract,
      @QueryParam("product") String product,
      @QueryParam("klasse") String klasse,
      @QueryParam("datum") String datum,
      @QueryParam("bron") String bron,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    return beheer.zoek(
        Parameters.tekst(aanbieder),
        Parameters.tekst(contract),
        Parameters.tekst(product),
        Parameters.getal("klasse", klasse),
        Parameters.datum("datum", datum),
        Parameters.tekst(bron),
        gebruiker.beperktTotAanbieder(),
        Parameters.getal("pagina", pagina, 0),
        Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("geldend")
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Het tarief in kracht voor een aanbieder, product (en klasse) op een datum; 404 met de reden als er geen is")
  public GeldendTarief geldend(
      @QueryParam("aanbieder") String aanbieder,
      @QueryParam("product") String product,
      @QueryParam("klasse") String klasse,
      @QueryParam("datum") String datum) {
    gebruiker.beperktTotAanbieder()
        .filter(eigen -> !eigen.waarde().equals(aanbieder))
        .ifPresent(eigen -> {
          throw new ForbiddenException("Een aanbieder ziet alleen de eigen tarieven.");
        });
    return beheer.geldend(
        Parameters.tekst(aanbieder),
        Parameters.tekst(product),
        Parameters.getal("klasse", klasse),
        Parameters.datum("datum", datum));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Eén tariefversie")
  public TariefGegevens haal(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.haal(id, gebruiker.beperktTotAanbieder());
  }

  @POST
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Tariefversie toevoegen; een open voorganger eindigt de dag ervoor (contractbeheer)")
  public Response maak(TariefGegevens invoer, @Context UriInfo uri) {
    TariefGegevens nieuw = beheer.maak(Invoer.verplicht(invoer));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(nieuw.id())).build()).entity(nieuw).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Einddatum van een tariefversie wijzigen; bedrag en ingangsdatum veranderen nooit (contractbeheer)")
  public TariefGegevens wijzig(@PathParam("id") String idTekst, TariefGegevens invoer) {
    long id = Parameters.id("id", idTekst);
    return beheer.wijzig(id, Invoer.verplicht(invoer));
  }
}
