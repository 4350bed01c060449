package io.github.errorenvelope.adoption;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link EnvelopeFirstContractTest} in the {@code problem-detail} style, the one that
 * fits a service whose own handlers already answer RFC 9457 bodies.
 */
@TestPropertySource(properties = "error-envelope.style=problem-detail")
class ProblemDetailEnvelopeFirstTest extends EnvelopeFirstContractTest {

	@Override
	String envelopeType() {
		return "application/problem+json";
	}

}
