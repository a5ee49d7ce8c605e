package nl.regio.wmo.interfaces.web.financien;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.PgbReconciliatie;
import nl.regio.wmo.application.PgbReconciliatie.Houder;
import nl.regio.wmo.application.PgbReconciliatie.Overzicht;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.SvbImport;
import nl.regio.wmo.application.rapport.PgbRapport;
import nl.regio.wmo.domain.pgb.SvbFout;
import nl.regio.wmo.infrastructure.rapport.Formaat;
import nl.regio.wmo.infrastructure.rapport.RapportMaker;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Meldingen;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Finance's PGB page: the SVB payment file upload (all or nothing, S-PGB-SVB; a refused file lists every bad row with
 * its reason, from {@link SvbImport}), the reconciliation of a year per municipality with a drill-down to a budget
 * holder and per beschikking each exception in words ({@link PgbReconciliatie}), and the report (PDF/XLSX). BSNs as
 * the caller may see them (masked for finance).
 */
@Named
@ViewScoped
public class PgbScherm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SvbImport svb;
  @Inject transient PgbReconciliatie reconciliatie;
  @Inject transient RegioGegevens regio;
  @Inject transient HuidigeGebruiker gebruiker;
  @Inject transient RapportMaker rapporten;
  @Inject transient Clock clock;

  private JaarEnGemeente filter;
  private String bestandsnaam;
  private SvbImport.Verslag verslag;
  private List<SvbFout> geweigerd = List.of();
  private Overzicht overzicht;
  private Houder houder;

  @PostConstruct
  void start() {
    filter = new JaarEnGemeente(Year.now(clock).getValue(), regio.gemeenten());
  }

  /** An SVB file dropped or chosen: imported at once, all or nothing; the outcome or every refused row is shown. */
  public void ontvangen(FileUploadEvent event) {
    bestandsnaam = event.getFile().getFileName();
    verslag = null;
    geweigerd = List.of();
    try {
      verslag = svb.importeer(bestandsnaam, event.getFile().getContent());
      Meldingen.info("Bestand " + bestandsnaam + " is verwerkt: " + verslag.rijen() + " rij(en), " + verslag.nieuw() + " nieuwe betaling(en), "
          + verslag.alBekend() + " al bekend.");
    } catch (SvbImport.AlVerwerkt e) {
      FacesContext.getCurrentInstance().addMessage(null, Meldingen.fout(e.getMessage()));
    } catch (SvbImport.Afgekeurd e) {
      geweigerd = e.fouten();
      FacesContext.getCurrentInstance().addMessage(null, Meldingen.fout(e.getMessage()));
    }
  }

  public void reconcilieer() {
    houder = null;
    try {
      Integer j = filter.jaarWaarde();
      if (j == null || j < 2000 || j > 2100) {
        throw OngeldigeInvoerException.van("jaar", "vul een jaar in tussen 2000 en 2100 (jjjj)");
      }
      overzicht = reconciliatie.reconcilieer(filter.gemeenteWaarde(), j, gebruiker.zietVolledigeBsn());
    } catch (RuntimeException e) {
      overzicht = null;
      if (!Meldingen.toon(e, "reconciliatie")) {
        throw e;
      }
    }
  }

  /** The drill-down: one holder's beschikkingen and exceptions. */
  public void kies(int index) {
    houder = overzicht == null || index < 0 || index >= overzicht.houders().size() ? null : overzicht.houders().get(index);
  }

  public StreamedContent rapport(String formaat) {
    Formaat f = Formaat.valueOf(formaat);
    PgbRapport r = PgbRapport.van(reconciliatie.rapport(overzicht.gemeente(), overzicht.jaar(), gebruiker.zietVolledigeBsn()));
    byte[] inhoud = rapporten.maak(r, f);
    return DefaultStreamedContent.builder().name(RapportMaker.bestandsnaam(r, f)).contentType(f.mediaType())
        .stream(() -> new ByteArrayInputStream(inhoud)).build();
  }

  public String gemeenteNaam(String cbsCode) {
    return filter.naamVan(cbsCode);
  }

  public JaarEnGemeente getFilter() {
    return filter;
  }

  public String getBestandsnaam() {
    return bestandsnaam;
  }

  public SvbImport.Verslag getVerslag() {
    return verslag;
  }

  public List<SvbFout> getGeweigerd() {
    return geweigerd;
  }

  public Overzicht getOverzicht() {
    return overzicht;
  }

  public Houder getHouder() {
    return houder;
  }
}
