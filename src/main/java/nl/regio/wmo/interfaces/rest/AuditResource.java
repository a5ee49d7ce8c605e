package nl.regio.wmo.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regio.wmo.application.AuditLog;
import nl.regio.wmo.application.AuditLog.AuditGegevens;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.infrastructure.security.Rollen;

/** The audit trail, newest first: {@code entiteit} = aanbieder, product, contract or tarief. Auditors only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog audit;

  @GET
  @RolesAllowed(Rollen.AUDITOR)
  @Operation(summary = "Audittrail: wie wijzigde wat wanneer, met oude en nieuwe waarde (auditor)")
  public Pagina<AuditGegevens> lijst(
      @QueryParam("entiteit") String entiteit,
      @QueryParam("entiteitId") String entiteitId,
      @QueryParam("van") String van,
      @QueryParam("tot") String tot,
      @QueryParam("pagina") String pagina,
      @QueryParam("grootte") String grootte) {
    return audit.zoek(
        Parameters.tekst(entiteit),
        Parameters.tekst(entiteitId),
        Parameters.tijdstip("van", van),
        Parameters.tijdstip("tot", tot),
        Parameters.getal("pagina", pagina, 0),
        Parameters.getal("grootte", grootte, 50));
  }
}
