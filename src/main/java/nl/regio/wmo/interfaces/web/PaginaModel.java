package nl.regio.wmo.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.regio.wmo.application.Pagina;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table over a service's paged query: only the page shown is read from the database. The query gets
 * the page, its size and the sort the user chose (field and direction, or null).
 *
 * <p>With a {@link Filter} (what the page filters on now) the rows are counted once per filter: the count comes with the
 * first page, which the table asks for next, and a later page of the same filter is read without counting again
 * (the query gets the known total). At a million rows a count costs as much as a page; the list shows the number
 * of rows at the time the filter was applied, and every search counts anew.
 */
public final class PaginaModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The page to read: number (from 0), size, sort field (null: the query's own order) and direction. */
  public interface Vraag<T> extends Serializable {
    Pagina<T> lees(int pagina, int grootte, String sorteerOp, boolean oplopend);
  }

  /** As {@link Vraag}, and {@code bekendTotaal}: the rows of this filter counted before, or null (then count them). */
  public interface GeteldeVraag<T> extends Serializable {
    Pagina<T> lees(int pagina, int grootte, String sorteerOp, boolean oplopend, Long bekendTotaal);
  }

  /** The filter the page applies now (its fields, e.g. {@code List.of(periode, status)}): the count is kept per filter. */
  public interface Filter extends Serializable {
    Object huidig();
  }

  /** For {@link #getRowKey}: a serializable function (view-scoped beans travel with the session). */
  public interface SerializableFunction<A, B> extends Function<A, B>, Serializable {}

  private final GeteldeVraag<T> vraag;
  private final SerializableFunction<T, Object> sleutel;
  private final Filter filter;
  private Object geteldVoor;
  private long geteld = -1;
  private transient Pagina<T> eerste; // read by count() for a new filter: the page load() is asked for next

  public PaginaModel(Vraag<T> vraag, SerializableFunction<T, Object> sleutel) {
    this.vraag = (pagina, grootte, sorteerOp, oplopend, bekend) -> vraag.lees(pagina, grootte, sorteerOp, oplopend);
    this.sleutel = sleutel;
    this.filter = null;
  }

  public PaginaModel(GeteldeVraag<T> vraag, SerializableFunction<T, Object> sleutel, Filter filter) {
    this.vraag = vraag;
    this.sleutel = sleutel;
    this.filter = Objects.requireNonNull(filter);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (!geteldVoorHuidigFilter()) {
      eerste = vraag.lees(0, getPageSize() > 0 ? getPageSize() : 25, null, false, null);
      geteld = eerste.totaal();
      geteldVoor = filter == null ? null : filter.huidig();
    }
    return (int) Math.min(Integer.MAX_VALUE, geteld);
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
    Pagina<T> pagina = eerste;
    eerste = null;
    if (pagina == null || first != 0 || sort != null || pagina.grootte() != pageSize) {
      pagina = vraag.lees(first / pageSize, pageSize, sort == null ? null : sort.getField(),
          sort != null && sort.getOrder() == SortOrder.ASCENDING, geteldVoorHuidigFilter() ? geteld : null);
    }
    geteld = pagina.totaal();
    setRowCount((int) Math.min(Integer.MAX_VALUE, pagina.totaal()));
    return pagina.items();
  }

  /** Whether the rows of the filter the page applies now were counted (never without a {@link Filter}). */
  private boolean geteldVoorHuidigFilter() {
    return filter != null && geteld >= 0 && Objects.equals(filter.huidig(), geteldVoor);
  }

  @Override
  public String getRowKey(T rij) {
    return String.valueOf(sleutel.apply(rij));
  }
}
