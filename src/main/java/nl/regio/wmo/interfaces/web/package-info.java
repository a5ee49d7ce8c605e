/**
 * The browser pages (Jakarta Faces + PrimeFaces) under {@code /app/}: one package per role. Beans call the same
 * application services as the REST resources and hold no business rule of their own; which data a caller may see is
 * decided there ({@code HuidigeGebruiker.beperktTotAanbieder()}), which pages a role may open in web.xml.
 */
package nl.regio.wmo.interfaces.web;
