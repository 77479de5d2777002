package app.clientele.staff.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.PageRequest;
import app.clientele.platform.ProblemException;
import app.clientele.staff.NewStaffMember;
import app.clientele.staff.Role;
import app.clientele.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's staff page (ADMIN): list, add, disable and enable staff users. */
@Controller
class StaffController {

	private final StaffManagement staff;

	StaffController(StaffManagement staff) {
		this.staff = staff;
	}

	record StaffForm(@Nullable String name, @Nullable String email, @Nullable Set<Role> roles,
			@Nullable String password) {

		static StaffForm empty() {
			return new StaffForm("", "", EnumSet.noneOf(Role.class), "");
		}
	}

	@GetMapping("/staff")
	String list(@RequestParam(required = false) @Nullable String after, Model model) {
		return page(model, after, StaffForm.empty(), FormErrors.none());
	}

	@PostMapping("/staff")
	String create(@ModelAttribute StaffForm form, Model model) {
		try {
			staff.create(new NewStaffMember(nullToEmpty(form.email()), nullToEmpty(form.name()),
					form.roles() == null ? Set.of() : form.roles(), nullToEmpty(form.password())));
			return "redirect:/staff?created";
		}
		catch (ProblemException e) {
			return page(model, null, form, FormErrors.of(e));
		}
	}

	@PostMapping("/staff/{id}/disable")
	String disable(@PathVariable UUID id, Model model) {
		try {
			staff.disable(id, IfMatch.ANY);
			return "redirect:/staff";
		}
		catch (ProblemException e) {
			return page(model, null, StaffForm.empty(), FormErrors.of(e));
		}
	}

	@PostMapping("/staff/{id}/enable")
	String enable(@PathVariable UUID id) {
		staff.enable(id, IfMatch.ANY);
		return "redirect:/staff";
	}

	private String page(Model model, @Nullable String after, StaffForm form, Map<String, String> errors) {
		model.addAttribute("section", "staff");
		model.addAttribute("staff", staff.list(PageRequest.of(50, after)));
		model.addAttribute("roles", Role.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "staff/staff";
	}

	private static String nullToEmpty(@Nullable String s) {
		return s == null ? "" : s;
	}
}
