package nl.regio.wmo.interfaces.web.aanbieder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.ToewijzingBeheer;
import nl.regio.wmo.application.ToewijzingBeheer.ToewijzingGegevens;
import nl.regio.wmo.application.ToewijzingBeheer.Verwacht;
import nl.regio.wmo.application.Wmo301Export;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The provider's toewijzingen (lazy): by default those running today; per toewijzing its expected amount per month of
 * the year and its WMO301 to download. Only the provider's own, decided by ToewijzingBeheer.
 */
@Named
@ViewScoped
public class ToewijzingLijst implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ToewijzingBeheer beheer;
  @Inject transient Wmo301Export wmo301;
  @Inject transient HuidigeGebruiker gebruiker;
  @Inject transient Clock clock;

  private boolean alleenLopend = true;
  private Verwacht verwacht;

  private final LazyDataModel<ToewijzingGegevens> model = new PaginaModel<>((pagina, grootte, sorteer, oplopend) -> zoek(pagina, grootte),
      ToewijzingGegevens::toewijzingNummer);

  private Pagina<ToewijzingGegevens> zoek(int pagina, int grootte) {
    return beheer.zoek(null, null, null, alleenLopend ? LocalDate.now(clock) : null, eigen(), false, pagina, grootte);
  }

  /** The expected amount per month of this calendar year (the months the toewijzing runs in have an amount). */
  public void toonVerwacht(long nummer) {
    try {
      int jaar = LocalDate.now(clock).getYear();
      verwacht = beheer.verwacht(nummer, Maand.of(jaar, 1), Maand.of(jaar, 12), eigen());
    } catch (RuntimeException e) {
      verwacht = null;
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  public StreamedContent wmo301(long nummer) {
    byte[] xml = wmo301.voorToewijzing(nummer, eigen());
    return DefaultStreamedContent.builder().name("wmo301-" + nummer + ".xml").contentType("application/xml")
        .stream(() -> new ByteArrayInputStream(xml)).build();
  }

  private Optional<AgbCode> eigen() {
    return Optional.of(gebruiker.beperktTotAanbieder().orElseThrow());
  }

  public LazyDataModel<ToewijzingGegevens> getModel() {
    return model;
  }

  public boolean isAlleenLopend() {
    return alleenLopend;
  }

  public void setAlleenLopend(boolean alleenLopend) {
    this.alleenLopend = alleenLopend;
  }

  public Verwacht getVerwacht() {
    return verwacht;
  }
}
