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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.RegioGegevens.GemeenteGegevens;
import nl.regio.wmo.application.RegioGegevens.KlasseGegevens;
import nl.regio.wmo.infrastructure.config.ConfigLader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The region: its municipalities and klasse bands (read), and reloading config/ without a restart. */
@Path("regio")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegioResource {

  @Inject RegioGegevens regio;
  @Inject ConfigLader lader;

  @Inject
  @ConfigProperty(name = "wmo.demo", defaultValue = "true")
  boolean demo;

  @GET
  @Path("gemeenten")
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "De gemeenten van de regio (CBS-codes)")
  public List<GemeenteGegevens> gemeenten() {
    return regio.gemeenten();
  }

  @GET
  @Path("klassen")
  @RolesAllowed({CONTRACTBEHEER, CONSULENT, FINANCIEN, AANBIEDER, AUDITOR})
  @Operation(summary = "De klassen van individuele ondersteuning (uren per week)")
  public List<KlasseGegevens> klassen() {
    return regio.klassen();
  }

  /**
   * Reads config/ again (region, and demo data when enabled) and adds what is new; what exists is
   * left alone. Answers how many rows of each kind were added.
   */
  @POST
  @Path("configuratie/laad")
  @RolesAllowed(CONTRACTBEHEER)
  @Operation(summary = "config/ opnieuw laden; voegt alleen nieuwe regels toe (contractbeheer)")
  public ConfigLader.Verslag laad() {
    return lader.laad(demo);
  }
}
