package app.clientele.accounts;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AccountClasses extends CrudRepository<AccountClass, UUID> {
}
