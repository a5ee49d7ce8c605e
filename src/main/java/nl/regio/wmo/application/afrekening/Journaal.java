package nl.regio.wmo.application.afrekening;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.GemeenteTotaal;
import nl.regio.wmo.domain.shared.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The general-ledger journal of a run: per municipality one cost line per product category (debit on the
 * category's account; a net credit stays a credit) and one contra line on the creditors account, so every
 * municipality's entry balances. The cost lines add up to the run total. Amounts in euros with a decimal point.
 */
public final class Journaal {

  /** A ledger account per product category, "*" = creditors, "overig" = every category without its own. */
  public record Rekening(String rekening, String omschrijving) {}

  static final String[] KOLOMMEN = {"boekdatum", "afrekening", "maand", "gemeente", "gemeentenaam", "categorie", "categorienaam",
      "rekening", "omschrijving", "debet", "credit", "aantalRegels"};

  private Journaal() {}

  public static byte[] csv(Afrekening run, Map<String, String> gemeenteNamen, Map<String, Rekening> rekeningen) {
    Rekening crediteuren = verplicht(rekeningen, "*");
    Map<String, Long> perGemeente = new LinkedHashMap<>();
    StringWriter uit = new StringWriter();
    String boekdatum = run.maandWaarde().laatsteDag().toString();
    try (CSVPrinter csv = new CSVPrinter(uit, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(KOLOMMEN).setRecordSeparator("\r\n").get())) {
      List<GemeenteTotaal> regels = run.gemeenten();
      for (int i = 0; i < regels.size(); i++) {
        GemeenteTotaal g = regels.get(i);
        Rekening r = rekeningen.containsKey(g.categorie()) ? rekeningen.get(g.categorie()) : verplicht(rekeningen, "overig");
        String naam = gemeenteNamen.getOrDefault(g.gemeente(), g.gemeente());
        csv.printRecord(boekdatum, run.id(), run.maand(), g.gemeente(), naam, g.categorie(), g.categorieNaam(), r.rekening(),
            r.omschrijving(), debet(g.totaalCent()), credit(g.totaalCent()), g.aantalRegels());
        perGemeente.merge(g.gemeente(), g.totaalCent(), Long::sum);
        boolean laatsteVanGemeente = i == regels.size() - 1 || !regels.get(i + 1).gemeente().equals(g.gemeente());
        if (laatsteVanGemeente) {
          long saldo = perGemeente.get(g.gemeente());
          csv.printRecord(boekdatum, run.id(), run.maand(), g.gemeente(), naam, "", "", crediteuren.rekening(), crediteuren.omschrijving(),
              debet(-saldo), credit(-saldo), "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uit.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Rekening verplicht(Map<String, Rekening> rekeningen, String categorie) {
    Rekening r = rekeningen.get(categorie);
    if (r == null) {
      throw new IllegalStateException("config/regio/grootboek.csv mist de rekening voor categorie '" + categorie + "'");
    }
    return r;
  }

  private static String debet(long cent) {
    return cent >= 0 ? euro(cent) : "";
  }

  private static String credit(long cent) {
    return cent < 0 ? euro(-cent) : "";
  }

  private static String euro(long cent) {
    BigDecimal e = Money.ofCents(cent).euros();
    return e.setScale(2).toPlainString();
  }
}
