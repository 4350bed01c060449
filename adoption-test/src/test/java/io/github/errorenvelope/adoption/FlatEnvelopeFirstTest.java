package io.github.errorenvelope.adoption;

import java.util.Locale;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link EnvelopeFirstContractTest} in the {@code flat} style (codes in lower snake
 * case).
 */
@TestPropertySource(properties = "error-envelope.style=flat")
class FlatEnvelopeFirstTest extends EnvelopeFirstContractTest {

	@Override
	String code(String canonical) {
		return canonical.toLowerCase(Locale.ROOT);
	}

}
