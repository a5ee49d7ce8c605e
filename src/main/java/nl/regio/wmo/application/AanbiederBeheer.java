package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.regio.wmo.domain.contract.Aanbieder;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Iban;

/** Contract managers maintain providers; every change is audited. */
@ApplicationScoped
@Transactional
public class AanbiederBeheer {

  static final String ENTITEIT = "aanbieder";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** A provider as the API shows and takes it. */
  public record AanbiederGegevens(Long id, String agbCode, String naam, String iban) {
    static AanbiederGegevens van(Aanbieder a) {
      return new AanbiederGegevens(a.id(), a.agbCode().waarde(), a.naam(), a.iban().waarde());
    }
  }

  /**
   * Providers whose name contains {@code naam} (any case) and/or with AGB code {@code agbCode};
   * {@code alleen} limits the list to one provider (a provider's own login).
   */
  public Pagina<AanbiederGegevens> zoek(
      String naam, String agbCode, Optional<AgbCode> alleen, int pagina, int grootte) {
    return new Zoekvraag("Aanbieder x")
        .filter("lower(x.naam) like :naam", "naam", naam == null ? null : "%" + naam.toLowerCase() + "%")
        .filter("x.agbCode = :agb", "agb", agbCode)
        .filter("x.agbCode = :eigen", "eigen", alleen.map(AgbCode::waarde).orElse(null))
        .pagina(em, Aanbieder.class, "x.naam, x.agbCode", pagina, grootte, AanbiederGegevens::van);
  }

  public AanbiederGegevens haal(String agbCode) {
    return AanbiederGegevens.van(vind(agbCode));
  }

  public boolean bestaat(String agbCode) {
    return zoekOpAgb(agbCode).isPresent();
  }

  public AanbiederGegevens maak(AanbiederGegevens invoer) {
    Validatie v = new Validatie();
    Optional<AgbCode> agb = v.waarde("agbCode", invoer.agbCode(), AgbCode::new);
    Optional<String> naam = v.tekst("naam", invoer.naam(), 200);
    Optional<Iban> iban = v.waarde("iban", invoer.iban(), Iban::new);
    v.controleer();
    if (zoekOpAgb(agb.get().waarde()).isPresent()) {
      throw new ConflictException("agbCode", "Er is al een aanbieder met AGB-code " + agb.get() + ".");
    }
    Aanbieder aanbieder = new Aanbieder(agb.get(), naam.get(), iban.get());
    em.persist(aanbieder);
    em.flush();
    AanbiederGegevens nieuw = AanbiederGegevens.van(aanbieder);
    audit.aangemaakt(ENTITEIT, nieuw.agbCode(), nieuw);
    return nieuw;
  }

  public AanbiederGegevens wijzig(String agbCode, AanbiederGegevens invoer) {
    Aanbieder aanbieder = vind(agbCode);
    Validatie v = new Validatie();
    if (invoer.agbCode() != null && !invoer.agbCode().equals(agbCode)) {
      v.fout("agbCode", "de AGB-code van een aanbieder kan niet wijzigen");
    }
    Optional<String> naam = v.tekst("naam", invoer.naam(), 200);
    Optional<Iban> iban = v.waarde("iban", invoer.iban(), Iban::new);
    v.controleer();
    AanbiederGegevens oud = AanbiederGegevens.van(aanbieder);
    aanbieder.wijzig(naam.get(), iban.get());
    AanbiederGegevens nieuw = AanbiederGegevens.van(aanbieder);
    if (!nieuw.equals(oud)) {
      audit.gewijzigd(ENTITEIT, agbCode, oud, nieuw);
    }
    return nieuw;
  }

  Aanbieder vind(String agbCode) {
    return zoekOpAgb(agbCode)
        .orElseThrow(() -> new NietGevondenException("Er is geen aanbieder met AGB-code " + agbCode + "."));
  }

  Optional<Aanbieder> zoekOpAgb(String agbCode) {
    return em.createQuery("select a from Aanbieder a where a.agbCode = :agb", Aanbieder.class)
        .setParameter("agb", agbCode)
        .getResultStream()
        .findFirst();
  }
}
