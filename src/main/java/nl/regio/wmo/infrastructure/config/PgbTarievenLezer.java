package nl.regio.wmo.infrastructure.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.domain.pgb.PgbTariefRegel;
import nl.regio.wmo.domain.pgb.PgbTarieven;
import nl.regio.wmo.domain.pgb.Zorgsoort;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the PGB tariff configuration {@code config/regio/pgb-tarieven.csv} (layout in
 * config/README.md) in the dialect of every config file ({@link ConfigBestanden#formaat()}). All or
 * nothing: a bad line refuses the whole file, every error naming file, line and column.
 */
public final class PgbTarievenLezer {

  public static final String BESTAND = "regio/pgb-tarieven.csv";
  public static final List<String> KOLOMMEN = List.of(
      "productCode", "categorie", "zorgsoort", "ingangsdatum", "einddatum", "percentageZin", "maxUurtariefCent",
      "zinUurtariefCent");

  private PgbTarievenLezer() {}

  /**
   * @param bron the name used in error messages, e.g. {@code config/regio/pgb-tarieven.csv}
   * @throws OngeldigeInvoerException naming every bad line and column; nothing is returned then
   */
  public static PgbTarieven lees(String bron, Reader reader) {
    try (CSVParser parser = ConfigBestanden.formaat().parse(reader)) {
      List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !parser.getHeaderNames().contains(k)).toList();
      if (!ontbreekt.isEmpty()) {
        throw OngeldigeInvoerException.van(bron, "ontbrekende kolommen " + ontbreekt + "; verwacht " + String.join(",", KOLOMMEN));
      }
      List<PgbTariefRegel> regels = new ArrayList<>();
      List<Fout> fouten = new ArrayList<>();
      for (CSVRecord r : parser) {
        String plaats = bron + " regel " + parser.getCurrentLineNumber() + " ";
        try {
          regels.add(regel(r));
        } catch (VeldFout e) {
          fouten.add(new Fout(plaats + e.veld, e.getMessage()));
        } catch (IllegalArgumentException e) {
          fouten.add(new Fout(plaats.trim(), e.getMessage()));
        }
      }
      if (!fouten.isEmpty()) {
        throw new OngeldigeInvoerException(fouten);
      }
      try {
        return new PgbTarieven(regels);
      } catch (IllegalArgumentException e) {
        throw OngeldigeInvoerException.van(bron, e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(bron + " is niet te lezen", e);
    }
  }

  private static PgbTariefRegel regel(CSVRecord r) {
    if (!r.isConsistent()) {
      throw new IllegalArgumentException("heeft " + r.size() + " kolommen in plaats van " + KOLOMMEN.size());
    }
    String product = leeg(r.get("productCode"));
    String categorie = leeg(r.get("categorie"));
    if (product != null && !product.matches("[0-9A-Z]{1,5}")) {
      throw new VeldFout("productCode", "is geen productcode (ten hoogste 5 letters/cijfers)");
    }
    if (categorie != null && !categorie.matches("\\d{2}")) {
      throw new VeldFout("categorie", "is geen iWmo-categorie (2 cijfers, WMO020)");
    }
    Zorgsoort zorgsoort;
    try {
      zorgsoort = Zorgsoort.valueOf(r.get("zorgsoort").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new VeldFout("zorgsoort", "is niet FORMEEL of INFORMEEL");
    }
    LocalDate ingang = datum(r, "ingangsdatum");
    if (ingang == null) {
      throw new VeldFout("ingangsdatum", "is verplicht");
    }
    LocalDate einde = datum(r, "einddatum");
    BigDecimal percentage = null;
    if (leeg(r.get("percentageZin")) != null) {
      try {
        percentage = new BigDecimal(r.get("percentageZin"));
      } catch (NumberFormatException e) {
        throw new VeldFout("percentageZin", "is geen getal (punt als decimaalteken)");
      }
      if (percentage.stripTrailingZeros().scale() > 2) {
        throw new VeldFout("percentageZin", "heeft meer dan 2 decimalen");
      }
    }
    return new PgbTariefRegel(product, categorie, zorgsoort, Periode.inclusief(ingang, einde), percentage,
        centen(r, "maxUurtariefCent"), centen(r, "zinUurtariefCent"));
  }

  private static String leeg(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static LocalDate datum(CSVRecord r, String kolom) {
    String s = leeg(r.get(kolom));
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new VeldFout(kolom, "is geen datum (jjjj-mm-dd)");
    }
  }

  private static Money centen(CSVRecord r, String kolom) {
    String s = leeg(r.get(kolom));
    if (s == null) {
      return null;
    }
    if (!s.matches("\\d{1,9}")) {
      throw new VeldFout(kolom, "is geen heel aantal centen");
    }
    return Money.ofCents(Long.parseLong(s));
  }

  private static final class VeldFout extends IllegalArgumentException {
    private final String veld;

    VeldFout(String veld, String melding) {
      super(melding);
      this.veld = veld;
    }
  }
}
