package io.github.errorenvelope.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's {@code BasicErrorController}: everything that reaches the error path —
 * exceptions thrown in filters, {@code sendError} from anywhere, container errors — goes
 * through the same pipeline, with the request id of the original request.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
public class ErrorPathController implements ErrorController {

	private final ServletErrorRenderer handler;

	/**
	 * Create the controller.
	 * @param handler the renderer
	 */
	public ErrorPathController(ServletErrorRenderer handler) {
		this.handler = handler;
	}

	/**
	 * Render the error of the current error dispatch.
	 * @param request the request
	 * @param response the response
	 */
	@RequestMapping
	public void error(HttpServletRequest request, HttpServletResponse response) {
		// a direct request to the error path has no error: answer as for any unknown path
		this.handler.handleErrorDispatch(request, response, 404);
	}

}
