package nl.regio.wmo.interfaces.web.aanbieder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.application.DeclaratieOverzicht;
import nl.regio.wmo.application.DeclaratieOverzicht.DeclaratieSamenvatting;
import nl.regio.wmo.application.DeclaratieOverzicht.RegelRij;
import nl.regio.wmo.application.DeclaratieOverzicht.RegelUitleg;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * One declaration of the provider: its totals, its lines (lazy), each line explained (toewijzing, tariff version,
 * rule, in words), and its WMO325 to download. The number comes from the URL; the services look only among the
 * caller's own declarations, so another provider's number is simply not found.
 */
@Named
@ViewScoped
public class DeclaratieDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DeclaratieOverzicht overzicht;
  @Inject transient HuidigeGebruiker gebruiker;

  private String nummer;
  private DeclaratieSamenvatting declaratie;
  private RegelUitleg uitleg;

  private final LazyDataModel<RegelRij> regels = new PaginaModel<>((pagina, grootte, sorteer, oplopend) -> declaratie == null
      ? new Pagina<>(List.of(), 0, pagina, grootte)
      : overzicht.regels(null, nummer, eigen(), false /* on screen the BSN is masked */, pagina, grootte), RegelRij::referentieNummer);

  /** Run on the page's GET (f:viewAction): the declaration of this number, among the caller's own. */
  public void laad() {
    try {
      declaratie = overzicht.haal(null, nummer, eigen());
    } catch (RuntimeException e) {
      declaratie = null;
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  public void leg(String referentie) {
    try {
      uitleg = overzicht.uitleg(null, nummer, referentie, eigen(), false);
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  public StreamedContent getWmo325() {
    byte[] xml = overzicht.wmo325(null, nummer, eigen());
    return DefaultStreamedContent.builder().name(nummer + ".wmo325.xml").contentType("application/xml")
        .stream(() -> new ByteArrayInputStream(xml)).build();
  }

  private Optional<AgbCode> eigen() {
    return Optional.of(gebruiker.beperktTotAanbieder().orElseThrow());
  }

  public String getNummer() {
    return nummer;
  }

  public void setNummer(String nummer) {
    this.nummer = nummer;
  }

  public DeclaratieSamenvatting getDeclaratie() {
    return declaratie;
  }

  public LazyDataModel<RegelRij> getRegels() {
    return regels;
  }

  public RegelUitleg getUitleg() {
    return uitleg;
  }
}
