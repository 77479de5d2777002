package app.clientele.jobs.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.clientele.jobs.Job;
import app.clientele.jobs.JobFailure;
import app.clientele.jobs.JobId;
import app.clientele.jobs.Jobs;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobApiController {

	private final Jobs jobs;

	JobApiController(Jobs jobs) {
		this.jobs = jobs;
	}

	/**
	 * A job as API.md gives it; {@code failed} lists the first {@value Jobs#LISTED_FAILURES} items
	 * that failed, {@code failedCount} says how many failed in all.
	 */
	record JobResponse(UUID id, String kind, String status, @Nullable Long total, long done,
			List<FailureResponse> failed, long failedCount, @Nullable String error, Instant createdAt,
			@Nullable Instant startedAt, @Nullable Instant finishedAt) {
	}

	record FailureResponse(@Nullable UUID contactId, String reason) {

		static FailureResponse of(JobFailure f) {
			return new FailureResponse(f.subjectId(), f.reason());
		}
	}

	@GetMapping("/api/v1/jobs/{id}")
	JobResponse job(@PathVariable UUID id) {
		Job job = jobs.get(new JobId(id));
		List<FailureResponse> failed = jobs.failures(job.id()).stream().map(FailureResponse::of).toList();
		return new JobResponse(id, job.kind(), job.status().name(), job.total(), job.done(), failed, job.failed(),
				job.error(), job.createdAt(), job.startedAt(), job.finishedAt());
	}
}
