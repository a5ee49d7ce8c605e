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
  private String sleutel;

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

  /**
   * Read a page in two steps: first the keys of its rows ({@code sleutel}, e.g. "x.id"), which the database can take
   * from an index without touching the rows it skips, then those rows. For long lists whose order an index covers.
   */
  Zoekvraag sleutel(String sleutel) {
    this.sleutel = sleutel;
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

  /**
   * One page, sorted on {@code volgorde} (a JPQL ORDER BY that makes the order total, e.g. ending in the id). A page in
   * the second half of the list is read from the end in the reverse order, so the database never skips more than half
   * of the rows (a deep OFFSET costs a row read per row skipped).
   */
  <E, T> Pagina<T> pagina(
      EntityManager em, Class<E> type, String volgorde, int pagina, int grootte, Function<E, T> omzetting) {
    return pagina(em, type, volgorde, pagina, grootte, omzetting, null);
  }

  /** As above; {@code bekendTotaal} not null: the caller counted this filter already (a next page), so no count again. */
  <E, T> Pagina<T> pagina(
      EntityManager em, Class<E> type, String volgorde, int pagina, int grootte, Function<E, T> omzetting, Long bekendTotaal) {
    controleerPaging(pagina, grootte);
    long totaal = bekendTotaal != null ? bekendTotaal
        : vul(em.createQuery("select count(x) from " + van + waar, Long.class)).getSingleResult();
    Deel deel = Deel.van(totaal, (long) pagina * grootte, grootte);
    String orde = " order by " + (deel.vanAchteren ? omgekeerd(volgorde) : volgorde);
    List<E> rijen;
    if (deel.aantal == 0) {
      rijen = List.of();
    } else if (sleutel == null) {
      rijen = vul(em.createQuery("select x from " + van + waar + orde, type))
          .setFirstResult(deel.overslaan).setMaxResults(deel.aantal).getResultList();
    } else {
      List<Object> sleutels = vul(em.createQuery("select " + sleutel + " from " + van + waar + orde, Object.class))
          .setFirstResult(deel.overslaan).setMaxResults(deel.aantal).getResultList();
      rijen = sleutels.isEmpty() ? List.of() : em.createQuery("select x from " + van + " where " + sleutel + " in :sleutels" + orde, type)
          .setParameter("sleutels", sleutels).getResultList();
    }
    return new Pagina<>(deel.opVolgorde(rijen).stream().map(omzetting).toList(), totaal, pagina, grootte);
  }

  private <Q extends TypedQuery<?>> Q vul(Q vraag) {
    parameters.forEach(vraag::setParameter);
    return vraag;
  }

  /**
   * Which rows to read for the page that starts at row {@code eerste} of {@code totaal}: from the start, or — in the
   * second half — from the end in the reverse order (then {@link #opVolgorde} turns them round again).
   */
  record Deel(boolean vanAchteren, int overslaan, int aantal) {

    static Deel van(long totaal, long eerste, int grootte) {
      if (eerste >= totaal) {
        return new Deel(false, 0, 0);
      }
      int aantal = (int) Math.min(grootte, totaal - eerste);
      long vanEind = totaal - eerste - aantal;
      return vanEind < eerste ? new Deel(true, (int) Math.min(Integer.MAX_VALUE, vanEind), aantal)
          : new Deel(false, (int) Math.min(Integer.MAX_VALUE, eerste), aantal);
    }

    <E> List<E> opVolgorde(List<E> rijen) {
      if (!vanAchteren) {
        return rijen;
      }
      List<E> om = new java.util.ArrayList<>(rijen);
      java.util.Collections.reverse(om);
      return om;
    }
  }

  /** An ORDER BY the other way round: {@code "x.a desc, x.b"} → {@code "x.a asc, x.b desc"}. */
  static String omgekeerd(String volgorde) {
    StringBuilder om = new StringBuilder();
    for (String term : volgorde.split(",")) {
      String t = term.trim();
      String laag = t.toLowerCase(java.util.Locale.ROOT);
      String uitdrukking = laag.endsWith(" desc") || laag.endsWith(" asc") ? t.substring(0, t.lastIndexOf(' ')).trim() : t;
      om.append(om.length() == 0 ? "" : ", ").append(uitdrukking).append(laag.endsWith(" desc") ? " asc" : " desc");
    }
    return om.toString();
  }
}
