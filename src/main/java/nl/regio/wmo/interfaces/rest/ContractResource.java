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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.regio.wmo.application.ContractBeheer;
import nl.regio.wmo.application.ContractBeheer.ContractGegevens;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;

/** Contracts (deelovereenkomsten). Contract managers write; a provider reads only its own. */
@Path("contracten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

  @Inject ContractBeheer beheer;
  @Inject HuidigeGebruiker gebruiker;

  @GET
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Contracten zoeken op aanbieder, product, gemeente en peildatum")
  public Pagina<ContractGegevens> lijst(
      @QueryParam("aanbieder") String aanbieder,
      @QueryParam("product") String product,
      @QueryParam("gemeente") String gemeente,
      @QueryParam("datum") String datum,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    return beheer.zoek(
        Parameters.tekst(aanbieder),
        Parameters.tekst(product),
        Parameters.tekst(gemeente),
        Parameters.datum("datum", datum),
        gebruiker.beperktTotAanbieder(),
        Parameters.getal("pagina", pagina, 0),
        Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("{nummer}")
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Eén contract op nummer")
  public ContractGegevens haal(@PathParam("nummer") String nummer) {
    return beheer.haal(nummer, gebruiker.beperktTotAanbieder());
  }

  @POST
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Contract (deelovereenkomst) toevoegen (contractbeheer)")
  public Response maak(ContractGegevens invoer, @Context UriInfo uri) {
    ContractGegevens nieuw = beheer.maak(Invoer.verplicht(invoer));
    return Response.created(uri.getAbsolutePathBuilder().path(nieuw.nummer()).build()).entity(nieuw).build();
  }

  @PUT
  @Path("{nummer}")
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Contract wijzigen: looptijd, producten, gemeenten (contractbeheer)")
  public ContractGegevens wijzig(@PathParam("nummer") String nummer, ContractGegevens invoer) {
    return beheer.wijzig(nummer, Invoer.verplicht(invoer));
  }
}
