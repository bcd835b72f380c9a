package io.vivier.user;

import java.util.List;
import java.util.Optional;

/** The users of Vivier. Usernames are stored lower-case. */
public interface Users {

  Optional<User> find(String username);

  Optional<User> find(long id);

  List<User> all();

  long countEnabledAdmins();

  boolean exists(String username);
}
