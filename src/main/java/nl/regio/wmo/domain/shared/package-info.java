/** Value objects shared by every part of the domain: money, periods, codes. */
package nl.regio.wmo.domain.shared;
