package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.contract.Gemeente;
import nl.regio.wmo.domain.contract.KlasseBand;
import nl.regio.wmo.domain.contract.Klassenindeling;

/** The region's configuration as stored: its municipalities and the klasse bands (S-KLASSE). */
@ApplicationScoped
@Transactional
public class RegioGegevens {

  @PersistenceContext EntityManager em;

  public record GemeenteGegevens(String cbsCode, String naam) {}

  public record KlasseGegevens(int klasse, java.math.BigDecimal urenVanaf, java.math.BigDecimal urenTotEnMet) {}

  public List<GemeenteGegevens> gemeenten() {
    return em.createQuery("select g from Gemeente g order by g.cbsCode", Gemeente.class).getResultList().stream()
        .map(g -> new GemeenteGegevens(g.cbsCode(), g.naam()))
        .toList();
  }

  public Optional<Gemeente> gemeente(String cbsCode) {
    return Optional.ofNullable(em.find(Gemeente.class, cbsCode));
  }

  public Klassenindeling klassenindeling() {
    return new Klassenindeling(em.createQuery("select k from KlasseBand k", KlasseBand.class).getResultList());
  }

  public List<KlasseGegevens> klassen() {
    return klassenindeling().banden().stream()
        .map(b -> new KlasseGegevens(b.nummer(), b.urenVanaf(), b.urenTotEnMet()))
        .toList();
  }

  /** Adds a municipality unless its CBS code is known; true when added. */
  public boolean voegGemeenteToe(String cbsCode, String naam) {
    if (em.find(Gemeente.class, cbsCode) != null) {
      return false;
    }
    em.persist(new Gemeente(cbsCode, naam));
    return true;
  }

  /**
   * Stores the klasse bands when none are stored yet; the whole set is checked first (no gaps, from
   * 0 hours). True when stored.
   */
  public boolean legKlassenVast(List<KlasseBand> banden) {
    new Klassenindeling(banden);
    if (!em.createQuery("select k from KlasseBand k", KlasseBand.class).setMaxResults(1).getResultList().isEmpty()) {
      return false;
    }
    banden.forEach(em::persist);
    return true;
  }
}
