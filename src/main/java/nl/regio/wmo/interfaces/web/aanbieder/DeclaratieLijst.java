package nl.regio.wmo.interfaces.web.aanbieder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.application.DeclaratieOverzicht;
import nl.regio.wmo.application.DeclaratieOverzicht.DeclaratieSamenvatting;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.LazyDataModel;

/** The provider's declarations: lazy (one page at a time from the database), sortable, filtered on period and status. */
@Named
@ViewScoped
public class DeclaratieLijst implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DeclaratieOverzicht overzicht;
  @Inject transient HuidigeGebruiker gebruiker;

  private String periode;
  private String status;

  private final LazyDataModel<DeclaratieSamenvatting> model = new PaginaModel<>(this::zoek, DeclaratieSamenvatting::id,
      () -> List.of(String.valueOf(periode), String.valueOf(status)));

  private Pagina<DeclaratieSamenvatting> zoek(int pagina, int grootte, String sorteer, boolean oplopend, Long bekendTotaal) {
    Optional<AgbCode> eigen = Optional.of(gebruiker.beperktTotAanbieder().orElseThrow());
    Maand maand = null;
    if (periode != null && !periode.isBlank()) {
      try {
        maand = Maand.parse(periode.trim());
      } catch (RuntimeException e) {
        Meldingen.info("Periode '" + periode + "' is geen maand (jjjj-mm); er is niet op gefilterd.");
      }
    }
    return overzicht.zoek(null, maand, status, eigen, pagina, grootte, sorteer, oplopend, bekendTotaal);
  }

  public LazyDataModel<DeclaratieSamenvatting> getModel() {
    return model;
  }

  public String getPeriode() {
    return periode;
  }

  public void setPeriode(String periode) {
    this.periode = periode;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<String> getStatussen() {
    return List.of("GEACCEPTEERD", "GEDEELTELIJK", "AFGEWEZEN", "NIET_ONTVANGEN");
  }
}
