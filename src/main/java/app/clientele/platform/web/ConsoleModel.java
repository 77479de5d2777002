package app.clientele.platform.web;

import java.util.Set;
import java.util.TreeSet;

import app.clientele.platform.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every console page needs: who is signed in, their roles, and the CSRF header for htmx.
 * Added after the handler, and only when a page is rendered: as {@code @ModelAttribute} methods
 * of a controller advice they ran for every JSON call of the API as well (a
 * {@code @RestController} is a {@code @Controller}), which cost a few percent of each call.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleModel implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView
				|| page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
			return;
		}
		addTo(page, request);
	}

	/** Adds what the layout's header needs; error pages call it too, as no handler's postHandle runs for them. */
	static void addTo(ModelAndView page, HttpServletRequest request) {
		page.addObject("staffName", staffName());
		page.addObject("staffRoles", staffRoles());
		page.addObject("csrfHeaders", csrfHeaders(request));
	}

	private static @Nullable String staffName() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof Actor.Source source
				&& source.actor().kind() == Actor.Kind.STAFF ? source.actor().name() : null;
	}

	private static Set<String> staffRoles() {
		Set<String> roles = new TreeSet<>();
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null) {
			for (GrantedAuthority a : auth.getAuthorities()) {
				String name = String.valueOf(a.getAuthority());
				if (name.startsWith("ROLE_")) {
					roles.add(name.substring(5));
				}
			}
		}
		return roles;
	}

	private static @Nullable String csrfHeaders(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
		}
		return null;
	}
}
