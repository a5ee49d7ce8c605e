package nl.regio.wmo.interfaces.web.contractbeheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.TariefBeheer;
import nl.regio.wmo.application.TariefBeheer.TariefGegevens;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.interfaces.web.Bedragen;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;

/**
 * Contract management: the tariffs as timelines, one per contract (or the regional default) × product (× klasse), every
 * version with its period, the one in force today marked; and a new version, which never rewrites the past (its
 * predecessor ends the day before; an overlap is refused — decided in TariefBeheer, as for the API).
 */
@Named
@ViewScoped
public class Tarieven implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most versions read for one search: the timelines are built in memory from them. */
  static final int MAX_VERSIES = 500;

  @Inject transient TariefBeheer beheer;
  @Inject transient Clock clock;

  private String filterContract;
  private String filterProduct;
  private String filterKlasse;
  private List<Tijdlijn> tijdlijnen = List.of();

  // the new version
  private String contractNummer;
  private String productCode;
  private String klasse;
  private String ingangsdatum;
  private String bedragCent;

  /** One tariff's versions in time, oldest first. */
  public record Tijdlijn(String contract, String product, Integer klasse, String eenheid, List<Versie> versies) implements Serializable {}

  public record Versie(long id, LocalDate ingangsdatum, LocalDate einddatum, long bedragCent, boolean nuGeldig) implements Serializable {}

  public void zoek() {
    try {
      LocalDate vandaag = LocalDate.now(clock);
      Map<String, Tijdlijn> perTarief = new LinkedHashMap<>();
      Pagina<TariefGegevens> gevonden = beheer.zoek(null, Invoer.tekst(filterContract), Invoer.tekst(filterProduct),
          Invoer.geheel("klasse", filterKlasse), null, null, Optional.empty(), 0, MAX_VERSIES);
      if (gevonden.totaal() > MAX_VERSIES) {
        Meldingen.info("Er zijn " + gevonden.totaal() + " tariefversies; de eerste " + MAX_VERSIES
            + " staan hieronder. Kies een contract, product of klasse om de rest te zien.");
      }
      for (TariefGegevens t : gevonden.items()) {
        String sleutel = t.contractNummer() + "|" + t.productCode() + "|" + t.klasse();
        Tijdlijn lijn = perTarief.computeIfAbsent(sleutel, k -> new Tijdlijn(t.contractNummer(), t.productCode(), t.klasse(),
            Eenheid.vanCode(t.eenheid()).map(Eenheid::omschrijving).orElse(t.eenheid()), new ArrayList<>()));
        boolean geldig = !t.ingangsdatum().isAfter(vandaag) && (t.einddatum() == null || !t.einddatum().isBefore(vandaag));
        lijn.versies().add(new Versie(t.id(), t.ingangsdatum(), t.einddatum(), t.bedragCent(), geldig));
      }
      tijdlijnen = List.copyOf(perTarief.values());
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "zoeken")) {
        throw e;
      }
    }
  }

  public void voegToe() {
    try {
      TariefGegevens nieuw = beheer.maak(new TariefGegevens(null, Invoer.tekst(productCode), Invoer.tekst(contractNummer), null, Invoer.geheel("klasse", klasse),
          Invoer.datum("ingangsdatum", ingangsdatum), null, Bedragen.naarCent("bedragCent", bedragCent), null, null));
      Meldingen.info("Tariefversie " + nieuw.id() + " is toegevoegd: " + nieuw.productCode() + " vanaf " + nieuw.ingangsdatum()
          + (nieuw.contractNummer() == null ? " (regionaal)" : " (contract " + nieuw.contractNummer() + ")")
          + "; een open voorganger eindigt de dag ervoor.");
      filterContract = nieuw.contractNummer();
      filterProduct = nieuw.productCode();
      zoek();
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "nieuw")) {
        throw e;
      }
    }
  }

  public List<Tijdlijn> getTijdlijnen() {
    return tijdlijnen;
  }

  public String getFilterContract() {
    return filterContract;
  }

  public void setFilterContract(String filterContract) {
    this.filterContract = filterContract;
  }

  public String getFilterKlasse() {
    return filterKlasse;
  }

  public void setFilterKlasse(String filterKlasse) {
    this.filterKlasse = filterKlasse;
  }

  public String getFilterProduct() {
    return filterProduct;
  }

  public void setFilterProduct(String filterProduct) {
    this.filterProduct = filterProduct;
  }

  public String getContractNummer() {
    return contractNummer;
  }

  public void setContractNummer(String contractNummer) {
    this.contractNummer = contractNummer;
  }

  public String getProductCode() {
    return productCode;
  }

  public void setProductCode(String productCode) {
    this.productCode = productCode;
  }

  public String getKlasse() {
    return klasse;
  }

  public void setKlasse(String klasse) {
    this.klasse = klasse;
  }

  public String getIngangsdatum() {
    return ingangsdatum;
  }

  public void setIngangsdatum(String ingangsdatum) {
    this.ingangsdatum = ingangsdatum;
  }

  public String getBedragCent() {
    return bedragCent;
  }

  public void setBedragCent(String bedragCent) {
    this.bedragCent = bedragCent;
  }
}
