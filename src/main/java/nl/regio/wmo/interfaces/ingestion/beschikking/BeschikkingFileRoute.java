package nl.regio.wmo.interfaces.ingestion.beschikking;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.regio.wmo.application.BeschikkingImport;
import nl.regio.wmo.interfaces.ingestion.CsvImportRoute;

/**
 * Beschikkingen from the municipal system: CSV files dropped in {@code ${wmo.inbox}/beschikkingen} (layout in
 * config/import/README.md), all or nothing per file, every row checked by the policy rules (see
 * {@link CsvImportRoute} for where files go).
 */
@Dependent
public class BeschikkingFileRoute extends CsvImportRoute {

  public static final String ROUTE_ID = "beschikkingen-csv";

  @Inject BeschikkingImport importer;

  @Override
  protected String map() {
    return "beschikkingen";
  }

  @Override
  protected String routeId() {
    return ROUTE_ID;
  }

  @Override
  protected String soort() {
    return "Beschikkingen-bestand";
  }

  @Override
  protected String importeer(String naam, byte[] inhoud) {
    BeschikkingImport.Verslag verslag = importer.importeer(naam, inhoud);
    return "Bestand " + naam + " is verwerkt: " + verslag.rijen() + " rijen, " + verslag.aangemaakt() + " beschikkingen aangemaakt, "
        + verslag.overgeslagen() + " al bekend en overgeslagen, " + verslag.nieuweClienten() + " nieuwe cliënten." + System.lineSeparator();
  }
}
