package nl.regio.wmo.interfaces.web.consulent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.regio.wmo.application.BeschikkingBeheer;
import nl.regio.wmo.application.BeschikkingBeheer.BeschikkingGegevens;
import nl.regio.wmo.application.ClientBeheer;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
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
  private BeschikkingGegevens vastgelegd;

  public void zoekClient() {
    gevonden = naam == null || naam.isBlank() ? List.of() : clienten.zoek(naam.trim(), null, true, 0, 20).items();
    clientId = gevonden.size() == 1 ? gevonden.get(0).id() : null;
    if (gevonden.isEmpty()) {
      Meldingen.info("Geen cliënt gevonden met naam '" + naam + "'.");
    }
  }

  public void vastleggen() {
    try {
      vastgelegd = beschikkingen.maak(new BeschikkingGegevens(null, clientId, Invoer.tekst(productCode), Invoer.tekst(leveringsvorm),
          Invoer.tekst(aanbiederAgbCode), Invoer.datum("ingangsdatum", ingangsdatum), Invoer.datum("einddatum", einddatum), Invoer.geheel("volumePerWeek", volumePerWeek),
          Invoer.geheel("klasse", klasse), Invoer.decimaal("urenPerWeek", urenPerWeek), null, null, null, null, null, null, null, null, null));
      Meldingen.info("Beschikking " + vastgelegd.id() + " is vastgelegd" + (vastgelegd.toewijzingNummer() == null ? "."
          : "; toewijzing " + vastgelegd.toewijzingNummer() + " aan aanbieder " + vastgelegd.aanbiederAgbCode() + "."));
    } catch (RuntimeException e) {
      vastgelegd = null;
      if (!Meldingen.toon(e, "beschikking")) {
        throw e;
      }
    }
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
