/** Providers, contracts (deelovereenkomsten), products, tariffs and klasse bands. */
package nl.regio.wmo.domain.contract;
