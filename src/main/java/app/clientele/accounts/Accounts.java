package app.clientele.accounts;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Accounts extends CrudRepository<Account, UUID> {
}
