package nl.regio.wmo.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regio.wmo.application.AanbiederBeheer;
import nl.regio.wmo.application.AanbiederBeheer.AanbiederGegevens;
import nl.regio.wmo.application.ContractBeheer;
import nl.regio.wmo.application.ContractBeheer.ContractGegevens;
import nl.regio.wmo.application.BeschikkingImport;
import nl.regio.wmo.application.ConflictException;
import nl.regio.wmo.application.ImportAfgekeurdException;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.ProductBeheer;
import nl.regio.wmo.application.ProductBeheer.ProductGegevens;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.SvbImport;
import nl.regio.wmo.application.TariefBeheer;
import nl.regio.wmo.application.TariefBeheer.TariefGegevens;
import nl.regio.wmo.domain.contract.KlasseBand;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the region configuration ({@code config/regio}: municipalities, klasse bands, product
 * catalogue) and the demo data ({@code config/demo}: providers, contracts, tariffs, clients and
 * beschikkingen, the SVB payments of the PGB demo) through the
 * same use cases a contract manager uses, so the same rules apply. What exists already (by
 * business key) is left alone: loading twice changes nothing. One transaction: a bad row loads
 * nothing and names its file, line and field.
 */
@ApplicationScoped
public class ConfigLader {

  @Inject ConfigBestanden bestanden;
  @Inject RegioGegevens regio;
  @Inject ProductBeheer producten;
  @Inject AanbiederBeheer aanbieders;
  @Inject ContractBeheer contracten;
  @Inject TariefBeheer tarieven;
  @Inject BeschikkingImport beschikkingen;
  @Inject SvbImport svb;
  @Inject PgbTariefConfiguratie pgbTarieven;

  /** How many rows of each kind were added. */
  /** What a load added, per kind; and how many PGB tariff rules are in force now (that file is read again each time). */
  public record Verslag(Map<String, Integer> toegevoegd, int pgbTariefregels) {
    public int totaal() {
      return toegevoegd.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  @Transactional
  public Verslag laad(boolean ookDemo) {
    Map<String, Integer> teller = new LinkedHashMap<>();
    per("regio/gemeenten.csv", "gemeenten", teller, r -> regio.voegGemeenteToe(r.get("cbsCode"), r.get("naam")));
    List<KlasseBand> banden = new ArrayList<>();
    per("regio/klassen.csv", "klassen", teller, r -> {
      banden.add(new KlasseBand(Integer.parseInt(r.get("klasse")), new BigDecimal(r.get("urenVanaf")), new BigDecimal(r.get("urenTotEnMet"))));
      return false;
    });
    teller.put("klassen", regio.legKlassenVast(banden) ? banden.size() : 0);
    per("regio/producten.csv", "producten", teller, r -> {
      if (producten.bestaat(r.get("code"))) {
        return false;
      }
      producten.maak(new ProductGegevens(null, r.get("code"), r.get("naam"), r.get("categorie"), null,
          r.get("eenheid"), null, r.get("uitvoeringsvariant"), Boolean.parseBoolean(r.get("tariefPerKlasse")),
          lijst(r.get("vervoerBij"))));
      return true;
    });
    if (ookDemo) {
      laadDemo(teller);
    }
    return new Verslag(teller, pgbTarieven.herlaad().regels().size());
  }

  private void laadDemo(Map<String, Integer> teller) {
    per("demo/aanbieders.csv", "aanbieders", teller, r -> {
      if (aanbieders.bestaat(r.get("agbCode"))) {
        return false;
      }
      aanbieders.maak(new AanbiederGegevens(null, r.get("agbCode"), r.get("naam"), r.get("iban")));
      return true;
    });
    per("demo/contracten.csv", "contracten", teller, r -> {
      if (contracten.bestaatNummer(r.get("nummer"))) {
        return false;
      }
      List<String> codes = lijst(r.get("productCodes"));
      if (codes.equals(List.of("*"))) {
        codes = alleProductcodes();
      }
      contracten.maak(new ContractGegevens(null, r.get("nummer"), r.get("aanbiederAgbCode"), null,
          r.get("omschrijving"), datum(r, "ingangsdatum"), datum(r, "einddatum"), codes, lijst(r.get("gemeenteCodes"))));
      return true;
    });
    per("demo/tarieven.csv", "tarieven", teller, r -> {
      String contract = leegIsNull(r.get("contractNummer"));
      Integer klasse = leegIsNull(r.get("klasse")) == null ? null : Integer.valueOf(r.get("klasse"));
      LocalDate ingang = datum(r, "ingangsdatum");
      if (tarieven.versieBestaat(r.get("productCode"), contract, klasse, ingang)) {
        return false;
      }
      tarieven.maak(new TariefGegevens(null, r.get("productCode"), contract, null, klasse, ingang,
          datum(r, "einddatum"), Long.valueOf(r.get("bedragCent")), null, null));
      return true;
    });
    // clients and beschikkingen in the municipal system's import layout, through the same import
    try {
      BeschikkingImport.Verslag verslag = beschikkingen.laadOpnieuw("config/demo/beschikkingen.csv", bestanden.bytes("demo/beschikkingen.csv"));
      teller.put("clienten", verslag.nieuweClienten());
      teller.put("beschikkingen", verslag.aangemaakt());
    } catch (ImportAfgekeurdException e) {
      throw afgekeurd("config/demo/beschikkingen.csv", e);
    }
    // the SVB payments of the PGB demo (after the beschikkingen they are charged to); by SHA-256, so once
    try {
      SvbImport.Verslag verslag = svb.laadOpnieuw("config/demo/svb-betalingen-2026.csv", bestanden.bytes("demo/svb-betalingen-2026.csv"));
      teller.put("svbBetalingen", verslag.nieuw());
    } catch (ImportAfgekeurdException e) {
      throw afgekeurd("config/demo/svb-betalingen-2026.csv", e);
    }
  }

  private static OngeldigeInvoerException afgekeurd(String bestand, ImportAfgekeurdException e) {
    return new OngeldigeInvoerException(e.regels().isEmpty()
        ? List.of(new Fout(bestand, e.getMessage()))
        : e.regels().stream().map(r -> new Fout(bestand, r)).toList());
  }

  private interface Rij {
    boolean voegToe(CSVRecord r);
  }

  private void per(String bestand, String soort, Map<String, Integer> teller, Rij rij) {
    int toegevoegd = 0;
    for (CSVRecord r : bestanden.csv(bestand)) {
      try {
        if (rij.voegToe(r)) {
          toegevoegd++;
        }
      } catch (OngeldigeInvoerException e) {
        throw new OngeldigeInvoerException(
            e.fouten().stream().map(f -> new Fout(plaats(bestand, r) + f.veld(), f.melding())).toList());
      } catch (ConflictException e) {
        throw OngeldigeInvoerException.van(plaats(bestand, r) + e.veld(), e.getMessage());
      } catch (RuntimeException e) {
        throw OngeldigeInvoerException.van(plaats(bestand, r), String.valueOf(e.getMessage()));
      }
    }
    teller.merge(soort, toegevoegd, Integer::sum);
  }

  private static String plaats(String bestand, CSVRecord r) {
    return "config/" + bestand + " regel " + (r.getRecordNumber() + 1) + " ";
  }

  private List<String> alleProductcodes() {
    return producten.zoek(null, null, null, 0, 500).items().stream().map(ProductGegevens::code).toList();
  }

  private static List<String> lijst(String tekst) {
    return tekst == null || tekst.isBlank() ? List.of() : Arrays.asList(tekst.trim().split("\\s+"));
  }

  private static String leegIsNull(String tekst) {
    return tekst == null || tekst.isBlank() ? null : tekst;
  }

  private static LocalDate datum(CSVRecord r, String kolom) {
    String tekst = leegIsNull(r.get(kolom));
    try {
      return tekst == null ? null : LocalDate.parse(tekst);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(kolom + " is geen datum (jjjj-mm-dd): " + tekst);
    }
  }
}
