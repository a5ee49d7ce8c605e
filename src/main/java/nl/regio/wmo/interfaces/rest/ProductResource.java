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
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.application.ProductBeheer;
import nl.regio.wmo.application.ProductBeheer.ProductGegevens;

/** The regional product catalogue. Contract managers write; every role reads. */
@Path("producten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

  @Inject ProductBeheer beheer;

  @GET
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Producten van de regionale productcatalogus zoeken")
  public Pagina<ProductGegevens> lijst(
      @QueryParam("categorie") String categorie,
      @QueryParam("eenheid") String eenheid,
      @QueryParam("naam") String naam,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    return beheer.zoek(
        Parameters.code("categorie", categorie, c -> Productcategorie.vanCode(c).isPresent(), "geen productcategorie van iWmo-codelijst WMO020"),
        Parameters.code("eenheid", eenheid, c -> Eenheid.vanCode(c).isPresent(), "geen eenheid van iWmo-codelijst WJ756"),
        Parameters.tekst(naam),
        Parameters.getal("pagina", pagina, 0),
        Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("{code}")
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "Eén product op productcode")
  public ProductGegevens haal(@PathParam("code") String code) {
    return beheer.haal(code);
  }

  @POST
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Product toevoegen (contractbeheer)")
  public Response maak(ProductGegevens invoer, @Context UriInfo uri) {
    ProductGegevens nieuw = beheer.maak(Invoer.verplicht(invoer));
    return Response.created(uri.getAbsolutePathBuilder().path(nieuw.code()).build()).entity(nieuw).build();
  }

  @PUT
  @Path("{code}")
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "Product wijzigen (contractbeheer)")
  public ProductGegevens wijzig(@PathParam("code") String code, ProductGegevens invoer) {
    return beheer.wijzig(code, Invoer.verplicht(invoer));
  }
}
