package nl.regio.wmo.interfaces.web.contractbeheer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.RegioGegevens.GemeenteGegevens;
import nl.regio.wmo.application.RegioGegevens.KlasseGegevens;
import nl.regio.wmo.infrastructure.config.ConfigLader;
import nl.regio.wmo.interfaces.web.Meldingen;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Contract management: the region as stored — its municipalities and the klasse bands (S-KLASSE) — read-only, because
 * the application layer changes neither once stored (they come from {@code config/regio}); and reloading
 * {@code config/} (as {@code POST /api/regio/configuratie/laad}), its outcome in words.
 */
@Named
@RequestScoped
public class RegioBeheer {

  /** The kinds a load counts, in words (singular, plural), in the order of the report. */
  private static final Map<String, String[]> SOORTEN = Map.of(
      "gemeenten", new String[] {"gemeente", "gemeenten"},
      "klassen", new String[] {"klasse", "klassen"},
      "producten", new String[] {"product", "producten"},
      "aanbieders", new String[] {"aanbieder", "aanbieders"},
      "contracten", new String[] {"contract", "contracten"},
      "tarieven", new String[] {"tariefversie", "tariefversies"},
      "clienten", new String[] {"cliënt", "cliënten"},
      "beschikkingen", new String[] {"beschikking", "beschikkingen"},
      "svbBetalingen", new String[] {"SVB-betaling", "SVB-betalingen"});

  @Inject RegioGegevens regio;
  @Inject ConfigLader lader;

  @Inject
  @ConfigProperty(name = "wmo.demo", defaultValue = "true")
  boolean demo;

  private List<GemeenteGegevens> gemeenten;
  private List<KlasseGegevens> klassen;

  public void laad() {
    try {
      Meldingen.info(inWoorden(lader.laad(demo)));
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e)) {
        throw e;
      }
      Meldingen.info("Er is niets geladen: het laden gebeurt in één keer, een fout laat alles zoals het was.");
    }
    gemeenten = null;
    klassen = null;
  }

  /** A load's outcome in words: what was added per kind, or that nothing changed; and the PGB tariff rules in force. */
  static String inWoorden(ConfigLader.Verslag verslag) {
    String pgb = verslag.pgbTariefregels() + (verslag.pgbTariefregels() == 1 ? " PGB-tariefregel" : " PGB-tariefregels") + " in gebruik.";
    if (verslag.totaal() == 0) {
      return "Configuratie opnieuw gelezen: niets veranderd, alles stond er al. " + pgb;
    }
    String toegevoegd = verslag.toegevoegd().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> {
          String[] woord = SOORTEN.getOrDefault(e.getKey(), new String[] {e.getKey(), e.getKey()});
          return e.getValue() + " " + (e.getValue() == 1 ? woord[0] : woord[1]);
        })
        .collect(Collectors.joining(", "));
    return "Configuratie opnieuw gelezen: toegevoegd " + toegevoegd + "; wat er al was, is niet veranderd. " + pgb;
  }

  /** Hours as written in Dutch, without trailing zeros: {@code 2}, {@code 2,5}. */
  public String uren(java.math.BigDecimal uren) {
    return uren == null ? "" : uren.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  public List<GemeenteGegevens> getGemeenten() {
    if (gemeenten == null) {
      gemeenten = regio.gemeenten();
    }
    return gemeenten;
  }

  public List<KlasseGegevens> getKlassen() {
    if (klassen == null) {
      klassen = regio.klassen();
    }
    return klassen;
  }
}
