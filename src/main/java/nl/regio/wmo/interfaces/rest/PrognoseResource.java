package nl.regio.wmo.interfaces.rest;

import static nl.regio.wmo.infrastructure.security.Rollen.AUDITOR;
import static nl.regio.wmo.infrastructure.security.Rollen.CONSULENT;
import static nl.regio.wmo.infrastructure.security.Rollen.FINANCIEN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regio.wmo.application.NietGevondenException;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.ToewijzingBeheer;
import nl.regio.wmo.application.ToewijzingBeheer.Prognose;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The forecast of costs per municipality per month, from the current toewijzingen. */
@Path("prognose")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PrognoseResource {

  @Inject ToewijzingBeheer toewijzingen;
  @Inject RegioGegevens regio;

  @GET
  @RolesAllowed({FINANCIEN, CONSULENT, AUDITOR})
  @Operation(summary = "Verwachte kosten per maand voor de inwoners van één gemeente (van en tot: jjjj-mm), met totaal en per productcategorie")
  public Prognose prognose(@QueryParam("gemeente") String gemeente, @QueryParam("van") String van, @QueryParam("tot") String tot) {
    if (gemeente == null || gemeente.isBlank()) {
      throw OngeldigeInvoerException.van("gemeente", "is verplicht (CBS-code)");
    }
    if (regio.gemeente(gemeente.trim()).isEmpty()) {
      throw new NietGevondenException("Gemeente " + gemeente + " hoort niet bij de regio.");
    }
    return toewijzingen.prognose(gemeente.trim(), ToewijzingResource.maand("van", van), ToewijzingResource.maand("tot", tot));
  }
}
