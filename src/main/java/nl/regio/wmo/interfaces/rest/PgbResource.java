package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.ImportAfgekeurdException;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.PgbReconciliatie;
import nl.regio.wmo.application.rapport.PgbRapport;
import nl.regio.wmo.infrastructure.rapport.Formaat;
import nl.regio.wmo.infrastructure.rapport.RapportMaker;
import nl.regio.wmo.application.PgbReconciliatie.BudgetOverzicht;
import nl.regio.wmo.application.PgbReconciliatie.Overzicht;
import nl.regio.wmo.application.PgbReconciliatie.RapportGegevens;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.SvbImport;
import nl.regio.wmo.domain.shared.GemeenteCode;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * PGB (finance; auditors read): the SVB payment import and the reconciliation of budgets with what
 * the SVB paid (S-PGB-SVB, S-PGB-TARIEF, OP043, S-PGB-TOEKENNING). BSNs are masked for roles that do
 * not need them; a BSN never goes in a URL or an error.
 */
@Path("pgb")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PgbResource {

  static final int JAAR_VAN = 2000;
  static final int JAAR_TOT = 2100;

  @Inject PgbReconciliatie reconciliatie;
  @Inject SvbImport svb;
  @Inject RegioGegevens regio;
  @Inject HuidigeGebruiker gebruiker;
  @Inject Clock clock;
  @Inject RapportMaker rapporten;

  @Inject
  @ConfigProperty(name = "wmo.import.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @GET
  @Path("reconciliatie")
  @RolesAllowed({FINANCIEN, AUDITOR})
  @Operation(summary = "PGB-reconciliatie van een jaar: per gemeente toegekend, betaald en terug te vorderen; per budgethouder en"
      + " beschikking de cijfers en de afwijkingen met bewijs (gemeente leeg = de hele regio)")
  public Overzicht reconciliatie(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar) {
    return reconciliatie.reconcilieer(gemeente(gemeente), jaar(jaar), gebruiker.zietVolledigeBsn());
  }

  @GET
  @Path("rapport")
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @RolesAllowed({FINANCIEN, AUDITOR})
  @Operation(summary = "PGB-reconciliatie als rapport (PDF of XLSX, ?formaat=pdf|xlsx): totalen per gemeente, afwijkingen en een"
      + " pagina per budgethouder met een afwijking (BSN gemaskeerd voor wie hem niet nodig heeft)")
  public Response rapport(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar, @QueryParam("formaat") String formaat) {
    Formaat f = AfrekeningResource.formaat(formaat);
    PgbRapport r = PgbRapport.van(reconciliatie.rapport(gemeente(gemeente), jaar(jaar), gebruiker.zietVolledigeBsn()));
    return AfrekeningResource.download(rapporten.maak(r, f), f.mediaType(), RapportMaker.bestandsnaam(r, f));
  }

  @GET
  @Path("budgetten")
  @RolesAllowed({FINANCIEN, AUDITOR})
  @Operation(summary = "PGB-budgetten van een jaar per budgethouder en beschikking, per maand en voor het jaar (gemeente leeg = de hele regio)")
  public BudgetOverzicht budgetten(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar) {
    return reconciliatie.budgetten(gemeente(gemeente), jaar(jaar), gebruiker.zietVolledigeBsn());
  }

  @POST
  @Path("svb-betalingen")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(FINANCIEN)
  @Operation(summary = "Een SVB-betaalbestand (CSV, config/import/svb.md) aanleveren: alles of niets; 201 met aantallen, 400 met de"
      + " afgekeurde rijen, 409 als dezelfde inhoud al verwerkt is")
  public Response svbBetalingen(InputStream body) {
    byte[] inhoud;
    try {
      inhoud = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (inhoud.length > maxBytes) {
      throw OngeldigeInvoerException.van("body", "het bestand is groter dan " + maxBytes + " bytes");
    }
    if (inhoud.length == 0) {
      throw OngeldigeInvoerException.van("body", "een SVB-betaalbestand (CSV) is verplicht");
    }
    try {
      SvbImport.Verslag verslag = svb.importeer("upload " + OffsetDateTime.now(clock).withNano(0), inhoud);
      return Response.status(201).entity(verslag).build();
    } catch (SvbImport.AlVerwerkt e) {
      return ProbleemMappers.antwoord(409, "Al verwerkt", e.getMessage(), List.of(new Fout("body", e.getMessage())));
    } catch (ImportAfgekeurdException e) {
      return ProbleemMappers.antwoord(400, "Bestand afgekeurd", e.getMessage(),
          e.regels().stream().map(r -> new Fout("body", r)).toList());
    }
  }

  /**
   * The data of the PGB report (JasperReports) for one year and municipality (null = the region); the
   * BSN masked as for the API.
   */
  public RapportGegevens rapportGegevens(String gemeente, int jaar) {
    return reconciliatie.rapport(gemeente(gemeente), jaar(String.valueOf(jaar)), gebruiker.zietVolledigeBsn());
  }

  private String gemeente(String waarde) {
    String g = Parameters.tekst(waarde);
    if (g == null) {
      return null;
    }
    try {
      new GemeenteCode(g);
    } catch (IllegalArgumentException e) {
      throw OngeldigeInvoerException.van("gemeente", "is geen CBS-gemeentecode (4 cijfers): " + g);
    }
    if (regio.gemeente(g).isEmpty()) {
      throw OngeldigeInvoerException.van("gemeente", "gemeente " + g + " hoort niet bij de regio");
    }
    return g;
  }

  private static int jaar(String waarde) {
    if (Parameters.tekst(waarde) == null) {
      throw OngeldigeInvoerException.van("jaar", "is verplicht (jjjj)");
    }
    Integer j = Parameters.getal("jaar", waarde);
    if (j < JAAR_VAN || j > JAAR_TOT) {
      throw OngeldigeInvoerException.van("jaar", "ligt niet tussen " + JAAR_VAN + " en " + JAAR_TOT + ": " + j);
    }
    return j;
  }
}
