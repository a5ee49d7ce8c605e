package nl.regio.wmo.interfaces.web.aanbieder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.regio.wmo.application.DeclaratieOverzicht;
import nl.regio.wmo.application.DeclaratieOverzicht.Maandtotaal;
import nl.regio.wmo.application.ToewijzingBeheer;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.application.afrekening.AfrekeningUitvoer;
import nl.regio.wmo.infrastructure.rapport.Formaat;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;

/** The provider's dashboard: declarations this month and last, open toewijzingen, the latest settlement statement. */
@Named
@RequestScoped
public class AanbiederStart {

  @Inject HuidigeGebruiker gebruiker;
  @Inject DeclaratieOverzicht declaraties;
  @Inject ToewijzingBeheer toewijzingen;
  @Inject AfrekeningBeheer afrekeningen;
  @Inject AfrekeningUitvoer uitvoer;
  @Inject Clock clock;

  private Maandtotaal dezeMaand;
  private Maandtotaal vorigeMaand;
  private long openToewijzingen;
  private Afrekening laatsteAfrekening;
  private String agb;

  @PostConstruct
  void laad() {
    Optional<AgbCode> eigen = Optional.of(gebruiker.beperktTotAanbieder().orElseThrow());
    agb = eigen.get().waarde();
    Maand nu = Maand.van(LocalDate.now(clock));
    dezeMaand = declaraties.maandtotaal(agb, nu, eigen);
    vorigeMaand = declaraties.maandtotaal(agb, new Maand(nu.jaarMaand().minusMonths(1)), eigen);
    openToewijzingen = toewijzingen.zoek(null, null, null, LocalDate.now(clock), eigen, false, 0, 1).totaal();
    laatsteAfrekening = afrekeningen.lijst(eigen, 0, 1).items().stream().findFirst().orElse(null);
  }

  /** The latest statement as PDF, through the same service as the API's download. */
  public org.primefaces.model.StreamedContent pdf() {
    AfrekeningUitvoer.Download d = uitvoer.aanbiederRapport(laatsteAfrekening.id(), agb, Formaat.PDF,
        Optional.of(gebruiker.beperktTotAanbieder().orElseThrow()), false);
    return org.primefaces.model.DefaultStreamedContent.builder().name(d.bestandsnaam()).contentType(d.mediaType())
        .stream(() -> new java.io.ByteArrayInputStream(d.inhoud())).build();
  }

  public String getAgb() {
    return agb;
  }

  public Maandtotaal getDezeMaand() {
    return dezeMaand;
  }

  public Maandtotaal getVorigeMaand() {
    return vorigeMaand;
  }

  public long getOpenToewijzingen() {
    return openToewijzingen;
  }

  public Afrekening getLaatsteAfrekening() {
    return laatsteAfrekening;
  }
}
