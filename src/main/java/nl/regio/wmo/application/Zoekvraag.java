package nl.regio.wmo.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A JPQL list query with optional filters (a filter whose value is null is left out) and paging. */
final class Zoekvraag {

  static final int MAX_GROOTTE = 500;

  private final String van;
  private final StringBuilder waar = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** {@code van} is the FROM part with the alias {@code x} for the entity listed, e.g. "Aanbieder x". */
  Zoekvraag(String van) {
    this.van = van;
  }

  Zoekvraag filter(String voorwaarde, String parameter, Object waarde) {
    if (waarde != null) {
      voorwaarde(voorwaarde);
      parameters.put(parameter, waarde);
    }
    return this;
  }

  Zoekvraag voorwaarde(String voorwaarde) {
    waar.append(waar.length() == 0 ? " where " : " and ").append('(').append(voorwaarde).append(')');
    return this;
  }

  static void controleerPaging(int pagina, int grootte) {
    Validatie v = new Validatie();
    if (pagina < 0) {
      v.fout("pagina", "moet 0 of hoger zijn");
    }
    if (grootte < 1 || grootte > MAX_GROOTTE) {
      v.fout("grootte", "moet tussen 1 en " + MAX_GROOTTE + " liggen");
    }
    v.controleer();
  }

  <E, T> Pagina<T> pagina(
      EntityManager em, Class<E> type, String volgorde, int pagina, int grootte, Function<E, T> omzetting) {
    controleerPaging(pagina, grootte);
    TypedQuery<Long> telling = em.createQuery("select count(x) from " + van + waar, Long.class);
    TypedQuery<E> lijst = em.createQuery("select x from " + van + waar + " order by " + volgorde, type);
    parameters.forEach(
        (k, v) -> {
          telling.setParameter(k, v);
          lijst.setParameter(k, v);
        });
    List<T> items =
        lijst.setFirstResult(pagina * grootte).setMaxResults(grootte).getResultList().stream().map(omzetting).toList();
    return new Pagina<>(items, telling.getSingleResult(), pagina, grootte);
  }
}
