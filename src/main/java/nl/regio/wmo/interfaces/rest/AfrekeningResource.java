package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AANBIEDER;
import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.CONTRACTBEHEER;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Regel;
import nl.regio.wmo.application.afrekening.AfrekeningUitvoer;
import nl.regio.wmo.infrastructure.rapport.Formaat;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Monthly settlement runs (finance): CONCEPT → VOORGESTELD → GOEDGEKEURD (another user) → BETAALD, with the
 * journal for the ledger. Auditors read; a provider reads its own part of runs past CONCEPT.
 */
@Path("afrekeningen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AfrekeningResource {

  @Inject AfrekeningBeheer beheer;
  @Inject AfrekeningUitvoer uitvoer;
  @Inject HuidigeGebruiker gebruiker;

  public record NieuweAfrekening(String maand) {}

  public record Afkeuring(String reden) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een afrekening (CONCEPT) maken en berekenen voor een maand (jjjj-mm): alle geaccepteerde, nog niet afgerekende regels tot en met die maand")
  public Response maak(NieuweAfrekening invoer, @Context UriInfo uri) {
    Afrekening a = beheer.maak(invoer == null ? null : invoer.maand());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
  }

  @GET
  @RolesAllowed({FINANCIEN, AUDITOR, AANBIEDER})
  @Operation(summary = "Afrekeningen, nieuwste maand eerst (een aanbieder ziet alleen de afrekeningen die hem betalen, met de eigen bedragen)")
  public Pagina<Afrekening> lijst(@QueryParam("pagina") String pagina, @QueryParam("grootte") String grootte) {
    return beheer.lijst(gebruiker.beperktTotAanbieder(), Parameters.pagina(pagina), Parameters.grootte(grootte, 50, 500));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({FINANCIEN, AUDITOR, AANBIEDER})
  @Operation(summary = "Een afrekening met totalen per aanbieder, per gemeente × productcategorie en de doorgeschoven aanbieders")
  public Afrekening haal(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.haal(id, gebruiker.beperktTotAanbieder());
  }

  @POST
  @Path("{id}/herberekening")
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een CONCEPT-afrekening opnieuw berekenen (neemt ook regels mee die sindsdien zijn geaccepteerd)")
  public Afrekening herbereken(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.herbereken(id);
  }

  @POST
  @Path("{id}/voorstel")
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een CONCEPT-afrekening voorstellen: de inhoud ligt vanaf nu vast")
  public Afrekening voorstellen(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.voorstellen(id);
  }

  @POST
  @Path("{id}/goedkeuring")
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een voorgestelde afrekening goedkeuren (vier ogen: niet door wie hem voorstelde)")
  public Afrekening goedkeuren(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.goedkeuren(id);
  }

  @POST
  @Path("{id}/afkeuring")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een voorgestelde afrekening met reden terugzetten naar CONCEPT")
  public Afrekening afkeuren(@PathParam("id") String idTekst, Afkeuring invoer) {
    long id = Parameters.id("id", idTekst);
    return beheer.afkeuren(id, invoer == null ? null : invoer.reden());
  }

  @POST
  @Path("{id}/betaald")
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een goedgekeurde afrekening als betaald melden: daarna verandert er niets meer aan")
  public Afrekening betaald(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return beheer.betaaldMelden(id);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een CONCEPT-afrekening verwijderen (de regels komen weer vrij)")
  public Response verwijder(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    beheer.verwijder(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/aanbieders/{agb}/regels")
  @RolesAllowed({FINANCIEN, AUDITOR, AANBIEDER})
  @Operation(summary = "De afgerekende regels van één aanbieder, per cliënt (BSN gemaskeerd tenzij de rol hem nodig heeft)")
  public Pagina<Regel> regels(@PathParam("id") String idTekst, @PathParam("agb") String agbTekst, @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    String agb = Parameters.agb("agb", agbTekst);
    long id = Parameters.id("id", idTekst);
    return beheer.regels(id, agb, gebruiker.beperktTotAanbieder(), gebruiker.zietVolledigeBsn(), Parameters.pagina(pagina),
        Parameters.grootte(grootte, 100, 500));
  }

  @GET
  @Path("{id}/journaal")
  @Produces("text/csv")
  @RolesAllowed({FINANCIEN, AUDITOR})
  @Operation(summary = "Journaalpost voor het grootboek (CSV): per gemeente × productcategorie, met tegenboeking op crediteuren")
  public Response journaal(@PathParam("id") String idTekst) {
    long id = Parameters.id("id", idTekst);
    return download(uitvoer.journaal(id), "text/csv; charset=UTF-8", "journaal-afrekening-" + id + ".csv");
  }

  @GET
  @Path("{id}/sepa")
  @Produces("application/xml")
  @RolesAllowed({FINANCIEN, AUDITOR})
  @Operation(summary = "Betaalbestand SEPA (pain.001.001.09) van een goedgekeurde afrekening: één betaling per aanbieder")
  public Response sepa(@PathParam("id") String idTekst, @QueryParam("uitvoerdatum") String uitvoerdatum) {
    long id = Parameters.id("id", idTekst);
    return download(uitvoer.sepa(id, uitvoerdatum == null ? null : Parameters.datum("uitvoerdatum", uitvoerdatum)),
        "application/xml; charset=UTF-8", "sepa-afrekening-" + id + ".xml");
  }

  @GET
  @Path("{id}/aanbieders/{agb}/afrekening")
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @RolesAllowed({FINANCIEN, AUDITOR, AANBIEDER})
  @Operation(summary = "Afrekening per aanbieder (PDF of XLSX, ?formaat=pdf|xlsx): regels per cliënt, correcties, totalen")
  public Response aanbiederRapport(@PathParam("id") String idTekst, @PathParam("agb") String agbTekst, @QueryParam("formaat") String formaat) {
    String agb = Parameters.agb("agb", agbTekst);
    long id = Parameters.id("id", idTekst);
    return download(uitvoer.aanbiederRapport(id, agb, formaat(formaat), gebruiker.beperktTotAanbieder(), gebruiker.zietVolledigeBsn()));
  }

  @GET
  @Path("{id}/rapporten/gemeenten")
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @RolesAllowed({FINANCIEN, AUDITOR})
  @Operation(summary = "Kosten per gemeente × productcategorie (PDF of XLSX); het totaal is het totaal van de afrekening")
  public Response gemeentenRapport(@PathParam("id") String idTekst, @QueryParam("formaat") String formaat) {
    long id = Parameters.id("id", idTekst);
    return download(uitvoer.gemeentenRapport(id, formaat(formaat)));
  }

  @GET
  @Path("{id}/rapporten/afwijzingen")
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @RolesAllowed({FINANCIEN, AUDITOR, CONTRACTBEHEER})
  @Operation(summary = "Afwijzingen van de maand per aanbieder en retourcode: aantal en bedrag (PDF of XLSX)")
  public Response afwijzingenRapport(@PathParam("id") String idTekst, @QueryParam("formaat") String formaat) {
    long id = Parameters.id("id", idTekst);
    return download(uitvoer.afwijzingenRapport(id, formaat(formaat)));
  }

  @GET
  @Path("{id}/rapporten/verwacht")
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @RolesAllowed({FINANCIEN, AUDITOR})
  @Operation(summary = "Verwacht, gedeclareerd en betaald per toewijzing in de maand; boven verwachting gemarkeerd (PDF of XLSX)")
  public Response verwachtRapport(@PathParam("id") String idTekst, @QueryParam("formaat") String formaat) {
    long id = Parameters.id("id", idTekst);
    return download(uitvoer.verwachtRapport(id, formaat(formaat)));
  }

  static Formaat formaat(String waarde) {
    if (waarde == null || waarde.isBlank() || waarde.equalsIgnoreCase("pdf")) {
      return Formaat.PDF;
    }
    if (waarde.equalsIgnoreCase("xlsx")) {
      return Formaat.XLSX;
    }
    throw OngeldigeInvoerException.van("formaat", "pdf of xlsx, niet " + waarde);
  }

  static Response download(AfrekeningUitvoer.Download d) {
    return download(d.inhoud(), d.mediaType(), d.bestandsnaam());
  }

  static Response download(byte[] inhoud, String type, String bestandsnaam) {
    return Response.ok(inhoud, type).header("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"").build();
  }
}
