package nl.regio.wmo.interfaces.web.financien;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.interfaces.web.Meldingen;

/** Finance: the settlement runs, newest month first, and a new run for a month (CONCEPT, computed at once). */
@Named
@ViewScoped
public class Afrekeningen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AfrekeningBeheer beheer;
  @Inject transient Clock clock;

  private String maand;
  private List<Afrekening> runs;

  @PostConstruct
  void laad() {
    maand = YearMonth.now(clock).minusMonths(1).toString(); // the month just closed
    runs = beheer.lijst(Optional.empty(), 0, 100).items();
  }

  public void maak() throws IOException {
    try {
      Afrekening a = beheer.maak(maand);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Meldingen.info("Afrekening " + a.id() + " voor " + a.maand() + " is gemaakt (CONCEPT).");
      FacesContext.getCurrentInstance().getExternalContext().redirect("afrekening.xhtml?id=" + a.id());
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  public String getMaand() {
    return maand;
  }

  public void setMaand(String maand) {
    this.maand = maand;
  }

  public List<Afrekening> getRuns() {
    return runs;
  }
}
