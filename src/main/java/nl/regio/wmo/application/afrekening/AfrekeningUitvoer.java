package nl.regio.wmo.application.afrekening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.infrastructure.config.ConfigBestanden;

/** What a run produces for others: the ledger journal, the payment file and the reports. */
@ApplicationScoped
public class AfrekeningUitvoer {

  @Inject AfrekeningBeheer beheer;
  @Inject RegioGegevens regio;
  @Inject ConfigBestanden config;

  public byte[] journaal(long id) {
    Afrekening run = beheer.haal(id, Optional.empty());
    Map<String, String> namen = regio.gemeenten().stream()
        .collect(Collectors.toMap(RegioGegevens.GemeenteGegevens::cbsCode, RegioGegevens.GemeenteGegevens::naam));
    Map<String, Journaal.Rekening> rekeningen = new TreeMap<>();
    config.csv("regio/grootboek.csv").forEach(r -> rekeningen.put(r.get("categorie"), new Journaal.Rekening(r.get("rekening"), r.get("omschrijving"))));
    return Journaal.csv(run, namen, rekeningen);
  }
}
