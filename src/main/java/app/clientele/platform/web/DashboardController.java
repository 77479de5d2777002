package app.clientele.platform.web;

import java.util.Comparator;
import java.util.List;

import app.clientele.platform.DashboardFigure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: the figures every module contributes. */
@Controller
class DashboardController {

	private final List<DashboardFigure> figures;

	DashboardController(List<DashboardFigure> figures) {
		this.figures = figures.stream().sorted(Comparator.comparingInt(DashboardFigure::order)).toList();
	}

	record Shown(String label, long value, String link) {
	}

	@GetMapping("/")
	String dashboard(Model model) {
		model.addAttribute("section", "dashboard");
		model.addAttribute("figures", figures.stream().map(f -> new Shown(f.label(), f.value(), f.link())).toList());
		return "platform/dashboard";
	}
}
