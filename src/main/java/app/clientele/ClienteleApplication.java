package app.clientele;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * {@code @EnableAsync}: an {@code @ApplicationModuleListener} runs after its publisher's commit on a
 * thread of its own, so the publisher (the delivery worker) does not wait for it.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableScheduling
@EnableAsync
public class ClienteleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClienteleApplication.class, args);
	}
}
