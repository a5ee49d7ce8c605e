/** Clients, beschikkingen (care decisions), toewijzingen (assignments to a provider) and their policy rules. */
package nl.regio.wmo.domain.beschikking;
