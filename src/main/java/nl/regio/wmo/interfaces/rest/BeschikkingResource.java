package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.CONSULENT;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
import nl.regio.wmo.domain.beschikking.Leveringsvorm;
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
import nl.regio.wmo.application.BeschikkingBeheer;
import nl.regio.wmo.application.BeschikkingBeheer.BeschikkingGegevens;
import nl.regio.wmo.application.BeschikkingBeheer.EinddatumWijziging;
import nl.regio.wmo.application.BeschikkingBeheer.OmvangWijziging;
import nl.regio.wmo.application.Pagina;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Beschikkingen. Consulenten record and change them; a refused proposal answers 400 with each
 * broken policy rule by its id (S-MAX9, S-VERVOER, OP043, OP259, S-KLASSE, S-IB-RANGE, CONTRACT, CD076;
 * for a budget ({@code budgetCent}, in kind only, instead of an omvang): BUDGET, CD075, CD078, LDT_Budget).
 */
@Path("beschikkingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BeschikkingResource {

  @Inject BeschikkingBeheer beheer;

  @GET
  @RolesAllowed({CONSULENT, FINANCIEN, AUDITOR})
  @Operation(summary = "Beschikkingen zoeken op cliënt, product, aanbieder, leveringsvorm, gemeente en peildatum")
  public Pagina<BeschikkingGegevens> lijst(
      @QueryParam("client") String client,
      @QueryParam("product") String product,
      @QueryParam("aanbieder") String aanbieder,
      @QueryParam("leveringsvorm") String leveringsvorm,
      @QueryParam("gemeente") String gemeente,
      @QueryParam("datum") String datum,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    Integer clientId = Parameters.getal("client", client);
    return beheer.zoek(clientId == null ? null : clientId.longValue(), Parameters.tekst(product), Parameters.tekst(aanbieder),
        Parameters.code("leveringsvorm", leveringsvorm, v -> java.util.Arrays.stream(Leveringsvorm.values()).anyMatch(l -> l.name().equalsIgnoreCase(v)),
            "leveringsvorm is ZIN (in natura) of PGB"), Parameters.tekst(gemeente), Parameters.datum("datum", datum),
        Parameters.getal("pagina", pagina, 0), Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({CONSULENT, FINANCIEN, AUDITOR})
  @Operation(summary = "Eén beschikking, met haar toewijzingnummer")
  public BeschikkingGegevens haal(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.haal(id);
  }

  @POST
  @RolesAllowed(CONSULENT)
  @Operation(summary = "Beschikking vastleggen; ZIN wordt een toewijzing met een nieuw ToewijzingNummer")
  public Response maak(BeschikkingGegevens invoer, @Context UriInfo uri) {
    BeschikkingGegevens nieuw = beheer.maak(Invoer.verplicht(invoer));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(nieuw.id())).build()).entity(nieuw).build();
  }

  @PUT
  @Path("{id}/einddatum")
  @RolesAllowed(CONSULENT)
  @Operation(summary = "Einddatum wijzigen (inkorten, verlengen, of verwijderen met reden 13); de toewijzing houdt haar nummer")
  public BeschikkingGegevens wijzigEinddatum(@PathParam("id") String idTekst, EinddatumWijziging wijziging) {
    long id = Parameters.id("id", idTekst);
    return beheer.wijzigEinddatum(id, Invoer.verplicht(wijziging));
  }

  @POST
  @Path("{id}/wijziging")
  @RolesAllowed(CONSULENT)
  @Operation(summary = "Omvang of aanbieder wijzigen per een datum: de oude beschikking eindigt de dag ervoor, een nieuwe begint")
  public Response wijzigOmvang(@PathParam("id") String idTekst, OmvangWijziging wijziging, @Context UriInfo uri) {
    long id = Parameters.id("id", idTekst);
    BeschikkingGegevens nieuw = beheer.wijzigOmvang(id, Invoer.verplicht(wijziging));
    return Response.created(uri.getBaseUriBuilder().path("beschikkingen").path(String.valueOf(nieuw.id())).build()).entity(nieuw).build();
  }
}
