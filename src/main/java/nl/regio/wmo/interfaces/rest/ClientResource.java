package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.CONSULENT;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
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
import nl.regio.wmo.application.ClientBeheer;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Clients. Consulenten record them; the BSN is masked for roles that do not need it and never part of a URL. */
@Path("clienten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

  @Inject ClientBeheer beheer;
  @Inject HuidigeGebruiker gebruiker;

  @GET
  @RolesAllowed({CONSULENT, FINANCIEN, AUDITOR})
  @Operation(summary = "Cliënten zoeken op (deel van de) achternaam en gemeente")
  public Pagina<ClientGegevens> lijst(
      @QueryParam("naam") String naam,
      @QueryParam("gemeente") String gemeente,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    return beheer.zoek(Parameters.tekst(naam), Parameters.tekst(gemeente), gebruiker.zietVolledigeBsn(),
        Parameters.getal("pagina", pagina, 0), Parameters.getal("grootte", grootte, 50));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({CONSULENT, FINANCIEN, AUDITOR})
  @Operation(summary = "Eén cliënt")
  public ClientGegevens haal(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.haal(id, gebruiker.zietVolledigeBsn());
  }

  @POST
  @RolesAllowed(CONSULENT)
  @Operation(summary = "Cliënt vastleggen (BSN met 11-proef, gemeente van de regio)")
  public Response maak(ClientGegevens invoer, @Context UriInfo uri) {
    ClientGegevens nieuw = beheer.maak(Invoer.verplicht(invoer));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(nieuw.id())).build()).entity(nieuw).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(CONSULENT)
  @Operation(summary = "Cliëntgegevens wijzigen (niet het BSN)")
  public ClientGegevens wijzig(@PathParam("id") String idTekst, ClientGegevens invoer) {
    long id = Parameters.id("id", idTekst);
    return beheer.wijzig(id, Invoer.verplicht(invoer));
  }
}
