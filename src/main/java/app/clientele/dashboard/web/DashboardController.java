package app.clientele.dashboard.web;

import java.util.EnumSet;
import java.util.Set;

import app.clientele.dashboard.Dashboard;
import app.clientele.platform.PageRequest;
import app.clientele.staff.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's start page; {@code after} pages back through the latest activity. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(required = false) @Nullable String after, Authentication user, Model model) {
		model.addAttribute("section", "dashboard");
		model.addAttribute("dashboard", dashboard.of(roles(user), PageRequest.of(10, after)));
		return "dashboard/dashboard";
	}

	private static Set<Role> roles(Authentication user) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : user.getAuthorities()) {
			for (Role role : Role.values()) {
				if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}
}
