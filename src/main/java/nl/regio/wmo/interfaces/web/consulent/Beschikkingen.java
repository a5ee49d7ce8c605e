package nl.regio.wmo.interfaces.web.consulent;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import nl.regio.wmo.application.BeschikkingBeheer;
import nl.regio.wmo.application.BeschikkingBeheer.BeschikkingGegevens;
import nl.regio.wmo.application.BeschikkingBeheer.EinddatumWijziging;
import nl.regio.wmo.application.BeschikkingBeheer.OmvangWijziging;
import nl.regio.wmo.application.ClientBeheer;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.ToewijzingBeheer;
import nl.regio.wmo.application.ToewijzingBeheer.HistorieRegel;
import nl.regio.wmo.application.ToewijzingBeheer.VersieGegevens;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Bedragen;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.LazyDataModel;

/**
 * A client's beschikkingen (lazy list); for the one chosen: a new end date (its toewijzing keeps its number, with a
 * reden wijziging), a wijziging of omvang from a date (the old beschikking ends the day before, a new one with a new
 * toewijzing starts — BeschikkingBeheer decides, as for the API, refusals at the field with their rule id; checked live
 * as its fields change, by BeschikkingBeheer's dry run, nothing stored), and the
 * toewijzing history: every toewijzing the beschikking and its predecessors and successors produced, and every version
 * of them in the order they were sent.
 */
@Named
@ViewScoped
public class Beschikkingen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient BeschikkingBeheer beheer;
  @Inject transient ClientBeheer clienten;
  @Inject transient ToewijzingBeheer toewijzingen;
  @Inject transient HuidigeGebruiker gebruiker;

  private String naam;
  private List<ClientGegevens> gevonden = List.of();
  private Long clientId;
  private ClientGegevens client;
  private final LazyDataModel<BeschikkingGegevens> model =
      new PaginaModel<>((pagina, grootte, sorteer, oplopend) -> clientId == null ? new Pagina<>(List.of(), 0, pagina, grootte)
          : beheer.zoek(clientId, null, null, null, null, null, pagina, grootte), BeschikkingGegevens::id);

  private BeschikkingGegevens gekozen;
  private List<HistorieRegel> historie = List.of();

  // a new end date
  private String nieuweEinddatum;
  private String redenWijziging;
  // a wijziging of omvang
  private String vanaf;
  private String totEnMet;
  private String aanbieder;
  private String volume;
  private String klasse;
  private String uren;
  private String budget;
  private boolean wijzigingVoldoet;

  /** One version of a toewijzing, for the list of changes in order. */
  public record Wijziging(long toewijzingNummer, String eenheid, String frequentie, VersieGegevens versie) implements Serializable {}

  public void zoekClient() {
    gevonden = Invoer.tekst(naam) == null ? List.of() : clienten.zoek(naam.trim(), null, gebruiker.zietVolledigeBsn(), 0, 20).items();
    if (gevonden.isEmpty()) {
      Meldingen.info("Geen cliënt gevonden met naam '" + naam + "'.");
    } else if (gevonden.size() == 1) {
      kiesClient(gevonden.get(0).id());
    }
  }

  /** The client of the URL ({@code ?clientId=id}), on the first request only. */
  public void setClient(Long id) {
    if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
      kiesClient(id);
    }
  }

  public Long getClient() {
    return clientId;
  }

  public void kiesClient(long id) {
    try {
      client = clienten.haal(id, gebruiker.zietVolledigeBsn());
      clientId = id;
      gekozen = null;
      historie = List.of();
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  public void kies(BeschikkingGegevens b) {
    laad(b.id());
  }

  private void laad(long id) {
    gekozen = beheer.haal(id);
    historie = toewijzingen.historie(id, gebruiker.zietVolledigeBsn());
    nieuweEinddatum = gekozen.einddatum() == null ? null : gekozen.einddatum().toString();
    redenWijziging = null;
    vanaf = null;
    totEnMet = null;
    aanbieder = null;
    volume = gekozen.volumePerWeek() == null ? null : String.valueOf(gekozen.volumePerWeek());
    klasse = gekozen.klasse() == null ? null : String.valueOf(gekozen.klasse());
    uren = gekozen.urenPerWeek() == null ? null : gekozen.urenPerWeek().toPlainString();
    budget = null;
    wijzigingVoldoet = false;
  }

  public void wijzigEinddatum() {
    try {
      BeschikkingGegevens na = beheer.wijzigEinddatum(gekozen.id(),
          new EinddatumWijziging(Invoer.datum("einddatum", nieuweEinddatum), Invoer.tekst(redenWijziging)));
      Meldingen.info("De einddatum van beschikking " + na.id() + " is nu " + (na.einddatum() == null ? "open" : na.einddatum())
          + (na.toewijzingNummer() == null ? "." : "; toewijzing " + na.toewijzingNummer() + " houdt haar nummer."));
      laad(na.id());
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "nieuwEinde")) {
        throw e;
      }
    }
  }

  /**
   * The live check of the wijziging as its fields change: BeschikkingBeheer.toetsWijziging runs the rules wijzigOmvang
   * runs and changes nothing; each refusal sits at its field with the rule id and text. It starts once the date of the
   * wijziging is given.
   */
  public void toetsWijziging() {
    wijzigingVoldoet = false;
    if (gekozen == null || Invoer.tekst(vanaf) == null) {
      return;
    }
    wijzigingVoldoet = Meldingen.toonToets(() -> beheer.toetsWijziging(gekozen.id(), omvangWijziging()), "wijziging");
  }

  public void wijzigOmvang() {
    wijzigingVoldoet = false;
    try {
      BeschikkingGegevens nieuw = beheer.wijzigOmvang(gekozen.id(), omvangWijziging());
      Meldingen.info("Beschikking " + gekozen.id() + " eindigt op " + nieuw.ingangsdatum().minusDays(1) + "; nieuwe beschikking " + nieuw.id()
          + (nieuw.toewijzingNummer() == null ? "." : " met toewijzing " + nieuw.toewijzingNummer() + "."));
      laad(nieuw.id());
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "wijziging")) {
        throw e;
      }
    }
  }

  private OmvangWijziging omvangWijziging() {
    return new OmvangWijziging(Invoer.datum("ingangsdatum", vanaf), Invoer.datum("einddatum", totEnMet), Invoer.tekst(aanbieder),
        Invoer.geheel("volumePerWeek", volume), Invoer.geheel("klasse", klasse), Invoer.decimaal("urenPerWeek", uren), null, null,
        Bedragen.naarCent("budgetCent", budget));
  }

  public boolean isWijzigingVoldoet() {
    return wijzigingVoldoet;
  }

  /** Every version of the history's toewijzingen, in the order they were sent. */
  public List<Wijziging> getWijzigingen() {
    return historie.stream()
        .flatMap(h -> h.toewijzing().historie().stream().map(v -> new Wijziging(h.toewijzing().toewijzingNummer(), h.toewijzing().eenheid(), h.toewijzing().frequentie(), v)))
        .sorted(Comparator.comparing((Wijziging w) -> w.versie().toegewezenOp()))
        .toList();
  }

  public LazyDataModel<BeschikkingGegevens> getModel() {
    return model;
  }

  public List<HistorieRegel> getHistorie() {
    return historie;
  }

  public BeschikkingGegevens getGekozen() {
    return gekozen;
  }

  public ClientGegevens getClientGegevens() {
    return client;
  }

  public List<ClientGegevens> getGevonden() {
    return gevonden;
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam;
  }

  public String getNieuweEinddatum() {
    return nieuweEinddatum;
  }

  public void setNieuweEinddatum(String nieuweEinddatum) {
    this.nieuweEinddatum = nieuweEinddatum;
  }

  public String getRedenWijziging() {
    return redenWijziging;
  }

  public void setRedenWijziging(String redenWijziging) {
    this.redenWijziging = redenWijziging;
  }

  public String getVanaf() {
    return vanaf;
  }

  public void setVanaf(String w) {
    this.vanaf = w;
  }

  public String getTotEnMet() {
    return totEnMet;
  }

  public void setTotEnMet(String w) {
    this.totEnMet = w;
  }

  public String getAanbieder() {
    return aanbieder;
  }

  public void setAanbieder(String w) {
    this.aanbieder = w;
  }

  public String getVolume() {
    return volume;
  }

  public void setVolume(String w) {
    this.volume = w;
  }

  public String getKlasse() {
    return klasse;
  }

  public void setKlasse(String w) {
    this.klasse = w;
  }

  public String getUren() {
    return uren;
  }

  public void setUren(String w) {
    this.uren = w;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String w) {
    this.budget = w;
  }
}
