package nl.regio.wmo.interfaces.web.consulent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import nl.regio.wmo.application.BeschikkingImport;
import nl.regio.wmo.application.BeschikkingImport.RijUitkomst;
import nl.regio.wmo.application.ImportAfgekeurdException;
import nl.regio.wmo.interfaces.web.Meldingen;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.event.FileUploadEvent;

/**
 * A CSV of beschikkingen from the municipal system, uploaded on the page and imported by BeschikkingImport exactly as a
 * file in the inbox is (all or nothing, the same content never twice): the outcome of every row — applied with its
 * toewijzing, skipped, or refused with each reason and rule id; in a refused file the good rows say they were not
 * applied either.
 */
@Named
@ViewScoped
public class BeschikkingenImporteren implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject transient BeschikkingImport importer;


  private String naam;
  private boolean geweigerd;
  private String samenvatting;
  private List<String> bestandsfouten = List.of();
  private List<RijUitkomst> perRij = List.of();

  public void ontvangen(FileUploadEvent event) {
    naam = event.getFile().getFileName();
    geweigerd = false;
    samenvatting = null;
    bestandsfouten = List.of();
    perRij = List.of();
    // the same limit as the inbox: a larger file is refused before it is read
    long maxBytes = ConfigProvider.getConfig().getOptionalValue("wmo.import.max-bytes", Long.class).orElse(10_485_760L);
    if (event.getFile().getSize() > maxBytes) {
      geweigerd = true;
      samenvatting = "Bestand " + naam + " is afgekeurd: groter dan " + maxBytes + " bytes; er is niets verwerkt.";
      return;
    }
    byte[] inhoud;
    try (InputStream in = event.getFile().getInputStream()) {
      inhoud = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      BeschikkingImport.Verslag verslag = importer.importeer(naam, inhoud);
      perRij = verslag.perRij();
      samenvatting = "Bestand " + naam + " is verwerkt: " + verslag.rijen() + " rijen, " + verslag.aangemaakt() + " beschikkingen aangemaakt, "
          + verslag.overgeslagen() + " al bekend en overgeslagen, " + verslag.nieuweClienten() + " nieuwe cliënten.";
    } catch (BeschikkingImport.RijenAfgekeurd e) {
      geweigerd = true;
      samenvatting = e.getMessage();
      perRij = e.perRij();
    } catch (ImportAfgekeurdException e) {
      geweigerd = true;
      samenvatting = e.getMessage();
      bestandsfouten = e.regels();
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  public String getNaam() {
    return naam;
  }

  public boolean isGeweigerd() {
    return geweigerd;
  }

  public String getSamenvatting() {
    return samenvatting;
  }

  public List<String> getBestandsfouten() {
    return bestandsfouten;
  }

  public List<RijUitkomst> getPerRij() {
    return perRij;
  }
}
