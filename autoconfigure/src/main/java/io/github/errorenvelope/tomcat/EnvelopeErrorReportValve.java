package io.github.errorenvelope.tomcat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.github.errorenvelope.web.ContainerRejectionRenderer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report valve with the error envelope instead of Tomcat's HTML page: it
 * answers the errors Tomcat renders itself (request line and header parse failures,
 * rejected paths, parameter and size limits, unsupported HTTP versions) and leaves every
 * response the application has already written, or whose error Spring has already
 * rendered, alone.
 */
public final class EnvelopeErrorReportValve extends ErrorReportValve {

	private final Supplier<ContainerRejectionRenderer> handler;

	/**
	 * Create the valve.
	 * @param handler supplies the container-error pipeline when the first error arrives
	 * (so creating the web server does not create the pipeline's beans early)
	 */
	public EnvelopeErrorReportValve(Supplier<ContainerRejectionRenderer> handler) {
		this.handler = handler;
		// nothing from the inherited HTML report may ever show server details
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// Tomcat's own rule: only an error nobody has answered yet. A response the
		// application wrote has content; an error Spring's error controller rendered
		// (even with an empty body) is marked reported.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			// the connection is already broken: nobody would read the envelope
			return;
		}
		// Tomcat records the parse failure of a request line or header block as the error
		// exception; such a request may carry a cut-off header block whose values must
		// not be reused
		this.handler.get().handle(status, request, throwable == null, response);
	}

}
