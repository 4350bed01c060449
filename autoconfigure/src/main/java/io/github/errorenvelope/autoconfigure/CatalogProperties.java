package io.github.errorenvelope.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings of the error-code catalogue (the errorcodes endpoint and ERROR-CODES files).
 */
public class CatalogProperties {

	/**
	 * Locales whose error.<CODE> translations the catalogue lists besides the default
	 * message.
	 */
	private List<Locale> locales = new ArrayList<>();

	public List<Locale> getLocales() {
		return this.locales;
	}

	public void setLocales(List<Locale> locales) {
		this.locales = locales;
	}

}
