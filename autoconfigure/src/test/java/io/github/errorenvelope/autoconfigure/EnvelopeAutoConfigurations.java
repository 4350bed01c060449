package io.github.errorenvelope.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfigurations;

/**
 * The starter's auto-configurations as a servlet or a reactive application gets them, for
 * context-runner tests.
 */
public final class EnvelopeAutoConfigurations {

	private EnvelopeAutoConfigurations() {
	}

	/**
	 * The core pipeline, the Spring MVC entry points and the optional integrations of a
	 * servlet application.
	 * @return the auto-configurations
	 */
	public static AutoConfigurations servlet() {
		return AutoConfigurations.of(ErrorEnvelopeAutoConfiguration.class, ErrorEnvelopeWebMvcAutoConfiguration.class,
				ErrorEnvelopeSecurityAutoConfiguration.class, ErrorEnvelopeMetricsAutoConfiguration.class,
				ErrorEnvelopeTracingAutoConfiguration.class);
	}

	/**
	 * The core pipeline, the WebFlux entry points and the optional integrations of a
	 * reactive application.
	 * @return the auto-configurations
	 */
	public static AutoConfigurations reactive() {
		return AutoConfigurations.of(ErrorEnvelopeAutoConfiguration.class, ErrorEnvelopeWebFluxAutoConfiguration.class,
				ErrorEnvelopeWebFluxDispatchAutoConfiguration.class,
				ErrorEnvelopeWebFluxSecurityAutoConfiguration.class, ErrorEnvelopeMetricsAutoConfiguration.class,
				ErrorEnvelopeTracingAutoConfiguration.class);
	}

}
