package nl.regio.wmo.application;

import java.util.List;

/** One page of a list: the items, how many there are in all, which page (from 0) and its size. */
public record Pagina<T>(List<T> items, long totaal, int pagina, int grootte) {}
