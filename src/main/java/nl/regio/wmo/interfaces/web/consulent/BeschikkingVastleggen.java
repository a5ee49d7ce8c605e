package nl.regio.wmo.interfaces.web.consulent;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.regio.wmo.application.BeschikkingBeheer;
import nl.regio.wmo.application.BeschikkingBeheer.BeschikkingGegevens;
import nl.regio.wmo.application.BeschikkingBeheer.OfferteGegevens;
import nl.regio.wmo.application.ClientBeheer;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Bedragen;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;

/**
 * A consulent records a beschikking: find the client, fill in the decision, and the policy rules of the region are
 * checked by BeschikkingBeheer (as for the API); a refusal sits at the field with the rule's id and text (S-KLASSE,
 * S-IB-RANGE, CD076, …). Accepted, the beschikking becomes a toewijzing to the provider (ZIN).
 */
@Named
@ViewScoped
public class BeschikkingVastleggen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient BeschikkingBeheer beschikkingen;
  @Inject transient ClientBeheer clienten;
  @Inject transient HuidigeGebruiker gebruiker;

  private String naam;
  private List<ClientGegevens> gevonden = List.of();
  private Long clientId;
  private String productCode;
  private String leveringsvorm = "ZIN";
  private String aanbiederAgbCode;
  private String ingangsdatum;
  private String einddatum;
  private String volumePerWeek;
  private String urenPerWeek;
  private String klasse;
  private String offerteMaandbedrag;
  private String offerte1Agb;
  private String offerte1Bedrag;
  private String offerte2Agb;
  private String offerte2Bedrag;
  private String budget;
  private BeschikkingGegevens vastgelegd;
  private boolean voldoet;

  public void zoekClient() {
    gevonden = naam == null || naam.isBlank() ? List.of() : clienten.zoek(naam.trim(), null, gebruiker.zietVolledigeBsn(), 0, 20).items();
    clientId = gevonden.size() == 1 ? gevonden.get(0).id() : null;
    if (gevonden.isEmpty()) {
      Meldingen.info("Geen cliënt gevonden met naam '" + naam + "'.");
    }
  }

  /** The client given in the URL ({@code ?clientId=id}, from the client list): chosen already. */
  public void setClient(Long id) {
    if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
      gevonden = List.of(clienten.haal(id, gebruiker.zietVolledigeBsn()));
      clientId = id;
    }
  }

  public Long getClient() {
    return clientId;
  }

  /**
   * The live check as fields change: BeschikkingBeheer.toets runs the same rules as storing and stores nothing; each
   * refusal sits at its field with the rule id and text. It starts once a client, product and ingangsdatum are given.
   */
  public void toets() {
    voldoet = false;
    vastgelegd = null;
    if (clientId == null || Invoer.tekst(productCode) == null || Invoer.tekst(ingangsdatum) == null) {
      return;
    }
    voldoet = Meldingen.toonToets(() -> beschikkingen.toets(invoer()), "beschikking");
  }

  public void vastleggen() {
    voldoet = false;
    try {
      vastgelegd = beschikkingen.maak(invoer());
      Meldingen.info("Beschikking " + vastgelegd.id() + " is vastgelegd" + (vastgelegd.toewijzingNummer() == null ? "."
          : "; toewijzing " + vastgelegd.toewijzingNummer() + " aan aanbieder " + vastgelegd.aanbiederAgbCode() + "."));
    } catch (RuntimeException e) {
      vastgelegd = null;
      if (!Meldingen.toon(e, "beschikking")) {
        throw e;
      }
    }
  }

  private BeschikkingGegevens invoer() {
    return new BeschikkingGegevens(null, clientId, Invoer.tekst(productCode), Invoer.tekst(leveringsvorm), Invoer.tekst(aanbiederAgbCode),
        Invoer.datum("ingangsdatum", ingangsdatum), Invoer.datum("einddatum", einddatum), Invoer.geheel("volumePerWeek", volumePerWeek),
        Invoer.geheel("klasse", klasse), Invoer.decimaal("urenPerWeek", urenPerWeek), Bedragen.naarCent("offerteMaandbedragCent", offerteMaandbedrag),
        offertes(), Bedragen.naarCent("budgetCent", budget), null, null, null, null, null, null);
  }

  /** The quotes given (provider and monthly amount), in the order of the form. */
  private List<OfferteGegevens> offertes() {
    List<OfferteGegevens> lijst = new ArrayList<>();
    if (Invoer.tekst(offerte1Agb) != null || Invoer.tekst(offerte1Bedrag) != null) {
      lijst.add(new OfferteGegevens(Invoer.tekst(offerte1Agb), Bedragen.naarCent("offertes[0].maandbedragCent", offerte1Bedrag)));
    }
    if (Invoer.tekst(offerte2Agb) != null || Invoer.tekst(offerte2Bedrag) != null) {
      lijst.add(new OfferteGegevens(Invoer.tekst(offerte2Agb), Bedragen.naarCent("offertes[" + lijst.size() + "].maandbedragCent", offerte2Bedrag)));
    }
    return lijst;
  }

  public boolean isVoldoet() {
    return voldoet;
  }

  public String getOfferteMaandbedrag() {
    return offerteMaandbedrag;
  }

  public void setOfferteMaandbedrag(String offerteMaandbedrag) {
    this.offerteMaandbedrag = offerteMaandbedrag;
  }

  public String getOfferte1Agb() {
    return offerte1Agb;
  }

  public void setOfferte1Agb(String offerte1Agb) {
    this.offerte1Agb = offerte1Agb;
  }

  public String getOfferte1Bedrag() {
    return offerte1Bedrag;
  }

  public void setOfferte1Bedrag(String offerte1Bedrag) {
    this.offerte1Bedrag = offerte1Bedrag;
  }

  public String getOfferte2Agb() {
    return offerte2Agb;
  }

  public void setOfferte2Agb(String offerte2Agb) {
    this.offerte2Agb = offerte2Agb;
  }

  public String getOfferte2Bedrag() {
    return offerte2Bedrag;
  }

  public void setOfferte2Bedrag(String offerte2Bedrag) {
    this.offerte2Bedrag = offerte2Bedrag;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public List<String> getLeveringsvormen() {
    return List.of("ZIN", "PGB");
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam;
  }

  public List<ClientGegevens> getGevonden() {
    return gevonden;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public String getProductCode() {
    return productCode;
  }

  public void setProductCode(String productCode) {
    this.productCode = productCode;
  }

  public String getLeveringsvorm() {
    return leveringsvorm;
  }

  public void setLeveringsvorm(String leveringsvorm) {
    this.leveringsvorm = leveringsvorm;
  }

  public String getAanbiederAgbCode() {
    return aanbiederAgbCode;
  }

  public void setAanbiederAgbCode(String aanbiederAgbCode) {
    this.aanbiederAgbCode = aanbiederAgbCode;
  }

  public String getIngangsdatum() {
    return ingangsdatum;
  }

  public void setIngangsdatum(String ingangsdatum) {
    this.ingangsdatum = ingangsdatum;
  }

  public String getEinddatum() {
    return einddatum;
  }

  public void setEinddatum(String einddatum) {
    this.einddatum = einddatum;
  }

  public String getVolumePerWeek() {
    return volumePerWeek;
  }

  public void setVolumePerWeek(String volumePerWeek) {
    this.volumePerWeek = volumePerWeek;
  }

  public String getUrenPerWeek() {
    return urenPerWeek;
  }

  public void setUrenPerWeek(String urenPerWeek) {
    this.urenPerWeek = urenPerWeek;
  }

  public String getKlasse() {
    return klasse;
  }

  public void setKlasse(String klasse) {
    this.klasse = klasse;
  }

  public BeschikkingGegevens getVastgelegd() {
    return vastgelegd;
  }
}
