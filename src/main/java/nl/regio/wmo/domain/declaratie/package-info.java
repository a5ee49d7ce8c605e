/** Declarations (iWmo WMO323): the prestaties providers declare, the rules they are checked with, their outcome. */
package nl.regio.wmo.domain.declaratie;
