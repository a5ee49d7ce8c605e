package nl.regio.wmo.interfaces.web.financien;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.application.afrekening.AfrekeningUitvoer;
import nl.regio.wmo.infrastructure.rapport.Formaat;
import nl.regio.wmo.interfaces.web.Meldingen;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One settlement run and its steps: recompute, propose, approve or reject (by another finance user than the one who
 * proposed: AF-VIEROGEN, decided in AfrekeningBeheer), paid; and its downloads (SEPA, journal, reports, statements).
 * Every step goes through the same service as the REST API; a refusal is shown in words.
 */
@Named
@ViewScoped
public class AfrekeningScherm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AfrekeningBeheer beheer;
  @Inject transient AfrekeningUitvoer uitvoer;

  private String id;
  private Afrekening run;
  private String reden;

  /** Run on the page's GET (f:viewAction). */
  public void laad() {
    try {
      run = beheer.haal(Long.parseLong(id), Optional.empty());
    } catch (NumberFormatException e) {
      run = null;
      FacesContext.getCurrentInstance().addMessage(null, Meldingen.fout("Afrekening '" + id + "' bestaat niet."));
    } catch (RuntimeException e) {
      run = null;
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  public void herbereken() {
    stap(() -> beheer.herbereken(run.id()), "opnieuw berekend");
  }

  public void voorstellen() {
    stap(() -> beheer.voorstellen(run.id()), "voorgesteld; een andere medewerker van financiën keurt hem goed of af");
  }

  public void goedkeuren() {
    stap(() -> beheer.goedkeuren(run.id()), "goedgekeurd; het SEPA-bestand kan worden gedownload");
  }

  public void afkeuren() {
    stap(() -> beheer.afkeuren(run.id(), reden), "afgekeurd en teruggezet naar CONCEPT");
    reden = null;
  }

  public void betaald() {
    stap(() -> beheer.betaaldMelden(run.id()), "als betaald gemeld");
  }

  public void verwijder() throws IOException {
    try {
      beheer.verwijder(run.id());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Meldingen.info("Afrekening " + run.id() + " is verwijderd.");
      FacesContext.getCurrentInstance().getExternalContext().redirect("afrekeningen.xhtml");
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  private void stap(Supplier<Afrekening> actie, String gedaan) {
    try {
      run = actie.get();
      Meldingen.info("Afrekening " + run.id() + " is " + gedaan + ".");
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "run")) {
        throw e;
      }
      laad();
    }
  }

  /** The rejection's reason without the rejecter's name in front (the name is shown beside it). */
  public String getAfkeurReden() {
    String reden = run.afgekeurdReden();
    String door = run.afgekeurdDoor();
    return reden != null && door != null && reden.startsWith(door + ": ") ? reden.substring(door.length() + 2) : reden;
  }

  public StreamedContent getSepa() {
    return bestand(uitvoer.sepa(run.id(), null), "application/xml", "sepa-afrekening-" + run.id() + ".xml");
  }

  public StreamedContent getJournaal() {
    return bestand(uitvoer.journaal(run.id()), "text/csv", "journaal-afrekening-" + run.id() + ".csv");
  }

  public StreamedContent rapport(String soort, String formaat) {
    Formaat f = Formaat.valueOf(formaat);
    AfrekeningUitvoer.Download d = switch (soort) {
      case "gemeenten" -> uitvoer.gemeentenRapport(run.id(), f);
      case "afwijzingen" -> uitvoer.afwijzingenRapport(run.id(), f);
      case "verwacht" -> uitvoer.verwachtRapport(run.id(), f);
      default -> throw new IllegalArgumentException(soort);
    };
    return bestand(d.inhoud(), d.mediaType(), d.bestandsnaam());
  }

  public StreamedContent afrekeningVan(String agb) {
    AfrekeningUitvoer.Download d = uitvoer.aanbiederRapport(run.id(), agb, Formaat.PDF, Optional.empty(), false);
    return bestand(d.inhoud(), d.mediaType(), d.bestandsnaam());
  }

  private static StreamedContent bestand(byte[] inhoud, String type, String naam) {
    return DefaultStreamedContent.builder().name(naam).contentType(type).stream(() -> new ByteArrayInputStream(inhoud)).build();
  }

  /** The run's totals per municipality (all categories), summed in the application layer. */
  public java.util.List<AfrekeningBeheer.GemeenteTotaal> getPerGemeente() {
    return run == null ? java.util.List.of() : AfrekeningBeheer.perGemeente(run.gemeenten());
  }

  public boolean is(String status) {
    return run != null && run.status().equals(status);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Afrekening getRun() {
    return run;
  }

  public String getReden() {
    return reden;
  }

  public void setReden(String reden) {
    this.reden = reden;
  }
}
