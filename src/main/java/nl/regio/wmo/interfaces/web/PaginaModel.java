package nl.regio.wmo.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.regio.wmo.application.Pagina;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table over a service's paged query: only the page shown is read from the database. The query gets
 * the page, its size and the sort the user chose (field and direction, or null).
 */
public final class PaginaModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The page to read: number (from 0), size, sort field (null: the query's own order) and direction. */
  public interface Vraag<T> extends Serializable {
    Pagina<T> lees(int pagina, int grootte, String sorteerOp, boolean oplopend);
  }

  private final Vraag<T> vraag;
  private final SerializableFunction<T, Object> sleutel;

  /** For {@link #getRowKey}: a serializable function (view-scoped beans travel with the session). */
  public interface SerializableFunction<A, B> extends Function<A, B>, Serializable {}

  public PaginaModel(Vraag<T> vraag, SerializableFunction<T, Object> sleutel) {
    this.vraag = vraag;
    this.sleutel = sleutel;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, vraag.lees(0, 1, null, false).totaal());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
    Pagina<T> pagina = vraag.lees(first / pageSize, pageSize, sort == null ? null : sort.getField(),
        sort != null && sort.getOrder() == SortOrder.ASCENDING);
    setRowCount((int) Math.min(Integer.MAX_VALUE, pagina.totaal()));
    return pagina.items();
  }

  @Override
  public String getRowKey(T rij) {
    return String.valueOf(sleutel.apply(rij));
  }
}
