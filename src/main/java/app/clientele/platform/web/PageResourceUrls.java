package app.clientele.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Versioned links to static resources ({@code /webjars/htmx.org/2.0.8/...}) for pages only.
 * <p>
 * Thymeleaf's auto-configuration wraps every request in a {@link ResourceUrlEncodingFilter} so
 * that page links name the resource's version; the wrapper works out the request's lookup path
 * whenever an attribute is set, about 2 % of the app's CPU on a JSON call (issue 9). JSON
 * endpoints render no links, so requests under {@code /api/} pass straight through; every other
 * request (console, portal, error pages) is wrapped as before. Declaring this registration makes
 * the auto-configured one step back.
 */
@Configuration(proxyBeanMethods = false)
class PageResourceUrls {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new PagesOnly());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	static final class PagesOnly extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request instanceof HttpServletRequest http && http.getRequestURI().startsWith("/api/")) {
				chain.doFilter(request, response);
				return;
			}
			super.doFilter(request, response, chain);
		}
	}
}
