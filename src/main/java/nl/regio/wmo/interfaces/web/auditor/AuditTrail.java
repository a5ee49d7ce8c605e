package nl.regio.wmo.interfaces.web.auditor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import nl.regio.wmo.application.AuditLog;
import nl.regio.wmo.application.AuditLog.AuditGegevens;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.LazyDataModel;

/** The audit trail for the auditor: newest first, lazy, filtered on entity, id and a period of days. */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog audit;

  private String entiteit;
  private String entiteitId;
  private String van;
  private String tot;

  private final LazyDataModel<AuditGegevens> model = new PaginaModel<>((pagina, grootte, sorteer, oplopend, bekend) -> zoek(pagina, grootte, bekend),
      AuditGegevens::id, () -> java.util.Arrays.asList(entiteit, entiteitId, van, tot));

  private Pagina<AuditGegevens> zoek(int pagina, int grootte, Long bekendTotaal) {
    return audit.zoek(Invoer.tekst(entiteit), Invoer.tekst(entiteitId), dag("van", van), dagNa("tot", tot), pagina, grootte, bekendTotaal);
  }


  private static LocalDateTime dag(String veld, String tekst) {
    if (Invoer.tekst(tekst) == null) {
      return null;
    }
    try {
      return LocalDate.parse(tekst.trim()).atStartOfDay();
    } catch (DateTimeParseException e) {
      Meldingen.info(veld + ": '" + tekst + "' is geen datum (jjjj-mm-dd); er is niet op gefilterd.");
      return null;
    }
  }

  /** "tot en met" a day: up to the start of the next day. */
  private static LocalDateTime dagNa(String veld, String tekst) {
    LocalDateTime d = dag(veld, tekst);
    return d == null ? null : d.plusDays(1);
  }

  public LazyDataModel<AuditGegevens> getModel() {
    return model;
  }

  public String getEntiteit() {
    return entiteit;
  }

  public void setEntiteit(String entiteit) {
    this.entiteit = entiteit;
  }

  public String getEntiteitId() {
    return entiteitId;
  }

  public void setEntiteitId(String entiteitId) {
    this.entiteitId = entiteitId;
  }

  public String getVan() {
    return van;
  }

  public void setVan(String van) {
    this.van = van;
  }

  public String getTot() {
    return tot;
  }

  public void setTot(String tot) {
    this.tot = tot;
  }
}
