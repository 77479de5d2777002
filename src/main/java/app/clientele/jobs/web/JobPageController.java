package app.clientele.jobs.web;

import java.time.Instant;
import java.util.UUID;

import app.clientele.jobs.Job;
import app.clientele.jobs.JobId;
import app.clientele.jobs.Jobs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A job's progress in the console: the page, and the fragment it reloads every second (htmx)
 * until the job has ended.
 */
@Controller
class JobPageController {

	private final Jobs jobs;

	JobPageController(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/jobs/{id}")
	String page(@PathVariable UUID id, Model model) {
		fill(id, model);
		return "jobs/job";
	}

	@GetMapping("/jobs/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		fill(id, model);
		return "jobs/job :: progress";
	}

	private void fill(UUID id, Model model) {
		Job job = jobs.get(new JobId(id));
		model.addAttribute("job", job);
		model.addAttribute("timeLeft", job.timeLeft(Instant.now()));
		model.addAttribute("failures", jobs.failures(job.id()));
	}
}
