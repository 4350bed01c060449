package io.github.errorenvelope.tomcat;

import java.util.Arrays;
import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.JsonErrorReportValve;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the envelope valve goes in, what it replaces, and when it stays out. */
class EnvelopeErrorReportValveCustomizerTest {

	private final EnvelopeErrorReportValveCustomizer customizer = new EnvelopeErrorReportValveCustomizer(() -> {
		throw new AssertionError("the pipeline is resolved only when an error arrives");
	});

	private final StandardHost host = new StandardHost();

	@Test
	void hostWithoutAValveGetsTheEnvelopeValveAndNoDefaultOne() {
		assertThat(this.customizer.install(this.host)).isTrue();
		assertThat(reportValves()).singleElement().isInstanceOf(EnvelopeErrorReportValve.class);
		// the host adds a valve of its configured class at start only when none is there
		assertThat(this.host.getErrorReportValveClass()).isEqualTo(EnvelopeErrorReportValve.class.getName());
	}

	@Test
	void springBootsStockValveIsReplaced() {
		ErrorReportValve boots = new ErrorReportValve();
		boots.setShowReport(false);
		boots.setShowServerInfo(false);
		this.host.getPipeline().addValve(boots);
		assertThat(this.customizer.install(this.host)).isTrue();
		assertThat(reportValves()).singleElement().isInstanceOf(EnvelopeErrorReportValve.class);
	}

	@Test
	void installingTwiceKeepsOneValve() {
		this.customizer.install(this.host);
		assertThat(this.customizer.install(this.host)).isTrue();
		assertThat(reportValves()).hasSize(1);
	}

	@Test
	void backsOffWhenTheHostNamesAnotherValveClass() {
		this.host.setErrorReportValveClass("com.example.MyErrorReportValve");
		assertThat(this.customizer.install(this.host)).isFalse();
		assertThat(reportValves()).isEmpty();
		assertThat(this.host.getErrorReportValveClass()).isEqualTo("com.example.MyErrorReportValve");
	}

	@Test
	void backsOffForASubclassOfTheStockValve() {
		JsonErrorReportValve own = new JsonErrorReportValve();
		this.host.getPipeline().addValve(own);
		assertThat(this.customizer.install(this.host)).isFalse();
		assertThat(reportValves()).containsExactly(own);
	}

	@Test
	void backsOffForAStockValveThatShowsReports() {
		ErrorReportValve own = new ErrorReportValve();
		this.host.getPipeline().addValve(own);
		assertThat(this.customizer.install(this.host)).isFalse();
		assertThat(reportValves()).containsExactly(own);
	}

	@Test
	void backsOffForAStockValveWithErrorPages() {
		ErrorReportValve own = new ErrorReportValve();
		own.setShowReport(false);
		own.setShowServerInfo(false);
		own.setProperty("errorCode.400", "/errors/400.html");
		this.host.getPipeline().addValve(own);
		assertThat(this.customizer.install(this.host)).isFalse();
		assertThat(reportValves()).containsExactly(own);
	}

	private List<Valve> reportValves() {
		return Arrays.stream(this.host.getPipeline().getValves()).filter(ErrorReportValve.class::isInstance).toList();
	}

}
