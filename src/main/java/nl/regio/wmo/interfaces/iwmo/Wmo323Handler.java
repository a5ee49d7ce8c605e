package nl.regio.wmo.interfaces.iwmo;

/**
 * Receives a WMO323 message from {@link Wmo323Lezer#lees} while it is being read.
 *
 * <p>{@link #kop} is called exactly once, before the first {@link #prestatie}; then {@link #prestatie} once per
 * Prestatie, in document order. A runtime exception thrown by the handler stops reading and propagates.
 */
public interface Wmo323Handler {

    /** @param kop the Header and Declaratie fields; called once, before any prestatie */
    void kop(Wmo323Kop kop);

    /** @param prestatie the next Prestatie in document order */
    void prestatie(Wmo323Prestatie prestatie);
}
