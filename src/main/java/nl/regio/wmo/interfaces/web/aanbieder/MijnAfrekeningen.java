package nl.regio.wmo.interfaces.web.aanbieder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Optional;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.application.afrekening.AfrekeningUitvoer;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.infrastructure.rapport.Formaat;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The provider's settlement statements, one per run it is in (proposed, approved, paid; never a concept), newest
 * month first, each as PDF and XLSX — the same service and the same check on the provider's own AGB as the API's
 * download.
 */
@Named
@ViewScoped
public class MijnAfrekeningen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AfrekeningBeheer afrekeningen;
  @Inject transient AfrekeningUitvoer uitvoer;
  @Inject transient HuidigeGebruiker gebruiker;

  private final LazyDataModel<Afrekening> model = new PaginaModel<>(
      (pagina, grootte, sorteer, oplopend) -> afrekeningen.lijst(eigen(), pagina, grootte), Afrekening::id);

  private Optional<AgbCode> eigen() {
    return Optional.of(gebruiker.beperktTotAanbieder().orElseThrow());
  }

  public LazyDataModel<Afrekening> getModel() {
    return model;
  }

  public StreamedContent pdf(long run) {
    return download(run, Formaat.PDF);
  }

  public StreamedContent xlsx(long run) {
    return download(run, Formaat.XLSX);
  }

  private StreamedContent download(long run, Formaat formaat) {
    Optional<AgbCode> eigen = eigen();
    AfrekeningUitvoer.Download d = uitvoer.aanbiederRapport(run, eigen.get().waarde(), formaat, eigen, false);
    return DefaultStreamedContent.builder().name(d.bestandsnaam()).contentType(d.mediaType())
        .stream(() -> new ByteArrayInputStream(d.inhoud())).build();
  }
}
