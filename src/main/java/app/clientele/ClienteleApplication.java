package app.clientele;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableScheduling
public class ClienteleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClienteleApplication.class, args);
	}
}
