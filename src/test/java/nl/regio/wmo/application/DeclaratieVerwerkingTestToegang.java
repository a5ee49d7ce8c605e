package nl.regio.wmo.application;

import nl.regio.wmo.domain.declaratie.Prestatie;
import nl.regio.wmo.interfaces.iwmo.Wmo323Prestatie;

/** Opens the message-to-domain mapping of the pipeline to tests in other packages. */
public final class DeclaratieVerwerkingTestToegang {

  private DeclaratieVerwerkingTestToegang() {}

  public static Prestatie naarDomein(Wmo323Prestatie p) {
    return GelezenBericht.naarDomein(p);
  }
}
