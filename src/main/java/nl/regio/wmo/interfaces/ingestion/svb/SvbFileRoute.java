package nl.regio.wmo.interfaces.ingestion.svb;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.regio.wmo.application.SvbImport;
import nl.regio.wmo.interfaces.ingestion.CsvImportRoute;

/**
 * SVB payment files (PGB, rule S-PGB-SVB; layout in config/import/svb.md): CSV files dropped in
 * {@code ${wmo.inbox}/svb}, all or nothing per file; content already processed is refused, a payment id already
 * stored with the same data is skipped (see {@link CsvImportRoute} for where files go).
 */
@Dependent
public class SvbFileRoute extends CsvImportRoute {

  public static final String ROUTE_ID = "svb-betalingen-csv";

  @Inject SvbImport importer;

  @Override
  protected String map() {
    return "svb";
  }

  @Override
  protected String routeId() {
    return ROUTE_ID;
  }

  @Override
  protected String soort() {
    return "SVB-bestand";
  }

  @Override
  protected String importeer(String naam, byte[] inhoud) {
    return verslag(importer.importeer(naam, inhoud));
  }

  static String verslag(SvbImport.Verslag v) {
    return "Bestand " + v.bestand() + " is verwerkt: " + v.rijen() + " betalingen, " + v.nieuw() + " nieuw opgeslagen, "
        + v.alBekend() + " al bekend (zelfde gegevens) en overgeslagen." + System.lineSeparator();
  }
}
